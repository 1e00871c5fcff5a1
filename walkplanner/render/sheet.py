"""Drawing on paper: millimetres, a cursor that moves down the page, and tables that
continue on the next page with their header repeated.

Works on any QPagedPaintDevice (QPdfWriter for files, QPrinter for printing and the
print preview), always in full-page coordinates: the margins are ours, safe for home
printers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPagedPaintDevice, QPainter, QPen

from walkplanner.render import fonts
from walkplanner.render.text_layout import Block, block

MARGIN_MM = 15.0
INK = "#111111"
MUTED = "#555555"
RULE = "#9a9a9a"
SHADE = "#eeeeee"


@dataclass(frozen=True)
class Column:
    title: str
    width_mm: float
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
    tick: bool = False  # an empty box to tick by hand


class Sheet:
    def __init__(
        self, device: QPagedPaintDevice, painter: QPainter, footer: Callable[[int], str]
    ) -> None:
        self.device = device
        self.painter = painter
        self.dpi = device.logicalDpiX()
        self.page_width_mm = device.width() / self.dots(1)
        self.page_height_mm = device.height() / self.dots(1)
        self.footer = footer
        self.page = 1
        self.y = MARGIN_MM
        self._started = False
        self.footer_on_this_page = True

    # --- units ------------------------------------------------------------------------

    def dots(self, mm: float) -> float:
        return mm * self.dpi / 25.4

    def font(self, points: float, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
        return fonts.font(points * self.dpi / 72, weight)

    @property
    def width_mm(self) -> float:
        return self.page_width_mm - 2 * MARGIN_MM

    @property
    def bottom_mm(self) -> float:
        return self.page_height_mm - MARGIN_MM - 8  # room for the footer

    # --- pages ------------------------------------------------------------------------

    def start_part(self) -> None:
        """Every part starts on a fresh page."""
        if self._started:
            self.new_page()
        self._started = True

    def new_page(self) -> None:
        self._draw_footer()
        self.device.newPage()
        self.page += 1
        self.y = MARGIN_MM

    def finish(self) -> None:
        self._draw_footer()

    def room(self, mm: float) -> None:
        """Start a new page unless `mm` millimetres still fit on this one."""
        if self.y + mm > self.bottom_mm:
            self.new_page()

    def _draw_footer(self) -> None:
        if not self.footer_on_this_page:
            self.footer_on_this_page = True
            return
        text = block(self.footer(self.page), self.font(8), self.dots(self.width_mm), 1)
        text.draw(
            self.painter,
            self.dots(MARGIN_MM),
            self.dots(self.page_height_mm - MARGIN_MM - 4),
            MUTED,
        )

    # --- text -------------------------------------------------------------------------

    def text(
        self,
        content: str,
        points: float,
        *,
        weight: QFont.Weight = QFont.Weight.Normal,
        colour: str = INK,
        left_mm: float = 0,
        width_mm: float | None = None,
        max_lines: int = 40,
        after_mm: float = 1.5,
    ) -> float:
        """Wrapped text at the cursor; returns its height in millimetres."""
        width = self.dots(width_mm if width_mm is not None else self.width_mm - left_mm)
        lines = block(content, self.font(points, weight), width, max_lines)
        height_mm = lines.height / self.dots(1)
        self.room(height_mm)
        lines.draw(self.painter, self.dots(MARGIN_MM + left_mm), self.dots(self.y), colour)
        self.y += height_mm + after_mm
        return height_mm

    def heading(self, content: str, points: float = 14) -> None:
        self.room(20)  # never a heading alone at the foot of a page
        self.text(content, points, weight=QFont.Weight.Bold, after_mm=2)

    def image(
        self, picture: QImage, left_mm: float, top_mm: float, width_mm: float, height_mm: float
    ) -> None:
        target = QRectF(
            self.dots(MARGIN_MM + left_mm),
            self.dots(top_mm),
            self.dots(width_mm),
            self.dots(height_mm),
        )
        self.painter.drawImage(target, picture)
        self.painter.setPen(QPen(QColor(RULE), self.dots(0.2)))
        self.painter.setBrush(Qt.BrushStyle.NoBrush)
        self.painter.drawRect(target)

    def tick_box(self, left_mm: float, top_mm: float, size_mm: float = 4.0) -> None:
        self.painter.setPen(QPen(QColor(INK), self.dots(0.3)))
        self.painter.setBrush(Qt.BrushStyle.NoBrush)
        self.painter.drawRect(
            QRectF(self.dots(left_mm), self.dots(top_mm), self.dots(size_mm), self.dots(size_mm))
        )

    # --- tables -----------------------------------------------------------------------

    def table(
        self,
        columns: Sequence[Column],
        rows: Sequence[Sequence[str]],
        *,
        points: float = 9,
        min_row_mm: float = 6.5,
        before_page: Callable[[], None] | None = None,
    ) -> None:
        """Rows that wrap their cells; a row never splits, the header repeats on each page."""
        scale = self.width_mm / sum(c.width_mm for c in columns)
        widths = [c.width_mm * scale for c in columns]
        cell_font = self.font(points)
        self._table_header(columns, widths, points)
        for row in rows:
            cells = [
                block(value, cell_font, self.dots(width - 2.4), 6)
                for value, width in zip(row, widths, strict=True)
            ]
            height = max(min_row_mm, max(c.height for c in cells) / self.dots(1) + 2.4)
            if self.y + height > self.bottom_mm:
                self.new_page()
                if before_page:
                    before_page()
                self._table_header(columns, widths, points)
            self._table_row(columns, widths, cells, height)

    def _table_header(self, columns: Sequence[Column], widths: list[float], points: float) -> None:
        header_font = self.font(points, QFont.Weight.Bold)
        cells = [
            block(c.title, header_font, self.dots(w - 2.4), 2)
            for c, w in zip(columns, widths, strict=True)
        ]
        height = max(c.height for c in cells) / self.dots(1) + 2.4
        self.painter.setPen(Qt.PenStyle.NoPen)
        self.painter.setBrush(QColor(SHADE))
        self.painter.drawRect(
            QRectF(
                self.dots(MARGIN_MM), self.dots(self.y), self.dots(self.width_mm), self.dots(height)
            )
        )
        self._cells(columns, widths, cells, height)

    def _table_row(
        self, columns: Sequence[Column], widths: list[float], cells: list[Block], height: float
    ) -> None:
        self._cells(columns, widths, cells, height)
        left = MARGIN_MM
        for column, width in zip(columns, widths, strict=True):
            if column.tick:
                size = min(4.5, height - 2)
                self.tick_box(
                    left + (width - size) / 2, self.y - height + (height - size) / 2, size
                )
            left += width

    def _cells(
        self, columns: Sequence[Column], widths: list[float], cells: list[Block], height: float
    ) -> None:
        left = MARGIN_MM
        for column, width, cell in zip(columns, widths, cells, strict=True):
            cell.draw(
                self.painter,
                self.dots(left + 1.2),
                self.dots(self.y + 1.2),
                INK,
                column.align,
                self.dots(width - 2.4),
            )
            left += width
        self.painter.setPen(QPen(QColor(RULE), self.dots(0.2)))
        bottom = self.dots(self.y + height)
        self.painter.drawLine(
            QPointF(self.dots(MARGIN_MM), bottom),
            QPointF(self.dots(MARGIN_MM + self.width_mm), bottom),
        )
        self.y += height
