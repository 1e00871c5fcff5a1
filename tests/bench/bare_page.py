"""The floor we compare start-up with: PySide6 + QtWebEngine showing a folium page."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu")

import folium
import xstatic.pkg.leaflet
from PySide6.QtCore import QUrl
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QApplication


def main() -> int:
    app = QApplication(sys.argv[:1])
    leaflet = Path(xstatic.pkg.leaflet.BASE_DIR)
    fmap = folium.Map(location=(48.8566, 2.3522), zoom_start=13, tiles=None)
    fmap.default_js = [("leaflet", (leaflet / "leaflet.js").as_uri())]
    fmap.default_css = [("leaflet_css", (leaflet / "leaflet.css").as_uri())]
    folder = tempfile.mkdtemp()
    page = Path(folder) / "map.html"
    fmap.save(str(page))
    view = QWebEngineView()
    view.resize(1200, 800)

    def finished(ok: bool) -> None:
        print("ready" if ok else "failed", flush=True)
        app.exit(0 if ok else 1)

    view.loadFinished.connect(finished)
    view.load(QUrl.fromLocalFile(str(page)))
    view.show()
    code = app.exec()
    del view
    return code


if __name__ == "__main__":
    sys.exit(main())
