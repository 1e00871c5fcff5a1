"""Is this body a whole raster tile? Read from the bytes alone (tiles stay free of Qt).

A Wi-Fi login page labelled image/png, an SVG, a download cut short or a 4096-pixel
"tile" must never be cached as good for a week: only complete PNG, JPEG and WebP images
of a tile's size are. The checks read the format's own structure (signature, image
header, end marker or declared length); they cost microseconds for a 50 kB tile.
"""

from __future__ import annotations

import struct
import zlib

TILE_SIDES = (256, 512)

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
JPEG_FRAMES = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


def tile_format(data: bytes) -> str | None:
    """The MIME type of a complete PNG, JPEG or WebP tile of 256 or 512 pixels, else None."""
    for mime, size_of in (
        ("image/png", _png_size),
        ("image/jpeg", _jpeg_size),
        ("image/webp", _webp_size),
    ):
        size = size_of(data)
        if size is not None:
            width, height = size
            return mime if width == height and width in TILE_SIDES else None
    return None


def _png_size(data: bytes) -> tuple[int, int] | None:
    """Every chunk whole with a good checksum, from IHDR to IEND."""
    if not data.startswith(PNG_SIGNATURE):
        return None
    offset, size, kind = len(PNG_SIGNATURE), None, b""
    while offset + 12 <= len(data):
        (length,) = struct.unpack_from(">I", data, offset)
        end = offset + 12 + length
        kind, body = data[offset + 4 : offset + 8], data[offset + 8 : end - 4]
        if end > len(data) or struct.unpack_from(">I", data, end - 4)[0] != zlib.crc32(kind + body):
            return None
        if size is None:
            if kind != b"IHDR" or length < 8:
                return None
            size = struct.unpack_from(">II", body)
        offset = end
        if kind == b"IEND":
            break
    return size if kind == b"IEND" and offset == len(data) else None


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    """The frame header's size, in a stream that ends with its end-of-image marker."""
    if not (data.startswith(b"\xff\xd8") and data.rstrip(b"\x00").endswith(b"\xff\xd9")):
        return None
    offset = 2
    while offset + 4 <= len(data) and data[offset] == 0xFF:
        marker = data[offset + 1]
        (length,) = struct.unpack_from(">H", data, offset + 2)
        if marker in JPEG_FRAMES:
            if offset + 9 > len(data):
                return None
            height, width = struct.unpack_from(">HH", data, offset + 5)
            return width, height
        if marker == 0xDA or length < 2:  # the scan starts before any frame header
            return None
        offset += 2 + length
    return None


def _webp_size(data: bytes) -> tuple[int, int] | None:
    """RIFF's declared length must match: a cut download is shorter."""
    if len(data) < 30 or data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        return None
    if struct.unpack_from("<I", data, 4)[0] + 8 != len(data):
        return None
    chunk = data[12:16]
    if chunk == b"VP8 " and data[23:26] == b"\x9d\x01\x2a":
        width, height = struct.unpack_from("<HH", data, 26)
        return width & 0x3FFF, height & 0x3FFF
    if chunk == b"VP8L" and data[20] == 0x2F:
        (bits,) = struct.unpack_from("<I", data, 21)
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if chunk == b"VP8X":
        width = int.from_bytes(data[24:27], "little") + 1
        height = int.from_bytes(data[27:30], "little") + 1
        return width, height
    return None
