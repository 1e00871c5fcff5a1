from __future__ import annotations

import math
from dataclasses import dataclass, replace

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QColor, QImage

from walkplanner.core.demo import demo_walk
from walkplanner.core.mercator import TILE_SIZE, fit_view, world_pixel
from walkplanner.core.model import MeetingPoint, Route
from walkplanner.render.static_map import MAX_TILES, render_map, tile_zoom


def colour_of(x: int, y: int) -> QColor:
    return QColor((x * 67) % 256, (y * 131) % 256, 200)


@dataclass
class Result:
    data: bytes


class ColouredTiles:
    """Each tile a flat colour computed from its x and y, so placement can be checked."""

    def __init__(self) -> None:
        self.asked: list[tuple[int, int, int]] = []

    def tile(self, z: int, x: int, y: int) -> Result:
        self.asked.append((z, x, y))
        image = QImage(TILE_SIZE, TILE_SIZE, QImage.Format.Format_RGB32)
        image.fill(colour_of(x, y))
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        return Result(bytes(buffer.data()))


def test_tiles_land_where_the_route_is() -> None:
    # An empty route, so only the tiles are painted (plus the meeting pin far away).
    walk = replace(demo_walk(), route=Route(), meeting_point=MeetingPoint("M", 48.86, 2.33))
    tiles = ColouredTiles()
    image = render_map(walk, 800, 600, tiles, "credit")
    view = fit_view([(48.86, 2.33)], 800, 600, padding=24, padding_top=56)
    zoom = tile_zoom(view, 1.0)
    for lat, lon in [(48.8585, 2.3290), (48.8612, 2.3322)]:
        sx, sy = view.to_screen(lat, lon)
        if not (0 < sx < 800 and 0 < sy < 560):
            continue
        wx, wy = world_pixel(lat, lon, zoom)
        expected = colour_of(math.floor(wx / TILE_SIZE), math.floor(wy / TILE_SIZE))
        assert QColor(image.pixel(round(sx), round(sy))) == expected


def test_a_print_sized_map_asks_for_few_tiles() -> None:
    tiles = ColouredTiles()
    render_map(demo_walk(), 3508, 2480, tiles, "credit", scale=4.2)  # A4 landscape at 300 dpi
    assert 0 < len(tiles.asked) <= MAX_TILES


def test_without_tiles_the_walk_is_still_drawn() -> None:
    image = render_map(demo_walk(), 600, 400, None, "© OpenStreetMap contributors")
    route_blue = QColor("#1f5fbf")
    blues = sum(
        1
        for x in range(0, 600, 2)
        for y in range(0, 400, 2)
        if QColor(image.pixel(x, y)) == route_blue
    )
    assert blues > 50
