"""Writing the walk page's folder whole, or not at all.

Everything is written to a hidden folder beside the target, then renamed into place, so
a full disk or a crash never leaves half a page where the old one was. The target may be
missing, empty, or an earlier walk page (replaced); any other folder is refused, so an
export never deletes files it did not make.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

import segno

from walkplanner.core.crowd import Participant
from walkplanner.core.model import Walk
from walkplanner.exchange.gpx import write_gpx
from walkplanner.exchange.ics import write_ics
from walkplanner.exchange.safety import ExchangeError
from walkplanner.page.document import (
    CARD_FILE,
    GPX_FILE,
    ICS_FILE,
    QR_FILE,
    PageOptions,
    page_html,
)
from walkplanner.resources import leaflet_dir, resource_path
from walkplanner.text import say

MARKER = ".walkplanner-page"  # names a folder this exporter made, so it may replace it
LEAFLET_FILES = ("leaflet.js", "leaflet.css")


def check_folder(out: Path) -> None:
    """ExchangeError, before any work, when the page cannot go to `out`."""
    if out.exists() and not out.is_dir():
        raise ExchangeError(say("{path} is a file; choose a folder.", path=out))
    if out.is_dir() and any(out.iterdir()) and not (out / MARKER).is_file():
        raise ExchangeError(
            say(
                "The folder {path} is not empty; choose a new or empty folder "
                "(a walk page exported before is replaced).",
                path=out,
            )
        )
    if not out.parent.is_dir():
        raise ExchangeError(
            say("The folder {folder} does not exist; choose another place.", folder=out.parent)
        )


def write_page(
    walk: Walk,
    out: Path,
    options: PageOptions,
    people: Sequence[Participant] = (),
    card: bytes | None = None,
) -> Path:
    """The folder with index.html and what it links to; returns index.html's path."""
    check_folder(out)
    html = page_html(walk, options, people)
    try:
        staging = Path(tempfile.mkdtemp(dir=out.parent, prefix=".walkplanner-page-"))
    except OSError as error:
        raise _write_error(out, error) from error
    try:
        _fill(staging, walk, options, html, card)
        _swap(staging, out)
    except OSError as error:
        shutil.rmtree(staging, ignore_errors=True)
        raise _write_error(out, error) from error
    return out / "index.html"


def _fill(folder: Path, walk: Walk, options: PageOptions, html: str, card: bytes | None) -> None:
    leaflet = folder / "leaflet"
    leaflet.mkdir()
    for name in LEAFLET_FILES:
        shutil.copyfile(leaflet_dir() / name, leaflet / name)
    shutil.copytree(leaflet_dir() / "images", leaflet / "images")
    for name in ("page.css", "page.js"):
        shutil.copyfile(resource_path("page", name), folder / name)
    (folder / "index.html").write_text(html, encoding="utf-8")
    (folder / ICS_FILE).write_bytes(write_ics(walk, options.url))
    (folder / GPX_FILE).write_text(write_gpx(walk), encoding="utf-8")
    if options.url:
        segno.make(options.url, error="m", micro=False).save(
            str(folder / QR_FILE), scale=4, border=2
        )
    if card is not None:
        (folder / CARD_FILE).write_bytes(card)
    (folder / MARKER).write_text("made by Walk Planner's page export\n", encoding="utf-8")
    folder.chmod(0o755)  # mkdtemp makes it private; a web host must read it


def _swap(staging: Path, out: Path) -> None:
    """The new folder in place of the old in two renames; the old one removed after."""
    old: Path | None = None
    if out.is_dir():
        old = out.with_name(f".{out.name}.old-{os.getpid()}")
        os.replace(out, old)
    try:
        os.replace(staging, out)
    except OSError:
        if old is not None:
            os.replace(old, out)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _write_error(out: Path, error: OSError) -> ExchangeError:
    return ExchangeError(
        say(
            "Cannot write the page to {path}: {reason}. Nothing was written; "
            "free some space or choose another place.",
            path=out,
            reason=error.strerror or str(error),
        )
    )
