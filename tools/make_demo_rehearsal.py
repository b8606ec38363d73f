"""Build the bundled sample rehearsal used by `studio demo` and the bundle's `--self-test`.

The sample is synthetic speech (espeak-ng), which is fine for a demo: it is a livestream pitch with a planted banned
claim, a filler, a deictic "look at this one" and a long silence, so the demo shows every kind of feedback. The tests
judge recognition on real recordings from shared/data/speech instead.

Run: .venv/bin/python tools/make_demo_rehearsal.py   (needs espeak-ng; writes assets/demo/<lang>/rehearsal.flac)
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import soundfile as sf

RATE = 16000
ROOT = Path(__file__).resolve().parent.parent

# (voice, words per minute, [(text, silence after in seconds), ...])
DEMOS: dict[str, tuple[str, int, list[tuple[str, float]]]] = {
    "en": (
        "en-us",
        165,
        [
            ("Hi everyone, welcome to the live! Today I have the Shield Pro phone case for you.", 0.6),
            ("Um, so, look at this one.", 4.5),
            ("It is made of soft black silicone with a raised edge around the camera.", 0.5),
            ("This is the best case on the market, and it is guaranteed to never crack.", 0.6),
            ("The price today is nineteen dollars ninety-nine.", 0.5),
            ("Buy two and get one free, with free shipping.", 0.5),
            ("Tap the orange cart below to order now.", 1.0),
        ],
    ),
}


def synthesize(voice: str, wpm: int, text: str, workdir: Path) -> np.ndarray:
    out = workdir / "part.wav"
    subprocess.run(["espeak-ng", "-v", voice, "-s", str(wpm), "-w", str(out), text], check=True)
    audio, rate = sf.read(out, dtype="float32")
    if audio.ndim > 1:
        audio = audio[:, 0]
    # espeak-ng writes 22050 Hz: resample to 16 kHz by linear interpolation (plenty for a demo).
    positions = np.arange(0, len(audio), rate / RATE)
    return np.interp(positions, np.arange(len(audio)), audio).astype(np.float32)


def build(language: str) -> Path:
    voice, wpm, parts = DEMOS[language]
    pieces: list[np.ndarray] = [np.zeros(int(0.5 * RATE), dtype=np.float32)]
    with tempfile.TemporaryDirectory() as tmp:
        for text, pause in parts:
            pieces.append(synthesize(voice, wpm, text, Path(tmp)))
            pieces.append(np.zeros(int(pause * RATE), dtype=np.float32))
    audio = np.concatenate(pieces)
    audio *= 0.7 / max(float(np.abs(audio).max()), 1e-6)
    target = ROOT / "assets" / "demo" / language / "rehearsal.flac"
    target.parent.mkdir(parents=True, exist_ok=True)
    sf.write(target, audio, RATE, subtype="PCM_16")
    (target.parent / "rehearsal.txt").write_text(" ".join(t for t, _ in parts) + "\n", encoding="utf-8")
    return target


if __name__ == "__main__":
    for lang in sys.argv[1:] or list(DEMOS):
        print(build(lang))
