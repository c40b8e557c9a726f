#!/usr/bin/env bash
# Regenerates the committed completion scripts and man pages from the command tree.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product natsctl >&2
bin=$(swift build --show-bin-path)/natsctl
mkdir -p completions man
for shell in bash zsh fish; do "$bin" completion "$shell" > "completions/natsctl.$shell"; done
rm -f man/*.1
"$bin" man --output man >/dev/null
echo "regenerated completions/ and man/" >&2
