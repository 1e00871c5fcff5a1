"""Export dialogs given a folder the system refuses: a message, never the crash dialog."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.ui.conftest import Harness
from walkplanner.ui import page_dialog
from walkplanner.ui.actions import ActionId
from walkplanner.ui.page_dialog import PageDialog


def test_a_walk_page_folder_name_too_long_is_said_plainly(
    qtbot: Any, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warned: list[str] = []
    monkeypatch.setattr(page_dialog, "warn", lambda _parent, _title, text: warned.append(text))
    harness = Harness(qtbot, data_dir)
    try:
        window = harness.open().window
        window.action(ActionId.EXPORT_PAGE).trigger()
        dialog = window.findChild(PageDialog)
        dialog.folder_edit.setText(str(tmp_path / ("a" * 5_000)))  # a paste gone wrong
        dialog.export()  # the folder check's OSError went to the crash dialog
        assert len(warned) == 1 and "File name too long" in warned[0]
        assert list(tmp_path.iterdir()) == [data_dir]
        dialog.close()
    finally:
        harness.close()
