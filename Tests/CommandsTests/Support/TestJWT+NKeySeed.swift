import NATSClient
import TestSupport

extension TestNKey {
    /// The JWT fixture's view of a client seed.
    init(_ seed: NKeySeed) throws {
        self.init(
            publicKey: try seed.publicKey().encoded, seed: seed.encodedSeed(),
            sign: { try seed.sign($0) })
    }
}
