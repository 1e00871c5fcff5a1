"""The map page, built by folium once per app and folium version, then read from disk.

Leaflet and every script come from walkplanner://app/..., so the page works offline and
never asks a CDN for anything. The basemap is not part of the page: the bridge sets it,
so one page serves every tile provider. All interactivity is in resources/web/bridge.js.

The page is served with a strict Content-Security-Policy: scripts, styles, images and
connections only from walkplanner:, nothing inline. folium writes its map set-up as
inline <script> and <style> blocks, so the build moves each into a file of its own that
the scheme handler serves; a script that reaches the page any other way never runs.
(Hashes of the inline blocks would not do: Qt lowercases the header's value.)
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import tempfile
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING

from walkplanner import __version__

if TYPE_CHECKING:  # xyzservices is for the warm-up thread: the page starts loading first
    from walkplanner.tiles.providers import TileProvider

log = logging.getLogger(__name__)

APP_ORIGIN = "walkplanner://app"
MAP_URL = f"{APP_ORIGIN}/map.html"
PAGE_ASSETS = "/page/"
PARIS = (48.8566, 2.3522)
CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'none'",
        "script-src walkplanner:",
        "style-src walkplanner:",
        "img-src walkplanner: data:",
        "font-src walkplanner:",
        "connect-src walkplanner:",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
    )
)
_INLINE = re.compile(r"<(script|style)>(.*?)</\1>", re.DOTALL | re.IGNORECASE)
_LINKS = {
    "script": '<script src="{url}"></script>',
    "style": '<link rel="stylesheet" href="{url}"/>',
}
_SUFFIXES = {"script": "js", "style": "css"}


@dataclass(frozen=True)
class BuiltPage:
    html: str
    assets: dict[str, str]  # path under walkplanner://app -> the script or style it holds


def without_inline_code(html: str) -> BuiltPage:
    """The page with each inline script and style moved to an asset it links to, in place,
    so they still run in the same order."""
    assets: dict[str, str] = {}

    def move(match: re.Match[str]) -> str:
        kind, body = match[1].lower(), match[2]
        path = f"{PAGE_ASSETS}{len(assets)}.{_SUFFIXES[kind]}"
        assets[path] = body
        return _LINKS[kind].format(url=APP_ORIGIN + path)

    return BuiltPage(_INLINE.sub(move, html), assets)


def tile_template(provider: TileProvider) -> str:
    """Leaflet's URL for a provider's tiles, answered by the app's scheme handler."""
    return f"{APP_ORIGIN}/tiles/{provider.key}/{{z}}/{{x}}/{{y}}.png"


def build_map_page() -> BuiltPage:
    import folium
    from branca.element import CssLink, Element, JavascriptLink

    fmap = folium.Map(
        location=PARIS, zoom_start=13, tiles=None, control_scale=True, world_copy_jump=True
    )
    fmap.default_js = [("leaflet", f"{APP_ORIGIN}/leaflet/leaflet.js")]
    fmap.default_css = [("leaflet_css", f"{APP_ORIGIN}/leaflet/leaflet.css")]
    root = fmap.get_root()
    root.header.add_child(CssLink(f"{APP_ORIGIN}/web/map.css"))
    root.header.add_child(JavascriptLink(f"{APP_ORIGIN}/qwebchannel.js"))
    root.header.add_child(JavascriptLink(f"{APP_ORIGIN}/web/bridge.js"))
    # folium defines the map variable further down the page: start once it has loaded.
    start = f'window.addEventListener("load", () => WalkBridge.start({fmap.get_name()}));'
    root.header.add_child(Element(f"<script>{start}</script>"))
    return without_inline_code(root.render())


def _read_cached(path: Path) -> BuiltPage | None:
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
        assets = {str(name): str(body) for name, body in stored["assets"].items()}
        return BuiltPage(str(stored["html"]), assets)
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None


def cached_map_page(cache_dir: Path) -> BuiltPage:
    """The page from the cache, building it (and importing folium) only when it is missing."""
    key = hashlib.sha256(f"{__version__}/{version('folium')}".encode()).hexdigest()[:16]
    path = cache_dir / f"map-{key}.json"
    page = _read_cached(path)
    if page is not None:
        return page
    page = build_map_page()
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=cache_dir, delete=False) as tmp:
            json.dump({"html": page.html, "assets": page.assets}, tmp)
        os.replace(tmp.name, path)
    except OSError as error:
        log.warning("could not cache the map page in %s: %s", cache_dir, error)
    return page
