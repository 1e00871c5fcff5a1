"""Offline routing is expected: one INFO line per leg in the log, never a traceback."""

from __future__ import annotations

import logging
import socket

import pytest
from PySide6.QtCore import QObject

from walkplanner.core.demo import demo_walk
from walkplanner.routing.legs import LegRouter
from walkplanner.routing.osrm import OsrmClient, RoutingError
from walkplanner.ui.tasks import run_task


class NoCache:
    def cached_route(self, key: str) -> None:
        return None

    def cache_route(self, key: str, points: object, distance_m: float) -> None:
        raise AssertionError("nothing routed, nothing cached")


def dead_address() -> str:
    """A loopback port nobody listens on: the connection is refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def test_a_router_that_is_down_logs_one_line_per_leg(
    qtbot, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("WALKPLANNER_ROUTING_URL", raising=False)
    router = LegRouter(OsrmClient(dead_address()), NoCache())
    walk = demo_walk()
    owner = QObject()
    failures: list[Exception] = []
    caplog.set_level(logging.DEBUG)
    for i, leg in enumerate(walk.legs):  # as the window's routing controller asks, leg by leg
        a, b = walk.stops[i], walk.stops[i + 1]
        run_task(lambda a=a, b=b, leg=leg: router.route(a, b, leg), print, failures.append, owner)
    qtbot.waitUntil(lambda: len(failures) == len(walk.legs), timeout=10_000)
    assert all(isinstance(error, RoutingError) for error in failures)
    ours = [r for r in caplog.records if r.name.startswith("walkplanner")]
    assert [r.levelno for r in ours] == [logging.INFO] * len(walk.legs), caplog.text
    assert not any(r.exc_info for r in ours)
    assert all("cannot be reached" in r.getMessage() for r in ours)
    assert len(caplog.text.splitlines()) == len(walk.legs)
