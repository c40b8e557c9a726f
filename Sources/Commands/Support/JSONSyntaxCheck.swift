/// Finds where a JSON text first goes wrong, as a line and column, so a malformed config file
/// can be reported precisely (the decoder only says that the data is not valid JSON).
enum JSONSyntaxCheck {
    /// The first syntax error in `bytes`, or `nil` when the text is well-formed JSON.
    static func firstError(in bytes: [UInt8]) -> (line: Int, column: Int, problem: String)? {
        var scanner = Scanner(bytes: bytes)
        do {
            scanner.skipSpace()
            try scanner.value(depth: 0)
            scanner.skipSpace()
            if scanner.index < bytes.count { throw Problem("unexpected text after the JSON value") }
            return nil
        } catch let problem as Problem {
            let (line, column) = scanner.position()
            return (line, column, problem.text)
        } catch {
            return nil
        }
    }

    private struct Problem: Error {
        var text: String
        init(_ text: String) { self.text = text }
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0

        init(bytes: [UInt8]) { self.bytes = bytes }

        var current: UInt8? { index < bytes.count ? bytes[index] : nil }

        func position() -> (Int, Int) {
            var line = 1
            var column = 1
            for byte in bytes[..<min(index, bytes.count)] {
                if byte == UInt8(ascii: "\n") {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
            }
            return (line, column)
        }

        mutating func skipSpace() {
            while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
                index += 1
            }
        }

        mutating func expect(_ character: Character) throws {
            guard current == character.asciiValue else {
                throw Problem(
                    current == nil
                        ? "unexpected end of file, expected '\(character)'"
                        : "expected '\(character)'")
            }
            index += 1
        }

        mutating func value(depth: Int) throws {
            guard depth < 512 else { throw Problem("nested too deeply") }
            guard let byte = current else {
                throw Problem("unexpected end of file, expected a value")
            }
            switch byte {
            case UInt8(ascii: "{"): try object(depth: depth)
            case UInt8(ascii: "["): try array(depth: depth)
            case UInt8(ascii: "\""): try string()
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
            case UInt8(ascii: "t"): try literal("true")
            case UInt8(ascii: "f"): try literal("false")
            case UInt8(ascii: "n"): try literal("null")
            default: throw Problem("expected a value")
            }
        }

        mutating func object(depth: Int) throws {
            index += 1
            skipSpace()
            if current == UInt8(ascii: "}") {
                index += 1
                return
            }
            while true {
                skipSpace()
                guard current == UInt8(ascii: "\"") else {
                    throw Problem("expected a member name in quotes")
                }
                try string()
                skipSpace()
                try expect(":")
                skipSpace()
                try value(depth: depth + 1)
                skipSpace()
                if current == UInt8(ascii: ",") {
                    index += 1
                    continue
                }
                try expect("}")
                return
            }
        }

        mutating func array(depth: Int) throws {
            index += 1
            skipSpace()
            if current == UInt8(ascii: "]") {
                index += 1
                return
            }
            while true {
                skipSpace()
                try value(depth: depth + 1)
                skipSpace()
                if current == UInt8(ascii: ",") {
                    index += 1
                    continue
                }
                try expect("]")
                return
            }
        }

        mutating func string() throws {
            index += 1
            while let byte = current {
                index += 1
                if byte == UInt8(ascii: "\"") { return }
                if byte == UInt8(ascii: "\\") {
                    guard current != nil else { break }
                    index += 1
                } else if byte < 0x20 {
                    index -= 1
                    throw Problem("control character in a string")
                }
            }
            throw Problem("unterminated string")
        }

        mutating func number() throws {
            let start = index
            if current == UInt8(ascii: "-") { index += 1 }
            var digits = 0
            while let byte = current,
                (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                    || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e")
                    || byte == UInt8(ascii: "E")
                    || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
            {
                digits += 1
                index += 1
            }
            if digits == 0 {
                index = start
                throw Problem("invalid number")
            }
        }

        mutating func literal(_ word: String) throws {
            for expected in word.utf8 {
                guard current == expected else {
                    throw Problem("invalid literal, expected \(word)")
                }
                index += 1
            }
        }
    }
}
