import FoundationEssentials

/// One operation received from the server, as the parser emits it.
enum ServerOp {
    /// `INFO {json}`: the server's description (first, and again on cluster changes or lame duck).
    case info(ServerInfo)
    /// `MSG`/`HMSG`: a message for a subscription; its bytes are only borrowed.
    case msg(MessageFrame)
    /// `PING`: the server checks that we are alive; answer `PONG`.
    case ping
    /// `PONG`: the answer to one of our `PING`s.
    case pong
    /// `+OK`: only in verbose mode, which we never ask for.
    case ok
    /// `-ERR '<text>'`: the text without quotes.
    case err(String)
}

/// A parsed `MSG`/`HMSG` whose header block and payload still sit in the parser's input.
/// `bytes` is valid only during the `emit` call that delivers it: copy what must outlive it.
struct MessageFrame {
    var sid: Int
    var subject: String
    var reply: String?
    /// The size of the header block (HMSG), or nil (MSG).
    var headerSize: Int?
    /// The header block followed by the payload.
    var bytes: UnsafeRawBufferPointer

    /// A `Message` with copies of the bytes.
    func message() -> Message {
        makeMessage(subject: subject, reply: reply, headerSize: headerSize, bytes: bytes)
    }
}

/// Builds a message from its header block and payload bytes (copying them).
func makeMessage(
    subject: String, reply: String?, headerSize: Int?, bytes: UnsafeRawBufferPointer
) -> Message {
    var headers: Headers?
    var payloadStart = 0
    if let headerSize {
        headers = HeaderCodec.decode(UnsafeRawBufferPointer(rebasing: bytes[..<headerSize]))
        payloadStart = headerSize
    }
    let payload =
        bytes.count == payloadStart
        ? Data() : Data(UnsafeRawBufferPointer(rebasing: bytes[payloadStart...]))
    return Message(subject: subject, reply: reply, headers: headers, payload: payload)
}
