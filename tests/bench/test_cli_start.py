"""`walkplanner list` as a user runs it, against its floors in the same run (issue 18).

Goal: at most 0.3 s, close to `python -c pass` plus opening the store, because the
commands that draw nothing never load Qt. Three processes are timed, each the best of a
few runs (the machine is shared; a busy neighbour only ever adds time, and stretches
the wall clock more than the CPU time, so both are given): the bare interpreter, the
interpreter opening the store and nothing else, and `walkplanner list`.
"""

from __future__ import annotations

import os
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

RUNS = 7
GOAL_S = 0.3


@dataclass(frozen=True)
class Timing:
    wall_s: float
    cpu_s: float

    def __str__(self) -> str:
        return f"{self.wall_s:.3f} s ({self.cpu_s:.3f} s CPU)"


def best_of(command: list[str], env: dict[str, str], cwd: Path) -> Timing:
    """The fastest of RUNS runs of the whole process, spawn to exit: wall and CPU time.
    `cwd` is an empty folder, so that `-m` and `-c` find the installed app, not the
    source tree pytest runs in."""
    walls, cpus = [], []
    for _ in range(RUNS):
        started = time.perf_counter()
        process = subprocess.Popen(command, env=env, cwd=cwd, stdout=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        walls.append(time.perf_counter() - started)
        cpus.append(usage.ru_utime + usage.ru_stime)
        assert os.waitstatus_to_exitcode(status) == 0, command
    return Timing(min(walls), min(cpus))


def test_list_against_the_bare_interpreter(benchmark, app_python: str, tmp_path: Path) -> None:
    env = {**os.environ, "WALKPLANNER_DATA_DIR": str(tmp_path / "data")}
    empty = tmp_path / "empty"
    empty.mkdir()
    listing = [app_python, "-m", "walkplanner", "list"]
    subprocess.run(listing, env=env, cwd=empty, stdout=subprocess.DEVNULL, check=True)
    bare = best_of([app_python, "-c", "pass"], env, empty)
    store_open = best_of(
        [
            app_python,
            "-c",
            "import os, pathlib; from walkplanner.store import open_store; "
            "open_store(pathlib.Path(os.environ['WALKPLANNER_DATA_DIR'])).close()",
        ],
        env,
        empty,
    )
    listed = best_of(listing, env, empty)
    benchmark.pedantic(lambda: None, rounds=1)
    print(
        f"\npython -c pass: {bare}; store open alone: {store_open}; "
        f"walkplanner list: {listed} (goal <= {GOAL_S} s)\n"
        f"list / python -c pass: {listed.wall_s / bare.wall_s:.1f} x wall; "
        f"list / store open: {listed.wall_s / store_open.wall_s:.2f} x wall, "
        f"{listed.cpu_s / store_open.cpu_s:.2f} x CPU"
    )
    benchmark.extra_info.update(
        bare_s=round(bare.wall_s, 3),
        store_open_s=round(store_open.wall_s, 3),
        list_s=round(listed.wall_s, 3),
        list_cpu_s=round(listed.cpu_s, 3),
        list_over_bare=round(listed.wall_s / bare.wall_s, 2),
        list_over_store_open=round(listed.wall_s / store_open.wall_s, 2),
    )
    assert listed.cpu_s <= store_open.cpu_s * 1.5, "list does much more than open the store"
