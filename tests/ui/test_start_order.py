"""The window draws the walk before SQLAlchemy is imported (issue 18): the store is read
with sqlite3, and the warm-up of the writes, the HTTP stack and the tile providers starts
only once the walk is on the map. A fresh process says what it had loaded at that moment;
the first start seeds the demo walk (a write), so the second start is the one measured."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

WRAPPER = """
import sys
from pathlib import Path
from walkplanner import app, warmup

started_warm_up = warmup.start

def start():
    loaded = [name for name in ("sqlalchemy", "alembic", "numpy", "folium") if name in sys.modules]
    print("loaded at the first draw:", " ".join(loaded) or "none", flush=True)
    started_warm_up()

warmup.start = start
sys.exit(app.run(Path(sys.argv[1]), offline=True, smoke_test=True))
"""


def start(data_dir: Path) -> list[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-c", WRAPPER, str(data_dir)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def test_the_walk_is_drawn_before_sqlalchemy_is_imported(tmp_path: Path) -> None:
    start(tmp_path)  # creates the store and writes the demo walk
    said = start(tmp_path)
    assert said[0] == "loaded at the first draw: none"
    assert said[1].startswith("smoke ok: map ready in")
