"""Benchmarks time the app as a user gets it: installed with `pip install .`, bytecode
compiled. Point WALKPLANNER_BENCH_PYTHON at that install's interpreter (for example
`python -m venv /tmp/bench && /tmp/bench/bin/pip install .[test]`); without it the
benchmarks fall back to the interpreter running pytest and say so."""

from __future__ import annotations

import os
import sys
import warnings
from pathlib import Path

import pytest

pytest.importorskip("pytest_benchmark")


@pytest.fixture(scope="session")
def app_python() -> str:
    """The interpreter whose installed walkplanner the subprocess benchmarks start."""
    chosen = os.environ.get("WALKPLANNER_BENCH_PYTHON")
    if chosen:
        if not Path(chosen).is_file():
            pytest.fail(f"WALKPLANNER_BENCH_PYTHON={chosen} is not a file")
        return chosen
    warnings.warn(
        "WALKPLANNER_BENCH_PYTHON is not set: timing the interpreter running pytest, "
        "which may be an editable checkout",
        stacklevel=1,
    )
    return sys.executable
