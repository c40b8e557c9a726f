#!/usr/bin/env bash
# The main job on a fresh machine: installs what is missing, builds natsctl (release), starts a
# private JetStream nats-server on a free loopback port with a temporary store, and runs a real
# demo against it. The server is stopped by PID when the script ends, however it ends.
set -euo pipefail
cd "$(dirname "$0")/.."

NATS_SERVER_BIN=$(scripts/setup.sh)

step() { printf '\n\033[1m== %s\033[0m\n' "$*" >&2; }
run() { printf '$ natsctl %s\n' "$*" >&2; "$NATSCTL" "$@"; }

step "building natsctl (release)"
swift build -c release --static-swift-stdlib --product natsctl >&2
NATSCTL="$(swift build -c release --static-swift-stdlib --show-bin-path)/natsctl"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/natsctl-demo.XXXXXX")
SERVER_PID=""
cleanup() {
    [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

step "starting nats-server with JetStream on a free loopback port"
"$NATS_SERVER_BIN" -a 127.0.0.1 -p -1 -js -sd "$WORK/store" -l "$WORK/server.log" &
SERVER_PID=$!
PORT=""
for _ in $(seq 1 200); do
    PORT=$(sed -n 's/.*Listening for client connections on 127\.0\.0\.1:\([0-9]*\).*/\1/p' "$WORK/server.log" 2>/dev/null | head -1 || true)
    [ -n "$PORT" ] && grep -q "Server is ready" "$WORK/server.log" && break
    sleep 0.05
done
[ -n "$PORT" ] || { echo "demo: nats-server did not start" >&2; cat "$WORK/server.log" >&2; exit 1; }
export NATS_URL="nats://127.0.0.1:$PORT"
echo "server: $NATS_URL (pid $SERVER_PID)" >&2

wait_for() { # FILE TEXT: waits at most 10 s until FILE holds TEXT
    for _ in $(seq 1 200); do grep -q "$2" "$1" 2>/dev/null && return 0; sleep 0.05; done
    echo "demo: timed out waiting for '$2'" >&2; return 1
}

demo_messaging() {
    step "round trip time"
    run rtt 3

    step "publish and subscribe"
    "$NATSCTL" sub 'location.>' --count 3 > "$WORK/sub.out" 2> "$WORK/sub.err" &
    local sub_pid=$!
    wait_for "$WORK/sub.err" "Subscribing on"
    run pub location.zone_001 '{"driver": "d-42", "lat": 52.52, "lon": 13.40}'
    run pub 'location.zone_{{Count}}' '{"seq": {{Count}}, "at": "{{TimeStamp}}"}' --count 2 -H 'Trace-Id:{{ID}}'
    wait "$sub_pid"
    cat "$WORK/sub.out"
    cat "$WORK/sub.err" >&2

    step "request and reply"
    "$NATSCTL" reply pricing.quote '{"zone": "{{Request}}", "price": 12.5}' --count 1 --quiet \
        2> "$WORK/reply.err" &
    local reply_pid=$!
    wait_for "$WORK/reply.err" "Listening on"
    run request pricing.quote zone_001
    wait "$reply_pid"
}

demo_streams() {
    step "provisioning the payments platform's streams, once per stream (as CI scripts do)"
    local name
    for name in TRANSACTIONS COMPLIANCE SETTLEMENT CLEARING NOTIFICATIONS REPORTING RISK AUDIT; do
        run stream add "$name" --config examples/streams-setup.json | head -1
    done
    step "and again, all at once: nothing changes"
    run stream add --config examples/streams-setup.json | grep -c unchanged
    run stream add --config examples/streams-setup.json --dry-run | tail -2

    step "storing events"
    run pub 'events.transactions.{{Count}}' '{"tx": {{Count}}, "ref": "{{Random 6 6}}"}' --count 5
    run stream ls
    run stream info TRANSACTIONS
    run stream get TRANSACTIONS --last-for events.transactions.5

    step "consumers: the notification engine's pull consumer (created by the file above)"
    run consumer add NOTIFICATIONS notification-engine-consumer --filter "events.notifications.*" \
        --ack explicit --pull --deliver all --max-deliver 3 --wait 30s | head -1
    run pub 'events.notifications.email' '{"notice": {{Count}}}' --count 3
    run consumer ls NOTIFICATIONS
    run consumer next NOTIFICATIONS notification-engine-consumer --count 3
    run consumer info NOTIFICATIONS notification-engine-consumer

    step "publishing with acknowledgements, and tailing a stream"
    run pub -J events.risk.score '{"score": 17}' --msg-id score-1
    run pub -J events.risk.score '{"score": 17}' --msg-id score-1
    run sub 'events.risk.*' --stream RISK -T

    step "backup before an upgrade, and a restore"
    run stream backup TRANSACTIONS "$WORK/transactions.tar.gz" --no-progress
    tar tzf "$WORK/transactions.tar.gz" >&2
    run stream rm TRANSACTIONS -f
    run stream restore "$WORK/transactions.tar.gz" --no-progress
}

demo_messaging
demo_streams
step "done"
