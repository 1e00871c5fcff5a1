"""The frames of the story video: the invite as a short film in three acts.

1. the kicker, the title and the date rise in (ACT1_S);
2. the map: the route draws itself from the meeting point, the camera follows its head
   (smoothed over a second, so corners never jerk it), each stop comes up with its name
   and arrival time as the line reaches it, then the camera eases out to the whole walk;
3. the end card: where to meet, who is coming (the card's own words) and the QR code,
   still for the last ACT3_S seconds so a viewer can pause and scan it.

Everything costly is drawn once (the title and end cards, the map at ZOOM times the frame
size from at most MAX_TILES tiles); a frame is a crop of the map scaled to the frame, the
route and its markers as vectors, and two small text panels: a few milliseconds each.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen
from simplification.cutil import simplify_coords

from walkplanner.core.crowd import Participant, attendance
from walkplanner.core.mercator import View, fit_view
from walkplanner.core.model import Walk
from walkplanner.core.schedule import plan, to_minute
from walkplanner.core.wording import LANGUAGES, clock
from walkplanner.problem import Problem
from walkplanner.render import card_text as words
from walkplanner.render.drawable import ensure_drawable
from walkplanner.render.static_map import KIND_COLOURS, TileSource, draw_base, place_markers
from walkplanner.render.themes import THEMES
from walkplanner.render.video_cards import (
    Canvas,
    Caption,
    credit_box,
    end_card,
    stop_panel,
    title_card,
)

FPS = 30
SECONDS_RANGE = (12.0, 20.0)
VIDEO_SIZES = ("story", "square")
ACT1_S = 2.0
ACT3_S = 4.0
FADE_S = 0.3  # cross-fade into acts 2 and 3; the QR code is still after it
HOLD_S = 1.2  # at the end of act 2: the whole walk, zoomed out
ZOOM = 1.6  # the map is drawn this much larger than the frame; the camera starts there
MAX_TILES = 60
CAMERA_SMOOTHING_S = 1.0
POP_S = 0.3  # a stop's disc grows to its size as the line reaches it
LINE_TOLERANCE = 0.75  # map-image pixels: under half a frame pixel when zoomed in


Point = tuple[float, float]


class VideoError(Problem, ValueError):
    """A video option that cannot be used; the message names the choices."""


@dataclass(frozen=True)
class VideoOptions:
    size: str = "story"
    theme: str = "light"
    lang: str = "en"
    seconds: float = 15.0
    link: str | None = None  # None: the walk's link, else a map link to the meeting point

    def __post_init__(self) -> None:
        for value, choices, what in (
            (self.size, VIDEO_SIZES, "size"),
            (self.theme, THEMES, "theme"),
            (self.lang, LANGUAGES, "language"),
        ):
            if value not in choices:
                raise VideoError(f"Unknown {what} “{value}”; choose one of: {', '.join(choices)}.")
        low, high = SECONDS_RANGE
        if not (math.isfinite(self.seconds) and low <= self.seconds <= high):
            raise VideoError(
                f"A story video lasts {low:g} to {high:g} seconds, not {self.seconds}."
            )

    @property
    def frame_count(self) -> int:
        return round(self.seconds * FPS)


def ease(t: float) -> float:
    """Smoothstep: starts and ends at rest, so no move begins or stops with a jump."""
    t = min(1.0, max(0.0, t))
    return t * t * (3 - 2 * t)


class StoryFrames:
    """Draws frame `i` of the video on demand; built once per export (or preview)."""

    def __init__(
        self,
        walk: Walk,
        options: VideoOptions,
        tiles: TileSource | None,
        attribution: str,
        people: Sequence[Participant] = (),
    ) -> None:
        ensure_drawable(walk)
        self.walk, self.options, self.attribution = walk, options, attribution
        self.canvas = Canvas(options.size, THEMES[options.theme], options.lang)
        self.theme, self.safe = self.canvas.theme, self.canvas.safe
        self.width, self.height = self.canvas.width, self.canvas.height
        self.unit = self.width / 1080
        link = options.link or words.default_link(walk)
        self.schedule = plan(walk)
        self.count = options.frame_count
        title = title_card(self.canvas, walk)
        end = end_card(self.canvas, walk, attendance(walk, tuple(people)), link)
        self.title_card, self.end_card, self.qr_area = title.image, end.image, end.qr_area
        self.texts: list[Caption] = [*title.texts, *end.texts]  # for the safe-area check
        self.map, self.view = self._base_map(tiles)
        self._route_line()
        self._camera()
        self.stop_captions = [
            stop_panel(
                self.canvas,
                number,
                stop.name,
                clock(to_minute(timing.arrival).time(), options.lang),
            )
            for number, (stop, timing) in enumerate(
                zip(walk.stops, self.schedule.stops, strict=True)
            )
        ]
        self.texts += [caption for _panel, captions in self.stop_captions for caption in captions]
        self.credit = credit_box(self.canvas, attribution) if attribution else None
        self.arrivals = [  # the frame at which the line reaches each stop
            next(
                (i for i in range(self.count) if self.drawn(i) * self.run[-1] >= run - 0.5),
                self.count,
            )
            for run in self.stop_run
        ]

    def px(self, value: float) -> float:
        return value * self.unit

    def font(self, size: float, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
        return self.canvas.font(size, weight)

    # -- act 2: the map, drawn once, and the camera over it -------------------------------

    def _base_map(self, tiles: TileSource | None) -> tuple[QImage, View]:
        """The paper and tiles at ZOOM times the frame, the walk fitted inside the safe area
        (with room for markers), so the zoomed-out camera shows it all where text may go.
        A view pixel is a frame pixel: with at most MAX_TILES tiles, the whole walk is then
        drawn from tiles near their own size (enlarged ZOOM times when the camera is close)."""
        scale = ZOOM * self.unit
        width, height = round(self.width * ZOOM), round(self.height * ZOOM)
        points = [
            *self.walk.route.geometry(),
            (self.walk.meeting_point.lat, self.walk.meeting_point.lon),
        ]
        to_view = 1 / self.unit  # frame pixels to view pixels
        side, top, bottom = self.clear_margins()
        view = fit_view(
            points,
            width / scale,
            height / scale,
            padding=side * self.width * to_view,
            padding_top=top * self.height * to_view,
            padding_bottom=bottom * self.height * to_view,
        )
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.fill(QColor(self.theme.map_style.paper))
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.scale(scale, scale)
            draw_base(painter, view, tiles, scale, self.theme.map_style, MAX_TILES)
        finally:
            painter.end()
        self.map_scale = scale
        return image, view

    def _route_line(self) -> None:
        """The route in map-image pixels, with the distance run at each point; simplified to
        within LINE_TOLERANCE pixels, as a street-routed walk has thousands of points and a
        frame draws them all twice (30 ms a frame with 5,000 points, 3 ms once simplified)."""
        points = [(self.walk.meeting_point.lat, self.walk.meeting_point.lon)]
        geometry = self.walk.route.geometry()
        points = geometry or points
        line = [self._on_map(lat, lon) for lat, lon in points]
        if len(line) > 2:
            line = [(x, y) for x, y in simplify_coords(line, LINE_TOLERANCE)]
        self.line = line
        self.run = [0.0]
        for a, b in zip(self.line, self.line[1:], strict=False):
            self.run.append(self.run[-1] + math.dist(a, b))
        total_m = self.schedule.distance_km * 1000 or 1.0
        # Discs placed once on the whole map (nudged apart where stops are close), so they
        # neither overlap nor move between frames.
        self.stop_points = [self._on_map(stop.lat, stop.lon) for stop in self.walk.stops]
        self.markers = place_markers(self.stop_points, self.px(24) * ZOOM)
        self.stop_run = [
            self.run[-1] * min(1.0, timing.distance_from_start_m / total_m)
            for timing in self.schedule.stops
        ]

    def _on_map(self, lat: float, lon: float) -> tuple[float, float]:
        x, y = self.view.to_screen(lat, lon)
        return x * self.map_scale, y * self.map_scale

    def _point_at(self, distance: float) -> tuple[float, float]:
        if len(self.line) == 1 or self.run[-1] == 0:
            return self.line[0]
        index = min(len(self.run) - 1, max(1, bisect.bisect_left(self.run, distance)))
        a, b = self.line[index - 1], self.line[index]
        span = self.run[index] - self.run[index - 1] or 1.0
        t = min(1.0, max(0.0, (distance - self.run[index - 1]) / span))
        return a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t

    def act(self, index: int) -> int:
        seconds = index / FPS
        if seconds < ACT1_S:
            return 1
        return 3 if seconds >= self.options.seconds - ACT3_S else 2

    def drawn(self, index: int) -> float:
        """How much of the route is drawn at frame `index` (0 to 1)."""
        start, end = ACT1_S + FADE_S, self.options.seconds - ACT3_S - HOLD_S
        return ease((index / FPS - start) / (end - start))

    def clear_margins(self) -> tuple[float, float, float]:
        """(side, top, bottom) of the frame, as shares, where the route is not drawn: outside
        the safe area, under the credit and under the stop panel."""
        side = (self.safe.left() + self.px(30)) / self.width
        top = (self.safe.top() + self.px(70)) / self.height
        bottom = (self.height - self.safe.bottom() + self.px(200)) / self.height
        return side, top, bottom

    def _camera(self) -> None:
        """The crop of the map for each frame of act 2: on the route's head at ZOOM, but
        wide enough to keep all the route drawn so far clear of the panels (so the line only
        grows), averaged over CAMERA_SMOOTHING_S; then eased out to the whole map."""
        map_w, map_h = self.map.width(), self.map.height()
        side, top, bottom = self.clear_margins()
        raw: list[tuple[float, float, float]] = []  # centre x, centre y, width
        for i in range(self.count):
            reached = self.drawn(i) * self.run[-1]
            head = self._point_at(reached)
            drawn = [p for p, run in zip(self.line, self.run, strict=True) if run <= reached]
            xs, ys = [x for x, _y in [*drawn, head]], [y for _x, y in [*drawn, head]]
            width = max(
                map_w / ZOOM,
                (max(xs) - min(xs)) / (1 - 2 * side),
                (max(ys) - min(ys)) / (1 - top - bottom) * map_w / map_h,
            )
            width = min(map_w, width)
            height = width * map_h / map_w
            low_x, high_x = max(xs) - width * (1 - side), min(xs) - width * side
            low_y, high_y = max(ys) - height * (1 - bottom), min(ys) - height * top
            left = min(max(head[0] - width / 2, low_x), high_x)
            top_y = min(max(head[1] - height / 2, low_y), high_y)
            raw.append((left + width / 2, top_y + height / 2, width))
        reach = round(CAMERA_SMOOTHING_S * FPS / 2)
        zoom_out_start = self.options.seconds - ACT3_S - HOLD_S
        self.crops: list[QRectF] = []
        for i in range(self.count):
            near = raw[max(0, i - reach) : i + reach + 1]
            cx, cy, width = (sum(values) / len(near) for values in zip(*near, strict=True))
            out = ease((i / FPS - zoom_out_start) / (HOLD_S * 0.7))
            width += (map_w - width) * out
            cx += (map_w / 2 - cx) * out
            cy += (map_h / 2 - cy) * out
            height = width * map_h / map_w
            left = min(max(0.0, cx - width / 2), map_w - width)
            top_y = min(max(0.0, cy - height / 2), map_h - height)
            self.crops.append(QRectF(left, top_y, width, height))

    # -- frames ----------------------------------------------------------------------------

    def frame(self, index: int) -> QImage:
        """Frame `index` (0 to count - 1), 1080 pixels wide, opaque."""
        act = self.act(index)
        if act == 1:
            return self._title_frame(index / FPS)
        if act == 2:
            image = self._map_frame(index)
            fade = (index / FPS - ACT1_S) / FADE_S
            return self._blend(self.title_card, image, fade) if fade < 1 else image
        fade = (index / FPS - (self.options.seconds - ACT3_S)) / FADE_S
        if fade >= 1:
            return self.end_card
        return self._blend(self._map_frame(index), self.end_card, fade)

    def _blend(self, under: QImage, over: QImage, opacity: float) -> QImage:
        image = under.copy()
        painter = QPainter(image)
        try:
            painter.setOpacity(ease(opacity))
            painter.drawImage(0, 0, over)
        finally:
            painter.end()
        return image

    def _title_frame(self, seconds: float) -> QImage:
        rise = ease(seconds / 0.7)
        image = self.canvas.blank()
        painter = QPainter(image)
        try:
            painter.setOpacity(rise)
            painter.drawImage(QPointF(0, self.px(60) * (1 - rise)), self.title_card)
        finally:
            painter.end()
        return image

    def _map_frame(self, index: int) -> QImage:
        crop = self.crops[min(index, self.count - 1)]
        image = QImage(self.width, self.height, QImage.Format.Format_RGB32)
        painter = QPainter(image)
        try:
            painter.drawImage(QRectF(0, 0, self.width, self.height), self.map, crop)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            factor = self.width / crop.width()

            def to_frame(point: tuple[float, float]) -> QPointF:
                return QPointF((point[0] - crop.left()) * factor, (point[1] - crop.top()) * factor)

            self._draw_route(painter, index, to_frame)
            self._draw_panels(painter, index)
        finally:
            painter.end()
        return image

    def _draw_route(
        self, painter: QPainter, index: int, to_frame: Callable[[Point], QPointF]
    ) -> None:
        reached = self.drawn(index) * self.run[-1]
        path = QPainterPath(to_frame(self.line[0]))
        for point, run in zip(self.line[1:], self.run[1:], strict=True):
            if run > reached:
                path.lineTo(to_frame(self._point_at(reached)))
                break
            path.lineTo(to_frame(point))
        style = self.theme.map_style
        for colour, width in ((style.casing, 18.0), (style.route, 10.0)):
            pen = QPen(QColor(colour), self.px(width))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.drawPath(path)
        meeting = to_frame(self._on_map(self.walk.meeting_point.lat, self.walk.meeting_point.lon))
        painter.setPen(QPen(QColor("#ffffff"), self.px(5)))
        painter.setBrush(QColor(style.meeting))
        painter.drawEllipse(meeting, self.px(20), self.px(20))
        painter.setFont(self.font(22, QFont.Weight.Bold))
        radius = self.px(22)
        for number, (stop, run) in enumerate(zip(self.walk.stops, self.stop_run, strict=True)):
            if run > reached + 0.5:
                break
            colour = QColor(KIND_COLOURS[stop.kind])
            point, centre = to_frame(self.stop_points[number]), to_frame(self.markers[number])
            if point != centre:  # a nudged disc: a leader from the stop's true place
                painter.setPen(QPen(colour, self.px(4)))
                painter.drawLine(point, centre)
            grown = ease((index - self.arrivals[number]) / (POP_S * FPS))
            painter.save()
            painter.translate(centre)
            painter.scale(0.4 + 0.6 * grown, 0.4 + 0.6 * grown)  # the disc pops up
            painter.setBrush(colour)
            painter.setPen(QPen(QColor("#ffffff"), self.px(4)))
            painter.drawEllipse(QPointF(0, 0), radius, radius)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(
                QRectF(-radius, -radius, 2 * radius, 2 * radius),
                Qt.AlignmentFlag.AlignCenter,
                str(number + 1),
            )
            painter.restore()

    def _draw_panels(self, painter: QPainter, index: int) -> None:
        """The latest stop reached, and the map's credit, inside the safe area."""
        reached = self.drawn(index) * self.run[-1]
        latest = sum(1 for run in self.stop_run if run <= reached + 0.5) - 1
        background = QColor(self.theme.background)
        if latest >= 0:
            panel, captions = self.stop_captions[latest]
            painter.setPen(Qt.PenStyle.NoPen)
            background.setAlpha(235)
            painter.setBrush(background)
            painter.drawRoundedRect(panel, self.px(28), self.px(28))
            for caption in captions:
                caption.draw(painter)
        if self.credit is not None:
            text, box = self.credit
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(255, 255, 255, 225))
            painter.drawRoundedRect(box, self.px(6), self.px(6))
            painter.setFont(self.font(18))
            painter.setPen(QColor("#222222"))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
