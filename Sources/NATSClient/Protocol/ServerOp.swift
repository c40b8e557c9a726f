/// One operation received from the server, as the parser emits it.
enum ServerOp: Sendable, Equatable {
    /// `INFO {json}`: the server's description (first, and again on cluster changes or lame duck).
    case info(ServerInfo)
    /// `MSG`/`HMSG`: a message for subscription `sid`.
    case msg(sid: Int, Message)
    /// `PING`: the server checks that we are alive; answer `PONG`.
    case ping
    /// `PONG`: the answer to one of our `PING`s.
    case pong
    /// `+OK`: only in verbose mode, which we never ask for.
    case ok
    /// `-ERR '<text>'`: the text without quotes.
    case err(String)
}
