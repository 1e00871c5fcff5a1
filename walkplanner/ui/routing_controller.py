"""Keeps the walk's legs as the organiser wants them: routed along the streets in the
background, or straight (dashed on the map, with the reason in its tooltip).

Routing results are not edits: they refine the legs the last edit left straight, so
they do not go on the undo stack (undo restores the previous legs, redo re-routes them
from the cache at no cost). The document announces them with the ROUTING flag.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, QTimer, Signal

from walkplanner.core.model import Leg, LegSource
from walkplanner.i18n import translated
from walkplanner.placeholders import filled
from walkplanner.routing.legs import LegRouter, pending_legs, unwanted_routes, waypoints
from walkplanner.routing.osrm import RoutingError
from walkplanner.ui.document import Change, Changes, WalkDocument
from walkplanner.ui.tasks import run_task

DELAY_MS = 250


class RoutingController(QObject):
    busy = Signal(int)  # legs being routed now
    problem = Signal(str)  # why a leg stays straight

    def __init__(
        self, document: WalkDocument, router: LegRouter, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._router = router
        self._in_flight: set[str] = set()
        self._failures: dict[str, str] = {}
        self._timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self._timer.timeout.connect(self.reconcile)
        document.changed.connect(self._document_changed)
        document.replaced.connect(lambda: self._timer.start())
        # Routing still under way when the window goes is abandoned, not stopped: the
        # router must leave the store alone before the session closes it.
        self.destroyed.connect(lambda *_: router.close())
        self._timer.start()

    def _document_changed(self, changes: Changes) -> None:
        if changes.what & (Change.ROUTE | Change.DETAILS | Change.ROUTING):
            self._timer.start()  # a detail may be the walk's "follow the streets"

    def reason(self, index: int) -> str | None:
        """Why leg `index` is straight though it should follow the streets, if we know."""
        walk = self._document.walk
        if not 0 <= index < len(walk.legs):
            return None
        return self._failures.get(self._key(index))

    def reconcile(self) -> None:
        walk = self._document.walk
        route = walk.route
        for i in unwanted_routes(walk):
            route = route.with_leg(i, route.legs[i].redrawn(route.stops[i], route.stops[i + 1]))
        if route is not walk.route:
            self._document.refine_route(replace(walk, route=route))
            return  # the change brings us back here for the rest
        for i in pending_legs(walk):
            key = self._key(i)
            if key in self._in_flight or key in self._failures:
                continue
            self._in_flight.add(key)
            a, b, leg = walk.stops[i], walk.stops[i + 1], walk.legs[i]
            run_task(
                lambda a=a, b=b, leg=leg: self._router.route(a, b, leg),
                lambda routed, key=key: self._routed(key, routed),
                lambda error, key=key: self._failed(key, error),
                self,
                cancellable=True,
            )
        self.busy.emit(len(self._in_flight))

    def retry(self) -> None:
        """Forget past failures (the network is back, the endpoint changed) and try again."""
        self._failures.clear()
        self.reconcile()

    def _routed(self, key: str, routed: Leg) -> None:
        self._in_flight.discard(key)
        walk = self._document.walk
        for i, leg in enumerate(walk.legs):
            still_wanted = leg.source == LegSource.STRAIGHT and leg.wants_routing(
                walk.follow_streets
            )
            if still_wanted and self._key(i) == key:
                self._document.refine_route(replace(walk, route=walk.route.with_leg(i, routed)))
                break
        self.busy.emit(len(self._in_flight))

    def _failed(self, key: str, error: Exception) -> None:
        self._in_flight.discard(key)
        message = (
            translated(error)
            if isinstance(error, RoutingError)
            else filled(self.tr("Routing failed: %1"), error)
        )
        self._failures[key] = message
        self.busy.emit(len(self._in_flight))
        self.problem.emit(message)

    def _key(self, index: int) -> str:
        walk = self._document.walk
        return self._router.key(
            waypoints(walk.stops[index], walk.stops[index + 1], walk.legs[index])
        )
