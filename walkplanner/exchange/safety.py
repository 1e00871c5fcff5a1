"""The checks every imported file passes before a parser sees it.

Only regular files are read (a FIFO would hang, /dev/zero never ends, a directory is no
file), and the size limit holds while reading, not only by the size the file claims, so a
file growing under us or a symlink to a device cannot fill memory. XML may carry no DTD at
all: without one there can be no entity expansion (billion laughs) and no external
entity, so the parser behind (KML's ElementTree) never meets either. defusedxml reads
just the prolog to decide, which costs a millisecond however large the file. GPX's
streaming reader (gpx_reader.py) arms its own expat the same way.
"""

from __future__ import annotations

import io
import os
import stat
from pathlib import Path

from walkplanner.problem import Problem
from walkplanner.text import say

MAX_BYTES = 50 * 1024 * 1024


class ExchangeError(Problem, ValueError):
    """A file that cannot be imported or written; the message says what and, when known,
    on which line."""


def read_limited(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file of at most `max_bytes`; anything else is refused."""
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; fstat then refuses it.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as error:
        raise _unreadable(path, error) from error
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            os.close(descriptor)
            raise ExchangeError(
                say(
                    "“{name}” is not a regular file (a folder, a device or a pipe); choose a file.",
                    name=path.name,
                )
            )
        with os.fdopen(descriptor, "rb", buffering=0) as file:
            if status.st_size > max_bytes:
                raise ExchangeError(
                    say(
                        "“{name}” is {size:.0f} MB; files over {most:.0f} MB are not imported.",
                        name=path.name,
                        size=status.st_size / 1024 / 1024,
                        most=max_bytes / 1024 / 1024,
                    )
                )
            data = _read_at_most(file, max_bytes + 1)
    except OSError as error:
        raise _unreadable(path, error) from error
    if len(data) > max_bytes:  # it grew while we read it
        raise ExchangeError(
            say(
                "“{name}” is over {most:.0f} MB; such files are not imported.",
                name=path.name,
                most=max_bytes / 1024 / 1024,
            )
        )
    return data


def _read_at_most(file: io.RawIOBase, limit: int) -> bytes:
    chunks, size = [], 0
    while size < limit:
        chunk = file.read(min(1024 * 1024, limit - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def _unreadable(path: Path, error: OSError) -> ExchangeError:
    return ExchangeError(
        say("Cannot read “{name}”: {reason}.", name=path.name, reason=error.strerror or error)
    )


def refused_xml(name: str, error: Exception) -> ExchangeError:
    """Why an XML file is refused, whichever parser read it: a DTD or an entity
    (defusedxml's exceptions), else the parser's own word on where the XML is broken."""
    from defusedxml import DefusedXmlException

    if isinstance(error, DefusedXmlException):
        return ExchangeError(
            say(
                "“{name}” declares a DTD or entities ({kind}); such files are "
                "refused because they can attack the computer reading them.",
                name=name,
                kind=type(error).__name__,
            )
        )
    return ExchangeError(say("“{name}” is not valid XML: {error}.", name=name, error=error))


def check_xml(data: bytes, name: str) -> None:
    """Refuse a DTD (and so every entity); report where the XML is broken, if it is."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, iterparse

    try:
        for _event, _element in iterparse(io.BytesIO(data), events=("start",), forbid_dtd=True):
            return  # the root element started: no DTD came before it
    except (DefusedXmlException, ParseError) as error:
        raise refused_xml(name, error) from error
    raise ExchangeError(say("“{name}” is empty.", name=name))
