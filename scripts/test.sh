#!/usr/bin/env bash
# The whole test suite on a fresh machine: installs what is missing, checks formatting,
# builds, and runs every test against a real nats-server on loopback.
set -euo pipefail
cd "$(dirname "$0")/.."

NATS_SERVER_BIN=$(scripts/setup.sh)
export NATS_SERVER_BIN

echo "== swift format lint --strict"
swift format lint --strict --recursive Package.swift Sources Tests

echo "== swift build"
swift build --build-tests

echo "== swift test"
swift test --skip-build "$@"
