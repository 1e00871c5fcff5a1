"""The main window: wires the library, the map, the details and the stop list together.

It owns no walk logic: edits are operations (ui/operations) on the WalkDocument, the map
is driven by the MapController, saving is the Autosaver's job. Window layout persists
through QSettings.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QWidget,
)

from walkplanner import APP_NAME
from walkplanner.core.crowd import Participant, attendance
from walkplanner.core.model import Walk
from walkplanner.i18n import translated
from walkplanner.placeholders import filled
from walkplanner.render import fonts
from walkplanner.settings import Settings
from walkplanner.store.errors import DamagedWalk, StoreError
from walkplanner.ui import formatting, icons
from walkplanner.ui.actions import ActionId, Actions, When
from walkplanner.ui.autosave import Autosaver, finish_typing
from walkplanner.ui.basemap_controller import BasemapController
from walkplanner.ui.details_form import DetailsForm
from walkplanner.ui.dialog_memory import DialogMemory
from walkplanner.ui.docks import Dock, add_docks
from walkplanner.ui.document import Change, Changes, WalkDocument
from walkplanner.ui.export_dialogs import ExportDialogs
from walkplanner.ui.file_actions import FileActions
from walkplanner.ui.library_controller import LibraryController, first_walk
from walkplanner.ui.library_panel import LibraryPanel
from walkplanner.ui.main_menus import STOP_BUTTONS, fill_menu_bar, main_toolbar
from walkplanner.ui.map_controller import MapController
from walkplanner.ui.map_view import MapView
from walkplanner.ui.operations.details import set_detail
from walkplanner.ui.people_panel import PeoplePanel
from walkplanner.ui.places_panel import PlacesPanel
from walkplanner.ui.plain import ask, message_box, plain_label, window_title
from walkplanner.ui.preferences_flow import edit_preferences
from walkplanner.ui.routing_controller import RoutingController
from walkplanner.ui.services import Services
from walkplanner.ui.shortcut_priority import ShortcutPriority
from walkplanner.ui.stop_panel import StopPanel
from walkplanner.ui.window_layout import restore_layout, save_layout

log = logging.getLogger(__name__)


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
        self.setAcceptDrops(True)
        self._services = services
        self._repository = services.walks
        self._settings = settings
        self._window_state = window_state
        self.memory = DialogMemory(window_state)
        self.restart_requested = False  # read by app.run once the window has closed

        damaged: list[str] = []
        self.document = WalkDocument(
            first_walk(
                services.walks,
                settings,
                self._participants_of,
                lambda error: damaged.append(translated(error)),
            ),
            self._participants_of,
            self,
        )
        self.map_view = map_view
        self.setCentralWidget(map_view)
        self.basemaps = BasemapController(
            services.basemaps, settings, self._persist_settings, self.memory, self
        )
        self.map = MapController(self.document, map_view.bridge, self.basemaps.current, map_view)
        self.basemaps.attach(self.map.set_basemap)
        self.files = FileActions(services.walks, window_state, self)
        self.exports = ExportDialogs(self.document, self.basemaps, self.memory, self)
        self.routing = RoutingController(self.document, services.router, self)
        self.map.leg_reason = self.routing.reason
        self.autosaver = Autosaver(self.document, services.walks, services.participants, self)
        self.places = PlacesPanel(services.search, services.places)
        self.people = PeoplePanel(self.document, self.memory)
        self.library = LibraryPanel()
        self.walks = LibraryController(
            self.document, self.autosaver, services.walks, self.library, settings, self
        )
        self.details = DetailsForm(self.document)
        self.stops = StopPanel(self.document)
        self.routing_progress = QProgressBar()
        self.routing_progress.setRange(0, 0)
        self.routing_progress.setMaximumWidth(160)
        self.routing_progress.setAccessibleName(self.tr("Routing progress"))
        self.routing_progress.hide()
        self.statusBar().addPermanentWidget(self.routing_progress)
        self.stats = plain_label(QLabel())
        self.stats.setAccessibleName(self.tr("Walk summary"))
        self.statusBar().addPermanentWidget(self.stats)
        self.docks = add_docks(
            self,
            {
                "LibraryDock": self.library,
                "DetailsDock": self.details,
                "StopsDock": self.stops,
                "PeopleDock": self.people,
                "PlacesDock": self.places,
            },
        )
        # What each dock shows is kept current by these, in the order of the docks.
        self.panels: tuple[Dock, ...] = (
            self.walks,
            self.details,
            self.stops,
            self.people,
            self.places,
        )
        self._build_actions()
        ShortcutPriority(self.findChildren(QAction), self)
        self._connect()
        self._show_walk()
        if damaged:  # passed over for another walk: said once the window is up
            QTimer.singleShot(0, self, lambda: self._tell_damaged("\n\n".join(damaged)))
        restore_layout(self, window_state, self.docks, self.people.restore_columns)
        # Icons load once the walk is on screen (see ui/icons.py); a fallback timer covers
        # a page that never draws.
        self.map.drawn.connect(self._attach_icons, Qt.ConnectionType.SingleShotConnection)
        QTimer.singleShot(2000, self._attach_icons)

    # --- building -------------------------------------------------------------------

    def _build_actions(self) -> None:
        """The actions from their table (ui/actions.py), then the menus and the toolbar
        that list them; enablement follows the walk and the selected stop."""
        row, count = self.stops.current_row, lambda: len(self.document.walk.stops)
        conditions = {
            When.STOP_SELECTED: lambda: 0 <= row() < count(),
            When.STOP_HAS_PREVIOUS: lambda: 0 < row() < count(),
            When.STOP_HAS_NEXT: lambda: 0 <= row() < count() - 1,
        }
        self._actions = Actions(self, self._handlers(), conditions, self.document.undo_stack)
        docks = [dock.toggleViewAction() for dock in self.docks.values()]
        fill_menu_bar(
            self.menuBar(),
            self._actions,
            {"docks": docks},
            {
                "recent": self.files.fill_recent_menu,
                "basemaps": self.basemaps.fill_menu,
                "leg": lambda menu: self.map.fill_leg_menu(menu, self.stops.current_row()),
            },
        )
        self.addToolBar(main_toolbar(self._actions, self))
        self.stops.use_actions(
            [self.action(action_id) for action_id in STOP_BUTTONS],
            [self.action(ActionId.EDIT_CELL)],
        )
        self.stops.current_row_changed.connect(self._actions.update)
        self.document.changed.connect(self._actions.update)
        self.document.replaced.connect(self._actions.update)

    def _handlers(self) -> dict[ActionId, Callable[[], object]]:
        a, files, stops = ActionId, self.files, self.stops
        return {
            a.NEW_WALK: self.walks.new_walk,
            a.DUPLICATE_WALK: lambda: self.walks.duplicate_walk(self.document.walk.id),
            a.DELETE_WALK: lambda: self.walks.delete_walk(self.document.walk.id),
            a.IMPORT: files.choose_import,
            a.EXPORT_GPX: lambda: files.choose_export(self.document.walk, "gpx"),
            a.EXPORT_GEOJSON: lambda: files.choose_export(self.document.walk, "geojson"),
            a.EXPORT_KML: lambda: files.choose_export(self.document.walk, "kml"),
            a.EXPORT_ICS: lambda: files.choose_export(self.document.walk, "ics"),
            a.ADD_TO_CALENDAR: lambda: files.add_to_calendar(self.document.walk),
            a.EXPORT_CARD: self.exports.card,
            a.EXPORT_VIDEO: self.exports.video,
            a.EXPORT_PAGE: self.exports.page,
            a.EXPORT_HANDOUT_PDF: self.exports.handouts,
            a.PRINT_HANDOUTS: self.exports.handouts,
            a.QUIT: self.close,
            a.PREFERENCES: self.preferences,
            a.FIT: self.map.fit,
            a.FIND_PLACE: self.find_place,
            a.GO_TO_WALKS: lambda: self.focus_dock("LibraryDock"),
            a.GO_TO_DETAILS: lambda: self.focus_dock("DetailsDock"),
            a.GO_TO_STOPS: lambda: self.focus_dock("StopsDock"),
            a.GO_TO_PEOPLE: lambda: self.focus_dock("PeopleDock"),
            a.GO_TO_PLACES: lambda: self.focus_dock("PlacesDock"),
            a.GO_TO_MAP: self.focus_map,
            a.ADD_STOP: stops.add_after_current,
            a.MOVE_STOP_UP: lambda: stops.shift(-1),
            a.MOVE_STOP_DOWN: lambda: stops.shift(1),
            a.REMOVE_STOP: stops.remove_current,
            a.EDIT_CELL: stops.edit_current,
            a.ABOUT: self.about,
        }

    def action(self, action_id: ActionId) -> QAction:
        """The window's action with this id (tests and scripts look actions up by id)."""
        return self._actions[action_id]

    def _connect(self) -> None:
        self.document.changed.connect(self._document_changed)
        self.document.replaced.connect(self._show_walk)
        self.document.refused.connect(lambda why: self.statusBar().showMessage(why, 10_000))
        self.details.edited.connect(self._field_edited)
        self.stops.selected.connect(self.map.select)
        self.map_view.bridge.stop_select.connect(self.stops.select_row)
        self.map.rename_requested.connect(self.stops.edit_name)
        self.map_view.bridge.rejected.connect(
            lambda why: self.statusBar().showMessage(
                filled(self.tr("Ignored a map event: %1"), why), 5000
            )
        )
        self.autosaver.saved.connect(lambda _id: self.walks.refresh())
        self.files.imported.connect(self._show_imported)
        self.files.status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.routing.busy.connect(self._routing_busy)
        self.routing.problem.connect(self._routing_problem)
        self.autosaver.failed.connect(self._save_failed)
        self.walks.problem.connect(self.statusBar().showMessage)
        self.places.show_place.connect(self.map.show_place)
        self.places.add_stop.connect(self.map.append_named_stop)
        self.places.meet_here.connect(self.map.meet_at)

    def _attach_icons(self, *_drawn: object) -> None:
        """After the first draw: the icons, and the bundled font the exports will need."""
        QTimer.singleShot(0, self, self._load_deferred)

    def _load_deferred(self) -> None:
        """Skipped when the window closed meanwhile: quitting never waits for the ~0.15 s
        of importing qtawesome."""
        if self.isVisible():
            icons.attach_pending()
            fonts.register()

    # --- the current walk -----------------------------------------------------------

    def _show_walk(self) -> None:
        walk = self.document.walk
        for panel in self.panels:
            panel.refresh()
        self._update_stats()
        self.setWindowTitle(window_title(f"{walk.title} — {APP_NAME}"))
        if self._settings.last_walk_id != walk.id:  # a start on the same walk writes nothing
            self._settings.last_walk_id = walk.id
            self._persist_settings()

    def _tell_damaged(self, message: str) -> None:
        """Beside the window, not in its way: the walk on screen can be used meanwhile."""
        box = message_box(self, QMessageBox.Icon.Warning, APP_NAME, message)
        box.setObjectName("damaged-walks")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _participants_of(self, walk: Walk) -> list[Participant]:
        """Who is coming to `walk`, as stored; none when the store cannot say (told once)."""
        try:
            return self._services.participants.participants(walk.id) if walk.id else []
        except DamagedWalk:
            raise  # the walk is not opened: its people would be overwritten by the next save
        except StoreError as error:
            log.warning("could not read the participants: %s", error)
            self.statusBar().showMessage(translated(error))
            return []

    def _document_changed(self, changes: Changes) -> None:
        self._update_stats()
        if changes.what & Change.DETAILS and changes.initiator is not self.details:
            self.details.set_walk(self.document.walk)  # the form keeps what it is typing

    def _update_stats(self) -> None:
        walk, schedule = self.document.walk, self.document.schedule
        self.setWindowTitle(window_title(f"{walk.title} — {APP_NAME}"))
        if not walk.stops:
            self.stats.setText(self.tr("No stops yet: click on the map to add the first one."))
            return
        on_the_day = attendance(walk, self.document.participants).on_the_day
        self.stats.setText(
            filled(
                self.tr("%1 · walking %2 · at stops %3 · ends %4 · %5"),
                formatting.distance(schedule.distance_m),
                formatting.duration(schedule.walking),
                formatting.duration(schedule.dwelling),
                formatting.clock(schedule.end),
                formatting.people(on_the_day),
            )
        )

    def _field_edited(self, field: str, value: object) -> None:
        set_detail(self.document, field, value, self.details)

    def _routing_busy(self, legs: int) -> None:
        self.routing_progress.setVisible(legs > 0)
        self.routing_progress.setFormat(self.tr("Routing %n legs…", "", legs))
        self.routing_progress.setToolTip(self.routing_progress.format())

    def _routing_problem(self, message: str) -> None:
        self.statusBar().showMessage(filled(self.tr("A leg stays straight: %1"), message), 10_000)
        self.map.push(fit=False)  # the leg's tooltip now says why

    def preferences(self) -> None:
        language_changed = edit_preferences(self, self._services, self._settings, self.basemaps)
        if language_changed is None:
            return
        self._persist_settings()
        self.routing.retry()
        if language_changed:
            self._offer_restart()

    def _offer_restart(self) -> None:
        answer = ask(
            self,
            APP_NAME,
            self.tr("Reopen the window now in the new language? Your walk is saved."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restart_requested = True
            self.close()
        else:
            self.statusBar().showMessage(
                self.tr("The new language applies when Walk Planner starts again."), 10_000
            )

    def focus_dock(self, name: str) -> None:
        """Show a panel and put the keyboard in it (View > Go to)."""
        dock = self.docks[name]
        dock.show()
        dock.raise_()
        dock.widget().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_map(self) -> None:
        """The map takes the keyboard: a cross marks where Enter adds a stop."""
        self.map_view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.map_view.bridge.call("focus")
        self.statusBar().showMessage(
            self.tr(
                "Map: the arrows move it, + and − zoom, Enter adds a stop at the cross, "
                "Shift+Enter moves the selected stop there."
            ),
            15_000,
        )

    def about(self) -> None:
        from walkplanner.ui.about_dialog import AboutDialog

        AboutDialog(self).exec()

    def find_place(self) -> None:
        dock = self.docks["PlacesDock"]
        dock.show()
        dock.raise_()
        self.places.focus_search()

    # --- files ----------------------------------------------------------------------

    def _show_imported(self, walk: Walk) -> None:
        if self.autosaver.save_before_leaving():
            self.document.load(walk)
        self.walks.refresh()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(self.files.can_import(Path(url.toLocalFile())) for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            path = Path(url.toLocalFile())
            if url.isLocalFile() and self.files.can_import(path):
                self.files.import_file(path)
        event.acceptProposedAction()

    # --- saving and closing ---------------------------------------------------------

    def _save_failed(self, message: str) -> None:
        self.statusBar().showMessage(
            filled(self.tr("Not saved: %1 Your edits are kept while the app is open."), message)
        )

    def _persist_settings(self) -> None:
        try:
            self._settings.save(self._repository)
        except StoreError as error:
            log.warning("could not save settings: %s", error)

    def closeEvent(self, event: QCloseEvent) -> None:
        finish_typing()  # what a field or cell shows is saved below (Autosaver says why)
        if not all(panel.can_close() for panel in self.panels):
            event.ignore()
            return
        if not self.autosaver.save_now():
            answer = ask(
                self,
                APP_NAME,
                filled(
                    self.tr(
                        "The walk could not be saved:\n%1\n\nClose anyway and lose the latest edits?"
                    ),
                    self.autosaver.pending_error or "",
                ),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
                QMessageBox.Icon.Warning,
            )
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        save_layout(self, self._window_state, self.people.column_state())
        self.hide()  # the walk and the layout are kept: the window goes now, the rest unseen
        self._window_state.sync()
        self._persist_settings()
        super().closeEvent(event)
        self.closed.emit()
