"""Importing a 100,000-point GPX: under 2 s to a stored walk, and the map stays responsive
(the drawn line is thinned; distances and exports keep every point).

Reported against the floor measured in the same run: the bare PySide6 + QtWebEngine +
folium page start-up (tests/bench/bare_page.py).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from tests.bench.test_startup import BARE_PAGE, timed
from walkplanner.core.schedule import plan
from walkplanner.exchange.files import import_walk
from walkplanner.store import open_store
from walkplanner.ui.map_payload import walk_payload

POINTS = 100_000


def big_gpx(path: Path) -> Path:
    # A wiggly line along the Seine, as a GPS logs it: a point every metre or so.
    rows = "".join(
        f'<trkpt lat="{48.86 - i * 6e-6 + (i % 9) * 2e-6:.7f}" lon="{2.33 + i * 9e-6:.7f}">'
        f"<ele>{35 + i % 5}</ele></trkpt>\n"
        for i in range(POINTS)
    )
    path.write_text(
        f'<?xml version="1.0"?><gpx version="1.1" creator="logger">'
        f"<trk><name>Long walk</name><trkseg>\n{rows}</trkseg></trk></gpx>"
    )
    return path


def test_import_100k_points(benchmark, qapp, tmp_path: Path) -> None:
    source = big_gpx(tmp_path / "long.gpx")
    store = open_store(tmp_path / "data")
    started = time.perf_counter()
    walk = store.repository.add(import_walk(source))
    imported_s = time.perf_counter() - started
    walk_payload(walk, plan(walk), revision=1, fit=True)  # the first draw thins the track once
    started = time.perf_counter()
    payload = walk_payload(walk, plan(walk), revision=2, fit=False)  # every later edit
    drawn = sum(len(leg["points"]) for leg in payload["legs"])
    message_kb = len(json.dumps(payload)) / 1024
    payload_ms = (time.perf_counter() - started) * 1000
    benchmark.pedantic(lambda: None, rounds=1)
    floor = timed([sys.executable, str(BARE_PAGE)], "ready")
    benchmark.extra_info.update(
        import_s=round(imported_s, 2),
        drawn_points=drawn,
        message_kb=round(message_kb),
        payload_ms=round(payload_ms),
        ratio_to_bare_page=round(imported_s / floor, 2),
    )
    print(
        f"\nimport: {imported_s:.2f} s for {POINTS} points ({imported_s / floor:.1f} x the bare page "
        f"start-up of {floor:.2f} s); map message {drawn} points, {message_kb:.0f} KB, "
        f"built in {payload_ms:.0f} ms"
    )
    store.close()
    assert len(walk.route.geometry()) == POINTS
    assert imported_s < 2.0
    assert drawn < POINTS / 4 and message_kb < 1024 and payload_ms < 100
