"""Providers from xyzservices: URLs, credits, the URL override; the package stays Qt-free."""

from __future__ import annotations

import subprocess
import sys

import pytest

from walkplanner.tiles.credits import CreditPart
from walkplanner.tiles.providers import PROVIDERS, get_provider, tile_url


def test_openstreetmap_is_described_as_its_policy_asks() -> None:
    osm = get_provider("osm")
    assert osm.url_template == "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
    assert osm.attribution == "© OpenStreetMap contributors"
    assert CreditPart("OpenStreetMap", "https://www.openstreetmap.org/copyright") in osm.credit
    assert (osm.max_zoom, osm.subdomains) == (19, ())
    assert tile_url(osm, 14, 8297, 5637) == "https://tile.openstreetmap.org/14/8297/5637.png"


def test_every_provider_credits_openstreetmap() -> None:
    for provider in PROVIDERS.values():
        assert "© OpenStreetMap" in provider.attribution
        assert "(C)" not in provider.attribution


def test_subdomains_follow_the_tile() -> None:
    france = get_provider("osm-fr")
    assert france.subdomains == ("a", "b", "c")
    assert tile_url(france, 1, 0, 0) == "https://a.tile.openstreetmap.fr/osmfr/1/0/0.png"
    assert tile_url(france, 1, 1, 0) == "https://b.tile.openstreetmap.fr/osmfr/1/1/0.png"
    assert tile_url(france, 1, 1, 1).startswith("https://c.")
    hosts = {tile_url(france, 8, x, 90).split(".")[0] for x in range(12)}
    assert hosts == {"https://a", "https://b", "https://c"}


def test_an_unknown_key_is_a_clear_error() -> None:
    with pytest.raises(KeyError, match="Unknown basemap “moon”; known basemaps: cyclosm, "):
        get_provider("moon")


def test_the_url_override_replaces_every_providers_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WALKPLANNER_TILE_URL", "http://127.0.0.1:9/{z}/{x}/{y}.png")
    for key in PROVIDERS:
        provider = get_provider(key)
        assert tile_url(provider, 3, 2, 1) == "http://127.0.0.1:9/3/2/1.png"
        assert provider.attribution == PROVIDERS[key].attribution
    monkeypatch.delenv("WALKPLANNER_TILE_URL")
    assert get_provider("osm") == PROVIDERS["osm"]


def test_the_package_imports_no_qt() -> None:
    """It runs in Qt's worker threads and in headless tools alike, so it must not need Qt."""
    code = (
        "import sys, walkplanner.tiles.basemaps, walkplanner.tiles.fetcher;"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide', 'PyQt', 'shiboken'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
