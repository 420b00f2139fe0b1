#!/usr/bin/env bash
# Start-up benchmark: time to first frame and peak memory of Skranke, side by side with a
# minimal iced 0.14 window built the same way (release, same iced features), in one run.
#
# Usage: benches/startup/run.sh [RUNS] [LOG]   (default 15 runs of each, interleaved)
# With LOG (an existing Skranke database, e.g. target/bench-data/log-1000000-42-schema5.sqlite3
# made by `cargo bench --bench log_at_scale`), every Skranke run starts with a fresh copy of it
# as its log, like a desk that has used Skranke for years.
# Needs: xvfb (Debian: apt-get install -y xvfb) when no display is set; GNU time (/usr/bin/time).
# Both programs print "first-frame-ms N" when their first frame is drawn and then exit;
# /usr/bin/time reports their maximum resident set size.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-15}
log=${2:-}
if [ -n "$log" ] && [ ! -f "$log" ]; then
  echo "run.sh: no such log file: $log" >&2
  exit 1
fi

# Two builds, not one: building the example beside the binary unifies the dev-dependencies'
# features into the binary's dependencies, which gives a different binary from the one
# `cargo run --release` makes (and one the start-up symbol order no longer matches).
cargo build --release --bin skranke >&2
cargo build --release --example minimal_window >&2
bin=${CARGO_TARGET_DIR:-target}/release

# How much of the start-up symbol order (build.rs) the binary still matches; a low share means
# benches/startup/order.sh should be run again.
order=packaging/linux/startup-symbols.txt
if [ -f "$order" ] && command -v nm >/dev/null; then
  nm "$bin/skranke" | awk -v order="$order" '
    NR == FNR { if ($0 !~ /^#/ && $0 != "") { listed++; want[$0] = 1 }; next }
    ($3 in want) && !($3 in found) { found[$3] = 1; n++ }
    END { printf "start-up symbol order: %d of %d listed functions are in the binary\n", n, listed }
  ' "$order" - >&2
fi

for tool in /usr/bin/time bc; do
  command -v "$tool" >/dev/null || { echo "run.sh needs $tool (Debian: apt-get install -y time bc)" >&2; exit 1; }
done
# Skranke runs with fresh, empty folders under $work each time, like a first start at a new desk.
. benches/startup/display.sh :97

measure() { # program args... -> "ms kib"
  local out
  out=$( { /usr/bin/time -f "rss-kib %M" "$@" ; } 2>&1 )
  local ms kib
  ms=$(printf '%s\n' "$out" | awk '/^first-frame-ms/ {print $2}')
  kib=$(printf '%s\n' "$out" | awk '/^rss-kib/ {print $2}')
  printf '%s %s\n' "$ms" "$kib"
}

: >"$work/skranke.txt"
: >"$work/minimal.txt"
for i in $(seq 1 "$runs"); do
  rm -rf "$work/config" "$work/data"
  if [ -n "$log" ]; then
    mkdir -p "$work/data"
    cp "$log" "$work/data/skranke.sqlite3"
  fi
  measure "$bin"/skranke --config-dir "$work/config" --data-dir "$work/data" --lang da --exit-after-first-frame >>"$work/skranke.txt"
  measure "$bin"/examples/minimal_window >>"$work/minimal.txt"
done

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
s_ms=$(cut -d' ' -f1 "$work/skranke.txt" | median)
m_ms=$(cut -d' ' -f1 "$work/minimal.txt" | median)
s_kib=$(cut -d' ' -f2 "$work/skranke.txt" | median)
m_kib=$(cut -d' ' -f2 "$work/minimal.txt" | median)

printf '%-16s %18s %18s\n' "" "first frame (ms)" "peak RSS (MiB)"
printf '%-16s %18s %18.1f\n' "minimal iced" "$m_ms" "$(echo "$m_kib/1024" | bc -l)"
printf '%-16s %18s %18.1f\n' "skranke" "$s_ms" "$(echo "$s_kib/1024" | bc -l)"
printf '%-16s %18.2f %18.2f\n' "ratio" "$(echo "$s_ms/$m_ms" | bc -l)" "$(echo "$s_kib/$m_kib" | bc -l)"
echo "(medians of $runs runs each, interleaved; $(nproc) cores; $(date -u +%Y-%m-%d)${log:+; log: $log})"
