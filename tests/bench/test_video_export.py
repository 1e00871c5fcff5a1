"""Story video export with tiles cached: rendering and encoding a 15 s story must take less
than 15 s on the two-core machine (ratio to the video's length under 1), in under 8 MB.

The tiles are busy street-map-like pictures (lines, blocks, labels), not flat colour: the
encoder's cost grows with detail, and a real map is detailed.
"""

from __future__ import annotations

import os
import random
import time
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QPointF
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from tests.tile_server import tile_server
from walkplanner.core.demo import demo_walk
from walkplanner.render.video import export_video
from walkplanner.render.video_frames import MAX_TILES, VideoOptions
from walkplanner.tiles.cache import TileCache
from walkplanner.tiles.fetcher import TileService
from walkplanner.tiles.providers import get_provider


def busy_tile(seed: int = 7) -> bytes:
    """A 256-pixel PNG with streets, blocks and labels, like a city tile."""
    rng = random.Random(seed)
    image = QImage(256, 256, QImage.Format.Format_RGB32)
    image.fill(QColor("#f2efe9"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for _ in range(40):
            painter.fillRect(rng.randrange(256), rng.randrange(256), 30, 20, QColor("#d9d0c9"))
        for width, colour in ((6, "#ffffff"), (3, "#f7c873")):
            painter.setPen(QPen(QColor(colour), width))
            for _ in range(12):
                painter.drawLine(
                    QPointF(rng.randrange(256), rng.randrange(256)),
                    QPointF(rng.randrange(256), rng.randrange(256)),
                )
        painter.setPen(QColor("#555555"))
        for _ in range(6):
            painter.drawText(QPointF(rng.randrange(200), rng.randrange(20, 256)), "Rue du Bac")
    finally:
        painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def test_story_video_is_faster_than_real_time(benchmark, qapp, tmp_path: Path) -> None:
    walk, options = demo_walk(), VideoOptions(seconds=15)
    cache = TileCache(tmp_path / "tiles.sqlite")
    with tile_server() as server:
        server.tile = busy_tile()
        provider = replace(get_provider("osm"), url_template=server.template)
        export_video(
            walk, options, TileService(cache, provider), provider.attribution, tmp_path / "w.mp4"
        )
        fetched = len(server.requests)
    tiles = TileService(cache, provider, offline=True)
    out = tmp_path / "walk.mp4"
    times: list[float] = []
    resident: list[float] = []  # MB, every second of video: flat, as frames are streamed

    def sample(done: int, _total: int) -> None:
        if done % 30 == 0:
            resident.append(resident_mb())

    def export() -> None:
        resident.clear()  # the last round's samples are kept
        started = time.perf_counter()
        export_video(walk, options, tiles, provider.attribution, out, progress=sample)
        times.append(time.perf_counter() - started)

    benchmark.pedantic(export, rounds=2)
    # From the 3rd second (the encoder has filled its look-ahead) to the end: flat.
    growth = max(resident[2:]) - resident[2]
    seconds = min(times)
    size_mb = out.stat().st_size / 1e6
    benchmark.extra_info.update(
        encode_s=round(seconds, 2),
        ratio_to_video_length=round(seconds / options.seconds, 3),
        file_mb=round(size_mb, 2),
        tiles=fetched,
        memory_growth_mb=round(growth, 1),
    )
    print(
        f"\nstory video: {seconds:.1f} s for {options.seconds:g} s of video "
        f"(ratio {seconds / options.seconds:.2f}), {size_mb:.2f} MB, {fetched} tiles, "
        f"memory grew {growth:.0f} MB from the 3rd second to the end"
    )
    cache.close()
    assert 0 < fetched <= MAX_TILES
    assert seconds < options.seconds
    assert size_mb < 8
    assert growth < 20


def resident_mb() -> float:
    """This process's resident memory (Linux)."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6
