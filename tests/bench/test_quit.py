"""Quitting against the floor: from the walk drawn to the process gone, against the bare
page's own exit after its loadFinished, same run.

The smoke test closes the window as soon as the walk is drawn, so this times closing:
the autosave's flush, the teardown and the end of the process. Goal (issue 18): 0.3 s.
"""

from __future__ import annotations

from pathlib import Path

from tests.bench.spawn import app_and_bare, median

GOAL_S = 0.3


def test_quit_time_against_the_bare_page_exit(benchmark, app_python: str, tmp_path: Path):
    app_runs, bare_runs = app_and_bare(app_python, tmp_path)
    benchmark.pedantic(lambda: None, rounds=1)
    app, bare = median(app_runs, "gone_s"), median(bare_runs, "gone_s")
    benchmark.extra_info.update(bare_median_s=round(bare, 3), app_median_s=round(app, 3))
    benchmark.extra_info["ratio"] = round(app / bare, 2)
    print(f"\nquit: bare page {bare:.2f} s, app {app:.2f} s, ratio {app / bare:.2f}")
    assert app <= GOAL_S
