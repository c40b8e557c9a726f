/// One server to connect to: where it is and, optionally, the credentials its URL carried.
public struct ServerAddress: Sendable, Hashable, CustomStringConvertible {
    /// The host name or IP address (IPv6 without brackets).
    public var host: String
    /// The TCP port (4222 unless the URL said otherwise).
    public var port: Int
    /// The URL scheme: `nats` or `tls`.
    public var scheme: String
    /// The user from `nats://user:pass@host`, if any.
    public var user: String?
    /// The password from `nats://user:pass@host`, if any.
    public var password: String?
    /// The token from `nats://token@host`, if any.
    public var token: String?

    /// The default client port.
    public static let defaultPort = 4222

    /// Creates an address from its parts.
    public init(
        host: String, port: Int = ServerAddress.defaultPort, scheme: String = "nats",
        user: String? = nil, password: String? = nil, token: String? = nil
    ) {
        self.host = host
        self.port = port
        self.scheme = scheme
        self.user = user
        self.password = password
        self.token = token
    }

    /// Parses one URL: `[nats://|tls://][user:pass@|token@]host[:port]`.
    /// A missing scheme means `nats`, a missing port means 4222.
    /// - Throws: `NATSError.invalidURL` when the text is not such a URL (the message never
    ///   repeats a password or token).
    public init(url: String) throws(NATSError) {
        var rest = Substring(url.trimmingWhitespace())
        if rest.isEmpty { throw .invalidURL("empty server URL") }
        var scheme = "nats"
        if let range = rest.firstRange(of: "://") {
            scheme = rest[..<range.lowerBound].lowercased()
            rest = rest[range.upperBound...]
            guard scheme == "nats" || scheme == "tls" else {
                throw .invalidURL("unsupported scheme \"\(scheme)\" (use nats:// or tls://)")
            }
        }
        if let slash = rest.firstIndex(of: "/") {
            guard rest[slash...].allSatisfy({ $0 == "/" }) else {
                throw .invalidURL("a server URL has no path: \(scheme)://…\(rest[slash...])")
            }
            rest = rest[..<slash]
        }
        var user: String?
        var password: String?
        var token: String?
        if let at = rest.lastIndex(of: "@") {
            let credentials = rest[..<at]
            rest = rest[rest.index(after: at)...]
            if let colon = credentials.firstIndex(of: ":") {
                user = percentDecoded(credentials[..<colon])
                password = percentDecoded(credentials[credentials.index(after: colon)...])
            } else {
                token = percentDecoded(credentials)
            }
        }
        let (host, port) = try Self.splitHostPort(rest, scheme: scheme)
        self.init(
            host: host, port: port, scheme: scheme, user: user, password: password, token: token)
    }

    private static func splitHostPort(
        _ text: Substring, scheme: String
    ) throws(NATSError) -> (String, Int) {
        var host = text
        var portText: Substring?
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]") else {
                throw .invalidURL("unclosed \"[\" in \(scheme)://\(text)")
            }
            host = text[text.index(after: text.startIndex)..<close]
            let after = text[text.index(after: close)...]
            if after.hasPrefix(":") {
                portText = after.dropFirst()
            } else if !after.isEmpty {
                throw .invalidURL("unexpected \"\(after)\" after the host in \(scheme)://\(text)")
            }
        } else if let colon = text.lastIndex(of: ":") {
            host = text[..<colon]
            portText = text[text.index(after: colon)...]
        }
        if host.isEmpty { throw .invalidURL("no host in \(scheme)://\(text)") }
        if host.contains(where: { $0 == " " || $0 == "\t" || $0 == "," }) {
            throw .invalidURL("bad host \"\(host)\"")
        }
        var port = defaultPort
        if let portText {
            guard let value = Int(portText), (1...65535).contains(value) else {
                throw .invalidURL("bad port \"\(portText)\" in \(scheme)://\(text)")
            }
            port = value
        }
        return (String(host), port)
    }

    /// The URL without any credentials, e.g. `nats://127.0.0.1:4222`: safe to print.
    public var redactedURL: String {
        let hostPart = host.contains(":") ? "[\(host)]" : host
        return "\(scheme)://\(hostPart):\(port)"
    }

    /// The URL with its secrets masked, e.g. `nats://alice:***@127.0.0.1:4222`.
    public var description: String {
        let hostPart = host.contains(":") ? "[\(host)]" : host
        var credentials = ""
        if let user {
            credentials = password == nil ? "\(user)@" : "\(user):***@"
        } else if token != nil {
            credentials = "***@"
        }
        return "\(scheme)://\(credentials)\(hostPart):\(port)"
    }
}

/// Decodes `%XX` escapes (as in `nats://us%40er:p%3Ass@host`); invalid escapes stay as written.
private func percentDecoded(_ text: Substring) -> String {
    guard text.contains("%") else { return String(text) }
    var bytes: [UInt8] = []
    var utf8 = Array(text.utf8)[...]
    while let byte = utf8.popFirst() {
        if byte == UInt8(ascii: "%"), utf8.count >= 2,
            let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16)
        {
            bytes.append(value)
            utf8 = utf8.dropFirst(2)
        } else {
            bytes.append(byte)
        }
    }
    return String(decoding: bytes, as: UTF8.self)
}

extension StringProtocol where SubSequence == Substring {
    func trimmingWhitespace() -> Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }
        guard let first = firstIndex(where: { !isSpace($0) }),
            let last = lastIndex(where: { !isSpace($0) })
        else { return "" }
        return self[first...last]
    }
}
