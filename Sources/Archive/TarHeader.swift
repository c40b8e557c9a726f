/// One 512-byte tar header block in the POSIX ustar layout (with GNU base-256 sizes for members
/// of 8 GiB and more).
struct TarHeader {
    static let blockSize = 512
    /// The largest size the 11 octal digits of a ustar size field can hold.
    static let maxOctalSize: UInt64 = 0o77777777777

    var name: String
    var size: UInt64
    var mode: UInt32 = 0o600
    var modificationTime: Int64 = 0
    var typeFlag: UInt8 = UInt8(ascii: "0")
    var userID: UInt32 = 0
    var groupID: UInt32 = 0

    /// The encoded block.
    /// - Throws: `ArchiveError.misuse` when the name does not fit a ustar header.
    func encode() throws -> [UInt8] {
        let nameBytes = Array(name.utf8)
        guard !nameBytes.isEmpty, nameBytes.count <= 100 else {
            throw ArchiveError.misuse("tar member name must be 1–100 bytes: \(name)")
        }
        var block = [UInt8](repeating: 0, count: Self.blockSize)
        block.replaceSubrange(0..<nameBytes.count, with: nameBytes)
        Self.putOctal(UInt64(mode), into: &block, at: 100, width: 8)
        Self.putOctal(UInt64(userID), into: &block, at: 108, width: 8)
        Self.putOctal(UInt64(groupID), into: &block, at: 116, width: 8)
        if size <= Self.maxOctalSize {
            Self.putOctal(size, into: &block, at: 124, width: 12)
        } else {
            block[124] = 0x80
            for index in 0..<8 {
                block[135 - index] = UInt8(truncatingIfNeeded: size >> UInt64(8 * index))
            }
        }
        Self.putOctal(UInt64(max(0, modificationTime)), into: &block, at: 136, width: 12)
        block[156] = typeFlag
        block.replaceSubrange(257..<265, with: Array("ustar\u{0}00".utf8))
        for index in 148..<156 { block[index] = 0x20 }
        let sum = block.reduce(0) { $0 + Int($1) }
        Self.putOctal(UInt64(sum), into: &block, at: 148, width: 7)
        return block
    }

    /// Decodes a header block.
    /// - Throws: `ArchiveError.corrupted` when its checksum or numeric fields are invalid.
    static func decode(_ block: [UInt8]) throws -> TarHeader {
        let stored = try parseNumber(block[148..<156], field: "checksum")
        let unsigned = block.enumerated().reduce(0) {
            $0 + (148..<156 ~= $1.offset ? 0x20 : Int($1.element))
        }
        let signed = block.enumerated().reduce(0) {
            $0 + (148..<156 ~= $1.offset ? 0x20 : Int(Int8(bitPattern: $1.element)))
        }
        guard stored == UInt64(unsigned) || Int(stored) == signed else {
            throw ArchiveError.corrupted("tar header checksum mismatch")
        }
        var name = field(block[0..<100])
        let isUstar = block[257..<262].elementsEqual("ustar".utf8)
        if isUstar {
            let prefix = field(block[345..<500])
            if !prefix.isEmpty { name = prefix + "/" + name }
        }
        var header = TarHeader(name: name, size: try parseNumber(block[124..<136], field: "size"))
        header.mode = UInt32(truncatingIfNeeded: try parseNumber(block[100..<108], field: "mode"))
        header.modificationTime = Int64(
            truncatingIfNeeded: try parseNumber(block[136..<148], field: "mtime"))
        header.typeFlag = block[156]
        return header
    }

    /// A NUL-terminated text field.
    static func field(_ bytes: ArraySlice<UInt8>) -> String {
        let end = bytes.firstIndex(of: 0) ?? bytes.endIndex
        return String(decoding: bytes[bytes.startIndex..<end], as: UTF8.self)
    }

    /// An octal field (spaces and NULs around it allowed) or a GNU base-256 field.
    static func parseNumber(_ bytes: ArraySlice<UInt8>, field: String) throws -> UInt64 {
        guard let first = bytes.first else { return 0 }
        if first & 0x80 != 0 {
            var value: UInt64 = 0
            for (index, byte) in bytes.enumerated() {
                let digit = index == 0 ? byte & 0x7F : byte
                guard value >> 56 == 0 else {
                    throw ArchiveError.corrupted("tar header \(field) is too large")
                }
                value = value << 8 | UInt64(digit)
            }
            return value
        }
        var value: UInt64 = 0
        var seenDigit = false
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                guard value >> 60 == 0 else {
                    throw ArchiveError.corrupted("tar header \(field) is too large")
                }
                value = value << 3 | UInt64(byte - UInt8(ascii: "0"))
                seenDigit = true
            case 0, 0x20:
                if seenDigit { return value }
            default:
                throw ArchiveError.corrupted("tar header \(field) field is not a number")
            }
        }
        return value
    }

    private static func putOctal(
        _ value: UInt64, into block: inout [UInt8], at offset: Int, width: Int
    ) {
        var digits = Array(String(value, radix: 8).utf8)
        let room = width - 1
        if digits.count < room {
            digits = [UInt8](repeating: UInt8(ascii: "0"), count: room - digits.count) + digits
        }
        block.replaceSubrange(offset..<offset + room, with: digits.suffix(room))
        block[offset + room] = 0
    }
}
