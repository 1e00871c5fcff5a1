"""The window's routing controller tells its router when it goes, so routing abandoned
by a closing window never writes the route cache after the store is closed."""

from __future__ import annotations

import logging

import pytest
import shiboken6
from PySide6.QtCore import QObject

from tests.routing.test_router_close import SlowClient
from walkplanner.core.demo import demo_walk
from walkplanner.routing.legs import LegRouter
from walkplanner.ui.document import WalkDocument
from walkplanner.ui.routing_controller import RoutingController


class WatchedCache:
    """Misses every time and records what is written."""

    def __init__(self) -> None:
        self.writes: list[str] = []

    def cached_route(self, key: str) -> None:
        return None

    def cache_route(self, key: str, points: object, distance_m: float) -> None:
        self.writes.append(key)


def test_legs_still_routing_when_the_window_goes_are_not_cached(
    qtbot, caplog: pytest.LogCaptureFixture
) -> None:
    client = SlowClient()
    cache = WatchedCache()
    router = LegRouter(client, cache)  # type: ignore[arg-type]
    window = QObject()  # stands for the main window, the controller's parent
    walk = demo_walk()
    RoutingController(WalkDocument(walk, lambda _walk: []), router, window)
    caplog.set_level(logging.DEBUG, logger="walkplanner")
    qtbot.waitUntil(client.asked.is_set, timeout=5_000)  # a leg is being routed

    shiboken6.delete(window)  # the session deletes the window before closing the store
    client.answer.set()
    dropped = lambda: caplog.text.count("not cached: the router is closed")  # noqa: E731
    qtbot.waitUntil(lambda: dropped() == len(walk.legs), timeout=5_000)  # every leg came back

    assert cache.writes == []
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING or r.exc_info]


def test_the_session_closes_the_router_before_the_store(
    harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    from walkplanner.store import Store

    order: list[str] = []
    close_router, close_store = LegRouter.close, Store.close

    def router_closed(router: LegRouter) -> None:
        order.append("router")
        close_router(router)

    def store_closed(store: Store) -> None:
        order.append("store")
        close_store(store)

    monkeypatch.setattr(LegRouter, "close", router_closed)
    monkeypatch.setattr(Store, "close", store_closed)
    harness.open(offline=True)
    harness.close()
    assert order == ["router", "store"]
