"""The story video as an MP4 that TikTok and Instagram take as it is.

Frames (video_frames) are streamed to PyAV one at a time, so memory stays flat whatever
the length: H.264 High, yuv420p, 30 fps, the index (`moov`) at the front so the file
plays while it uploads. Written to a temporary file beside the target and renamed at the
end: a failure or a Cancel leaves no half file.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
from PySide6.QtGui import QImage

from walkplanner.core.crowd import Participant
from walkplanner.core.model import Walk
from walkplanner.problem import Problem
from walkplanner.render.output import ExportError, check_target
from walkplanner.render.static_map import TileSource
from walkplanner.render.video_frames import FPS, StoryFrames, VideoOptions
from walkplanner.text import say

FORMATS = {".mp4": "MP4"}
PRESET = "veryfast"  # faster than real time on two cores, under 8 MB for 15 s
QUALITY = "23"  # x264's constant rate factor: the default, sharp for text and lines


class Cancelled(Problem):
    """The person pressed Cancel; nothing was written (an expected end, so a Problem)."""


def export_video(
    walk: Walk,
    options: VideoOptions,
    tiles: TileSource | None,
    attribution: str,
    path: Path,
    people: Sequence[Participant] = (),
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Render and encode the video to `path` (.mp4). `progress(done, total)` is called
    after each frame; `cancelled()` returning True stops the work (Cancelled)."""
    check_target(path, FORMATS)
    frames = StoryFrames(walk, options, tiles, attribution, people)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".mp4", dir=path.parent)
    os.close(handle)
    try:
        _encode(frames, Path(temporary), progress, cancelled)
        os.replace(temporary, path)
    except BaseException as error:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(error, OSError | av.FFmpegError) and not isinstance(error, ExportError):
            raise ExportError(
                say(
                    "Writing {path} failed ({reason}); nothing was written. "
                    "Free some space or choose another place.",
                    path=path,
                    reason=str(error),
                )
            ) from error
        raise
    return path


def _encode(
    frames: StoryFrames,
    path: Path,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> None:
    container = av.open(str(path), mode="w", format="mp4", options={"movflags": "+faststart"})
    try:
        stream = container.add_stream("libx264", rate=FPS)
        stream.width, stream.height = frames.width, frames.height
        stream.pix_fmt = "yuv420p"
        stream.codec_context.profile = "High"
        stream.codec_context.time_base = Fraction(1, FPS)
        stream.options = {"preset": PRESET, "crf": QUALITY}
        previous: QImage | None = None
        picture = None
        for index in range(frames.count):
            if cancelled is not None and cancelled():
                raise Cancelled(say("Cancelled; nothing was written."))
            image = frames.frame(index)
            if image is not previous:  # act 3 repeats one image: convert it once
                picture = _picture(image)
                previous = image
            picture.pts = index
            for packet in stream.encode(picture):
                container.mux(packet)
            if progress is not None:
                progress(index + 1, frames.count)
        for packet in stream.encode(None):
            container.mux(packet)
    finally:
        container.close()


def _picture(image: QImage) -> av.VideoFrame:
    """An RGB32 QImage (B, G, R, 255 in memory) as a yuv420p frame for the encoder: its
    bytes copied straight into a frame's plane (rows of the same length), then converted
    by swscale; through a NumPy array this took four times as long."""
    frame = av.VideoFrame(image.width(), image.height(), "bgra")
    plane = frame.planes[0]
    if plane.line_size == image.bytesPerLine():
        plane.update(image.constBits())
    else:  # a width whose rows the two libraries pad differently
        rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), -1)
        padded = np.zeros((image.height(), plane.line_size), np.uint8)
        width = min(plane.line_size, image.bytesPerLine())
        padded[:, :width] = rows[:, :width]
        plane.update(padded)
    frame = frame.reformat(format="yuv420p")
    frame.time_base = Fraction(1, FPS)
    return frame
