"""Hostile and broken files are refused at once, as the installed app refuses them: each is
timed through `import_walk` against a floor measured in the same run, the import of a
small valid GPX file (two waypoints and a three-point track) through the same function.

A billion-laughs file or an external entity that were expanded, or a broken file parsed
twice over, would cost many times the floor; refusing one costs about as much as reading
a small file. Each figure is the best of a few runs (the machine is shared). This replaces
the one-second wall-clock limit that was in tests/exchange.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from tests.exchange.test_exchange import BILLION_LAUGHS, EXTERNAL_ENTITY, GPX11_WAYPOINTS

RUNS = 20
MOST_TIMES_THE_FLOOR = 1.0  # about 0.2 measured: refusing costs less than reading
HOSTILE = {
    "billion laughs": BILLION_LAUGHS,
    "external entity": EXTERNAL_ENTITY,
    "broken XML": "<gpx version='1.1'>\n<trk>\n<trkseg><trkpt lat='1' lon='2'></trkseg>",
    "empty": "",
}

SCRIPT = r"""
import json, sys, time
from pathlib import Path

from walkplanner.exchange.files import import_walk
from walkplanner.exchange.safety import ExchangeError

files, runs = json.loads(sys.argv[1]), int(sys.argv[2])


def refused(path):
    started = time.perf_counter()
    try:
        import_walk(Path(path))
    except ExchangeError:
        return time.perf_counter() - started
    raise AssertionError(f"{path} was not refused")


def imported(path):
    started = time.perf_counter()
    import_walk(Path(path))
    return time.perf_counter() - started


imported(files["floor"])  # the first import loads the readers; time the ones after
timings = {"floor": min(imported(files["floor"]) for _ in range(runs))}
for name, path in files.items():
    if name != "floor":
        timings[name] = min(refused(path) for _ in range(runs))
print(json.dumps(timings | {"from": __import__("walkplanner").__file__}))
"""


def test_hostile_files_are_refused_as_fast_as_a_small_file_is_read(
    app_python: str, tmp_path: Path
) -> None:
    files = {"floor": tmp_path / "small.gpx"}
    files["floor"].write_text(GPX11_WAYPOINTS, encoding="utf-8")
    for number, (name, text) in enumerate(HOSTILE.items()):
        files[name] = tmp_path / f"hostile{number}.gpx"
        files[name].write_text(text, encoding="utf-8")
    result = subprocess.run(
        [app_python, "-c", SCRIPT, json.dumps({k: str(v) for k, v in files.items()}), str(RUNS)],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
        cwd=tmp_path,  # not the checkout: the installed walkplanner is the one imported
    )
    timings = json.loads(result.stdout)
    print(f"\nwalkplanner from {timings.pop('from')}")
    floor = timings.pop("floor")
    print(f"\nfloor, a small GPX imported: {floor * 1000:.2f} ms")
    for name, seconds in timings.items():
        print(f"{name} refused: {seconds * 1000:.2f} ms, ratio {seconds / floor:.2f}")
    assert {name: seconds / floor <= MOST_TIMES_THE_FLOOR for name, seconds in timings.items()} == (
        dict.fromkeys(HOSTILE, True)
    )
