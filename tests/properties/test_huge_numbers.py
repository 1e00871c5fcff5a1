"""Ints past a float's range (a 400-digit coordinate in a GeoJSON file, a hand-edited
setting) are refused in words: math.isfinite(10**400) raised OverflowError, and repr() of
an int of over 4,300 digits raises ValueError, in the very messages that refuse them."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from tests.properties.strategies import BAD_NUMBERS, BAD_POSITIONS, many_stops_walk
from walkplanner.core.validation import problems
from walkplanner.exchange.files import export_walk, import_walk
from walkplanner.exchange.safety import ExchangeError
from walkplanner.settings import Settings

HUGE = (10**400, -(10**5000))
IDS = {10**400: "400 digits", -(10**5000): "-5000 digits"}


def _id(value: object) -> str:
    """pytest names a case by str(value), which refuses an int of over 4,300 digits."""
    if isinstance(value, tuple):
        return ",".join(map(_id, value))
    return IDS[value] if value in IDS else str(value)


@pytest.mark.parametrize(("field", "value"), [(f, v) for f, v in BAD_NUMBERS if v in HUGE], ids=_id)
def test_a_huge_int_in_a_walk_field_is_refused_in_words(field: str, value: int) -> None:
    found = problems(replace(many_stops_walk(2), **{field: value}))
    assert found and all(len(str(problem)) < 300 for problem in found)


@pytest.mark.parametrize("position", [p for p in BAD_POSITIONS if set(p) & set(HUGE)], ids=_id)
def test_a_huge_int_position_is_refused_in_words(position: tuple[int, int]) -> None:
    walk = many_stops_walk(2)
    meeting = replace(walk.meeting_point, lat=position[0], lon=position[1])
    for wrong in (
        replace(walk, meeting_point=meeting),
        replace(walk, route=walk.route.moved(0, *position)),
    ):
        assert "digit number" in str(problems(wrong)[0])


def test_a_geojson_file_with_a_400_digit_coordinate_is_refused(tmp_path: Path) -> None:
    path = export_walk(many_stops_walk(2), "geojson", tmp_path / "w.geojson")
    text = path.read_text(encoding="utf-8")
    document = json.loads(text)
    document["features"][1]["geometry"]["coordinates"][0] = 10**400
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ExchangeError, match="400-digit number"):
        import_walk(path)


class _Stored:
    def __init__(self, value: object) -> None:
        self.value = value

    def get_setting(self, key: str, default: object = None) -> object:
        return self.value


@pytest.mark.parametrize("value", HUGE, ids=_id)
def test_a_huge_int_setting_takes_the_default(value: int) -> None:
    raw = {"tile_cache_mb": value, "default_group_size": value, "last_walk_id": value}
    assert Settings.load(_Stored(raw)) == Settings()
