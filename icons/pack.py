"""Packs PNG files into a Windows .ico or a macOS .icns, with the PNGs stored as they are.

    python3 pack.py ico OUT.ico 16.png 24.png ...
    python3 pack.py icns OUT.icns 16.png 32.png ... 1024.png

Both containers take PNG entries (Windows Vista and later, macOS 10.7 and later), so no pixel is
re-encoded here and the result is the same bytes on every machine.
"""
import struct
import sys

# ICNS type codes of PNG entries by pixel size; 32, 64, 256, 512 and 1024 also go in as the
# "@2x" entry of the size below them, which is what iconutil writes for an iconset.
ICNS_TYPES = {
    16: [b"icp4"],
    32: [b"icp5", b"ic11"],
    64: [b"ic12"],
    128: [b"ic07"],
    256: [b"ic08", b"ic13"],
    512: [b"ic09", b"ic14"],
    1024: [b"ic10"],
}


def png_size(data, name):
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        sys.exit(f"pack.py: {name} is not a PNG")
    width, height = struct.unpack(">II", data[16:24])
    if width != height:
        sys.exit(f"pack.py: {name} is {width}x{height}, not square")
    return width


def read_all(paths):
    images = {}
    for path in paths:
        with open(path, "rb") as f:
            data = f.read()
        images[png_size(data, path)] = data
    return dict(sorted(images.items()))


def ico(images):
    out = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    for size, data in images.items():
        if size > 256:
            sys.exit(f"pack.py: an .ico entry is at most 256 px, not {size}")
        side = size % 256  # 0 stands for 256
        out += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return out + b"".join(images.values())


def icns(images):
    body = b""
    for size, data in images.items():
        if size not in ICNS_TYPES:
            sys.exit(f"pack.py: no .icns entry takes {size} px")
        for code in ICNS_TYPES[size]:
            body += code + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main(kind, out, *pngs):
    pack = {"ico": ico, "icns": icns}[kind]
    with open(out, "wb") as f:
        f.write(pack(read_all(pngs)))


if __name__ == "__main__":
    if len(sys.argv) < 4 or sys.argv[1] not in ("ico", "icns"):
        sys.exit(__doc__)
    main(*sys.argv[1:])
