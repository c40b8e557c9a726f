import FoundationEssentials
import Synchronization
import Testing

@testable import NATSClient

/// Client operation encoding, the subject check, the payload arena and the shared timer.
@Suite struct EncodingTests {
    static func encoded(_ build: (inout ByteBuffer) -> Void) -> String {
        var buffer = ByteBuffer(capacity: 16)
        build(&buffer)
        return String(decoding: buffer.bytes, as: UTF8.self)
    }

    static func raw(_ text: String, _ body: (UnsafeRawBufferPointer) -> Void) {
        Array(text.utf8).withUnsafeBytes(body)
    }

    @Test(arguments: [
        0, 1, 7, 8, 9, 10, 15, 16, 17, 64, 65, 99, 100, 999, 1000, 9999, 10000, 123_456,
    ])
    func encodesPubWithEveryPayloadSize(size: Int) {
        let payload = (0..<size).map { UInt8(truncatingIfNeeded: $0) }
        let text = Self.encoded { buffer in
            Self.raw("orders.new") { subject in
                Self.raw("_INBOX.r.1") { reply in
                    payload.withUnsafeBytes {
                        buffer.appendPub(subject: subject, reply: reply, payload: $0)
                    }
                }
            }
        }
        let expected =
            "PUB orders.new _INBOX.r.1 \(size)\r\n" + String(decoding: payload, as: UTF8.self)
            + "\r\n"
        #expect(text == expected)
    }

    @Test func encodesHPubSubAndUnsub() {
        var headers = Headers()
        headers.append("A", "1")
        let size = try? HeaderCodec.encodedSize(of: headers)
        #expect(size == 18)
        let hpub = Self.encoded { buffer in
            Self.raw("s") { subject in
                Self.raw("xy") { payload in
                    buffer.appendHPub(
                        subject: subject, reply: nil, headers: headers, headerSize: 18,
                        payload: payload)
                }
            }
        }
        #expect(hpub == "HPUB s 18 20\r\nNATS/1.0\r\nA: 1\r\n\r\nxy\r\n")
        #expect(
            Self.encoded { $0.appendSub(subject: "a.*", queue: "q", sid: 12) }
                == "SUB a.* q 12\r\n")
        #expect(Self.encoded { $0.appendUnsub(sid: 12, max: 5) } == "UNSUB 12 5\r\n")
        #expect(Self.encoded { $0.appendUnsub(sid: 3, max: nil) } == "UNSUB 3\r\n")
        #expect(Self.encoded { $0.appendDecimal(1_234_567_890) } == "1234567890")
    }

    @Test func subjectCheckFindsABadByteAtEveryPosition() {
        let bad: [UInt8] = Array(0...32) + [127]
        for length in 1...24 {
            let good = [UInt8](repeating: UInt8(ascii: "a"), count: length)
            #expect(good.withUnsafeBytes(isValidToken))
            for position in 0..<length {
                for byte in bad {
                    var bytes = good
                    bytes[position] = byte
                    #expect(!bytes.withUnsafeBytes(isValidToken), "byte \(byte) at \(position)")
                }
                for byte: UInt8 in [33, 42, 46, 62, 126, 128, 200, 255] {
                    var bytes = good
                    bytes[position] = byte
                    #expect(bytes.withUnsafeBytes(isValidToken), "byte \(byte) at \(position)")
                }
            }
        }
        #expect(![UInt8]().withUnsafeBytes(isValidToken))
    }

    @Test func arenaKeepsEveryMessageIntactAcrossChunks() {
        var arena = PayloadArena()
        var fifo = MessageFIFO(capacity: 4)
        var expected: [Data] = []
        for index in 0..<5000 {
            let payload = Data((0..<(index % 700)).map { UInt8(truncatingIfNeeded: $0 &+ index) })
            expected.append(payload)
            payload.withUnsafeBytes { bytes in
                fifo.append(
                    .stored(
                        subject: "s.\(index)", reply: nil, headerSize: nil,
                        bytes: arena.store(bytes)))
            }
        }
        var received: [Message] = []
        while let queued = fifo.popFirst() { received.append(queued.message()) }
        #expect(received.map(\.payload) == expected)
        #expect(received.last?.subject == "s.4999")
    }

    @Test func droppedMessagesReleaseTheirChunk() {
        var arena = PayloadArena()
        var fifo = MessageFIFO()
        var slot: PayloadSlot?
        Self.raw("hello") { bytes in
            let stored = arena.store(bytes)
            slot = stored
            fifo.append(.stored(subject: "a", reply: nil, headerSize: nil, bytes: stored))
        }
        let chunk = slot!.chunk.takeUnretainedValue()
        #expect(chunk.pending.load(ordering: .relaxed) == PayloadChunk.bias)
        fifo.removeAll()
        #expect(chunk.pending.load(ordering: .relaxed) == PayloadChunk.bias - 1)
        _ = consume arena
    }

    @Test func timerRunsActionsInDeadlineOrderAndSkipsCancelledOnes() async throws {
        let fired = Mutex<[Int]>([])
        let done = Mutex<CheckedContinuation<Void, Never>?>(nil)
        let timer = DeadlineTimer.shared
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            done.withLock { $0 = continuation }
            _ = timer.schedule(after: .milliseconds(90)) {
                fired.withLock { $0.append(3) }
                done.withLock { $0 }?.resume()
            }
            let cancelled = timer.schedule(after: .milliseconds(30)) {
                fired.withLock { $0.append(99) }
            }
            _ = timer.schedule(after: .milliseconds(60)) { fired.withLock { $0.append(2) } }
            _ = timer.schedule(after: .milliseconds(10)) { fired.withLock { $0.append(1) } }
            timer.cancel(cancelled)
        }
        #expect(fired.withLock { $0 } == [1, 2, 3])
    }
}
