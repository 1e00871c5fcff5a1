"""Start-up against the floor: a bare PySide6 + QtWebEngine + folium page, same run.

Spawn -> walk drawn on the map (the smoke test's line), against spawn -> the bare page's
loadFinished; interpreter start and imports count on both sides, shutdown on neither.
Goal (issue 18): the app within 1.3 x the bare page.
"""

from __future__ import annotations

from pathlib import Path

from tests.bench.spawn import app_and_bare, best, median, summary

GOAL = 1.3


def test_startup_ratio_against_a_bare_folium_page(benchmark, app_python: str, tmp_path: Path):
    app_runs, bare_runs = app_and_bare(app_python, tmp_path)
    benchmark.pedantic(lambda: None, rounds=1)
    ratio = best(app_runs, "ready_s") / best(bare_runs, "ready_s")
    ratio_median = median(app_runs, "ready_s") / median(bare_runs, "ready_s")
    benchmark.extra_info.update(
        bare_best_s=round(best(bare_runs, "ready_s"), 3),
        app_best_s=round(best(app_runs, "ready_s"), 3),
        ratio=round(ratio, 2),
        ratio_median=round(ratio_median, 2),
    )
    print(f"\nstart-up, bare page: {summary(bare_runs, 'ready_s')}")
    print(f"start-up, app: {summary(app_runs, 'ready_s')}")
    print(f"ratio {ratio:.2f} best, {ratio_median:.2f} median (goal {GOAL})")
    assert ratio <= GOAL
