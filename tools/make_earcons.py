"""Generate the studio's earcons into ``assets/sounds/`` (16-bit PCM, 48 kHz, mono).

Usage::

    .venv/bin/python tools/make_earcons.py            # write assets/sounds/*.wav
    .venv/bin/python tools/make_earcons.py --out DIR  # write elsewhere
    .venv/bin/python tools/make_earcons.py --check    # exit 1 if the shipped files differ

Design rules (see docs/design/speech.md): every earcon is at most 400 ms, starts and ends at
zero through a raised-cosine fade (no clicks), peaks at -4 dBFS (below the -3 dBFS ceiling), and
differs from the others in pitch contour, rhythm or timbre, so a trainee who cannot see the
screen can tell "recording started" from "recording saved" by ear alone. Pure numpy arithmetic
with no randomness: the same inputs give byte-identical files.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

RATE = 48_000
PEAK_DBFS = -4.0
REPO = Path(__file__).resolve().parent.parent

try:  # the list of names the app plays; the tool runs from a checkout with the package installed
    from studio.services.audio_out import EARCON_NAMES
except ImportError:  # pragma: no cover - keeps the tool usable on its own
    EARCON_NAMES = (
        "start", "stop", "countdown_tick", "countdown_go", "warning", "too_fast", "dead_air",
        "claim_detected", "saved", "clipping", "marker", "viewer_question",
    )


def _t(seconds: float) -> np.ndarray:
    return np.arange(round(seconds * RATE), dtype=np.float64) / RATE


def _fade(n: int, attack: float, release: float) -> np.ndarray:
    """Raised-cosine attack and release: the signal starts and ends at exactly zero."""
    env = np.ones(n)
    a = max(2, round(attack * RATE))
    r = max(2, round(release * RATE))
    env[:a] = 0.5 - 0.5 * np.cos(np.linspace(0.0, np.pi, a))
    env[n - r :] *= 0.5 + 0.5 * np.cos(np.linspace(0.0, np.pi, r))
    return env


def _tone(
    freq: float | np.ndarray,
    seconds: float,
    *,
    harmonics: Sequence[float] = (1.0,),
    decay: float = 0.0,
    attack: float = 0.006,
    release: float = 0.03,
) -> np.ndarray:
    """A tone (fixed frequency or a per-sample glide) with a harmonic recipe and exponential decay."""
    t = _t(seconds)
    f = np.broadcast_to(np.asarray(freq, dtype=np.float64), t.shape)
    phase = 2.0 * np.pi * np.cumsum(f) / RATE
    wave = sum(amp * np.sin((k + 1) * phase) for k, amp in enumerate(harmonics))
    wave = np.asarray(wave, dtype=np.float64)
    if decay > 0:
        wave = wave * np.exp(-t / decay)
    return wave * _fade(len(t), attack, release)


def _seq(*parts: tuple[float, np.ndarray]) -> np.ndarray:
    """Place parts at offsets (seconds) and mix them."""
    end = max(round(offset * RATE) + len(part) for offset, part in parts)
    out = np.zeros(end)
    for offset, part in parts:
        start = round(offset * RATE)
        out[start : start + len(part)] += part
    return out


def _glide(f0: float, f1: float, seconds: float) -> np.ndarray:
    """Exponential (musical) glide from f0 to f1."""
    return f0 * (f1 / f0) ** np.linspace(0.0, 1.0, round(seconds * RATE))


BELL = (1.0, 0.0, 0.25, 0.0, 0.1)  # odd-ish partials: a soft bell
WARM = (1.0, 0.35, 0.12)  # sine with a little 2nd/3rd: a warm beep
REED = (1.0, 0.0, 0.33, 0.0, 0.2, 0.0, 0.14)  # odd harmonics: a soft square, reads as "attention"


def start() -> np.ndarray:
    """Recording starts: three notes rising (C5 E5 G5), warm."""
    return _seq(
        (0.00, _tone(523.25, 0.11, harmonics=WARM)),
        (0.09, _tone(659.25, 0.11, harmonics=WARM)),
        (0.18, _tone(783.99, 0.16, harmonics=WARM, decay=0.12)),
    )


def stop() -> np.ndarray:
    """Recording stops: the mirror of start, falling (G5 E5 C5)."""
    return _seq(
        (0.00, _tone(783.99, 0.11, harmonics=WARM)),
        (0.09, _tone(659.25, 0.11, harmonics=WARM)),
        (0.18, _tone(523.25, 0.16, harmonics=WARM, decay=0.12)),
    )


def countdown_tick() -> np.ndarray:
    """One count of the countdown: a short, dry wood-block tick."""
    return _tone(1_760.0, 0.06, harmonics=(1.0, 0.0, 0.2), decay=0.015, attack=0.002, release=0.01)


def countdown_go() -> np.ndarray:
    """Countdown over, go: a bright major chord an octave above the tick, held."""
    return (
        _tone(880.0, 0.35, harmonics=BELL, decay=0.25)
        + _tone(1_108.73, 0.35, harmonics=BELL, decay=0.25)
        + _tone(1_318.51, 0.35, harmonics=BELL, decay=0.25)
    )


def warning() -> np.ndarray:
    """Something needs attention: two low reedy pulses on one pitch."""
    return _seq(
        (0.00, _tone(440.0, 0.12, harmonics=REED, release=0.02)),
        (0.18, _tone(440.0, 0.12, harmonics=REED, release=0.02)),
    )


def too_fast() -> np.ndarray:
    """Speaking too fast: four quick blips climbing."""
    notes = (987.77, 1_174.66, 1_396.91, 1_661.22)
    return _seq(*((i * 0.055, _tone(f, 0.045, harmonics=(1.0, 0.2), attack=0.003, release=0.015))
                  for i, f in enumerate(notes)))


def dead_air() -> np.ndarray:
    """Silence went on too long: a slow, soft low glide down, like a sigh."""
    return _tone(_glide(392.0, 233.08, 0.4), 0.4, harmonics=(1.0, 0.15), attack=0.04, release=0.12)


def claim_detected() -> np.ndarray:
    """A banned claim was heard: a tritone (unsettled) pair, struck together, with a slight buzz."""
    buzz = (1.0, 0.3, 0.2, 0.1)
    return _tone(622.25, 0.3, harmonics=buzz, decay=0.2) + _tone(880.0, 0.3, harmonics=buzz, decay=0.2)


def saved() -> np.ndarray:
    """The session is saved: a bell rising a fifth (C6 then G6), ringing out."""
    return _seq(
        (0.00, _tone(1_046.5, 0.15, harmonics=BELL, decay=0.1)),
        (0.12, _tone(1_567.98, 0.26, harmonics=BELL, decay=0.12)),
    )


def clipping() -> np.ndarray:
    """The microphone is too loud: a high fluttering tone (fast tremolo)."""
    t = _t(0.2)
    flutter = 0.55 + 0.45 * np.cos(2.0 * np.pi * 30.0 * t)
    return _tone(2_093.0, 0.2, harmonics=(1.0, 0.1), attack=0.004, release=0.03) * flutter


def marker() -> np.ndarray:
    """A marker was set: one short soft ping."""
    return _tone(1_318.51, 0.18, harmonics=(1.0, 0.0, 0.1), decay=0.05, attack=0.003, release=0.05)


def viewer_question() -> np.ndarray:
    """A simulated viewer asks something: a quick two-note "bloop" upwards (A5 then D6), like a chat message."""
    return _seq(
        (0.00, _tone(880.0, 0.08, harmonics=BELL, decay=0.04, attack=0.003, release=0.02)),
        (0.07, _tone(1_174.66, 0.12, harmonics=BELL, decay=0.05, attack=0.003, release=0.04)),
    )


RECIPES: dict[str, Callable[[], np.ndarray]] = {
    "start": start,
    "stop": stop,
    "countdown_tick": countdown_tick,
    "countdown_go": countdown_go,
    "warning": warning,
    "too_fast": too_fast,
    "dead_air": dead_air,
    "claim_detected": claim_detected,
    "saved": saved,
    "clipping": clipping,
    "marker": marker,
    "viewer_question": viewer_question,
}


def render(name: str) -> np.ndarray:
    """The earcon as float samples peaking exactly at PEAK_DBFS."""
    wave = RECIPES[name]()
    peak = float(np.max(np.abs(wave)))
    return wave * (10 ** (PEAK_DBFS / 20.0) / peak)


def to_wav_bytes(samples: np.ndarray) -> bytes:
    """A canonical 44-byte-header PCM WAV, written by hand so no library version changes the bytes."""
    pcm = np.clip(np.round(samples * 32767.0), -32768, 32767).astype("<i2").tobytes()
    header = b"".join(
        [
            b"RIFF", (36 + len(pcm)).to_bytes(4, "little"), b"WAVE",
            b"fmt ", (16).to_bytes(4, "little"), (1).to_bytes(2, "little"), (1).to_bytes(2, "little"),
            RATE.to_bytes(4, "little"), (RATE * 2).to_bytes(4, "little"), (2).to_bytes(2, "little"),
            (16).to_bytes(2, "little"),
            b"data", len(pcm).to_bytes(4, "little"),
        ]
    )
    return header + pcm


def generate(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name in EARCON_NAMES:
        path = out_dir / f"{name}.wav"
        path.write_bytes(to_wav_bytes(render(name)))
        written.append(path)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "assets" / "sounds", help="folder to write into")
    parser.add_argument("--check", action="store_true", help="compare with the files in --out instead of writing")
    args = parser.parse_args(argv)
    missing = set(EARCON_NAMES) - set(RECIPES)
    if missing:
        print(f"no recipe for: {', '.join(sorted(missing))}", file=sys.stderr)
        return 2
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            fresh = generate(Path(tmp))
            differ = [p.name for p in fresh if not (args.out / p.name).is_file()
                      or (args.out / p.name).read_bytes() != p.read_bytes()]
        if differ:
            print(f"out of date: {', '.join(differ)} (run tools/make_earcons.py)", file=sys.stderr)
            return 1
        print(f"{len(fresh)} earcons up to date in {args.out}")
        return 0
    for path in generate(args.out):
        print(f"wrote {path} ({(path.stat().st_size - 44) / 2 / RATE * 1000:.0f} ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
