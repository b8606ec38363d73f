"""Rebuilding a recording after a crash, a power cut or a killed process.

While recording, the session folder always holds ``audio.pcm`` (raw 16-bit mono, appended and
flushed every 0.2 s), MPEG-TS video segments (readable up to their last whole packet) and
``capture.json`` (format, segment list and the clock origins, rewritten every second). That is
enough to mux the final MP4 again: only the audio not yet flushed (≤ 0.2 s plus the OS buffer)
and the video still inside the encoder (≤ one GOP of one second) are lost.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from studio.core.errors import StudioError
from studio.core.i18n import tr
from studio.services.capture.encoder import EncoderError, mux, probe, readable_segments
from studio.services.capture.recorder import AUDIO_FILE, META_FILE


class RecoveryError(StudioError):
    """A session folder holds nothing that can be recovered."""


@dataclass(frozen=True, slots=True)
class RecoveryResult:
    output: Path
    audio_seconds: float
    video_seconds: float
    frames: int
    segments: int
    audio_only: bool
    was_finished: bool
    notes: tuple[str, ...] = ()


def needs_recovery(folder: Path) -> bool:
    """True when the folder holds a take that was never finished (its state is still "recording")."""
    try:
        meta = json.loads((Path(folder) / META_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(meta, dict) and meta.get("state") == "recording"


def recover(folder: Path, out: Path | None = None, *, ffmpeg: str | None = None) -> RecoveryResult:
    """Mux whatever audio and video reached the disk into ``out`` (default: ``recovered.mp4`` in the folder)."""
    folder = Path(folder)
    meta_path = folder / META_FILE
    notes: list[str] = []
    try:
        meta: dict[str, Any] = json.loads(meta_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        meta = {}
        notes.append(tr("The capture description was missing; assumed 48 kHz mono sound."))
    except ValueError as exc:
        raise RecoveryError(tr("The capture description is damaged: {error}").format(error=exc),
                            path=meta_path) from exc
    rate = int(meta.get("sample_rate", 48000))
    pcm = folder / str(meta.get("audio_file", AUDIO_FILE))
    audio_bytes = pcm.stat().st_size if pcm.exists() else 0
    usable = audio_bytes - audio_bytes % 2  # a half-written last sample is dropped
    if usable != audio_bytes:
        with open(pcm, "r+b") as handle:
            handle.truncate(usable)
    names = list(meta.get("segments", [])) or sorted(p.name for p in folder.glob("video_*.ts"))
    segments = readable_segments([folder / n for n in names])
    unreadable = sum(1 for n in names if (folder / n).exists()) - len(segments)
    if unreadable and not segments:
        notes.append(tr("The pictures could not be read; only the sound was recovered."))
    elif unreadable == 1:
        notes.append(tr("1 part of the video could not be read; only the sound was recovered for it."))
    elif unreadable:
        notes.append(tr("{count} parts of the video could not be read; only the sound was recovered for them.")
                     .format(count=unreadable))
    if usable == 0 and not segments:
        raise RecoveryError(tr("The folder holds no recorded sound or pictures to recover."), path=folder)
    video_t0, audio_t0 = meta.get("video_t0"), meta.get("audio_t0")
    lead = float(video_t0) - float(audio_t0) if video_t0 is not None and audio_t0 is not None else 0.0
    if segments and (video_t0 is None or audio_t0 is None):
        notes.append(tr("The start times were not saved; sound and picture may be slightly out of step."))
    output = Path(out) if out is not None else folder / "recovered.mp4"
    try:
        mux(out=output, segments=segments, pcm=pcm if usable else None, sample_rate=rate, audio_lead=lead,
            cmd=ffmpeg, workdir=folder)
    except EncoderError:
        if not (segments and usable):
            raise
        notes.append(tr("The pictures could not be read; only the sound was recovered."))
        mux(out=output, segments=[], pcm=pcm, sample_rate=rate, cmd=ffmpeg, workdir=folder)
    info = probe(output)
    return RecoveryResult(
        output=output,
        audio_seconds=usable / 2 / rate,
        video_seconds=info.video_seconds,
        frames=info.video_frames,
        segments=len(segments),
        audio_only=not info.has_video,
        was_finished=meta.get("state") == "finished",
        notes=tuple(notes),
    )
