"""Start-up: import the heavy pure-Python modules in a thread while Qt and Chromium start.

Importing SQLAlchemy and the HTTP stack is most of start-up time. Done in a thread, it
overlaps with loading Qt and with Chromium loading the map page; the main thread keeps
serving the page's requests while it waits.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable

MODULES = (
    "walkplanner.store.repository",
    "walkplanner.store.database",
    "sqlalchemy.dialects.sqlite",  # loaded by create_engine otherwise, in the main thread
    "walkplanner.tiles.fetcher",
    "walkplanner.tiles.providers",
    "walkplanner.routing.osrm",
)

# Modules both threads need, imported by the main thread before the warm-up starts. Two
# threads importing the same modules can each be handed the other's half-made module
# (Python's import locks break the deadlock that way): seen as "email._encoded_words"
# missing, and as a zoneinfo whose search path was still empty ("Unknown time zone
# Europe/Paris" in the frozen app's smoke test).
SHARED = ("email.message", "email.parser", "zoneinfo", "walkplanner.core.validation")

_thread: threading.Thread | None = None


def start() -> None:
    global _thread
    if _thread is None:
        for name in SHARED:  # see SHARED: the main thread takes these before the thread starts
            importlib.import_module(name)
        _thread = threading.Thread(target=_import_all, name="warm-up imports", daemon=True)
        _thread.start()


def wait(process_events: Callable[[], None]) -> None:
    """Block until the imports are done, calling `process_events` meanwhile."""
    start()
    assert _thread is not None
    while _thread.is_alive():
        process_events()
        _thread.join(0.005)


def _import_all() -> None:
    for name in MODULES:
        importlib.import_module(name)
