"""Text that fits: wrapped into lines at word boundaries (or anywhere for long words),
shrunk until it fits a box, and elided only as the last resort. Nothing is clipped."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPainter,
    QTextLayout,
    QTextOption,
)

ELLIPSIS = "…"


def first_baseline(metrics: QFontMetricsF, top: float, line_height: float) -> float:
    """Where the first line's text sits when each line is centred in its `line_height`."""
    return top + metrics.ascent() + (line_height - metrics.height()) / 2


@dataclass(frozen=True)
class Block:
    """Lines of text in one font, ready to draw; `height` is what they take."""

    lines: tuple[str, ...]
    font: QFont
    line_height: float

    @property
    def height(self) -> float:
        return len(self.lines) * self.line_height

    def width(self) -> float:
        metrics = QFontMetricsF(self.font)
        return max((metrics.horizontalAdvance(line) for line in self.lines), default=0.0)

    def draw(
        self,
        painter: QPainter,
        left: float,
        top: float,
        colour: QColor | str,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        width: float = 0,
    ) -> float:
        """Draw at (left, top); returns the y just below the block."""
        painter.setFont(self.font)
        painter.setPen(QColor(colour))
        metrics = QFontMetricsF(self.font)
        baseline = first_baseline(metrics, top, self.line_height)
        for line in self.lines:
            x = left
            if align == Qt.AlignmentFlag.AlignHCenter:
                x = left + (width - metrics.horizontalAdvance(line)) / 2
            elif align == Qt.AlignmentFlag.AlignRight:
                x = left + width - metrics.horizontalAdvance(line)
            painter.drawText(QPointF(x, baseline), line)
            baseline += self.line_height
        return top + self.height


class Drawable(Protocol):
    @property
    def height(self) -> float: ...

    def draw(
        self,
        painter: QPainter,
        left: float,
        top: float,
        colour: QColor | str,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        width: float = 0,
    ) -> float: ...


def tabular(font: QFont) -> QFont:
    """The font with tabular figures: every digit as wide as the others, so times line up."""
    result = QFont(font)
    result.setFeature(QFont.Tag("tnum"), 1)
    return result


class StopRows:
    """Arrival times in a right-aligned column of tabular figures (so "2:00 pm" and "2:21 pm"
    start at the same x), stop names beside them (elided if long)."""

    def __init__(
        self, font: QFont, times: list[str], names: list[str], more: str, width: float
    ) -> None:
        self.font = font
        self.time_font = tabular(font)
        metrics = QFontMetricsF(font)
        self.line_height = metrics.height() * 1.2
        self.time_width = max(
            (QFontMetricsF(self.time_font).horizontalAdvance(t) for t in times), default=0.0
        )
        gap = metrics.horizontalAdvance("  ")
        self.rows = [
            (t, elided(n, font, width - self.time_width - gap))
            for t, n in zip(times, names, strict=True)
        ]
        self.name_left = self.time_width + gap
        self.more = more

    @property
    def height(self) -> float:
        return (len(self.rows) + bool(self.more)) * self.line_height

    def width(self) -> float:
        """The width the rows take: the time column, the gap and the longest name."""
        metrics = QFontMetricsF(self.font)
        names = [name for _time, name in self.rows] + [self.more]
        return self.name_left + max(metrics.horizontalAdvance(name) for name in names)

    def time_left(self, time: str) -> float:
        """Where a time starts, from the left of the rows: right-aligned on the column by its
        tabular width, so times of the same shape start at the same x."""
        return self.time_width - QFontMetricsF(self.time_font).horizontalAdvance(time)

    def draw(
        self,
        painter: QPainter,
        left: float,
        top: float,
        colour: QColor | str,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        width: float = 0,
    ) -> float:
        painter.setPen(QColor(colour))
        baseline = first_baseline(QFontMetricsF(self.font), top, self.line_height)
        time_font = self.time_font
        if isinstance(painter.device(), QPagedPaintDevice):
            # Qt writes Inter's tabular digits to a PDF without their Unicode value (the
            # text would not copy or search): on paper the plain digits take the same places.
            time_font = self.font
        for time, name in self.rows:
            painter.setFont(time_font)
            painter.drawText(QPointF(left + self.time_left(time), baseline), time)
            painter.setFont(self.font)
            painter.drawText(QPointF(left + self.name_left, baseline), name)
            baseline += self.line_height
        if self.more:
            painter.drawText(QPointF(left + self.name_left, baseline), self.more)
        return top + self.height


def wrap(text: str, font: QFont, width: float) -> list[str]:
    """Lines no wider than `width`; words longer than a line are broken inside."""
    lines: list[str] = []
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    for paragraph in text.split("\n"):
        layout = QTextLayout(paragraph, font)
        layout.setTextOption(option)
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            lines.append(
                paragraph[line.textStart() : line.textStart() + line.textLength()].rstrip()
            )
        layout.endLayout()
    return lines or [""]


def block(text: str, font: QFont, width: float, max_lines: int, spacing: float = 1.15) -> Block:
    """Wrapped text in at most `max_lines`; a cut last line ends with an ellipsis."""
    lines = wrap(text, font, width)
    if len(lines) > max_lines:
        metrics = QFontMetricsF(font)
        rest = " ".join(lines[max_lines - 1 :])
        lines = [
            *lines[: max_lines - 1],
            metrics.elidedText(rest + ELLIPSIS, Qt.TextElideMode.ElideRight, width),
        ]
    return Block(tuple(lines), font, QFontMetricsF(font).height() * spacing)


def fitted(
    text: str,
    make_font: Callable[[float], QFont],
    width: float,
    max_lines: int,
    largest: float,
    smallest: float,
    spacing: float = 1.0,
) -> Block:
    """The largest font size (down to `smallest`) at which the text wraps into `max_lines`."""
    size = largest
    while True:
        font = make_font(size)
        if len(wrap(text, font, width)) <= max_lines or size <= smallest:
            return block(text, font, width, max_lines, spacing)
        size = max(smallest, size * 0.92)


def elided(text: str, font: QFont, width: float) -> str:
    return QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, width)
