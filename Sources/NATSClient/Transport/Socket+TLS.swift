/// TLS on a `Socket`: starting the session, and reads and writes through it with the
/// socket's own return conventions.
extension Socket {
    /// Runs the TLS handshake on this socket; afterwards all traffic is encrypted.
    /// Call it before the socket is shared with other threads.
    /// - Throws: the `TLSError` that names the failed check.
    func startTLS(context: TLSClientContext, host: String, deadline: ContinuousClock.Instant)
        throws(TLSError)
    {
        let session = try TLSSession(context: context, socket: descriptor, host: host)
        let left = ContinuousClock.now.duration(to: deadline)
        try session.handshake(timeout: left > .zero ? left : .milliseconds(1))
        tls = session
    }

    /// Why the last read or write failed: the TLS error when there was one, else `errno`.
    func failureText() -> String {
        tlsFailure.withLock { $0?.description } ?? errnoText()
    }

    /// Reads through TLS: bytes read, 0 at the end of the session, -1 on failure, -2 when the
    /// deadline passed.
    func tlsRead(
        _ session: TLSSession, into buffer: UnsafeMutableRawBufferPointer,
        deadline: ContinuousClock.Instant?
    ) -> Int {
        do {
            guard let count = try session.read(into: buffer, deadline: deadline) else { return -2 }
            return count
        } catch {
            tlsFailure.withLock { $0 = error }
            return -1
        }
    }

    /// Writes all bytes through TLS; false when the session failed.
    func tlsWrite(_ session: TLSSession, _ bytes: UnsafeRawBufferPointer) -> Bool {
        do {
            try session.write(bytes)
            return true
        } catch {
            tlsFailure.withLock { $0 = error }
            return false
        }
    }
}
