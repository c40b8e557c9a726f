import COpenSSL

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The OpenSSL functions natsctl uses, loaded from the system's libssl (and the libcrypto it
/// depends on) with `dlopen` on first use. Linking them instead would cost every process
/// about 2 ms at start-up, also the many runs that use neither TLS nor NKEYs.
struct OpenSSLLibrary: @unchecked Sendable {
    typealias Pointer = OpaquePointer?
    typealias CString = UnsafePointer<CChar>?
    typealias Bytes = UnsafePointer<UInt8>?
    typealias MutableBytes = UnsafeMutablePointer<UInt8>?
    typealias PasswordCallback =
        @convention(c) (
            UnsafeMutablePointer<CChar>?, Int32, Int32, UnsafeMutableRawPointer?
        ) -> Int32
    typealias VerifyCallback = @convention(c) (Int32, Pointer) -> Int32

    // libcrypto
    let errClearError: @convention(c) () -> Void
    let errGetError: @convention(c) () -> UInt
    let errReasonErrorString: @convention(c) (UInt) -> CString
    let x509VerifyCertErrorString: @convention(c) (Int) -> CString
    let x509VerifyParamSet1Host: @convention(c) (Pointer, CString, Int) -> Int32
    let x509VerifyParamSet1IPAsc: @convention(c) (Pointer, CString) -> Int32
    let evpPKeyNewRawPrivateKey: @convention(c) (Int32, Pointer, Bytes, Int) -> Pointer
    let evpPKeyNewRawPublicKey: @convention(c) (Int32, Pointer, Bytes, Int) -> Pointer
    let evpPKeyGetRawPublicKey:
        @convention(c) (Pointer, MutableBytes, UnsafeMutablePointer<Int>?) -> Int32
    let evpPKeyFree: @convention(c) (Pointer) -> Void
    let evpMDCtxNew: @convention(c) () -> Pointer
    let evpMDCtxFree: @convention(c) (Pointer) -> Void
    let evpDigestSignInit:
        @convention(c) (Pointer, UnsafeMutablePointer<Pointer>?, Pointer, Pointer, Pointer) -> Int32
    let evpDigestSign:
        @convention(c) (Pointer, MutableBytes, UnsafeMutablePointer<Int>?, Bytes, Int) -> Int32
    let evpDigestVerifyInit:
        @convention(c) (Pointer, UnsafeMutablePointer<Pointer>?, Pointer, Pointer, Pointer) -> Int32
    let evpDigestVerify: @convention(c) (Pointer, Bytes, Int, Bytes, Int) -> Int32
    let randBytes: @convention(c) (MutableBytes, Int32) -> Int32

    // libssl
    let tlsClientMethod: @convention(c) () -> Pointer
    let sslCtxNew: @convention(c) (Pointer) -> Pointer
    let sslCtxFree: @convention(c) (Pointer) -> Void
    let sslCtxCtrl: @convention(c) (Pointer, Int32, Int, UnsafeMutableRawPointer?) -> Int
    let sslCtxSetVerify: @convention(c) (Pointer, Int32, VerifyCallback?) -> Void
    let sslCtxSetDefaultPasswdCallback: @convention(c) (Pointer, PasswordCallback?) -> Void
    let sslCtxSetDefaultVerifyPaths: @convention(c) (Pointer) -> Int32
    let sslCtxLoadVerifyLocations: @convention(c) (Pointer, CString, CString) -> Int32
    let sslCtxUseCertificateChainFile: @convention(c) (Pointer, CString) -> Int32
    let sslCtxUsePrivateKeyFile: @convention(c) (Pointer, CString, Int32) -> Int32
    let sslCtxCheckPrivateKey: @convention(c) (Pointer) -> Int32
    let sslNew: @convention(c) (Pointer) -> Pointer
    let sslFree: @convention(c) (Pointer) -> Void
    let sslCtrl: @convention(c) (Pointer, Int32, Int, UnsafeMutableRawPointer?) -> Int
    let sslGet0Param: @convention(c) (Pointer) -> Pointer
    let sslSetFD: @convention(c) (Pointer, Int32) -> Int32
    let sslConnect: @convention(c) (Pointer) -> Int32
    let sslRead: @convention(c) (Pointer, UnsafeMutableRawPointer?, Int32) -> Int32
    let sslWrite: @convention(c) (Pointer, UnsafeRawPointer?, Int32) -> Int32
    let sslShutdown: @convention(c) (Pointer) -> Int32
    let sslGetError: @convention(c) (Pointer, Int32) -> Int32
    let sslGetVerifyResult: @convention(c) (Pointer) -> Int

    /// The library, loaded once for the process; the error says why it could not be.
    static let shared: Result<OpenSSLLibrary, LoadError> = Result { () throws(LoadError) in
        try OpenSSLLibrary()
    }

    /// The loaded library.
    /// - Throws: `LoadError` when no usable libssl is installed.
    static func load() throws(LoadError) -> OpenSSLLibrary { try shared.get() }

    /// Why OpenSSL could not be loaded.
    struct LoadError: Error, Sendable, Equatable, CustomStringConvertible {
        /// One line naming the library and what is missing.
        let description: String
    }

    #if canImport(Darwin)
        static let candidates = [
            "libssl.3.dylib", "/opt/homebrew/opt/openssl@3/lib/libssl.3.dylib",
            "/usr/local/opt/openssl@3/lib/libssl.3.dylib",
        ]
    #else
        static let candidates = ["libssl.so.3", "libssl.so", "libssl.so.1.1"]
    #endif

    private init() throws(LoadError) {
        var handle: UnsafeMutableRawPointer?
        for name in Self.candidates where handle == nil {
            handle = dlopen(name, RTLD_NOW | RTLD_LOCAL)
        }
        guard let handle else {
            throw LoadError(
                description: "cannot load OpenSSL (\(Self.candidates.joined(separator: ", "))); "
                    + "install libssl3 or the openssl package")
        }
        func symbol<Function>(_ name: String) throws(LoadError) -> Function {
            guard let address = dlsym(handle, name) else {
                throw LoadError(description: "the installed OpenSSL has no \(name)")
            }
            return unsafeBitCast(address, to: Function.self)
        }
        errClearError = try symbol("ERR_clear_error")
        errGetError = try symbol("ERR_get_error")
        errReasonErrorString = try symbol("ERR_reason_error_string")
        x509VerifyCertErrorString = try symbol("X509_verify_cert_error_string")
        x509VerifyParamSet1Host = try symbol("X509_VERIFY_PARAM_set1_host")
        x509VerifyParamSet1IPAsc = try symbol("X509_VERIFY_PARAM_set1_ip_asc")
        evpPKeyNewRawPrivateKey = try symbol("EVP_PKEY_new_raw_private_key")
        evpPKeyNewRawPublicKey = try symbol("EVP_PKEY_new_raw_public_key")
        evpPKeyGetRawPublicKey = try symbol("EVP_PKEY_get_raw_public_key")
        evpPKeyFree = try symbol("EVP_PKEY_free")
        evpMDCtxNew = try symbol("EVP_MD_CTX_new")
        evpMDCtxFree = try symbol("EVP_MD_CTX_free")
        evpDigestSignInit = try symbol("EVP_DigestSignInit")
        evpDigestSign = try symbol("EVP_DigestSign")
        evpDigestVerifyInit = try symbol("EVP_DigestVerifyInit")
        evpDigestVerify = try symbol("EVP_DigestVerify")
        randBytes = try symbol("RAND_bytes")
        tlsClientMethod = try symbol("TLS_client_method")
        sslCtxNew = try symbol("SSL_CTX_new")
        sslCtxFree = try symbol("SSL_CTX_free")
        sslCtxCtrl = try symbol("SSL_CTX_ctrl")
        sslCtxSetVerify = try symbol("SSL_CTX_set_verify")
        sslCtxSetDefaultPasswdCallback = try symbol("SSL_CTX_set_default_passwd_cb")
        sslCtxSetDefaultVerifyPaths = try symbol("SSL_CTX_set_default_verify_paths")
        sslCtxLoadVerifyLocations = try symbol("SSL_CTX_load_verify_locations")
        sslCtxUseCertificateChainFile = try symbol("SSL_CTX_use_certificate_chain_file")
        sslCtxUsePrivateKeyFile = try symbol("SSL_CTX_use_PrivateKey_file")
        sslCtxCheckPrivateKey = try symbol("SSL_CTX_check_private_key")
        sslNew = try symbol("SSL_new")
        sslFree = try symbol("SSL_free")
        sslCtrl = try symbol("SSL_ctrl")
        sslGet0Param = try symbol("SSL_get0_param")
        sslSetFD = try symbol("SSL_set_fd")
        sslConnect = try symbol("SSL_connect")
        sslRead = try symbol("SSL_read")
        sslWrite = try symbol("SSL_write")
        sslShutdown = try symbol("SSL_shutdown")
        sslGetError = try symbol("SSL_get_error")
        sslGetVerifyResult = try symbol("SSL_get_verify_result")
    }
}
