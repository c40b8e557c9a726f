import COpenSSL
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A TLS client session over a connected socket that the caller owns.
///
/// The socket is switched to non-blocking mode; `read` and `write` still block their caller
/// (with `poll`) until they make progress. One lock guards every OpenSSL call, so a reader
/// thread and writers on other threads may use the session at the same time; the lock is
/// never held while waiting on the socket. The session never closes the socket.
final class TLSSession: @unchecked Sendable {
    private let ssl: OpaquePointer
    private let socket: Int32
    private let host: String
    private let lock = Mutex(())
    private let closed = Atomic(false)
    private let context: TLSClientContext
    private let library: OpenSSLLibrary

    /// Prepares a session for `host` over `socket`: SNI (for names, not IP addresses) and,
    /// unless disabled in the context's options, host name verification.
    /// - Throws: `TLSError.internalFailure` when OpenSSL cannot create the session.
    init(context: TLSClientContext, socket: Int32, host: String) throws(TLSError) {
        let library = context.ssl
        library.errClearError()
        guard let ssl = library.sslNew(context.handle) else {
            throw .internalFailure(
                reason: OpenSSLErrors.lastReason(library, default: "cannot create a TLS session"))
        }
        self.ssl = ssl
        self.socket = socket
        self.host = host
        self.context = context
        self.library = library
        let bareHost = Self.unbracketed(host)
        let isAddress = Self.isIPAddress(bareHost)
        if !isAddress {
            _ = bareHost.withCString {
                library.sslCtrl(
                    ssl, SSL_CTRL_SET_TLSEXT_HOSTNAME, Int(TLSEXT_NAMETYPE_host_name),
                    UnsafeMutableRawPointer(mutating: $0))
            }
        }
        if context.options.verifyHostname {
            let param = library.sslGet0Param(ssl)
            let accepted =
                isAddress
                ? library.x509VerifyParamSet1IPAsc(param, bareHost)
                : library.x509VerifyParamSet1Host(param, bareHost, 0)
            if accepted != 1 {
                throw .internalFailure(reason: "cannot verify against host name \(host)")
            }
        }
        if library.sslSetFD(ssl, socket) != 1 {
            throw .internalFailure(
                reason: OpenSSLErrors.lastReason(library, default: "cannot attach the socket"))
        }
        let flags = fcntl(socket, F_GETFL, 0)
        _ = fcntl(socket, F_SETFL, flags | O_NONBLOCK)
    }

    deinit { library.sslFree(ssl) }

    /// Runs the client handshake, verifying the server's certificate.
    /// - Parameter timeout: how long the whole handshake may take.
    /// - Throws: a `TLSError` that names the failed check (unknown authority, host name
    ///   mismatch, expiry, a refusal alert, plain text instead of TLS, timeout).
    func handshake(timeout: Duration) throws(TLSError) {
        let deadline = ContinuousClock.now + timeout
        while true {
            let outcome = call { library.sslConnect($0) }
            if outcome.result == 1 { return }
            switch outcome.error {
            case SSL_ERROR_WANT_READ, SSL_ERROR_WANT_WRITE:
                let events = outcome.error == SSL_ERROR_WANT_READ ? POLLIN : POLLOUT
                guard wait(for: Int16(events), until: deadline) else {
                    throw .handshakeTimeout(host: host)
                }
            default:
                throw failure(outcome)
            }
        }
    }

    /// Reads decrypted bytes into `buffer`, waiting until some arrive.
    /// - Returns: the number of bytes read; 0 when the server closed the session or `close()`
    ///   was called.
    /// - Throws: `TLSError.handshakeRefused` when the server ends the session with an alert
    ///   (for example a refused client certificate), `TLSError.connectionLost` on socket errors.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(TLSError) -> Int {
        try read(into: buffer, deadline: nil) ?? 0
    }

    /// Reads decrypted bytes into `buffer`, waiting until some arrive or `deadline` passes.
    /// Bytes OpenSSL already holds are returned without waiting on the socket.
    /// - Returns: the number of bytes read; 0 when the session ended; `nil` when the deadline
    ///   passed first.
    /// - Throws: like `read(into:)`.
    func read(into buffer: UnsafeMutableRawBufferPointer, deadline: ContinuousClock.Instant?)
        throws(TLSError) -> Int?
    {
        guard let base = buffer.baseAddress, !buffer.isEmpty else { return 0 }
        let length = Int32(clamping: buffer.count)
        while !closed.load(ordering: .acquiring) {
            let outcome = call { library.sslRead($0, base, length) }
            if outcome.result > 0 { return Int(outcome.result) }
            switch outcome.error {
            case SSL_ERROR_ZERO_RETURN:
                return 0
            case SSL_ERROR_WANT_READ, SSL_ERROR_WANT_WRITE:
                let events = outcome.error == SSL_ERROR_WANT_READ ? POLLIN : POLLOUT
                if !wait(for: Int16(events), until: deadline) { return nil }
            case SSL_ERROR_SYSCALL where outcome.errorNumber == 0 && outcome.entries.isEmpty:
                return 0
            default:
                throw failure(outcome)
            }
        }
        return 0
    }

    /// Encrypts and sends all of `bytes`.
    /// - Parameter timeout: how long the socket may stay unwritable; `nil` waits forever.
    /// - Throws: `TLSError.connectionLost` when the socket fails, stays full past the timeout,
    ///   or the session was closed.
    func write(_ bytes: UnsafeRawBufferPointer, timeout: Duration? = nil) throws(TLSError) {
        guard let base = bytes.baseAddress else { return }
        let deadline = timeout.map { ContinuousClock.now + $0 }
        var offset = 0
        while offset < bytes.count {
            if closed.load(ordering: .acquiring) {
                throw .connectionLost(host: host, reason: "the TLS session is closed")
            }
            let chunk = Int32(clamping: bytes.count - offset)
            let outcome = call { library.sslWrite($0, base + offset, chunk) }
            if outcome.result > 0 {
                offset += Int(outcome.result)
                continue
            }
            switch outcome.error {
            case SSL_ERROR_WANT_READ, SSL_ERROR_WANT_WRITE:
                let events = outcome.error == SSL_ERROR_WANT_READ ? POLLIN : POLLOUT
                guard wait(for: Int16(events), until: deadline) else {
                    throw .connectionLost(host: host, reason: "write timed out")
                }
            default:
                throw failure(outcome)
            }
        }
    }

    /// Sends a best-effort close_notify and makes pending and later reads return 0.
    /// The socket itself stays open; its owner closes it.
    func close() {
        guard closed.exchange(true, ordering: .acquiringAndReleasing) == false else { return }
        _ = call { library.sslShutdown($0) }
    }

    private struct Outcome {
        var result: Int32
        var error: Int32
        var errorNumber: Int32
        var entries: [OpenSSLErrors.Entry]
        var verifyResult: Int
    }

    private func call(_ operation: (OpaquePointer) -> Int32) -> Outcome {
        lock.withLock { _ in
            library.errClearError()
            errno = 0
            let result = withoutSIGPIPE { operation(ssl) }
            let savedErrno = errno
            if result > 0 {
                return Outcome(
                    result: result, error: SSL_ERROR_NONE, errorNumber: 0, entries: [],
                    verifyResult: Int(X509_V_OK))
            }
            let error = library.sslGetError(ssl, result)
            return Outcome(
                result: result, error: error, errorNumber: savedErrno,
                entries: OpenSSLErrors.drain(library), verifyResult: library.sslGetVerifyResult(ssl)
            )
        }
    }

    private func failure(_ outcome: Outcome) -> TLSError {
        if outcome.error == SSL_ERROR_SYSCALL && outcome.entries.isEmpty {
            let reason =
                outcome.errorNumber == 0
                ? "the server closed the connection"
                : String(cString: strerror(outcome.errorNumber))
            return .connectionLost(host: host, reason: reason)
        }
        return OpenSSLErrors.failure(
            library, verifyResult: outcome.verifyResult, entries: outcome.entries, host: host)
    }

    /// Waits until the socket is ready for `events`, in slices so that `close()` is noticed.
    /// - Returns: `false` when the deadline passed first.
    private func wait(for events: Int16, until deadline: ContinuousClock.Instant?) -> Bool {
        for _ in 0..<Int.max {
            if closed.load(ordering: .acquiring) { return true }
            var slice: Int32 = 200
            if let deadline {
                let left = deadline - ContinuousClock.now
                if left <= .zero { return false }
                let (seconds, attoseconds) = left.components
                let millis = seconds * 1000 + attoseconds / 1_000_000_000_000_000 + 1
                slice = Int32(min(Int64(slice), millis))
            }
            var descriptor = pollfd(fd: socket, events: events, revents: 0)
            let ready = poll(&descriptor, 1, slice)
            if ready > 0 { return true }
            if ready < 0 && errno != EINTR { return true }
        }
        return true
    }

    private static func unbracketed(_ host: String) -> String {
        if host.hasPrefix("["), host.hasSuffix("]") { return String(host.dropFirst().dropLast()) }
        return host
    }

    private static func isIPAddress(_ host: String) -> Bool {
        var v4 = in_addr()
        var v6 = in6_addr()
        return inet_pton(AF_INET, host, &v4) == 1 || inet_pton(AF_INET6, host, &v6) == 1
    }
}

/// Runs `body` with SIGPIPE blocked on this thread and discards a SIGPIPE it raised.
///
/// OpenSSL writes to the socket with `write`, which raises SIGPIPE when the server has closed
/// the connection; by default that signal ends the whole process. Blocked, the write fails
/// with EPIPE instead, which the session reports as a lost connection. `errno` is kept.
func withoutSIGPIPE<R>(_ body: () -> R) -> R {
    var pipeSignal = sigset_t()
    sigemptyset(&pipeSignal)
    sigaddset(&pipeSignal, SIGPIPE)
    var previous = sigset_t()
    pthread_sigmask(SIG_BLOCK, &pipeSignal, &previous)
    var pending = sigset_t()
    sigpending(&pending)
    let alreadyPending = sigismember(&pending, SIGPIPE) == 1
    let result = body()
    let savedErrno = errno
    if !alreadyPending {
        sigpending(&pending)
        if sigismember(&pending, SIGPIPE) == 1 {
            var noWait = timespec(tv_sec: 0, tv_nsec: 0)
            _ = sigtimedwait(&pipeSignal, nil, &noWait)
        }
    }
    pthread_sigmask(SIG_SETMASK, &previous, nil)
    errno = savedErrno
    return result
}
