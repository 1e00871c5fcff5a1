"""The card's layout plan: times that line up, stops that get the room each size has, markers
kept apart, text and QR code inside a story's safe area, and a QR caption people can read."""

from __future__ import annotations

import itertools
import math
from dataclasses import replace

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter, QPen

from walkplanner.core.demo import demo_walk
from walkplanner.core.model import Route, Stop, StopKind, Walk
from walkplanner.render import fonts
from walkplanner.render.card import SIZES, CardOptions, card_plan, render_card
from walkplanner.render.card_layout import CardPlan
from walkplanner.render.card_text import qr_caption
from walkplanner.render.static_map import MARKER_RADIUS, map_view, place_markers
from walkplanner.render.text_layout import StopRows, tabular

LANGS = ("en", "fr")
STORY_SAFE = QRectF(0, 269, 1080 * 0.9, 1920 - 269 - 384)


def boxes(plan: CardPlan) -> list[QRectF]:
    return [placed.box for placed in plan.texts] + [plan.qr_area]


def stop_rows(plan: CardPlan) -> list[StopRows]:
    return [placed.item for placed in plan.texts if isinstance(placed.item, StopRows)]


# --- 2. times line up ----------------------------------------------------------------


def test_every_digit_of_the_time_font_has_the_same_advance() -> None:
    metrics = QFontMetricsF(tabular(fonts.font(27)))
    assert len({metrics.horizontalAdvance(digit) for digit in "0123456789"}) == 1


def first_ink_columns(image: QImage, rows: int, line_height: float) -> list[int]:
    columns = []
    for row in range(rows):
        band = range(round(row * line_height) + 2, round((row + 1) * line_height) - 2)
        columns.append(
            min(
                x
                for x in range(image.width())
                for y in band
                if QColor(image.pixel(x, y)).lightness() < 128
            )
        )
    return columns


@pytest.mark.parametrize(
    "times",
    [
        ["2:00 pm", "2:21 pm", "3:03 pm", "1:11 pm", "4:44 pm"],
        ["14 h 00", "14 h 21", "11 h 11", "15 h 03", "10 h 10"],
        ["9:41", "1:11", "8:08", "7:17"],
    ],
)
def test_times_of_the_same_shape_start_at_the_same_x(times: list[str]) -> None:
    rows = StopRows(fonts.font(27), times, ["Stop"] * len(times), "", 600)
    assert len({rows.time_left(time) for time in times}) == 1


@pytest.mark.parametrize(
    "times",
    [["2:00 pm", "2:21 pm", "2:11 pm", "2:34 pm"], ["14 h 00", "14 h 21", "14 h 11"]],
)
def test_the_first_digit_is_drawn_at_the_same_x_on_every_row(times: list[str]) -> None:
    """Measured on the pixels (the same first digit, so the same ink to the left)."""
    rows = StopRows(fonts.font(27), times, ["Stop"] * len(times), "", 600)
    image = QImage(600, math.ceil(rows.height), QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    try:
        rows.draw(painter, 0, 0, "#000000")
    finally:
        painter.end()
    assert len(set(first_ink_columns(image, len(times), rows.line_height))) == 1


# --- 3. the room each size has -------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("size", ["story", "post", "a6"])
def test_the_demo_walk_shows_all_its_stops(size: str, lang: str) -> None:
    walk = demo_walk()
    plan = card_plan(walk, CardOptions(size=size, lang=lang))
    assert plan.stops_shown == 5
    (table,) = stop_rows(plan)
    assert not table.more
    for (_time, shown), stop in zip(table.rows, walk.stops, strict=True):
        assert stop.name.startswith(shown.removesuffix("…"))


@pytest.mark.parametrize("lang", LANGS)
def test_the_square_card_shows_at_least_three_stops(lang: str) -> None:
    plan = card_plan(demo_walk(), CardOptions(size="square", lang=lang))
    assert plan.stops_shown >= 3
    (table,) = stop_rows(plan)
    assert bool(table.more) == (plan.stops_shown < 5)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("lang", LANGS)
def test_the_map_keeps_a_fair_share(size: str, lang: str) -> None:
    plan = card_plan(demo_walk(), CardOptions(size=size, lang=lang))
    assert plan.map_area.height() >= 0.2 * plan.safe.height() - 1
    assert plan.map_area.width() >= 0.5 * plan.safe.width()


def test_markers_of_the_square_card_are_a_diameter_apart() -> None:
    walk = demo_walk()
    plan = card_plan(walk, CardOptions(size="square"))
    area = plan.map_area
    view = map_view(walk, round(area.width()), round(area.height()), plan.map_scale)
    points = [view.to_screen(stop.lat, stop.lon) for stop in walk.stops]
    assert math.dist(points[3], points[4]) < 2 * MARKER_RADIUS  # stops 4 and 5 would overlap
    markers = place_markers(points)
    for a, b in itertools.combinations(markers, 2):
        assert math.dist(a, b) >= 2 * MARKER_RADIUS
    assert markers[3] == points[3]  # the earlier one stays on its point
    assert 0 < math.dist(markers[4], points[4]) <= 3 * 2 * MARKER_RADIUS


@pytest.mark.parametrize(
    "points",
    [
        [(100.0, 100.0)] * 12,  # a dozen stops on one spot
        [(100.0 + i, 100.0) for i in range(20)],
        [(0.0, 0.0), (1e-9, 0.0), (0.0, 1e-9)],
        [(1e6, -1e6), (1e6 + 1, -1e6)],
    ],
    ids=["same spot", "a line", "tiny offsets", "far away"],
)
def test_markers_never_cover_each_other(points: list[tuple[float, float]]) -> None:
    markers = place_markers(points)
    assert len(markers) == len(points)
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in markers)
    for a, b in itertools.combinations(markers, 2):
        assert math.dist(a, b) >= 2 * MARKER_RADIUS


def test_markers_already_apart_stay_on_their_points() -> None:
    points = [(50.0 * i, 50.0 * i) for i in range(5)]
    assert place_markers(points) == points


# --- 4. safe area, and nothing over anything else -------------------------------------


def many_stops(count: int, name: str = "Stop") -> Walk:
    walk = demo_walk()
    stops = [
        Stop(f"{name} {i}", 48.85 + i * 1e-4, 2.33 + i * 1e-4, StopKind.WAYPOINT, 5)
        for i in range(count)
    ]
    return replace(walk, route=Route.through(stops))


HOSTILE = {
    "demo": demo_walk,
    "30 stops": lambda: many_stops(30),
    "one stop": lambda: many_stops(1),
    "long names": lambda: many_stops(6, "Quai " + "très " * 60),
    "long everything": lambda: replace(
        demo_walk(),
        title="W" * 200,
        organiser_name="N" * 200,
        organiser_contact="@" + "c" * 200,
        meeting_point=replace(demo_walk().meeting_point, name="M " * 100, note="note " * 200),
        link="https://" + "a" * 60 + ".example.org/" + "p" * 500,
    ),
    "empty words": lambda: replace(
        demo_walk(),
        title="",
        organiser_name="",
        organiser_contact="",
        meeting_point=replace(demo_walk().meeting_point, name="", note=""),
    ),
}


def overlaps(a: QRectF, b: QRectF) -> bool:
    return a.adjusted(0.5, 0.5, -0.5, -0.5).intersects(b.adjusted(0.5, 0.5, -0.5, -0.5))


@pytest.mark.parametrize("case", HOSTILE)
@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("lang", LANGS)
def test_text_and_qr_stay_inside_the_safe_area_and_apart(case: str, size: str, lang: str) -> None:
    plan = card_plan(HOSTILE[case](), CardOptions(size=size, lang=lang))
    card = QRectF(0, 0, *SIZES[size])
    assert card.contains(plan.safe)
    if size == "story":
        assert STORY_SAFE.contains(plan.safe)
    for box in boxes(plan):
        assert plan.safe.adjusted(-0.5, -0.5, 0.5, 0.5).contains(box), box
    placed = [*boxes(plan), plan.map_area]
    for a, b in itertools.combinations(placed, 2):
        assert not overlaps(a, b), (a, b)
    assert plan.map_area.height() > 0 and plan.map_area.width() > 0


@pytest.mark.parametrize("lang", LANGS)
def test_the_story_card_draws_nothing_but_background_and_map_outside_its_safe_area(
    lang: str,
) -> None:
    image = render_card(demo_walk(), CardOptions(size="story", lang=lang), None, "©")
    plan = card_plan(demo_walk(), CardOptions(size="story", lang=lang))
    background = image.pixel(0, 0)
    outside = [
        (x, y)
        for x in range(0, 1080, 4)
        for y in range(0, 1920, 4)
        if not plan.safe.contains(QPointF(x, y))
    ]
    assert all(image.pixel(x, y) == background for x, y in outside)


def story_with_safe_area(lang: str) -> QImage:
    """The story card with its safe area outlined and the overlays shaded (docs/)."""
    image = render_card(demo_walk(), CardOptions(size="story", lang=lang), None, "©")
    plan = card_plan(demo_walk(), CardOptions(size="story", lang=lang))
    painter = QPainter(image)
    try:
        shade = QColor(220, 0, 60, 60)
        painter.fillRect(QRectF(0, 0, 1080, 269), shade)
        painter.fillRect(QRectF(0, 1920 - 384, 1080, 384), shade)
        painter.fillRect(QRectF(1080 * 0.9, 269, 1080 * 0.1, 1920 - 269 - 384), shade)
        painter.setPen(QPen(QColor("#d6004a"), 4))
        painter.drawRect(plan.safe)
        for box in boxes(plan):
            painter.setPen(QPen(QColor("#0a7d32"), 2))
            painter.drawRect(box)
    finally:
        painter.end()
    return image


def test_the_safe_area_picture_draws(tmp_path) -> None:
    path = tmp_path / "card-story-safe-area.png"
    assert story_with_safe_area("en").save(str(path))
    assert QImage(str(path)).size().height() == 1920


# --- 5. the QR caption ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("link", "english", "french"),
    [
        (None, "Scan: meeting point on the map", "Scannez\u00a0: le point de rendez-vous"),
        ("https://chat.whatsapp.com/AbC123", "Scan: chat.whatsapp.com",
         "Scannez\u00a0: chat.whatsapp.com"),
        ("https://www.meetup.com/fr-FR/paris-walks/events/1", "Scan: meetup.com",
         "Scannez\u00a0: meetup.com"),
        ("https://" + "a" * 40 + ".example.org/", "Scan to open the link",
         "Scannez pour ouvrir le lien"),
        ("http://[::1", "Scan to open the link", "Scannez pour ouvrir le lien"),
        ("mailto:sam@example.org", "Scan to open the link", "Scannez pour ouvrir le lien"),
    ],
)  # fmt: skip
def test_the_caption_says_what_the_code_opens(link: str | None, english: str, french: str) -> None:
    walk = replace(demo_walk(), link=link)
    for lang, expected in (("en", english), ("fr", french)):
        plan = card_plan(walk, CardOptions(lang=lang))
        assert qr_caption(plan.link, walk, lang) == expected


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("lang", LANGS)
def test_the_caption_takes_one_or_two_lines_and_no_url(size: str, lang: str) -> None:
    plan = card_plan(demo_walk(), CardOptions(size=size, lang=lang))
    (caption,) = [p.item for p in plan.texts if p.centred]
    assert 1 <= len(caption.lines) <= 2
    assert not any("openstreetmap" in line or "…" in line for line in caption.lines)


def _placed_one_by_one(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The placement as first written: every disc compared with every disc before it."""
    import math

    apart = 2 * (MARKER_RADIUS + 1.5)
    placed: list[tuple[float, float]] = []
    for x, y in points:
        spot = (x, y)
        if any(math.dist(spot, other) < apart for other in placed):
            nearest = min(placed, key=lambda other: math.dist((x, y), other))
            away = math.atan2(y - nearest[1], x - nearest[0]) if nearest != (x, y) else 0.0
            candidates = [
                (x + reach * apart * math.cos(away + math.radians(turn)),
                 y + reach * apart * math.sin(away + math.radians(turn)))
                for reach in (1.15, 1.6, 2.2, 3.0, 4.0, 5.5, 7.5)
                for turn in (0, 30, -30, 60, -60, 90, -90, 135, -135, 180)
            ]  # fmt: skip
            spot = next(
                (c for c in candidates if all(math.dist(c, o) >= apart for o in placed)), spot
            )
        placed.append(spot)
    return placed


def test_markers_are_placed_as_before_but_in_linear_time() -> None:
    """The grid of placed discs gives the same places as comparing with every disc, and a
    walk of 5,000 stops (a GPX of waypoints) no longer takes minutes."""
    import random
    import time

    from walkplanner.render.static_map import MARKER_OUTLINE

    assert MARKER_OUTLINE == 3  # the reference above spells out the disc's spacing
    rng = random.Random(18)
    cluster = [(rng.uniform(0, 300), rng.uniform(0, 200)) for _ in range(300)]
    assert place_markers(cluster) == _placed_one_by_one(cluster)
    crowd = [(rng.uniform(0, 1000), rng.uniform(0, 1000)) for _ in range(5000)]
    started = time.perf_counter()
    assert len(place_markers(crowd)) == 5000
    assert time.perf_counter() - started < 20  # all pairs took minutes
