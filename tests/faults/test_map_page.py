"""The real map page with a hostile map pack: nothing from the pack runs, the page reaches
no file, no other host and no browser, and the bridge refuses every malformed event.

The pack is opened once and the window reopened, as the attack worked: its path is saved,
so it is loaded at every start. Each check runs JavaScript in the page, as a script that
got in would, and watches the outside world (a loopback server, QDesktopServices).
"""

from __future__ import annotations

import itertools
import json
import sqlite3
import threading
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineUrlScheme
from PySide6.QtWidgets import QMenu

from tests.serving import QuietHandler
from tests.tile_server import png_bytes
from tests.ui.conftest import Harness
from walkplanner.tiles.providers import PROVIDERS, credit_links
from walkplanner.ui import external_links
from walkplanner.ui.map_page import CONTENT_SECURITY_POLICY, MAP_URL
from walkplanner.ui.plain import menu_text
from walkplanner.ui.web_scheme import SCHEME

PWNED = "window.__pwned"
HOSTILE_ATTRIBUTION = (
    '<img src=x onerror="window.__pwned = 1">'
    "<script>window.__pwned = 2</script>"
    '<a href="javascript:window.__pwned = 3">© Evil maps</a>'
    '<svg onload="window.__pwned = 4"></svg>'
    '<iframe src="file:///etc/passwd"></iframe>'
    "<style>body { display: none }</style>"
    " &amp; friends"
)
HOSTILE_NAME = '<img src=x onerror="window.__pwned = 5">Evil & <b>bold</b>\x00\x1b[31m'


def make_hostile_pack(path: Path, metadata: dict[str, str]) -> Path:
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
        db.execute(
            "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER,"
            " tile_data BLOB)"
        )
        db.executemany("INSERT INTO metadata VALUES (?, ?)", list(metadata.items()))
        db.execute("INSERT INTO tiles VALUES (13, 4149, 5374, ?)", (png_bytes("#3c8d2f"),))
    db.close()
    return path


class Witness(QuietHandler):
    """Records every connection, even one that never sends a full request."""

    seen: list[str]

    def setup(self) -> None:
        self.seen.append(f"connection from {self.client_address}")
        super().setup()

    def do_GET(self) -> None:
        self.seen.append(f"GET {self.path}")
        self.send_body(200, b"leaked", "text/plain")

    do_POST = do_GET


@pytest.fixture
def witness() -> Iterator[tuple[str, list[str]]]:
    """A loopback server that must never hear from the page: (its address, what it saw)."""
    seen: list[str] = []
    handler = type("Handler", (Witness,), {"seen": seen})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"127.0.0.1:{server.server_address[1]}", seen
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[Any]]:
    """QDesktopServices.openUrl and the confirmation, replaced by recorders; the
    confirmation answers `answer[0]`."""
    calls: dict[str, list[Any]] = {"open": [], "confirm": [], "answer": [True]}
    monkeypatch.setattr(
        external_links.QDesktopServices,
        "openUrl",
        lambda url: calls["open"].append(url.toString()) or True,
    )

    def confirm(_parent: object, url: QUrl) -> bool:
        calls["confirm"].append(url.toString())
        return calls["answer"][0]

    monkeypatch.setattr(external_links, "confirm_open", confirm)
    return calls


@pytest.fixture
def hostile(qtbot: Any, data_dir: Path, tmp_path: Path) -> Iterator[Harness]:
    """The window, reopened after the hostile pack was chosen (so it loads at start)."""
    pack = make_hostile_pack(
        tmp_path / "evil.mbtiles",
        {
            "name": HOSTILE_NAME,
            "format": "png",
            "maxzoom": "1e308",
            "attribution": HOSTILE_ATTRIBUTION,
        },
    )
    harness = Harness(qtbot, data_dir)
    harness.open().window.basemaps.use_pack(pack)
    harness.close()
    harness.open()
    yield harness
    harness.close()


def settle(harness: Harness, script: str, timeout: int = 10_000) -> Any:
    """Run a script that sets window.__out (async), and wait for that value."""
    harness.js(f"(window.__out = undefined, {script}, 1)")
    harness.qtbot.waitUntil(lambda: harness.js("window.__out !== undefined"), timeout=timeout)
    return harness.js("window.__out")


def attribution(harness: Harness) -> Any:
    return harness.js(
        "(() => { const box = document.querySelector('.leaflet-control-attribution');"
        " return {text: box.textContent, tags: Array.from(box.querySelectorAll('*'))"
        ".map(e => e.tagName), html: box.innerHTML}; })()"
    )


# --- the pack's metadata is text ---------------------------------------------------------


def test_the_pack_is_the_basemap_at_start_and_none_of_its_markup_runs(hostile: Harness) -> None:
    window = hostile.session.window
    assert window.basemaps.current.key.startswith("pack-")
    hostile.qtbot.wait(500)  # time for any onerror/onload to have fired
    assert hostile.js(f"{PWNED} === undefined")
    credit = attribution(hostile)
    assert credit["tags"] == []  # text nodes only: no img, script, a, svg, iframe, style
    assert "© Evil maps & friends" in credit["text"]
    assert "window.__pwned" not in credit["text"]  # script bodies are dropped, not shown
    assert (
        hostile.js("document.querySelectorAll('img[src=\"x\"], iframe, svg[onload]').length") == 0
    )
    assert hostile.js("getComputedStyle(document.body).display") != "none"


def test_the_pack_name_is_shown_as_typed_without_control_characters(hostile: Harness) -> None:
    window = hostile.session.window
    name = window.basemaps.current.name
    assert name == '<img src=x onerror="window.__pwned = 5">Evil & <b>bold</b> [31m'
    basemap_menu = QMenu()
    window.basemaps.fill_menu(basemap_menu)
    assert menu_text(name) in [action.text() for action in basemap_menu.actions()]


def test_the_pack_zoom_is_read_leniently(hostile: Harness) -> None:
    assert 0 <= hostile.session.window.basemaps.current.max_zoom <= 24


@pytest.mark.parametrize(
    ("attribution", "expected"),
    [
        ('<a href="https://www.openstreetmap.org/copyright">© OSM</a>', "© OSM"),
        ("<script>alert(1)</script>© Maps", "© Maps"),
        ("<style>*{}</style><b>Bold</b> &lt;tag&gt; &copy; x", "Bold <tag> © x"),
        ("<img src=x onerror=alert(1)>", "© OpenStreetMap contributors"),
        ('<a href="javascript:alert(1)">Click</a>', "Click"),
        ("<svg><script>alert(1)</script></svg>Text", "Text"),
        ("<!-- <script>alert(1)</script> -->Quiet", "Quiet"),
        ("Line\nbreak\x00nul\x1b[31mred\u2028sep", "Line break nul [31mred sep"),
        ("<unclosed", "<unclosed"),  # not a tag: shown as the text it is
        ("", "© OpenStreetMap contributors"),
        ("   ", "© OpenStreetMap contributors"),
        ("x" * 100_000, "x" * 300),
        ("<div>" * 1_000 + "deep", "deep"),
        ("<div>" * 10_000 + "too deep", "© OpenStreetMap contributors"),  # read up to a cap
    ],
)
def test_pack_attribution_is_read_as_text(tmp_path: Path, attribution: str, expected: str) -> None:
    from walkplanner.tiles.packs import TilePack

    path = make_hostile_pack(tmp_path / "p.mbtiles", {"format": "png", "attribution": attribution})
    pack = TilePack(path)
    try:
        assert pack.provider.attribution == expected
        (part,) = pack.provider.credit
        assert part.text == expected and part.url == ""  # a pack never gets a link
    finally:
        pack.close()


@pytest.mark.parametrize(
    ("metadata", "name", "max_zoom"),
    [
        # Whatever the metadata claims, the deepest zoom is its tiles' (13 here).
        ({"name": None, "maxzoom": None}, "p", 13),
        ({"name": "Évasion\t\x07<b>", "maxzoom": "abc"}, "Évasion <b>", 13),
        ({"name": "n" * 500, "maxzoom": "-5"}, "n" * 80, 13),
        ({"name": "", "maxzoom": "9" * 400}, "p", 13),
        ({"name": 42, "maxzoom": "1e308"}, "42", 13),
        ({"name": b"bytes\xff", "maxzoom": "NaN"}, "bytes\ufffd", 13),
    ],
)
def test_pack_names_and_zooms_are_read_leniently(
    tmp_path: Path, metadata: dict[str, Any], name: str, max_zoom: int
) -> None:
    from walkplanner.tiles.packs import TilePack

    path = make_hostile_pack(tmp_path / "p.mbtiles", {"format": "png", **metadata})
    pack = TilePack(path)
    try:
        assert (pack.provider.name, pack.provider.max_zoom) == (name, max_zoom)
    finally:
        pack.close()


@pytest.mark.parametrize("fmt", ["pbf", "<script>x</script>" * 50, "svg\x00"])
def test_a_pack_of_other_tiles_is_refused_with_a_short_plain_message(
    tmp_path: Path, fmt: str
) -> None:
    from walkplanner.tiles.packs import PackError, TilePack

    path = make_hostile_pack(tmp_path / "p.mbtiles", {"format": fmt})
    with pytest.raises(PackError) as caught:
        TilePack(path)
    message = str(caught.value)
    assert len(message) < 300 and "\x00" not in message


def test_a_pmtiles_pack_whose_metadata_is_not_an_object_is_refused(tmp_path: Path) -> None:
    from pmtiles.tile import Compression, TileType, zxy_to_tileid
    from pmtiles.writer import write

    from walkplanner.tiles.packs import PackError, TilePack

    path = tmp_path / "list.pmtiles"
    with write(str(path)) as writer:
        writer.write_tile(zxy_to_tileid(0, 0, 0), png_bytes("#00ff00"))
        writer.finalize(
            {"tile_type": TileType.PNG, "tile_compression": Compression.NONE},
            ["<script>alert(1)</script>"],
        )
    with pytest.raises(PackError, match="not a readable PMTiles file"):
        TilePack(path)


def test_pmtiles_attribution_is_text_too(tmp_path: Path) -> None:
    from pmtiles.tile import Compression, TileType, zxy_to_tileid
    from pmtiles.writer import write

    from walkplanner.tiles.packs import TilePack

    path = tmp_path / "evil.pmtiles"
    with write(str(path)) as writer:
        writer.write_tile(zxy_to_tileid(0, 0, 0), png_bytes("#00ff00"))
        writer.finalize(
            {"tile_type": TileType.PNG, "tile_compression": Compression.NONE},
            {"name": ["not", "text"], "attribution": HOSTILE_ATTRIBUTION},
        )
    pack = TilePack(path)
    try:
        assert pack.provider.attribution == "© Evil maps & friends"
        assert pack.provider.name == "evil"
    finally:
        pack.close()


# --- the page is locked down --------------------------------------------------------------


def test_no_script_can_be_added_to_the_page(hostile: Harness) -> None:
    hostile.js(
        "(() => { const s = document.createElement('script');"
        " s.textContent = 'window.__pwned = 6'; document.head.appendChild(s);"
        " const d = document.createElement('div');"
        " d.innerHTML = '<img src=x onerror=\"window.__pwned = 7\">';"
        " document.body.appendChild(d); return 1; })()"
    )
    hostile.qtbot.wait(300)
    assert hostile.js(f"{PWNED} === undefined")
    assert hostile.js(
        "(() => { try { eval('1'); return 'ran'; } catch (e) { return e.name; } })()"
    ) == ("EvalError")
    assert (
        hostile.js(
            "(() => { try { new Function('return 1')(); return 'ran'; } catch (e) { return e.name; } })()"
        )
        == "EvalError"
    )


def test_file_urls_cannot_be_read(hostile: Harness) -> None:
    out = settle(
        hostile,
        "fetch('file:///etc/passwd').then(r => r.text()).then("
        "t => window.__out = 'read ' + t.length, e => window.__out = 'failed: ' + e)",
    )
    assert out.startswith("failed"), out
    out = settle(
        hostile,
        "(() => { const x = new XMLHttpRequest(); x.open('GET', 'file:///etc/passwd');"
        " x.onload = () => window.__out = 'read'; x.onerror = () => window.__out = 'failed';"
        " try { x.send(); } catch (e) { window.__out = 'failed: ' + e; } })()",
    )
    assert out.startswith("failed"), out


@pytest.mark.parametrize(
    "script",
    [
        "fetch('http://{host}/fetch').then(() => window.__out = 'reached', e => window.__out = 'failed')",
        "fetch('https://{host}/tls').then(() => window.__out = 'reached', e => window.__out = 'failed')",
        "(() => {{ const w = new WebSocket('ws://{host}/socket');"
        " w.onopen = () => window.__out = 'reached'; w.onerror = () => window.__out = 'failed'; }})()",
        "(() => {{ const i = new Image(); i.onload = () => window.__out = 'reached';"
        " i.onerror = () => window.__out = 'failed'; i.src = 'http://{host}/image.png'; }})()",
        "(() => {{ const s = document.createElement('script'); s.src = 'http://{host}/evil.js';"
        " s.onload = () => window.__out = 'reached'; s.onerror = () => window.__out = 'failed';"
        " document.head.appendChild(s); }})()",
        "(() => {{ const l = document.createElement('link'); l.rel = 'stylesheet';"
        " l.href = 'http://{host}/evil.css'; l.onload = () => window.__out = 'reached';"
        " l.onerror = () => window.__out = 'failed'; document.head.appendChild(l); }})()",
        "window.__out = String(navigator.sendBeacon('http://{host}/beacon', 'x') && 'queued')",
        "(() => {{ const e = new EventSource('http://{host}/events');"
        " e.onopen = () => window.__out = 'reached'; e.onerror = () => window.__out = 'failed'; }})()",
    ],
    ids=["fetch", "fetch-https", "websocket", "image", "script", "stylesheet", "beacon", "events"],
)
def test_the_page_reaches_no_other_host(hostile: Harness, witness, script: str) -> None:
    host, seen = witness
    out = settle(hostile, script.format(host=host))
    hostile.qtbot.wait(500)
    assert out != "reached", out
    assert seen == []


def test_the_request_filter_blocks_what_a_page_without_the_policy_asks(
    hostile: Harness, witness
) -> None:
    """The profile's filter holds on its own: a page in it with no policy at all still
    reaches no other host."""
    host, seen = witness
    page = QWebEnginePage(hostile.session.profile)
    try:
        with hostile.qtbot.waitSignal(page.loadFinished, timeout=10_000):
            page.setHtml(
                f'<img src="http://{host}/img.png"><link rel=stylesheet href="http://{host}/c.css">'
                f"<script>fetch('http://{host}/fetch'); new WebSocket('ws://{host}/ws');</script>",
                QUrl("data:text/html,base"),
            )
        hostile.qtbot.wait(1000)
    finally:
        page.deleteLater()
        hostile.qtbot.wait(50)
    assert seen == []


def test_the_scheme_is_not_local_and_the_policy_is_strict() -> None:
    flags = QWebEngineUrlScheme.schemeByName(SCHEME).flags()
    assert not flags & QWebEngineUrlScheme.Flag.LocalAccessAllowed
    assert not flags & QWebEngineUrlScheme.Flag.LocalScheme
    assert not flags & QWebEngineUrlScheme.Flag.ContentSecurityPolicyIgnored
    directives = dict(part.strip().split(" ", 1) for part in CONTENT_SECURITY_POLICY.split(";"))
    assert directives["default-src"] == "'none'"
    for name in ("script-src", "style-src", "connect-src"):
        assert directives[name] == "walkplanner:"
    assert "unsafe" not in CONTENT_SECURITY_POLICY


def test_the_served_page_has_no_inline_script_or_style(hostile: Harness) -> None:
    inline = hostile.js("Array.from(document.querySelectorAll('script:not([src]), style')).length")
    assert inline == 0
    assert hostile.js(
        "Array.from(document.scripts).every(s => s.src.startsWith('walkplanner://app/'))"
    )


# --- nothing opens outside but the app's own links, after a confirmation ------------------


@pytest.mark.parametrize(
    "script",
    [
        "location.href = 'https://example.org/?leak=1'",
        "location.assign('http://127.0.0.1:9/')",
        "location.replace('file:///etc/passwd')",
        "(() => { const a = document.createElement('a'); a.href = 'https://example.org/';"
        " document.body.appendChild(a); a.click(); })()",
        "(() => { const a = document.createElement('a'); a.href = 'https://example.org/';"
        " a.target = '_blank'; document.body.appendChild(a); a.click(); })()",
        "(() => { const a = document.createElement('a');"
        " a.href = 'https://www.openstreetmap.org/copyright/../../evil';"
        " document.body.appendChild(a); a.click(); })()",
        "(() => { const a = document.createElement('a'); a.href = 'javascript:window.__pwned = 8';"
        " document.body.appendChild(a); a.click(); })()",
        "(() => { const f = document.createElement('form'); f.action = 'https://example.org/';"
        " f.method = 'post'; document.body.appendChild(f); f.submit(); })()",
        "window.open('https://example.org/')",
        "window.open('https://www.openstreetmap.org/copyright')",
        "(() => { const m = document.createElement('meta'); m.httpEquiv = 'refresh';"
        " m.content = '0;url=https://example.org/'; document.head.appendChild(m); })()",
    ],
    ids=[
        "location-href",
        "location-assign",
        "location-file",
        "link-click",
        "link-blank",
        "lookalike-link",
        "javascript-link",
        "form",
        "window-open",
        "window-open-app-link",
        "meta-refresh",
    ],
)
def test_nothing_leaves_the_page(hostile: Harness, opened, script: str) -> None:
    hostile.js(f"({script}, 1)")
    hostile.qtbot.wait(700)
    view = hostile.session.window.map_view
    assert view.url().toString() == MAP_URL
    assert opened["open"] == [] and opened["confirm"] == []
    assert hostile.js(f"{PWNED} === undefined")
    assert hostile.js("typeof WalkBridge") == "object"  # still the map, still alive


def test_the_providers_credit_link_opens_only_after_a_confirmation(
    hostile: Harness, opened
) -> None:
    window = hostile.session.window
    osm = PROVIDERS["osm"]
    hostile.after_drawn(lambda: window.basemaps.use(osm))
    hostile.qtbot.waitUntil(lambda: attribution(hostile)["tags"] == ["A"], timeout=5000)
    link = "https://www.openstreetmap.org/copyright"
    assert link in credit_links()
    click = "document.querySelector('.leaflet-control-attribution a').click()"

    opened["answer"][0] = False
    hostile.js(f"({click}, 1)")
    hostile.qtbot.waitUntil(lambda: opened["confirm"] == [link], timeout=5000)
    assert opened["open"] == []

    opened["answer"][0] = True
    hostile.js(f"({click}, 1)")
    hostile.qtbot.waitUntil(lambda: opened["open"] == [link], timeout=5000)
    assert opened["confirm"] == [link, link]
    assert window.map_view.url().toString() == MAP_URL


def test_every_credit_link_of_every_provider_is_an_app_link_and_nothing_else_is() -> None:
    for link in credit_links():
        assert link.startswith("https://")
        assert external_links.is_app_link(QUrl(link))
    assert external_links.is_app_link(QUrl("https://opentopomap.org/"))  # as Chromium says it
    for other in (
        "https://www.openstreetmap.org/copyright?x=1",
        "https://www.openstreetmap.org/copyright#top",
        "http://www.openstreetmap.org/copyright",
        "https://www.openstreetmap.org.evil.example/copyright",
        "https://user@www.openstreetmap.org/copyright",
        "https://leafletjs.com/",
        "javascript:alert(1)",
        "file:///etc/passwd",
        "",
    ):
        assert not external_links.is_app_link(QUrl(other)), other


def test_every_link_in_a_providers_credit_asks_before_opening(hostile: Harness, opened) -> None:
    window = hostile.session.window
    hostile.after_drawn(lambda: window.basemaps.use(PROVIDERS["opentopomap"]))
    hostile.qtbot.waitUntil(lambda: "A" in attribution(hostile)["tags"], timeout=5000)
    links = hostile.js(
        "Array.from(document.querySelectorAll('.leaflet-control-attribution a')).map(a => a.href)"
    )
    assert len(links) == 3
    opened["answer"][0] = False
    hostile.js(
        "(document.querySelectorAll('.leaflet-control-attribution a').forEach(a => a.click()), 1)"
    )
    hostile.qtbot.waitUntil(lambda: len(opened["confirm"]) == 3, timeout=5000)
    assert opened["confirm"] == links and opened["open"] == []


def test_the_confirmation_shows_the_address_as_plain_text(qtbot, monkeypatch) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, Qt.TextFormat]] = []

    def exec_(box: QMessageBox) -> int:
        shown.append((box.text(), box.textFormat()))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    url = QUrl("https://www.openstreetmap.org/copyright")
    assert external_links.confirm_open(None, url) is False
    ((text, text_format),) = shown
    assert "https://www.openstreetmap.org/copyright" in text
    assert text_format == Qt.TextFormat.PlainText


# --- the bridge refuses malformed events ---------------------------------------------------

# Arguments as a script would pass them: JavaScript values, then JSON texts (as strings).
RAW_ARGUMENTS = [
    "null",
    "undefined",
    "'x'",
    "NaN",
    "Infinity",
    "-Infinity",
    "1e308",
    "true",
    "0",
    "[48.85, 2.35]",
    "({lat: 48.85, lon: 2.35})",
    "'{\\'lat\\': 48.85}'",
    '\'{"lat": 48.85, "lon": 2.35}\'.repeat(100)',
]
BAD_POSITIONS = [
    "null",
    '"x"',
    "[48.85, 2.35]",
    "48.85",
    '{"lat": NaN, "lon": 2}',
    '{"lat": Infinity, "lon": 2}',
    '{"lat": -Infinity, "lon": 2}',
    '{"lat": 1e308, "lon": 2}',
    '{"lat": 1e400, "lon": 2}',
    '{"lat": null, "lon": 2}',
    '{"lat": "48.85", "lon": 2}',
    '{"lat": true, "lon": 2}',
    '{"lat": [48.85], "lon": 2}',
    '{"lat": {}, "lon": 2}',
    '{"lat": 90.0001, "lon": 2}',
    '{"lat": 48.85, "lon": -180.5}',
    '{"lat": 48.85}',
    "{}",
    '{"lat": 48.85, "lon": 2.35, "extra": 1}',
    '{"lat": 48.85, "lon": 2.35',
    "",
    "\u0000",
    '{"lat": 48.85, "lon": 2.35}\u0000',
    '{"lat": 48.85, "lat": 2.35}',
]
BAD_INDEXES = [
    '{"index": -1}',
    '{"index": 99}',
    '{"index": 99999999999999999999}',
    '{"index": 1.0}',
    '{"index": 1.5}',
    '{"index": 1e3}',
    '{"index": "1"}',
    '{"index": true}',
    '{"index": null}',
    '{"index": NaN}',
    '{"index": [1]}',
    "{}",
    '{"index": 0, "lat": 48.85, "lon": 2.35}',
    '{"stop": 0}',
]
BAD_INDEXED_POSITIONS = [
    '{"index": 0, "lat": NaN, "lon": 2}',
    '{"index": 0, "lat": 48.85, "lon": "x"}',
    '{"index": -1, "lat": 48.85, "lon": 2.35}',
    '{"index": 99, "lat": 48.85, "lon": 2.35}',
    '{"index": 0.5, "lat": 48.85, "lon": 2.35}',
    '{"index": false, "lat": 48.85, "lon": 2.35}',
    '{"index": 0, "lat": 1e308, "lon": 1e308}',
    '{"index": 0, "lat": 48.85}',
    '{"leg": 0, "lat": 48.85, "lon": 2.35}',
]
POSITION_SLOTS = ("map_clicked", "meeting_point_moved", "map_context_menu")
INDEX_SLOTS = ("remove_stop", "stop_clicked", "stop_context_menu", "leg_context_menu")
INDEXED_POSITION_SLOTS = ("stop_moved", "leg_clicked", "leg_via_dragged")
ALL_SLOTS = POSITION_SLOTS + INDEX_SLOTS + INDEXED_POSITION_SLOTS


def _calls() -> list[str]:
    def texts(slots: tuple[str, ...], events: list[str]) -> list[str]:
        return [
            f"b.{slot}({json.dumps(event)})" for slot, event in itertools.product(slots, events)
        ]

    calls = [f"b.{slot}({arg})" for slot, arg in itertools.product(ALL_SLOTS, RAW_ARGUMENTS)]
    calls += texts(POSITION_SLOTS, BAD_POSITIONS)
    calls += texts(INDEX_SLOTS, BAD_INDEXES)
    calls += texts(INDEXED_POSITION_SLOTS, BAD_INDEXED_POSITIONS)
    # The attack as it was: the old typed signatures, with a NaN or a string for a number.
    calls += ["b.map_clicked(NaN, 2)", "b.leg_clicked(0, 'x', 2)", "b.stop_moved(0, null, 2)"]
    calls += ["b.remove_stop(0, 1)", "b.drawn('{\"revision\": -1}')", "b.drawn('x')"]
    return calls


def test_the_bridge_refuses_every_malformed_event(hostile: Harness) -> None:
    window = hostile.session.window
    document, bridge = window.document, window.map_view.bridge
    before = (document.walk.route, document.walk.meeting_point, document.undo_stack.count())
    assert len(document.walk.stops) == 5 and len(document.walk.legs) == 4
    rejected: list[str] = []
    bridge.rejected.connect(rejected.append)
    emitted: list[str] = []
    for name in (
        "map_click",
        "leg_click",
        "stop_move",
        "meeting_move",
        "stop_remove",
        "stop_menu",
        "leg_menu",
        "leg_via",
        "map_menu",
    ):
        getattr(bridge, name).connect(lambda *_args, name=name: emitted.append(name))
    calls = _calls()
    # A script that got in reaches the bridge the way bridge.js does: its own channel.
    script = (
        "new QWebChannel(qt.webChannelTransport, (channel) => { const b = channel.objects.bridge;"
        + "".join(f" try {{ {call}; }} catch (e) {{}}" for call in calls)
        + f' b.stop_clicked(\'{{"revision": {window.map.revision}, "index": 1}}\'); }})'
    )
    with hostile.qtbot.waitSignal(bridge.stop_select, timeout=10_000) as marker:
        hostile.js(f"({script}, 1)")
    assert marker.args == [1]  # every call before it has been handled
    assert emitted == []
    assert (document.walk.route, document.walk.meeting_point, document.undo_stack.count()) == (
        before
    )
    assert len(rejected) >= len(calls) - 4  # wrong arity may not reach Python at all


def test_a_real_click_still_adds_a_stop_after_the_bad_ones(hostile: Harness) -> None:
    document = hostile.session.window.document
    hostile.js_then_drawn(
        "(WalkBridge.inspect().map.fire('click', {latlng: L.latLng(48.8530, 2.3499)}), 1)"
    )
    assert len(document.walk.stops) == 6
    assert document.walk.stops[-1].position == pytest.approx((48.8530, 2.3499))


def test_the_app_still_starts_and_draws_after_the_hostile_pack(hostile: Harness, data_dir) -> None:
    from tests.faults.conftest import assert_app_still_draws

    settings_pack = hostile.session.window.basemaps.current.key
    hostile.close()
    assert settings_pack.startswith("pack-")
    assert_app_still_draws(data_dir)
