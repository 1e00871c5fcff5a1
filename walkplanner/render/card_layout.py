"""Where everything on an invite card goes, decided before anything is drawn.

Top to bottom: a kicker, the title (wrapped, shrunk to fit), when, the map, then two
columns: where to meet, the stops with their times, distance and places on the left; the
QR code and what it opens on the right. The stops go under the meeting point when the map
keeps its share of the card; else beside the map; only then are some left out ("+2 more").
Text and the QR code stay inside the size's safe area (a story's top and bottom are under
Instagram's and TikTok's profile bar and reply box); the background fills the rest.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont

from walkplanner.catalogue import spoken
from walkplanner.core.crowd import Attendance
from walkplanner.core.model import Walk
from walkplanner.core.schedule import plan, to_minute
from walkplanner.core.wording import clock, when
from walkplanner.render import card_text as words
from walkplanner.render import fonts
from walkplanner.render.text_layout import Drawable, StopRows, block, fitted
from walkplanner.render.themes import Theme

SIZES: dict[str, tuple[int, int]] = {
    "story": (1080, 1920),
    "post": (1080, 1350),
    "square": (1080, 1080),
    "a6": (1240, 1748),  # A6 at 300 dpi
}
# (left, top, right, bottom) pixels kept clear of text and QR code; story apps draw their
# profile bar over the top 14 %, their reply box over the bottom 20 % and buttons on the right.
SAFE_INSETS: dict[str, tuple[float, float, float, float]] = {
    "story": (108, 269, 108, 384),
}
MAP_SHARE = 0.2  # the map's least height, as a share of the safe area's
STOP_ROW_PX = 27  # the stop table's type size, at the reference width
STOPS_BESIDE_SHARE = 0.45  # the most of the width stops beside the map may take


@dataclass(frozen=True)
class Placed:
    """A text block and the box it is drawn in (centred in it, or from its left)."""

    item: Drawable
    colour: str
    box: QRectF
    centred: bool = False


@dataclass(frozen=True)
class CardPlan:
    """Every text block, the map and the QR code, in card pixels."""

    width: int
    height: int
    unit: float  # card pixels per design pixel (the design is 1080 wide)
    safe: QRectF
    texts: tuple[Placed, ...]
    map_area: QRectF
    map_scale: float
    qr_area: QRectF
    link: str
    stops_shown: int


Column = list[tuple[Drawable, str, float]]  # (block, colour, space after), top to bottom


def plan_card(
    walk: Walk, coming: Attendance, size: str, lang: str, link: str | None, theme: Theme
) -> CardPlan:
    """`link` None: the walk's own link, else a map link to the meeting point."""
    return _Planner(walk, coming, size, lang, link or words.default_link(walk), theme).plan()


class _Planner:
    def __init__(
        self, walk: Walk, coming: Attendance, size: str, lang: str, link: str, theme: Theme
    ) -> None:
        self.walk, self.coming, self.lang, self.link, self.theme = walk, coming, lang, link, theme
        self.width, self.height = SIZES[size]
        self.unit = self.width / 1080
        margin = 70 * self.unit
        left, top, right, bottom = (
            max(margin, inset * self.unit) for inset in SAFE_INSETS.get(size, (0, 0, 0, 0))
        )
        self.safe = QRectF(left, top, self.width - left - right, self.height - top - bottom)
        self.gap = self.px(28)
        self.schedule = plan(walk)
        self.qr_size = self.px(236) if self.height / self.width > 1.1 else self.px(190)
        self.texts: list[Placed] = []

    def px(self, value: float) -> float:
        return value * self.unit

    def font(self, size: float, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
        return fonts.font(self.px(size), weight)

    def plan(self) -> CardPlan:
        inner = self.safe.width()
        top = self._stack(self._head(inner), self.safe.left(), self.safe.top(), inner)
        available = self.safe.bottom() - top
        beside, rows = self._arrangement(inner, available)
        left_width = inner - self.qr_size - self.gap
        bottom = self._left_column(left_width, 0 if beside else rows)
        bottom_height = max(_height(bottom), _height(self._right_column()))
        map_height = available - bottom_height - self.gap
        map_area = QRectF(self.safe.left(), top, inner, map_height)
        if beside:
            table = self._stop_table(inner * STOPS_BESIDE_SHARE, rows)
            table_width = max(item.width() for item, _colour, _after in table)
            map_area.setWidth(inner - table_width - self.gap)
            self._stack(table, map_area.right() + self.gap, top, table_width)
        below = top + map_height + self.gap
        self._stack(bottom, self.safe.left(), below, left_width)
        qr_area = QRectF(self.safe.right() - self.qr_size, below, self.qr_size, self.qr_size)
        self._stack(
            self._right_column(),
            qr_area.left(),
            qr_area.bottom() + self.px(12),
            self.qr_size,
            centred=True,
        )
        return CardPlan(
            self.width,
            self.height,
            self.unit,
            QRectF(self.safe),
            tuple(self.texts),
            map_area,
            max(1.0, self.unit * 1.25),
            qr_area,
            self.link,
            sum(len(p.item.rows) for p in self.texts if isinstance(p.item, StopRows)),
        )

    def _arrangement(self, inner: float, available: float) -> tuple[bool, int]:
        """(stops beside the map?, how many stop rows): the most stops the map leaves room
        for, under the meeting point if they fit there, else beside the map."""
        least_map = MAP_SHARE * self.safe.height()
        left_width = inner - self.qr_size - self.gap
        right = _height(self._right_column())
        without_stops = max(_height(self._left_column(left_width, 0)), right)
        band = available - without_stops - self.gap  # the map's height with the stops beside
        # No more rows than the card could hold at the table's type size: a walk of 5,000
        # stops (a GPX of waypoints) once laid out 5,000 tables, each of all its rows.
        most = min(len(self.walk.stops), int(available // self.px(STOP_ROW_PX)) + 1)
        for rows in range(most, -1, -1):
            under = max(_height(self._left_column(left_width, rows)), right)
            if available - under - self.gap >= least_map:
                return False, rows
            table = self._stop_table(inner * STOPS_BESIDE_SHARE, rows)
            if table and band >= max(least_map, _height(table)):
                return True, rows
        return False, 0

    def _stack(
        self, column: Column, left: float, top: float, width: float, *, centred: bool = False
    ) -> float:
        """Place the blocks one under the other; returns the y below the last."""
        for item, colour, after in column:
            self.texts.append(Placed(item, colour, QRectF(left, top, width, item.height), centred))
            top += item.height + after
        return top

    def _head(self, width: float) -> Column:
        aspect = self.height / self.width
        title = fitted(
            self.walk.title,
            lambda size: self.font(size, QFont.Weight.ExtraBold),
            width,
            4 if aspect > 1.5 else 3 if aspect > 1.1 else 2,
            self.px(92 if aspect > 1.1 else 76),
            self.px(48),
        )
        kicker = words.kicker(self.lang)
        moment = spoken(self.lang, when(self.walk.date, self.walk.start_time, self.lang))
        return [
            (
                block(kicker, self.font(26, QFont.Weight.Bold), width, 1),
                self.theme.accent,
                self.px(10),
            ),
            (title, self.theme.text, self.px(6)),
            (
                block(moment, self.font(42, QFont.Weight.Bold), width, 2),
                self.theme.accent,
                self.gap,
            ),
        ]

    def _left_column(self, width: float, stop_rows: int) -> Column:
        meeting = self.walk.meeting_point
        bold = self.font(30, QFont.Weight.Bold)
        column: Column = [
            (
                block(words.meet(self.lang), self.font(24, QFont.Weight.Bold), width, 1),
                self.theme.muted,
                self.px(2),
            ),
            (
                block(meeting.name, self.font(36, QFont.Weight.Bold), width, 2),
                self.theme.text,
                self.px(4),
            ),
        ]
        if meeting.note:
            column.append(
                (block(meeting.note, self.font(26), width, 3), self.theme.muted, self.px(14))
            )
        column += self._stop_table(width, stop_rows)
        facts = f"{words.distance(self.schedule, self.lang)} · "
        facts += words.duration(self.schedule.duration)
        column.append((block(facts, bold, width, 1), self.theme.text, self.px(4)))
        coming = words.who_is_coming(self.coming, self.lang)
        column.append((block(coming, bold, width, 2), self.theme.text, self.px(8)))
        if crowd := words.groups_line(self.walk, self.coming, self.lang):
            column.append(
                (
                    block(crowd, self.font(24, QFont.Weight.Bold), width, 2),
                    self.theme.accent,
                    self.px(6),
                )
            )
        if who := words.organiser(self.walk, self.lang):
            column.append((block(who, self.font(24), width, 2), self.theme.muted, 0))
        return column

    def _stop_table(self, width: float, rows: int) -> list[tuple[StopRows, str, float]]:
        """The first `rows` stops with their times ("+N more" in the last row when some are
        left out); nothing when that would be a lone "+N more"."""
        stops = list(zip(self.walk.stops, self.schedule.stops, strict=True))
        if not stops or rows < min(2, len(stops)):
            return []
        shown = stops if len(stops) <= rows else stops[: rows - 1]
        times = [clock(to_minute(timing.arrival).time(), self.lang) for _stop, timing in shown]
        hidden = len(stops) - len(shown)
        more = words.more(self.lang, hidden) if hidden else ""
        table = StopRows(
            self.font(STOP_ROW_PX), times, [stop.name for stop, _ in shown], more, width
        )
        return [(table, self.theme.text, self.px(14))]

    def _right_column(self) -> Column:
        caption = words.qr_caption(self.link, self.walk, self.lang)
        return [
            (
                block(caption, self.font(21, QFont.Weight.DemiBold), self.qr_size, 2),
                self.theme.muted,
                0,
            )
        ]


def _height(column: Sequence[tuple[Drawable, str, float]]) -> float:
    return sum(item.height + after for item, _colour, after in column)
