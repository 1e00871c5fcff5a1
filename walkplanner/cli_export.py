"""`walkplanner export ...`: the same renderers as the app, headless."""

from __future__ import annotations

import argparse
from pathlib import Path

from walkplanner.core.model import Walk
from walkplanner.core.validation import check_link


def export(args: argparse.Namespace, walk: Walk, data_dir: Path) -> Path:
    """Write the file asked for and return its path; ValueError for anything the user can fix."""
    from walkplanner.app import prepare_environment

    prepare_environment(headless=True)
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(["walkplanner"])
    from walkplanner.render.card import CardOptions, render_card
    from walkplanner.render.output import check_target, save_image
    from walkplanner.tiles.cache import TileCache
    from walkplanner.tiles.fetcher import TileService
    from walkplanner.tiles.providers import get_provider

    if args.link is not None and (problem := check_link(args.link)):
        raise ValueError(problem)
    out = args.out.expanduser().resolve()
    check_target(out)
    provider = get_provider("osm")
    cache = TileCache(data_dir / "cache" / "tiles.sqlite")
    try:
        tiles = TileService(cache, provider, offline=args.offline)
        options = CardOptions(args.size, args.theme, args.lang, args.link)
        image = render_card(walk, options, tiles, provider.attribution)
        return save_image(image, out)
    finally:
        cache.close()
