"""Web Mercator (the tile grid of OpenStreetMap): positions to pixels, and a view that fits.

Pixel coordinates are "world pixels" at a zoom: the world is 256 * 2**zoom pixels wide.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from walkplanner.core.model import LatLon

TILE_SIZE = 256
MAX_LATITUDE = 85.05112878


def world_pixel(lat: float, lon: float, zoom: float) -> tuple[float, float]:
    lat = max(-MAX_LATITUDE, min(MAX_LATITUDE, lat))
    scale = TILE_SIZE * 2**zoom
    x = (lon + 180.0) / 360.0 * scale
    sin = math.sin(math.radians(lat))
    y = (0.5 - math.log((1 + sin) / (1 - sin)) / (4 * math.pi)) * scale
    return x, y


@dataclass(frozen=True)
class View:
    """A map view: its zoom and the world pixel at its top-left corner."""

    zoom: float
    left: float
    top: float
    width: float
    height: float

    def to_screen(self, lat: float, lon: float) -> tuple[float, float]:
        x, y = world_pixel(lat, lon, self.zoom)
        return x - self.left, y - self.top


def fit_view(
    points: Iterable[LatLon],
    width: float,
    height: float,
    *,
    padding: float,
    padding_top: float | None = None,
    padding_bottom: float | None = None,
    max_zoom: float = 17.0,
    min_zoom: float = 2.0,
) -> View:
    """The closest view (in quarter zoom steps) that shows every point inside the padding.

    `padding_top` leaves extra room above, for markers drawn upwards from their point, and
    `padding_bottom` room below, for a credit line.
    """
    points = list(points) or [(48.8566, 2.3522)]
    top = padding if padding_top is None else padding_top
    bottom = padding if padding_bottom is None else padding_bottom
    inner_w, inner_h = max(1.0, width - 2 * padding), max(1.0, height - bottom - top)
    zoom = max_zoom
    while zoom > min_zoom:
        xs, ys = zip(*(world_pixel(lat, lon, zoom) for lat, lon in points), strict=True)
        if max(xs) - min(xs) <= inner_w and max(ys) - min(ys) <= inner_h:
            break
        zoom -= 0.25
    xs, ys = zip(*(world_pixel(lat, lon, zoom) for lat, lon in points), strict=True)
    centre_x, centre_y = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    # Centre the points between the top and the bottom paddings.
    left = centre_x - width / 2
    return View(zoom, left, centre_y - top - inner_h / 2, width, height)
