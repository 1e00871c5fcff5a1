"""Spawning the app and the bare page the same way, for the start-up and quit benchmarks.

Each process is timed by the benchmark from spawn to the line that says its page is ready
(the bare page's loadFinished; the app's "smoke ok" once the walk is drawn), and from that
line to the process being gone (the app closes its window as soon as the walk is drawn),
with the CPU time of the process (user + system; not that of Chromium's own processes).
The machine is shared: a busy neighbour only ever adds time, and stretches the wall clock
more than the CPU time, so the best of the rounds is the figure, beside the median.
Both run from an empty folder, so that `python -m walkplanner` finds the installed app
and not a source tree in the current folder.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

ROUNDS = 7
BARE_PAGE = Path(__file__).with_name("bare_page.py")
ENV = {
    **os.environ,
    "QT_QPA_PLATFORM": "offscreen",
    "QTWEBENGINE_DISABLE_SANDBOX": "1",
    "QTWEBENGINE_CHROMIUM_FLAGS": "--disable-gpu",
}


@dataclass(frozen=True)
class Run:
    ready_s: float  # spawn -> ready line
    gone_s: float  # ready line -> process gone
    cpu_s: float  # the whole process


def timed(command: list[str], ready: str, folder: Path) -> Run:
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=ENV, cwd=folder
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    ready_at = time.perf_counter()
    assert line.startswith(ready), line
    _, status, usage = os.wait4(process.pid, 0)
    gone_at = time.perf_counter()
    assert os.waitstatus_to_exitcode(status) == 0
    return Run(ready_at - started, gone_at - ready_at, usage.ru_utime + usage.ru_stime)


def app_and_bare(app_python: str, folder: Path) -> tuple[list[Run], list[Run]]:
    """ROUNDS runs of each, interleaved so that a busy machine slows both alike; the app's
    first start (creating the database and the demo walk) is left out."""
    data = folder / "data"
    app = [app_python, "-m", "walkplanner", "--data-dir", str(data), "--offline", "--smoke-test"]
    bare = [app_python, str(BARE_PAGE)]
    timed(app, "smoke ok", folder)
    bare_runs, app_runs = [], []
    for _ in range(ROUNDS):
        bare_runs.append(timed(bare, "ready", folder))
        app_runs.append(timed(app, "smoke ok", folder))
    return app_runs, bare_runs


def best(runs: list[Run], field: str) -> float:
    return min(getattr(run, field) for run in runs)


def median(runs: list[Run], field: str) -> float:
    return statistics.median(getattr(run, field) for run in runs)


def summary(runs: list[Run], field: str) -> str:
    cpu = median(runs, "cpu_s")
    return f"best {best(runs, field):.2f} s, median {median(runs, field):.2f} s ({cpu:.2f} s CPU)"
