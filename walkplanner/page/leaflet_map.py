"""The route map of the page, built by folium from numbers only.

folium writes the map, its OpenStreetMap layer and the route line; no text the organiser
typed goes through it (folium puts tooltip text into scripts unescaped). The markers and
their labels are added by page.js from a JSON block, as text. Leaflet is loaded from the
page's own folder, never a CDN.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from walkplanner.core.model import Walk

# OpenStreetMap's tile policy asks browsers to send a Referer: the page's referrer policy
# (strict-origin-when-cross-origin, in document.py) sends its origin, never its path.
OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_ATTRIBUTION = (
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
)
ROUTE_COLOUR = "#b03a2e"
_HEAD = re.compile(r"<head>(.*)</head>", re.DOTALL)
_BODY = re.compile(r"<body>(.*)</body>", re.DOTALL)
_SCRIPT = re.compile(r"</body>\s*(<script>.*</script>)\s*</html>", re.DOTALL)
# folium's full-window layout: the page has its own (mobile first, in page.css).
_FULL_WINDOW = re.compile(
    r"<meta name=\"viewport\".*?/>|<style>html, body \{.*?</style>|<style>#map \{.*?</style>",
    re.DOTALL,
)


@dataclass(frozen=True)
class MapParts:
    head: str  # Leaflet's script and style, folium's map style
    body: str  # the map's <div>
    script: str  # the <script> that makes the map
    name: str  # the map's global variable, for page.js


def build_map(walk: Walk) -> MapParts:
    import folium

    points = walk.route.geometry() or [(walk.meeting_point.lat, walk.meeting_point.lon)]
    everything = [*points, (walk.meeting_point.lat, walk.meeting_point.lon)]
    fmap = folium.Map(location=everything[0], zoom_start=15, tiles=None)
    fmap.default_js = [("leaflet", "leaflet/leaflet.js")]
    fmap.default_css = [("leaflet_css", "leaflet/leaflet.css")]
    folium.TileLayer(OSM_TILES, attr=OSM_ATTRIBUTION, name="OpenStreetMap", max_zoom=19).add_to(
        fmap
    )
    if len(points) > 1:
        folium.PolyLine(points, color=ROUTE_COLOUR, weight=5, opacity=0.85).add_to(fmap)
    lats = [lat for lat, _ in everything]
    lons = [lon for _, lon in everything]
    fmap.fit_bounds([(min(lats), min(lons)), (max(lats), max(lons))], padding=(24, 24))
    html = fmap.get_root().render()
    head, body, script = (pattern.search(html) for pattern in (_HEAD, _BODY, _SCRIPT))
    if head is None or body is None or script is None:
        raise RuntimeError("folium's page layout changed; update walkplanner/page/leaflet_map.py")
    return MapParts(
        _FULL_WINDOW.sub("", head[1]).strip(), body[1].strip(), script[1], fmap.get_name()
    )
