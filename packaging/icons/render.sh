#!/usr/bin/env bash
# Regenerates every raster and container icon from the SVG masters in assets/icon/.
#
# Needs these Debian packages (this script installs nothing):
#   librsvg2-bin (rsvg-convert), icoutils (icotool), icnsutils (png2icns), optipng
# e.g. `apt-get install librsvg2-bin icoutils icnsutils optipng`.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
masters="$root/assets/icon"
hicolor="$root/packaging/icons/hicolor"
app_id=dk.kk.Skranke

missing=()
for tool in rsvg-convert:librsvg2-bin icotool:icoutils png2icns:icnsutils optipng:optipng; do
    command -v "${tool%%:*}" >/dev/null || missing+=("${tool#*:}")
done
if ((${#missing[@]})); then
    echo "render.sh: missing tools; install the Debian packages: ${missing[*]}" >&2
    exit 1
fi

# 16, 22 and 24 px have masters drawn on their own pixel grid; the large master is drawn on a
# 16-unit grid, so it stays crisp at 32 px and up.
master_for() {
    case "$1" in
        16 | 22 | 24) echo "$masters/skranke-$1.svg" ;;
        *) echo "$masters/skranke.svg" ;;
    esac
}

for size in 16 22 24 32 48 64 128 256 512; do
    dir="$hicolor/${size}x${size}/apps"
    mkdir -p "$dir"
    rsvg-convert --width "$size" --height "$size" --output "$dir/$app_id.png" "$(master_for "$size")"
    # Lossless; -strip all drops metadata, so a rerun with the same tools gives identical files.
    optipng -quiet -o5 -strip all "$dir/$app_id.png"
done

mkdir -p "$hicolor/scalable/apps"
cp "$masters/skranke.svg" "$hicolor/scalable/apps/$app_id.svg"

png() { echo "$hicolor/${1}x${1}/apps/$app_id.png"; }

# Windows: small sizes as BMP for old shells, 256 px stored as PNG (-r) as Windows Vista and
# later expect.
mkdir -p "$root/packaging/windows"
icotool --create --output "$root/packaging/windows/skranke.ico" \
    "$(png 16)" "$(png 24)" "$(png 32)" "$(png 48)" "$(png 64)" --raw="$(png 256)"

# macOS: png2icns picks the icon type from each PNG's size.
mkdir -p "$root/packaging/macos"
png2icns "$root/packaging/macos/Skranke.icns" \
    "$(png 16)" "$(png 32)" "$(png 48)" "$(png 128)" "$(png 256)" "$(png 512)" >/dev/null

# The window icon the application embeds with include_bytes!: kept 8-bit RGBA (optipng may not
# turn it into a palette image) so a decoder hands back the pixels iced's icon::from_rgba takes.
rsvg-convert --width 64 --height 64 --output "$masters/window.png" "$masters/skranke.svg"
optipng -quiet -o5 -strip all -nc -nb "$masters/window.png"

echo "render.sh: icons written under $root/packaging and $masters/window.png"
