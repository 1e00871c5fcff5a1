from __future__ import annotations

from walkplanner.cli import run

run()
