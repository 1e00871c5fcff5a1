"""The one Python object the map page talks to over QWebChannel.

Each slot takes one JSON text from the page, checked whole by `bridge_args` (types,
finite numbers, coordinates and indexes in range) before it becomes a Qt signal; the
editor decides what the event means for the walk. Python -> JS goes through `call`,
queued until the page says it is ready.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from walkplanner.ui.bridge_args import BadEvent, read_event

log = logging.getLogger(__name__)


class MapBridge(QObject):
    message = Signal(str, str)  # to the page: name, JSON payload

    page_ready = Signal()
    drawn_revision = Signal(int)
    map_click = Signal(float, float)
    leg_click = Signal(int, float, float)
    stop_move = Signal(int, float, float)
    meeting_move = Signal(float, float)
    stop_remove = Signal(int)
    stop_select = Signal(int)
    stop_menu = Signal(int)
    leg_menu = Signal(int)
    leg_via = Signal(int, float, float)
    map_menu = Signal(float, float)
    rejected = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ready = False
        self._pending: list[tuple[str, str]] = []
        # How many stops and legs the walk has, when known: indexes must stay below them.
        self.counts: Callable[[], tuple[int | None, int | None]] = lambda: (None, None)

    @property
    def is_ready(self) -> bool:
        return self._ready

    def call(self, name: str, payload: dict[str, Any] | None = None) -> None:
        encoded = json.dumps(payload or {}, ensure_ascii=False, allow_nan=False)
        if self._ready:
            self.message.emit(name, encoded)
        else:
            self._pending = [(n, p) for n, p in self._pending if n != name]
            self._pending.append((name, encoded))

    def reset(self) -> None:
        """The page is being (re)loaded: hold messages until it is ready again."""
        self._ready = False

    @Slot()
    def ready(self) -> None:
        self._ready = True
        pending, self._pending = self._pending, []
        for name, encoded in pending:
            self.message.emit(name, encoded)
        self.page_ready.emit()

    @Slot(str)
    def drawn(self, args: str) -> None:
        if (got := self._read(args, revision=None)) is not None:
            self.drawn_revision.emit(got["revision"])

    @Slot(str)
    def map_clicked(self, args: str) -> None:
        if (got := self._read(args, position=True)) is not None:
            self.map_click.emit(got["lat"], got["lon"])

    @Slot(str)
    def leg_clicked(self, args: str) -> None:
        if (got := self._read(args, position=True, index=self._legs())) is not None:
            self.leg_click.emit(got["index"], got["lat"], got["lon"])

    @Slot(str)
    def stop_moved(self, args: str) -> None:
        if (got := self._read(args, position=True, index=self._stops())) is not None:
            self.stop_move.emit(got["index"], got["lat"], got["lon"])

    @Slot(str)
    def meeting_point_moved(self, args: str) -> None:
        if (got := self._read(args, position=True)) is not None:
            self.meeting_move.emit(got["lat"], got["lon"])

    @Slot(str)
    def remove_stop(self, args: str) -> None:
        if (got := self._read(args, index=self._stops())) is not None:
            self.stop_remove.emit(got["index"])

    @Slot(str)
    def stop_clicked(self, args: str) -> None:
        if (got := self._read(args, index=self._stops())) is not None:
            self.stop_select.emit(got["index"])

    @Slot(str)
    def stop_context_menu(self, args: str) -> None:
        if (got := self._read(args, index=self._stops())) is not None:
            self.stop_menu.emit(got["index"])

    @Slot(str)
    def leg_via_dragged(self, args: str) -> None:
        if (got := self._read(args, position=True, index=self._legs())) is not None:
            self.leg_via.emit(got["index"], got["lat"], got["lon"])

    @Slot(str)
    def leg_context_menu(self, args: str) -> None:
        if (got := self._read(args, index=self._legs())) is not None:
            self.leg_menu.emit(got["index"])

    @Slot(str)
    def map_context_menu(self, args: str) -> None:
        if (got := self._read(args, position=True)) is not None:
            self.map_menu.emit(got["lat"], got["lon"])

    def _stops(self) -> int | None:
        return self.counts()[0]

    def _legs(self) -> int | None:
        return self.counts()[1]

    def _read(
        self, args: object, *, position: bool = False, **indexes: int | None
    ) -> dict[str, Any] | None:
        """The event's fields, checked, or None (logged and reported) when any is wrong."""
        try:
            return read_event(args, position=position, **indexes)
        except BadEvent as error:
            log.warning("map bridge ignored an event: %s", error)
            self.rejected.emit(str(error))
            return None
