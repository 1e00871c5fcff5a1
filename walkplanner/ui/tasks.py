"""Work off the GUI thread, owned by the session whose window asked for it.

Two kinds of work. Work that must finish (saving, a file export, an import) runs in the
runner's QThreadPool, and `close` waits for it. Work that can be dropped (routing, a place
search) runs in daemon threads that `close` abandons: quitting never waits for a slow
server, and an abandoned result is never delivered. Callbacks run in the GUI thread, and
only while the object that asked still exists.

`run_task` finds the runner among the asking object's parents (a dialog's or a panel's
window), so nothing below the window needs a reference to it.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QThreadPool, Signal

from walkplanner.problem import Problem

log = logging.getLogger(__name__)

Work = Callable[[], Any]
_Callbacks = tuple[Callable[[Any], None], Callable[[Exception], None], QObject]


class _Relay(QObject):
    """Carries results to the GUI thread. Python owns it and every worker holds it, so a
    worker that finishes after its runner is gone never emits into a deleted object."""

    done = Signal(int, object)
    failed = Signal(int, object)


def _perform(ticket: int, work: Work, relay: _Relay, dropped: threading.Event | None) -> None:
    """Run in a worker: do the work, unless it is cancellable and `dropped`, and report."""
    if dropped is not None and dropped.is_set():
        return
    try:
        result = work()
    except Problem as error:  # expected (offline, a refused file): said once, no traceback
        log.info("background task failed: %s", error)
        report, value = relay.failed, error
    except Exception as error:  # a bug: its traceback goes to the log
        log.exception("background task failed")
        report, value = relay.failed, error
    else:
        report, value = relay.done, result
    if dropped is None or not dropped.is_set():
        report.emit(ticket, value)


class _DaemonThreads:
    """At most `size` daemon threads taking jobs in order; nothing ever waits for them."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._threads = 0
        self._jobs: queue.SimpleQueue[Callable[[], None]] = queue.SimpleQueue()

    def start(self, job: Callable[[], None]) -> None:
        self._jobs.put(job)
        if self._threads < self._size:
            self._threads += 1
            threading.Thread(target=self._serve, name="cancellable task", daemon=True).start()

    def _serve(self) -> None:
        while True:
            self._jobs.get()()


class TaskRunner(QObject):
    """A window's background work: waits on close for what must finish, drops the rest."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._daemons = _DaemonThreads(max(2, QThread.idealThreadCount()))
        self._closed = threading.Event()
        self._waiting: dict[int, _Callbacks] = {}
        self._next_ticket = 0
        self._relay = _Relay()
        self._relay.done.connect(self._done)
        self._relay.failed.connect(self._failed)

    def run(
        self,
        work: Work,
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
        owner: QObject,
        *,
        cancellable: bool = False,
    ) -> None:
        """Start `work`; `cancellable` work is dropped when the window closes, the rest is
        waited for. Nothing starts once the runner has closed."""
        if self._closed.is_set():
            log.info("a background task was not started: the window is closing")
            return
        ticket = self._next_ticket = self._next_ticket + 1
        self._waiting[ticket] = (on_done, on_error, owner)
        relay, closed = self._relay, self._closed
        if cancellable:
            self._daemons.start(lambda: _perform(ticket, work, relay, closed))
        else:
            self._pool.start(lambda: _perform(ticket, work, relay, None))

    def wait_for_done(self, msecs: int = -1) -> bool:
        """Wait for the work that must finish; True when none is left."""
        return self._pool.waitForDone(msecs)

    def close(self) -> None:
        """Abandon cancellable work (queued or running) and wait for the rest."""
        self._closed.set()
        self.wait_for_done()
        self._waiting.clear()

    @property
    def busy(self) -> int:
        """Tasks whose results are still awaited."""
        return len(self._waiting)

    def _done(self, ticket: int, result: object) -> None:
        if (callbacks := self._waiting.pop(ticket, None)) and shiboken6.isValid(callbacks[2]):
            callbacks[0](result)

    def _failed(self, ticket: int, error: Exception) -> None:
        if (callbacks := self._waiting.pop(ticket, None)) and shiboken6.isValid(callbacks[2]):
            callbacks[1](error)


def runner_for(owner: QObject) -> TaskRunner:
    """The runner of the window `owner` belongs to; the application's own for an object
    outside any window (a parentless dialog, a test's panel)."""
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    holder: QObject | None = owner
    while holder is not None:
        if (runner := holder.findChild(TaskRunner, "", direct)) is not None:
            return runner
        holder = holder.parent()
    app = QCoreApplication.instance()
    return app.findChild(TaskRunner, "", direct) or TaskRunner(app)


def run_task(
    work: Work,
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    owner: QObject,
    *,
    cancellable: bool = False,
) -> None:
    """Run `work` on the runner of `owner`'s window (see `TaskRunner.run`)."""
    runner_for(owner).run(work, on_done, on_error, owner, cancellable=cancellable)
