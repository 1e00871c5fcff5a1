"""Bytes to text the way each format says, never by guessing silently.

XML (GPX, KML): a byte order mark wins, then the `encoding` of the XML declaration, then
UTF-8 (XML 1.0, appendix F); the declaration is dropped from the text so that the parser
behind reads the text as it is. JSON (GeoJSON): UTF-8 per RFC 8259, with or without a BOM;
a UTF-16 or UTF-32 BOM is honoured too. CSV from spreadsheets: a UTF-8 or UTF-16 BOM
(Excel's "Unicode text"), else UTF-8, else Windows-1252 (older Excel on Windows). Text
that does not decode is refused with the position of the first bad byte; the log says
which encoding was used.
"""

from __future__ import annotations

import codecs
import logging
import re
from collections.abc import Iterator

from walkplanner.exchange.safety import ExchangeError
from walkplanner.text import say

log = logging.getLogger(__name__)

BOMS = (  # UTF-32 first: its little-endian BOM starts like UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
UTF16_WITHOUT_BOM = ((b"<\x00?\x00", "utf-16-le"), (b"\x00<\x00?", "utf-16-be"))
DECLARATION = re.compile(r"""^\s*<\?xml\b[^>]*?\?>""")
DECLARED = re.compile(rb"""^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([A-Za-z][\w.:-]*)["']""")


def xml_text(data: bytes, name: str) -> str:
    """The document as text without its XML declaration."""
    encoding, body = xml_encoding(data)
    return DECLARATION.sub("", _decode(body, encoding, name), count=1)


def xml_chunks(data: bytes, name: str, size: int = 1024 * 1024) -> Iterator[str]:
    """The document as `xml_text` gives it, a slice at a time: a 50 MB track is never held
    whole as text (one character beyond Latin-1 would make that text 200 MB)."""
    encoding, body = xml_encoding(data)
    try:
        decoder = codecs.getincrementaldecoder(encoding)()
    except LookupError as error:
        raise _unknown(name, encoding) from error
    for start in range(0, max(len(body), 1), size):
        held = len(decoder.getstate()[0])  # bytes of a character cut by the last slice
        try:
            text = decoder.decode(body[start : start + size], final=start + size >= len(body))
        except UnicodeDecodeError as error:
            at = start - held + error.start
            raise _undecodable(name, encoding, error.object[error.start], at) from error
        yield DECLARATION.sub("", text, count=1) if start == 0 else text
    log.info("%s read as %s", name, codecs.lookup(encoding).name)


def xml_encoding(data: bytes) -> tuple[str, bytes]:
    """A byte order mark, else UTF-16 without one, else the declaration, else UTF-8."""
    encoding, body = _bom(data)
    if encoding is None:
        encoding = next((e for start, e in UTF16_WITHOUT_BOM if data.startswith(start)), None)
    if encoding is None:
        declared = DECLARED.match(data[:1024])
        encoding = declared.group(1).decode("ascii") if declared else "utf-8"
    return encoding, body


def json_text(data: bytes, name: str) -> str:
    encoding, body = _bom(data)
    return _decode(body, encoding or "utf-8", name)


def csv_text(data: bytes, name: str) -> str:
    encoding, body = _bom(data)
    if encoding is not None:
        return _decode(body, encoding, name)
    try:
        return _decode(body, "utf-8", name)
    except ExchangeError:
        return _decode(body, "cp1252", name)


def _bom(data: bytes) -> tuple[str | None, bytes]:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return encoding, data[len(bom) :]
    return None, data


def _decode(data: bytes, encoding: str, name: str) -> str:
    try:
        text = data.decode(encoding)
    except LookupError as error:
        raise _unknown(name, encoding) from error
    except UnicodeDecodeError as error:
        raise _undecodable(name, encoding, data[error.start], error.start) from error
    log.info("%s read as %s", name, codecs.lookup(encoding).name)
    return text


def _unknown(name: str, encoding: str) -> ExchangeError:
    return ExchangeError(
        say(
            "“{name}” declares the encoding “{encoding}”, which Walk Planner does not know.",
            name=name,
            encoding=encoding,
        )
    )


def _undecodable(name: str, encoding: str, byte: int, position: int) -> ExchangeError:
    return ExchangeError(
        say(
            "“{name}” is not valid {encoding} text: byte {byte} at position {position} "
            "does not belong there.",
            name=name,
            encoding=codecs.lookup(encoding).name,
            byte=f"0x{byte:02X}",
            position=position,
        )
    )
