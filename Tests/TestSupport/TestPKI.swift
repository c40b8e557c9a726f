import Foundation

/// A throw-away certificate authority with server and client certificates, made with the
/// `openssl` command in a temporary directory, for TLS tests. Removed on `deinit`.
public final class TestPKI: @unchecked Sendable {
    /// Why the certificates could not be made.
    public struct Failure: Error, CustomStringConvertible {
        /// The `openssl` command line and its output.
        public let description: String
    }

    /// A certificate and its private key, as PEM files.
    public struct Pair: Sendable {
        /// The certificate chain file.
        public let certificate: String
        /// The unencrypted private key file.
        public let key: String
    }

    /// The directory holding every file.
    public let directory: URL
    /// The CA certificate (the file for `--tlsca` and the server's `ca_file`).
    public let caFile: String

    /// Makes a new CA named `name`.
    /// - Throws: `Failure` when `openssl` is missing or fails.
    public init(name: String = "natsctl test CA") throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("natsctl-pki-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        caFile = directory.appendingPathComponent("ca.pem").path
        let caKey = directory.appendingPathComponent("ca.key").path
        try Self.openssl([
            "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
            "-nodes", "-keyout", caKey, "-out", caFile, "-days", "2", "-subj", "/CN=\(name)",
            "-addext", "basicConstraints=critical,CA:TRUE",
            "-addext", "keyUsage=critical,keyCertSign,cRLSign",
        ])
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    /// Issues a server certificate for the given subject alternative names
    /// (for example `["IP:127.0.0.1", "DNS:localhost"]`), valid for `days` days
    /// (`-1` makes one that has already expired).
    /// - Throws: `Failure` when `openssl` fails.
    public func serverCertificate(
        names: [String] = ["IP:127.0.0.1", "DNS:localhost"], days: Int = 2
    ) throws -> Pair {
        try issue(
            label: "server", commonName: "natsctl test server", days: days,
            extensions: "subjectAltName=\(names.joined(separator: ","))\n"
                + "extendedKeyUsage=serverAuth\n")
    }

    /// Issues a client certificate for mutual TLS.
    /// - Throws: `Failure` when `openssl` fails.
    public func clientCertificate(commonName: String = "natsctl test client") throws -> Pair {
        try issue(
            label: "client", commonName: commonName, days: 2,
            extensions: "extendedKeyUsage=clientAuth\n")
    }

    private func issue(label: String, commonName: String, days: Int, extensions: String) throws
        -> Pair
    {
        let stem = "\(label)-\(UUID().uuidString.prefix(8))"
        let key = directory.appendingPathComponent("\(stem).key").path
        let request = directory.appendingPathComponent("\(stem).csr").path
        let certificate = directory.appendingPathComponent("\(stem).pem").path
        let extensionFile = directory.appendingPathComponent("\(stem).ext").path
        try extensions.write(toFile: extensionFile, atomically: true, encoding: .utf8)
        try Self.openssl([
            "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
            "-keyout", key, "-out", request, "-subj", "/CN=\(commonName)",
        ])
        try Self.openssl([
            "x509", "-req", "-in", request, "-CA", caFile,
            "-CAkey", directory.appendingPathComponent("ca.key").path,
            "-set_serial", String(UInt32.random(in: 1...UInt32.max)), "-days", String(days),
            "-out", certificate, "-extfile", extensionFile,
        ])
        return Pair(certificate: certificate, key: key)
    }

    private static func openssl(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["openssl"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if process.terminationStatus != 0 {
            throw Failure(
                description: "openssl \(arguments.joined(separator: " ")) failed: "
                    + String(decoding: data, as: UTF8.self))
        }
    }
}
