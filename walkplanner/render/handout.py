"""Handouts for the day of the walk: overview, sign-in sheet, pocket cards, leader sheet.

One painter function serves the PDF export and the printer (and its preview). Text is
real text in the bundled font (selectable, searchable, embedded); maps come from the
same tile cache and fetcher as the app, at print resolution within the tile budget.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSaveFile, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from walkplanner.catalogue import spoken
from walkplanner.core.crowd import Attendance, Group, Participant, Role, Status, attendance, split
from walkplanner.core.model import Walk
from walkplanner.core.schedule import plan, to_minute
from walkplanner.core.wording import LANGUAGES, clock, when
from walkplanner.problem import Problem
from walkplanner.render import handout_text as words
from walkplanner.render.card_text import distance, duration
from walkplanner.render.drawable import ensure_drawable
from walkplanner.render.handout_cards import draw_leader_sheet, draw_pocket_cards
from walkplanner.render.handout_text import Handout
from walkplanner.render.output import ExportError, check_target
from walkplanner.render.sheet import MARGIN_MM, MUTED, Column, Sheet
from walkplanner.render.static_map import TileSource, render_map
from walkplanner.render.text_layout import block
from walkplanner.text import say

PARTS = ("overview", "signin", "cards", "leader")
PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
PDF_DPI = 300
SCREEN_TO_PRINT = PDF_DPI / 110  # map lines and labels at the size they have on screen


class HandoutError(Problem, ValueError):
    """A handout option that cannot be used; the message names the choices."""


@dataclass(frozen=True)
class HandoutOptions:
    paper: str = "a4"
    lang: str = "en"
    parts: tuple[str, ...] = PARTS
    people: tuple[Participant, ...] = ()  # the sign-up list, when there is one

    def __post_init__(self) -> None:
        if self.paper not in PAPERS:
            raise HandoutError(f"Unknown paper “{self.paper}”; choose one of: {', '.join(PAPERS)}.")
        if self.lang not in LANGUAGES:
            raise HandoutError(f"Unknown language “{self.lang}”; choose one of: en, fr.")
        unknown = [p for p in self.parts if p not in PARTS]
        if unknown or not self.parts:
            raise HandoutError(
                f"Choose the parts among: {', '.join(PARTS)} (got {', '.join(self.parts) or 'none'})."
            )


def page_layout(paper: str) -> QPageLayout:
    """Full-page coordinates: the margins are drawn by the handout itself."""
    return QPageLayout(QPageSize(PAPERS[paper]), QPageLayout.Orientation.Portrait, QMarginsF())


def paint_handout(
    device: QPagedPaintDevice,
    walk: Walk,
    options: HandoutOptions,
    tiles: TileSource | None,
    attribution: str,
) -> None:
    ensure_drawable(walk)
    title = walk.title
    lang = options.lang
    day = spoken(lang, when(walk.date, walk.start_time, lang))
    people = list(options.people)
    coming = attendance(walk, people)
    groups = split(walk, people, max_size=walk.group_size, stagger_min=walk.stagger_min).groups
    grouped = walk.split_groups and len(groups) > 1
    painter = QPainter(device)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        sheet = Sheet(device, painter, lambda n: f"{title} · {day} · {words.page(lang, n)}")
        for part in options.parts:
            if part == "cards":
                sheet.start_part()
                pages = [(_as_group(walk, g), g) for g in groups] if grouped else [(walk, None)]
                draw_pocket_cards(sheet, pages, lang, tiles, attribution)
                continue
            if part in ("signin", "leader") and grouped:
                first_row = 1  # sign-in rows are numbered on across groups: A 1–15, B 16–30
                for group in groups:  # one sheet per group, headed with its letter and colour
                    sheet.start_part()
                    _group_band(sheet, group, lang)
                    if part == "signin":
                        first_row = _sign_in(sheet, walk, lang, list(group.members), group.size,
                                             first_row, group)  # fmt: skip
                    else:
                        crew = _crew(group.members)
                        draw_leader_sheet(sheet, _as_group(walk, group), lang, *crew)
                continue
            sheet.start_part()
            if part == "overview":
                _overview(sheet, walk, lang, tiles, attribution, coming, groups if grouped else ())
            elif part == "signin":
                _sign_in(sheet, walk, lang, people, coming.on_the_day)
            else:
                draw_leader_sheet(sheet, walk, lang, *_crew(people))
        sheet.finish()
    finally:
        painter.end()


def export_pdf(
    walk: Walk, options: HandoutOptions, tiles: TileSource | None, attribution: str, path: Path
) -> Path:
    """Write the PDF through a temporary file: a failure leaves no half-written file."""
    check_target(path, {".pdf": "PDF"})
    target = QSaveFile(str(path))
    if not target.open(QSaveFile.OpenModeFlag.WriteOnly):
        raise ExportError(
            say(
                "Cannot write {path}: {reason}. Choose another place.",
                path=path,
                reason=target.errorString(),
            )
        )
    writer = QPdfWriter(target)
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(page_layout(options.paper))
    writer.setTitle(walk.title)
    writer.setCreator("Walk Planner")
    paint_handout(writer, walk, options, tiles, attribution)
    del writer  # flushes the PDF into the save file
    if not target.commit():
        raise ExportError(
            say(
                "Writing {path} failed ({reason}); nothing was written. "
                "Free some space or choose another place.",
                path=path,
                reason=target.errorString() or say("the disk may be full"),
            )
        )
    return path


def _crew(people: list[Participant] | tuple[Participant, ...]) -> tuple[list[str], list[str]]:
    """The names of the flagged leaders and back markers among those going."""
    going = [p for p in people if p.status in (Status.GOING, Status.ATTENDED)]
    return (
        [p.name for p in going if p.role == Role.LEADER],
        [p.name for p in going if p.role == Role.BACK_MARKER],
    )


def _overview(
    sheet: Sheet,
    walk: Walk,
    lang: str,
    tiles: TileSource | None,
    attribution: str,
    coming: Attendance,
    groups: tuple[Group, ...],
) -> None:
    schedule = plan(walk)
    start = clock(walk.start_time, lang)
    overview = spoken(lang, Handout.tr("Walk overview"))
    sheet.text(overview.upper(), 9, weight=QFont.Weight.Bold, colour=MUTED)
    sheet.text(walk.title, 22, weight=QFont.Weight.ExtraBold, after_mm=1)
    day = spoken(lang, when(walk.date, walk.start_time, lang))
    sheet.text(day, 13, weight=QFont.Weight.Bold, after_mm=0.5)
    if groups:
        last = clock(to_minute(groups[-1].schedule.stops[-1].arrival).time(), lang)
        span = Handout.tr(
            "%n groups · the first leaves at {start} · the last arrives at {end}",
            None,
            len(groups),
            start=start,
            end=last,
        )
    else:
        end = clock(to_minute(schedule.end).time(), lang)
        span = Handout.tr("Start {start} · End {end}", start=start, end=end)
    sheet.text(spoken(lang, span), 11, after_mm=1)
    sheet.text(words.counts(lang, coming), 10, colour=MUTED, after_mm=4)

    # The meeting point: text on the left, a street-level inset map on the right.
    inset_mm = 62.0
    top = sheet.y
    meeting = walk.meeting_point
    text_width = sheet.width_mm - inset_mm - 6
    sheet.text(
        spoken(lang, words.MEET), 12, weight=QFont.Weight.Bold, width_mm=text_width, after_mm=1
    )
    sheet.text(meeting.name, 11, weight=QFont.Weight.Bold, width_mm=text_width, after_mm=1)
    if meeting.note:
        sheet.text(meeting.note, 10, width_mm=text_width, after_mm=1)
    sheet.text(
        f"{meeting.lat:.5f}, {meeting.lon:.5f}", 8, colour=MUTED, width_mm=text_width, after_mm=3
    )
    who = " · ".join(p for p in (walk.organiser_name, walk.organiser_contact) if p)
    for label, value in (
        (words.ORGANISER, who),
        (words.EMERGENCY, walk.emergency_phone),
        (Handout.tr("Accessibility"), walk.accessibility),
    ):
        if value:
            sheet.text(
                words.labelled(lang, label, value), 9, width_mm=text_width, max_lines=4, after_mm=1
            )
    inset = _map(
        walk, inset_mm, inset_mm * 0.8, tiles, attribution, focus=(meeting.lat, meeting.lon)
    )
    sheet.image(inset, sheet.width_mm - inset_mm, top, inset_mm, inset_mm * 0.8)
    sheet.y = max(sheet.y, top + inset_mm * 0.8) + 5

    sheet.heading(spoken(lang, Handout.tr("The route")), 12)
    # The route map takes what the stop table leaves, so a short walk fits on one page.
    table_estimate = 30 + 9.5 * len(walk.stops)
    route_height = max(45.0, min(80.0, sheet.bottom_mm - sheet.y - 10 - table_estimate))
    sheet.room(route_height)
    sheet.image(
        _map(walk, sheet.width_mm, route_height, tiles, attribution),
        0,
        sheet.y,
        sheet.width_mm,
        route_height,
    )
    sheet.y += route_height + 2
    facts = Handout.tr(
        "{distance} · walking {walking} · {duration} in all",
        distance=distance(schedule, lang),
        walking=duration(schedule.walking),
        duration=duration(schedule.duration),
    )
    sheet.text(spoken(lang, facts), 10, weight=QFont.Weight.Bold, after_mm=5)

    sheet.heading(spoken(lang, Handout.tr("Stops")), 12)
    right = Qt.AlignmentFlag.AlignRight
    columns = [
        Column(spoken(lang, words.NUMBER), 7, right),
        Column(spoken(lang, words.STOP), 44),
        Column(spoken(lang, Handout.tr("Kind")), 21),
        Column(spoken(lang, words.ARRIVE), 17, right),
        Column(spoken(lang, words.LEAVE), 17, right),
        Column(spoken(lang, words.STAY), 14, right),
        Column(spoken(lang, Handout.tr("Notes")), 60),
    ]
    rows = [
        [
            str(i),
            stop.name,
            spoken(lang, words.KINDS[stop.kind]),
            clock(to_minute(timing.arrival).time(), lang),
            clock(to_minute(timing.departure).time(), lang),
            f"{stop.dwell_min} min",
            stop.note,
        ]
        for i, (stop, timing) in enumerate(zip(walk.stops, schedule.stops, strict=True), 1)
    ]
    sheet.table(columns, rows)


def _as_group(walk: Walk, group: Group) -> Walk:
    """The walk as one group lives it: its own departure and pace."""
    return replace(walk, start_time=group.leave_at.time(), pace_kmh=group.pace_kmh)


def _group_band(sheet: Sheet, group: Group, lang: str) -> None:
    """A band in the group's colour with its letter, size and departure, above its sheet."""
    painter, d = sheet.painter, sheet.dots
    painter.fillRect(
        QRectF(d(MARGIN_MM), d(sheet.y), d(sheet.width_mm), d(9)), QColor(group.colour)
    )
    label = Handout.tr(
        "Group {letter} · %n people · leaves at {time}",
        None,
        group.size,
        letter=group.letter,
        time=clock(group.leave_at.time(), lang),
    )
    line = block(spoken(lang, label), sheet.font(12, QFont.Weight.Bold), d(sheet.width_mm - 6), 1)
    line.draw(painter, d(MARGIN_MM + 3), d(sheet.y + 1.5), "#ffffff")
    sheet.y += 12


def _sign_in(
    sheet: Sheet,
    walk: Walk,
    lang: str,
    people: list[Participant],
    rows_wanted: int,
    first_row: int = 1,
    group: Group | None = None,
) -> int:
    """Named people first, then numbered blank rows for those who just turn up, up to
    `rows_wanted`; returns the number the next sheet starts from."""
    names = [p.name for p in people if p.status in (Status.GOING, Status.ATTENDED)]
    label = f" · {words.group_short(lang, group.letter)}" if group else ""
    signin = spoken(lang, Handout.tr("Sign-in sheet"))
    hint = Handout.tr("Tick the three head counts: at the start, halfway, at the end.")
    hint = spoken(lang, hint)

    def header() -> None:
        sheet.text(
            f"{signin}{label} · {walk.title}",
            14,
            weight=QFont.Weight.Bold,
            after_mm=0.5,
        )
        sheet.text(
            f"{spoken(lang, when(walk.date, walk.start_time, lang))} · {hint}",
            9,
            colour=MUTED,
            after_mm=3,
        )

    header()
    right = Qt.AlignmentFlag.AlignRight
    columns = [
        Column(spoken(lang, words.NUMBER), 8, right),
        Column(spoken(lang, Handout.tr("Name")), 52),
        Column(spoken(lang, Handout.tr("Phone (optional)")), 34),
        Column(spoken(lang, Handout.tr("Emergency contact")), 40),
        Column(spoken(lang, Handout.tr("Start", "head count")), 15, tick=True),
        Column(spoken(lang, Handout.tr("Half")), 15, tick=True),
        Column(spoken(lang, Handout.tr("End", "head count")), 15, tick=True),
    ]
    names += [""] * (rows_wanted - len(names))
    rows = [[str(n), name, "", "", "", "", ""] for n, name in enumerate(names, first_row)]
    sheet.table(columns, rows, points=10, min_row_mm=8.5, before_page=header)
    return first_row + len(rows)


def _map(
    walk: Walk,
    width_mm: float,
    height_mm: float,
    tiles: TileSource | None,
    attribution: str,
    focus: tuple[float, float] | None = None,
) -> QImage:
    dots = PDF_DPI / 25.4
    return render_map(
        walk,
        round(width_mm * dots),
        round(height_mm * dots),
        tiles,
        attribution,
        scale=SCREEN_TO_PRINT,
        focus=focus,
    )
