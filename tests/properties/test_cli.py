"""The command line on any stored walk: `show`, `show --json`, `list`, `participants`,
`groups`, `check`, the file exports and `set` print and exit 0, or print one line on stderr and exit 2; never a
traceback, and a refused `set` changes nothing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from tests.properties.strategies import (
    accepted_walks,
    hostile_text,
    many_stops_walk,
    participants,
)
from walkplanner.cli import EXIT_USAGE, main
from walkplanner.cli_edit import SETTERS
from walkplanner.core.crowd import Participant
from walkplanner.core.model import Walk
from walkplanner.store import Store, open_store


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    yield tmp_path_factory.mktemp("cli")


def stored(folder: Path, walk: Walk, people: list[Participant]) -> int:
    store: Store = open_store(folder)
    try:
        walk_id = store.repository.add(walk).id or 0
        store.participants.replace_participants(walk_id, people)
        return walk_id
    finally:
        store.close()


def run(capsys: pytest.CaptureFixture[str], folder: Path, *argv: str) -> tuple[int, str, str]:
    """The exit code, stdout and stderr; one line on stderr for every refusal (`check`
    exits 1 when it finds a problem)."""
    code = main(["--data-dir", str(folder), *argv])
    out, err = capsys.readouterr()
    assert code in (0, EXIT_USAGE) or (argv[0] == "check" and code == 1), (argv, code, err)
    if code == EXIT_USAGE:
        assert err.startswith("walkplanner: ") and err.count("\n") == 1, err
    return code, out, err


@given(walk=accepted_walks(), people=participants())
@example(walk=many_stops_walk(), people=[])
def test_every_reading_command_works_on_any_stored_walk(
    folder: Path, capsys: pytest.CaptureFixture[str], walk: Walk, people: list[Participant]
) -> None:
    walk_id = str(stored(folder, walk, people))
    assert run(capsys, folder, "show", walk_id)[0] == 0
    code, out, _ = run(capsys, folder, "show", walk_id, "--json")
    assert code == 0 and json.loads(out)["title"] == walk.title
    code, out, _ = run(capsys, folder, "list")
    lines = out.rstrip("\n").split("\n")  # what a shell reads: U+2028 is no line break there
    assert code == 0 and all(line.count("\t") == 4 for line in lines)
    assert [line.split("\t")[0] for line in lines].count(walk_id) == 1
    csv = folder / f"people-{walk_id}.csv"
    assert run(capsys, folder, "participants", walk_id, "--export", str(csv))[0] == 0
    assert run(capsys, folder, "participants", walk_id, "--import", str(csv))[0] in (0, 2)
    assert run(capsys, folder, "groups", walk_id)[0] == 0
    assert run(capsys, folder, "check", walk_id)[0] in (0, 1)
    for kind in ("gpx", "kml", "geojson", "ics"):
        out_file = folder / f"walk-{walk_id}.{kind}"
        assert run(capsys, folder, "export", kind, walk_id, "--out", str(out_file))[0] == 0
    assert run(capsys, folder, "show", walk_id, "--json")[0] == 0
    assert run(capsys, folder, "groups", walk_id, "--off")[0] == 0


@given(
    field=st.sampled_from(sorted(SETTERS)),
    value=st.one_of(
        hostile_text(40),
        st.sampled_from(
            (
                "",
                "-1",
                "0",
                "1",
                "10001",
                "1e309",
                "nan",
                "inf",
                "-0",
                "2.5",
                "99999999999999999999999",
                "9999-12-31",
                "0001-01-01",
                "2024-02-29",
                "2023-02-29",
                "24:00",
                "25:61",
                "2:30am",
                "none",
                "on",
                "off",
                "Europe/Paris",
                "posix/Europe/Paris",
                "Europe",
                "x" * 300,
                "Mars/Base",
                "https://a.b/",
                "javascript:x",
                "x" * 1001,
                "1" * 5000,
            )
        ),
    ),
)
def test_set_takes_a_value_or_refuses_it_in_one_line(
    folder: Path, capsys: pytest.CaptureFixture[str], field: str, value: str
) -> None:
    walk_id = str(stored(folder, many_stops_walk(3), []))
    _, before, _ = run(capsys, folder, "show", walk_id, "--json")
    code, _, _ = run(capsys, folder, "set", walk_id, f"{field}={value}")
    _, after, _ = run(capsys, folder, "show", walk_id, "--json")
    if code == EXIT_USAGE:
        assert after == before
    assert run(capsys, folder, "show", walk_id)[0] == 0


@pytest.mark.parametrize(
    "ref", ["", " ", "0", "-1", "99999999999999999999", "\udcff", "%s{}", "²", "①", "\x1b]0;x\x07"]
)
def test_a_walk_that_is_not_there_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], ref: str
) -> None:
    """In a folder of its own: a generated title may well hold "%s{}" or "²"."""
    code, _, err = run(capsys, tmp_path, "show", ref)
    assert code == EXIT_USAGE and "\x1b" not in err and "\udcff" not in err
