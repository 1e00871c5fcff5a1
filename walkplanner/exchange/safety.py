"""The checks every imported file passes before a parser sees it.

Files over the size limit are refused before they are read. XML may carry no DTD at
all: without one there can be no entity expansion (billion laughs) and no external
entity, so the parser behind (gpxpy's) never meets either. defusedxml reads just the
prolog to decide, which costs a millisecond however large the file.
"""

from __future__ import annotations

import io
from pathlib import Path

MAX_BYTES = 50 * 1024 * 1024


class ExchangeError(ValueError):
    """A file that cannot be imported or written; the message says what and, when known,
    on which line."""


def read_limited(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ExchangeError(
                f"“{path.name}” is {size / 1024 / 1024:.0f} MB; files over "
                f"{max_bytes / 1024 / 1024:.0f} MB are not imported."
            )
        return path.read_bytes()
    except OSError as error:
        raise ExchangeError(f"Cannot read “{path.name}”: {error.strerror}.") from error


def check_xml(data: bytes, name: str) -> None:
    """Refuse a DTD (and so every entity); report where the XML is broken, if it is."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, iterparse

    try:
        for _event, _element in iterparse(io.BytesIO(data), events=("start",), forbid_dtd=True):
            return  # the root element started: no DTD came before it
    except DefusedXmlException as error:
        raise ExchangeError(
            f"“{name}” declares a DTD or entities ({type(error).__name__}); such files are "
            "refused because they can attack the computer reading them."
        ) from error
    except ParseError as error:
        raise ExchangeError(f"“{name}” is not valid XML: {error}.") from error
    raise ExchangeError(f"“{name}” is empty.")
