"""The fault suite's own checks hold on a healthy data folder."""

from __future__ import annotations

from pathlib import Path

from tests.faults.conftest import assert_app_still_draws, assert_refused, database_digest, run_cli


def test_a_healthy_folder_lists_shows_and_draws(data_dir: Path) -> None:
    before = database_digest(data_dir)
    assert_refused(run_cli(data_dir, "show", "no such walk"), "no walk")
    assert database_digest(data_dir) == before
    assert_app_still_draws(data_dir)
