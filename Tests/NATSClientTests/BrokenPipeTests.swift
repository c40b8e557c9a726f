import Foundation
import Testing

@testable import NATSClient

#if canImport(Glibc)
    import Glibc
#endif

/// OpenSSL writes with `write`, which raises SIGPIPE on a connection the server closed; the
/// TLS layer must turn that into an error instead of ending the process (this test process
/// does not ignore SIGPIPE, so a raised signal would end the whole test run).
@Suite struct BrokenPipeTests {
    @Test func aWriteToAClosedPeerFailsWithEPIPEAndLeavesNoSignalBehind() throws {
        var descriptors: [Int32] = [-1, -1]
        try #require(socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &descriptors) == 0)
        close(descriptors[1])
        defer { close(descriptors[0]) }
        var before = sigset_t()
        pthread_sigmask(SIG_SETMASK, nil, &before)

        let bytes: [UInt8] = Array("after the peer left".utf8)
        let (written, failure) = withoutSIGPIPE {
            let result = bytes.withUnsafeBytes { write(descriptors[0], $0.baseAddress, $0.count) }
            return (result, errno)
        }
        #expect(written == -1)
        #expect(failure == EPIPE)

        var pending = sigset_t()
        sigpending(&pending)
        #expect(sigismember(&pending, SIGPIPE) == 0)
        var after = sigset_t()
        pthread_sigmask(SIG_SETMASK, nil, &after)
        #expect(sigismember(&after, SIGPIPE) == sigismember(&before, SIGPIPE))
    }
}
