# Sourced by the start-up scripts: a display to draw on and a scratch folder, both cleaned up
# when the script ends. Uses $DISPLAY when set, else starts Xvfb on display $1.
# Sets DISPLAY, ICED_BACKEND=tiny-skia (the CPU renderer, as in the benchmark) and $work.
if [ -z "${DISPLAY:-}" ]; then
  command -v Xvfb >/dev/null || { echo "$0 needs Xvfb when no display is set (Debian: apt-get install -y xvfb)" >&2; exit 1; }
  export DISPLAY=$1
  Xvfb "$DISPLAY" -screen 0 1600x1000x24 >/dev/null 2>&1 &
  xvfb_pid=$!
  sleep 1
fi
export ICED_BACKEND=tiny-skia
work=$(mktemp -d)
trap 'rm -rf "$work"; kill ${xvfb_pid:-0} 2>/dev/null || true' EXIT
