"""Tile providers, described by xyzservices (URL, attribution, zoom range)."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace

import xyzservices.providers as xyz

URL_OVERRIDE_ENV = "WALKPLANNER_TILE_URL"


@dataclass(frozen=True)
class TileProvider:
    key: str
    name: str
    url_template: str
    attribution: str
    html_attribution: str
    max_zoom: int


def _from_xyz(key: str, name: str, provider: xyz.TileProvider) -> TileProvider:
    return TileProvider(
        key=key,
        name=name,
        url_template=provider.build_url(scale_factor="", fill_subdomain=True),
        attribution=provider.attribution.replace("(C)", "©"),
        html_attribution=provider.html_attribution,
        max_zoom=int(provider.get("max_zoom", 19)),
    )


PROVIDERS: dict[str, TileProvider] = {
    "osm": _from_xyz("osm", "OpenStreetMap", xyz.OpenStreetMap.Mapnik),
    "osm-fr": _from_xyz("osm-fr", "OpenStreetMap France", xyz.OpenStreetMap.France),
    "cyclosm": _from_xyz("cyclosm", "CyclOSM", xyz.CyclOSM),
    "opentopomap": _from_xyz("opentopomap", "OpenTopoMap", xyz.OpenTopoMap),
}


def get_provider(key: str) -> TileProvider:
    """The provider for `key`; WALKPLANNER_TILE_URL replaces its URL (tests, own servers)."""
    try:
        provider = PROVIDERS[key]
    except KeyError:
        known = ", ".join(sorted(PROVIDERS))
        raise KeyError(f"Unknown basemap “{key}”; known basemaps: {known}.") from None
    override = os.environ.get(URL_OVERRIDE_ENV)
    return replace(provider, url_template=override) if override else provider


def tile_url(provider: TileProvider, z: int, x: int, y: int) -> str:
    return provider.url_template.format(z=z, x=x, y=y, s="a", r="")
