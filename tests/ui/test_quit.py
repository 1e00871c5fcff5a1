"""Quitting: the last edit is kept, and nothing that can be dropped holds the process.

The app runs in its own process (tests/ui/quit_driver.py) and ends as it does for a
person, so the test sees what they get: the window gone at once, the process soon after.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from tests.faults.hostile_server import answer, hostile_server
from walkplanner.store import open_store

DRIVER = Path(__file__).with_name("quit_driver.py")
QUIT_WITHIN_S = 0.3
ENV = {
    **os.environ,
    "QT_QPA_PLATFORM": "offscreen",
    "QTWEBENGINE_DISABLE_SANDBOX": "1",
    "QTWEBENGINE_CHROMIUM_FLAGS": "--disable-gpu",
}


def quit_app(
    data_dir: Path, *options: str, env: dict[str, str] | None = None
) -> tuple[int, int, float]:
    """Run the driver: the walk it edited, its stop count after the edit, and the seconds
    from the window's close to the process being gone."""
    process = subprocess.Popen(
        [sys.executable, str(DRIVER), str(data_dir), *options],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env or ENV,
    )
    assert process.stdout is not None
    edited = process.stdout.readline().split()
    closing = process.stdout.readline().split()
    assert edited[:1] == ["edited"] and closing[:1] == ["closing"], process.communicate()[1][-3000:]
    process.wait(timeout=60)
    gone = time.time() - float(closing[1])
    assert process.returncode == 0, process.stderr.read()[-3000:]
    return int(edited[1]), int(edited[2]), gone


def stops_after_restart(data_dir: Path, walk_id: int) -> int:
    store = open_store(data_dir)
    try:
        return len(store.repository.get(walk_id).stops)
    finally:
        store.close()


def test_an_edit_made_200_ms_before_closing_is_there_after_restart(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    walk_id, stops, _gone = quit_app(data_dir, "--offline")
    assert stops_after_restart(data_dir, walk_id) == stops


def test_closing_while_a_router_drips_exits_at_once_and_keeps_the_edit(tmp_path: Path) -> None:
    """Within 0.3 s of the window closing; on a machine too busy for that, within 0.1 s of
    the same app quitting with nothing under way (a wait for the router takes seconds)."""
    _walk, _stops, floor = quit_app(tmp_path / "floor", "--offline")
    data_dir = tmp_path / "data"
    with hostile_server() as router:
        router.answer = lambda path: (
            answer(status="404 Not Found")  # a tile: the map shows a placeholder
            if path.endswith(".png")
            else answer(json.dumps({"code": "Ok"}), drip_s=0.5)
        )
        tiles = router.url + "/{z}/{x}/{y}.png"
        env = {**ENV, "WALKPLANNER_ROUTING_URL": router.url, "WALKPLANNER_TILE_URL": tiles}
        walk_id, stops, gone = quit_app(data_dir, env=env)
        assert [path for path in router.paths if "/route/" in path], "no routing under way"
    assert gone <= max(QUIT_WITHIN_S, floor + 0.1), f"gone {gone:.2f} s after closing"
    assert stops_after_restart(data_dir, walk_id) == stops
