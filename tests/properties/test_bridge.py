"""The map bridge fed any JSON the page (or a script that got into it) may send: each event
is taken whole, with its values in range, or refused with a log line; nothing raises into
Qt, and a refused event leaves the walk as it was. Extends tests/ui/test_bridge_hostile.py
(every bad value in every field, one at a time) with events drawn at random."""

from __future__ import annotations

import json
import logging
import math
import os
import re
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QWidget

from tests.properties.hostile_json import JSON_VALUES, ODD_NUMBERS
from tests.ui.test_bridge_hostile import EVENTS, SIGNALS
from walkplanner.core.demo import demo_walk
from walkplanner.core.validation import problems
from walkplanner.tiles.providers import PROVIDERS
from walkplanner.ui.document import WalkDocument
from walkplanner.ui.map_bridge import MapBridge
from walkplanner.ui.map_controller import MapController

SWEEP = settings(
    derandomize=True,
    database=None,
    deadline=None,
    max_examples=int(os.environ.get("SWEEP_N", "150")),
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
# Slots that open a menu when their event is good: checked on a bare bridge only.
MENUS = {"stop_context_menu", "leg_context_menu", "map_context_menu"}
STOPS, LEGS = 5, 4  # the demo walk's

GOOD: dict[str, Any] = {
    "revision": st.just(1),
    "index": st.integers(0, LEGS - 1),
    "lat": st.floats(48.8, 48.9),
    "lon": st.floats(2.2, 2.4),
}
NEAR: dict[str, Any] = {
    "revision": st.integers(-2, 3) | st.integers(),
    "index": st.integers(-1, STOPS + 1) | st.integers(),
    "lat": st.floats() | st.integers(-91, 91) | st.sampled_from([90.0000001, -90.5]),
    "lon": st.floats() | st.integers(-181, 181) | st.sampled_from([180.0000001, -180.5]),
}


@st.composite
def events(draw: st.DrawFn, slot: str) -> str:
    """The slot's fields, each a fitting value, a hostile one or missing, maybe with more."""
    fields: dict[str, Any] = {}
    for name in EVENTS[slot]:
        kind = draw(st.integers(0, 19))  # mostly good: a bad value among good ones
        if kind:
            fields[name] = draw(
                GOOD[name] if kind > 6 else NEAR[name] if kind > 3 else ODD_NUMBERS | JSON_VALUES
            )
    if not draw(st.integers(0, 4)):
        fields |= draw(st.dictionaries(st.text(max_size=12), JSON_VALUES, max_size=2))
    text = json.dumps(fields, allow_nan=True)  # NaN, Infinity as the page could write them
    return draw(st.sampled_from([text, text, text[: len(text) // 2], text + "}"]))


SLOT_EVENTS = st.sampled_from(sorted(EVENTS)).flatmap(
    lambda slot: st.tuples(st.just(slot), events(slot))
)


def emitting(bridge: MapBridge) -> list[tuple[str, tuple[Any, ...]]]:
    emitted: list[tuple[str, tuple[Any, ...]]] = []
    for name in SIGNALS:
        getattr(bridge, name).connect(lambda *args, name=name: emitted.append((name, args)))
    return emitted


def assert_in_range(name: str, args: tuple[Any, ...]) -> None:
    """What a signal carries: an index below the drawing's count, a position on the globe."""
    numbers = list(args)
    if name in ("leg_click", "leg_via", "leg_menu"):
        assert 0 <= numbers.pop(0) < LEGS
    elif name in ("stop_move", "stop_remove", "stop_select", "stop_menu"):
        assert 0 <= numbers.pop(0) < STOPS
    elif name == "drawn_revision":
        assert 0 <= numbers.pop(0) < 2**31
    if numbers:
        lat, lon = numbers
        assert math.isfinite(lat) and math.isfinite(lon)
        assert -90 <= lat <= 90 and -180 <= lon <= 180


@SWEEP
@given(SLOT_EVENTS)
def test_a_bridge_emits_only_events_in_range(qtbot, slot_event: tuple[str, str]) -> None:
    slot, text = slot_event
    bridge = MapBridge()
    bridge.drawing = lambda revision: (STOPS, LEGS) if revision == 1 else None
    refused: list[str] = []
    bridge.rejected.connect(refused.append)
    emitted = emitting(bridge)
    getattr(bridge, slot)(text)  # raising here would be the crash dialog
    assert len(emitted) + len(refused) <= 1
    event("taken" if emitted else "refused")
    for name, args in emitted:
        assert_in_range(name, args)


@SWEEP
@given(st.lists(SLOT_EVENTS.filter(lambda pair: pair[0] not in MENUS), min_size=1, max_size=4))
def test_the_walk_changes_only_by_whole_good_events(
    qtbot, caplog: pytest.LogCaptureFixture, sent: list[tuple[str, str]]
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    document = WalkDocument(demo_walk())
    bridge = MapBridge()
    controller = MapController(document, bridge, PROVIDERS["osm"], parent)
    controller.push(fit=True)
    emitted = emitting(bridge)
    caplog.set_level(logging.INFO, logger="walkplanner.ui.map_bridge")
    for slot, text in sent:
        text = re.sub(r'"revision": 1(?=[,}])', f'"revision": {controller.revision}', text)
        before, count = document.walk, len(emitted)
        caplog.clear()
        getattr(bridge, slot)(text)
        event("taken" if len(emitted) > count else "refused")
        if len(emitted) == count:  # refused: said in the log, nothing changed
            assert document.walk == before
            assert any(r.name == "walkplanner.ui.map_bridge" for r in caplog.records)
        assert problems(document.walk) == []
