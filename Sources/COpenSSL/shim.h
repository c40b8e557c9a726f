#ifndef NATSCTL_COPENSSL_SHIM_H
#define NATSCTL_COPENSSL_SHIM_H

/* Types and constants only: natsctl loads libssl with dlopen on first use (see
 * NATSClient/TLS/OpenSSLLibrary.swift), so that runs without TLS or NKEYs do not load it. */

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#endif
