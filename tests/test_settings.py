"""Settings read back from the store: a damaged or hand-edited row never breaks a start."""

from __future__ import annotations

import pytest

from walkplanner.settings import SETTINGS_KEY, Settings


class MemoryStore:
    def __init__(self, value: object = None) -> None:
        self.values: dict[str, object] = {SETTINGS_KEY: value}

    def get_setting(self, key: str, default: object = None) -> object:
        return self.values.get(key, default)

    def set_setting(self, key: str, value: object) -> None:
        self.values[key] = value


def test_saved_settings_come_back() -> None:
    store = MemoryStore()
    chosen = Settings(last_walk_id=4, language="fr", default_pace_kmh=4.5, tile_cache_mb=80)
    chosen.save(store)
    assert Settings.load(store) == chosen


@pytest.mark.parametrize("row", [None, [], "x", 3, {"nested": {"a": 1}}])
def test_a_row_that_is_not_a_mapping_gives_the_defaults(row: object) -> None:
    assert Settings.load(MemoryStore(row)) == Settings()


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("tile_cache_mb", "500"),
        ("tile_cache_mb", -1),
        ("tile_cache_mb", 10**30),
        ("tile_cache_mb", 1.5),
        ("tile_cache_mb", None),
        ("default_pace_kmh", float("nan")),
        ("default_pace_kmh", float("inf")),
        ("default_pace_kmh", 1e308),
        ("default_pace_kmh", 0),
        ("default_pace_kmh", True),
        ("default_group_size", 0),
        ("default_group_size", False),
        ("default_group_size", [15]),
        ("last_walk_id", "1"),
        ("last_walk_id", 0),
        ("language", 7),
        ("tile_provider", None),
        ("tile_provider", {"key": "osm"}),
        ("routing_url", "http://x\x00"),
        ("geocoder_url", "a" * 10_000),
        ("routing_url", "file:///etc/passwd"),  # once read by the router
        ("routing_url", "   "),
        ("geocoder_url", "http://[::1"),  # once a traceback in the place search
        ("geocoder_url", "javascript:alert(1)"),
    ],
)
def test_a_bad_value_falls_back_to_its_default_and_keeps_the_rest(name: str, value: object) -> None:
    loaded = Settings.load(MemoryStore({name: value, "language": "fr", "tile_cache_mb": 80}))
    defaults = Settings(language="fr", tile_cache_mb=80)
    assert getattr(loaded, name) == getattr(defaults, name)
    if name not in ("language", "tile_cache_mb"):
        assert (loaded.language, loaded.tile_cache_mb) == ("fr", 80)


def test_unknown_keys_from_a_newer_version_are_ignored() -> None:
    assert Settings.load(MemoryStore({"future": 1, "language": "en"})).language == "en"
