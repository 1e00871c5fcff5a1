"""The one Python object the map page talks to over QWebChannel.

Each slot takes one JSON text from the page, checked whole by `bridge_args` (types,
finite numbers, coordinates and indexes in range) before it becomes a Qt signal; the
editor decides what the event means for the walk. Every event but `drawn` names the
revision of the drawing it was made against: one the walk has changed since (a drag
racing a removal from the stop list) is dropped with a log line, before its index is
read against stops it no longer names. Python -> JS goes through `call`, queued until
the page says it is ready. Only the slots below are the page's to call: `reset` is
connected through a lambda, or PySide would publish it to the page as a slot.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from walkplanner.ui.bridge_args import BadEvent, check_index, read_event

log = logging.getLogger(__name__)
STOPS, LEGS = 0, 1  # which count an event's index must stay below


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
        # How many stops and legs drawing `revision` showed, or None when the walk's stops
        # have changed since: the map controller knows which drawings still hold.
        self.drawing: Callable[[int], tuple[int, int] | None] = lambda _revision: None

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
        """Once per load of the page: a ready said again would redraw the whole walk and
        fit the map to it under the organiser's hands, as often as it is said."""
        if self._ready:
            log.warning("map bridge ignored a second ready from the same page")
            self.rejected.emit("ready, said twice")
            return
        self._ready = True
        pending, self._pending = self._pending, []
        for name, encoded in pending:
            self.message.emit(name, encoded)
        self.page_ready.emit()

    @Slot(str)
    def drawn(self, args: str) -> None:
        try:
            self.drawn_revision.emit(read_event(args, revision=None)["revision"])
        except BadEvent as error:
            self._refuse(error)

    @Slot(str)
    def map_clicked(self, args: str) -> None:
        if (got := self._read(args, position=True)) is not None:
            self.map_click.emit(got["lat"], got["lon"])

    @Slot(str)
    def leg_clicked(self, args: str) -> None:
        if (got := self._read(args, position=True, index=LEGS)) is not None:
            self.leg_click.emit(got["index"], got["lat"], got["lon"])

    @Slot(str)
    def stop_moved(self, args: str) -> None:
        if (got := self._read(args, position=True, index=STOPS)) is not None:
            self.stop_move.emit(got["index"], got["lat"], got["lon"])

    @Slot(str)
    def meeting_point_moved(self, args: str) -> None:
        if (got := self._read(args, position=True)) is not None:
            self.meeting_move.emit(got["lat"], got["lon"])

    @Slot(str)
    def remove_stop(self, args: str) -> None:
        if (got := self._read(args, index=STOPS)) is not None:
            self.stop_remove.emit(got["index"])

    @Slot(str)
    def stop_clicked(self, args: str) -> None:
        if (got := self._read(args, index=STOPS)) is not None:
            self.stop_select.emit(got["index"])

    @Slot(str)
    def stop_context_menu(self, args: str) -> None:
        if (got := self._read(args, index=STOPS)) is not None:
            self.stop_menu.emit(got["index"])

    @Slot(str)
    def leg_via_dragged(self, args: str) -> None:
        if (got := self._read(args, position=True, index=LEGS)) is not None:
            self.leg_via.emit(got["index"], got["lat"], got["lon"])

    @Slot(str)
    def leg_context_menu(self, args: str) -> None:
        if (got := self._read(args, index=LEGS)) is not None:
            self.leg_menu.emit(got["index"])

    @Slot(str)
    def map_context_menu(self, args: str) -> None:
        if (got := self._read(args, position=True)) is not None:
            self.map_menu.emit(got["lat"], got["lon"])

    def _read(
        self, args: object, *, position: bool = False, index: int | None = None
    ) -> dict[str, Any] | None:
        """The event's fields, checked, or None: logged and reported when any is wrong,
        logged only when it was made against a drawing of stops the walk no longer has.
        `index` says which count (STOPS or LEGS) the event's index must stay below."""
        fields: dict[str, int | None] = {"revision": None}
        if index is not None:
            fields["index"] = None
        try:
            got = read_event(args, position=position, **fields)
            counts = self.drawing(got["revision"])
            if counts is None:
                log.info(
                    "map bridge ignored an event made against drawing %d: the stops changed since",
                    got["revision"],
                )
                return None
            if index is not None:
                check_index("index", got["index"], counts[index])
        except BadEvent as error:
            self._refuse(error)
            return None
        return got

    def _refuse(self, error: BadEvent) -> None:
        log.warning("map bridge ignored an event: %s", error)
        self.rejected.emit(str(error))
