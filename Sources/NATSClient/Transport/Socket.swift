import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A connected TCP socket: connect with a real deadline, blocking reads and writes.
///
/// Only the connection's reader, the outbox and the handshake use it. `shutdown()` wakes a
/// thread blocked in `read`; the descriptor is closed by `close()` once nobody uses it.
final class Socket: @unchecked Sendable {
    let descriptor: Int32
    /// The TLS session once `startTLS` has run (before the socket is shared); every read and
    /// write then goes through it.
    var tls: TLSSession?
    /// The last TLS failure, because `errno` says nothing about it.
    let tlsFailure = Mutex<TLSError?>(nil)

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit { posixClose(descriptor) }

    /// Opens a TCP connection to `address`, trying each resolved address until `deadline`.
    /// - Throws: `NATSError.connectionRefused`, `.connectTimeout` or `.connectFailed`.
    static func connect(
        to address: ServerAddress, deadline: ContinuousClock.Instant, timeout: Duration
    ) throws(NATSError) -> Socket {
        let url = address.redactedURL
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        #if canImport(Glibc)
            hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
            hints.ai_socktype = SOCK_STREAM
        #endif
        hints.ai_protocol = Int32(IPPROTO_TCP)
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(address.host, String(address.port), &hints, &list)
        guard status == 0, let first = list else {
            let reason = String(cString: gai_strerror(status))
            throw .connectFailed(url: url, reason: "cannot resolve \(address.host): \(reason)")
        }
        defer { freeaddrinfo(list) }
        var lastError: NATSError = .connectFailed(url: url, reason: "no usable address")
        var entry: UnsafeMutablePointer<addrinfo>? = first
        while let info = entry {
            entry = info.pointee.ai_next
            do {
                return try connectOne(info.pointee, url: url, deadline: deadline, timeout: timeout)
            } catch {
                lastError = error
                if case .connectTimeout = error { break }
            }
        }
        throw lastError
    }

    private static func connectOne(
        _ info: addrinfo, url: String, deadline: ContinuousClock.Instant, timeout: Duration
    ) throws(NATSError) -> Socket {
        let fd = socket(info.ai_family, info.ai_socktype, info.ai_protocol)
        guard fd >= 0 else {
            throw .connectFailed(url: url, reason: "socket: \(errnoText())")
        }
        let flags = fcntl(fd, F_GETFL, 0)
        _ = fcntl(fd, F_SETFL, flags | O_NONBLOCK)
        var result = posixConnect(fd, info.ai_addr, info.ai_addrlen)
        if result != 0 && errno == EINPROGRESS {
            result = waitForConnect(fd, deadline: deadline)
            if result == -2 {
                posixClose(fd)
                throw .connectTimeout(url: url, after: timeout)
            }
        }
        if result != 0 {
            let code = errno
            posixClose(fd)
            if code == ECONNREFUSED { throw .connectionRefused(url: url) }
            throw .connectFailed(url: url, reason: String(cString: strerror(code)))
        }
        _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK)
        var one: Int32 = 1
        _ = setsockopt(
            fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        #if canImport(Darwin)
            _ = setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &one, socklen_t(MemoryLayout<Int32>.size))
        #endif
        return Socket(descriptor: fd)
    }

    /// Polls a connecting socket; returns 0 when connected, -1 with errno set, -2 on timeout.
    private static func waitForConnect(_ fd: Int32, deadline: ContinuousClock.Instant) -> Int32 {
        while true {
            let remaining = milliseconds(until: deadline)
            if remaining <= 0 { return -2 }
            var pfd = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
            let ready = poll(&pfd, 1, remaining)
            if ready < 0 && errno == EINTR { continue }
            if ready < 0 { return -1 }
            if ready == 0 { continue }
            var socketError: Int32 = 0
            var length = socklen_t(MemoryLayout<Int32>.size)
            _ = getsockopt(fd, SOL_SOCKET, SO_ERROR, &socketError, &length)
            if socketError == 0 { return 0 }
            errno = socketError
            return -1
        }
    }

    /// Reads what is available (blocking). Returns the byte count, 0 at end of stream, or -1.
    func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        if let tls { return tlsRead(tls, into: buffer, deadline: nil) }
        while true {
            let count = posixRead(descriptor, buffer.baseAddress, buffer.count)
            if count < 0 && errno == EINTR { continue }
            return count
        }
    }

    /// Reads what is available, waiting at most until `deadline`.
    /// Returns the byte count, 0 at end of stream, -1 on error, -2 on timeout.
    func read(into buffer: UnsafeMutableRawBufferPointer, deadline: ContinuousClock.Instant) -> Int
    {
        if let tls { return tlsRead(tls, into: buffer, deadline: deadline) }
        while true {
            let remaining = milliseconds(until: deadline)
            if remaining <= 0 { return -2 }
            var pfd = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&pfd, 1, remaining)
            if ready < 0 && errno == EINTR { continue }
            if ready < 0 { return -1 }
            if ready > 0 { return read(into: buffer) }
        }
    }

    /// Writes all bytes (blocking). Returns false when the connection failed.
    func writeAll(_ bytes: UnsafeRawBufferPointer) -> Bool {
        if let tls { return tlsWrite(tls, bytes) }
        guard var pointer = bytes.baseAddress else { return true }
        var remaining = bytes.count
        while remaining > 0 {
            #if canImport(Glibc)
                let written = send(descriptor, pointer, remaining, Int32(MSG_NOSIGNAL))
            #else
                let written = send(descriptor, pointer, remaining, 0)
            #endif
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            pointer += written
            remaining -= written
        }
        return true
    }

    /// Wakes any thread blocked on this socket and stops further traffic (the descriptor stays
    /// open until the object is released, so it cannot be reused under a blocked reader).
    func shutdown() {
        tls?.close()
        _ = posixShutdown(descriptor, Int32(SHUT_RDWR))
    }
}

private func milliseconds(until deadline: ContinuousClock.Instant) -> Int32 {
    let (seconds, attoseconds) = ContinuousClock.now.duration(to: deadline).components
    if seconds < 0 || (seconds == 0 && attoseconds <= 0) { return 0 }
    let millis = seconds * 1000 + attoseconds / 1_000_000_000_000_000
    return Int32(clamping: max(millis, 1))
}

func errnoText() -> String { String(cString: strerror(errno)) }

// The POSIX functions whose names clash with this file's methods.
@inline(__always) private func posixClose(_ fd: Int32) { _ = close(fd) }
@inline(__always) private func posixShutdown(_ fd: Int32, _ how: Int32) -> Int32 {
    shutdown(fd, how)
}
@inline(__always) private func posixRead(
    _ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int
) -> Int { read(fd, buffer, count) }
@inline(__always) private func posixConnect(
    _ fd: Int32, _ address: UnsafePointer<sockaddr>?, _ length: socklen_t
) -> Int32 { connect(fd, address, length) }
