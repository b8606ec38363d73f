"""Build the bundled sample rehearsals used by `studio demo` and the bundle's `--self-test`.

Each sample is a livestream pitch with a planted claim that the market's rule pack flags, a filler from the
language's list, a deictic "look at this one" and a long silence, so the demo shows every kind of feedback. The
tests judge recognition on real recordings from shared/data/speech instead.

- en, id, vi: synthetic speech (espeak-ng) at a slow rate, written to ``assets/demo/<lang>/rehearsal.flac``.
  espeak-ng's Vietnamese voice is hard to understand (``studio.services.voices`` measured a character error rate of
  about 0.4), so the Vietnamese claim is one the embedded model hears at every rate tried (120-140):
  "số một" came back each time, "nhất", "không có tác dụng phụ" and "có một không hai" did not.
- zh: espeak-ng's Mandarin voice is noise (``studio.services.voices``) and there is no licensed Mandarin livestream
  recording, so the sample is a word-timed transcript, ``assets/demo/zh/transcript.json`` (the Transcript JSON of
  ``studio.core.model``), timed at a steady rate in characters per minute with the same pauses a recording would
  have. ``studio demo`` analyses it as it is, without transcribing.

Every sample also gets ``rehearsal.txt``, the text that was spoken, which the demo compares with what the model heard.
The run-sheets (``script.md``) are written by hand.

Run: .venv/bin/python tools/make_demo_rehearsal.py [en vi id zh]   (needs espeak-ng for en, vi and id)
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import soundfile as sf

RATE = 16000
ROOT = Path(__file__).resolve().parent.parent
LEAD_IN = 0.5  # seconds of silence before the first word


@dataclass(frozen=True)
class Demo:
    voice: str | None
    """The espeak-ng voice; None when the language has no usable one and the sample is a timed transcript."""
    rate: int
    """espeak-ng's rate in words per minute (a Vietnamese "word" is a syllable); without a voice, the transcript's
    characters per minute."""
    parts: tuple[tuple[str, float], ...]
    """(text, silence after in seconds). In a transcript-only sample, spaces in the text separate its words."""


DEMOS: dict[str, Demo] = {
    "en": Demo(
        "en-us",
        165,
        (
            ("Hi everyone, welcome to the live! Today I have the Shield Pro phone case for you.", 0.6),
            ("Um, so, look at this one.", 4.5),
            ("It is made of soft black silicone with a raised edge around the camera.", 0.5),
            ("This is the best case on the market, and it is guaranteed to never crack.", 0.6),
            ("The price today is nineteen dollars ninety-nine.", 0.5),
            ("Buy two and get one free, with free shipping.", 0.5),
            ("Tap the orange cart below to order now.", 1.0),
        ),
    ),
    # Claim: "số một" (vi.absolute.superlative, needs evidence). Filler: "ờ". Pointing: "nhìn nè".
    "vi": Demo(
        "vi",
        130,
        (
            (
                "Xin chào mọi người, chào mừng mọi người đến với buổi live hôm nay! "
                "Hôm nay em giới thiệu cà phê phin Sài Gòn.",
                0.6,
            ),
            ("Ờ, mọi người nhìn nè.", 4.5),
            ("Cà phê rang xay thủ công, hương vị đậm đà.", 0.5),
            ("Đây là cà phê số một Việt Nam.", 0.6),
            ("Giá hôm nay chỉ chín mươi chín nghìn đồng một gói.", 0.5),
            ("Mua hai tặng một, và miễn phí vận chuyển.", 0.5),
            ("Mọi người bấm vào giỏ hàng để đặt hàng nhé.", 1.0),
        ),
    ),
    # Claim: "langsung putih" (id.cosmetic.drug, block). Filler: "eh". Pointing: "lihat ini".
    "id": Demo(
        "id",
        120,
        (
            ("Halo kakak semua, selamat datang di live hari ini! Hari ini aku punya Serum Vitamin C Cerah Alami.", 0.6),
            ("Eh, lihat ini ya.", 4.5),
            ("Teksturnya ringan dan cepat meresap, dan sudah terdaftar BPOM.", 0.5),
            ("Dipakai tiap malam, kulit kakak langsung putih.", 0.6),
            ("Harganya hari ini cuma sembilan puluh sembilan ribu.", 0.5),
            ("Beli dua gratis satu, plus gratis ongkir ke seluruh Indonesia.", 0.5),
            ("Klik keranjang kuning di bawah untuk pesan sekarang.", 1.0),
        ),
    ),
    # Transcript only. Claim: "最好" in 全网最好吃 (zh.absolute.art9, block). Filler: "嗯". Pointing: "看这个".
    "zh": Demo(
        None,
        240,
        (
            ("家人们 晚上好， 欢迎 来到 直播间！ 今天 给 大家 带来 重庆 火锅 底料。", 0.6),
            ("嗯， 大家 看 这个。", 4.5),
            ("牛油 熬制， 麻辣 鲜香， 涮 什么 都 好吃。", 0.5),
            ("这 是 全网 最 好吃 的 火锅 底料！", 0.6),
            ("今天 直播间 只要 二十九 块 九。", 0.5),
            ("拍 两 袋 送 一 袋， 全国 包邮。", 0.5),
            ("辣度 较高， 请 根据 口味 适量 添加。", 0.5),
            ("点击 下方 小黄车 下单 吧！", 1.0),
        ),
    ),
}

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
# Breaths inside a part, both below the analysis' 0.5-second pause: after a comma, and between two sentences.
_COMMA_PAUSE = 0.2
_SENTENCE_PAUSE = 0.4


def synthesize(voice: str, wpm: int, text: str, workdir: Path) -> np.ndarray:
    out = workdir / "part.wav"
    subprocess.run(["espeak-ng", "-v", voice, "-s", str(wpm), "-w", str(out), text], check=True)
    audio, rate = sf.read(out, dtype="float32")
    if audio.ndim > 1:
        audio = audio[:, 0]
    # espeak-ng writes 22050 Hz: resample to 16 kHz by linear interpolation (plenty for a demo).
    positions = np.arange(0, len(audio), rate / RATE)
    return np.interp(positions, np.arange(len(audio)), audio).astype(np.float32)


def spoken_text(language: str) -> str:
    """The sample's text as said: the parts joined (Mandarin without the spaces that mark its words)."""
    demo = DEMOS[language]
    if demo.voice is None:
        return "".join(text.replace(" ", "") for text, _ in demo.parts)
    return " ".join(text for text, _ in demo.parts)


def build_audio(language: str, folder: Path) -> Path:
    demo = DEMOS[language]
    assert demo.voice is not None
    pieces: list[np.ndarray] = [np.zeros(int(LEAD_IN * RATE), dtype=np.float32)]
    with tempfile.TemporaryDirectory() as tmp:
        for text, pause in demo.parts:
            pieces.append(synthesize(demo.voice, demo.rate, text, Path(tmp)))
            pieces.append(np.zeros(int(pause * RATE), dtype=np.float32))
    audio = np.concatenate(pieces)
    audio *= 0.7 / max(float(np.abs(audio).max()), 1e-6)
    target = folder / "rehearsal.flac"
    sf.write(target, audio, RATE, subtype="PCM_16")
    return target


def build_transcript(language: str, folder: Path) -> Path:
    """A word-timed transcript: each word lasts its characters at the demo's rate, sentences keep their pauses."""
    sys.path.insert(0, str(ROOT))
    from studio.core.model import Segment, Transcript, TranscriptPass, Word, dumps

    demo = DEMOS[language]
    per_char = 60.0 / demo.rate
    clock = LEAD_IN
    words: list[Word] = []
    segments: list[Segment] = []
    for text, pause in demo.parts:
        start = clock
        for token in text.split():
            chars = max(len(_CJK.findall(token)), 1)
            words.append(Word(token, round(clock, 3), round(clock + chars * per_char, 3), 1.0))
            clock += chars * per_char
            if token[-1] in "，、；":
                clock += _COMMA_PAUSE
            elif token[-1] in "。！？":
                clock += _SENTENCE_PAUSE
        segments.append(Segment(round(start, 3), round(words[-1].end, 3), text.replace(" ", "")))
        clock = words[-1].end + pause
    transcript = Transcript(
        language=language,
        duration=round(clock, 3),
        model="none: written for the demo, no audio",
        segments=tuple(segments),
        words=tuple(words),
        source_pass=TranscriptPass.IMPORTED,
    )
    target = folder / "transcript.json"
    target.write_text(dumps(transcript, indent=1) + "\n", encoding="utf-8")
    return target


def build(language: str) -> Path:
    folder = ROOT / "assets" / "demo" / language
    folder.mkdir(parents=True, exist_ok=True)
    if DEMOS[language].voice is None:
        target = build_transcript(language, folder)
    else:
        target = build_audio(language, folder)
    (folder / "rehearsal.txt").write_text(spoken_text(language) + "\n", encoding="utf-8")
    return target


if __name__ == "__main__":
    for lang in sys.argv[1:] or list(DEMOS):
        print(build(lang))
