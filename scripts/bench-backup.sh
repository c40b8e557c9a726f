#!/usr/bin/env bash
# Backup/restore benchmark: fills a file stream on a private local nats-server, backs it up,
# deletes it, restores it, and prints MB/s and the peak RSS of the backup and restore
# processes, for each stream size in SIZES_MIB (default "256 1024"), so that memory can be
# seen not to grow with the stream.
#
#   scripts/bench-backup.sh                  # tar.gz, 256 MiB and 1 GiB
#   SIZES_MIB=2048 FORMAT=dir scripts/bench-backup.sh
#
# FORMAT is tgz (default), tar or dir. Work files go to $BENCH_WORK (default: a new folder
# under $TMPDIR or /var/tmp), removed at the end unless KEEP=1.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

SIZES_MIB=${SIZES_MIB:-"256 1024"}
FORMAT=${FORMAT:-tgz}
work=${BENCH_WORK:-$(mktemp -d "${TMPDIR:-/var/tmp}/natsctl-bench-backup.XXXXXX")}
server_pid=""

cleanup() {
    if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
    if [ "${KEEP:-0}" != 1 ]; then rm -rf "$work"; fi
}
trap cleanup EXIT

nats_server=$(scripts/setup.sh)

echo "== building the benchmark (release) in $work/pkg"
mkdir -p "$work/pkg/Sources/bench-backup"
for target in COpenSSL NATSClient Archive JetStream; do ln -sfn "$repo/Sources/$target" "$work/pkg/Sources/$target"; done
cp scripts/bench-backup/main.swift "$work/pkg/Sources/bench-backup/main.swift"
cat > "$work/pkg/Package.swift" <<'PKG'
// swift-tools-version:6.0
import PackageDescription
let package = Package(
    name: "bench-backup",
    targets: [
        .systemLibrary(name: "COpenSSL"),
        .target(name: "NATSClient", dependencies: ["COpenSSL"]),
        .target(name: "Archive"),
        .target(name: "JetStream", dependencies: ["NATSClient", "Archive"]),
        .executableTarget(name: "bench-backup", dependencies: ["JetStream", "NATSClient"]),
    ]
)
PKG
if ! (cd "$work/pkg" && swift build -c release --static-swift-stdlib >"$work/build.log" 2>&1); then
    cat "$work/build.log"
    exit 1
fi
bench="$work/pkg/.build/release/bench-backup"

echo "== starting nats-server ($("$nats_server" --version))"
"$nats_server" -a 127.0.0.1 -p -1 -js -sd "$work/store" -l "$work/server.log" &
server_pid=$!
for _ in $(seq 1 200); do
    grep -q "Server is ready" "$work/server.log" 2>/dev/null && break
    sleep 0.05
done
port=$(sed -n 's/.*Listening for client connections on .*:\([0-9]*\)$/\1/p' "$work/server.log" | head -1)
[ -n "$port" ] || { echo "nats-server did not start:"; cat "$work/server.log"; exit 1; }
url="nats://127.0.0.1:$port"

# Runs one phase; prints its line and, when /usr/bin/time is there, its maximum RSS.
phase() {
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -v -o "$work/time.txt" "$bench" "$@"
        rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt")
        echo "   (/usr/bin/time: maximum RSS $((rss / 1024)) MiB)"
    else
        "$bench" "$@"
    fi
}

for size in $SIZES_MIB; do
    stream="BENCH$size"
    case "$FORMAT" in
        tgz) target="$work/$stream.tar.gz" ;;
        tar) target="$work/$stream.tar" ;;
        dir) target="$work/$stream-backup" ;;
        *) echo "FORMAT must be tgz, tar or dir"; exit 2 ;;
    esac
    echo "== $size MiB stream, $FORMAT"
    phase fill "$url" "$stream" "$size"
    phase backup "$url" "$stream" "$target"
    ls -l "$target" 2>/dev/null | awk '{print "   archive: " $5 " bytes"}' || true
    "$bench" delete "$url" "$stream"
    phase restore "$url" "$target"
    "$bench" delete "$url" "$stream"
    rm -rf "$target"
done
