"""The interpreter's process-wide machinery, used sparingly: its cyclic garbage collector
and its exit.

Reading a track makes its 100,000 point tuples (a logger's file as many attribute dicts)
and no cycles; the collector would scan them again and again while they are made, a third
of the making, so a reading pauses it. A command of the command line is a short process:
the collector stays off until it ends (it only rescanned what the command built), and it
leaves without the interpreter's teardown (0.025 s once numpy is loaded, an eighth of an
import). The window's process leaves the same way once the walk is saved (app.py).
"""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import NoReturn


@contextmanager
def collector_paused() -> Iterator[None]:
    """The collector off for the block, then as it was: a caller may have paused it."""
    running = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if running:
            gc.enable()


def leave(code: int) -> NoReturn:
    """End the process at once, its log and output flushed. Only once everything that
    must last is written and closed: no finalizer or atexit hook runs after this."""
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a reader gone (`| head`), a closed stream
            stream.flush()
    os._exit(code)
