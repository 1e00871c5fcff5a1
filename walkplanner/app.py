"""Composition root: logging, the store, the tile service, the map profile, the window."""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from walkplanner import APP_ID, APP_NAME, __version__, process
from walkplanner.placeholders import filled

if TYPE_CHECKING:
    from PySide6.QtCore import QLockFile
    from PySide6.QtWidgets import QApplication

    from walkplanner.store import Store
    from walkplanner.ui.main_window import MainWindow

log = logging.getLogger(__name__)
SMOKE_TIMEOUT_MS = 60_000
EXIT_REFUSED = 2  # an expected failure, as in the CLI
MAX_LOG_BYTES = 1_000_000


def prepare_environment(*, headless: bool) -> None:
    """Qt WebEngine's sandbox cannot run as root; a smoke test may run with no display."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    has_display = any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY"))
    if headless and not has_display and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu")


class _LogFile(logging.FileHandler):
    """A log file that steps aside when the disk refuses (full, read-only): stderr goes on
    logging, and a full disk never prints a traceback per message."""

    def handleError(self, record: logging.LogRecord) -> None:
        logging.getLogger().removeHandler(self)
        stream, self.stream = self.stream, None
        with contextlib.suppress(OSError):  # closing flushes, and the disk still refuses
            stream.close()
        print(f"walkplanner: cannot write the log file {self.baseFilename}", file=sys.stderr)


def configure_logging(data_dir: Path) -> Path | None:
    """A log file in the data folder (rolled over at start when over 1 MB) and stderr;
    stderr alone when the folder cannot be written. Returns the log file, if any."""
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.addHandler(console)
    log_file = data_dir / "logs" / "walkplanner.log"
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        if log_file.exists() and log_file.stat().st_size > MAX_LOG_BYTES:
            log_file.replace(log_file.with_suffix(".log.1"))
        file_handler = _LogFile(log_file, encoding="utf-8")
    except OSError as error:
        log.warning("logging to stderr only: cannot write %s (%s)", log_file, error.strerror)
        return None
    file_handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(file_handler)
    return log_file


def main(
    data_dir: Path, *, offline: bool = False, smoke_test: bool = False, started: float | None = None
) -> int:
    """The window's process: `run`, then, once a window has been shown and closed, leave
    at once. By then the walk is saved, the settings are synced and the store and the
    map's profile are closed; the interpreter's and Qt's own teardown (a fifth of a
    second) would only keep the process around, waiting on nothing that matters. A start
    refused before any window (no display libraries, the folder locked) returns its code."""
    return run(
        data_dir, offline=offline, smoke_test=smoke_test, started=started, leave=process.leave
    )


def run(
    data_dir: Path,
    *,
    offline: bool = False,
    smoke_test: bool = False,
    started: float | None = None,
    leave: Callable[[int], object] | None = None,
) -> int:
    started = time.perf_counter() if started is None else started
    prepare_environment(headless=smoke_test)
    from walkplanner.desktop_check import check_display_libraries

    if missing := check_display_libraries():  # Qt would abort with a core dump instead
        print(missing, file=sys.stderr)
        return 1
    log_file = configure_logging(data_dir)

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from walkplanner import i18n
    from walkplanner.i18n import tr, translated
    from walkplanner.ui import icons
    from walkplanner.ui.plain import message_box
    from walkplanner.ui.web_scheme import register_scheme

    register_scheme()
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_ID)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)  # matches packaging/linux/walkplanner.desktop
    app.setWindowIcon(icons.app_icon())
    i18n.install(app, i18n.resolve(None))

    def fail(message: str) -> int:
        """An expected failure (exit 2, as in the CLI): said once, without a traceback."""
        log.info(message)
        if smoke_test:
            print(f"smoke failed: {message}", file=sys.stderr)
        else:
            message_box(None, QMessageBox.Icon.Critical, APP_NAME, message).exec()
        return EXIT_REFUSED

    details = filled(tr("Details are in %1."), log_file) if log_file else ""
    lock = _lock_data_folder(data_dir)
    if isinstance(lock, str):
        return fail(lock)
    from walkplanner.session import Session, open_session
    from walkplanner.store.errors import StoreError

    sessions: list[Session] = []

    def open_window() -> bool:
        try:
            session = open_session(
                data_dir,
                offline=offline,
                open_store=lambda folder: _open_store_or_restore(folder, ask=not smoke_test),
            )
        except StoreError as error:
            fail(f"{translated(error)}\n\n{details}".strip())
            return False
        sessions.append(session)
        _install_excepthook(session.window, details, smoke_test)
        if smoke_test:
            _report_when_drawn(app, session.window, started)
        session.window.closed.connect(lambda: QTimer.singleShot(0, window_closed))
        session.window.show()
        return True

    def window_closed() -> None:
        """Quit, or rebuild the window in a new language: Qt WebEngine cannot outlive one
        quit of the event loop, so a language change never leaves `exec`."""
        session = sessions.pop()
        restart = session.window.restart_requested
        session.close()
        if not restart:
            app.quit()
        elif not open_window():
            app.exit(EXIT_REFUSED)

    if not open_window():
        return EXIT_REFUSED
    app.setQuitOnLastWindowClosed(False)  # window_closed decides
    code = app.exec()
    while sessions:
        sessions.pop().close()
    lock.unlock()
    if leave is not None:
        leave(code)
    return code


def _lock_data_folder(data_dir: Path) -> QLockFile | str:
    """The lock that keeps a second window off the same walks, or why it cannot be had:
    another instance holds it, or the folder refuses writes (read-only, full)."""
    from PySide6.QtCore import QLockFile

    from walkplanner.i18n import tr

    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        return _unwritable(data_dir, error.strerror or str(error))
    lock = QLockFile(str(data_dir / "walkplanner.lock"))
    if lock.tryLock(200):
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        running = tr(
            "Walk Planner is already running with the data folder %1. "
            "Switch to that window, or start with another --data-dir."
        )
        return filled(running, data_dir)
    from walkplanner.i18n import translated
    from walkplanner.store.faults import disk_reason

    return _unwritable(data_dir, translated(disk_reason(data_dir)))


def _unwritable(data_dir: Path, reason: str) -> str:
    from walkplanner.i18n import tr

    cannot = tr(
        "Cannot write to the data folder %1 (%2). Make it writable or free some disk "
        "space, or start with another --data-dir."
    )
    return filled(cannot, data_dir, reason)


def _report_when_drawn(app: QApplication, window: MainWindow, started: float) -> None:
    """The smoke test: say how long the map took to draw the walk, then quit."""
    from PySide6.QtCore import Qt, QTimer

    def drawn(_revision: int, _ms: float) -> None:
        print(f"smoke ok: map ready in {(time.perf_counter() - started) * 1000:.0f} ms", flush=True)
        window.close()

    def too_late() -> None:
        print(
            f"smoke failed: the map did not draw the walk within {SMOKE_TIMEOUT_MS} ms",
            file=sys.stderr,
            flush=True,
        )
        app.exit(1)

    window.map.drawn.connect(drawn, Qt.ConnectionType.SingleShotConnection)
    QTimer.singleShot(SMOKE_TIMEOUT_MS, too_late)


def _open_store_or_restore(data_dir: Path, *, ask: bool) -> Store:
    """Open the store; if its file is damaged, offer to put the newest backup in its place."""
    from PySide6.QtWidgets import QMessageBox

    from walkplanner.i18n import tr, translated
    from walkplanner.store import DATABASE_NAME, open_store
    from walkplanner.store.errors import CorruptDatabase
    from walkplanner.ui import plain

    try:
        return open_store(data_dir)
    except CorruptDatabase as error:
        if not ask or error.newest_backup is None:
            raise
        answer = plain.ask(
            None,
            APP_NAME,
            translated(error)
            + "\n\n"
            + tr("Restore the newest backup (%1)? The damaged file is kept beside it.").replace(
                "%1", error.newest_backup.name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            raise
        database = data_dir / DATABASE_NAME
        kept = f"{database}.damaged-{time.strftime('%Y%m%d-%H%M%S')}"
        for suffix in ("", "-wal", "-shm"):  # the damaged file is kept whole, its WAL too
            if Path(f"{database}{suffix}").exists():
                Path(f"{database}{suffix}").replace(f"{kept}{suffix}")
        shutil.copy2(error.newest_backup, database)
        return open_store(data_dir)


def _install_excepthook(window: MainWindow, details: str, smoke_test: bool) -> None:
    """An unexpected error: log it, save the walk, tell the user; the app keeps running."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from walkplanner.i18n import tr, translated
    from walkplanner.problem import Problem
    from walkplanner.ui.plain import message_box

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        expected = isinstance(error, Problem)  # a refusal no handler caught: said, not a bug
        if expected:
            log.info("not handled where it happened: %s", error)
        else:
            log.critical("unexpected error", exc_info=(kind, error, tb))
        saved = window.autosaver.save_now()
        if smoke_test:
            traceback.print_exception(kind, error, tb)
            QApplication.exit(1)
            return
        said = translated(error)
        message_box(
            window,
            QMessageBox.Icon.Warning if expected else QMessageBox.Icon.Critical,
            APP_NAME,
            (said if expected else filled(tr("Something went wrong: %1"), said))
            + "\n\n"
            + (
                tr("Your walk is saved.")
                if saved
                else tr("Your walk could not be saved yet; keep the app open.")
            )
            + ("" if expected else " " + details),
        ).exec()

    sys.excepthook = hook
