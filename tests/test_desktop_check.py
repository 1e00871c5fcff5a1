"""The window cannot open for want of a system library: say which, and how to install it,
instead of Qt's core dump."""

from __future__ import annotations

from pathlib import Path

import pytest

from walkplanner import desktop_check
from walkplanner.cli import main

pytestmark = pytest.mark.skipif(
    not desktop_check.qt_libraries()[0].is_file(), reason="no xcb platform plugin here"
)


def plugin_missing(tmp_path: Path, soname: bytes = b"libxcb-shape.so.0") -> Path:
    """A copy of Qt's xcb plugin that needs a library no machine has (same-length name)."""
    plugin = desktop_check.qt_libraries()[0].read_bytes()
    assert soname in plugin
    broken = tmp_path / "libqxcb.so"
    broken.write_bytes(plugin.replace(soname, soname[:-6] + b"Z.so.0", 1))
    return broken


def test_a_missing_library_is_named_with_the_package_that_installs_it(tmp_path: Path) -> None:
    missing = desktop_check.missing_libraries([plugin_missing(tmp_path)])
    assert "libxcb-shapZ.so.0" in missing
    hint = desktop_check.install_hint(["libxcb-icccm.so.4", "libxcb-keysyms.so.1"])
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in hint
    assert "sudo dnf install xcb-util-wm xcb-util-keysyms" in hint


def test_the_app_stops_with_the_message_instead_of_a_core_dump(
    tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    broken = plugin_missing(tmp_path)
    monkeypatch.setattr(desktop_check, "qt_libraries", lambda: [broken])
    monkeypatch.delenv("QT_QPA_PLATFORM")
    assert main([]) == 1
    err = capsys.readouterr().err
    assert "cannot open a window" in err and "libxcb-shapZ.so.0" in err
    assert "Traceback" not in err


def test_other_platforms_are_not_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert desktop_check.check_display_libraries() is None
