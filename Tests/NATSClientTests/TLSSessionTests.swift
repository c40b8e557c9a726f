import COpenSSL
import Foundation
import TestSupport
import Testing

@testable import NATSClient

#if canImport(Glibc)
    import Glibc
#endif

/// The TLS layer by itself, over a plain loopback socket, against real TLS servers.
@Suite("TLS session over a socket")
struct TLSSessionTests {
    static func tlsConfig(_ pair: TestPKI.Pair, ca: String? = nil, extra: String = "") -> String {
        var block = "tls {\n  cert_file: \"\(pair.certificate)\"\n  key_file: \"\(pair.key)\"\n"
        if let ca { block += "  ca_file: \"\(ca)\"\n" }
        return block + extra + "}\n"
    }

    /// A blocking TCP socket to 127.0.0.1 with 10 s send and receive timeouts.
    static func connectLoopback(port: Int) throws -> Int32 {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try #require(descriptor >= 0)
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(
            descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(
            descriptor, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        try #require(result == 0)
        return descriptor
    }

    /// Reads the plain-text INFO line, one byte at a time so nothing after it is consumed.
    static func readPlainLine(_ descriptor: Int32) -> String {
        var line: [UInt8] = []
        var byte: UInt8 = 0
        while line.count < 65_536, read(descriptor, &byte, 1) == 1 {
            line.append(byte)
            if byte == UInt8(ascii: "\n") { break }
        }
        return String(decoding: line, as: UTF8.self)
    }

    /// Reads over TLS until `marker` shows up or the stream ends (at most 64 reads).
    static func readUntil(_ marker: String, _ session: TLSSession) throws -> String {
        var text = ""
        var buffer = [UInt8](repeating: 0, count: 4096)
        for _ in 0..<64 where !text.contains(marker) {
            let count = try buffer.withUnsafeMutableBytes { try session.read(into: $0) }
            if count == 0 { break }
            text += String(decoding: buffer[..<count], as: UTF8.self)
        }
        return text
    }

    static func send(_ text: String, _ session: TLSSession) throws {
        try Array(text.utf8).withUnsafeBytes { try session.write($0, timeout: .seconds(10)) }
    }

    static let connectFrame =
        "CONNECT {\"verbose\":false,\"pedantic\":false,\"protocol\":1}\r\nPING\r\n"

    /// Connects, reads INFO, upgrades, and returns the session; the caller closes `socket`.
    static func upgrade(port: Int, options: TLSOptions) throws -> (TLSSession, Int32) {
        let descriptor = try connectLoopback(port: port)
        let info = readPlainLine(descriptor)
        #expect(info.hasPrefix("INFO "))
        #expect(info.contains("\"tls_required\":true"))
        let context = try TLSClientContext(options: options)
        let session = try TLSSession(context: context, socket: descriptor, host: "127.0.0.1")
        return (session, descriptor)
    }

    @Test func upgradeAfterInfoWithTheTestCA() throws {
        let pki = try TestPKI()
        let server = try NATSServerProcess(
            jetstream: false, config: Self.tlsConfig(try pki.serverCertificate()))
        let (session, descriptor) = try Self.upgrade(
            port: server.port, options: TLSOptions(caFile: pki.caFile))
        defer { close(descriptor) }
        try session.handshake(timeout: .seconds(10))
        try Self.send(Self.connectFrame, session)
        #expect(try Self.readUntil("PONG", session).contains("PONG\r\n"))
        session.close()
    }

    @Test func unknownAuthorityIsNamed() throws {
        let pki = try TestPKI()
        let other = try TestPKI(name: "some other CA")
        let server = try NATSServerProcess(
            jetstream: false, config: Self.tlsConfig(try pki.serverCertificate()))
        let (session, descriptor) = try Self.upgrade(
            port: server.port, options: TLSOptions(caFile: other.caFile))
        defer { close(descriptor) }
        let error = #expect(throws: TLSError.self) { try session.handshake(timeout: .seconds(10)) }
        guard case .unknownAuthority(let host, _) = error else {
            Issue.record("expected unknownAuthority, got \(String(describing: error))")
            return
        }
        #expect(host == "127.0.0.1")
        #expect(error?.description.contains("unknown authority") == true)
    }

    @Test func hostnameMismatchIsNamed() throws {
        let pki = try TestPKI()
        let pair = try pki.serverCertificate(names: ["DNS:elsewhere.example.test"])
        let server = try NATSServerProcess(jetstream: false, config: Self.tlsConfig(pair))
        let (session, descriptor) = try Self.upgrade(
            port: server.port, options: TLSOptions(caFile: pki.caFile))
        defer { close(descriptor) }
        #expect(throws: TLSError.hostnameMismatch(host: "127.0.0.1")) {
            try session.handshake(timeout: .seconds(10))
        }
    }

    @Test func hostnameCheckCanBeTurnedOff() throws {
        let pki = try TestPKI()
        let pair = try pki.serverCertificate(names: ["DNS:elsewhere.example.test"])
        let server = try NATSServerProcess(jetstream: false, config: Self.tlsConfig(pair))
        let (session, descriptor) = try Self.upgrade(
            port: server.port, options: TLSOptions(caFile: pki.caFile, verifyHostname: false))
        defer { close(descriptor) }
        try session.handshake(timeout: .seconds(10))
        try Self.send(Self.connectFrame, session)
        #expect(try Self.readUntil("PONG", session).contains("PONG"))
    }

    @Test func mutualTLSNeedsTheClientCertificate() throws {
        let pki = try TestPKI()
        let server = try NATSServerProcess(
            jetstream: false,
            config: Self.tlsConfig(
                try pki.serverCertificate(), ca: pki.caFile, extra: "  verify: true\n"))
        let client = try pki.clientCertificate()
        let (good, goodSocket) = try Self.upgrade(
            port: server.port,
            options: TLSOptions(
                caFile: pki.caFile, certificateFile: client.certificate, keyFile: client.key))
        defer { close(goodSocket) }
        try good.handshake(timeout: .seconds(10))
        try Self.send(Self.connectFrame, good)
        #expect(try Self.readUntil("PONG", good).contains("PONG"))

        let (bare, bareSocket) = try Self.upgrade(
            port: server.port, options: TLSOptions(caFile: pki.caFile))
        defer { close(bareSocket) }
        let error = #expect(throws: TLSError.self) {
            try bare.handshake(timeout: .seconds(10))
            try Self.send(Self.connectFrame, bare)
            _ = try Self.readUntil("PONG", bare)
        }
        #expect(
            error
                == .handshakeRefused(
                    host: "127.0.0.1", reason: "the server requires a client certificate"))
    }

    @Test func handshakeFirstBeforeInfo() throws {
        let pki = try TestPKI()
        let server = try NATSServerProcess(
            jetstream: false,
            config: Self.tlsConfig(try pki.serverCertificate(), extra: "  handshake_first: true\n"))
        let descriptor = try Self.connectLoopback(port: server.port)
        defer { close(descriptor) }
        let context = try TLSClientContext(
            options: TLSOptions(caFile: pki.caFile, handshakeFirst: true))
        let session = try TLSSession(context: context, socket: descriptor, host: "127.0.0.1")
        try session.handshake(timeout: .seconds(10))
        #expect(try Self.readUntil("\r\n", session).hasPrefix("INFO "))
        try Self.send(Self.connectFrame, session)
        #expect(try Self.readUntil("PONG", session).contains("PONG"))
    }

    @Test func handshakeFirstAgainstAPlainInfoServerIsNamed() throws {
        let pki = try TestPKI()
        let server = try NATSServerProcess(
            jetstream: false, config: Self.tlsConfig(try pki.serverCertificate()))
        let descriptor = try Self.connectLoopback(port: server.port)
        defer { close(descriptor) }
        let context = try TLSClientContext(
            options: TLSOptions(caFile: pki.caFile, handshakeFirst: true))
        let session = try TLSSession(context: context, socket: descriptor, host: "127.0.0.1")
        let error = #expect(throws: TLSError.self) { try session.handshake(timeout: .seconds(10)) }
        guard case .notTLS = error else {
            Issue.record("expected notTLS, got \(String(describing: error))")
            return
        }
    }

    @Test func unusableFilesAreNamed() throws {
        let pki = try TestPKI()
        #expect(
            throws: TLSError.unusableFile(
                role: "CA file", path: "/nonexistent/ca.pem", reason: "No such file or directory")
        ) {
            _ = try TLSClientContext(options: TLSOptions(caFile: "/nonexistent/ca.pem"))
        }
        let client = try pki.clientCertificate()
        let other = try pki.clientCertificate()
        #expect(throws: TLSError.self) {
            _ = try TLSClientContext(
                options: TLSOptions(certificateFile: client.certificate, keyFile: other.key))
        }
        #expect(
            throws: TLSError.clientCertificate(reason: "a certificate was given without its key")
        ) {
            _ = try TLSClientContext(options: TLSOptions(certificateFile: client.certificate))
        }
        #expect(throws: TLSError.self) {
            _ = try TLSClientContext(options: TLSOptions(caFile: client.key))
        }
    }

    @Test func verificationCodesMapToTheirChecks() throws {
        let ssl = try OpenSSLLibrary.load()
        let host = "h"
        #expect(
            OpenSSLErrors.verificationFailure(ssl, code: X509_V_ERR_CERT_HAS_EXPIRED, host: host)
                == .certificateExpired(host: host))
        #expect(
            OpenSSLErrors.verificationFailure(ssl, code: X509_V_ERR_CERT_NOT_YET_VALID, host: host)
                == .certificateNotYetValid(host: host))
        #expect(
            OpenSSLErrors.verificationFailure(ssl, code: X509_V_ERR_HOSTNAME_MISMATCH, host: host)
                == .hostnameMismatch(host: host))
    }
}
