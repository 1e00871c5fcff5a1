"""The window's layout between runs: its geometry, docks and toolbar, and the People
table's columns, in the window's QSettings file.

The first run has none: the window opens at a size that fits a laptop, the Walks dock
narrow beside the map, and Details tall enough to show its fields above the stop list.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

STATE_VERSION = 1


def restore_layout(
    window: QMainWindow,
    state: QSettings,
    docks: dict[str, QDockWidget],
    restore_columns: Callable[[QByteArray], object],
) -> None:
    """Put the window back as it was; `restore_columns` takes the People table's header."""
    geometry = state.value("geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
    else:
        window.resize(1400, 860)
    if (saved := state.value("state")) is not None:
        window.restoreState(saved, STATE_VERSION)
    if (columns := state.value("people_columns")) is not None:
        restore_columns(columns)
    else:
        left = [docks["LibraryDock"], docks["DetailsDock"]]
        window.resizeDocks(left, [250, 530], Qt.Orientation.Horizontal)
        right = [docks["DetailsDock"], docks["StopsDock"]]
        window.resizeDocks(right, [330, 450], Qt.Orientation.Vertical)


def save_layout(window: QMainWindow, state: QSettings, columns: QByteArray) -> None:
    state.setValue("geometry", window.saveGeometry())
    state.setValue("state", window.saveState(STATE_VERSION))
    state.setValue("people_columns", columns)
