#!/usr/bin/env bash
# Measures NATSClient (natsctl-bench, release build) against the Go reference client (nats.go)
# in the same run of ../shared/bench-reference/run.sh, interleaved round by round.
#   scripts/bench.sh              # full run: modes pub pubsub req, sizes 16 128 1024
#   QUICK=1 scripts/bench.sh      # smoke run (~1 min)
# Every knob of run.sh passes through the environment (CLIENTS, MODES, SIZES, REPS, ...).
set -euo pipefail
cd "$(dirname "$0")/.."

REFERENCE="${BENCH_REFERENCE:-$(pwd)/../shared/bench-reference}"
[ -x "$REFERENCE/run.sh" ] || { echo "bench: no harness at $REFERENCE/run.sh" >&2; exit 1; }

echo "== swift build -c release --product natsctl-bench" >&2
swift build -c release --static-swift-stdlib --product natsctl-bench >&2
BIN="$(swift build -c release --static-swift-stdlib --show-bin-path)/natsctl-bench"

export CLIENTS="${CLIENTS:-go extra}"
export MODES="${MODES:-pub pubsub req}"
export SIZES="${SIZES:-16 128 1024}"
export EXTRA_NAME="${EXTRA_NAME:-swift}"
exec "$REFERENCE/run.sh" \
    "$BIN --mode {MODE} --url {URL} --n {N} --size {S} --subj {SUBJ} --stream {STREAM} --window {WINDOW} --max-secs {MAXSECS} --client $EXTRA_NAME"
