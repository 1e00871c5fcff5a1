"""The words of the story video, all placed inside the safe area once per video: the
title (act 1) and the end card (act 3), drawn as still pictures in the card's words
(card_text) so the QR code is still and sharp; the stop panels and the map's credit,
placed here and drawn over each frame of act 2.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter

from walkplanner.catalogue import spoken
from walkplanner.core.crowd import Attendance
from walkplanner.core.model import Walk
from walkplanner.core.wording import when
from walkplanner.render import card_text as words
from walkplanner.render import fonts
from walkplanner.render.card_layout import SAFE_INSETS, SIZES
from walkplanner.render.qr import draw_qr
from walkplanner.render.text_layout import Block, block, elided, fitted
from walkplanner.render.themes import Theme

MARGIN = 70  # design pixels kept clear on sizes without app overlays
QR_SIZE = {"story": 480, "square": 340}  # design pixels: scannable from a paused phone


def safe_area(size: str) -> QRectF:
    """Where text may go: clear of the apps' profile bar, reply box and side buttons."""
    width, height = SIZES[size]
    unit = width / 1080
    left, top, right, bottom = (
        max(MARGIN * unit, inset * unit) for inset in SAFE_INSETS.get(size, (0, 0, 0, 0))
    )
    return QRectF(left, top, width - left - right, height - top - bottom)


@dataclass(frozen=True)
class Canvas:
    """A frame's size, safe area, theme and language: what every drawing needs."""

    size: str
    theme: Theme
    lang: str
    width: int = field(init=False)
    height: int = field(init=False)
    safe: QRectF = field(init=False)

    def __post_init__(self) -> None:
        width, height = SIZES[self.size]
        object.__setattr__(self, "width", width)
        object.__setattr__(self, "height", height)
        object.__setattr__(self, "safe", safe_area(self.size))

    def px(self, value: float) -> float:
        """Design pixels (the design is 1080 wide) to frame pixels."""
        return value * self.width / 1080

    def font(self, size: float, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
        return fonts.font(self.px(size), weight)

    def blank(self) -> QImage:
        image = QImage(self.width, self.height, QImage.Format.Format_RGB32)
        image.fill(QColor(self.theme.background))
        return image


@dataclass(frozen=True)
class Caption:
    """A text block and the box it is drawn in."""

    block: Block
    colour: str
    box: QRectF
    centred: bool = True

    def draw(self, painter: QPainter) -> None:
        align = Qt.AlignmentFlag.AlignHCenter if self.centred else Qt.AlignmentFlag.AlignLeft
        self.block.draw(
            painter, self.box.left(), self.box.top(), self.colour, align, self.box.width()
        )


@dataclass(frozen=True)
class Card:
    image: QImage
    texts: tuple[Caption, ...]
    qr_area: QRectF | None = None


Column = list[tuple[Block, str, float]]  # (block, colour, space after), top to bottom


def title_card(canvas: Canvas, walk: Walk) -> Card:
    """The kicker, the title as large as it fits in four lines, and the date."""
    width, theme, bold = canvas.safe.width(), canvas.theme, QFont.Weight.Bold
    title = fitted(
        walk.title,
        lambda size: canvas.font(size, QFont.Weight.ExtraBold),
        width,
        4,
        canvas.px(112),
        canvas.px(56),
    )
    moment = spoken(canvas.lang, when(walk.date, walk.start_time, canvas.lang))
    kicker = words.kicker(canvas.lang)
    column = [
        (block(kicker, canvas.font(34, bold), width, 1), theme.accent, canvas.px(18)),
        (title, theme.text, canvas.px(24)),
        (block(moment, canvas.font(52, bold), width, 2), theme.accent, 0),
    ]
    return _card(canvas, column)


SHRINK = (1.0, 0.9, 0.8, 0.7, 0.6)  # the end card's text sizes, tried until it fits


def end_card(canvas: Canvas, walk: Walk, coming: Attendance, link: str) -> Card:
    """Where to meet and when, who is coming (the card's honest words), the QR code: the
    text made smaller until it all fits the safe area over the QR code (which keeps its
    size, to stay scannable); at the smallest, the meeting point's note is left out."""
    for scale in SHRINK:
        column, below = _end_column(canvas, walk, coming, link, scale, note=True)
        if _height(canvas, column, below) <= canvas.safe.height():
            return _card(canvas, column, (link, below))
    column, below = _end_column(canvas, walk, coming, link, SHRINK[-1], note=False)
    return _card(canvas, column, (link, below))


def _end_column(
    canvas: Canvas,
    walk: Walk,
    coming: Attendance,
    link: str,
    scale: float,
    *,
    note: bool,
) -> tuple[Column, Column]:
    width, theme, lang = canvas.safe.width(), canvas.theme, canvas.lang
    meeting, bold = walk.meeting_point, QFont.Weight.Bold

    def font(size: float, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
        return canvas.font(size * scale, weight)

    column: Column = [
        (block(words.meet(lang), font(32, bold), width, 1), theme.muted, 0),
        (
            block(meeting.name, font(56, QFont.Weight.ExtraBold), width, 2),
            theme.text,
            canvas.px(4),
        ),
    ]
    if note and meeting.note:
        column.append((block(meeting.note, font(30), width, 2), theme.muted, 0))
    moment = spoken(lang, when(walk.date, walk.start_time, lang))
    column.append((block(moment, font(40, bold), width, 2), theme.accent, canvas.px(4)))
    who = words.who_is_coming(coming, lang)
    column.append((block(who, font(32, bold), width, 2), theme.text, 0))
    if crowd := words.groups_line(walk, coming, lang):
        column.append((block(crowd, font(28, bold), width, 2), theme.accent, 0))
    caption = words.qr_caption(link, walk, lang)
    below: Column = [(block(caption, font(28, QFont.Weight.DemiBold), width, 2), theme.muted, 0)]
    return column, below


def _height(canvas: Canvas, column: Column, below_qr: Column | None) -> float:
    """What `_card` takes from top to bottom."""
    gap = canvas.px(24)
    height = sum(item.height + after + gap for item, _colour, after in column) - gap
    if below_qr is not None:
        height += gap + canvas.px(QR_SIZE[canvas.size]) + canvas.px(16)
        height += sum(item.height for item, _colour, _after in below_qr)
    return height


def _card(canvas: Canvas, column: Column, qr: tuple[str, Column] | None = None) -> Card:
    """The blocks (then a QR code and its caption, when given) centred in the safe area."""
    safe, gap = canvas.safe, canvas.px(24)
    qr_size = canvas.px(QR_SIZE[canvas.size])
    spaced = [(item, colour, after + gap) for item, colour, after in column]
    height = _height(canvas, column, qr[1] if qr else None)
    top = safe.top() + max(0.0, (safe.height() - height) / 2)
    captions, top = _stacked(safe, spaced, top)
    qr_area = None
    if qr is not None:
        qr_area = QRectF(safe.center().x() - qr_size / 2, top, qr_size, qr_size)
        below, _bottom = _stacked(safe, qr[1], qr_area.bottom() + canvas.px(16))
        captions += below
    image = canvas.blank()
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        for caption in captions:
            caption.draw(painter)
        if qr is not None and qr_area is not None:
            draw_qr(painter, qr_area, qr[0], canvas.px(20))
    finally:
        painter.end()
    return Card(image, tuple(captions), qr_area)


def _stacked(safe: QRectF, column: Column, top: float) -> tuple[list[Caption], float]:
    """Blocks one under the other across the safe area, centred; and the y below them."""
    placed = []
    for item, colour, after in column:
        placed.append(Caption(item, colour, QRectF(safe.left(), top, safe.width(), item.height)))
        top += item.height + after
    return placed, top


def stop_panel(
    canvas: Canvas, number: int, name: str, arrival: str
) -> tuple[QRectF, list[Caption]]:
    """A panel at the foot of the safe area: the stop's number, name and arrival time."""
    safe, theme = canvas.safe, canvas.theme
    inner = safe.width() - canvas.px(56)
    time_block = block(arrival, canvas.font(34, QFont.Weight.Bold), inner, 1)
    name_block = block(f"{number + 1} · {name}", canvas.font(44, QFont.Weight.ExtraBold), inner, 2)
    height = time_block.height + name_block.height + canvas.px(40)
    panel = QRectF(safe.left(), safe.bottom() - height, safe.width(), height)
    left, top = panel.left() + canvas.px(28), panel.top() + canvas.px(20)
    name_box = QRectF(left, top, inner, name_block.height)
    time_box = QRectF(left, top + name_block.height, inner, time_block.height)
    captions = [
        Caption(name_block, theme.text, name_box, centred=False),
        Caption(time_block, theme.accent, time_box, centred=False),
    ]
    return panel, captions


def credit_box(canvas: Canvas, attribution: str) -> tuple[str, QRectF]:
    """The map's credit (elided to the safe area's width) and its box, top right."""
    safe, font = canvas.safe, canvas.font(18)
    metrics = QFontMetricsF(font)
    text = elided(attribution, font, safe.width() - canvas.px(16))
    width = min(safe.width(), metrics.horizontalAdvance(text) + canvas.px(16))
    height = metrics.height() + canvas.px(6)
    return text, QRectF(safe.right() - width, safe.top(), width, height)
