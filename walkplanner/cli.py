"""Command line: the GUI by default, and subcommands for headless work.

Contract (other tools build on it): global options come before the subcommand; errors
print one clear line on stderr and exit with code 2.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from walkplanner import __version__, process
from walkplanner.cli_page import add_page_parser
from walkplanner.problem import Problem

if TYPE_CHECKING:
    from walkplanner.core.model import Walk

STARTED = time.perf_counter()
# Kept here (not imported from render) so that --help and errors never load Qt.
CARD_SIZES = ("story", "post", "square", "a6")
CARD_THEMES = ("light", "dark", "bold")
HANDOUT_PARTS = ("overview", "signin", "cards", "leader")
VIDEO_SIZES = ("story", "square")
VIDEO_SECONDS = (12.0, 20.0)
EXIT_USAGE = 2


def positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {value}")
    return value


def video_seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text}") from None
    low, high = VIDEO_SECONDS
    if not low <= value <= high:  # also refuses nan and inf
        raise argparse.ArgumentTypeError(f"must be {low:g} to {high:g} seconds, not {text}")
    return value


def parts_list(text: str) -> tuple[str, ...]:
    parts = tuple(p.strip() for p in text.split(",") if p.strip())
    unknown = [p for p in parts if p not in HANDOUT_PARTS]
    if unknown or not parts:
        raise argparse.ArgumentTypeError(
            f"unknown part {', '.join(unknown) or '(none)'}; choose among {','.join(HANDOUT_PARTS)}"
        )
    return parts


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="walkplanner",
        description="Plan group walks: draw the route, time the stops, share the invite.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="folder for walks and caches (default: the user data folder; "
        "or set WALKPLANNER_DATA_DIR)",
    )
    parser.add_argument("--offline", action="store_true", help="never use the network")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="start the GUI, wait for the map to draw the walk, print the time, exit",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("list", help="one line per walk: id, title, date, stops, km")
    show = commands.add_parser("show", help="print a walk")
    show.add_argument("walk", metavar="WALK", help="a walk id or a unique part of its title")
    show.add_argument("--json", action="store_true", help="print JSON")
    route = commands.add_parser(
        "route", help="make every leg follow the streets; print the distance"
    )
    route.add_argument("walk", metavar="WALK", help="a walk id or a unique part of its title")
    groups = commands.add_parser(
        "groups", help="split the crowd into groups (saved with the walk); print the plan"
    )
    groups.add_argument("walk", metavar="WALK", help="a walk id or a unique part of its title")
    groups.add_argument("--size", type=positive, help="largest group (default: the walk's)")
    groups.add_argument(
        "--stagger", type=positive, help="minutes between group departures (default: the walk's)"
    )
    groups.add_argument("--off", action="store_true", help="walk as one group again")
    setting = commands.add_parser("set", help="change a walk's details: FIELD=VALUE …")
    setting.add_argument("walk", metavar="WALK", help="a walk id or a unique part of its title")
    setting.add_argument(
        "assignments",
        nargs="+",
        metavar="FIELD=VALUE",
        help="fields: title, date (2026-06-14), start (14:30), expected, capacity (or none), "
        "pace (km/h), meeting, organiser, contact, link, timezone, groups (on/off), "
        "group-size, stagger, emergency, description, accessibility",
    )
    check = commands.add_parser(
        "check", help="what to fix before sharing; exit 1 when there is a problem"
    )
    check.add_argument("walk", metavar="WALK", help="a walk id or a unique part of its title")
    people = commands.add_parser(
        "participants", help="import or export a walk's participant list (CSV)"
    )
    people.add_argument("walk", metavar="WALK", help="a walk id or a unique part of its title")
    way = people.add_mutually_exclusive_group(required=True)
    way.add_argument("--import", dest="csv_in", type=Path, metavar="FILE", help="replace the list")
    way.add_argument("--export", dest="csv_out", type=Path, metavar="FILE", help="write the list")
    search = commands.add_parser("search", help="find places by name: name, lat, lon per line")
    search.add_argument("query", metavar="QUERY")
    importing = commands.add_parser("import", help="make a walk from a GPX, GeoJSON or KML file")
    importing.add_argument("file", type=Path, metavar="FILE")
    export = commands.add_parser("export", help="write a walk as an image or a document")
    kinds = export.add_subparsers(dest="kind", metavar="KIND", required=True)
    card = kinds.add_parser("card", help="the invite card as PNG or JPEG")
    card.add_argument("walk", metavar="WALK", help="a walk id or a unique part of its title")
    card.add_argument("--out", type=Path, required=True, metavar="FILE", help=".png or .jpg")
    card.add_argument("--size", choices=CARD_SIZES, default="post")
    card.add_argument("--theme", choices=CARD_THEMES, default="light")
    card.add_argument("--lang", choices=("en", "fr"), default="en")
    card.add_argument("--link", help="link for the QR code (default: the walk's, else a map)")
    for kind, what in (
        ("gpx", "GPX 1.1"),
        ("geojson", "GeoJSON"),
        ("kml", "KML"),
        ("ics", "a calendar event"),
    ):
        file_export = kinds.add_parser(kind, help=f"the walk as {what}")
        file_export.add_argument(
            "walk", metavar="WALK", help="a walk id or a unique part of its title"
        )
        file_export.add_argument("--out", type=Path, required=True, metavar="FILE")
    video = kinds.add_parser("video", help="the story video as MP4 (H.264, 30 fps)")
    video.add_argument("walk", metavar="WALK", help="a walk id or a unique part of its title")
    video.add_argument("--out", type=Path, required=True, metavar="FILE", help=".mp4")
    video.add_argument("--size", choices=VIDEO_SIZES, default="story")
    video.add_argument("--theme", choices=CARD_THEMES, default="light")
    video.add_argument("--lang", choices=("en", "fr"), default="en")
    video.add_argument(
        "--seconds", type=video_seconds, default=15.0, metavar="N", help="12 to 20 (default 15)"
    )
    video.add_argument("--link", help="link for the QR code (default: the walk's, else a map)")
    handout = kinds.add_parser("handout", help="the handouts for the day, as PDF")
    handout.add_argument("walk", metavar="WALK", help="a walk id or a unique part of its title")
    handout.add_argument("--out", type=Path, required=True, metavar="FILE", help=".pdf")
    handout.add_argument("--paper", choices=("a4", "letter"), default="a4")
    handout.add_argument("--lang", choices=("en", "fr"), default="en")
    handout.add_argument(
        "--parts",
        type=parts_list,
        default=HANDOUT_PARTS,
        help=f"comma-separated, among {','.join(HANDOUT_PARTS)} (default: all)",
    )
    add_page_parser(kinds)
    return parser


def data_dir_from(args: argparse.Namespace) -> Path:
    chosen = args.data_dir or os.environ.get("WALKPLANNER_DATA_DIR")
    if not chosen:
        from platformdirs import user_data_dir  # loaded only when no folder is given

        chosen = user_data_dir("walkplanner", False)
    return Path(chosen).expanduser()


def run() -> NoReturn:
    """The `walkplanner` program: a command in a process of its own, which leaves at once
    when the command is done (process.py). The window's process leaves on its own."""
    try:
        code = main(own_process=True)
    except BrokenPipeError:  # the reader went away (`| head -1`): it has what it wanted
        code = 0
    process.leave(code)


def main(argv: list[str] | None = None, *, own_process: bool = False) -> int:
    """Run the command line; `own_process` when nothing else runs in this interpreter."""
    args = build_parser().parse_args(argv)
    # numpy's BLAS would start a thread per core when a big track loads it; nothing here
    # multiplies matrices, and starting them cost 0.05 s of CPU per command.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    try:
        if args.command is None:
            from walkplanner.app import main as run_window

            return run_window(
                data_dir_from(args),
                offline=args.offline,
                smoke_test=args.smoke_test,
                started=STARTED,
            )
        if own_process and args.command != "export":  # an export renders for seconds
            gc.disable()  # for good: the process ends with the command (process.py)
        return run_command(args)
    except Problem as error:
        # Every expected failure (offline, a refused file, a damaged or full store, a bad
        # value) is caught here once; anything else is a bug and keeps its traceback.
        print(f"walkplanner: {one_line(str(error))}", file=sys.stderr)
        return EXIT_USAGE


def one_line(message: str) -> str:
    """The CLI contract is one line on stderr, whatever a message carries: a walk asked
    for by a name with an escape sequence or a byte that is not UTF-8 ("\udcff" in argv)
    is named without them, so the terminal neither runs the one nor fails on the other."""
    from walkplanner.core.validation import clean_text

    return clean_text(" ".join(message.splitlines()))


def run_command(args: argparse.Namespace) -> int:
    from walkplanner.store import open_store

    data_dir = data_dir_from(args)
    store = open_store(data_dir)
    try:
        if args.command == "search":
            from walkplanner.geocode.search import PlaceSearch
            from walkplanner.settings import Settings

            address = Settings.load(store.repository).geocoder_url or None  # as in Preferences
            search = PlaceSearch(store.places, endpoint=address, offline=args.offline)
            for place in search.search(args.query):
                print(f"{place.name}\t{place.lat:.5f}\t{place.lon:.5f}")
            return 0
        if args.command == "import":
            from walkplanner.exchange.files import import_walk

            walk = store.repository.add(import_walk(args.file))
            print(walk.id)
            return 0
        if args.command == "list":
            from walkplanner.cli_output import walk_lines

            for line in walk_lines(store.reads.summaries()):
                print(line)
            return 0
        walk = store.reads.find(args.walk)
        if args.command == "show":
            from walkplanner.cli_output import walk_json, walk_text

            print(
                json.dumps(
                    walk_json(walk, store.reads.participants(walk.id or 0)),
                    ensure_ascii=False,
                    indent=2,
                )
                if args.json
                else walk_text(walk)
            )
        elif args.command == "participants":
            from walkplanner.cli_output import participants_command

            print(participants_command(args, walk, store.participants))
        elif args.command == "groups":
            from walkplanner.cli_output import group_lines

            walk = store.repository.save(_grouped(walk, args))
            people = store.participants.participants(walk.id or 0)
            print(group_lines(walk, people))
        elif args.command == "set":
            from walkplanner.cli_edit import assigned

            walk = assigned(walk, args.assignments)
            print(f"{store.repository.save(walk).id}\t{walk.title}")
        elif args.command == "check":
            from walkplanner.cli_output import finding_lines

            lines, problems = finding_lines(walk, store.reads.participants(walk.id or 0))
            print("\n".join(lines) or "ready to share")
            return 1 if problems else 0
        elif args.command == "route":
            from walkplanner.cli_output import route_and_report
            from walkplanner.settings import Settings

            address = Settings.load(store.repository).routing_url or None  # as in Preferences
            print(route_and_report(walk, store.repository, address, offline=args.offline))
        elif args.command == "export" and args.kind in ("gpx", "geojson", "kml", "ics"):
            from walkplanner.exchange.files import export_walk

            print(export_walk(walk, args.kind, args.out.expanduser().resolve(), walk.link))
        elif args.command == "export" and args.kind == "page":
            from walkplanner.cli_output import finding_lines
            from walkplanner.cli_page import export_page

            people = store.reads.participants(walk.id or 0)
            index = export_page(args, walk, people, store, data_dir)
            lines, _problems = finding_lines(walk, people)
            for line in lines:  # written all the same, but a page is for sharing: say so
                print(f"walkplanner: {line}", file=sys.stderr)
            print(index)
        elif args.command == "export":
            from walkplanner.cli_export import export
            from walkplanner.cli_output import finding_lines

            people = store.reads.participants(walk.id or 0)
            lines, _problems = finding_lines(walk, people)
            for line in lines:  # shared all the same: the organiser may know better
                print(f"walkplanner: {line}", file=sys.stderr)
            print(export(args, walk, people, store, data_dir))
        return 0
    finally:
        store.close()


def _grouped(walk: Walk, args: argparse.Namespace) -> Walk:
    """The walk with the group settings the `groups` command was given."""
    from dataclasses import replace

    from walkplanner.core.validation import ensure_valid

    walk = replace(
        walk,
        split_groups=not args.off,
        group_size=args.size or walk.group_size,
        stagger_min=walk.stagger_min if args.stagger is None else args.stagger,
    )
    ensure_valid(walk)
    return walk
