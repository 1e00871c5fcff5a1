"""Any answer an OSRM-compatible router may give becomes a routed leg whose every point is
finite and on the globe, or a RoutingError the window shows while the leg stays straight:
never another exception, never a number a walk cannot hold."""

from __future__ import annotations

import math
import sqlite3
import struct
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.properties.hostile_json import (
    JSON_VALUES,
    ODD_NUMBERS,
    RAW_BODIES,
    encoded,
    replying,
)
from walkplanner.core.demo import demo_walk
from walkplanner.core.model import LegSource
from walkplanner.core.validation import problems
from walkplanner.routing.answer import (
    MAX_POINTS,
    MAX_SNAP_M,
    AnswerError,
    path_from_answer,
    router_message,
)
from walkplanner.routing.legs import LegRouter
from walkplanner.routing.osrm import OsrmClient, RoutedPath, RoutingError
from walkplanner.store import DATABASE_NAME, open_store

SWEEP = settings(
    derandomize=True,
    database=None,
    deadline=None,
    max_examples=int(__import__("os").environ.get("SWEEP_N", "150")),
)

WALK = demo_walk()
A, B = WALK.stops[0], WALK.stops[1]
WAYPOINTS = (A.position, B.position)

# [lon, lat] pairs near the two stops, as a router writes them, and pairs gone wrong.
NEAR = st.tuples(
    st.floats(min(A.lon, B.lon) - 0.01, max(A.lon, B.lon) + 0.01),
    st.floats(min(A.lat, B.lat) - 0.01, max(A.lat, B.lat) + 0.01),
).map(list)
PAIRS = st.one_of(
    NEAR,
    NEAR.map(lambda pair: pair[::-1]),  # lat, lon swapped
    st.lists(ODD_NUMBERS | st.floats(), min_size=0, max_size=3),
    st.tuples(st.floats(-1e4, 1e4), st.floats(-1e4, 1e4)).map(list),  # off the globe
    JSON_VALUES,
)
ROUTES = st.fixed_dictionaries(
    {"geometry": st.fixed_dictionaries({"coordinates": st.lists(PAIRS, max_size=30)})},
    optional={
        "distance": ODD_NUMBERS | st.floats() | st.integers(),
        "duration": ODD_NUMBERS | st.floats() | st.integers(),
        "legs": JSON_VALUES,
    },
)
ANSWERS = st.one_of(
    st.fixed_dictionaries(
        {"code": st.just("Ok"), "routes": st.lists(ROUTES, min_size=1, max_size=2)},
        optional={"waypoints": JSON_VALUES, "message": JSON_VALUES},
    ),
    st.fixed_dictionaries({"code": st.just("Ok"), "routes": JSON_VALUES}),
    JSON_VALUES,
)


def assert_walkable(points: tuple[tuple[float, float], ...], distance_m: float) -> None:
    assert len(points) >= 2
    for lat, lon in points:
        assert isinstance(lat, float) and isinstance(lon, float)
        assert -90 <= lat <= 90 and -180 <= lon <= 180  # False for NaN
    assert isinstance(distance_m, float) and math.isfinite(distance_m) and distance_m >= 0


@SWEEP
@given(ANSWERS)
def test_an_answer_is_a_walkable_path_or_refused(answer: object) -> None:
    try:
        points, distance_m = path_from_answer(answer, WAYPOINTS)
    except AnswerError as error:
        assert str(error)
        return
    assert_walkable(points, distance_m)


@SWEEP
@given(JSON_VALUES)
def test_the_router_s_own_words_are_a_short_clean_line_or_none(answer: object) -> None:
    said = router_message(answer)
    assert said is None or (0 < len(said) <= 200 and said.isprintable())


class MemoryCache:
    def __init__(self) -> None:
        self.routes: dict[str, tuple[tuple[tuple[float, float], ...], float]] = {}

    def cached_route(self, key: str) -> tuple[tuple[tuple[float, float], ...], float] | None:
        return self.routes.get(key)

    def cache_route(
        self, key: str, points: tuple[tuple[float, float], ...], distance: float
    ) -> None:
        self.routes[key] = (points, distance)


@SWEEP
@given(
    st.one_of(st.builds(encoded, ANSWERS), RAW_BODIES),
    st.sampled_from([200, 200, 200, 400, 500, 204, 302]),
)
def test_a_leg_follows_a_reply_or_stays_straight_saying_why(body: bytes, status: int) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        replying(monkeypatch, status, body)
        router = LegRouter(OsrmClient("http://router.invalid"), MemoryCache())
        try:
            leg = router.route(A, B, WALK.legs[0])
        except RoutingError as error:
            assert str(error)
            return
    assert leg.source == LegSource.ROUTED
    assert leg.points[0] == A.position and leg.points[-1] == B.position
    walk = replace(WALK, route=WALK.route.with_leg(0, leg))
    assert problems(walk) == []


@pytest.mark.parametrize(
    "coordinates",
    [
        [[A.lon, A.lat]],  # a route of one point
        [],
        [[A.lon, A.lat]] * (MAX_POINTS + 1),  # 100,001 points
        [[A.lon, A.lat]] * 1_000_000,
        [[A.lat, A.lon], [B.lat, B.lon]],  # lon/lat swapped: 4,000 km away
        [[A.lon, A.lat], [B.lon, math.nan]],
        [[A.lon, A.lat], [B.lon, 10**400]],
        [[A.lon, A.lat], [B.lon, "48.8"]],
        [[A.lon, A.lat], [True, B.lat]],
        [[A.lon, A.lat], [B.lon, B.lat, 0]],
    ],
)
def test_paths_no_leg_can_follow_are_refused(coordinates: list[object]) -> None:
    answer = {"code": "Ok", "routes": [{"geometry": {"coordinates": coordinates}}]}
    with pytest.raises(AnswerError):
        path_from_answer(answer, WAYPOINTS)


def test_a_path_close_to_its_stops_is_followed() -> None:
    points, _ = path_from_answer(
        {"routes": [{"geometry": {"coordinates": [[A.lon, A.lat], [B.lon, B.lat]]}}]}, WAYPOINTS
    )
    assert points == WAYPOINTS
    assert MAX_SNAP_M > 0


class Unreachable(OsrmClient):
    """A router that is never asked in these tests: a leg not taken from the cache stays
    straight, saying why."""

    def route(self, waypoints: object) -> RoutedPath:
        raise RoutingError("not asked")


def packed(points: list[tuple[float, float]]) -> bytes:
    return struct.pack(f"<{2 * len(points)}d", *(n for point in points for n in point))


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("route-cache")
    open_store(folder).close()
    return folder


@settings(derandomize=True, database=None, deadline=None, max_examples=60)
@given(
    st.one_of(
        st.lists(NEAR.map(lambda pair: (pair[1], pair[0])), max_size=6).map(packed),
        st.lists(st.tuples(st.floats(), st.floats()), max_size=4).map(packed),
        st.binary(max_size=40),
        st.text(max_size=10),
        st.integers(),
    ),
    st.one_of(
        st.floats(allow_nan=False),
        st.integers(-(2**63), 2**63 - 1),
        st.text(max_size=5),
        st.binary(max_size=8),
    ),
)
def test_a_cached_route_is_followed_only_when_it_joins_the_stops(
    data_dir: Path, geometry: object, distance: object
) -> None:
    """A route cache row as a damaged file or an older version left it."""
    store = open_store(data_dir)
    try:
        router = LegRouter(Unreachable("http://router.invalid"), store.repository)
        key = router.key((A.position, B.position))
        with sqlite3.connect(data_dir / DATABASE_NAME) as db:
            db.execute(
                "INSERT OR REPLACE INTO route_cache (key, geometry, distance_m, created_at)"
                " VALUES (?, ?, ?, ?)",
                (key, geometry, distance, "2026-01-01 00:00:00.000000"),
            )
        db.close()
        try:
            leg = router.route(A, B, WALK.legs[0])
        except RoutingError as error:
            assert str(error) == "not asked"
            return
    finally:
        store.close()
    assert leg.points[0] == A.position and leg.points[-1] == B.position
    assert problems(replace(WALK, route=WALK.route.with_leg(0, leg))) == []
