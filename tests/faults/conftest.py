"""The fault suite's shared checks: a refused input is a clear message, exit 2, no
traceback, nothing changed, and the app still starts and draws the walk afterwards."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

CLI_TIMEOUT_S = 60


def run_cli(
    data_dir: Path, *args: str, timeout: float = CLI_TIMEOUT_S
) -> subprocess.CompletedProcess:
    """The real command line in its own process, as a user or a script runs it."""
    env = {**os.environ, "WALKPLANNER_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [sys.executable, "-m", "walkplanner", "--offline", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        check=False,
    )


def assert_refused(result: subprocess.CompletedProcess, *words: str) -> None:
    """Exit 2, one clear line on stderr naming the problem, never a traceback."""
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.stderr.startswith("walkplanner: "), result.stderr
    for word in words:
        assert word.lower() in result.stderr.lower(), (word, result.stderr)


def database_digest(data_dir: Path) -> str:
    """What the walks look like, to prove that a refused input changed nothing."""
    result = run_cli(data_dir, "list")
    assert result.returncode == 0, result.stderr
    return hashlib.sha256(result.stdout.encode()).hexdigest()


def assert_app_still_draws(data_dir: Path) -> None:
    """The GUI starts on this data folder and draws the walk (offline smoke test)."""
    result = run_cli(data_dir, "--smoke-test", timeout=120)
    assert result.returncode == 0, (result.stdout, result.stderr)
    assert "smoke ok" in result.stdout, result.stdout
    assert "Traceback" not in result.stderr, result.stderr


@pytest.fixture
def cli(data_dir: Path) -> Callable[..., subprocess.CompletedProcess]:
    """`cli("show", "1")` runs the real command line on this test's data folder."""
    return lambda *args, **kw: run_cli(data_dir, *args, **kw)
