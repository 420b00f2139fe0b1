#!/usr/bin/env bash
# Regenerates packaging/linux/startup-symbols.txt: the functions Skranke runs while it starts,
# which build.rs asks the linker to place together in release builds (docs/benchmarks.md).
#
# Usage: benches/startup/order.sh
# Needs: valgrind (Debian: apt-get install -y valgrind), python3, and xvfb when no display is
# set. Takes about ten minutes: three runs under callgrind and two release links.
#
# Rerun it after changing dependencies or the Rust toolchain, or when benches/startup/run.sh
# reports that fewer than nine in ten of the listed symbols still match.
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in valgrind python3; do
  command -v "$tool" >/dev/null || { echo "order.sh needs $tool" >&2; exit 1; }
done
. benches/startup/display.sh :96

order=packaging/linux/startup-symbols.txt
# The binary as `cargo run --release` builds it: the bin alone, without the example's
# dev-dependencies, whose features would change the dependencies' symbol names.
cargo build --release --bin skranke >&2
bin=$(realpath "${CARGO_TARGET_DIR:-target}/release/skranke")

profile() { # name, then skranke's arguments; a fresh desk each time
  rm -rf "$work/config" "$work/data"
  valgrind --tool=callgrind --demangle=no --callgrind-out-file="$work/$1.callgrind" \
    "$bin" --config-dir "$work/config" --data-dir "$work/data" "${@:2}" >/dev/null 2>&1 || true
}
# The first frame in Danish, and in Arabic (right to left), then a longer run in which the log
# is opened and the daily backup made, stopped after 20 s (callgrind still writes its profile).
profile first-da --lang da --exit-after-first-frame
profile first-ar --lang ar --exit-after-first-frame
timeout -s INT 20 valgrind --tool=callgrind --demangle=no --callgrind-out-file="$work/running.callgrind" \
  "$bin" --config-dir "$work/config-running" --data-dir "$work/data-running" --lang da \
  >/dev/null 2>&1 || true

python3 benches/startup/order.py "$bin" "$order" \
  "$work/first-da.callgrind" "$work/first-ar.callgrind" "$work/running.callgrind"
# Link again with the new order (build.rs watches the file).
cargo build --release --bin skranke >&2
