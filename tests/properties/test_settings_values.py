"""Settings read back from the store, whatever the row holds (a hand edit, a damaged file,
another version): each value of the wrong type or out of range becomes its default, with
a log line, and the rest are kept; the app always starts."""

from __future__ import annotations

import dataclasses
import json
import math
import os
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.properties.hostile_json import HOSTILE_TEXT, JSON_VALUES, ODD_NUMBERS
from walkplanner.core.validation import check_link
from walkplanner.settings import (
    MAX_TILE_CACHE_MB,
    MIN_TILE_CACHE_MB,
    SETTINGS_KEY,
    Settings,
)
from walkplanner.store import DATABASE_NAME, open_store

SWEEP = settings(
    derandomize=True,
    database=None,
    deadline=None,
    max_examples=int(os.environ.get("SWEEP_N", "300")),
)
NAMES = [spec.name for spec in dataclasses.fields(Settings)]
VALUES = st.one_of(
    ODD_NUMBERS,
    st.integers(),
    st.floats(),
    HOSTILE_TEXT,
    st.sampled_from(["osm", "fr", "http://127.0.0.1:5000", "/tmp/x.mbtiles", 10**400, 0]),
    JSON_VALUES,
)
ROWS = st.one_of(
    st.dictionaries(st.sampled_from([*NAMES, "future"]), VALUES, max_size=len(NAMES) + 1),
    JSON_VALUES,
)


class MemoryStore:
    def __init__(self, value: object) -> None:
        self.value = value

    def get_setting(self, key: str, default: object = None) -> object:
        return self.value if key == SETTINGS_KEY else default


def assert_sound(loaded: Settings) -> None:
    """Every value as Preferences could have set it."""
    assert loaded.last_walk_id is None or 1 <= loaded.last_walk_id < 2**63
    assert MIN_TILE_CACHE_MB <= loaded.tile_cache_mb <= MAX_TILE_CACHE_MB
    assert isinstance(loaded.default_pace_kmh, float) and math.isfinite(loaded.default_pace_kmh)
    assert 0.5 <= loaded.default_pace_kmh <= 10
    assert isinstance(loaded.default_group_size, int) and loaded.default_group_size >= 2
    for name in ("routing_url", "geocoder_url"):
        address = getattr(loaded, name)
        assert address == "" or check_link(address) is None
    for name in ("tile_provider", "language"):
        assert isinstance(getattr(loaded, name), str)


@SWEEP
@given(ROWS)
def test_any_row_loads_sound_settings(row: object) -> None:
    loaded = Settings.load(MemoryStore(row))
    assert_sound(loaded)
    if isinstance(row, dict):  # a value that was kept is the stored one
        for name in NAMES:
            if getattr(loaded, name) != getattr(Settings(), name):
                assert getattr(loaded, name) == row[name]


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("tile_cache_mb", 10**400),  # OverflowError at start: the app never opened again
        ("default_pace_kmh", -(10**400)),
        ("last_walk_id", 10**400),
        ("default_group_size", 10**400),
        ("tile_cache_mb", 0),  # the tile cache emptied at every start
        ("tile_cache_mb", 1_000_000),
    ],
)
def test_numbers_no_preference_can_hold_give_the_default(
    name: str, value: object, caplog: pytest.LogCaptureFixture
) -> None:
    loaded = Settings.load(MemoryStore({name: value, "language": "fr"}))
    assert getattr(loaded, name) == getattr(Settings(), name) and loaded.language == "fr"
    assert f"setting {name} ignored" in caplog.text


def test_a_huge_value_is_shown_short_in_the_log(caplog: pytest.LogCaptureFixture) -> None:
    Settings.load(MemoryStore({"language": "x" * 1_000_000}))
    assert "setting language ignored" in caplog.text and len(caplog.text) < 1_000


def write_row(data_dir: Path, text: object) -> None:
    """The settings row as a hand edit or another program left it."""
    with sqlite3.connect(data_dir / DATABASE_NAME) as db:
        db.execute(
            "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (SETTINGS_KEY, text)
        )
    db.close()


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("settings")
    open_store(folder).close()
    return folder


@settings(derandomize=True, database=None, deadline=None, max_examples=40)
@given(
    st.one_of(
        ROWS.map(lambda row: json.dumps(row, allow_nan=True)),
        st.text(max_size=40),
        st.binary(max_size=40),
        st.sampled_from(["[" * 5_000, '{"a":' * 5_000, "1" * 5_000, "NaN", b"\xff"]),
        st.integers(-(2**63), 2**63 - 1),
        st.floats(),
    )
)
def test_any_stored_row_lets_the_app_start(data_dir: Path, text: object) -> None:
    write_row(data_dir, text)
    store = open_store(data_dir)
    try:
        assert_sound(Settings.load(store.repository))
    finally:
        store.close()


@pytest.mark.parametrize("text", ["[" * 100_000, '{"a":' * 50_000 + "1" + "}" * 50_000])
def test_a_row_nested_too_deeply_gives_the_defaults(
    tmp_path: Path, text: str, caplog: pytest.LogCaptureFixture
) -> None:
    open_store(tmp_path).close()
    write_row(tmp_path, text)
    store = open_store(tmp_path)
    try:
        assert Settings.load(store.repository) == Settings()
    finally:
        store.close()
    assert f"setting {SETTINGS_KEY} ignored" in caplog.text
