"""The app's preferences, typed, kept in the walk store (window geometry is QSettings')."""

from __future__ import annotations

import logging
import math
from dataclasses import asdict, dataclass, fields
from typing import Protocol

from walkplanner.core.model import DEFAULT_GROUP_SIZE
from walkplanner.core.validation import MAX_HEADCOUNT, MAX_PACE_KMH, MIN_PACE_KMH, check_link, shown

log = logging.getLogger(__name__)

SETTINGS_KEY = "app_settings"


class SettingsSource(Protocol):
    """Where settings are read from: the store's light reads do (`walkplanner export`)."""

    def get_setting(self, key: str, default: object = None) -> object: ...


class SettingsStore(SettingsSource, Protocol):
    def set_setting(self, key: str, value: object) -> None: ...


@dataclass
class Settings:
    last_walk_id: int | None = None
    tile_provider: str = "osm"
    offline_pack: str | None = None
    tile_cache_mb: int = 500
    routing_url: str = ""  # empty: the default public foot router
    geocoder_url: str = ""  # empty: nominatim.openstreetmap.org
    language: str = ""  # empty: the system's language when we have it, else English
    default_pace_kmh: float = 4.0  # what a new walk starts with
    default_group_size: int = DEFAULT_GROUP_SIZE  # the largest group, for a new walk

    @classmethod
    def load(cls, store: SettingsSource) -> Settings:
        """Unknown keys from a newer version are ignored; missing ones, and values of the
        wrong type or out of range (a hand-edited or damaged row), take defaults."""
        raw = store.get_setting(SETTINGS_KEY)
        if not isinstance(raw, dict):
            return cls()
        kept = {}
        for spec in fields(cls):
            value = raw.get(spec.name)
            if _acceptable(spec.name, value):
                kept[spec.name] = float(value) if spec.type == "float" else value
            elif spec.name in raw:
                log.warning("setting %s ignored: %s is not a valid value", spec.name, shown(value))
        return cls(**kept)

    def save(self, store: SettingsStore) -> None:
        store.set_setting(SETTINGS_KEY, asdict(self))


_RANGES: dict[str, tuple[float, float]] = {
    "last_walk_id": (1, 2**63 - 1),
    "tile_cache_mb": (0, 1_000_000),
    "default_pace_kmh": (MIN_PACE_KMH, MAX_PACE_KMH),
    "default_group_size": (2, MAX_HEADCOUNT),
}
_OPTIONAL = {"last_walk_id", "offline_pack"}
_TEXT = {"tile_provider", "offline_pack", "language"}
_SERVICE_ADDRESSES = {"routing_url", "geocoder_url"}


def _acceptable(name: str, value: object) -> bool:
    if value is None:
        return name in _OPTIONAL
    if name in _SERVICE_ADDRESSES:  # empty: the default server; else a web address
        return isinstance(value, str) and (value == "" or check_link(value) is None)
    if name in _TEXT:
        return isinstance(value, str) and len(value) <= 4096 and value.isprintable()
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    if name != "default_pace_kmh" and not isinstance(value, int):
        return False
    low, high = _RANGES[name]
    return (isinstance(value, int) or math.isfinite(value)) and low <= value <= high  # 10**400
