"""Every event the page can send, with every kind of bad value in every field: each is
refused with a log line, emits nothing, edits nothing and raises nothing.

The events are driven through a real MapController over the demo walk (five stops, four
legs), so a value that slipped past the checks would show as an edit, not only a signal.
"""

from __future__ import annotations

import itertools
import json
import logging
from typing import Any

import pytest
from PySide6.QtCore import QMetaMethod
from PySide6.QtWidgets import QWidget

from walkplanner.core.demo import demo_walk
from walkplanner.tiles.providers import PROVIDERS
from walkplanner.ui.document import WalkDocument
from walkplanner.ui.map_bridge import MapBridge
from walkplanner.ui.map_controller import MapController

# The fields of each event, as bridge.js sends them: "revision" and "index" are integers,
# "lat" and "lon" numbers (a good value for the demo walk).
EVENTS: dict[str, dict[str, Any]] = {
    "map_clicked": {"revision": "R", "lat": 48.85, "lon": 2.35},
    "leg_clicked": {"revision": "R", "index": 1, "lat": 48.85, "lon": 2.35},
    "stop_moved": {"revision": "R", "index": 1, "lat": 48.85, "lon": 2.35},
    "meeting_point_moved": {"revision": "R", "lat": 48.85, "lon": 2.35},
    "remove_stop": {"revision": "R", "index": 1},
    "stop_clicked": {"revision": "R", "index": 1},
    "stop_context_menu": {"revision": "R", "index": 1},
    "leg_via_dragged": {"revision": "R", "index": 1, "lat": 48.85, "lon": 2.35},
    "leg_context_menu": {"revision": "R", "index": 1},
    "map_context_menu": {"revision": "R", "lat": 48.85, "lon": 2.35},
    "drawn": {"revision": "R"},
}
SIGNALS = [
    "drawn_revision",
    "map_click",
    "leg_click",
    "stop_move",
    "meeting_move",
    "stop_remove",
    "stop_select",
    "stop_menu",
    "leg_menu",
    "leg_via",
    "map_menu",
]

# Raw JSON texts for a field's value: wrong types, non-finite and huge numbers.
NOT_A_NUMBER = [
    '"1"',
    '""',
    '"x" ',
    "null",
    "true",
    "false",
    "[]",
    "[1]",
    "{}",
    '{"v": 1}',
    "NaN",
    "Infinity",
    "-Infinity",
    "1e400",
    "-1e400",
    '"' + "9" * 5_000 + '"',
]
BAD_INDEXES = [
    *NOT_A_NUMBER,
    "-1",
    "-2147483648",
    "5",  # past the last stop (and leg)
    "99",
    "2147483647",
    "2147483648",
    "1" + "0" * 400,
    "1.0",
    "0.5",
    "1e2",
    "-0.0",
]
BAD_COORDINATES = [*NOT_A_NUMBER, "-180.5", "1e308", "-1e308", "1" + "0" * 400]
BAD_VALUES = {
    "revision": [*BAD_INDEXES, "0"],  # before the first drawing
    "index": BAD_INDEXES,
    "lat": [*BAD_COORDINATES, "90.0001"],
    "lon": [*BAD_COORDINATES, "180.0001"],
}
# Whole messages that are not an event at all, for every slot.
BAD_MESSAGES: list[object] = [
    None,
    0,
    1.5,
    True,
    [],
    {},
    b"{}",
    "",
    " ",
    "null",
    "0",
    "[]",
    '"{}"',
    "{",
    "}",
    "{'revision': 1}",
    "\x00",
    "{}\x00",
    "\ud800",
    "[" * 10_000 + "]" * 10_000,
    '{"a":' * 10_000,
    "x" * 1_000_000,
]


def event_text(fields: dict[str, str]) -> str:
    """An event from raw JSON values (so NaN, 1e400 and long digits reach the reader)."""
    return "{" + ", ".join(f"{json.dumps(k)}: {v}" for k, v in fields.items()) + "}"


def good_fields(slot: str, revision: int) -> dict[str, str]:
    return {
        name: str(revision) if value == "R" else json.dumps(value)
        for name, value in EVENTS[slot].items()
    }


def field_cases() -> list[Any]:
    cases = []
    for slot, fields in EVENTS.items():
        for name in fields:
            for value in BAD_VALUES[name]:
                if slot == "drawn" and value in ("0", "5", "99", "2147483647"):
                    continue  # any revision may be reported drawn: it only times a draw
                cases.append(pytest.param(slot, name, value, id=f"{slot}-{name}={value[:24]}"))
    return cases


@pytest.fixture
def live(qtbot, caplog: pytest.LogCaptureFixture):
    """A bridge and a controller over the demo walk, drawn once; what the bridge emitted."""
    parent = QWidget()
    qtbot.addWidget(parent)
    document = WalkDocument(demo_walk())
    bridge = MapBridge()
    controller = MapController(document, bridge, PROVIDERS["osm"], parent)
    controller.push(fit=True)
    emitted: list[str] = []
    for name in SIGNALS:
        getattr(bridge, name).connect(lambda *_a, name=name: emitted.append(name))
    caplog.set_level(logging.INFO, logger="walkplanner.ui.map_bridge")
    return bridge, controller, document, emitted, caplog


def assert_refused(live: Any, send: Any) -> None:
    document, emitted, caplog = live[2:]
    before = (document.walk, document.undo_stack.count())
    send()  # raising here would be the crash dialog
    assert emitted == []
    assert (document.walk, document.undo_stack.count()) == before
    assert [r for r in caplog.records if r.name == "walkplanner.ui.map_bridge"], "no log line"


@pytest.mark.parametrize(("slot", "name", "value"), field_cases())
def test_a_bad_value_in_any_field_of_any_event_is_refused(live, slot, name, value) -> None:
    bridge, controller = live[0], live[1]
    fields = good_fields(slot, controller.revision) | {name: value}
    assert_refused(live, lambda: getattr(bridge, slot)(event_text(fields)))


@pytest.mark.parametrize("slot", EVENTS)
@pytest.mark.parametrize("kind", ["missing", "extra", "renamed", "long-name"])
def test_an_event_with_fields_missing_or_added_is_refused(live, slot: str, kind: str) -> None:
    bridge, controller = live[0], live[1]
    for name in EVENTS[slot]:
        fields = good_fields(slot, controller.revision)
        value = fields.pop(name)
        if kind == "extra":
            fields |= {name: value, "extra": "1"}
        elif kind == "renamed":
            fields[name.upper()] = value
        elif kind == "long-name":
            fields |= {name: value, "x" * 2_000: "1"}
        assert_refused(live, lambda fields=fields: getattr(bridge, slot)(event_text(fields)))


@pytest.mark.parametrize("slot", EVENTS)
@pytest.mark.parametrize(
    "message", BAD_MESSAGES, ids=[f"{i}-{str(m)[:16]!r}" for i, m in enumerate(BAD_MESSAGES)]
)
def test_a_message_that_is_no_event_is_refused(live, slot: str, message: object) -> None:
    bridge = live[0]
    assert_refused(live, lambda: getattr(bridge, slot)(message))


@pytest.mark.parametrize("slot", [s for s in EVENTS if s != "drawn"])
def test_an_event_against_a_drawing_the_walk_changed_since_is_ignored(live, slot: str) -> None:
    bridge, controller, document = live[0], live[1], live[2]
    stale = controller.revision
    document.load(demo_walk())  # equal stops, another walk
    document.undo_stack.clear()
    assert_refused(live, lambda: getattr(bridge, slot)(event_text(good_fields(slot, stale))))


@pytest.mark.parametrize("slot", EVENTS)
def test_every_event_is_taken_when_good(qtbot, slot: str) -> None:
    """The refusals above are for the bad values, not for every event (a bare bridge:
    the menus' events would open a menu)."""
    bridge = MapBridge()
    bridge.drawing = lambda revision: (5, 4) if revision == 1 else None
    emitted: list[str] = []
    for name in SIGNALS:
        getattr(bridge, name).connect(lambda *_a, name=name: emitted.append(name))
    getattr(bridge, slot)(event_text(good_fields(slot, 1)))
    assert len(emitted) == 1


def test_ready_is_taken_once_per_load_of_the_page(qtbot) -> None:
    bridge = MapBridge()
    readies, refused = [], []
    bridge.page_ready.connect(lambda: readies.append(1))
    bridge.rejected.connect(refused.append)
    for _ in range(3):
        bridge.ready()
    assert (len(readies), refused) == (1, ["ready, said twice"] * 2)
    bridge.reset()  # the page loads again
    bridge.ready()
    assert len(readies) == 2


def test_the_page_can_call_only_the_event_slots(harness) -> None:
    """What QWebChannel publishes: the bridge's own slots, nothing connected to it since
    (PySide makes a method connected to a signal a slot, which the page could call)."""
    bridge = harness.open().window.map_view.bridge
    meta = bridge.metaObject()
    published = {
        bytes(meta.method(i).name()).decode()
        for i in range(meta.methodCount())
        if meta.method(i).methodType() == QMetaMethod.MethodType.Slot
        and meta.method(i).access() == QMetaMethod.Access.Public
    }
    assert published == {"deleteLater", "ready", *EVENTS}  # deleteLater: refused by QWebChannel


def test_unknown_names_and_raw_channel_messages_reach_nothing(harness) -> None:
    """A script that got in, speaking the channel's protocol itself: unknown objects and
    methods, signals invoked as methods, deleteLater, wrong arguments."""
    window = harness.open().window
    document, bridge = window.document, window.map_view.bridge
    before = (document.walk, document.undo_stack.count())
    messages = [
        {"type": 6, "object": obj, "method": method, "args": args, "id": 9000 + n}
        for n, (obj, method, args) in enumerate(
            itertools.product(
                ["bridge", "nothing", None, 1],
                [*range(-2, 40), 2**40, "x", None],
                [[], [None], ["{}"], [1, 2, 3], ["x" * 1_000]],
            )
        )
    ]
    script = (
        "(() => { "
        + "".join(f"qt.webChannelTransport.send({json.dumps(json.dumps(m))});" for m in messages)
        + " qt.webChannelTransport.send('not json'); return 1; })()"
    )
    harness.js(script)
    with harness.qtbot.waitSignal(bridge.stop_select, timeout=10_000):
        harness.js("(WalkBridge.inspect().layers.stops[0].fire('click'), 1)")
    assert (document.walk, document.undo_stack.count()) == before
    assert harness.js("typeof WalkBridge") == "object"
    harness.after_drawn(lambda: window.map.push(fit=False))  # the map still draws
