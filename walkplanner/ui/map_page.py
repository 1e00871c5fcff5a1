"""The map page, built once per run with folium and served from the app's own scheme.

Leaflet and every script come from walkplanner://app/..., so the page works offline and
never asks a CDN for anything. All interactivity is in resources/web/bridge.js.
"""

from __future__ import annotations

import folium
from branca.element import CssLink, Element, JavascriptLink

from walkplanner.tiles.providers import TileProvider

APP_ORIGIN = "walkplanner://app"
MAP_URL = f"{APP_ORIGIN}/map.html"
PARIS = (48.8566, 2.3522)


def tile_template(provider: TileProvider) -> str:
    return f"{APP_ORIGIN}/tiles/{provider.key}/{{z}}/{{x}}/{{y}}.png"


def build_map_html(provider: TileProvider) -> str:
    fmap = folium.Map(
        location=PARIS,
        zoom_start=13,
        tiles=None,
        control_scale=True,
        prefer_canvas=False,
        world_copy_jump=True,
    )
    fmap.default_js = [("leaflet", f"{APP_ORIGIN}/leaflet/leaflet.js")]
    fmap.default_css = [("leaflet_css", f"{APP_ORIGIN}/leaflet/leaflet.css")]
    folium.TileLayer(
        tiles=tile_template(provider),
        attr=provider.html_attribution,
        name=provider.name,
        max_zoom=provider.max_zoom,
        max_native_zoom=provider.max_zoom,
    ).add_to(fmap)
    root = fmap.get_root()
    root.header.add_child(CssLink(f"{APP_ORIGIN}/web/map.css"))
    root.header.add_child(JavascriptLink(f"{APP_ORIGIN}/qwebchannel.js"))
    root.header.add_child(JavascriptLink(f"{APP_ORIGIN}/web/bridge.js"))
    # folium defines the map variable further down the page: start once it has loaded.
    start = f'window.addEventListener("load", () => WalkBridge.start({fmap.get_name()}));'
    root.header.add_child(Element(f"<script>{start}</script>"))
    return root.render()
