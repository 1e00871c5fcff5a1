"""`walkplanner export ...`: the same renderers as the app, headless."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from walkplanner.core.crowd import Participant
from walkplanner.core.model import Walk
from walkplanner.core.validation import check_link
from walkplanner.problem import Problem

if TYPE_CHECKING:
    from walkplanner.render.static_map import TileSource
    from walkplanner.store import Store


def export(
    args: argparse.Namespace, walk: Walk, people: list[Participant], store: Store, data_dir: Path
) -> Path:
    """Write the file asked for and return its path; a Problem for anything the user can fix.
    The settings come through the store's reads, as `people` do: exporting loads no ORM."""
    from walkplanner.app import prepare_environment

    prepare_environment(headless=True)
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(["walkplanner"])
    from walkplanner.settings import Settings
    from walkplanner.tiles.basemaps import Basemaps
    from walkplanner.tiles.cache import TileCache

    settings = Settings.load(store.reads)
    cache = TileCache(data_dir / "cache" / "tiles.sqlite")
    basemaps = Basemaps(cache, offline=args.offline)
    try:
        provider = (
            basemaps.open_pack(Path(settings.offline_pack))
            if settings.offline_pack
            else basemaps.provider(settings.tile_provider)
        )
        tiles = basemaps.source(provider.key)
        out = args.out.expanduser().resolve()
        coming = tuple(people)
        if args.kind == "card":
            return _card(args, walk, coming, out, tiles, provider.attribution)
        if args.kind == "video":
            return _video(args, walk, coming, out, tiles, provider.attribution)
        return _handout(args, walk, coming, out, tiles, provider.attribution)
    finally:
        basemaps.close()
        cache.close()


def _check_link(link: str | None) -> None:
    """The --link of a card or video, refused with the validator's message."""
    if link is not None and (problem := check_link(link)):
        raise Problem(problem)


def _card(
    args: argparse.Namespace,
    walk: Walk,
    people: tuple[Participant, ...],
    out: Path,
    tiles: TileSource | None,
    attribution: str,
) -> Path:
    from walkplanner.render.card import CardOptions, render_card
    from walkplanner.render.output import check_target, save_image

    _check_link(args.link)
    check_target(out)
    options = CardOptions(args.size, args.theme, args.lang, args.link)
    return save_image(render_card(walk, options, tiles, attribution, people), out)


def _video(
    args: argparse.Namespace,
    walk: Walk,
    people: tuple[Participant, ...],
    out: Path,
    tiles: TileSource | None,
    attribution: str,
) -> Path:
    from walkplanner.render.output import check_target
    from walkplanner.render.video import FORMATS, export_video
    from walkplanner.render.video_frames import VideoOptions

    _check_link(args.link)
    check_target(out, FORMATS)
    options = VideoOptions(args.size, args.theme, args.lang, args.seconds, args.link)
    return export_video(walk, options, tiles, attribution, out, people)


def _handout(
    args: argparse.Namespace,
    walk: Walk,
    people: tuple[Participant, ...],
    out: Path,
    tiles: TileSource | None,
    attribution: str,
) -> Path:
    from walkplanner.render.handout import HandoutOptions, export_pdf

    options = HandoutOptions(args.paper, args.lang, args.parts, people)
    return export_pdf(walk, options, tiles, attribution, out)
