"""A walk with a position that is not finite or off the globe is refused before any
painter exists: a clear RenderError, never a crash inside Qt."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from walkplanner.core.demo import demo_walk
from walkplanner.core.model import Leg, Walk
from walkplanner.render.card import CardOptions, render_card
from walkplanner.render.drawable import RenderError
from walkplanner.render.handout import HandoutOptions, export_pdf
from walkplanner.render.static_map import render_map


def with_leg_point(value: float) -> Walk:
    walk = demo_walk()
    leg = walk.legs[1]
    bad = Leg((leg.points[0], (value, 2.34), leg.points[-1]), leg.source)
    walk = replace(walk, route=walk.route.with_leg(1, bad))
    return walk


def with_stop(lat: float, lon: float) -> Walk:
    walk = demo_walk()
    stops = list(walk.route.stops)
    stops[2] = replace(stops[2], lat=lat, lon=lon)
    walk = replace(walk, route=replace(walk.route, stops=tuple(stops)))
    return walk


def with_meeting(lat: float) -> Walk:
    walk = demo_walk()
    walk = replace(walk, meeting_point=replace(walk.meeting_point, lat=lat))
    return walk


BAD_WALKS: dict[str, Callable[[], Walk]] = {
    "NaN leg point": lambda: with_leg_point(math.nan),
    "1e308 leg point": lambda: with_leg_point(1e308),
    "-inf leg point": lambda: with_leg_point(-math.inf),
    "NaN stop": lambda: with_stop(math.nan, 2.3),
    "1e308 stop": lambda: with_stop(48.8, 1e308),
    "latitude 91 stop": lambda: with_stop(91.0, 2.3),
    "inf meeting point": lambda: with_meeting(math.inf),
}


@pytest.mark.parametrize("case", list(BAD_WALKS), ids=list(BAD_WALKS))
def test_every_renderer_refuses_a_walk_off_the_globe(case: str, tmp_path: Path) -> None:
    walk = BAD_WALKS[case]()
    with pytest.raises(RenderError, match="cannot be drawn"):
        render_map(walk, 400, 300, None, "credit")
    with pytest.raises(RenderError, match="cannot be drawn"):
        render_card(walk, CardOptions(), None, "credit")
    with pytest.raises(RenderError, match="cannot be drawn"):
        export_pdf(walk, HandoutOptions(), None, "credit", tmp_path / "h.pdf")
    assert not (tmp_path / "h.pdf").exists()


def test_a_good_walk_still_draws() -> None:
    assert not render_map(demo_walk(), 400, 300, None, "credit").isNull()
