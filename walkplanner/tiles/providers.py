"""Tile providers, described by xyzservices (URL, attribution, zoom range, subdomains).

xyzservices keeps the URLs and credits of the public tile servers up to date, so the app
does not carry its own copy. The provider's `key` names its tiles in the cache and in the
map page's tile URLs, so it must never change once released.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace

import xyzservices.providers as xyz

from walkplanner.tiles.credits import CreditPart, read_credit

URL_OVERRIDE_ENV = "WALKPLANNER_TILE_URL"


@dataclass(frozen=True)
class TileProvider:
    key: str
    name: str
    url_template: str  # with {z}, {x}, {y} and, when `subdomains` is not empty, {s}
    attribution: str  # plain text, for cards and handouts
    credit: tuple[CreditPart, ...]  # the same as data, with the links the map may show
    max_zoom: int
    subdomains: tuple[str, ...] = ()


def _from_xyz(key: str, name: str, provider: xyz.TileProvider) -> TileProvider:
    template = provider.build_url(scale_factor="", fill_subdomain=False)
    subdomains = tuple(provider.get("subdomains", "abc")) if "{s}" in template else ()
    return TileProvider(
        key=key,
        name=name,
        url_template=template,
        attribution=provider.attribution.replace("(C)", "©"),
        credit=read_credit(provider.html_attribution),
        max_zoom=int(provider.get("max_zoom", 19)),
        subdomains=subdomains,
    )


PROVIDERS: dict[str, TileProvider] = {
    "osm": _from_xyz("osm", "OpenStreetMap", xyz.OpenStreetMap.Mapnik),
    "osm-fr": _from_xyz("osm-fr", "OpenStreetMap France", xyz.OpenStreetMap.France),
    "cyclosm": _from_xyz("cyclosm", "CyclOSM", xyz.CyclOSM),
    "opentopomap": _from_xyz("opentopomap", "OpenTopoMap", xyz.OpenTopoMap),
}


def get_provider(key: str) -> TileProvider:
    """The provider for `key`, with its URL replaced by WALKPLANNER_TILE_URL when that is
    set (tests and self-hosted tile servers). Read at each call, so it is never stale."""
    try:
        provider = PROVIDERS[key]
    except KeyError:
        known = ", ".join(sorted(PROVIDERS))
        raise KeyError(f"Unknown basemap “{key}”; known basemaps: {known}.") from None
    override = os.environ.get(URL_OVERRIDE_ENV)
    return replace(provider, url_template=override, subdomains=()) if override else provider


def credit_links() -> frozenset[str]:
    """Every address the app itself puts in the map's credits: the only links it opens."""
    return frozenset(part.url for p in PROVIDERS.values() for part in p.credit if part.url)


def tile_url(provider: TileProvider, z: int, x: int, y: int) -> str:
    """The URL of one tile; the subdomain follows the tile, as Leaflet picks it, so one
    tile always comes from the same host and HTTP caches along the way stay useful."""
    subdomain = (
        provider.subdomains[(x + y) % len(provider.subdomains)] if provider.subdomains else ""
    )
    return provider.url_template.format(z=z, x=x, y=y, s=subdomain)
