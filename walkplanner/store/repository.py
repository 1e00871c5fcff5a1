"""The store's one face for the app and the command line: reads and writes of walks,
participants, places, settings and the routing and search caches.

Reads go to store/reads.py, writes to store/writes.py, both in the standard library's
sqlite3: the window draws the walk, a command prints, and the first edit is written, without
SQLAlchemy, which only migrations load (0.28 s on a 2-core machine).
"""

from __future__ import annotations

import json
from dataclasses import replace

from walkplanner.core.crowd import Participant
from walkplanner.core.model import Place, Walk
from walkplanner.store.reads import Reads, WalkSummary
from walkplanner.store.writes import (
    ParticipantWrites,
    PlaceWrites,
    RemovedWalk,
    Transactions,
    WalkWrites,
)

_UNSET = object()
__all__ = ["ParticipantRepository", "PlaceRepository", "RemovedWalk", "WalkRepository",
           "WalkSummary"]  # fmt: skip


class _Repository:
    def __init__(self, transactions: Transactions) -> None:
        self._reads = Reads(transactions.path, transactions.backup_dir)


class WalkRepository(_Repository):
    def __init__(self, transactions: Transactions) -> None:
        super().__init__(transactions)
        self._writes = WalkWrites(transactions)

    def summaries(self) -> list[WalkSummary]:
        return self._reads.summaries()

    def get(self, walk_id: int) -> Walk:
        return self._reads.get(walk_id)

    def find(self, ref: str) -> Walk:
        """A walk by id, by exact title, or by a part of the title that only it has."""
        return self._reads.find(ref)

    def add(self, walk: Walk) -> Walk:
        return self._writes.add(walk)

    def save(self, walk: Walk) -> Walk:
        """Write the walk if the store still has the version it was based on; else WalkChanged."""
        return self._writes.save(walk)

    def delete(self, walk_id: int) -> RemovedWalk | None:
        """Delete the walk with its stops and participants; returns them for `restore`, or
        None for a damaged walk (deleted all the same)."""
        return self._writes.delete(walk_id)

    def restore(self, removed: RemovedWalk) -> Walk:
        """Put a deleted walk back, under its old id unless a new walk has taken it."""
        return self.get(self._writes.restore(removed))

    def add_copy(self, walk: Walk, title: str, people: list[Participant] | None = None) -> Walk:
        """The walk as a new one, with `people` (a window's unsaved list), else the stored
        participants of the walk it copies."""
        copy = self.add(replace(walk, id=None, title=title))
        if copy.id is not None and (walk.id is not None or people is not None):
            self._writes.add_participants(copy.id, people, walk.id or 0)
        return copy

    def duplicate(self, walk_id: int, title_suffix: str = " (copy)") -> Walk:
        original = self.get(walk_id)
        return self.add(replace(original, id=None, title=original.title + title_suffix))

    def get_setting(self, key: str, default: object = None) -> object:
        return self._reads.get_setting(key, default)

    def set_setting(self, key: str, value: object) -> None:
        """Written only when it changes: closing the window saves the settings, and an
        unchanged value must cost no write (a read-only disk refuses only a real change)."""
        if self._reads.get_setting(key, _UNSET) != json.loads(json.dumps(value)):
            self._writes.set_setting(key, value)

    def cached_route(self, key: str) -> tuple[tuple[tuple[float, float], ...], float] | None:
        """A path routed before under `key` (router and exact points), with its length."""
        return self._reads.cached_route(key)

    def cache_route(
        self, key: str, points: tuple[tuple[float, float], ...], distance_m: float
    ) -> None:
        self._writes.cache_route(key, points, distance_m)


class ParticipantRepository(_Repository):
    """Who signed up for which walk, in the organiser's order."""

    def __init__(self, transactions: Transactions) -> None:
        super().__init__(transactions)
        self._writes = ParticipantWrites(transactions)

    def participants(self, walk_id: int) -> list[Participant]:
        return self._reads.participants(walk_id)

    def replace_participants(
        self, walk_id: int, people: list[Participant], version: int | None = None
    ) -> None:
        """The whole list in one transaction: an import never lands half-way. With a
        `version`, written only while the stored walk still has it, else WalkChanged."""
        self._writes.replace_participants(walk_id, people, version)


class PlaceRepository(_Repository):
    """Saved places and the geocoder's cache."""

    def __init__(self, transactions: Transactions) -> None:
        super().__init__(transactions)
        self._writes = PlaceWrites(transactions)

    def cached_search(self, key: str) -> list[Place] | None:
        return self._reads.cached_search(key)

    def cache_search(self, key: str, places: list[Place]) -> None:
        self._writes.cache_search(key, places)

    def saved(self, text: str = "") -> list[Place]:
        """Saved places whose name or note contains `text` (all of them for no text)."""
        return self._reads.saved_places(text)

    def save(self, place: Place) -> Place:
        return self._writes.save(place)

    def forget(self, place_id: int) -> None:
        self._writes.forget(place_id)
