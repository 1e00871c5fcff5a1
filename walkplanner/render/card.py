"""The invite card: the first thing strangers see of a walk, sized for stories, posts and print.

`card_plan` decides where everything goes (card_layout); `render_card` draws that plan.
Every text block is measured before it is placed, so nothing is clipped or drawn over
anything else.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath

from walkplanner.core.crowd import Participant, attendance
from walkplanner.core.model import Walk
from walkplanner.core.wording import LANGUAGES
from walkplanner.problem import Problem
from walkplanner.render.card_layout import SIZES, CardPlan, plan_card
from walkplanner.render.drawable import ensure_drawable
from walkplanner.render.qr import draw_qr
from walkplanner.render.static_map import TileSource, render_map
from walkplanner.render.themes import THEMES, Theme


class CardError(Problem, ValueError):
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


def card_plan(walk: Walk, options: CardOptions, people: Sequence[Participant] = ()) -> CardPlan:
    """`people` is the sign-up list: the card says how many are coming from it and the
    walk's own numbers (expected, capacity), never from one alone. RenderError for a walk
    with a position that is not finite or off the globe."""
    ensure_drawable(walk)
    coming = attendance(walk, tuple(people))
    theme = THEMES[options.theme]
    return plan_card(walk, coming, options.size, options.lang, options.link, theme)


def render_card(
    walk: Walk,
    options: CardOptions,
    tiles: TileSource | None,
    attribution: str,
    people: Sequence[Participant] = (),
) -> QImage:
    plan = card_plan(walk, options, people)
    theme = THEMES[options.theme]
    image = QImage(plan.width, plan.height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(theme.background))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        _draw_map(painter, plan, walk, theme, tiles, attribution)
        for placed in plan.texts:
            box = placed.box
            align = Qt.AlignmentFlag.AlignHCenter if placed.centred else Qt.AlignmentFlag.AlignLeft
            placed.item.draw(painter, box.left(), box.top(), placed.colour, align, box.width())
        draw_qr(painter, plan.qr_area, plan.link, 16 * plan.unit)
    finally:
        painter.end()
    return image


def _draw_map(
    painter: QPainter,
    plan: CardPlan,
    walk: Walk,
    theme: Theme,
    tiles: TileSource | None,
    attribution: str,
) -> None:
    area = plan.map_area
    image = render_map(
        walk,
        round(area.width()),
        round(area.height()),
        tiles,
        attribution,
        scale=plan.map_scale,
        style=theme.map_style,
    )
    clip = QPainterPath()
    clip.addRoundedRect(area, 28 * plan.unit, 28 * plan.unit)
    painter.save()
    painter.setClipPath(clip)
    painter.drawImage(area.topLeft(), image)
    painter.restore()
