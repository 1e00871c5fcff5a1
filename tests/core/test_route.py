from __future__ import annotations

import pytest

from walkplanner.core.model import Leg, LegSource, Route, Stop


def _stops(n: int) -> list[Stop]:
    return [Stop(f"S{i}", 48.0 + i / 100, 2.0) for i in range(n)]


def _routed(route: Route) -> Route:
    legs = tuple(
        Leg((leg.points[0], (0.5, 0.5), leg.points[-1]), LegSource.ROUTED) for leg in route.legs
    )
    return Route(route.stops, legs)


def test_route_keeps_one_leg_fewer_than_stops() -> None:
    with pytest.raises(ValueError):
        Route(tuple(_stops(2)), ())
    assert len(Route.through(_stops(4)).legs) == 3


def test_insert_splits_only_the_leg_it_lands_on() -> None:
    route = _routed(Route.through(_stops(3)))
    new = Stop("X", 48.005, 2.0)
    result = route.inserted(1, new)
    assert [s.name for s in result.stops] == ["S0", "X", "S1", "S2"]
    assert [leg.source for leg in result.legs] == [
        LegSource.STRAIGHT,
        LegSource.STRAIGHT,
        LegSource.ROUTED,
    ]
    appended = route.inserted(3, new)
    assert [leg.source for leg in appended.legs] == [
        LegSource.ROUTED,
        LegSource.ROUTED,
        LegSource.STRAIGHT,
    ]


def test_move_redraws_only_touching_legs() -> None:
    route = _routed(Route.through(_stops(4)))
    moved = route.moved(1, 10.0, 20.0)
    assert [leg.source for leg in moved.legs] == [
        LegSource.STRAIGHT,
        LegSource.STRAIGHT,
        LegSource.ROUTED,
    ]
    assert moved.legs[0].points == ((48.0, 2.0), (10.0, 20.0))
    assert route.stops[1].lat == 48.01  # the original is untouched


def test_remove_joins_neighbours() -> None:
    route = _routed(Route.through(_stops(4)))
    removed = route.removed(1)
    assert [s.name for s in removed.stops] == ["S0", "S2", "S3"]
    assert [leg.source for leg in removed.legs] == [LegSource.STRAIGHT, LegSource.ROUTED]
    assert route.removed(0).legs == route.legs[1:]
    assert Route.through(_stops(1)).removed(0) == Route()


def test_reorder_keeps_legs_between_unchanged_neighbours() -> None:
    route = _routed(Route.through(_stops(5)))
    result = route.reordered(4, 1)
    assert [s.name for s in result.stops] == ["S0", "S4", "S1", "S2", "S3"]
    assert [leg.source for leg in result.legs] == [
        LegSource.STRAIGHT,
        LegSource.STRAIGHT,
        LegSource.ROUTED,
        LegSource.ROUTED,
    ]


def test_edit_changes_fields_not_geometry() -> None:
    route = Route.through(_stops(2))
    edited = route.edited(0, name="Café", dwell_min=30)
    assert edited.stops[0].name == "Café" and edited.legs == route.legs
    with pytest.raises(ValueError):
        route.edited(0, lat=1.0)


def test_geometry_joins_legs_without_repeating_shared_points() -> None:
    route = _routed(Route.through(_stops(3)))
    assert len(route.geometry()) == 5
    assert Route().geometry() == []
    assert Route.through(_stops(1)).geometry() == [(48.0, 2.0)]


def test_a_moved_stop_keeps_the_wishes_of_its_legs() -> None:
    from dataclasses import replace

    from walkplanner.core.model import LegMode

    route = Route.through(_stops(3))
    wished = replace(route.legs[0], mode=LegMode.STRAIGHT, vias=((48.004, 2.001),))
    route = route.with_leg(0, wished)
    moved = route.moved(0, 47.99, 2.0)
    assert moved.legs[0].mode == LegMode.STRAIGHT
    assert moved.legs[0].points == ((47.99, 2.0), (48.004, 2.001), (48.01, 2.0))
    split = route.inserted(1, Stop("X", 48.005, 2.0))
    assert [leg.mode for leg in split.legs] == [LegMode.STRAIGHT, LegMode.STRAIGHT, LegMode.DEFAULT]
    assert split.legs[0].vias == ()
    assert route.removed(1).legs[0].mode == LegMode.DEFAULT


def test_wants_routing_follows_the_walk_unless_the_leg_says_otherwise() -> None:
    from walkplanner.core.model import LegMode

    leg = Route.through(_stops(2)).legs[0]
    assert leg.wants_routing(True) and not leg.wants_routing(False)
    from dataclasses import replace

    assert replace(leg, mode=LegMode.ROUTED).wants_routing(False)
    assert not replace(leg, mode=LegMode.STRAIGHT).wants_routing(True)
