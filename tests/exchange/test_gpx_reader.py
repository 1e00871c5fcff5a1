"""The streaming GPX reader's track segments (exchange/gpx_reader.py), read by handlers of
their own: every point's position, the first point's time, nothing else of a point, and
the document read on as before once a segment closes."""

from __future__ import annotations

import pytest

from walkplanner.exchange.gpx_reader import read_content
from walkplanner.exchange.safety import ExchangeError

GPX = '<?xml version="1.0"?><gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1">{}</gpx>'
LOGGER = "xmlns:x='http://www.garmin.com/xmlschemas/TrackPointExtension/v1'"


def read(body: str):
    return read_content(GPX.format(body).encode("utf-8"), "t.gpx")


def test_a_logger_s_points_give_their_positions_and_the_first_time() -> None:
    content = read(
        "<trk><name>Morning</name>"
        '<trkseg><trkpt lat="48.1" lon="2.1"><ele>35</ele><time></time></trkpt>'
        f'<trkpt lat="48.2" lon="2.2"><ele>36</ele><time>2026-05-02T08:00:01Z</time>'
        f"<extensions><x:TrackPointExtension {LOGGER}><x:hr>95</x:hr>"
        "</x:TrackPointExtension></extensions></trkpt>"
        '<trkpt lat="48.3" lon="2.3"><time>2026-05-02T08:00:02Z</time></trkpt></trkseg>'
        '<trkseg><trkpt lat="48.4" lon="2.4"><time>2026-05-02T09:00:00Z</time></trkpt></trkseg>'
        "</trk>"
    )
    assert content.coordinates.tolist() == [48.1, 2.1, 48.2, 2.2, 48.3, 2.3, 48.4, 2.4]
    assert content.part_starts == [0, 3]
    assert content.first_point_time == "2026-05-02T08:00:01Z"  # the first that says one
    assert content.track_name == "Morning"


def test_the_first_time_may_come_from_a_later_segment() -> None:
    content = read(
        '<trk><trkseg><trkpt lat="1" lon="1"/></trkseg>'
        '<trkseg><trkpt lat="2" lon="2"><time>2026-05-02T08:00:00Z</time></trkpt></trkseg></trk>'
    )
    assert content.first_point_time == "2026-05-02T08:00:00Z"


def test_the_document_is_read_on_after_a_segment() -> None:
    content = read(
        '<trk><trkseg><trkpt lat="1" lon="1"><ele>3</ele></trkpt></trkseg><name>Late name</name>'
        '</trk><wpt lat="1" lon="1"><name>Bridge</name></wpt>'
        '<trk><trkseg><trkpt lat="2" lon="2"/></trkseg></trk>'
    )
    assert content.track_name == "Late name"
    assert [(p.lat, p.texts) for p in content.waypoints] == [("1", {"name": "Bridge"})]
    assert content.coordinates.tolist() == [1, 1, 2, 2] and content.part_starts == [0, 1]


def test_gpx_misplaced_inside_a_segment_is_not_read() -> None:
    """A segment holds points, a point its own values: a route, a title or a track nested
    in them (which GPX forbids) is not read, as gpxpy did not read it."""
    content = read(
        '<trk><trkseg><trkpt lat="1" lon="1"><extensions>'
        '<trk><trkseg><trkpt lat="3" lon="3"/></trkseg></trk>'
        '<rte><rtept lat="4" lon="4"><name>Nested</name></rtept></rte>'
        "<metadata><name>Not the title</name></metadata>"
        '</extensions><trkpt lat="5" lon="5"/></trkpt></trkseg></trk>'
    )
    assert content.coordinates.tolist() == [1, 1]
    assert content.part_starts == [0]
    assert content.route == [] and content.name == ""


def test_a_bad_point_after_points_with_children_is_named() -> None:
    with pytest.raises(ExchangeError, match="Track point 3 has latitude 'north'"):
        read(
            '<trk><trkseg><trkpt lat="1" lon="1"><ele>3</ele><time>t</time></trkpt>'
            '<trkpt lat="2" lon="2"><ele>3</ele></trkpt><trkpt lat="north" lon="2"/>'
            "</trkseg></trk>"
        )


def test_points_beyond_what_a_walk_could_use_are_counted_not_kept() -> None:
    """A file of a million waypoints is refused; reading it must not hold a million of
    them first. A meeting point and a route after them still count."""
    from walkplanner.exchange.gpx_reader import KEPT_STOPS

    many = 5 * KEPT_STOPS
    named = "".join(f'<wpt lat="1" lon="{i % 90}"><name>W{i}</name></wpt>' for i in range(many))
    unnamed = '<wpt lat="1" lon="1"/>' * many
    meeting = '<wpt lat="2" lon="2"><name>Gate</name><type>Meeting point</type></wpt>'
    route = "".join(f'<rtept lat="3" lon="{i % 90}"/>' for i in range(many))
    content = read(unnamed + named + meeting + f"<rte>{route}</rte>")
    assert len(content.waypoints) == KEPT_STOPS + 1 and content.waypoints[-1].is_meeting()
    assert content.marks_left_out == many - KEPT_STOPS
    assert [p.number for p in content.waypoints[:2]] == [many + 1, many + 2]
    assert len(content.route) == KEPT_STOPS and content.route_left_out == many - KEPT_STOPS


@pytest.mark.parametrize("route", [False, True])
def test_a_file_of_many_points_is_refused_with_their_exact_count(route: bool) -> None:
    from walkplanner.exchange.gpx import read_gpx

    points = "".join(
        f'<{"rtept" if route else "wpt"} lat="1" lon="{i % 90}"><name>P{i}</name></'
        f"{'rtept' if route else 'wpt'}>"
        for i in range(5000)
    )
    body = f"<rte>{points}</rte>" if route else points
    data = f'<gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1">{body}</gpx>'
    with pytest.raises(ExchangeError, match="brings 5000 points"):
        read_gpx(data.encode(), "dump.gpx")


def test_a_bad_waypoint_is_named_by_its_place_in_the_file() -> None:
    from walkplanner.exchange.gpx import read_gpx

    data = (
        '<gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1">'
        '<wpt lat="1" lon="1"/><wpt lat="1" lon="1"/><wpt lat="x" lon="1"><name>Bad</name></wpt>'
        '<trk><trkseg><trkpt lat="1" lon="1"/><trkpt lat="1.1" lon="1"/></trkseg></trk></gpx>'
    )
    with pytest.raises(ExchangeError, match="Point 3"):
        read_gpx(data.encode(), "bad.gpx")
