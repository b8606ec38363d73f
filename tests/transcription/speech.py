"""Reference transcripts of the shared real-speech clips (parsed from their README) and a WER helper."""

from __future__ import annotations

import re
from pathlib import Path

import jiwer
import numpy as np

from studio.core.asr_guard import normalise

JOINED = "joined-70s-five-pauses.wav"
JOINED_PARTS = (
    "librispeech-2412-153948-0000.flac",
    "jfk.flac",
    "mit-license-en-de.mp3",
    "ljspeech-LJ002-0020.wav",
    "ljspeech-LJ002-0035.wav",
    "wizard-left.wav",
)


def references(speech_dir: Path) -> dict[str, str]:
    """file name → reference transcript, from the README table (English part only for the MIT clip)."""
    refs: dict[str, str] = {}
    for line in (speech_dir / "README.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.split("|")]
        if len(cells) >= 7 and re.search(r"\.(wav|flac|mp3)$", cells[1]):
            text = cells[5].removeprefix("English part:").strip()
            refs[cells[1]] = re.sub(r"\s*\(Mandarin.*$", "", text)
    refs[JOINED] = " ".join(refs[name] for name in JOINED_PARTS)
    return refs


def wer(reference: str, hypothesis: str) -> float:
    """Word error rate after lower-casing and removing punctuation (numbers are not spelled out)."""
    return float(jiwer.wer(normalise(reference), normalise(hypothesis) or "<empty>"))


def cer(reference: str, hypothesis: str) -> float:
    """Character error rate, spaces and punctuation ignored (for Chinese)."""
    ref = normalise(reference).replace(" ", "")
    hyp = normalise(hypothesis).replace(" ", "") or "?"
    return float(jiwer.cer(ref, hyp))


def digital_silences(
    audio: np.ndarray, sample_rate: int = 16_000, min_seconds: float = 1.5
) -> list[tuple[float, float]]:
    """Runs of exact zeros (the inserted pauses, plus any silence the source clips end with)."""
    zero = np.concatenate(([False], audio == 0.0, [False]))
    edges = np.flatnonzero(np.diff(zero.astype(np.int8)))
    runs = [(s / sample_rate, e / sample_rate) for s, e in zip(edges[::2], edges[1::2], strict=True)]
    return [(round(s, 2), round(e, 2)) for s, e in runs if e - s >= min_seconds]
