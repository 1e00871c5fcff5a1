"""The panels around the map: where each one docks, and the small interface the window
asks of every one, so that it builds, refreshes and closes them in one loop (as
Photini's editor does with its tabs) instead of naming each panel.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

Area = Qt.DockWidgetArea


class Dock(Protocol):
    """What the window asks of a panel (or of the object that keeps it current)."""

    def refresh(self) -> None:
        """Show the document's walk afresh: another walk is now being edited."""

    def can_close(self) -> bool:
        """Whether the window may close now; a panel that says no has told the user why."""


@dataclass(frozen=True)
class DockSpec:
    name: str  # the object name the saved window layout knows it by
    title: str  # translated under the context "Docks"
    area: Area
    behind: str = ""  # a tab behind this dock, which stays in front


DOCKS: tuple[DockSpec, ...] = (
    DockSpec("LibraryDock", QT_TRANSLATE_NOOP("Docks", "Walks"), Area.LeftDockWidgetArea),
    DockSpec("DetailsDock", QT_TRANSLATE_NOOP("Docks", "Details"), Area.RightDockWidgetArea),
    DockSpec("StopsDock", QT_TRANSLATE_NOOP("Docks", "Stops"), Area.RightDockWidgetArea),
    DockSpec(
        "PeopleDock", QT_TRANSLATE_NOOP("Docks", "People"), Area.RightDockWidgetArea, "StopsDock"
    ),
    DockSpec(
        "PlacesDock", QT_TRANSLATE_NOOP("Docks", "Places"), Area.LeftDockWidgetArea, "LibraryDock"
    ),
)


def add_docks(window: QMainWindow, widgets: Mapping[str, QWidget]) -> dict[str, QDockWidget]:
    """Dock each widget by its spec's name; returns the docks in the order of DOCKS."""
    docks: dict[str, QDockWidget] = {}
    for spec in DOCKS:
        dock = QDockWidget(QCoreApplication.translate("Docks", spec.title), window)
        dock.setObjectName(spec.name)
        dock.setWidget(widgets[spec.name])
        window.addDockWidget(spec.area, dock)
        if spec.behind:
            window.tabifyDockWidget(docks[spec.behind], dock)
        docks[spec.name] = dock
    for spec in DOCKS:
        if spec.behind:
            docks[spec.behind].raise_()
    return docks
