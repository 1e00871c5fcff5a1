"""Run by test_quit.py in its own process, as a person would use the app: once the map is
ready, click on it to add a stop, close the window 200 ms later (before the autosave's
half second), and say when. Online, a routing request is under way when it closes. The process then ends the way the app ends (`app.main`)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from walkplanner import app as walkplanner_app
from walkplanner.ui.main_window import MainWindow
from walkplanner.ui.web_scheme import register_scheme

EDIT_TO_CLOSE_MS = 200


def window() -> MainWindow | None:
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    return next((w for w in shown if w.isVisible() and w.map_view.bridge.is_ready), None)


def drive() -> None:
    """Offline: one click, then close. Online: a first click starts routing its leg (the
    router drips); once that is under way, a second click, then close."""
    main = window()
    if main is None:
        QTimer.singleShot(50, drive)
        return
    online = "--offline" not in sys.argv
    if online and not main.routing_progress.isVisible():
        main.map_view.bridge.map_click.emit(48.8590, 2.3400)
        main.routing.busy.connect(lambda legs: legs and edit_then_close(main))
    else:
        edit_then_close(main)


def edit_then_close(main: MainWindow) -> None:
    if main.property("edited"):
        return
    main.setProperty("edited", True)
    main.map_view.bridge.map_click.emit(48.8606, 2.3376)
    walk = main.document.walk
    print(f"edited {walk.id} {len(walk.stops)}", flush=True)
    QTimer.singleShot(EDIT_TO_CLOSE_MS, lambda: close(main))


def close(main: MainWindow) -> None:
    print(f"closing {time.time():.6f}", flush=True)
    main.close()


register_scheme()  # before the QApplication, as app.run would
application = QApplication([sys.argv[0]])
QTimer.singleShot(0, drive)
sys.exit(walkplanner_app.main(Path(sys.argv[1]), offline="--offline" in sys.argv))
