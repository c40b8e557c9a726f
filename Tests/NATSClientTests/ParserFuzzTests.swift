import FoundationEssentials
import Testing

@testable import NATSClient

/// Random, truncated and mutated input for the parser, for a bounded count and time: it must
/// never crash or hang, only emit operations or fail with a protocol error.
@Suite struct ParserFuzzTests {
    /// A small deterministic generator, so a failure can be reproduced from its seed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let budget = Duration.seconds(3)
    static let maxIterations = 20_000

    /// Parses `bytes` in random chunks; returns the ops, or the error.
    static func feed(_ bytes: [UInt8], using rng: inout SplitMix) -> ([ParsedOp], NATSError?) {
        var parser = ProtocolParser()
        var ops: [ParsedOp] = []
        var position = 0
        while position < bytes.count {
            let size = Int.random(in: 1...max(1, min(64, bytes.count - position)), using: &rng)
            let chunk = Array(bytes[position..<position + size])
            position += size
            do {
                try chunk.withUnsafeBytes { raw in
                    Result { () throws(NATSError) in
                        try parser.parse(raw) { ops.append(ParsedOp($0)) }
                    }
                }.get()
            } catch {
                return (ops, error)
            }
        }
        return (ops, nil)
    }

    @Test func truncatedValidStreamsYieldAPrefixOfTheOperations() {
        let (stream, expected) = ParserTests.stream
        var rng = SplitMix(state: 42)
        let clock = ContinuousClock()
        let start = clock.now
        var iterations = 0
        while iterations < Self.maxIterations / 2 && clock.now - start < Self.budget {
            iterations += 1
            let cut = Int.random(in: 0...stream.count, using: &rng)
            let (ops, error) = Self.feed(Array(stream[..<cut]), using: &rng)
            #expect(error == nil, "cut at \(cut)")
            #expect(Array(expected.prefix(ops.count)) == ops, "cut at \(cut)")
            if error != nil { break }
        }
        #expect(iterations > 0)
    }

    @Test func randomAndMutatedBytesFailOnlyWithProtocolErrors() {
        let (stream, _) = ParserTests.stream
        var rng = SplitMix(state: 7)
        let clock = ContinuousClock()
        let start = clock.now
        var iterations = 0
        var failures = 0
        let alphabet = Array("MSGHPINFOKERR+- \t\r\n0123456789{}\"abc.*>".utf8)
        while iterations < Self.maxIterations && clock.now - start < Self.budget {
            iterations += 1
            var bytes: [UInt8]
            switch iterations % 3 {
            case 0:
                bytes = (0..<Int.random(in: 0...300, using: &rng)).map { _ in
                    UInt8.random(in: 0...255, using: &rng)
                }
            case 1:
                bytes = (0..<Int.random(in: 0...300, using: &rng)).map { _ in
                    alphabet.randomElement(using: &rng)!
                }
            default:
                bytes = stream
                for _ in 0..<Int.random(in: 1...4, using: &rng) {
                    let index = Int.random(in: 0..<bytes.count, using: &rng)
                    bytes[index] = UInt8.random(in: 0...255, using: &rng)
                }
                bytes = Array(bytes.prefix(Int.random(in: 0...bytes.count, using: &rng)))
            }
            let (_, error) = Self.feed(bytes, using: &rng)
            if let error {
                failures += 1
                guard case .protocolError = error else {
                    Issue.record("unexpected error \(error) for \(escapedSnippet(bytes))")
                    break
                }
            }
        }
        #expect(iterations > 100)
        #expect(failures > 0)
    }
}
