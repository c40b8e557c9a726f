import FoundationEssentials
import NATSClient
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Cluster gossip (`connect_urls`) and lame-duck mode.
@Suite struct ClusterTests {
    /// A loopback port that was free a moment ago (for cluster listen addresses).
    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
        }
        try #require(bound == 0)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// Polls `condition` every 50 ms until it holds or `within` passes.
    static func eventually(within: Duration = .seconds(20), _ condition: () -> Bool) async
        -> Bool
    {
        let deadline = ContinuousClock.now + within
        while ContinuousClock.now < deadline {
            if condition() { return true }
            try? await Task.sleep(for: .milliseconds(50))
        }
        return condition()
    }

    @Test func learnsClusterURLsAndFailsOverToThem() async throws {
        let routePort = try Self.freePort()
        let first = try NATSServerProcess(
            jetstream: false,
            config: "cluster { name: c1, listen: \"127.0.0.1:\(routePort)\" }")
        let second = try NATSServerProcess(
            jetstream: false,
            config: """
                cluster {
                  name: c1, listen: "127.0.0.1:\(try Self.freePort())"
                  routes: ["nats://127.0.0.1:\(routePort)"]
                }
                """)
        var options = try ConnectionOptions(url: first.url)
        options.reconnect.wait = .milliseconds(100)
        let connection = try await Connection.connect(options)
        var events = connection.events.makeAsyncIterator()
        let learned = await Self.eventually {
            connection.serverInfo.connectURLs.contains("127.0.0.1:\(second.port)")
        }
        #expect(learned, "connect_urls: \(connection.serverInfo.connectURLs)")
        let subscription = try connection.subscribe("failover")
        first.stop()
        var reconnected: ConnectionEvent?
        while let event = await events.next() {
            if case .reconnected = event {
                reconnected = event
                break
            }
        }
        #expect(reconnected == .reconnected(url: second.url))
        #expect(connection.connectedURL == second.url)
        try connection.publish("failover", payload: Data("here".utf8))
        #expect(try await collect(subscription, count: 1).first?.payload == Data("here".utf8))
        await connection.close()
    }

    @Test func lameDuckModeIsAnEvent() async throws {
        let server = try NATSServerProcess(
            jetstream: false, config: "lame_duck_grace_period: \"50s\"\nlame_duck_duration: \"60s\""
        )
        let connection = try await Connection.connect(ConnectionOptions(url: server.url))
        var events = connection.events.makeAsyncIterator()
        let pid = try #require(server.pid)
        kill(pid, SIGUSR2)
        var lameDuck = false
        while let event = await events.next() {
            if event == .lameDuckMode {
                lameDuck = true
                break
            }
        }
        #expect(lameDuck)
        #expect(connection.serverInfo.lameDuckMode)
        await connection.close()
        kill(pid, SIGKILL)  // in lame-duck mode the server would take its time over SIGTERM
        server.stop()
    }
}
