/// Unique 22-character base62 ids for inboxes: a random 12-character prefix plus a
/// 10-character sequence that advances by a random step (the NUID scheme of nats.go).
struct NUID {
    private static let digits = Array(
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".utf8)
    private static let prefixLength = 12
    private static let sequenceLength = 10
    private static let maxSequence: Int64 = 839_299_365_868_340_224  // 62^10

    private var prefix: [UInt8] = []
    private var sequence: Int64 = 0
    private var increment: Int64 = 0

    init() {
        randomizePrefix()
        resetSequence()
    }

    private mutating func randomizePrefix() {
        var generator = SystemRandomNumberGenerator()
        prefix = (0..<Self.prefixLength).map { _ in
            Self.digits[Int(generator.next(upperBound: UInt64(62)))]
        }
    }

    private mutating func resetSequence() {
        sequence = Int64.random(in: 0..<Self.maxSequence)
        increment = Int64.random(in: 33..<333)
    }

    /// The next id.
    mutating func next() -> String {
        sequence += increment
        if sequence >= Self.maxSequence {
            randomizePrefix()
            resetSequence()
        }
        var bytes = prefix
        bytes.reserveCapacity(Self.prefixLength + Self.sequenceLength)
        var tail = [UInt8](repeating: 0, count: Self.sequenceLength)
        var rest = sequence
        for index in stride(from: Self.sequenceLength - 1, through: 0, by: -1) {
            tail[index] = Self.digits[Int(rest % 62)]
            rest /= 62
        }
        bytes += tail
        return String(decoding: bytes, as: UTF8.self)
    }
}
