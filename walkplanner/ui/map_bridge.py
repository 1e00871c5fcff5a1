"""The one Python object the map page talks to over QWebChannel.

Everything from the page is checked here (types, finite numbers, coordinates in range)
before it becomes a Qt signal; the editor decides what the event means for the walk.
Python -> JS goes through `call`, queued until the page says it is ready.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from walkplanner.core.validation import check_position

log = logging.getLogger(__name__)
DECIMALS = 7  # about a centimetre; drops the float noise of Leaflet's longitude wrapping


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

    @Slot(int)
    def drawn(self, revision: int) -> None:
        self.drawn_revision.emit(revision)

    @Slot(float, float)
    def map_clicked(self, lat: float, lon: float) -> None:
        if self._position_ok(lat, lon):
            self.map_click.emit(round(lat, DECIMALS), round(lon, DECIMALS))

    @Slot(int, float, float)
    def leg_clicked(self, leg: int, lat: float, lon: float) -> None:
        if self._index_ok(leg) and self._position_ok(lat, lon):
            self.leg_click.emit(leg, round(lat, DECIMALS), round(lon, DECIMALS))

    @Slot(int, float, float)
    def stop_moved(self, index: int, lat: float, lon: float) -> None:
        if self._index_ok(index) and self._position_ok(lat, lon):
            self.stop_move.emit(index, round(lat, DECIMALS), round(lon, DECIMALS))

    @Slot(float, float)
    def meeting_point_moved(self, lat: float, lon: float) -> None:
        if self._position_ok(lat, lon):
            self.meeting_move.emit(round(lat, DECIMALS), round(lon, DECIMALS))

    @Slot(int)
    def remove_stop(self, index: int) -> None:
        if self._index_ok(index):
            self.stop_remove.emit(index)

    @Slot(int)
    def stop_clicked(self, index: int) -> None:
        if self._index_ok(index):
            self.stop_select.emit(index)

    @Slot(int)
    def stop_context_menu(self, index: int) -> None:
        if self._index_ok(index):
            self.stop_menu.emit(index)

    @Slot(int, float, float)
    def leg_via_dragged(self, index: int, lat: float, lon: float) -> None:
        if self._index_ok(index) and self._position_ok(lat, lon):
            self.leg_via.emit(index, round(lat, DECIMALS), round(lon, DECIMALS))

    @Slot(int)
    def leg_context_menu(self, index: int) -> None:
        if self._index_ok(index):
            self.leg_menu.emit(index)

    @Slot(float, float)
    def map_context_menu(self, lat: float, lon: float) -> None:
        if self._position_ok(lat, lon):
            self.map_menu.emit(round(lat, DECIMALS), round(lon, DECIMALS))

    def _position_ok(self, lat: object, lon: object) -> bool:
        if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in (lat, lon)):
            return self._reject(f"position is not a pair of numbers: {lat!r}, {lon!r}")
        problem = check_position(float(lat), float(lon))  # type: ignore[arg-type]
        return self._reject(str(problem)) if problem else True

    def _index_ok(self, index: object) -> bool:
        if isinstance(index, int) and not isinstance(index, bool) and index >= 0:
            return True
        return self._reject(f"not a stop index: {index!r}")

    def _reject(self, why: str) -> bool:
        log.warning("map bridge ignored an event: %s", why)
        self.rejected.emit(why)
        return False
