"""Pocket cards (four A6 cards to an A4 page, with cut marks) and the walk leader's sheet."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainterPath, QPen

from walkplanner.catalogue import spoken
from walkplanner.core.crowd import Group
from walkplanner.core.model import Walk
from walkplanner.core.schedule import plan, to_minute
from walkplanner.core.wording import clock, when
from walkplanner.render import handout_text as words
from walkplanner.render.card_text import default_link, distance, duration
from walkplanner.render.handout_text import Handout
from walkplanner.render.qr import draw_qr
from walkplanner.render.sheet import INK, MARGIN_MM, MUTED, RULE, Column, Sheet
from walkplanner.render.static_map import TileSource, render_map
from walkplanner.render.text_layout import StopRows, block

CARD_INSET_MM = 9.0  # inside each card; also keeps outer edges clear of the printer's margin
CUT_MARK_MM = 5.0


def draw_pocket_cards(
    sheet: Sheet,
    pages: list[tuple[Walk, Group | None]],
    lang: str,
    tiles: TileSource | None,
    attribution: str,
) -> None:
    """A page of four cards for each (walk, group): with a group, the cards carry its letter
    and its own times (the walk is then the walk as that group lives it)."""
    width = sheet.page_width_mm / 2
    # One map for every card: the same route, drawn once.
    map_mm = (width - 2 * CARD_INSET_MM, 44.0)
    dots = sheet.dots(1)
    mini_map = render_map(
        pages[0][0],
        round(map_mm[0] * dots),
        round(map_mm[1] * dots),
        tiles,
        attribution,
        scale=dots * 25.4 / 140,  # smaller markers on the small map
    )
    for number, (walk, group) in enumerate(pages):
        if number:
            sheet.start_part()
        _card_page(sheet, walk, group, lang, mini_map, map_mm)


def _card_page(
    sheet: Sheet,
    walk: Walk,
    group: Group | None,
    lang: str,
    mini_map: QImage,
    map_mm: tuple[float, float],
) -> None:
    width, height = sheet.page_width_mm / 2, sheet.page_height_mm / 2
    for column in range(2):
        for row in range(2):
            _pocket_card(
                sheet,
                walk,
                lang,
                QRectF(column * width, row * height, width, height),
                mini_map,
                map_mm,
                group,
            )
    _cut_marks(sheet, width, height)
    sheet.footer_on_this_page = False  # the cards fill the page; a footer would cross them


def _pocket_card(
    sheet: Sheet,
    walk: Walk,
    lang: str,
    card: QRectF,
    mini_map: QImage,
    map_mm: tuple[float, float],
    group: Group | None,
) -> None:
    painter, d = sheet.painter, sheet.dots
    schedule = plan(walk)
    left = card.left() + CARD_INSET_MM
    inner = card.width() - 2 * CARD_INSET_MM
    y = card.top() + CARD_INSET_MM

    def text(
        content: str,
        points: float,
        weight: QFont.Weight = QFont.Weight.Normal,
        colour: str = INK,
        lines: int = 2,
        after: float = 0.8,
        width: float = inner,
    ) -> None:
        nonlocal y
        piece = block(content, sheet.font(points, weight), d(width), lines)
        piece.draw(painter, d(left), d(y), colour)
        y += piece.height / d(1) + after

    if group is not None:
        band = QRectF(d(card.left()), d(card.top()), d(card.width()), d(4))
        painter.fillRect(band, QColor(group.colour))
        label = words.group_short(lang, group.letter)
        text(label[:1].upper() + label[1:], 8.5, QFont.Weight.Bold, colour=group.colour, lines=1)
    text(walk.title, 11, QFont.Weight.ExtraBold)
    day = spoken(lang, when(walk.date, walk.start_time, lang))
    text(day, 8.5, QFont.Weight.Bold, lines=1, after=2)
    target = QRectF(d(left), d(y), d(map_mm[0]), d(map_mm[1]))
    frame = QPainterPath()
    frame.addRoundedRect(target, d(2), d(2))
    painter.save()
    painter.setClipPath(frame)
    painter.drawImage(target, mini_map)
    painter.restore()
    y += map_mm[1] + 2
    meeting = walk.meeting_point
    text(words.labelled(lang, words.MEET, meeting.name), 8, QFont.Weight.Bold)
    if meeting.note:
        text(meeting.note, 7, colour=MUTED, after=1.5)

    qr_mm = 21.0
    footer_top = card.bottom() - CARD_INSET_MM - qr_mm
    stops = list(zip(walk.stops, schedule.stops, strict=True))
    row_font = sheet.font(7.5)
    line_mm = block("X", row_font, d(inner), 1).line_height / d(1) * 1.2 / 1.15
    fit = max(0, int((footer_top - 2 - y) / line_mm))
    shown = stops if len(stops) <= fit else stops[: max(0, fit - 1)]
    hidden = len(stops) - len(shown)
    more = words.more(lang, hidden) if hidden else ""
    rows = StopRows(
        row_font,
        [clock(to_minute(t.arrival).time(), lang) for _, t in shown],
        [s.name for s, _ in shown],
        more,
        d(inner),
    )
    rows.draw(painter, d(left), d(y), INK)

    draw_qr(
        painter,
        QRectF(d(card.right() - CARD_INSET_MM - qr_mm), d(footer_top), d(qr_mm), d(qr_mm)),
        walk.link or default_link(walk),
        d(1),
    )
    y = footer_top
    facts = f"{distance(schedule, lang)} · {duration(schedule.duration)}"
    width = inner - qr_mm - 3
    text(facts, 8, QFont.Weight.Bold, lines=1, width=width)
    who = " · ".join(p for p in (walk.organiser_name, walk.organiser_contact) if p)
    if who:
        text(who, 7.5, lines=2, width=width)
    if walk.emergency_phone:  # "" when the organiser gave none (the overview skips it too)
        text(
            words.labelled(lang, words.EMERGENCY, walk.emergency_phone),
            7.5,
            QFont.Weight.Bold,
            lines=1,
            width=width,
        )


def _cut_marks(sheet: Sheet, card_width: float, card_height: float) -> None:
    """Short ticks on the page edges where to cut, and a cross in the middle."""
    painter, d = sheet.painter, sheet.dots
    painter.setPen(QPen(QColor(RULE), d(0.25)))
    w, h = sheet.page_width_mm, sheet.page_height_mm
    edge = 4.0  # most home printers cannot print closer to the edge
    for x1, y1, x2, y2 in (
        (card_width, edge, card_width, edge + CUT_MARK_MM),
        (card_width, h - edge - CUT_MARK_MM, card_width, h - edge),
        (edge, card_height, edge + CUT_MARK_MM, card_height),
        (w - edge - CUT_MARK_MM, card_height, w - edge, card_height),
        (card_width - CUT_MARK_MM, card_height, card_width + CUT_MARK_MM, card_height),
        (card_width, card_height - CUT_MARK_MM, card_width, card_height + CUT_MARK_MM),
    ):
        painter.drawLine(QPointF(d(x1), d(y1)), QPointF(d(x2), d(y2)))


def draw_leader_sheet(
    sheet: Sheet,
    walk: Walk,
    lang: str,
    leaders: list[str] | None = None,
    back_markers: list[str] | None = None,
) -> None:
    """The walk leader's sheet; flagged leaders and back markers are printed by name, and a
    line is left to fill in where nobody is flagged."""
    schedule = plan(walk)
    leader = spoken(lang, Handout.tr("Walk leader sheet"))
    sheet.text(leader.upper(), 9, weight=QFont.Weight.Bold, colour=MUTED)
    sheet.text(walk.title, 18, weight=QFont.Weight.ExtraBold, after_mm=1)
    day = spoken(lang, when(walk.date, walk.start_time, lang))
    sheet.text(day, 11, weight=QFont.Weight.Bold, after_mm=2)
    leaders_line = Handout.tr("Walk leader: {names}", names=words.names_or_blank(leaders or []))
    sheet.text(spoken(lang, leaders_line), 11, after_mm=1)
    back = Handout.tr("Back marker: {names}", names=words.names_or_blank(back_markers or []))
    sheet.text(spoken(lang, back), 11, after_mm=5)

    sheet.heading(spoken(lang, Handout.tr("Checklist")), 12)
    for item in words.CHECKS:
        sheet.room(9)
        sheet.tick_box(MARGIN_MM, sheet.y + 0.6, 4.5)
        sheet.text(spoken(lang, item), 11, left_mm=8, after_mm=3.5)
    sheet.y += 3

    sheet.heading(spoken(lang, Handout.tr("Timings")), 12)
    right = Qt.AlignmentFlag.AlignRight
    columns = [
        Column(spoken(lang, words.NUMBER), 8, right),
        Column(spoken(lang, words.STOP), 90),
        Column(spoken(lang, words.ARRIVE), 20, right),
        Column(spoken(lang, words.LEAVE), 20, right),
        Column(spoken(lang, words.STAY), 18, right),
    ]
    rows = [
        [
            str(i),
            stop.name,
            clock(to_minute(t.arrival).time(), lang),
            clock(to_minute(t.departure).time(), lang),
            f"{stop.dwell_min} min",
        ]
        for i, (stop, t) in enumerate(zip(walk.stops, schedule.stops, strict=True), 1)
    ]
    sheet.table(columns, rows, points=10)
    sheet.y += 5
    if walk.emergency_phone:
        sheet.text(
            words.labelled(lang, words.EMERGENCY, walk.emergency_phone),
            12,
            weight=QFont.Weight.Bold,
        )
    who = " · ".join(p for p in (walk.organiser_name, walk.organiser_contact) if p)
    if who:
        sheet.text(words.labelled(lang, words.ORGANISER, who), 11)
    sheet.y += 3
    sheet.heading(spoken(lang, Handout.tr("Notes")), 12)
    sheet.painter.setPen(QPen(QColor(RULE), sheet.dots(0.2)))
    while sheet.y + 9 < sheet.bottom_mm:
        sheet.y += 9
        sheet.painter.drawLine(
            QPointF(sheet.dots(MARGIN_MM), sheet.dots(sheet.y)),
            QPointF(sheet.dots(MARGIN_MM + sheet.width_mm), sheet.dots(sheet.y)),
        )
