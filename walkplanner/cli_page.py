"""`walkplanner export page WALK --out FOLDER`: the walk page, headless.

Kept apart from cli_export so the parser stays cheap: argparse here, the page and Qt
(for the card preview only) imported when the command runs.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from walkplanner.core.crowd import Participant
    from walkplanner.core.model import Walk
    from walkplanner.store import Store


def add_page_parser(kinds: argparse._SubParsersAction) -> None:
    page = kinds.add_parser("page", help="a web page of the walk: a folder with index.html")
    page.add_argument("walk", metavar="WALK", help="a walk id or a unique part of its title")
    page.add_argument("--out", type=Path, required=True, metavar="FOLDER")
    page.add_argument("--lang", choices=("en", "fr"), default="en")
    page.add_argument(
        "--url", default="", help="the page's address once published (preview image, QR code)"
    )


def export_page(
    args: argparse.Namespace, walk: Walk, people: list[Participant], store: Store, data_dir: Path
) -> Path:
    """Write the folder and return its index.html; a Problem for anything the user can fix,
    raised before anything is written. Settings and `people` come through the store's
    reads: exporting loads no ORM."""
    from walkplanner.core.validation import check_link
    from walkplanner.page.document import PageOptions
    from walkplanner.page.folder import check_folder, write_page
    from walkplanner.problem import Problem

    if problem := check_link(args.url):
        raise Problem(problem)
    out = args.out.expanduser().resolve()
    check_folder(out)
    coming = tuple(people)
    card = _card(walk, coming, args.lang, args.url, store, data_dir, offline=args.offline)
    return write_page(walk, out, PageOptions(args.lang, args.url), coming, card)


def _card(
    walk: Walk,
    people: tuple[Participant, ...],
    lang: str,
    url: str,
    store: Store,
    data_dir: Path,
    *,
    offline: bool,
) -> bytes:
    """The preview card over the cached tiles of the organiser's basemap, as the card export."""
    from walkplanner.app import prepare_environment

    prepare_environment(headless=True)
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(["walkplanner"])
    from walkplanner.page.card_image import card_jpeg
    from walkplanner.settings import Settings
    from walkplanner.tiles.basemaps import Basemaps
    from walkplanner.tiles.cache import TileCache

    settings = Settings.load(store.reads)
    cache = TileCache(data_dir / "cache" / "tiles.sqlite")
    basemaps = Basemaps(cache, offline=offline)
    try:
        provider = (
            basemaps.open_pack(Path(settings.offline_pack))
            if settings.offline_pack
            else basemaps.provider(settings.tile_provider)
        )
        return card_jpeg(
            walk, lang, url, basemaps.source(provider.key), provider.attribution, people
        )
    finally:
        basemaps.close()
        cache.close()
