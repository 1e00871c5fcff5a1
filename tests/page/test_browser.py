"""The walk page in a real browser: Chromium (Debian's), headless, at phone and desk widths.

Skipped, with the reason, where Chromium is not installed (`apt-get install chromium`).
"""

from __future__ import annotations

import re
import urllib.request
from pathlib import Path

import pytest
from icalendar import Calendar

from tests.page.browser import chromium, run_chromium, serve
from tests.page.hostile import EVIL, hostile_walk
from walkplanner.core.demo import demo_walk
from walkplanner.core.model import Walk
from walkplanner.page.document import PageOptions
from walkplanner.page.folder import write_page

pytestmark = pytest.mark.skipif(
    chromium() is None, reason="Chromium is not installed (Debian: apt-get install chromium)"
)
WEIGHT_LIMIT = 400 * 1024
TILE_HOSTS = {"tile.openstreetmap.org"}
# Added to the test's copy only: the page itself carries no test code.
PROBE = """
document.body.setAttribute("data-scroll-width", document.documentElement.scrollWidth);
document.body.setAttribute("data-client-width", document.documentElement.clientWidth);
document.body.setAttribute("data-markers",
  document.querySelectorAll(".leaflet-marker-icon").length);
document.body.setAttribute("data-injected",
  document.querySelectorAll("img[onerror]").length + Array.from(
    document.querySelectorAll("script:not([type])")).filter(
      (script) => script.textContent.includes("alert(")).length);
"""


def probed_page(walk: Walk, folder: Path) -> Path:
    index = write_page(walk, folder, PageOptions())
    (folder / "probe.js").write_text(PROBE, encoding="utf-8")
    html = index.read_text(encoding="utf-8")
    index.write_text(html.replace("</body>", '<script src="probe.js"></script>\n</body>'))
    return folder


def probe(dom: str, name: str) -> int:
    found = re.search(rf'data-{name}="(\d+)"', dom)
    assert found, f"the probe did not run: {dom[:500]}"
    return int(found[1])


@pytest.fixture(scope="module")
def chromium_own_hosts(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    """What Chromium itself asks for (updates, accounts) with an empty page: not the page's."""
    folder = tmp_path_factory.mktemp("blank")
    (folder / "blank.html").write_text("<!DOCTYPE html><title>blank</title>", encoding="utf-8")
    with serve(folder) as (origin, requests):
        run_chromium(f"{origin}/blank.html", origin, 360, "--dump-dom")
    assert not set(requests.outside) & TILE_HOSTS
    return set(requests.outside)


@pytest.mark.parametrize("width", [360, 1280])
def test_the_page_in_chromium(tmp_path: Path, width: int, chromium_own_hosts: set[str]) -> None:
    walk = demo_walk()
    folder = probed_page(walk, tmp_path / "page")
    with serve(folder) as (origin, requests):
        dom = run_chromium(f"{origin}/index.html", origin, width, "--dump-dom")
        shot = tmp_path / f"page-{width}.png"
        run_chromium(f"{origin}/index.html", origin, width, f"--screenshot={shot}")
        ics = urllib.request.urlopen(f"{origin}/walk.ics", timeout=10)  # the button's link
        event = Calendar.from_ical(ics.read()).walk("VEVENT")[0]
    assert f"<title>{walk.title}</title>" in dom
    for name in (walk.meeting_point.name, *(stop.name for stop in walk.stops)):
        assert f">{name}<" in dom, name
    assert probe(dom, "markers") == len(walk.stops) + 1  # each stop and the meeting pin
    assert "OpenStreetMap</a> contributors" in dom  # the attribution, drawn by Leaflet
    assert probe(dom, "scroll-width") <= probe(dom, "client-width")  # no sideways scrolling
    assert 'href="walk.ics"' in dom and ics.headers["Content-Type"] == "text/calendar"
    assert event.decoded("dtstart").replace(tzinfo=None).time() == walk.start_time
    assert set(requests.outside) - chromium_own_hosts <= TILE_HOSTS, requests.outside
    assert set(requests.outside) >= TILE_HOSTS  # the map asked for its tiles, and only there
    served = {path.lstrip("/") for path in requests.local} - {"probe.js", "walk.ics"}
    assert {"index.html", "leaflet/leaflet.js", "page.css", "page.js"} <= served
    weight = sum((folder / path).stat().st_size for path in served)
    assert weight < WEIGHT_LIMIT, f"{weight} bytes loaded"
    assert shot.stat().st_size > 10_000


def test_a_hostile_walk_stays_text_in_chromium(
    tmp_path: Path, chromium_own_hosts: set[str]
) -> None:
    folder = probed_page(hostile_walk(), tmp_path / "page")
    with serve(folder) as (origin, requests):
        dom = run_chromium(f"{origin}/index.html", origin, 360, "--dump-dom")
    assert probe(dom, "injected") == 0
    assert probe(dom, "markers") == len(hostile_walk().stops) + 1  # page.js still ran
    assert EVIL.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") in dom
    assert set(requests.outside) - chromium_own_hosts <= TILE_HOSTS, requests.outside
