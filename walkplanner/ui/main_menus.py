"""The main window's commands: its actions, menus and toolbar, each shortcut shown in its
menu (and a fallback where the platform has none for a standard key)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QToolBar

from walkplanner.ui import icons

if TYPE_CHECKING:
    from walkplanner.ui.main_window import MainWindow


class MainMenus(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._build()

    def _action(
        self,
        icon: str,
        text: str,
        slot: object,
        shortcut: QKeySequence.StandardKey | str | None = None,
        fallback: str | None = None,
    ) -> QAction:
        """`fallback` is the shortcut where the platform has none for a standard key
        (Quit and Preferences have none on GNOME and Windows)."""
        action = QAction(text, self._window)
        if icon:
            icons.later(action, icon)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
            if not action.shortcuts() and fallback:
                action.setShortcut(QKeySequence(fallback))
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build(self) -> None:
        window = self._window
        stack = window.document.undo_stack
        self.undo = stack.createUndoAction(window, self.tr("&Undo"))
        icons.later(self.undo, "mdi6.undo")
        self.undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo = stack.createRedoAction(window, self.tr("&Redo"))
        icons.later(self.redo, "mdi6.redo")
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        new = self._action(
            "mdi6.file-plus-outline",
            self.tr("&New walk"),
            window.walks.new_walk,
            QKeySequence.StandardKey.New,
        )
        duplicate = self._action(
            "mdi6.content-copy",
            self.tr("D&uplicate walk"),
            lambda: window.walks.duplicate_walk(window.document.walk.id),
            "Ctrl+D",
        )
        delete = self._action(
            "mdi6.delete-outline",
            self.tr("De&lete walk…"),
            lambda: window.walks.delete_walk(window.document.walk.id),
        )
        quit_action = self._action(
            "mdi6.exit-to-app",
            self.tr("&Quit"),
            window.close,
            QKeySequence.StandardKey.Quit,
            "Ctrl+Q",
        )
        self.fit = self._action(
            "mdi6.fit-to-screen-outline", self.tr("&Fit to walk"), window.map.fit, "Ctrl+0"
        )
        self.fit.setToolTip(self.tr("Show the whole walk (Ctrl+0)"))

        menu = window.menuBar().addMenu(self.tr("&File"))
        self.card = self._action(
            "mdi6.card-account-details-star-outline",
            self.tr("Export invite &card…"),
            window.export_card,
            "Ctrl+E",
        )
        self.page = self._action("mdi6.web", self.tr("Export &walk page…"), window.export_page)
        self.video = self._action(
            "mdi6.movie-open-outline", self.tr("Export story &video…"), window.export_video
        )
        self.handout = self._action(
            "mdi6.printer-outline", self.tr("&Print handouts…"), window.handouts, "Ctrl+P"
        )
        self.handout_pdf = self._action(
            "mdi6.file-pdf-box", self.tr("Export &handout PDF…"), window.handouts, "Ctrl+Shift+E"
        )
        for action in (new, duplicate, delete):
            menu.addAction(action)
        menu.addSeparator()
        self.import_file = self._action(
            "mdi6.file-import-outline", self.tr("&Import…"), window.files.choose_import, "Ctrl+I"
        )
        menu.addAction(self.import_file)
        recent = menu.addMenu(self.tr("Import &recent"))
        recent.aboutToShow.connect(lambda: window.files.fill_recent_menu(recent))
        export_menu = menu.addMenu(self.tr("&Export walk as"))
        for kind, label in (
            ("gpx", self.tr("GPX (GPS devices and apps)…")),
            ("geojson", self.tr("GeoJSON…")),
            ("kml", self.tr("KML (Google Earth)…")),
            ("ics", self.tr("Calendar event…")),
        ):
            export_menu.addAction(
                label, lambda kind=kind: window.files.choose_export(window.document.walk, kind)
            )
        menu.addAction(
            self.tr("Add to &calendar"), lambda: window.files.add_to_calendar(window.document.walk)
        )
        menu.addSeparator()
        menu.addAction(self.card)
        menu.addAction(self.video)
        menu.addAction(self.page)
        menu.addAction(self.handout_pdf)
        menu.addAction(self.handout)
        menu.addSeparator()
        menu.addAction(quit_action)
        edit = window.menuBar().addMenu(self.tr("&Edit"))
        edit.addAction(self.undo)
        edit.addAction(self.redo)
        view = window.menuBar().addMenu(self.tr("&View"))
        view.addAction(self.fit)
        basemap_menu = view.addMenu(self.tr("&Basemap"))
        basemap_menu.aboutToShow.connect(lambda: window.basemaps.fill_menu(basemap_menu))
        edit.addSeparator()
        self.preferences = self._action(
            "mdi6.cog-outline",
            self.tr("&Preferences…"),
            window.preferences,
            QKeySequence.StandardKey.Preferences,
            "Ctrl+,",
        )
        edit.addAction(self.preferences)
        self.find = self._action(
            "mdi6.map-search-outline",
            self.tr("Find a &place…"),
            window.find_place,
            QKeySequence.StandardKey.Find,
        )
        view.addAction(self.find)
        view.addSeparator()
        for dock in window.findChildren(QDockWidget):
            view.addAction(dock.toggleViewAction())
        view.addSeparator()
        go_to = view.addMenu(self.tr("&Go to"))
        for key, name, label in (
            ("Ctrl+1", "LibraryDock", self.tr("&Walks")),
            ("Ctrl+2", "DetailsDock", self.tr("&Details")),
            ("Ctrl+3", "StopsDock", self.tr("&Stops")),
            ("Ctrl+4", "PeopleDock", self.tr("&People")),
            ("Ctrl+5", "PlacesDock", self.tr("P&laces")),
        ):
            go_to.addAction(
                self._action("", label, lambda _c=False, name=name: window.focus_dock(name), key)
            )
        go_to.addAction(self._action("", self.tr("&Map"), window.focus_map, "Ctrl+6"))

        stops = window.menuBar().addMenu(self.tr("&Stops"))
        stops.addActions(window.stops.actions_for_menu())
        leg_menu = stops.addMenu(self.tr("Leg to the &next stop"))
        leg_menu.aboutToShow.connect(
            lambda: window.map.fill_leg_menu(leg_menu, window.stops.table.currentIndex().row())
        )

        help_menu = window.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(
            self._action("mdi6.information-outline", self.tr("&About Walk Planner"), window.about)
        )

        toolbar = QToolBar(self.tr("Main toolbar"), window)
        toolbar.setObjectName("MainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (new, self.undo, self.redo, self.fit, self.card):
            toolbar.addAction(action)
        window.addToolBar(toolbar)
