"""The organiser's edits of the route: stops, legs, via points and the meeting point."""

from __future__ import annotations

from dataclasses import replace

from walkplanner.core.geo import along
from walkplanner.core.model import LegMode, Route, Stop, StopKind, Walk
from walkplanner.core.validation import MAX_STOPS
from walkplanner.i18n import tr
from walkplanner.placeholders import filled
from walkplanner.ui.document import Change, Changes, Rows, WalkDocument
from walkplanner.ui.operations.edit import push


def _route(
    document: WalkDocument, route: Route, rows: Rows, text: str, initiator: object | None
) -> None:
    after = replace(document.state, walk=replace(document.walk, route=route))
    push(document, after, Changes(Change.ROUTE, stops=rows, initiator=initiator), text)


def has_room(walk: Walk) -> bool:
    """Whether the walk may take one more stop: the store refuses more than MAX_STOPS."""
    return len(walk.stops) < MAX_STOPS


def why_full() -> str:
    """What the organiser is told when the walk has no room for another stop."""
    return filled(tr("A walk has at most %1 stops: remove one before adding another."), MAX_STOPS)


def add_stop(
    document: WalkDocument,
    index: int,
    lat: float,
    lon: float,
    name: str = "",
    initiator: object | None = None,
) -> bool:
    """A stop at `index`, named after its place in the walk unless it has a name; the
    first one is the start. False when none was added: a walk at MAX_STOPS says why (the
    store would refuse it), so a click on the map is never silently lost."""
    route = document.walk.route
    if not 0 <= index <= len(route.stops):
        return False
    if not has_room(document.walk):
        document.refused.emit(why_full())
        return False
    kind = StopKind.WAYPOINT if route.stops else StopKind.START
    name = name or filled(tr("Stop %1"), index + 1)
    stop = Stop(name, lat, lon, kind)
    _route(
        document, route.inserted(index, stop), Rows(inserted=(index,)), tr("Add stop"), initiator
    )
    return True


def move_stop(
    document: WalkDocument, index: int, lat: float, lon: float, initiator: object | None = None
) -> None:
    route = document.walk.route
    if 0 <= index < len(route.stops):
        moved = route.moved(index, lat, lon)
        _route(document, moved, Rows(edited=(index,)), tr("Move stop"), initiator)


def remove_stop(document: WalkDocument, index: int, initiator: object | None = None) -> None:
    route = document.walk.route
    if 0 <= index < len(route.stops):
        rows = Rows(removed=(index,))
        _route(document, route.removed(index), rows, tr("Remove stop"), initiator)


def reorder_stops(
    document: WalkDocument, source: int, destination: int, initiator: object | None = None
) -> None:
    """The stop at `source` taken out and put at `destination` (an index in the result)."""
    count = len(document.walk.stops)
    if source != destination and 0 <= source < count and 0 <= destination < count:
        route = document.walk.route.reordered(source, destination)
        rows = Rows(moved=(source, destination))
        _route(document, route, rows, tr("Reorder stops"), initiator)


def edit_stop(
    document: WalkDocument, index: int, initiator: object | None = None, **changes: object
) -> None:
    """A stop's name, kind, stay (`dwell_min`), note or seats."""
    route = document.walk.route
    if 0 <= index < len(route.stops):
        edited = route.edited(index, **changes)
        _route(document, edited, Rows(edited=(index,)), tr("Edit stop"), initiator)


def set_leg_mode(
    document: WalkDocument, index: int, mode: LegMode, initiator: object | None = None
) -> None:
    route = document.walk.route
    if 0 <= index < len(route.legs) and route.legs[index].mode != mode:
        leg = replace(route.legs[index], mode=mode)
        rows = Rows(edited=(index, index + 1))
        _route(document, route.with_leg(index, leg), rows, tr("Change leg"), initiator)


def add_via(
    document: WalkDocument, index: int, lat: float, lon: float, initiator: object | None = None
) -> None:
    """Make leg `index` pass through (lat, lon), in order along the leg."""
    route = document.walk.route
    if not 0 <= index < len(route.legs):
        return
    a, b, leg = route.stops[index], route.stops[index + 1], route.legs[index]
    vias = sorted([*leg.vias, (lat, lon)], key=lambda point: along(a.position, b.position, point))
    changed = replace(leg, vias=tuple(vias)).redrawn(a, b)
    rows = Rows(edited=(index, index + 1))
    _route(document, route.with_leg(index, changed), rows, tr("Add via point"), initiator)


def clear_vias(document: WalkDocument, index: int, initiator: object | None = None) -> None:
    route = document.walk.route
    if not 0 <= index < len(route.legs) or not route.legs[index].vias:
        return
    leg = replace(route.legs[index], vias=()).redrawn(route.stops[index], route.stops[index + 1])
    rows = Rows(edited=(index, index + 1))
    _route(document, route.with_leg(index, leg), rows, tr("Remove via points"), initiator)


def move_meeting_point(
    document: WalkDocument,
    lat: float,
    lon: float,
    name: str | None = None,
    initiator: object | None = None,
) -> None:
    """The meeting point dragged on the map, or set to a stop or a found place (`name`)."""
    meeting = replace(document.walk.meeting_point, lat=lat, lon=lon)
    if name is not None:
        meeting = replace(meeting, name=name)
    after = replace(document.state, walk=replace(document.walk, meeting_point=meeting))
    changes = Changes(Change.DETAILS, stops=Rows(), people=Rows(), initiator=initiator)
    push(document, after, changes, tr("Move meeting point"))


def meet_at_stop(document: WalkDocument, index: int, initiator: object | None = None) -> None:
    """Make a stop the meeting point."""
    if 0 <= index < len(document.walk.stops):
        stop = document.walk.stops[index]
        move_meeting_point(document, stop.lat, stop.lon, stop.name, initiator)
