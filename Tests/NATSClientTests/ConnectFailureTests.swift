import FoundationEssentials
import NATSClient
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Connecting where nobody answers, or nobody listens.
@Suite struct ConnectFailureTests {
    /// A loopback listener that never accepts, with its backlog filled, so new connections
    /// neither complete nor get refused.
    final class BlackHole {
        let port: Int
        private var descriptors: [Int32] = []

        init() throws {
            let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            try #require(listener >= 0)
            descriptors.append(listener)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            address.sin_port = 0
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    bind(listener, $0, length)
                }
            }
            try #require(bound == 0)
            try #require(listen(listener, 0) == 0)
            _ = withUnsafeMutablePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    getsockname(listener, $0, &length)
                }
            }
            port = Int(UInt16(bigEndian: address.sin_port))
            for _ in 0..<4 {
                let filler = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
                _ = fcntl(filler, F_SETFL, O_NONBLOCK)
                _ = withUnsafePointer(to: &address) {
                    $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                        connect(filler, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                    }
                }
                descriptors.append(filler)
            }
        }

        deinit { for descriptor in descriptors { close(descriptor) } }
    }

    @Test func aServerThatNeverAnswersTimesOut() async throws {
        let hole = try BlackHole()
        var options = try ConnectionOptions(url: "nats://127.0.0.1:\(hole.port)")
        options.connectTimeout = .milliseconds(500)
        await #expect(
            throws: NATSError.connectTimeout(
                url: "nats://127.0.0.1:\(hole.port)", after: .milliseconds(500))
        ) {
            try await Connection.connect(options)
        }
    }

    @Test func aClosedPortRefuses() async throws {
        let server = try NATSServerProcess()
        let url = server.url
        server.stop()
        await #expect(throws: NATSError.connectionRefused(url: url)) {
            try await Connection.connect(ConnectionOptions(url: url))
        }
    }

    @Test func theNextServerOfTheListIsTried() async throws {
        let server = try NATSServerProcess()
        let dead = try NATSServerProcess()
        let deadURL = dead.url
        dead.stop()
        let connection = try await Connection.connect(
            ConnectionOptions(url: "\(deadURL),\(server.url)"))
        #expect(connection.connectedURL == server.url)
        await connection.close()
    }

    @Test func anUnresolvableHostFails() async throws {
        var options = try ConnectionOptions(url: "nats://no-such-host.invalid:4222")
        options.connectTimeout = .seconds(10)
        await #expect {
            try await Connection.connect(options)
        } throws: { error in
            guard let error = error as? NATSError, case .connectFailed = error else { return false }
            return true
        }
    }
}
