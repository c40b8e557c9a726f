/// SHA-256 (FIPS 180-4), fed incrementally, so a file can be hashed while it streams past.
public struct SHA256: Sendable {
    private var state: [UInt32] = [
        0x6A09_E667, 0xBB67_AE85, 0x3C6E_F372, 0xA54F_F53A,
        0x510E_527F, 0x9B05_688C, 0x1F83_D9AB, 0x5BE0_CD19,
    ]
    private var pending: [UInt8] = []
    private var totalCount: UInt64 = 0

    /// A hash over no bytes yet.
    public init() { pending.reserveCapacity(64) }

    /// The digest of `bytes` as 64 lowercase hex digits.
    public static func hex(of bytes: [UInt8]) -> String {
        var hash = SHA256()
        hash.update(bytes)
        return hash.finalizeHex()
    }

    /// Adds `bytes` to the hash.
    public mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { update($0) }
    }

    /// Adds `bytes` to the hash.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        totalCount &+= UInt64(bytes.count)
        var index = 0
        if !pending.isEmpty {
            let take = min(64 - pending.count, bytes.count)
            pending.append(contentsOf: UnsafeRawBufferPointer(start: base, count: take))
            index = take
            guard pending.count == 64 else { return }
            let block = pending
            block.withUnsafeBytes { compress(blocks: $0.baseAddress!, count: 1) }
            pending.removeAll(keepingCapacity: true)
        }
        let whole = (bytes.count - index) / 64
        if whole > 0 {
            compress(blocks: base + index, count: whole)
            index += whole * 64
        }
        if index < bytes.count {
            pending.append(
                contentsOf: UnsafeRawBufferPointer(start: base + index, count: bytes.count - index))
        }
    }

    /// The 32-byte digest. The hash must not be updated afterwards.
    public mutating func finalize() -> [UInt8] {
        let bitCount = totalCount &* 8
        var tail = pending
        tail.append(0x80)
        while tail.count % 64 != 56 { tail.append(0) }
        for shift in stride(from: 56, through: 0, by: -8) {
            tail.append(UInt8(truncatingIfNeeded: bitCount >> UInt64(shift)))
        }
        tail.withUnsafeBytes { compress(blocks: $0.baseAddress!, count: tail.count / 64) }
        pending.removeAll()
        var digest: [UInt8] = []
        digest.reserveCapacity(32)
        for word in state {
            for shift in stride(from: 24, through: 0, by: -8) {
                digest.append(UInt8(truncatingIfNeeded: word >> UInt32(shift)))
            }
        }
        return digest
    }

    /// The digest as 64 lowercase hex digits. The hash must not be updated afterwards.
    public mutating func finalizeHex() -> String {
        let digits: [Character] = Array("0123456789abcdef")
        var text = ""
        text.reserveCapacity(64)
        for byte in finalize() {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return text
    }

    private mutating func compress(blocks: UnsafeRawPointer, count: Int) {
        var h = state.withUnsafeBufferPointer { Words8($0) }
        roundConstants.withUnsafeBufferPointer { k in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
                for block in 0..<count {
                    let base = blocks + block * 64
                    for t in 0..<16 {
                        w[t] = UInt32(
                            bigEndian: base.loadUnaligned(fromByteOffset: t * 4, as: UInt32.self))
                    }
                    for t in 16..<64 {
                        let x = w[t - 15]
                        let y = w[t - 2]
                        let s0 = rotate(x, 7) ^ rotate(x, 18) ^ (x >> 3)
                        let s1 = rotate(y, 17) ^ rotate(y, 19) ^ (y >> 10)
                        w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
                    }
                    var v = h
                    var t = 0
                    while t < 64 {
                        // Eight rounds with the variables renamed instead of shifted.
                        round(v.a, v.b, v.c, &v.d, v.e, v.f, v.g, &v.h, k[t] &+ w[t])
                        round(v.h, v.a, v.b, &v.c, v.d, v.e, v.f, &v.g, k[t + 1] &+ w[t + 1])
                        round(v.g, v.h, v.a, &v.b, v.c, v.d, v.e, &v.f, k[t + 2] &+ w[t + 2])
                        round(v.f, v.g, v.h, &v.a, v.b, v.c, v.d, &v.e, k[t + 3] &+ w[t + 3])
                        round(v.e, v.f, v.g, &v.h, v.a, v.b, v.c, &v.d, k[t + 4] &+ w[t + 4])
                        round(v.d, v.e, v.f, &v.g, v.h, v.a, v.b, &v.c, k[t + 5] &+ w[t + 5])
                        round(v.c, v.d, v.e, &v.f, v.g, v.h, v.a, &v.b, k[t + 6] &+ w[t + 6])
                        round(v.b, v.c, v.d, &v.e, v.f, v.g, v.h, &v.a, k[t + 7] &+ w[t + 7])
                        t += 8
                    }
                    h.add(v)
                }
            }
        }
        state = [h.a, h.b, h.c, h.d, h.e, h.f, h.g, h.h]
    }
}

/// The eight working variables of the compression function.
private struct Words8 {
    var a: UInt32
    var b: UInt32
    var c: UInt32
    var d: UInt32
    var e: UInt32
    var f: UInt32
    var g: UInt32
    var h: UInt32

    init(_ words: UnsafeBufferPointer<UInt32>) {
        (a, b, c, d) = (words[0], words[1], words[2], words[3])
        (e, f, g, h) = (words[4], words[5], words[6], words[7])
    }

    mutating func add(_ other: Words8) {
        a &+= other.a
        b &+= other.b
        c &+= other.c
        d &+= other.d
        e &+= other.e
        f &+= other.f
        g &+= other.g
        h &+= other.h
    }
}

/// One SHA-256 round: updates `d` and `h` in place; the caller rotates the names.
@inline(__always)
private func round(
    _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32, _ e: UInt32, _ f: UInt32,
    _ g: UInt32, _ h: inout UInt32, _ constantPlusWord: UInt32
) {
    let s1 = rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)
    let choice = g ^ (e & (f ^ g))
    let temp1 = h &+ s1 &+ choice &+ constantPlusWord
    let s0 = rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)
    let majority = (a & b) | (c & (a | b))
    d &+= temp1
    h = temp1 &+ s0 &+ majority
}

@inline(__always)
private func rotate(_ value: UInt32, _ count: UInt32) -> UInt32 {
    (value >> count) | (value << (32 - count))
}

private let roundConstants: [UInt32] = [
    0x428A_2F98, 0x7137_4491, 0xB5C0_FBCF, 0xE9B5_DBA5, 0x3956_C25B, 0x59F1_11F1, 0x923F_82A4,
    0xAB1C_5ED5, 0xD807_AA98, 0x1283_5B01, 0x2431_85BE, 0x550C_7DC3, 0x72BE_5D74, 0x80DE_B1FE,
    0x9BDC_06A7, 0xC19B_F174, 0xE49B_69C1, 0xEFBE_4786, 0x0FC1_9DC6, 0x240C_A1CC, 0x2DE9_2C6F,
    0x4A74_84AA, 0x5CB0_A9DC, 0x76F9_88DA, 0x983E_5152, 0xA831_C66D, 0xB003_27C8, 0xBF59_7FC7,
    0xC6E0_0BF3, 0xD5A7_9147, 0x06CA_6351, 0x1429_2967, 0x27B7_0A85, 0x2E1B_2138, 0x4D2C_6DFC,
    0x5338_0D13, 0x650A_7354, 0x766A_0ABB, 0x81C2_C92E, 0x9272_2C85, 0xA2BF_E8A1, 0xA81A_664B,
    0xC24B_8B70, 0xC76C_51A3, 0xD192_E819, 0xD699_0624, 0xF40E_3585, 0x106A_A070, 0x19A4_C116,
    0x1E37_6C08, 0x2748_774C, 0x34B0_BCB5, 0x391C_0CB3, 0x4ED8_AA4A, 0x5B9C_CA4F, 0x682E_6FF3,
    0x748F_82EE, 0x78A5_636F, 0x84C8_7814, 0x8CC7_0208, 0x90BE_FFFA, 0xA450_6CEB, 0xBEF9_A3F7,
    0xC671_78F2,
]
