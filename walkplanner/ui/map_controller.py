"""What a click, a drag or a key on the map means for the walk.

Turns the bridge's checked events into operations of the edit layer, and after every
change of the route or the details sends
the map the whole walk as one JSON message (revisioned, so tests and the smoke test can
wait for a given state to be drawn). The page's events name the revision they were made
against and a context menu remembers the one it was opened on: either acts only while the
walk still has the stops that drawing showed (`map_drawings`), so nothing lands on the
stop or leg that took another's place.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QCursor
from PySide6.QtWidgets import QMenu, QWidget

from walkplanner.core.model import LegMode, StopKind
from walkplanner.tiles.providers import TileProvider
from walkplanner.ui import formatting
from walkplanner.ui.document import Change, Changes, WalkDocument
from walkplanner.ui.map_bridge import MapBridge
from walkplanner.ui.map_drawings import Drawings
from walkplanner.ui.map_page import tile_template
from walkplanner.ui.map_payload import walk_payload
from walkplanner.ui.operations import stops

log = logging.getLogger(__name__)
STAY_CHOICES_MIN = (0, 5, 10, 15, 20, 30, 45, 60)


class MapController(QObject):
    drawn = Signal(int, float)  # revision, milliseconds from the edit to the drawn map
    rename_requested = Signal(int)  # a stop's name is typed in the stop list

    def __init__(
        self, document: WalkDocument, bridge: MapBridge, basemap: TileProvider, menu_parent: QWidget
    ) -> None:
        super().__init__(menu_parent)
        self._document = document
        self._basemap = basemap
        self._bridge = bridge
        self._menu_parent = menu_parent
        self._drawings = Drawings()
        self._walks_shown = 0  # another walk makes every open menu stale, even of equal stops
        # Why a leg is straight though wanted routed; the routing controller provides it.
        self.leg_reason: Callable[[int], str | None] = lambda _index: None
        self._sent_at: dict[int, float] = {}
        bridge.drawing = self._drawing_counts
        bridge.map_click.connect(self.append_stop)
        bridge.leg_click.connect(lambda leg, lat, lon: self.insert_stop(leg + 1, lat, lon))
        bridge.stop_move.connect(self.move_stop)
        bridge.meeting_move.connect(self.move_meeting_point)
        bridge.stop_remove.connect(self.remove_stop)
        bridge.stop_menu.connect(self._stop_menu)
        bridge.leg_menu.connect(self._leg_menu)
        bridge.leg_via.connect(self.add_via)
        bridge.map_menu.connect(self._map_menu)
        bridge.page_ready.connect(self._on_page_ready)
        bridge.drawn_revision.connect(self._on_drawn)
        document.changed.connect(self._document_changed)
        document.replaced.connect(self._walk_replaced)
        if bridge.is_ready:  # the page finished loading before the window was built
            self._on_page_ready()

    @property
    def revision(self) -> int:
        """The revision of the last drawing sent to the page."""
        return self._drawings.latest

    def push(self, *, fit: bool) -> None:
        doc = self._document
        revision = self._drawings.sent(doc.walk.stops)
        self._sent_at[revision] = time.perf_counter()
        self._bridge.call(
            "walk",
            walk_payload(
                doc.walk, doc.schedule, revision=revision, fit=fit, reasons=self.leg_reason
            ),
        )

    def _walk_replaced(self) -> None:
        self._walks_shown += 1
        self._drawings.forget()
        self.push(fit=True)

    def _drawing_counts(self, revision: int) -> tuple[int, int] | None:
        """How many stops and legs drawing `revision` showed, while the walk still has them."""
        walk = self._document.walk
        if self._drawings.shows(revision, walk.stops):
            return len(walk.stops), len(walk.legs)
        return None

    def _while_current(self, action: Callable[..., Any]) -> Callable[[], None]:
        """`action` for a menu being filled: done only while the walk is the one, with the
        very stops, the menu was opened on (a menu stays open while the walk changes)."""
        walks_shown, stops_shown = self._walks_shown, self._document.walk.stops

        def guarded() -> None:
            if self._walks_shown == walks_shown and self._document.walk.stops is stops_shown:
                action()
            else:
                log.info("a map menu's choice was ignored: the walk changed while it was open")

        return guarded

    def _document_changed(self, changes: Changes) -> None:
        if changes.what & ~Change.PEOPLE:
            self.push(fit=False)

    def set_basemap(self, basemap: TileProvider) -> None:
        self._basemap = basemap
        self._send_basemap()

    def _on_page_ready(self) -> None:
        self._send_basemap()
        self.push(fit=True)

    def _send_basemap(self) -> None:
        basemap = self._basemap
        self._bridge.call(
            "basemap",
            {
                "url": tile_template(basemap),
                "credit": [{"text": part.text, "url": part.url} for part in basemap.credit],
                "max_zoom": basemap.max_zoom,
            },
        )

    def fit(self) -> None:
        self._bridge.call("fit")

    def select(self, index: int) -> None:
        self._bridge.call("select", {"index": index, "pan": True})

    def append_stop(self, lat: float, lon: float) -> None:
        self.insert_stop(len(self._document.walk.stops), lat, lon)

    def append_named_stop(self, lat: float, lon: float, name: str) -> None:
        self.insert_stop(len(self._document.walk.stops), lat, lon, name)
        self.show_place(lat, lon)

    def show_place(self, lat: float, lon: float) -> None:
        self._bridge.call("pan", {"lat": lat, "lon": lon, "zoom": 17})

    def meet_at(self, lat: float, lon: float, name: str) -> None:
        stops.move_meeting_point(self._document, lat, lon, name, self)
        self.show_place(lat, lon)

    def insert_stop(self, index: int, lat: float, lon: float, name: str = "") -> None:
        stops.add_stop(self._document, index, lat, lon, name, self)

    def move_stop(self, index: int, lat: float, lon: float) -> None:
        stops.move_stop(self._document, index, lat, lon, self)

    def remove_stop(self, index: int) -> None:
        stops.remove_stop(self._document, index, self)

    def move_meeting_point(self, lat: float, lon: float) -> None:
        stops.move_meeting_point(self._document, lat, lon, initiator=self)

    def _on_drawn(self, revision: int) -> None:
        sent = self._sent_at.pop(revision, None)
        for stale in [r for r in self._sent_at if r < revision]:
            del self._sent_at[stale]
        if sent is not None:
            elapsed_ms = (time.perf_counter() - sent) * 1000
            log.debug("map drew revision %d in %.1f ms", revision, elapsed_ms)
            self.drawn.emit(revision, elapsed_ms)

    def set_leg_mode(self, index: int, mode: LegMode) -> None:
        stops.set_leg_mode(self._document, index, mode, self)

    def add_via(self, index: int, lat: float, lon: float) -> None:
        stops.add_via(self._document, index, lat, lon, self)

    def clear_vias(self, index: int) -> None:
        stops.clear_vias(self._document, index, self)

    def _leg_menu(self, index: int) -> None:
        if index < len(self._document.walk.legs):
            menu = QMenu(self._menu_parent)
            self.fill_leg_menu(menu, index)
            menu.exec(QCursor.pos())

    def fill_leg_menu(self, menu: QMenu, index: int) -> None:
        """The choices for the leg after stop `index`, shared by the map's right-click menu
        and the Stops menu (so the keyboard reaches them too)."""
        menu.clear()
        menu.setToolTipsVisible(True)
        walk = self._document.walk
        if not 0 <= index < len(walk.legs):
            menu.addAction(self.tr("Select a stop that has a next stop")).setEnabled(False)
            return
        default = self.tr("Like the rest of the walk (%1)").replace(
            "%1", self.tr("along the streets") if walk.follow_streets else self.tr("straight")
        )
        choices = (
            (LegMode.ROUTED, self.tr("Follow the streets")),
            (LegMode.STRAIGHT, self.tr("Straight line")),
            (LegMode.DEFAULT, default),
        )
        current = self._while_current
        for mode, label in choices:
            action = menu.addAction(label, current(lambda m=mode: self.set_leg_mode(index, m)))
            action.setCheckable(True)
            action.setChecked(walk.legs[index].mode == mode)
        menu.addSeparator()
        insert = menu.addAction(
            self.tr("Insert a stop on this leg"), current(lambda: self._insert_midway(index))
        )
        self._needs_room(insert)
        if walk.legs[index].vias:
            menu.addAction(self.tr("Remove via points"), current(lambda: self.clear_vias(index)))

    def _insert_midway(self, index: int) -> None:
        """A stop halfway along leg `index`; nothing when the walk has no such leg."""
        legs = self._document.walk.legs
        if 0 <= index < len(legs):
            points = legs[index].points
            lat, lon = points[len(points) // 2]
            self.insert_stop(index + 1, lat, lon)

    def _needs_room(self, action: QAction) -> None:
        """An action that adds a stop, disabled (saying why) when the walk is full."""
        if not stops.has_room(self._document.walk):
            action.setEnabled(False)
            action.setToolTip(stops.why_full())

    def _stop_menu(self, index: int) -> None:
        if index >= len(self._document.walk.stops):
            return
        menu = QMenu(self._menu_parent)
        self.fill_stop_menu(menu, index)
        menu.exec(QCursor.pos())

    def fill_stop_menu(self, menu: QMenu, index: int) -> None:
        """Rename, kind, time spent there, meet there, remove: what a stop's right-click
        offers."""
        stop = self._document.walk.stops[index]
        current = self._while_current
        menu.addAction(self.tr("Rename…"), current(lambda: self.rename_requested.emit(index)))
        kinds = menu.addMenu(self.tr("Kind"))
        for kind in StopKind:
            action = kinds.addAction(
                formatting.kind_label(kind), current(lambda k=kind: self.edit_stop(index, kind=k))
            )
            action.setCheckable(True)
            action.setChecked(stop.kind == kind)
        stay = menu.addMenu(self.tr("Stay"))
        for minutes in STAY_CHOICES_MIN:
            label = formatting.duration(dt.timedelta(minutes=minutes))
            action = stay.addAction(
                label, current(lambda m=minutes: self.edit_stop(index, dwell_min=m))
            )
            action.setCheckable(True)
            action.setChecked(stop.dwell_min == minutes)
        menu.addAction(
            self.tr("Make it the meeting point"),
            current(lambda: stops.meet_at_stop(self._document, index, self)),
        )
        menu.addSeparator()
        menu.addAction(self.tr("Remove stop"), current(lambda: self.remove_stop(index)))

    def edit_stop(self, index: int, **changes: object) -> None:
        stops.edit_stop(self._document, index, self, **changes)

    def _map_menu(self, lat: float, lon: float) -> None:
        menu = QMenu(self._menu_parent)
        self.fill_map_menu(menu, lat, lon)
        menu.exec(QCursor.pos())

    def fill_map_menu(self, menu: QMenu, lat: float, lon: float) -> None:
        """What a right-click on the map (off the walk) offers at (lat, lon)."""
        menu.setToolTipsVisible(True)
        current = self._while_current
        add = menu.addAction(self.tr("Add stop here"), current(lambda: self.append_stop(lat, lon)))
        self._needs_room(add)
        menu.addAction(self.tr("Meet here"), current(lambda: self.move_meeting_point(lat, lon)))
