#!/bin/sh
# Renders the SVG sources in this folder to PNGs and packs the app icon's .ico and .icns.
# Needs rsvg-convert (Debian/Ubuntu: apt-get install librsvg2-bin) and python3. The results are
# committed, so building the app never runs this; run it after editing an SVG.
set -eu
cd "$(dirname "$0")"
command -v rsvg-convert >/dev/null || { echo "build.sh: needs rsvg-convert (apt-get install librsvg2-bin)" >&2; exit 1; }

SIZES="16 22 24 32 48 64 128 256 512"
WINDOW_ICON_SIZES="16 32 48 256"
RESOURCES=../src/main/resources/org/statustray/ui/icons
big=$(mktemp -d)
trap 'rm -rf "$big"' EXIT

rm -f png/*.png
mkdir -p png "$RESOURCES"
for svg in statustray.svg status-*.svg; do
    for size in $SIZES; do
        rsvg-convert --width "$size" --height "$size" "$svg" --output "png/${svg%.svg}-$size.png"
    done
done
rsvg-convert --width 1024 --height 1024 statustray.svg --output "$big/statustray-1024.png"

python3 pack.py ico statustray.ico png/statustray-16.png png/statustray-24.png png/statustray-32.png \
    png/statustray-48.png png/statustray-64.png png/statustray-128.png png/statustray-256.png
python3 pack.py icns statustray.icns png/statustray-16.png png/statustray-32.png png/statustray-64.png \
    png/statustray-128.png png/statustray-256.png png/statustray-512.png "$big/statustray-1024.png"

rm -f "$RESOURCES"/*.png
for size in $WINDOW_ICON_SIZES; do
    cp "png/statustray-$size.png" "$RESOURCES/"
done
