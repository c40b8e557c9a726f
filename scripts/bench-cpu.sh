#!/usr/bin/env bash
# Where publish throughput is decided: the CPU each process spends per message.
# Publishes N messages with natsctl-bench and with the Go reference client (nats.go) against
# one private nats-server on a free loopback port, alternating, and prints for each run the
# rate, the client's CPU time per message and the server's CPU share of the wall time.
# A server near 100 % of a core is the ceiling for both clients.
#   scripts/bench-cpu.sh                 # N=10000000, sizes 16 and 128, 3 rounds
#   N=2000000 SIZES=16 ROUNDS=1 scripts/bench-cpu.sh
set -euo pipefail
cd "$(dirname "$0")/.."

N="${N:-10000000}"
SIZES="${SIZES:-16 128}"
ROUNDS="${ROUNDS:-3}"
GO_BENCH="${GO_BENCH:-/tmp/natsctl-bench-reference/.build/go-bench}"
[ -x "$GO_BENCH" ] || {
    echo "bench-cpu: no Go reference client at $GO_BENCH: run scripts/bench.sh once (it builds it)" >&2
    exit 1
}
command -v nats-server >/dev/null || scripts/setup.sh >&2

swift build -c release --static-swift-stdlib --product natsctl-bench >&2
SWIFT_BENCH="$(swift build -c release --static-swift-stdlib --show-bin-path)/natsctl-bench"

WORK="$(mktemp -d)"
nats-server -a 127.0.0.1 -p -1 -sd "$WORK/store" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
trap 'kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; rm -rf "$WORK"' EXIT
PORT=""
for _ in $(seq 1 100); do
    PORT="$(sed -n 's/.*Listening for client connections on 127.0.0.1:\([0-9]*\).*/\1/p' "$WORK/server.log")"
    [ -n "$PORT" ] && break
    sleep 0.05
done
[ -n "$PORT" ] || { echo "bench-cpu: nats-server did not start" >&2; cat "$WORK/server.log" >&2; exit 1; }
URL="nats://127.0.0.1:$PORT"
TICKS="$(getconf CLK_TCK)"

server_ticks() { awk '{print $14 + $15}' "/proc/$SERVER_PID/stat"; }

measure() { # client binary label size
    local before after line rate wall
    before="$(server_ticks)"
    line="$( { /usr/bin/time -f "TIME %e %U %S" "$1" --mode pub --url "$URL" --n "$N" --size "$3" \
        --subj bench.cpu --stream S --window 256 --max-secs 60 --client "$2"; } 2>&1)"
    after="$(server_ticks)"
    rate="$(sed -n 's/.* msgs_s=\([0-9.]*\).*/\1/p' <<<"$line")"
    read -r _ wall user sys < <(grep '^TIME' <<<"$line")
    awk -v c="$2" -v s="$3" -v r="$rate" -v w="$wall" -v u="$user" -v y="$sys" -v n="$N" \
        -v t="$((after - before))" -v hz="$TICKS" 'BEGIN {
        printf "%-6s %5d B  %12.0f msgs/s  client %6.1f ns CPU/msg (%3.0f%% of wall)  server %3.0f%% of a core\n",
            c, s, r, (u + y) * 1e9 / n, (u + y) * 100 / w, t / hz * 100 / w }'
}

echo "N=$N per run, server $URL"
for round in $(seq 1 "$ROUNDS"); do
    for size in $SIZES; do
        measure "$GO_BENCH" go "$size"
        measure "$SWIFT_BENCH" swift "$size"
    done
done
