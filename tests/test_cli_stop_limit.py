"""The command line and the stop limit: a file with too many stops is exit 2 with the
reason on stderr, and so is a save of a walk stored before the limit."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.many_stops import along, kml, walk_of_stops
from walkplanner.cli import main
from walkplanner.core import validation
from walkplanner.core.validation import MAX_STOPS
from walkplanner.store import open_store


@pytest.mark.parametrize(
    ("count", "code"), [(MAX_STOPS - 1, 0), (MAX_STOPS, 0), (MAX_STOPS + 1, 2), (5_000, 2)]
)
def test_import_refuses_a_file_of_too_many_stops_with_exit_2(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], count: int, code: int
) -> None:
    path = tmp_path / "caches.kml"
    path.write_text(kml(along(count)), encoding="utf-8")
    assert main(["import", str(path)]) == code
    out, err = capsys.readouterr()
    assert main(["list"]) == 0
    walks = capsys.readouterr().out.splitlines()
    if code:
        expected = f"walkplanner: “caches.kml”: The file brings {count} points"
        assert err.startswith(expected) and err.count("\n") == 1 and not out
        assert f"at most {MAX_STOPS} stops" in err and "Traceback" not in err
        assert len(walks) == 1  # nothing was added
    else:
        assert walks[-1].startswith(f"{out.strip()}\t") and f"\t{count} stops\t" in walks[-1]


def test_set_on_a_walk_stored_before_the_limit_says_what_to_remove(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(data_dir)
    with monkeypatch.context() as before_the_limit:
        before_the_limit.setattr(validation, "MAX_STOPS", 1_000)
        walk_id = store.repository.add(walk_of_stops(MAX_STOPS + 20)).id
    store.close()
    assert main(["show", str(walk_id)]) == 0  # it opens
    capsys.readouterr()
    assert main(["set", str(walk_id), "title=Renamed"]) == 2
    err = capsys.readouterr().err
    assert err == (
        f"walkplanner: The walk has {MAX_STOPS + 20} stops; at most {MAX_STOPS} are accepted: "
        "remove 20 of them.\n"
    )
