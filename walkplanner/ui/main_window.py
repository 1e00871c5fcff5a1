"""The main window: wires the library, the map, the details and the stop list together.

It owns no walk logic: edits are commands on the WalkDocument, the map is driven by the
MapController, saving is the Autosaver's job. Window layout persists through QSettings.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QToolBar,
    QWidget,
)

from walkplanner import APP_NAME
from walkplanner.core.demo import next_saturday
from walkplanner.core.model import DEFAULT_TIMEZONE, MeetingPoint, Walk
from walkplanner.render import fonts
from walkplanner.routing.osrm import OsrmClient
from walkplanner.settings import Settings
from walkplanner.store.errors import StoreError
from walkplanner.tiles.packs import PackError
from walkplanner.tiles.providers import TileProvider
from walkplanner.ui import formatting, icons
from walkplanner.ui.autosave import Autosaver
from walkplanner.ui.commands import FieldEdit
from walkplanner.ui.details_form import DetailsForm
from walkplanner.ui.document import WalkDocument
from walkplanner.ui.library_panel import LibraryPanel
from walkplanner.ui.map_controller import MapController
from walkplanner.ui.map_page import PARIS
from walkplanner.ui.map_view import MapView
from walkplanner.ui.places_panel import PlacesPanel
from walkplanner.ui.routing_controller import RoutingController
from walkplanner.ui.services import Services
from walkplanner.ui.stop_panel import StopPanel

log = logging.getLogger(__name__)
STATE_VERSION = 1


class MainWindow(QMainWindow):
    closed = Signal()

    def __init__(
        self,
        services: Services,
        settings: Settings,
        window_state: QSettings,
        map_view: MapView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self._services = services
        self._repository = services.walks
        self._settings = settings
        self._window_state = window_state

        self.document = WalkDocument(self._first_walk(), self)
        self.map_view = map_view
        self.setCentralWidget(map_view)
        self.basemap = self._initial_basemap()
        self.map = MapController(self.document, map_view.bridge, self.basemap, map_view)
        self.routing = RoutingController(self.document, services.router, self)
        self.map.leg_reason = self.routing.reason
        self.autosaver = Autosaver(self.document, services.walks, self)
        self.places = PlacesPanel(services.search, services.places)
        self.library = LibraryPanel()
        self.details = DetailsForm()
        self.stops = StopPanel(self.document)
        self.routing_progress = QProgressBar()
        self.routing_progress.setRange(0, 0)
        self.routing_progress.setMaximumWidth(160)
        self.routing_progress.setAccessibleName(self.tr("Routing progress"))
        self.routing_progress.hide()
        self.statusBar().addPermanentWidget(self.routing_progress)
        self.stats = QLabel()
        self.stats.setAccessibleName(self.tr("Walk summary"))
        self.statusBar().addPermanentWidget(self.stats)
        self._dock(
            self.library, self.tr("Walks"), "LibraryDock", Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self._dock(
            self.details, self.tr("Details"), "DetailsDock", Qt.DockWidgetArea.RightDockWidgetArea
        )
        self._dock(self.stops, self.tr("Stops"), "StopsDock", Qt.DockWidgetArea.RightDockWidgetArea)
        places_dock = self._dock(
            self.places, self.tr("Places"), "PlacesDock", Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.tabifyDockWidget(self.findChild(QDockWidget, "LibraryDock"), places_dock)
        self.findChild(QDockWidget, "LibraryDock").raise_()
        self._build_actions()
        self._connect()
        self._show_walk()
        self._refresh_library()
        self._restore_layout()
        # Icons load once the walk is on screen (see ui/icons.py); a fallback timer covers
        # a page that never draws.
        self.map.drawn.connect(self._attach_icons, Qt.ConnectionType.SingleShotConnection)
        QTimer.singleShot(2000, self._attach_icons)

    # --- building -------------------------------------------------------------------

    def _dock(self, widget: QWidget, title: str, name: str, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _action(
        self, icon: str, text: str, slot: object, shortcut: QKeySequence | str | None = None
    ) -> QAction:
        action = QAction(text, self)
        icons.later(action, icon)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        stack = self.document.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        icons.later(self.undo_action, "mdi6.undo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        icons.later(self.redo_action, "mdi6.redo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        new = self._action(
            "mdi6.file-plus-outline",
            self.tr("&New walk"),
            self.new_walk,
            QKeySequence.StandardKey.New,
        )
        duplicate = self._action(
            "mdi6.content-copy",
            self.tr("D&uplicate walk"),
            lambda: self.duplicate_walk(self.document.walk.id),
            "Ctrl+D",
        )
        delete = self._action(
            "mdi6.delete-outline",
            self.tr("De&lete walk…"),
            lambda: self.delete_walk(self.document.walk.id),
        )
        quit_action = self._action(
            "mdi6.exit-to-app", self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit
        )
        self.fit_action = self._action(
            "mdi6.fit-to-screen-outline", self.tr("&Fit to walk"), self.map.fit, "Ctrl+0"
        )
        self.fit_action.setToolTip(self.tr("Show the whole walk (Ctrl+0)"))

        menu = self.menuBar().addMenu(self.tr("&File"))
        self.card_action = self._action(
            "mdi6.card-account-details-star-outline",
            self.tr("Export invite &card…"),
            self.export_card,
            "Ctrl+E",
        )
        self.handout_action = self._action(
            "mdi6.printer-outline", self.tr("&Print handouts…"), self.handouts, "Ctrl+P"
        )
        self.handout_pdf_action = self._action(
            "mdi6.file-pdf-box", self.tr("Export &handout PDF…"), self.handouts, "Ctrl+Shift+E"
        )
        for action in (new, duplicate, delete):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.card_action)
        menu.addAction(self.handout_pdf_action)
        menu.addAction(self.handout_action)
        menu.addSeparator()
        menu.addAction(quit_action)
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        view = self.menuBar().addMenu(self.tr("&View"))
        view.addAction(self.fit_action)
        basemap_menu = view.addMenu(self.tr("&Basemap"))
        basemap_menu.aboutToShow.connect(lambda: self._build_basemap_menu(basemap_menu))
        edit.addSeparator()
        self.preferences_action = self._action(
            "mdi6.cog-outline",
            self.tr("&Preferences…"),
            self.preferences,
            QKeySequence.StandardKey.Preferences,
        )
        edit.addAction(self.preferences_action)
        self.find_action = self._action(
            "mdi6.map-search-outline",
            self.tr("Find a &place…"),
            self.find_place,
            QKeySequence.StandardKey.Find,
        )
        view.addAction(self.find_action)
        view.addSeparator()
        for dock in self.findChildren(QDockWidget):
            view.addAction(dock.toggleViewAction())

        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("MainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (new, self.undo_action, self.redo_action, self.fit_action, self.card_action):
            toolbar.addAction(action)
        self.addToolBar(toolbar)

    def _connect(self) -> None:
        self.document.changed.connect(self._update_stats)
        self.document.changed.connect(lambda: self.details.set_walk(self.document.walk))
        self.document.replaced.connect(self._show_walk)
        self.details.edited.connect(self._field_edited)
        self.stops.selected.connect(self.map.select)
        self.map_view.bridge.stop_select.connect(self.stops.select_row)
        self.map_view.bridge.rejected.connect(
            lambda why: self.statusBar().showMessage(
                self.tr("Ignored a map event: %1").replace("%1", why), 5000
            )
        )
        self.autosaver.saved.connect(lambda _id: self._refresh_library())
        self.routing.busy.connect(self._routing_busy)
        self.routing.problem.connect(self._routing_problem)
        self.autosaver.failed.connect(self._save_failed)
        self.library.activated.connect(self.open_walk)
        self.library.new_requested.connect(self.new_walk)
        self.library.duplicate_requested.connect(self.duplicate_walk)
        self.library.delete_requested.connect(self.delete_walk)
        self.places.show_place.connect(self.map.show_place)
        self.places.add_stop.connect(self.map.append_named_stop)
        self.places.meet_here.connect(self.map.meet_at)

    def _attach_icons(self, *_drawn: object) -> None:
        """After the first draw: the icons, and the bundled font the exports will need."""
        QTimer.singleShot(0, icons.attach_pending)
        QTimer.singleShot(0, fonts.register)

    # --- the current walk -----------------------------------------------------------

    def _first_walk(self) -> Walk:
        summaries = self._repository.summaries()
        wanted = self._settings.last_walk_id
        ids = [s.id for s in summaries]
        if wanted in ids:
            return self._repository.get(wanted)
        if ids:
            return self._repository.get(ids[0])
        return self._repository.add(self._blank_walk())

    def _blank_walk(self) -> Walk:
        return Walk(
            title=self.tr("New walk"),
            date=next_saturday(dt.date.today()),
            start_time=dt.time(14, 0),
            meeting_point=MeetingPoint(self.tr("Meeting point"), *PARIS),
            timezone=DEFAULT_TIMEZONE,
        )

    def _show_walk(self) -> None:
        walk = self.document.walk
        self.details.set_walk(walk)
        self._update_stats()
        self.setWindowTitle(f"{walk.title} — {APP_NAME}")
        self.library.mark_current(walk.id)
        self._settings.last_walk_id = walk.id
        self._persist_settings()

    def _update_stats(self) -> None:
        walk, schedule = self.document.walk, self.document.schedule
        self.setWindowTitle(f"{walk.title} — {APP_NAME}")
        if not walk.stops:
            self.stats.setText(self.tr("No stops yet: click on the map to add the first one."))
            return
        self.stats.setText(
            self.tr("%1 · walking %2 · at stops %3 · ends %4 · %5 people")
            .replace("%1", formatting.distance(schedule.distance_m))
            .replace("%2", formatting.duration(schedule.walking))
            .replace("%3", formatting.duration(schedule.dwelling))
            .replace("%4", formatting.clock(schedule.end))
            .replace("%5", str(walk.headcount))
        )

    def _field_edited(self, field: str, value: object) -> None:
        if getattr(self.document.walk, field) != value:
            self.document.undo_stack.push(
                FieldEdit(self.document, field, value, self.tr("Edit details"), typing=True)
            )

    def _routing_busy(self, legs: int) -> None:
        self.routing_progress.setVisible(legs > 0)
        self.routing_progress.setFormat(self.tr("Routing %1 legs…").replace("%1", str(legs)))
        self.routing_progress.setToolTip(self.routing_progress.format())

    def _routing_problem(self, message: str) -> None:
        self.statusBar().showMessage(
            self.tr("A leg stays straight: %1").replace("%1", message), 10_000
        )
        self.map.push(fit=False)  # the leg's tooltip now says why

    # --- the library ----------------------------------------------------------------

    def open_walk(self, walk_id: int) -> None:
        if walk_id == self.document.walk.id or not self.autosaver.save_now():
            return
        try:
            self.document.load(self._repository.get(walk_id))
        except StoreError as error:
            QMessageBox.warning(self, APP_NAME, str(error))

    def new_walk(self) -> None:
        if self.autosaver.save_now():
            self._switch_to(lambda: self._repository.add(self._blank_walk()))

    def duplicate_walk(self, walk_id: int | None) -> None:
        if walk_id is not None and self.autosaver.save_now():
            self._switch_to(lambda: self._repository.duplicate(walk_id))

    def delete_walk(self, walk_id: int | None) -> None:
        if walk_id is None:
            return
        title = self._repository.get(walk_id).title
        answer = QMessageBox.question(
            self,
            self.tr("Delete walk"),
            self.tr("Delete “%1” and all its stops? This cannot be undone.").replace("%1", title),
            QMessageBox.StandardButton.Delete | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Delete:
            return
        try:
            self._repository.delete(walk_id)
            if walk_id == self.document.walk.id:
                self.document.load(self._first_walk())
        except StoreError as error:
            QMessageBox.warning(self, APP_NAME, str(error))
        self._refresh_library()

    def _switch_to(self, make: object) -> None:
        try:
            walk = make()  # type: ignore[operator]
        except StoreError as error:
            QMessageBox.warning(self, APP_NAME, str(error))
            return
        self.document.load(walk)
        self._refresh_library()

    def _refresh_library(self) -> None:
        try:
            self.library.show_walks(self._repository.summaries(), self.document.walk.id)
        except StoreError as error:
            self.statusBar().showMessage(str(error))

    # --- basemaps --------------------------------------------------------------------

    def _initial_basemap(self) -> TileProvider:
        basemaps, settings = self._services.basemaps, self._settings
        if settings.offline_pack:
            try:
                return basemaps.open_pack(Path(settings.offline_pack))
            except PackError as error:
                log.warning("offline map not reopened: %s", error)
        try:
            return basemaps.provider(settings.tile_provider)
        except KeyError:
            return basemaps.provider("osm")

    def _build_basemap_menu(self, menu: QMenu) -> None:
        menu.clear()
        group = QActionGroup(menu)
        for provider in self._services.basemaps.choices():
            action = menu.addAction(provider.name)
            action.setCheckable(True)
            action.setChecked(provider.key == self.basemap.key)
            action.triggered.connect(lambda _on, provider=provider: self.set_basemap(provider))
            group.addAction(action)
        menu.addSeparator()
        menu.addAction(self.tr("Open offline map (MBTiles, PMTiles)…"), self.open_offline_map)

    def set_basemap(self, provider: TileProvider) -> None:
        self.basemap = provider
        self.map.set_basemap(provider)
        pack = self._services.basemaps.pack_path(provider.key)
        self._settings.tile_provider = "osm" if pack else provider.key
        self._settings.offline_pack = str(pack) if pack else None
        self._persist_settings()

    def open_offline_map(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open offline map"), "", self.tr("Offline maps (*.mbtiles *.pmtiles)")
        )
        if name:
            self.use_offline_map(Path(name))

    def use_offline_map(self, path: Path) -> None:
        try:
            provider = self._services.basemaps.open_pack(path)
        except PackError as error:
            QMessageBox.warning(self, APP_NAME, str(error))
            return
        self.set_basemap(provider)

    def preferences(self) -> None:
        from walkplanner.ui.preferences_dialog import MB, PreferencesDialog

        services, settings = self._services, self._settings
        dialog = PreferencesDialog(settings, services.basemaps.cache, services.data_dir, self)
        if dialog.exec() != PreferencesDialog.DialogCode.Accepted:
            return
        dialog.apply_to(settings)
        self._persist_settings()
        services.basemaps.cache.trim(settings.tile_cache_mb * MB)
        services.router.client = OsrmClient(settings.routing_url or None)
        services.search.set_endpoint(settings.geocoder_url or None)
        self.routing.retry()

    def find_place(self) -> None:
        dock = self.findChild(QDockWidget, "PlacesDock")
        dock.show()
        dock.raise_()
        self.places.focus_search()

    # --- exports -------------------------------------------------------------------

    def export_card(self) -> None:
        from walkplanner.ui.card_dialog import CardDialog

        tiles = self._services.basemaps.source(self.basemap.key)
        dialog = CardDialog(self.document.walk, tiles, self.basemap.attribution, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def handouts(self) -> None:
        from walkplanner.ui.handout_dialog import HandoutDialog

        basemaps, key = self._services.basemaps, self.basemap.key
        dialog = HandoutDialog(
            self.document.walk,
            basemaps.source(key),
            basemaps.cached_source(key),
            self.basemap.attribution,
            self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # --- saving and closing ---------------------------------------------------------

    def _save_failed(self, message: str) -> None:
        self.statusBar().showMessage(
            self.tr("Not saved: %1 Your edits are kept while the app is open.").replace(
                "%1", message
            )
        )

    def _persist_settings(self) -> None:
        try:
            self._settings.save(self._repository)
        except StoreError as error:
            log.warning("could not save settings: %s", error)

    def _restore_layout(self) -> None:
        geometry = self._window_state.value("geometry")
        state = self._window_state.value("state")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 860)
        if state is not None:
            self.restoreState(state, STATE_VERSION)
        else:
            docks = [self.findChild(QDockWidget, name) for name in ("LibraryDock", "DetailsDock")]
            self.resizeDocks(docks, [260, 480], Qt.Orientation.Horizontal)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.autosaver.save_now():
            answer = QMessageBox.warning(
                self,
                APP_NAME,
                self.tr(
                    "The walk could not be saved:\n%1\n\nClose anyway and lose the latest edits?"
                ).replace("%1", self.autosaver.pending_error or ""),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        self._window_state.setValue("geometry", self.saveGeometry())
        self._window_state.setValue("state", self.saveState(STATE_VERSION))
        self._window_state.sync()
        self._persist_settings()
        super().closeEvent(event)
        self.closed.emit()
