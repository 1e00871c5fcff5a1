from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from tests.osrm_server import RouterState, osrm_server
from walkplanner import USER_AGENT
from walkplanner.cli import main
from walkplanner.core.demo import demo_walk
from walkplanner.core.model import LegMode, LegSource
from walkplanner.core.schedule import plan
from walkplanner.routing.legs import LegRouter, pending_legs, unwanted_routes
from walkplanner.routing.osrm import OsrmClient, RoutingError


class MemoryCache:
    def __init__(self) -> None:
        self.routes: dict[str, tuple[tuple[tuple[float, float], ...], float]] = {}

    def cached_route(self, key: str):
        return self.routes.get(key)

    def cache_route(self, key: str, points, distance_m: float) -> None:
        self.routes[key] = (points, distance_m)


@pytest.fixture
def router() -> Iterator[RouterState]:
    with osrm_server() as state:
        yield state


def test_client_asks_for_a_full_foot_geometry_and_reads_it(router: RouterState) -> None:
    path = OsrmClient(router.url).route([(48.86105, 2.33583), (48.85834, 2.33752)])
    requested, query, headers = router.requests[0]
    assert requested == "/route/v1/foot/2.335830,48.861050;2.337520,48.858340"
    assert query["overview"] == ["full"] and query["geometries"] == ["geojson"]
    assert headers["User-Agent"] == USER_AGENT
    assert path.points[0] == (48.86105, 2.33583) and path.points[1] == (48.85834, 2.33583)
    assert path.distance_m > 300


@pytest.mark.parametrize(
    ("answer", "message"), [("noroute", "Impossible route"), ("error", "HTTP 500")]
)
def test_router_failures_say_why(router: RouterState, answer: str, message: str) -> None:
    router.answer = answer
    with pytest.raises(RoutingError, match=message):
        OsrmClient(router.url).route([(48.0, 2.0), (48.1, 2.1)])


def test_an_unresolvable_router_says_its_name_is_not_resolved() -> None:
    with pytest.raises(RoutingError) as raised:
        OsrmClient("http://nonexistent.invalid", deadline_s=2).route([(48.0, 2.0), (48.1, 2.1)])
    assert str(raised.value) == "The router cannot be reached: name not resolved."


def test_an_unreachable_router_says_so() -> None:
    with osrm_server() as gone:
        url = gone.url
    with pytest.raises(RoutingError, match="cannot be reached"):
        OsrmClient(url, deadline_s=2).route([(48.0, 2.0), (48.1, 2.1)])


def test_routed_legs_are_cached_and_pinned_to_the_stops(router: RouterState) -> None:
    walk, cache = demo_walk(), MemoryCache()
    legs = LegRouter(OsrmClient(router.url), cache)
    a, b = walk.stops[0], walk.stops[1]
    routed = legs.route(a, b, walk.legs[0])
    assert routed.source == LegSource.ROUTED
    assert routed.points[0] == a.position and routed.points[-1] == b.position
    assert legs.route(a, b, walk.legs[0]) == routed
    assert len(router.requests) == 1


def test_offline_never_asks(router: RouterState) -> None:
    walk = demo_walk()
    legs = LegRouter(OsrmClient(router.url), MemoryCache(), offline=True)
    with pytest.raises(RoutingError, match="Offline"):
        legs.route(walk.stops[0], walk.stops[1], walk.legs[0])
    assert router.requests == []


def test_which_legs_want_what() -> None:
    walk = demo_walk()
    assert pending_legs(walk) == [0, 1, 2, 3]
    walk = replace(walk, route=walk.route.with_leg(1, replace(walk.legs[1], mode=LegMode.STRAIGHT)))
    assert pending_legs(walk) == [0, 2, 3]
    walk = replace(walk, follow_streets=False)
    walk = replace(
        walk, route=walk.route.with_leg(2, replace(walk.legs[2], source=LegSource.ROUTED))
    )
    assert pending_legs(walk) == [] and unwanted_routes(walk) == [2]


def test_cli_route_routes_every_leg_once(
    router: RouterState,
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("WALKPLANNER_ROUTING_URL", router.url)
    assert main(["route", "louvre"]) == 0
    out = capsys.readouterr().out
    assert "4 of 4 legs follow the streets" in out
    assert len(router.requests) == 4
    assert main(["show", "louvre", "--json"]) == 0
    import json

    shown = json.loads(capsys.readouterr().out)
    assert shown["distance_km"] > plan(demo_walk()).distance_km * 1.1
    assert shown["route_points"] > 5
    assert main(["route", "louvre"]) == 0
    assert len(router.requests) == 4  # every leg came from the cache


def test_cli_route_offline_keeps_straight_lines(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--offline", "route", "louvre"]) == 0
    out = capsys.readouterr().out
    assert "0 of 4 legs follow the streets" in out and "Offline" in out
