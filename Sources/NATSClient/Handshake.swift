import FoundationEssentials

/// The opening exchange on a new socket: read INFO, send CONNECT and PING, wait for PONG or
/// `-ERR` (as nats.go `sendConnect`). Runs on the connection thread, bounded by a deadline.
struct Handshake {
    let address: ServerAddress
    let options: ConnectionOptions
    let deadline: ContinuousClock.Instant
    /// Operations parsed but not yet consumed; what is left after the PONG goes to the caller.
    private(set) var leftover: [ServerOp] = []

    init(address: ServerAddress, options: ConnectionOptions, deadline: ContinuousClock.Instant) {
        self.address = address
        self.options = options
        self.deadline = deadline
    }

    /// The CONNECT fields we send.
    private struct ConnectFields: Encodable {
        var verbose = false
        var pedantic = false
        var tlsRequired = false
        var name: String?
        var lang = "swift"
        var version = natsClientVersion
        var `protocol` = 1
        var echo = true
        var headers = true
        var noResponders = true
        var user: String?
        var pass: String?
        var authToken: String?
        var jwt: String?
        var nkey: String?
        var sig: String?

        enum CodingKeys: String, CodingKey {
            case verbose, pedantic, name, lang, version, `protocol`, echo, headers, user, pass
            case jwt, nkey, sig
            case tlsRequired = "tls_required"
            case noResponders = "no_responders"
            case authToken = "auth_token"
        }
    }

    /// Performs the handshake and returns the server's INFO.
    /// - Throws: `NATSError.connectTimeout`, `.connectFailed`, `.authorizationViolation`,
    ///   `.protocolError`.
    mutating func perform(on socket: Socket, parser: inout ProtocolParser) throws(NATSError)
        -> ServerInfo
    {
        let url = address.redactedURL
        let wantsTLS = address.scheme == "tls" || options.tls.requestsTLS
        if options.tls.handshakeFirst { try startTLS(on: socket) }
        guard case .info(let info) = try nextOp(socket, &parser) else {
            throw .connectFailed(url: url, reason: "the server did not start with INFO")
        }
        if socket.tls == nil && (info.tlsRequired || wantsTLS) {
            if !info.tlsRequired && !info.tlsAvailable {
                throw .connectFailed(url: url, reason: "TLS was asked for but the server has none")
            }
            try startTLS(on: socket)
        }
        let (connect, traced) = try connectLine(info: info, usingTLS: socket.tls != nil)
        options.trace?(TraceEntry(direction: .sent, line: traced))
        options.trace?(TraceEntry(direction: .sent, line: "PING"))
        let bytes = Array((connect + "\r\nPING\r\n").utf8)
        guard bytes.withUnsafeBytes({ socket.writeAll($0) }) else {
            throw .connectFailed(url: url, reason: "write failed: \(socket.failureText())")
        }
        while true {
            switch try nextOp(socket, &parser) {
            case .pong:
                return info
            case .ping:
                options.trace?(TraceEntry(direction: .sent, line: "PONG"))
                _ = Array("PONG\r\n".utf8).withUnsafeBytes { socket.writeAll($0) }
            case .err(let text):
                if isAuthorizationError(text) {
                    throw .authorizationViolation(url: url, message: text)
                }
                throw .connectFailed(url: url, reason: "server error: \(text)")
            case .info, .ok, .msg:
                continue
            }
        }
    }

    /// Starts TLS on the socket (before INFO for handshake-first, else right after it).
    private func startTLS(on socket: Socket) throws(NATSError) {
        do {
            let context = try TLSClientContext(options: options.tls)
            try socket.startTLS(context: context, host: address.host, deadline: deadline)
        } catch .handshakeTimeout {
            throw .connectTimeout(url: address.redactedURL, after: options.connectTimeout)
        } catch {
            throw .connectFailed(url: address.redactedURL, reason: error.description)
        }
    }

    /// The CONNECT line, and the same line with the password, token, JWT and signature masked
    /// for tracing.
    private func connectLine(info: ServerInfo, usingTLS: Bool) throws(NATSError) -> (
        String, String
    ) {
        var fields = ConnectFields()
        fields.tlsRequired = usingTLS
        do {
            let signed = try options.signedAuthentication(nonce: info.nonce)
            fields.jwt = signed?.jwt
            fields.nkey = signed?.nkey
            fields.sig = signed?.signature
        } catch {
            throw .connectFailed(url: address.redactedURL, reason: error.description)
        }
        fields.name = options.name
        fields.user = options.user ?? address.user
        fields.pass = options.password ?? address.password
        fields.authToken = options.token ?? address.token
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            let line = "CONNECT " + String(decoding: try encoder.encode(fields), as: UTF8.self)
            if fields.pass != nil { fields.pass = "[REDACTED]" }
            if fields.authToken != nil { fields.authToken = "[REDACTED]" }
            if fields.jwt != nil { fields.jwt = "[REDACTED]" }
            if fields.sig != nil { fields.sig = "[REDACTED]" }
            let traced = "CONNECT " + String(decoding: try encoder.encode(fields), as: UTF8.self)
            return (line, traced)
        } catch {
            throw .connectFailed(url: address.redactedURL, reason: "cannot encode CONNECT")
        }
    }

    /// Reads until the parser yields one operation (the handshake never sees many at once,
    /// and any extra is kept by the parser for the read loop).
    private mutating func nextOp(_ socket: Socket, _ parser: inout ProtocolParser)
        throws(NATSError) -> ServerOp
    {
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        while leftover.isEmpty {
            let count = buffer.withUnsafeMutableBytes {
                socket.read(into: $0, deadline: deadline)
            }
            if count == -2 {
                throw .connectTimeout(url: address.redactedURL, after: options.connectTimeout)
            }
            if count <= 0 {
                throw .connectFailed(
                    url: address.redactedURL,
                    reason: count == 0
                        ? "connection closed by the server during the handshake"
                        : "read failed: \(socket.failureText())")
            }
            var ops: [ServerOp] = []
            let trace = options.trace
            try buffer.withUnsafeBytes { bytes in
                Result { () throws(NATSError) in
                    try parser.parse(
                        UnsafeRawBufferPointer(rebasing: bytes[0..<count]),
                        observeLine: trace.map { trace in { traceReceived($0, trace) } }
                    ) { op in
                        // A message frame only borrows the read buffer, so it cannot be kept;
                        // none can arrive anyway before the first SUB, which follows the PONG.
                        if case .msg = op { return }
                        ops.append(op)
                    }
                }
            }.get()
            leftover = ops
        }
        return leftover.removeFirst()
    }
}

/// Reports a received control line to a trace handler.
func traceReceived(_ line: UnsafeRawBufferPointer, _ trace: (TraceEntry) -> Void) {
    var end = line.count
    if end > 0 && line[end - 1] == 13 { end -= 1 }
    trace(TraceEntry(direction: .received, line: String(decoding: line[0..<end], as: UTF8.self)))
}

/// Whether a `-ERR` text is about credentials (the connection will be closed).
func isAuthorizationError(_ text: String) -> Bool {
    let lower = text.lowercased()
    return lower.contains("authorization violation") || lower.contains("authentication")
}
