"""The story video: decoded with PyAV, its QR code read back, its route seen growing."""

from __future__ import annotations

import itertools
import math
from dataclasses import replace
from pathlib import Path

import av
import numpy as np
import pytest
from PySide6.QtGui import QColor, QImage

from tests.render.conftest import qr_texts
from walkplanner.cli import main
from walkplanner.core.demo import demo_walk
from walkplanner.core.model import Leg, Route
from walkplanner.render.card_text import default_link
from walkplanner.render.output import ExportError
from walkplanner.render.static_map import KIND_COLOURS, MapStyle
from walkplanner.render.themes import THEMES
from walkplanner.render.video import Cancelled, export_video
from walkplanner.render.video_cards import safe_area
from walkplanner.render.video_frames import (
    ACT3_S,
    FPS,
    HOLD_S,
    StoryFrames,
    VideoError,
    VideoOptions,
)

CREDIT = "© OpenStreetMap contributors"


def decoded(path: Path) -> tuple[av.video.stream.VideoStream, float, list[np.ndarray]]:
    """The video stream, its duration and the frames of its last second (as RGB)."""
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        duration = float(stream.duration * stream.time_base)
        last = [
            frame.to_ndarray(format="rgb24")
            for frame in container.decode(stream)
            if frame.time >= duration - 1
        ]
        return stream, duration, last


def index_first(path: Path) -> bool:
    data = path.read_bytes()
    return 0 <= data.find(b"moov") < data.find(b"mdat")


def qr_of(rgb: np.ndarray) -> list[str]:
    height, width, _ = rgb.shape
    image = QImage(rgb.tobytes(), width, height, 3 * width, QImage.Format.Format_RGB888)
    return qr_texts(image)


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory, qapp) -> Path:
    out = tmp_path_factory.mktemp("video") / "walk.mp4"
    return export_video(demo_walk(), VideoOptions(), None, CREDIT, out)


def test_story_is_h264_high_yuv420p_1080x1920_30fps_index_first(story: Path) -> None:
    stream, duration, last = decoded(story)
    context = stream.codec_context
    assert (context.name, context.profile, context.pix_fmt) == ("h264", "High", "yuv420p")
    assert (stream.width, stream.height, stream.average_rate) == (1080, 1920, FPS)
    assert abs(duration - 15.0) <= 0.1
    assert index_first(story)
    assert story.stat().st_size < 8 * 1024 * 1024
    assert qr_of(last[-1]) == [default_link(demo_walk())]
    assert qr_of(last[0]) == [default_link(demo_walk())]  # still for the whole last second
    assert not list(story.parent.glob(".*"))  # no temporary file left beside it


def test_square_in_french_with_a_custom_link(tmp_path: Path) -> None:
    walk = replace(demo_walk(), link="https://chat.example.org/invite/abc")
    options = VideoOptions(size="square", theme="dark", lang="fr", seconds=12)
    out = export_video(walk, options, None, CREDIT, tmp_path / "square.mp4")
    stream, duration, last = decoded(out)
    assert (stream.width, stream.height) == (1080, 1080)
    assert abs(duration - 12.0) <= 0.1
    assert qr_of(last[-1]) == ["https://chat.example.org/invite/abc"]


def route_ink(image: QImage, style: MapStyle, rows: tuple[int, int]) -> int:
    """Pixels of the route's exact colours between `rows` (clear of the text panels): its
    line and casing, and the discs that come up on it (a disc covers some of the line, so
    the line alone may dip as a stop appears)."""
    pixels = np.frombuffer(image.constBits(), np.uint32).reshape(image.height(), -1)
    pixels = pixels[rows[0] : rows[1]]
    colours = {style.route, style.casing, style.meeting, *KIND_COLOURS.values()}
    ink = np.isin(pixels[:, : image.width()], [QColor(c).rgb() for c in colours])
    return int(np.count_nonzero(ink))


@pytest.mark.parametrize("theme", THEMES)
def test_the_route_grows_through_act_two(theme: str) -> None:
    options = VideoOptions(theme=theme)
    frames = StoryFrames(demo_walk(), options, None, CREDIT)
    first = next(i for i in range(frames.count) if frames.act(i) == 2) + 10  # past the fade
    drawn_by = round((options.seconds - ACT3_S - HOLD_S) * FPS)
    style = THEMES[theme].map_style
    _side, top, bottom = frames.clear_margins()
    rows = (round(top * frames.height), round((1 - bottom) * frames.height))
    # In map pixels: the camera widens as the route grows, so a frame shows it smaller.
    counts = [
        route_ink(frames.frame(i), style, rows) * (frames.crops[i].width() / frames.width)
        for i in range(first, drawn_by + 1, 4)
    ]
    assert counts[-1] > 5 * max(1, counts[0])
    assert all(b >= a * 0.99 for a, b in itertools.pairwise(counts)), counts
    zoomed = [frames.crops[i].width() for i in range(first, drawn_by + 1, 4)]
    assert min(zoomed) < frames.map.width() * 0.7  # the camera was close before widening


@pytest.mark.parametrize("size", ["story", "square"])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_text_box_is_inside_the_safe_area(size: str, lang: str) -> None:
    walk = demo_walk()
    meeting = replace(walk.meeting_point, name="<img src=x>" * 40, note="a\nb\n" * 20)
    walk = replace(
        walk,
        title="A very long title that has to wrap over several lines \u202e" * 30,
        meeting_point=meeting,
    )
    frames = StoryFrames(walk, VideoOptions(size=size, lang=lang), None, "©" * 400)
    safe = safe_area(size)
    assert frames.texts
    for caption in frames.texts:
        assert safe.contains(caption.box), (caption.block.lines, caption.box)
        assert caption.block.width() <= caption.box.width() + 0.5
    assert safe.contains(frames.qr_area)
    assert safe.contains(frames.credit[1])


def test_the_camera_moves_smoothly() -> None:
    frames = StoryFrames(demo_walk(), VideoOptions(), None, CREDIT)
    centres = [crop.center() for crop in frames.crops]
    steps = [(b - a).manhattanLength() for a, b in itertools.pairwise(centres)]
    widths = [crop.width() for crop in frames.crops]
    assert max(steps) < frames.map.width() * 0.03  # no jump between two frames
    assert max(abs(b - a) for a, b in itertools.pairwise(widths)) < widths[0] * 0.03


def test_bad_options_name_the_choices() -> None:
    with pytest.raises(VideoError, match="story, square"):
        VideoOptions(size="post")
    with pytest.raises(VideoError, match="12 to 20"):
        VideoOptions(seconds=float("nan"))
    with pytest.raises(VideoError, match="12 to 20"):
        VideoOptions(seconds=40)


def test_cancel_leaves_nothing(tmp_path: Path) -> None:
    out = tmp_path / "walk.mp4"
    done: list[int] = []
    with pytest.raises(Cancelled):
        export_video(
            demo_walk(),
            VideoOptions(seconds=12),
            None,
            CREDIT,
            out,
            progress=lambda count, _total: done.append(count),
            cancelled=lambda: len(done) >= 20,
        )
    assert len(done) == 20
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_place_is_an_export_error(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="must end with"):
        export_video(demo_walk(), VideoOptions(), None, CREDIT, tmp_path / "walk.gif")
    with pytest.raises(ExportError, match="does not exist"):
        export_video(demo_walk(), VideoOptions(), None, CREDIT, tmp_path / "no" / "walk.mp4")


def test_cli_exports_a_square_video(data_dir: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "walk.mp4"
    argv = ["--offline", "export", "video", "louvre", "--out", str(out)]
    assert main([*argv, "--size", "square", "--lang", "fr", "--seconds", "12"]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    stream, duration, _last = decoded(out)
    assert (stream.width, stream.height) == (1080, 1080)
    assert abs(duration - 12.0) <= 0.1


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--seconds", "40"], "12 to 20"),
        (["--seconds", "nan"], "12 to 20"),
        (["--size", "post"], "invalid choice"),
        (["--theme", "neon"], "invalid choice"),
        (["--link", "javascript:alert(1)"], "not a web address"),
    ],
)
def test_cli_bad_values_are_exit_2_and_nothing_written(
    data_dir: Path, tmp_path: Path, capsys, extra: list[str], message: str
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    argv = ["--offline", "export", "video", "louvre", "--out", str(folder / "walk.mp4"), *extra]
    try:
        code = main(argv)
    except SystemExit as exit_:  # argparse refuses a choice before main's own handling
        code = exit_.code
    assert code == 2
    assert message in capsys.readouterr().err
    assert list(folder.iterdir()) == []


def test_cli_wrong_suffix_is_exit_2(data_dir: Path, tmp_path: Path, capsys) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    assert main(["--offline", "export", "video", "louvre", "--out", str(folder / "w.mov")]) == 2
    assert "must end with .mp4" in capsys.readouterr().err
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("stops", [0, 1, 2])
def test_short_walks_have_every_frame(stops: int) -> None:
    walk = demo_walk()
    walk = replace(walk, route=Route.through(list(walk.stops[:stops])))
    frames = StoryFrames(walk, VideoOptions(seconds=12), None, CREDIT)
    for index in range(0, frames.count, 9):
        assert frames.frame(index).size().width() == 1080


def test_a_street_routed_walk_is_thinned_for_drawing() -> None:
    walk = demo_walk()
    first, last = walk.stops[0], walk.stops[-1]
    points = tuple(
        (
            first.lat + (last.lat - first.lat) * k / 5000 + 0.001 * math.sin(k / 50),
            first.lon + (last.lon - first.lon) * k / 5000,
        )
        for k in range(5001)
    )
    walk = replace(walk, route=Route((first, last), (Leg(points),)))
    frames = StoryFrames(walk, VideoOptions(), None, CREDIT)
    assert 50 < len(frames.line) < 1000
    assert frames.line[0] == frames._on_map(*points[0])
