"""Start-up against the floor: a bare PySide6 + QtWebEngine + folium page, same run.

Spawn -> walk drawn on the map (the smoke test's line), against spawn -> the bare page's
loadFinished; interpreter start and imports count on both sides, shutdown on neither.
Goal (issue 18): the app within 1.3 x the bare page.
"""

from __future__ import annotations

from pathlib import Path

from tests.bench.spawn import app_and_bare, median

GOAL = 1.3


def test_startup_ratio_against_a_bare_folium_page(benchmark, app_python: str, tmp_path: Path):
    app_runs, bare_runs = app_and_bare(app_python, tmp_path)
    benchmark.pedantic(lambda: None, rounds=1)
    app, bare = median(app_runs, "ready_s"), median(bare_runs, "ready_s")
    ratio = app / bare
    benchmark.extra_info.update(bare_median_s=round(bare, 3), app_median_s=round(app, 3))
    benchmark.extra_info["ratio"] = round(ratio, 2)
    print(f"\nstart-up: bare page {bare:.2f} s, app {app:.2f} s, ratio {ratio:.2f} (goal {GOAL})")
    assert ratio <= GOAL
