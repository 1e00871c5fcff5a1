"""The map page, built by folium once per app and folium version, then read from disk.

Leaflet and every script come from walkplanner://app/..., so the page works offline and
never asks a CDN for anything. The basemap is not part of the page: the bridge sets it,
so one page serves every tile provider. All interactivity is in resources/web/bridge.js.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from importlib.metadata import version
from pathlib import Path

from walkplanner import __version__
from walkplanner.tiles.providers import TileProvider

log = logging.getLogger(__name__)

APP_ORIGIN = "walkplanner://app"
MAP_URL = f"{APP_ORIGIN}/map.html"
PARIS = (48.8566, 2.3522)


def tile_template(provider: TileProvider) -> str:
    """Leaflet's URL for a provider's tiles, answered by the app's scheme handler."""
    return f"{APP_ORIGIN}/tiles/{provider.key}/{{z}}/{{x}}/{{y}}.png"


def build_map_html() -> str:
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
    return root.render()


def cached_map_html(cache_dir: Path) -> str:
    """The page from the cache, building it (and importing folium) only when it is missing."""
    key = hashlib.sha256(f"{__version__}/{version('folium')}".encode()).hexdigest()[:16]
    path = cache_dir / f"map-{key}.html"
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        pass
    html = build_map_html()
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=cache_dir, delete=False) as tmp:
            tmp.write(html)
        os.replace(tmp.name, path)
    except OSError as error:
        log.warning("could not cache the map page in %s: %s", cache_dir, error)
    return html
