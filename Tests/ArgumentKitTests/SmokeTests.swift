import ArgumentKit
import Testing

@Suite struct SmokeTests {
    @Test func bindsAStreamAdd() throws {
        let result = try SampleTree.program.parse(
            ["-s", "nats://x", "str", "create", "ORDERS", "--subjects", "a.>", "--max-age=1h"])
        guard case .invoke(let invocation) = result else {
            Issue.record("expected an invocation")
            return
        }
        #expect(invocation.commandPath == ["natsctl", "stream", "add"])
        #expect(invocation.string("server") == "nats://x")
        #expect(invocation.argument("name") == "ORDERS")
        #expect(invocation.duration("max-age") == .seconds(3600))
        #expect(invocation.duration("timeout") == .seconds(5))
        #expect(invocation.string("retention") == "limits")
    }
}
