/// The CRC-32 of gzip, zip and PNG (reflected polynomial 0xEDB88320), computed eight bytes at a
/// time with precomputed tables.
public struct CRC32: Sendable {
    /// The CRC of the bytes given so far.
    public private(set) var value: UInt32 = 0

    /// A CRC over no bytes (0).
    public init() {}

    /// The CRC of `bytes`.
    public static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var crc = CRC32()
        crc.update(bytes)
        return crc.value
    }

    /// Adds `bytes` to the CRC.
    public mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { update($0) }
    }

    /// Adds `bytes` to the CRC.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        value = ~Self.advance(~value, over: bytes)
    }

    /// The CRC of the concatenation A+B from the CRC of A, the CRC of B and B's length.
    public static func combine(_ first: UInt32, _ second: UInt32, secondLength: UInt64) -> UInt32 {
        shift(first, byZeroBytes: secondLength) ^ second
    }

    /// The raw register value (no pre- or post-inversion) after feeding `bytes` to `register`.
    /// With `register` 0 this is the linear part of the CRC, used to account for patched bytes.
    static func advance(_ register: UInt32, over bytes: UnsafeRawBufferPointer) -> UInt32 {
        let tables = crcTables
        var crc = register
        var index = 0
        let count = bytes.count
        guard count > 0 else { return crc }
        let base = bytes.baseAddress!
        tables.withUnsafeBufferPointer { table in
            while count - index >= 8 {
                let low = UInt32(littleEndianBytesAt: base + index) ^ crc
                let high = UInt32(littleEndianBytesAt: base + index + 4)
                crc =
                    table[7 * 256 + Int(low & 0xFF)] ^ table[6 * 256 + Int((low >> 8) & 0xFF)]
                    ^ table[5 * 256 + Int((low >> 16) & 0xFF)] ^ table[4 * 256 + Int(low >> 24)]
                    ^ table[3 * 256 + Int(high & 0xFF)] ^ table[2 * 256 + Int((high >> 8) & 0xFF)]
                    ^ table[256 + Int((high >> 16) & 0xFF)] ^ table[Int(high >> 24)]
                index += 8
            }
            while index < count {
                let byte = base.load(fromByteOffset: index, as: UInt8.self)
                crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
                index += 1
            }
        }
        return crc
    }

    /// Multiplies the register by x^(8·n) modulo the polynomial: the effect of `n` zero bytes.
    static func shift(_ register: UInt32, byZeroBytes count: UInt64) -> UInt32 {
        var power: UInt32 = 1 << 31  // x^0
        var remaining = count
        var square = 3  // x^(2^3) = x^8, one byte
        while remaining != 0 {
            if remaining & 1 != 0 { power = multiply(powersOfX[square & 31], power) }
            remaining >>= 1
            square += 1
        }
        return multiply(power, register)
    }

    /// Product of two polynomials modulo the CRC polynomial, in the reflected bit order.
    private static func multiply(_ a: UInt32, _ b: UInt32) -> UInt32 {
        var mask: UInt32 = 1 << 31
        var product: UInt32 = 0
        var b = b
        while mask != 0 {
            if a & mask != 0 { product ^= b }
            mask >>= 1
            b = b & 1 != 0 ? (b >> 1) ^ polynomial : b >> 1
        }
        return product
    }

    /// x^(2^k) modulo the polynomial for k in 0..<32.
    private static let powersOfX: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 32)
        var power: UInt32 = 1 << 30  // x^1
        for k in 0..<32 {
            table[k] = power
            power = multiply(power, power)
        }
        return table
    }()
}

private let polynomial: UInt32 = 0xEDB8_8320

/// Eight 256-entry tables: entry [k][b] is the CRC register after byte b followed by k zeros.
private let crcTables: [UInt32] = {
    var table = [UInt32](repeating: 0, count: 8 * 256)
    for byte in 0..<256 {
        var crc = UInt32(byte)
        for _ in 0..<8 { crc = crc & 1 != 0 ? (crc >> 1) ^ polynomial : crc >> 1 }
        table[byte] = crc
    }
    for slice in 1..<8 {
        for byte in 0..<256 {
            let previous = table[(slice - 1) * 256 + byte]
            table[slice * 256 + byte] = (previous >> 8) ^ table[Int(previous & 0xFF)]
        }
    }
    return table
}()

extension UInt32 {
    init(littleEndianBytesAt pointer: UnsafeRawPointer) {
        self = UInt32(littleEndian: pointer.loadUnaligned(as: UInt32.self))
    }
}
