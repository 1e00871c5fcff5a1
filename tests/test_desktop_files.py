"""The desktop entry, the AppStream metainfo and the icons agree with the app and each other."""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
import tomllib
from pathlib import Path

import pytest
from defusedxml import ElementTree

from walkplanner import APP_ID, APP_NAME, __version__
from walkplanner.resources import resource_path

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# The one warning we accept until the project has a domain name (packaging/linux/README.md).
ACCEPTED_APPSTREAM_WARNINGS = ("cid-desktopapp-is-not-rdns",)


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from the IHDR chunk, which the PNG format puts first."""
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n" and head[12:16] == b"IHDR", path
    return struct.unpack(">II", head[16:24])


def test_desktop_entry_has_the_required_keys() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == APP_NAME
    for key in ("Name[fr]", "GenericName", "GenericName[fr]", "Comment", "Comment[fr]"):
        assert entry[key].strip(), key
    assert entry["Keywords"].endswith(";") and entry["Keywords[fr]"].endswith(";")
    assert entry["Terminal"] == "false"
    assert entry["Categories"] == "Utility;Maps;"
    assert entry["StartupWMClass"] == APP_ID == DESKTOP.stem


def test_desktop_entry_runs_the_installed_command_and_names_our_icon() -> None:
    entry = desktop_entry()
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["scripts"]
    assert scripts[entry["Exec"].split()[0]] == "walkplanner.cli:run"
    assert entry["TryExec"] == entry["Exec"].split()[0]
    assert entry["Icon"] == APP_ID
    assert resource_path("icons", f"{entry['Icon']}.svg").is_file()
    for size in SIZES:
        png = resource_path("icons", "hicolor", f"{size}x{size}", "apps", f"{entry['Icon']}.png")
        assert png.is_file(), png


def test_metainfo_names_the_app_its_release_and_its_desktop_entry() -> None:
    component = ElementTree.parse(METAINFO).getroot()
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == APP_ID
    assert component.findtext("name") == APP_NAME
    assert component.findtext("metadata_license") == "CC0-1.0"
    assert component.findtext("project_license") == "GPL-3.0-or-later"
    launchable = component.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name
    assert component.findtext("provides/binary") == desktop_entry()["Exec"].split()[0]
    releases = component.findall("releases/release")
    newest = max(releases, key=lambda r: r.get("date", ""))
    assert newest.get("version") == __version__
    assert releases[0] is newest  # AppStream lists the newest first
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    assert {p.get(lang) for p in component.findall("description/p")} == {None, "fr"}


@pytest.mark.parametrize("size", SIZES)
def test_hicolor_png_has_its_size(size: int) -> None:
    path = resource_path("icons", "hicolor", f"{size}x{size}", "apps", f"{APP_ID}.png")
    assert png_size(path) == (size, size)


def test_app_icon_has_every_size(qapp) -> None:
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QImage

    from walkplanner.ui.icons import APP_ICON_SIZES, app_icon

    assert APP_ICON_SIZES == SIZES
    icon = app_icon()
    assert not icon.isNull()
    # An SVG-backed QIcon reports no availableSizes(); check that each size is drawn
    # exactly, from its own PNG.
    for size in SIZES:
        image = icon.pixmap(QSize(size, size)).toImage()
        assert (image.width(), image.height()) == (size, size)
        png = QImage(
            str(resource_path("icons", "hicolor", f"{size}x{size}", "apps", "walkplanner.png"))
        )
        fmt = QImage.Format.Format_ARGB32
        assert image.convertToFormat(fmt) == png.convertToFormat(fmt), size
    assert icon.pixmap(QSize(1024, 1024)).width() == 1024  # and any other size, from the SVG


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils missing")
def test_desktop_file_validate() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream missing")
def test_appstreamcli_validate() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--pedantic", "--no-color", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    issues = [
        line.strip()
        for line in result.stdout.splitlines()
        if line.strip()[:2] in ("E:", "W:", "I:", "P:")
    ]
    unexpected = [i for i in issues if not any(w in i for w in ACCEPTED_APPSTREAM_WARNINGS)]
    assert not unexpected, result.stdout + result.stderr
    assert result.returncode in (0, 3), result.stdout + result.stderr  # 3: warnings only
