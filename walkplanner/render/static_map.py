"""A still map of a walk, drawn with QPainter over cached tiles (for cards and handouts).

It asks the same tile service as the map view, so the same cache and usage policy
apply, and never more than MAX_TILES tiles: a print at 300 dpi uses fewer, larger-drawn
tiles rather than thousands of small ones. With tiles missing (offline, empty cache, or a
server too slow for the map's time budget) the map is a quiet paper background and the
walk stays clear on it.
"""

from __future__ import annotations

import math
import time
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen

from walkplanner.core.mercator import TILE_SIZE, View, fit_view
from walkplanner.core.model import LatLon, StopKind, Walk
from walkplanner.render import fonts
from walkplanner.render.drawable import ensure_drawable
from walkplanner.tiles.raster import tile_format

MAX_TILES = 40
MAX_TILE_ZOOM = 19
MARKER_RADIUS = 13.0  # a stop's disc, in map pixels before `scale`
MARKER_OUTLINE = 3.0
TILES_BUDGET_S = 12.0  # after this, tiles not yet asked for are left as paper

KIND_COLOURS = {
    StopKind.START: "#1b7f3b",
    StopKind.WAYPOINT: "#1f5fbf",
    StopKind.CAFE: "#8a4b08",
    StopKind.VIEWPOINT: "#5b2a86",
    StopKind.TOILETS: "#0e6e7a",
    StopKind.END: "#8a1c1c",
}


Point = tuple[float, float]


class TileSource(Protocol):
    def tile(self, z: int, x: int, y: int) -> object: ...


@dataclass(frozen=True)
class MapStyle:
    paper: str = "#efece4"
    paper_lines: str = "#e2ded3"
    route: str = "#1f5fbf"
    casing: str = "#ffffff"
    meeting: str = "#d6336c"


def render_map(
    walk: Walk,
    width: int,
    height: int,
    tiles: TileSource | None,
    attribution: str,
    *,
    scale: float = 1.0,
    style: MapStyle = MapStyle(),
    focus: LatLon | None = None,
) -> QImage:
    """The walk on a map, `width` x `height` pixels; `scale` sizes lines and labels.

    With `focus`, the map is centred on that point at street level instead of fitting
    the whole walk (the meeting-point inset of the handout). RenderError for a walk with
    a position that is not finite or off the globe.
    """
    ensure_drawable(walk)
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(style.paper))
    view = map_view(walk, width, height, scale, focus)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.scale(scale, scale)
        draw_base(painter, view, tiles, scale, style)
        _draw_route(painter, view, walk, style)
        _draw_meeting_point(painter, view, walk, style)
        _draw_stops(painter, view, walk)
        _draw_attribution(painter, view, attribution)
    finally:
        painter.end()  # a painter left active on a dying image crashes Qt
    return image


def map_view(
    walk: Walk, width: int, height: int, scale: float = 1.0, focus: LatLon | None = None
) -> View:
    """The view `render_map` draws, in unscaled pixels (markers are placed in them)."""
    meeting = (walk.meeting_point.lat, walk.meeting_point.lon)
    points = [focus] if focus else [*walk.route.geometry(), meeting]
    # Room for the stop discs all round, the meeting pin above and the credit below.
    return fit_view(
        points, width / scale, height / scale, padding=24, padding_top=56, padding_bottom=40
    )


def draw_base(
    painter: QPainter,
    view: View,
    tiles: TileSource | None,
    scale: float,
    style: MapStyle,
    max_tiles: int = MAX_TILES,
) -> None:
    """The paper and the tiles under a walk (the story video draws the walk over it per frame)."""
    _draw_paper_grid(painter, view, style)
    if tiles is not None:
        _draw_tiles(painter, view, tiles, scale, max_tiles)


def tile_zoom(view: View, scale: float, max_tiles: int = MAX_TILES) -> int:
    """The tile zoom for crisp drawing at `scale`, lowered until the tile budget holds."""
    zoom = min(MAX_TILE_ZOOM, math.ceil(view.zoom + math.log2(max(scale, 1.0)) - 0.25))
    while zoom > 0 and _tile_count(view, zoom) > max_tiles:
        zoom -= 1
    return max(0, zoom)


def _deepest_zoom(tiles: TileSource) -> int:
    """How deep the source's tiles go: an offline pack often stops at 13 or 14, and the
    card of a city walk (zoom 14 to 17) was blank paper; its deepest tiles are drawn
    enlarged instead, as the map shows them."""
    provider = getattr(tiles, "provider", None)  # a pack's or a provider's, if known
    return getattr(provider, "max_zoom", MAX_TILE_ZOOM)


def _tile_count(view: View, zoom: int) -> int:
    factor = 2 ** (zoom - view.zoom)
    columns = (
        math.floor((view.left + view.width) * factor / TILE_SIZE)
        - math.floor(view.left * factor / TILE_SIZE)
        + 1
    )
    rows = (
        math.floor((view.top + view.height) * factor / TILE_SIZE)
        - math.floor(view.top * factor / TILE_SIZE)
        + 1
    )
    return columns * rows


def _draw_tiles(
    painter: QPainter, view: View, tiles: TileSource, scale: float, max_tiles: int
) -> None:
    zoom = min(tile_zoom(view, scale, max_tiles), _deepest_zoom(tiles))
    factor = 2 ** (zoom - view.zoom)  # tile-zoom pixels per view pixel
    size = TILE_SIZE / factor
    first_x, first_y = (
        math.floor(view.left * factor / TILE_SIZE),
        math.floor(view.top * factor / TILE_SIZE),
    )
    last_x = math.floor((view.left + view.width) * factor / TILE_SIZE)
    last_y = math.floor((view.top + view.height) * factor / TILE_SIZE)
    budget_ends = time.monotonic() + TILES_BUDGET_S
    for ty in range(max(0, first_y), min(2**zoom - 1, last_y) + 1):
        for tx in range(first_x, last_x + 1):
            if time.monotonic() > budget_ends:
                return
            result = tiles.tile(zoom, tx % 2**zoom, ty)
            data = getattr(result, "data", None)
            # Decoded only when it is a tile: a 4096-pixel "tile" from a pack is not one.
            image = (
                QImage.fromData(data) if isinstance(data, bytes) and tile_format(data) else QImage()
            )
            if image.isNull():
                continue
            target = QRectF(tx * size - view.left, ty * size - view.top, size, size)
            painter.drawImage(target, image)


def _draw_paper_grid(painter: QPainter, view: View, style: MapStyle) -> None:
    painter.setPen(QPen(QColor(style.paper_lines), 1))
    step = 64.0
    x = -(view.left % step)
    while x < view.width:
        painter.drawLine(QPointF(x, 0), QPointF(x, view.height))
        x += step
    y = -(view.top % step)
    while y < view.height:
        painter.drawLine(QPointF(0, y), QPointF(view.width, y))
        y += step


def _draw_route(painter: QPainter, view: View, walk: Walk, style: MapStyle) -> None:
    path = QPainterPath()
    for leg in walk.legs:
        for index, (lat, lon) in enumerate(leg.points):
            x, y = view.to_screen(lat, lon)
            if index == 0 and path.isEmpty():
                path.moveTo(x, y)
            else:
                path.lineTo(x, y)
    if path.isEmpty():
        return
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for colour, width in ((style.casing, 9.0), (style.route, 5.0)):
        pen = QPen(QColor(colour), width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.drawPath(path)


def place_markers(points: Sequence[Point], radius: float = MARKER_RADIUS) -> list[Point]:
    """Where each stop's disc goes: on its point, unless it would cover a disc placed before
    it; then nudged aside (stops 100 m apart overlap on a city-wide map) to the nearest free
    spot, tried first away from the disc it would cover."""
    discs = _Discs(2 * (radius + MARKER_OUTLINE / 2))
    placed: list[Point] = []
    for point in points:
        spot = point
        if discs.covered(point):
            spot = next((c for c in discs.spots_around(point) if not discs.covered(c)), point)
        discs.add(spot)
        placed.append(spot)
    return placed


class _Discs:
    """The discs placed so far, filed in a grid of cells one disc across: a disc can only
    cover one in the cells around it, so a walk of 5,000 stops (a GPX of waypoints) is
    placed in linear time instead of comparing every disc with every other."""

    def __init__(self, apart: float) -> None:
        self.apart = apart
        self._cells: dict[tuple[int, int], list[Point]] = defaultdict(list)

    def add(self, point: Point) -> None:
        self._cells[self._cell(point)].append(point)

    def covered(self, point: Point) -> bool:
        return any(math.dist(point, other) < self.apart for other in self._near(point))

    def spots_around(self, point: Point) -> Iterator[Point]:
        x, y = point
        nearest = min(self._near(point), key=lambda other: math.dist(point, other), default=point)
        away = math.atan2(y - nearest[1], x - nearest[0]) if nearest != point else 0.0
        for reach in (1.15, 1.6, 2.2, 3.0, 4.0, 5.5, 7.5):
            for turn in (0, 30, -30, 60, -60, 90, -90, 135, -135, 180):
                angle = away + math.radians(turn)
                yield (
                    x + reach * self.apart * math.cos(angle),
                    y + reach * self.apart * math.sin(angle),
                )

    def _cell(self, point: Point) -> tuple[int, int]:
        return math.floor(point[0] / self.apart), math.floor(point[1] / self.apart)

    def _near(self, point: Point) -> Iterator[Point]:
        column, row = self._cell(point)
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                yield from self._cells.get((column + dx, row + dy), ())


def _draw_stops(painter: QPainter, view: View, walk: Walk) -> None:
    radius = MARKER_RADIUS
    points = [view.to_screen(stop.lat, stop.lon) for stop in walk.stops]
    markers = place_markers(points, radius)
    colours = [QColor(KIND_COLOURS[stop.kind]) for stop in walk.stops]
    # Leaders first, from a nudged disc's true point, so no line crosses a disc.
    for colour, point, marker in zip(colours, points, markers, strict=True):
        if point != marker:
            painter.setPen(QPen(colour, 2))
            painter.drawLine(QPointF(*point), QPointF(*marker))
            painter.setPen(QPen(QColor("#ffffff"), 1.5))
            painter.setBrush(colour)
            painter.drawEllipse(QPointF(*point), 3.5, 3.5)
    painter.setFont(fonts.font(13, QFont.Weight.Bold))
    for number, (colour, (x, y)) in enumerate(zip(colours, markers, strict=True), 1):
        painter.setPen(QPen(QColor("#ffffff"), MARKER_OUTLINE))
        painter.setBrush(colour)
        painter.drawEllipse(QPointF(x, y), radius, radius)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(
            QRectF(x - radius, y - radius, 2 * radius, 2 * radius),
            Qt.AlignmentFlag.AlignCenter,
            str(number),
        )


def _draw_meeting_point(painter: QPainter, view: View, walk: Walk, style: MapStyle) -> None:
    """A pin whose tip is on the meeting point, drawn under the stops."""
    x, y = view.to_screen(walk.meeting_point.lat, walk.meeting_point.lon)
    pin = QPainterPath()
    pin.moveTo(x, y)
    pin.cubicTo(x - 6, y - 12, x - 15, y - 20, x - 15, y - 31)
    pin.arcTo(QRectF(x - 15, y - 46, 30, 30), 180, -180)
    pin.cubicTo(x + 15, y - 20, x + 6, y - 12, x, y)
    painter.setPen(QPen(QColor("#ffffff"), 3))
    painter.setBrush(QColor(style.meeting))
    painter.drawPath(pin)
    painter.setBrush(QColor("#ffffff"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(QPointF(x, y - 31), 5.5, 5.5)


def _draw_attribution(painter: QPainter, view: View, attribution: str) -> None:
    """The credit in a small label, inset so a rounded frame around the map never cuts it."""
    inset = 10.0
    painter.setFont(fonts.font(11))
    metrics = painter.fontMetrics()
    width, height = metrics.horizontalAdvance(attribution) + 12, metrics.height() + 4
    box = QRectF(view.width - width - inset, view.height - height - inset, width, height)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(255, 255, 255, 225))
    painter.drawRoundedRect(box, 4, 4)
    painter.setPen(QColor("#222222"))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, attribution)
