"""The layers' boundaries as tests (DESIGN.md "Layout"): what each package may load.

Checked two ways, because each misses what the other sees: a fresh interpreter imports
every module of a package and lists what landed in sys.modules (catches a Qt import
made by a third-party library or hidden in a function called at import time), and an
AST scan of every source file lists the imports it writes (walkplanner's layers, Qt,
SQLAlchemy), lazy ones inside functions included (catches an import that only runs
later, in a user action).
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import walkplanner

PACKAGE = Path(walkplanner.__file__).parent
QT = ("PySide6", "shiboken6")
QT_WINDOWS = ("PySide6.QtWidgets", "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets")

# Every module of these packages (found with pkgutil, so a new module is covered the day
# it is added), and these single modules.
QT_FREE_PACKAGES = ("core", "store", "exchange", "routing", "geocode", "tiles")
QT_FREE_MODULES = ("text", "catalogue", "net", "settings", "warmup", "resources")
# QtGui by design (painting, fonts, images), but never a widget or a web view: they run
# headless in the command line.
GUI_ONLY_PACKAGES = ("render", "page")

LOADED = """
import importlib, json, pkgutil, sys
names = json.loads(sys.argv[1])
for name in names:
    module = importlib.import_module(name)
    if hasattr(module, "__path__"):
        for info in pkgutil.walk_packages(module.__path__, name + "."):
            importlib.import_module(info.name)
print(json.dumps(sorted(sys.modules)))
"""


def loaded_after_importing(name: str) -> list[str]:
    """sys.modules of a fresh interpreter that imported this package, every module."""
    result = subprocess.run(
        [sys.executable, "-c", LOADED, json.dumps([name])],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def loaded() -> dict[str, list[str]]:
    """What each package loads, the interpreters started side by side (each takes ~2 s)."""
    names = [f"walkplanner.{n}" for n in QT_FREE_PACKAGES + QT_FREE_MODULES + GUI_ONLY_PACKAGES]
    with ThreadPoolExecutor(max_workers=4) as pool:
        return dict(zip(names, pool.map(loaded_after_importing, names), strict=True))


def starting_with(modules: list[str], prefixes: tuple[str, ...]) -> list[str]:
    return [m for m in modules if m.startswith(prefixes)]


@pytest.mark.parametrize("name", QT_FREE_PACKAGES + QT_FREE_MODULES)
def test_lower_layers_load_no_qt(loaded: dict[str, list[str]], name: str) -> None:
    modules = loaded[f"walkplanner.{name}"]
    assert f"walkplanner.{name}" in modules
    assert starting_with(modules, QT) == []


def test_core_loads_no_sqlalchemy_and_no_other_layer(loaded: dict[str, list[str]]) -> None:
    modules = loaded["walkplanner.core"]
    assert starting_with(modules, ("sqlalchemy", "alembic")) == []
    ours = {m.split(".")[1] for m in starting_with(modules, ("walkplanner.",))}
    assert ours <= {"core", "text", "problem"}, ours


@pytest.mark.parametrize("name", GUI_ONLY_PACKAGES)
def test_render_and_page_use_qtgui_but_no_widgets_or_web_engine(
    loaded: dict[str, list[str]], name: str
) -> None:
    modules = loaded[f"walkplanner.{name}"]
    assert "PySide6.QtGui" in modules  # the check below means something only if Qt loads
    assert starting_with(modules, QT_WINDOWS) == []


def test_the_probe_sees_qt_where_it_is() -> None:
    assert "PySide6.QtWidgets" in loaded_after_importing("walkplanner.ui.about_dialog")


# --- the imports the source writes ---------------------------------------------------------

# What each layer below the UI may import from walkplanner (besides itself and LEAVES):
# dependencies point one way, ui -> render, routing, geocode, tiles, exchange, store -> core.
# "" is the package itself: its name, version, user agent; "catalogue" reads a Text in a
# language (an export's, or English for the command line); "process" pauses the cyclic
# collector (a reading) and ends the process (the window, a command).
LEAVES = {"", "text", "problem", "catalogue", "process"}
ALLOWED: dict[str, set[str]] = {
    "text": set(),
    "catalogue": {"resources"},
    "core": set(),
    "store": {"core"},
    "exchange": {"core"},
    "net": set(),
    "routing": {"core", "net"},
    "geocode": {"core", "net"},
    "tiles": {"core", "net"},
    "resources": set(),
    "render": {"core", "tiles", "resources"},
    "page": {"core", "exchange", "render", "tiles", "resources"},
    "settings": {"core"},
    "warmup": set(),
    "process": set(),
}
UI_IMPORTERS = {"app", "session", "ui"}


def layer_of(module: str) -> str:
    """walkplanner.core.model -> core; walkplanner.APP_NAME -> "" (the package itself)."""
    parts = module.split(".")
    if len(parts) < 2:
        return ""
    name = parts[1]
    is_module = (PACKAGE / name).is_dir() or (PACKAGE / f"{name}.py").is_file()
    return name if is_module else ""


def imported(path: Path) -> set[str]:
    """Every module or name this file imports, at the top or inside functions."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            raise AssertionError(f"{path}: relative import; the project spells imports out")
    return found


def imports_of(path: Path) -> set[str]:
    """The walkplanner modules and names this file imports."""
    return {name for name in imported(path) if name.split(".")[0] == "walkplanner"}


def source_layers() -> dict[Path, tuple[str, set[str]]]:
    """Each source file: its layer and the other layers it imports."""
    files = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        layer = relative.parts[0].removesuffix(".py")
        used = {layer_of(name) for name in imports_of(path)} - {layer}
        files[path] = (layer, used)
    return files


def test_the_scan_sees_lazy_imports_and_names_from_the_package(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from walkplanner import APP_NAME\n"
        "def later():\n"
        "    from walkplanner.ui.main_window import MainWindow\n"
        "    import walkplanner.store.repository\n"
    )
    assert {layer_of(name) for name in imports_of(sample)} == {"", "ui", "store"}


def test_only_app_session_and_ui_import_the_ui() -> None:
    wrong = [
        str(path.relative_to(PACKAGE))
        for path, (layer, used) in source_layers().items()
        if "ui" in used and layer not in UI_IMPORTERS
    ]
    assert wrong == []


def test_dependencies_point_one_way() -> None:
    layers = source_layers()
    assert {layer for layer, _used in layers.values()} >= set(ALLOWED)
    wrong = {
        str(path.relative_to(PACKAGE)): sorted(used - ALLOWED[layer] - LEAVES)
        for path, (layer, used) in layers.items()
        if layer in ALLOWED and used - ALLOWED[layer] - LEAVES
    }
    assert wrong == {}


def written(prefixes: tuple[str, ...], layers: tuple[str, ...]) -> dict[str, list[str]]:
    """Imports starting with `prefixes` written in the files of `layers`, lazy ones too."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0].removesuffix(".py") in layers:
            names = sorted(n for n in imported(path) if n.startswith(prefixes))
            if names:
                found[str(relative)] = names
    return found


def test_no_qt_import_waits_in_a_function_below_the_ui() -> None:
    assert written(QT, QT_FREE_PACKAGES + QT_FREE_MODULES) == {}
    assert written(("sqlalchemy", "alembic"), ("core",)) == {}
    assert written(QT_WINDOWS, GUI_ONLY_PACKAGES) == {}


def test_only_app_session_and_ui_import_widgets_or_the_web_engine() -> None:
    everything = {p.relative_to(PACKAGE).parts[0].removesuffix(".py") for p in PACKAGE.iterdir()}
    assert written(QT_WINDOWS, tuple(everything - UI_IMPORTERS)) == {}
    assert written(QT_WINDOWS, ("ui",)) != {}  # the scan finds them where they are
