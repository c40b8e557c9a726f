import Foundation
import JetStream
import Testing

@Suite struct AckMetadataTests {
    @Test func parsesTheNineTokenForm() throws {
        let metadata = try AckMetadata(
            ackSubject: "$JS.ACK.ORDERS.worker.2.1234.17.1700000000123456789.42")
        #expect(metadata.stream == "ORDERS")
        #expect(metadata.consumer == "worker")
        #expect(metadata.delivered == 2)
        #expect(metadata.streamSequence == 1234)
        #expect(metadata.consumerSequence == 17)
        #expect(metadata.pending == 42)
        #expect(metadata.domain == nil)
        #expect(metadata.accountHash == nil)
        #expect(abs(metadata.timestamp.timeIntervalSince1970 - 1_700_000_000.123456789) < 1e-6)
        #expect(metadata.timestampNanoseconds == 1_700_000_000_123_456_789)
    }

    @Test func parsesTheElevenTokenFormWithDomain() throws {
        let metadata = try AckMetadata(
            ackSubject: "$JS.ACK.hub.Ab3dE6gH.ORDERS.worker.1.5.5.1700000000000000000.0")
        #expect(metadata.domain == "hub")
        #expect(metadata.accountHash == "Ab3dE6gH")
        #expect(metadata.stream == "ORDERS")
        #expect(metadata.consumer == "worker")
        #expect(metadata.streamSequence == 5)
    }

    @Test func underscoreDomainMeansNoneAndExtraTokensAreIgnored() throws {
        let metadata = try AckMetadata(
            ackSubject: "$JS.ACK._.Ab3dE6gH.S.C.3.9.8.1700000000000000000.7.r4nd0m")
        #expect(metadata.domain == nil)
        #expect(metadata.delivered == 3)
        #expect(metadata.pending == 7)
    }

    @Test(arguments: [
        "$JS.ACK.S.C.1.2.3.4",  // 8 tokens
        "$JS.ACK.d.h.S.C.1.2.3.4",  // 10 tokens
        "$JS.NAK.S.C.1.2.3.4.5",
        "_INBOX.abc",
        "$JS.ACK.S.C.x.2.3.4.5",
        "$JS.ACK.S.C.1.2.3.4.-5",
    ])
    func rejectsMalformedSubjects(subject: String) {
        #expect(throws: JetStreamError.invalidAckSubject(subject)) {
            try AckMetadata(ackSubject: subject)
        }
    }
}
