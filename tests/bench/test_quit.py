"""Quitting against the floor: from the walk drawn to the process gone, against the bare
page's own exit after its loadFinished, same run.

The smoke test closes the window as soon as the walk is drawn, so this times closing:
the autosave's flush, the teardown and the end of the process. Goal (issue 18): 0.3 s.
"""

from __future__ import annotations

from pathlib import Path

from tests.bench.spawn import app_and_bare, best, median, summary

GOAL_S = 0.3


def test_quit_time_against_the_bare_page_exit(benchmark, app_python: str, tmp_path: Path):
    app_runs, bare_runs = app_and_bare(app_python, tmp_path)
    benchmark.pedantic(lambda: None, rounds=1)
    app, bare = best(app_runs, "gone_s"), best(bare_runs, "gone_s")
    benchmark.extra_info.update(bare_best_s=round(bare, 3), app_best_s=round(app, 3))
    benchmark.extra_info["app_median_s"] = round(median(app_runs, "gone_s"), 3)
    print(f"\nquit, bare page: {summary(bare_runs, 'gone_s')}")
    print(f"quit, app: {summary(app_runs, 'gone_s')}")
    print(f"ratio {app / bare:.2f} best (goal: the app gone within {GOAL_S} s)")
    assert median(app_runs, "gone_s") <= GOAL_S
