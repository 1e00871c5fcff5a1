"""The invite card: the first thing strangers see of a walk, sized for stories, posts and print.

Layout, top to bottom: a kicker, the title (wrapped, shrunk to fit), when, the map, then
two columns: where to meet, the stops with their times, distance and places on the
left; the QR code, its link and the organiser on the right. Every text block is measured
before it is placed, so nothing is clipped or drawn over anything else.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath

from walkplanner.core.crowd import Attendance, Participant, attendance
from walkplanner.core.model import Walk
from walkplanner.core.schedule import plan, to_minute
from walkplanner.core.wording import LANGUAGES, clock, when
from walkplanner.render import card_text as words
from walkplanner.render import fonts
from walkplanner.render.drawable import ensure_drawable
from walkplanner.render.qr import draw_qr
from walkplanner.render.static_map import TileSource, render_map
from walkplanner.render.text_layout import Drawable, StopRows, block, breakable_url, fitted
from walkplanner.render.themes import THEMES, Theme

SIZES: dict[str, tuple[int, int]] = {
    "story": (1080, 1920),
    "post": (1080, 1350),
    "square": (1080, 1080),
    "a6": (1240, 1748),  # A6 at 300 dpi
}


class CardError(ValueError):
    """A card option that cannot be used; the message names the choices."""


@dataclass(frozen=True)
class CardOptions:
    size: str = "post"
    theme: str = "light"
    lang: str = "en"
    link: str | None = None  # None: the walk's link, else a map link to the meeting point

    def __post_init__(self) -> None:
        for value, choices, what in (
            (self.size, SIZES, "size"),
            (self.theme, THEMES, "theme"),
            (self.lang, LANGUAGES, "language"),
        ):
            if value not in choices:
                raise CardError(f"Unknown {what} “{value}”; choose one of: {', '.join(choices)}.")


def render_card(
    walk: Walk,
    options: CardOptions,
    tiles: TileSource | None,
    attribution: str,
    people: Sequence[Participant] = (),
) -> QImage:
    """`people` is the sign-up list: the card says how many are coming from it and the
    walk's own numbers (expected, capacity), never from one alone. RenderError for a walk
    with a position that is not finite or off the globe."""
    ensure_drawable(walk)
    width, height = SIZES[options.size]
    theme = THEMES[options.theme]
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(theme.background))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        coming = attendance(walk, tuple(people))
        _Layout(painter, walk, coming, options, theme, width, height).draw(tiles, attribution)
    finally:
        painter.end()
    return image


class _Layout:
    def __init__(
        self,
        painter: QPainter,
        walk: Walk,
        coming: Attendance,
        options: CardOptions,
        theme: Theme,
        width: int,
        height: int,
    ) -> None:
        self.painter = painter
        self.walk = walk
        self.lang = options.lang
        self.link = options.link or words.default_link(walk)
        self.theme = theme
        self.width, self.height = width, height
        self.unit = width / 1080  # sizes below are designed for a 1080-pixel-wide card
        self.margin = 70 * self.unit
        self.gap = 28 * self.unit
        self.schedule = plan(walk)
        self.coming = coming

    def px(self, value: float) -> float:
        return value * self.unit

    def draw(self, tiles: TileSource | None, attribution: str) -> None:
        inner = self.width - 2 * self.margin
        top = self.margin
        kicker = block(words.word(self.lang, "kicker"), self._font(26, QFont.Weight.Bold), inner, 1)
        top = kicker.draw(self.painter, self.margin, top, self.theme.accent) + self.px(10)
        aspect = self.height / self.width
        title = fitted(
            self.walk.title,
            lambda size: self._font(size, QFont.Weight.ExtraBold),
            inner,
            4 if aspect > 1.5 else 3 if aspect > 1.1 else 2,
            self.px(92 if aspect > 1.1 else 76),
            self.px(48),
        )
        top = title.draw(self.painter, self.margin, top, self.theme.text) + self.px(6)
        moment = when(self.walk.date, self.walk.start_time, self.lang)
        date_line = block(moment, self._font(42, QFont.Weight.Bold), inner, 2)
        top = date_line.draw(self.painter, self.margin, top, self.theme.accent) + self.gap

        bottom_height, stop_rows = self._bottom_plan(inner, self.height - top - self.margin)
        map_height = self.height - self.margin - bottom_height - self.gap - top
        self._draw_map(QRectF(self.margin, top, inner, map_height), tiles, attribution)
        self._draw_bottom(top + map_height + self.gap, inner, stop_rows)

    # --- the bottom block -----------------------------------------------------------

    def _qr_size(self) -> float:
        return self.px(236) if self.height / self.width > 1.1 else self.px(190)

    def _left_blocks(self, width: float, stop_rows: int) -> list[tuple[Drawable, str, float]]:
        """(block, colour, space after) for the left column, top to bottom."""
        meeting = self.walk.meeting_point
        items: list[tuple[Drawable, str, float]] = [
            (
                block(words.word(self.lang, "meet"), self._font(24, QFont.Weight.Bold), width, 1),
                self.theme.muted,
                self.px(2),
            ),
            (
                block(meeting.name, self._font(36, QFont.Weight.Bold), width, 2),
                self.theme.text,
                self.px(4),
            ),
        ]
        if meeting.note:
            items.append(
                (block(meeting.note, self._font(26), width, 3), self.theme.muted, self.px(14))
            )
        items += self._stop_blocks(width, stop_rows)
        facts = " · ".join(
            (
                words.distance(self.schedule, self.lang),
                words.duration(self.schedule.duration),
            )
        )
        bold = self._font(30, QFont.Weight.Bold)
        items.append((block(facts, bold, width, 1), self.theme.text, self.px(4)))
        coming = words.who_is_coming(self.coming, self.lang)
        items.append((block(coming, bold, width, 2), self.theme.text, self.px(8)))
        if crowd := words.groups_line(self.walk, self.coming, self.lang):
            items.append(
                (
                    block(crowd, self._font(24, QFont.Weight.Bold), width, 2),
                    self.theme.accent,
                    self.px(6),
                )
            )
        who = words.organiser(self.walk, self.lang)
        if who:
            items.append((block(who, self._font(24), width, 2), self.theme.muted, 0))
        return items

    def _stop_blocks(self, width: float, rows: int) -> list[tuple[Drawable, str, float]]:
        stops = list(zip(self.walk.stops, self.schedule.stops, strict=True))
        if rows < min(2, len(stops)) or not stops:  # a lone “+N more” says too little
            return []
        shown = stops if len(stops) <= rows else stops[: rows - 1]
        times = [clock(to_minute(timing.arrival).time(), self.lang) for _stop, timing in shown]
        more = (
            words.word(self.lang, "more", n=len(stops) - len(shown))
            if len(shown) < len(stops)
            else ""
        )
        table = StopRows(self._font(27), times, [stop.name for stop, _ in shown], more, width)
        return [(table, self.theme.text, self.px(14))]

    def _right_blocks(self, width: float) -> list[tuple[Drawable, str, float]]:
        link = block(breakable_url(words.printed_link(self.link)), self._font(17), width, 4)
        return [(link, self.theme.muted, 0)]

    def _bottom_plan(self, inner: float, available: float) -> tuple[float, int]:
        """The bottom block's height and how many stop rows it shows, leaving the map its share."""
        min_map = max(
            self.px(230), (0.25 if self.height > 1.1 * self.width else 0.21) * self.height
        )
        left_width = inner - self._qr_size() - self.gap
        right = self._qr_size() + self.px(12) + _height(self._right_blocks(self._qr_size()))
        rows = len(self.walk.stops) + 1
        while True:
            rows -= 1
            left = _height(self._left_blocks(left_width, rows))
            needed = max(left, right)
            if available - needed - self.gap >= min_map or rows <= 0:
                return needed, rows

    def _draw_bottom(self, top: float, inner: float, stop_rows: int) -> None:
        qr_size = self._qr_size()
        left_width = inner - qr_size - self.gap
        y = top
        for item, colour, after in self._left_blocks(left_width, stop_rows):
            y = item.draw(self.painter, self.margin, y, colour) + after
        qr_left = self.margin + inner - qr_size
        self._draw_qr(QRectF(qr_left, top, qr_size, qr_size))
        y = top + qr_size + self.px(12)
        for item, colour, after in self._right_blocks(qr_size):
            y = (
                item.draw(self.painter, qr_left, y, colour, Qt.AlignmentFlag.AlignHCenter, qr_size)
                + after
            )

    # --- map and QR -----------------------------------------------------------------

    def _draw_map(self, area: QRectF, tiles: TileSource | None, attribution: str) -> None:
        scale = max(1.0, self.unit * 1.25)
        image = render_map(
            self.walk,
            round(area.width()),
            round(area.height()),
            tiles,
            attribution,
            scale=scale,
            style=self.theme.map_style,
        )
        clip = QPainterPath()
        clip.addRoundedRect(area, self.px(28), self.px(28))
        self.painter.save()
        self.painter.setClipPath(clip)
        self.painter.drawImage(area.topLeft(), image)
        self.painter.restore()

    def _draw_qr(self, area: QRectF) -> None:
        draw_qr(self.painter, area, self.link, self.px(16))

    def _font(self, size: float, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
        return fonts.font(self.px(size), weight)


def _height(items: list[tuple[Drawable, str, float]]) -> float:
    return sum(item.height + after for item, _colour, after in items)
