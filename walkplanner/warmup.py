"""After the first draw: import the modules the first tile or route will need.

The HTTP stack is not needed to show the walk, and a thread importing it while the window
is built only takes the interpreter from the main thread, so it waits until the walk is on
the map, then loads in a thread while the organiser looks at it. Whatever is needed sooner
is imported where it is used, as usual.
"""

from __future__ import annotations

import importlib
import threading

MODULES = (
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


def _import_all() -> None:
    for name in MODULES:
        importlib.import_module(name)
