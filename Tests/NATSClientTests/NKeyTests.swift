import Testing

@testable import NATSClient

@Suite("NKEY seeds, public keys and signatures")
struct NKeyTests {
    /// A user seed and its public key from the nkeys project's own tests; the public key was
    /// checked independently with Python's `cryptography` package.
    static let knownSeed = "SUAOTBNEUHZDFJT3EUMELT7MQTP24JF3XVCXQNDSCU74G5IU6VAJBKH5LI"
    static let knownPublic = "UDE6WTGLTTPCRJRJCKBJRGVNZTLIVR7LEEELR4CYWWWBKJS7XYIKXDUU"

    static func hex(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(index, offsetBy: 2)
            bytes.append(UInt8(text[index..<next], radix: 16)!)
            index = next
        }
        return bytes
    }

    @Test func knownSeedDecodesToItsPublicKey() throws {
        let seed = try NKeySeed(Self.knownSeed)
        #expect(seed.type == .user)
        #expect(try seed.publicKey().encoded == Self.knownPublic)
        #expect(seed.encodedSeed() == Self.knownSeed)
    }

    @Test func knownSignatureOfANonce() throws {
        let seed = try NKeySeed(Self.knownSeed)
        let signature = try seed.sign(Array("nonce-abc".utf8))
        #expect(
            Base64URL.encode(signature)
                == "cIMCFB3oUxv16MACUgVUKm1Au89MFBFYcQeANYagOZ-JZGdoPV7i_0gM3DupYnJ07ve_-mGnpo68tizuFXsTBA"
        )
        let publicKey = try NKeyPublicKey(Self.knownPublic)
        #expect(publicKey.verify(signature: signature, of: Array("nonce-abc".utf8)))
        #expect(!publicKey.verify(signature: signature, of: Array("nonce-abd".utf8)))
    }

    @Test func rfc8032FirstVector() throws {
        let seed = try NKeySeed(
            type: .user,
            rawSeed: Self.hex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"))
        #expect(
            try seed.publicKey().rawKey
                == Self.hex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"))
        let expected = Self.hex(
            "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"
        )
        #expect(try seed.sign([]) == expected)
    }

    @Test(arguments: NKeyType.allCases)
    func generatedSeedsRoundTripWithTheirType(type: NKeyType) throws {
        let seed = try NKeySeed.generate(type)
        let text = seed.encodedSeed()
        #expect(text.count == 58)
        let letter: Character =
            switch type {
            case .user: "U"
            case .account: "A"
            case .operator: "O"
            case .server: "N"
            case .cluster: "C"
            }
        #expect(Array(text.prefix(2)) == ["S", letter])
        let decoded = try NKeySeed(text)
        #expect(decoded.type == type)
        let publicKey = try decoded.publicKey()
        #expect(publicKey.encoded.count == 56)
        #expect(publicKey.encoded.first == letter)
        #expect(try NKeyPublicKey(publicKey.encoded) == publicKey)
        let message = Array("hello".utf8)
        #expect(publicKey.verify(signature: try decoded.sign(message), of: message))
    }

    @Test func damagedSeedsAreRefusedWithoutShowingThem() {
        var damaged = Array(Self.knownSeed)
        damaged[20] = damaged[20] == "A" ? "B" : "A"
        let cases: [(String, NKeyError)] = [
            (String(damaged), .badChecksum(what: "NKEY seed")),
            (String(Self.knownSeed.dropLast(2)), .wrongLength(what: "NKEY seed", bytes: 35)),
            ("SUA0" + Self.knownSeed.dropFirst(4), .notBase32(what: "NKEY seed")),
            (Self.knownPublic, .notASeed(found: "U")),
        ]
        for (text, expected) in cases {
            #expect(throws: expected) { try NKeySeed(text) }
        }
        do {
            _ = try NKeySeed(String(damaged))
        } catch {
            #expect(!error.description.contains("SUA"))
            #expect(!error.description.contains(String(damaged)))
        }
    }

    @Test func publicKeyGivenAsSeedIsNamed() throws {
        let publicKey = try NKeySeed.generate(.account).publicKey().encoded
        #expect(throws: NKeyError.notASeed(found: "A")) { try NKeySeed(publicKey) }
        #expect(NKeyError.notASeed(found: "A").description.contains("starting with A"))
        let seed = try NKeySeed.generate(.account).encodedSeed()
        #expect(throws: NKeyError.wrongLength(what: "public NKEY", bytes: 36)) {
            try NKeyPublicKey(seed)
        }
    }

    @Test func seedNeverAppearsInDescriptions() throws {
        let seed = try NKeySeed(Self.knownSeed)
        for text in [String(describing: seed), String(reflecting: seed), "\(seed)"] {
            #expect(!text.contains("SUAO"))
            #expect(text.contains("redacted"))
        }
        var dumped = ""
        dump(seed, to: &dumped)
        #expect(!dumped.contains("SUAO"))
    }

    @Test func base32AndBase64URLCodecs() {
        #expect(Base32.encode(Array("foobar".utf8)) == "MZXW6YTBOI")
        #expect(Base32.decode("MZXW6YTBOI") == Array("foobar".utf8))
        #expect(Base32.decode("MZXW6YTBO1") == nil)
        #expect(Base64URL.encode([0xFB, 0xFF]) == "-_8")
        #expect(Base64URL.encode(Array("foob".utf8)) == "Zm9vYg")
        #expect(Base64URL.decode("Zm9vYg") == Array("foob".utf8))
        #expect(Base64URL.decode("-_8") == [0xFB, 0xFF])
        #expect(CRC16.checksum(Array("123456789".utf8)) == 0x31C3)
    }
}
