import Foundation
import TestSupport
import Testing

@Suite struct ServerHarnessTests {
    @Test func startsAndStopsARealServer() throws {
        let server = try NATSServerProcess()
        #expect(server.port > 0)
        let pid = try #require(server.pid)
        #expect(kill(pid, 0) == 0)
        server.stop()
        #expect(server.pid == nil)
        #expect(kill(pid, 0) != 0)
    }

    @Test func restartsOnTheSamePort() throws {
        let server = try NATSServerProcess()
        let port = server.port
        try server.restart()
        #expect(server.port == port)
        #expect(server.log().contains("Listening for client connections on 127.0.0.1:\(port)"))
        server.stop()
    }
}
