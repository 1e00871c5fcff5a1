"""The page's Content-Security-Policy, as a <meta> tag: a second wall behind the escaping.

Only the page's own files and the inline blocks folium wrote (allowed by their hashes)
may run or style the page; images come from the folder and OpenStreetMap's tiles; no
connection, form or base URL. A script that got into the page any other way would not
run, and no request could leave for another host.
"""

from __future__ import annotations

import base64
import hashlib
import re

from walkplanner.page.leaflet_map import OSM_TILES

CHARSET = '<meta charset="utf-8">'
_INLINE = {
    "script": re.compile(r"<script>(.*?)</script>", re.DOTALL),
    "style": re.compile(r"<style>(.*?)</style>", re.DOTALL),
}
TILE_ORIGIN = OSM_TILES.split("/{z}")[0]


def _hashes(kind: str, html: str) -> str:
    digests = (
        base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii")
        for body in _INLINE[kind].findall(html)
    )
    return " ".join(f"'sha256-{digest}'" for digest in sorted(set(digests)))


def policy(html: str) -> str:
    return "; ".join(
        (
            "default-src 'none'",
            f"script-src 'self' {_hashes('script', html)}",
            f"style-src 'self' {_hashes('style', html)}",
            f"img-src 'self' data: {TILE_ORIGIN}",
            "base-uri 'none'",
            "form-action 'none'",
        )
    )


def with_policy(html: str) -> str:
    """The page with its policy as the first thing in <head> after the charset."""
    tag = f'<meta http-equiv="Content-Security-Policy" content="{policy(html)}">'
    return html.replace(CHARSET, f"{CHARSET}\n{tag}", 1)
