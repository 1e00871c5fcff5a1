"""Routing that its window abandoned may answer after the store has closed: the router,
closed first, keeps the late path out of the store, quietly, without an exception on
the routing thread (the store would otherwise open itself again to write it)."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import pytest

from walkplanner.core.demo import demo_walk
from walkplanner.core.model import LatLon, Leg
from walkplanner.routing.legs import LegRouter, waypoints
from walkplanner.routing.osrm import RoutedPath
from walkplanner.store import open_store


class SlowClient:
    """A router that answers only when the test lets it."""

    base_url = "http://router.test"

    def __init__(self) -> None:
        self.asked = threading.Event()
        self.answer = threading.Event()

    def route(self, points: tuple[LatLon, ...]) -> RoutedPath:
        self.asked.set()
        assert self.answer.wait(10)
        return RoutedPath(tuple(points), 500.0)


def test_a_route_that_comes_back_after_close_is_not_written(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    walk = demo_walk()
    a, b, leg = walk.stops[0], walk.stops[1], walk.legs[0]
    store = open_store(tmp_path)
    client = SlowClient()
    router = LegRouter(client, store.repository)  # type: ignore[arg-type]
    outcome: list[Leg | BaseException] = []

    def abandoned() -> None:
        try:
            outcome.append(router.route(a, b, leg))
        except BaseException as error:  # the test reports it
            outcome.append(error)

    caplog.set_level(logging.DEBUG, logger="walkplanner")
    thread = threading.Thread(target=abandoned, daemon=True)
    thread.start()
    assert client.asked.wait(10)
    router.close()  # as the window's deletion does, before the session closes the store
    store.close()
    client.answer.set()
    thread.join(10)

    assert len(outcome) == 1 and isinstance(outcome[0], Leg)
    again = open_store(tmp_path)
    try:
        assert again.repository.cached_route(router.key(waypoints(a, b, leg))) is None
    finally:
        again.close()
    assert "not cached: the router is closed" in caplog.text
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


def test_an_open_router_still_caches_what_it_routes(tmp_path: Path) -> None:
    walk = demo_walk()
    a, b, leg = walk.stops[0], walk.stops[1], walk.legs[0]
    store = open_store(tmp_path)
    try:
        client = SlowClient()
        client.answer.set()
        router = LegRouter(client, store.repository)  # type: ignore[arg-type]
        router.route(a, b, leg)
        assert store.repository.cached_route(router.key(waypoints(a, b, leg))) is not None
    finally:
        store.close()
