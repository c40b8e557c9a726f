// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "natsctl",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "natsctl", targets: ["natsctl"])
    ],
    dependencies: [],
    targets: [
        .systemLibrary(name: "COpenSSL", providers: [.apt(["libssl-dev"])]),
        .target(
            name: "NATSClient", dependencies: ["COpenSSL"],
            // The publish and receive paths check exclusive access to their buffers on every
            // message; the checks cost ~15% of publish CPU (measured with perf), and the buffers
            // are only ever touched under the connection's locks.
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"])]),
        .target(name: "Archive"),
        .target(name: "JetStream", dependencies: ["NATSClient", "Archive"]),
        .target(name: "ArgumentKit"),
        .target(name: "Commands", dependencies: ["ArgumentKit", "JetStream", "NATSClient"]),
        .executableTarget(name: "natsctl", dependencies: ["Commands"]),
        .executableTarget(name: "natsctl-bench", dependencies: ["NATSClient"]),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "NATSClientTests", dependencies: ["NATSClient", "TestSupport"]),
        .testTarget(name: "ArgumentKitTests", dependencies: ["ArgumentKit"]),
        .testTarget(
            name: "JetStreamTests", dependencies: ["JetStream", "NATSClient", "TestSupport"],
            exclude: ["Schemas"]),
        .testTarget(
            name: "CommandsTests",
            dependencies: ["ArgumentKit", "Commands", "JetStream", "NATSClient", "TestSupport"]),
        .testTarget(name: "ArchiveTests", dependencies: ["Archive"]),
    ]
)
