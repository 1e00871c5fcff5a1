"""The task runner: a window's work that must finish is waited for on close, work that can
be dropped is abandoned (never delivered), and expected failures are logged quietly."""

from __future__ import annotations

import logging
import threading
import time

import pytest
from PySide6.QtCore import QObject

from walkplanner.problem import Problem
from walkplanner.text import say
from walkplanner.ui.tasks import TaskRunner, run_task, runner_for


@pytest.fixture
def runner(qapp) -> TaskRunner:
    window = QObject()
    runner = TaskRunner(window)
    yield runner
    runner.close()
    window.deleteLater()


def test_results_reach_the_gui_thread_while_the_owner_lives(runner, qtbot) -> None:
    got: list[object] = []
    owner = QObject(runner.parent())
    run_task(lambda: threading.current_thread().name, got.append, got.append, owner)
    qtbot.waitUntil(lambda: got != [], timeout=5000)
    assert got != [threading.current_thread().name]
    run_task(lambda: 42, got.append, got.append, owner, cancellable=True)
    qtbot.waitUntil(lambda: 42 in got, timeout=5000)


def test_a_deleted_owner_gets_no_callback(runner, qtbot) -> None:
    got: list[object] = []
    owner = QObject(runner.parent())
    gate = threading.Event()
    runner.run(gate.wait, got.append, got.append, owner)
    owner.deleteLater()
    qtbot.wait(50)
    gate.set()
    assert runner.wait_for_done(5000)
    qtbot.wait(50)
    assert got == [] and runner.busy == 0


def test_close_waits_for_work_that_must_finish(runner) -> None:
    written: list[str] = []
    runner.run(lambda: (time.sleep(0.3), written.append("file")), print, print, runner)
    runner.close()
    assert written == ["file"]


def test_close_abandons_cancellable_work_and_never_delivers_it(runner, qtbot) -> None:
    got: list[object] = []
    gate = threading.Event()
    runner.run(lambda: gate.wait(10), got.append, got.append, runner, cancellable=True)
    runner.run(lambda: "queued", got.append, got.append, runner, cancellable=True)
    runner.run(lambda: "queued", got.append, got.append, runner, cancellable=True)
    started = time.perf_counter()
    runner.close()
    assert time.perf_counter() - started < 5  # it did not wait for the 10 s job (no speed limit)
    gate.set()
    qtbot.wait(100)
    assert got == []
    runner.run(lambda: "late", got.append, got.append, runner)  # refused once closed
    qtbot.wait(100)
    assert got == []


def test_expected_failures_are_logged_at_info_without_a_traceback(runner, qtbot, caplog) -> None:
    errors: list[Exception] = []

    def offline() -> None:
        raise Problem(say("The router cannot be reached."))

    def bug() -> None:
        raise KeyError("oops")

    with caplog.at_level(logging.INFO, logger="walkplanner.ui.tasks"):
        runner.run(offline, print, errors.append, runner)
        runner.run(bug, print, errors.append, runner, cancellable=True)
        qtbot.waitUntil(lambda: len(errors) == 2, timeout=5000)
    by_level = {record.levelno: record for record in caplog.records}
    assert by_level[logging.INFO].exc_info is None
    assert "The router cannot be reached." in by_level[logging.INFO].getMessage()
    assert by_level[logging.ERROR].exc_info is not None


def test_each_window_has_its_own_runner(runner, qapp) -> None:
    child = QObject(QObject(runner.parent()))
    assert runner_for(child) is runner
    orphan = QObject()
    assert runner_for(orphan) is runner_for(QObject()) is not runner
