"""Import and export by file: the format from the name, atomic writes, one clear error."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from walkplanner.core.model import Walk
from walkplanner.exchange.safety import ExchangeError, read_limited
from walkplanner.text import say

IMPORTS = {".gpx": "gpx", ".geojson": "geojson", ".json": "geojson", ".kml": "kml"}
EXPORTS = {"gpx": ".gpx", "geojson": ".geojson", "kml": ".kml", "ics": ".ics"}


def import_walk(path: Path) -> Walk:
    kind = IMPORTS.get(path.suffix.lower())
    if kind is None:
        raise ExchangeError(
            say(
                "“{name}” is not a file Walk Planner imports ({kinds}).",
                name=path.name,
                kinds=", ".join(sorted(IMPORTS)),
            )
        )
    data = read_limited(path)
    if kind == "gpx":
        from walkplanner.exchange.gpx import read_gpx

        return read_gpx(data, path.name)
    if kind == "kml":
        from walkplanner.exchange.kml import read_kml

        return read_kml(data, path.name)
    from walkplanner.exchange.geojson import read_geojson

    return read_geojson(data, path.name)


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
    if not path.parent.is_dir():
        raise ExchangeError(
            say("The folder {folder} does not exist; choose another place.", folder=path.parent)
        )
    try:
        with tempfile.NamedTemporaryFile(
            dir=path.parent, prefix=".walkplanner-", delete=False
        ) as tmp:
            tmp.write(data)
            tmp.flush()
            os.fsync(tmp.fileno())
        os.replace(tmp.name, path)
    except OSError as error:
        Path(tmp.name).unlink(missing_ok=True)
        raise ExchangeError(
            say(
                "Cannot write {path}: {reason}. Nothing was written; "
                "free some space or choose another place.",
                path=path,
                reason=error.strerror,
            )
        ) from error
    return path
