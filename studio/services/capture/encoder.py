"""H.264 encoding in crash-safe MPEG-TS segments, and the final MP4 mux.

Raw BGR frames are piped into an ffmpeg child (driven by ffmpeg-python). Each ffmpeg process
writes one MPEG-TS segment: a TS file can be read up to its last complete packet, so whatever
reached the disk survives a crash (a one-second GOP keeps the loss under two seconds). When the
encoder falls behind, the recorder closes the segment and starts the next one with a faster
preset. At the end the segments are joined with ``-c:v copy`` and muxed with the audio (AAC,
``+faststart``), the audio's lead over the first picture trimmed with ``atrim``.
"""

from __future__ import annotations

import shutil
import subprocess
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import numpy as np

from studio.core.errors import StudioError
from studio.core.i18n import tr

X264_PRESETS = ("ultrafast", "superfast", "veryfast", "faster", "fast", "medium", "slow", "slower", "veryslow",
                "placebo")
PRESETS = ("veryfast", "superfast", "ultrafast")
"""The fallbacks, best to fastest; the recorder steps along them when it falls behind."""


def preset_ladder(preset: str) -> tuple[str, ...]:
    """``preset`` followed by the faster fallbacks (veryfast → superfast → ultrafast)."""
    if preset not in X264_PRESETS:
        raise EncoderError(f"{preset!r} is not an x264 preset; use one of {', '.join(X264_PRESETS)}.")
    rank = X264_PRESETS.index(preset)
    return (preset, *(p for p in PRESETS if X264_PRESETS.index(p) < rank))


class EncoderError(StudioError):
    """ffmpeg failed to encode or mux."""


def ffmpeg_cmd() -> str:
    """The system ffmpeg, or the static one shipped by imageio-ffmpeg on machines without one."""
    found = shutil.which("ffmpeg")
    if found:
        return found
    import imageio_ffmpeg

    return str(imageio_ffmpeg.get_ffmpeg_exe())


class SegmentEncoder:
    """One ffmpeg process encoding raw frames into one MPEG-TS file."""

    def __init__(
        self,
        path: Path,
        *,
        size: tuple[int, int],
        fps: float,
        preset: str = "veryfast",
        crf: int = 23,
        cmd: str | None = None,
    ) -> None:
        import ffmpeg

        self.path = path
        self.size = size
        self.preset = preset
        self.frames = 0
        width, height = size
        gop = max(1, round(fps))
        stream = ffmpeg.input("pipe:", format="rawvideo", pix_fmt="bgr24", s=f"{width}x{height}", framerate=fps)
        stream = ffmpeg.output(
            stream, str(path), vcodec="libx264", preset=preset, crf=crf, pix_fmt="yuv420p", g=gop,
            f="mpegts", flush_packets=1,
        ).global_args("-hide_banner", "-loglevel", "error", "-y", "-nostats", "-progress", "pipe:1",
                      "-stats_period", "0.25")
        self._log = open(path.with_suffix(".log"), "wb")
        try:
            self._proc: subprocess.Popen[bytes] = subprocess.Popen(
                stream.compile(cmd=cmd or ffmpeg_cmd()),
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._log,
            )
        except OSError as exc:
            self._log.close()
            raise EncoderError(tr("The video encoder could not start: {problem}").format(problem=exc)) from exc
        self._stdin: IO[bytes] = self._proc.stdin  # type: ignore[assignment]
        self.encoded = 0  # frames ffmpeg reports as encoded (its -progress output)
        self._progress = threading.Thread(target=self._read_progress, name="encoder-progress", daemon=True)
        self._progress.start()

    def _read_progress(self) -> None:
        # ffmpeg buffers many frames internally (lookahead, thread queues), so a slow encoder is only
        # visible as written − encoded, not in our own queue.
        assert self._proc.stdout is not None
        for line in self._proc.stdout:
            if line.startswith(b"frame="):
                try:
                    self.encoded = int(line[6:].strip() or 0)
                except ValueError:
                    continue

    @property
    def backlog(self) -> int:
        """Frames written to ffmpeg but not yet encoded."""
        return max(0, self.frames - self.encoded)

    @property
    def pid(self) -> int:
        return int(self._proc.pid)

    def write(self, frame: np.ndarray, copies: int = 1) -> None:
        """Write a frame ``copies`` times (duplicates keep the frame rate constant)."""
        data = np.ascontiguousarray(frame).data
        try:
            for _ in range(copies):
                self._stdin.write(data)
                self.frames += 1
        except (BrokenPipeError, ValueError) as exc:
            raise EncoderError(tr("The video encoder stopped unexpectedly.")) from exc

    def close(self, timeout: float = 60.0) -> int:
        """Close the pipe and wait for ffmpeg to finish the segment; returns ffmpeg's exit code."""
        try:
            self._stdin.close()
        except (BrokenPipeError, OSError):
            pass
        try:
            code = self._proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            code = self._proc.wait()
        self._progress.join(5)
        self._log.close()
        return int(code)


@dataclass(frozen=True, slots=True)
class MediaInfo:
    """What a media file holds, read with PyAV (imageio-ffmpeg ships no ffprobe)."""

    has_video: bool
    has_audio: bool
    video_frames: int
    video_seconds: float
    audio_seconds: float
    width: int
    height: int


def probe(path: Path, *, count_frames: bool = True) -> MediaInfo:
    import av

    with av.open(str(path)) as container:
        vstreams = container.streams.video
        astreams = container.streams.audio
        frames = 0
        vsec = asec = 0.0
        width = height = 0
        if vstreams:
            vs = vstreams[0]
            width, height = int(vs.codec_context.width), int(vs.codec_context.height)
            if vs.duration is not None and vs.time_base is not None:
                vsec = float(vs.duration * vs.time_base)
            frames = int(vs.frames or 0)
            if count_frames or frames == 0:
                frames = sum(1 for packet in container.demux(vs) if packet.size)
                if vsec == 0.0 and vs.average_rate:
                    vsec = frames / float(vs.average_rate)
        if astreams:
            stream = astreams[0]
            if stream.duration is not None and stream.time_base is not None:
                asec = float(stream.duration * stream.time_base)
        return MediaInfo(bool(vstreams), bool(astreams), frames, vsec, asec, width, height)


def readable_segments(paths: list[Path]) -> list[Path]:
    """The segments that exist and hold at least one decodable picture (a crash can leave an empty one)."""
    import av

    good = []
    for path in paths:
        if not path.exists() or path.stat().st_size < 188 * 4:
            continue
        try:
            with av.open(str(path), format="mpegts") as container:
                if container.streams.video and any(p.size for p in container.demux(container.streams.video[0])):
                    good.append(path)
        except (av.FFmpegError, OSError):
            continue
    return good


def mux(
    *,
    out: Path,
    segments: list[Path],
    pcm: Path | None,
    sample_rate: int,
    channels: int = 1,
    audio_lead: float = 0.0,
    cmd: str | None = None,
    workdir: Path,
) -> None:
    """Join the video segments (stream copy) and add the audio as AAC, trimmed by ``audio_lead`` seconds.

    A positive ``audio_lead`` means audio started before the first picture: that much is cut from
    the start of the audio. A negative one delays the audio instead.
    """
    import ffmpeg

    if not segments and pcm is None:
        raise EncoderError(tr("There is nothing to save: no pictures and no sound were recorded."))
    outputs: list[Any] = []
    kwargs: dict[str, Any] = {"movflags": "+faststart"}
    if segments:
        listing = workdir / "segments.txt"
        listing.write_text("".join(f"file '{p.resolve()}'\n" for p in segments), encoding="utf-8")
        video = ffmpeg.input(str(listing), f="concat", safe=0)
        outputs.append(video["v"])
        kwargs["vcodec"] = "copy"
    if pcm is not None:
        audio = ffmpeg.input(str(pcm), f="s16le", ar=sample_rate, ac=channels)["a"]
        if audio_lead > 0:
            audio = audio.filter("atrim", start=f"{audio_lead:.6f}").filter("asetpts", "PTS-STARTPTS")
        elif audio_lead < 0:
            delay_ms = round(-audio_lead * 1000, 3)
            audio = audio.filter("adelay", delays=f"{delay_ms}", all=1)
        outputs.append(audio)
        kwargs.update(acodec="aac", audio_bitrate="128k")
    tmp = out.with_name(f".{out.name}.part{out.suffix}")
    out.parent.mkdir(parents=True, exist_ok=True)
    kwargs["f"] = "mp4"
    node = ffmpeg.output(*outputs, str(tmp), **kwargs).global_args("-hide_banner", "-loglevel", "error", "-y")
    try:
        node.run(cmd=cmd or ffmpeg_cmd(), capture_stdout=True, capture_stderr=True)
    except ffmpeg.Error as exc:
        detail = (exc.stderr or b"").decode(errors="replace").strip().splitlines()
        raise EncoderError(tr("The recording could not be saved as {name}: {problem}").format(
            name=out.name, problem=detail[-1] if detail else exc),
                           path=out) from exc
    tmp.replace(out)
