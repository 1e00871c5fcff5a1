"""Import and export by file: the format from the name, atomic writes, one clear error."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from walkplanner import process
from walkplanner.core.model import Walk
from walkplanner.core.validation import problems
from walkplanner.exchange.safety import ExchangeError, read_limited
from walkplanner.text import joined, say

IMPORTS = {".gpx": "gpx", ".geojson": "geojson", ".json": "geojson", ".kml": "kml"}
EXPORTS = {"gpx": ".gpx", "geojson": ".geojson", "kml": ".kml", "ics": ".ics"}


def import_walk(path: Path) -> Walk:
    """A walk from a GPX, KML or GeoJSON file, whole and valid, or an ExchangeError."""
    kind = IMPORTS.get(path.suffix.lower())
    if kind is None:
        raise ExchangeError(
            say(
                "“{name}” is not a file Walk Planner imports ({kinds}).",
                name=path.name,
                kinds=", ".join(sorted(IMPORTS)),
            )
        )
    data = read_limited(path)  # refused before any reader loads when it is no file or too big
    if kind == "gpx":
        from walkplanner.exchange.gpx import read_gpx as read
    elif kind == "kml":
        from walkplanner.exchange.kml import read_kml as read
    else:
        from walkplanner.exchange.geojson import read_geojson as read
    with process.collector_paused():  # no cycles made, 100,000 tuples
        walk = read(data, path.name)
    del data  # the file's bytes (50 MB at most) go before the walk is measured for its checks
    # The ranges of what the file says (details, stops); every track and via point was
    # checked as it was read (shape.build_walk, values.point), naming the file's point.
    found = problems(walk, leg_points=False)
    if found:
        raise ExchangeError(say("“{name}”: {error}", name=path.name, error=joined(found)))
    return walk


def export_walk(walk: Walk, kind: str, path: Path, link: str = "") -> Path:
    if kind == "gpx":
        from walkplanner.exchange.gpx import write_gpx

        data = write_gpx(walk).encode("utf-8")
    elif kind == "geojson":
        from walkplanner.exchange.geojson import write_geojson

        data = write_geojson(walk).encode("utf-8")
    elif kind == "kml":
        from walkplanner.exchange.kml import write_kml

        data = write_kml(walk)
    elif kind == "ics":
        from walkplanner.exchange.ics import write_ics

        data = write_ics(walk, link)
    else:
        raise ExchangeError(f"Unknown export format “{kind}”; choose one of: {', '.join(EXPORTS)}.")
    return write_atomically(path, data)


def write_atomically(path: Path, data: bytes) -> Path:
    """A temporary file beside the target, then a rename: never a half-written file."""
    if path.is_dir():
        raise ExchangeError(say("{path} is a folder; choose a file name.", path=path))
    if not path.parent.is_dir():
        raise ExchangeError(
            say("The folder {folder} does not exist; choose another place.", folder=path.parent)
        )
    temporary: Path | None = None
    try:
        with tempfile.NamedTemporaryFile(
            dir=path.parent, prefix=".walkplanner-", delete=False
        ) as tmp:
            temporary = Path(tmp.name)
            tmp.write(data)
            tmp.flush()
            os.fsync(tmp.fileno())
        os.replace(temporary, path)
    except OSError as error:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
        raise ExchangeError(
            say(
                "Cannot write {path}: {reason}. Nothing was written; "
                "free some space or choose another place.",
                path=path,
                reason=error.strerror or str(error),
            )
        ) from error
    return path
