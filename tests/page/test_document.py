"""The walk page's HTML: text stays text, the files it links to are right, and it is light."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from tests.page.hostile import EVIL, hostile_walk
from walkplanner.core.demo import demo_walk
from walkplanner.core.model import Route
from walkplanner.exchange.safety import ExchangeError
from walkplanner.page import folder as folder_module
from walkplanner.page.document import PageOptions, json_for_script, page_html
from walkplanner.page.folder import MARKER, write_page

WEIGHT_LIMIT = 400 * 1024
NOT_LOADED = {"card.jpg", "walk.ics", "route.gpx", "qr.svg", MARKER}  # links, not page weight


class Structure(HTMLParser):
    """The tags and attribute names of a page, its visible text and its JSON block."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, tuple[str, ...]]] = []
        self.text: list[str] = []
        self.data: list[str] = []
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, tuple(name for name, _ in attrs)))
        self._in = "json" if ("type", "application/json") in attrs else tag

    def handle_data(self, data: str) -> None:
        if self._in == "json":
            self.data.append(data)
        elif self._in not in ("script", "style"):
            self.text.append(data)


def parsed(html: str) -> Structure:
    page = Structure()
    page.feed(html)
    return page


def test_a_hostile_walk_renders_as_text() -> None:
    plain, evil = demo_walk(), hostile_walk()
    calm, hostile = parsed(page_html(plain, PageOptions())), parsed(page_html(evil, PageOptions()))
    assert hostile.tags == calm.tags  # the same elements and attributes, whatever the text
    text = "".join(hostile.text)
    for needle in (f"{EVIL} title", f"{EVIL} meeting", f"{EVIL} stop 4", f"{EVIL} organiser_name"):
        assert needle in text
    data = json.loads("".join(hostile.data))
    assert data["stops"][0]["label"].endswith(f"{EVIL} stop 0")
    assert data["meeting"]["label"].endswith(f"{EVIL} meeting")


def test_json_for_a_script_cannot_close_it() -> None:
    text = json_for_script({"a": "</script><!--&"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"a": "</script><!--&"}


def test_the_page_is_in_the_chosen_language() -> None:
    french = page_html(demo_walk(), PageOptions("fr"))
    assert '<html lang="fr">' in french
    assert "Où se retrouver" in french and "Ajouter à l’agenda" in french


def test_open_graph_and_qr_use_the_pages_address(tmp_path: Path) -> None:
    url = "https://walks.example.org/louvre/"
    index = write_page(demo_walk(), tmp_path / "page", PageOptions("en", url), card=b"jpeg")
    html = index.read_text(encoding="utf-8")
    assert f'<meta property="og:image" content="{url}card.jpg">' in html
    assert f'<meta property="og:url" content="{url}">' in html
    assert (index.parent / "qr.svg").read_text().startswith("<?xml")
    assert (index.parent / "card.jpg").read_bytes() == b"jpeg"


def test_the_calendar_file_starts_when_the_walk_does(tmp_path: Path) -> None:
    walk = demo_walk()
    index = write_page(walk, tmp_path / "page", PageOptions())
    event = Calendar.from_ical((index.parent / "walk.ics").read_bytes()).walk("VEVENT")[0]
    start = event.decoded("dtstart")
    assert start == dt.datetime.combine(walk.date, walk.start_time, tzinfo=ZoneInfo(walk.timezone))
    assert str(event["summary"]) == walk.title
    assert 'href="walk.ics"' in index.read_text(encoding="utf-8")


def test_the_demo_page_weighs_under_400_kb(tmp_path: Path) -> None:
    index = write_page(demo_walk(), tmp_path / "page", PageOptions())
    loaded = [p for p in index.parent.rglob("*") if p.is_file() and p.name not in NOT_LOADED]
    weight = sum(p.stat().st_size for p in loaded)
    assert weight < WEIGHT_LIMIT, f"{weight} bytes"
    assert all(".map" not in p.name and "src" not in p.name for p in loaded)


def test_a_page_replaces_its_own_folder_and_refuses_others(tmp_path: Path) -> None:
    out = tmp_path / "page"
    write_page(demo_walk(), out, PageOptions())
    (out / "stale.txt").write_text("from the first export")
    write_page(demo_walk(), out, PageOptions("fr"))
    assert not (out / "stale.txt").exists()
    assert '<html lang="fr">' in (out / "index.html").read_text(encoding="utf-8")
    other = tmp_path / "photos"
    other.mkdir()
    (other / "holiday.jpg").write_bytes(b"x")
    with pytest.raises(ExchangeError, match="not empty"):
        write_page(demo_walk(), other, PageOptions())
    assert [p.name for p in other.iterdir()] == ["holiday.jpg"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page", "photos"]  # no leftovers


def test_building_the_page_imports_no_qt() -> None:
    code = (
        "import sys; from walkplanner.core.demo import demo_walk;"
        "from walkplanner.page.document import PageOptions, page_html;"
        "page_html(demo_walk(), PageOptions());"
        "import walkplanner.page.folder;"
        "print([m for m in sys.modules if m.startswith('PySide6')])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_page_carries_a_strict_policy() -> None:
    html = page_html(demo_walk(), PageOptions())
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)
    assert policy is not None
    rules = dict(rule.split(" ", 1) for rule in policy[1].split("; "))
    assert rules["default-src"] == "'none'"
    assert "unsafe" not in policy[1] and "connect-src" not in rules
    assert rules["img-src"] == "'self' data: https://tile.openstreetmap.org"
    assert html.index("Content-Security-Policy") < html.index("<script")


def test_tiles_get_the_referer_openstreetmap_asks_for() -> None:
    html = page_html(demo_walk(), PageOptions())
    assert '<meta name="referrer" content="strict-origin-when-cross-origin">' in html
    assert (
        "openstreetmap.org/copyright" in html
        and "OpenStreetMap\\u003c/a\\u003e contributors" in html
    )


def test_a_walk_with_nothing_but_a_meeting_point_has_no_empty_sections() -> None:
    bare = replace(
        demo_walk(),
        route=Route(),
        description="",
        organiser_name="",
        organiser_contact="",
        emergency_phone="",
        accessibility="",
    )
    page = parsed(page_html(bare, PageOptions()))
    headings = [tag for tag, _ in page.tags if tag == "h2"]
    assert len(headings) == 3  # where to meet, the route, who is coming
    assert "Louvre pyramid, Cour Napoléon" in "".join(page.text)


def test_a_failed_write_keeps_the_old_page_and_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "page"
    write_page(demo_walk(), out, PageOptions())
    before = (out / "index.html").read_text(encoding="utf-8")
    written: list[Path] = []

    def full_disk(folder: Path, *_args: object) -> None:
        written.append(folder)
        (folder / "index.html").write_text("half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(folder_module, "_fill", full_disk)
    with pytest.raises(ExchangeError, match="No space left on device"):
        write_page(demo_walk(), out, PageOptions("fr"))
    assert (out / "index.html").read_text(encoding="utf-8") == before
    assert not written[0].exists()
    assert [p.name for p in tmp_path.iterdir()] == ["page"]


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="choose one of: en, fr"):
        PageOptions("de")


def test_every_script_and_style_comes_from_the_folder(tmp_path: Path) -> None:
    index = write_page(demo_walk(), tmp_path / "page", PageOptions())
    html = index.read_text(encoding="utf-8")
    linked = re.findall(r'<script src="([^"]+)"', html) + re.findall(
        r'<link rel="stylesheet" href="([^"]+)"', html
    )
    assert sorted(linked) == ["leaflet/leaflet.css", "leaflet/leaflet.js", "page.css", "page.js"]
    assert all((index.parent / path).is_file() for path in linked)
    assert "cdn" not in html.lower() and "@import" not in html and "font-face" not in html
