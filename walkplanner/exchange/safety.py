"""The checks every imported file passes before a parser sees it.

Files over the size limit are refused before they are read. XML may carry no DTD at
all: without one there can be no entity expansion (billion laughs) and no external
entity, so the parser behind (gpxpy's) never meets either. defusedxml reads just the
prolog to decide, which costs a millisecond however large the file.
"""

from __future__ import annotations

import io
from pathlib import Path

from walkplanner.text import say

MAX_BYTES = 50 * 1024 * 1024


class ExchangeError(ValueError):
    """A file that cannot be imported or written; the message says what and, when known,
    on which line."""


def read_limited(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ExchangeError(
                say(
                    "“{name}” is {size:.0f} MB; files over {most:.0f} MB are not imported.",
                    name=path.name,
                    size=size / 1024 / 1024,
                    most=max_bytes / 1024 / 1024,
                )
            )
        return path.read_bytes()
    except OSError as error:
        raise ExchangeError(
            say("Cannot read “{name}”: {reason}.", name=path.name, reason=error.strerror)
        ) from error


def check_xml(data: bytes, name: str) -> None:
    """Refuse a DTD (and so every entity); report where the XML is broken, if it is."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, iterparse

    try:
        for _event, _element in iterparse(io.BytesIO(data), events=("start",), forbid_dtd=True):
            return  # the root element started: no DTD came before it
    except DefusedXmlException as error:
        raise ExchangeError(
            say(
                "“{name}” declares a DTD or entities ({kind}); such files are "
                "refused because they can attack the computer reading them.",
                name=name,
                kind=type(error).__name__,
            )
        ) from error
    except ParseError as error:
        raise ExchangeError(
            say("“{name}” is not valid XML: {error}.", name=name, error=error)
        ) from error
    raise ExchangeError(say("“{name}” is empty.", name=name))
