"""Start-up against the floor: a bare PySide6 + QtWebEngine + folium page, same run.

Both are timed by this process from spawn to the line that says the page is ready
(the bare page's loadFinished; the app's "smoke ok" once the walk is drawn), so
interpreter start and imports count on both sides and shutdown on neither.
Target: the app within 1.5x the bare page.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROUNDS = 7
BARE_PAGE = Path(__file__).with_name("bare_page.py")
ENV = {
    **os.environ,
    "QT_QPA_PLATFORM": "offscreen",
    "QTWEBENGINE_DISABLE_SANDBOX": "1",
    "QTWEBENGINE_CHROMIUM_FLAGS": "--disable-gpu",
}


def timed(command: list[str], ready: str) -> float:
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=ENV
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = time.perf_counter() - started
    assert line.startswith(ready), line
    assert process.wait(timeout=120) == 0
    return elapsed


def test_startup_ratio_against_a_bare_folium_page(benchmark, tmp_path: Path) -> None:
    app = [
        sys.executable,
        "-m",
        "walkplanner",
        "--data-dir",
        str(tmp_path),
        "--offline",
        "--smoke-test",
    ]
    bare = [sys.executable, str(BARE_PAGE)]
    timed(
        app, "smoke ok"
    )  # first start creates the database and the demo walk; measure a normal start
    bare_times, app_times = [], []
    for _ in range(ROUNDS):  # interleaved so machine noise hits both alike
        bare_times.append(timed(bare, "ready"))
        app_times.append(timed(app, "smoke ok"))
    benchmark.pedantic(lambda: None, rounds=1)
    ratio = statistics.median(app_times) / statistics.median(bare_times)
    benchmark.extra_info.update(
        bare_median_s=round(statistics.median(bare_times), 3),
        app_median_s=round(statistics.median(app_times), 3),
        ratio=round(ratio, 2),
    )
    print(
        f"\nstart-up: bare {statistics.median(bare_times):.2f} s, app "
        f"{statistics.median(app_times):.2f} s, ratio {ratio:.2f}"
    )
    assert ratio <= 1.5
