"""The one place that knows where files shipped with the app live.

Three layouts: the source tree (resources/ beside the package), an installed wheel
(walkplanner/_resources, see pyproject's force-include) and a PyInstaller bundle
(sys._MEIPASS/resources).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    package = Path(__file__).resolve().parent
    candidates = [package / "_resources", package.parent / "resources"]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.insert(0, Path(frozen) / "resources")
    for candidate in candidates:
        if (candidate / "web").is_dir():
            return candidate
    raise FileNotFoundError("Walk Planner's resources folder is missing; reinstall the app.")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


@cache
def leaflet_dir() -> Path:
    """Leaflet's dist folder, from the xstatic-leaflet package (never a CDN)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "leaflet"
    import xstatic.pkg.leaflet

    return Path(xstatic.pkg.leaflet.BASE_DIR)
