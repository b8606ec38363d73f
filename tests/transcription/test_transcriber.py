"""File transcription: real speech in, accurate words with sane timestamps out; Chinese Simplified; offline."""

from __future__ import annotations

import itertools
import socket
import threading
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest

from studio.core.errors import Cancelled
from studio.core.model import TranscriptPass
from studio.services.transcription import transcriber as transcriber_module
from studio.services.transcription.transcriber import (
    MediaError,
    Transcriber,
    decode_media,
    to_simplified,
    transcribe_file,
)
from tests.transcription.speech import JOINED, cer, digital_silences, references, wer

# --------------------------------------------------------------------------- a fake model (unit tests only)


def _word(text: str, start: float, end: float, p: float = 0.9) -> SimpleNamespace:
    return SimpleNamespace(word=text, start=start, end=end, probability=p)


class FakeWhisper:
    """Replays fixed segments the way faster-whisper yields them (lazily), recording the call."""

    def __init__(self, segments: list[SimpleNamespace], language: str = "zh", probability: float = 0.97) -> None:
        self.segments = segments
        self.info = SimpleNamespace(language=language, language_probability=probability)
        self.calls: list[dict[str, Any]] = []

    def transcribe(self, audio: np.ndarray, **kwargs: Any) -> tuple[Any, Any]:
        self.calls.append(kwargs)
        return iter(self.segments), self.info


def _segment(start: float, end: float, words: list[SimpleNamespace]) -> SimpleNamespace:
    return SimpleNamespace(
        start=start, end=end, text="".join(w.word for w in words), words=words, avg_logprob=-0.2, no_speech_prob=0.01
    )


def test_traditional_chinese_comes_back_simplified_and_loops_are_removed() -> None:
    segs = [
        _segment(0.0, 2.0, [_word("廣州", 0.0, 0.5), _word("國家級", 0.5, 1.5)]),
        _segment(2.0, 3.0, [_word("謝謝", 2.0, 3.0)]),
        _segment(3.0, 4.0, [_word("謝謝", 3.0, 4.0)]),
    ]
    fake = FakeWhisper(segs)
    result = Transcriber(fake, name="fake").transcribe_audio(np.zeros(16000 * 5, dtype=np.float32), refine_edges=False)
    assert [w.text for w in result.transcript.words] == ["广州", "国家级", "谢谢"]
    assert result.transcript.text == "广州国家级 谢谢"
    assert [d.reason for d in result.dropped] == ["repeated segment"]
    assert result.detected_language == "zh" and result.detected_language_probability == 0.97
    assert not result.language_was_given


def test_explicit_language_wins_and_the_filler_prompt_is_passed() -> None:
    fake = FakeWhisper([_segment(0.0, 1.0, [_word(" um", 0.0, 0.3), _word(" hi", 0.4, 0.9)])], language="vi")
    result = Transcriber(fake, name="fake").transcribe_audio(
        np.zeros(16000, dtype=np.float32), language="vi-VN", filler_prompt=True
    )
    assert fake.calls[0]["language"] == "vi"
    assert fake.calls[0]["initial_prompt"] == transcriber_module.FILLER_PROMPT
    assert fake.calls[0]["word_timestamps"] is True
    assert [w.text for w in result.transcript.words] == ["um", "hi"]
    assert result.language_was_given


def test_word_times_are_clamped_ordered_and_offset() -> None:
    segs = [_segment(0.0, 3.0, [_word("a", 0.5, 0.9), _word("b", 0.4, 0.6), _word("c", 2.5, 9.0)])]
    result = Transcriber(FakeWhisper(segs, "en"), name="fake").transcribe_audio(
        np.zeros(16000 * 3, dtype=np.float32), offset=10.0, source_pass=TranscriptPass.LIVE, refine_edges=False
    )
    starts = [w.start for w in result.transcript.words]
    assert starts == sorted(starts) and starts[0] == 10.5
    assert all(w.end <= 13.0 for w in result.transcript.words)
    assert result.transcript.source_pass is TranscriptPass.LIVE and result.transcript.duration == 13.0


def test_progress_reaches_one_and_cancel_raises_the_typed_error() -> None:
    segs = [_segment(float(i), float(i + 1), [_word("x", float(i), i + 0.5)]) for i in range(4)]
    seen: list[float] = []
    Transcriber(FakeWhisper(segs, "en"), name="fake").transcribe_audio(
        np.zeros(16000 * 4, dtype=np.float32), progress=seen.append
    )
    assert seen == sorted(seen) and seen[-1] == 1.0 and 0 < seen[0] < 1

    cancel = threading.Event()

    def stop_half_way(value: float) -> None:
        if value >= 0.5:
            cancel.set()

    with pytest.raises(Cancelled):
        Transcriber(FakeWhisper(segs, "en"), name="fake").transcribe_audio(
            np.zeros(16000 * 4, dtype=np.float32), progress=stop_half_way, cancel=cancel
        )


def test_a_file_that_is_not_media_gives_a_spoken_error_naming_it(tmp_path: Path) -> None:
    bad = tmp_path / "notes.mp4"
    bad.write_text("not a video", encoding="utf-8")
    with pytest.raises(MediaError) as info:
        decode_media(bad)
    assert "notes.mp4" in info.value.spoken()
    with pytest.raises(MediaError, match="does not exist"):
        decode_media(tmp_path / "missing.wav")


def test_simplified_conversion_is_identity_on_simplified_text() -> None:
    assert to_simplified("广州市房地产中介协会分析") == "广州市房地产中介协会分析"
    assert to_simplified("國家級") == "国家级"


# --------------------------------------------------------------------------- the real model


@pytest.fixture(scope="module")
def base() -> Transcriber:
    return Transcriber()  # the embedded multilingual base, int8, 2 threads


@pytest.mark.slow
def test_joined_clip_accuracy_timestamps_and_all_five_pauses(base: Transcriber, speech_dir: Path) -> None:
    """70 s of real speech with five 2 s pauses: WER, monotonic in-range word times, pauses within ±0.5 s."""
    path = speech_dir / JOINED
    seen: list[float] = []
    result = base.transcribe(path, progress=seen.append)
    transcript = result.transcript
    assert result.detected_language == "en" and result.detected_language_probability > 0.9
    assert wer(references(speech_dir)[JOINED], transcript.text) <= 0.05
    starts = [w.start for w in transcript.words]
    assert starts == sorted(starts)
    assert all(0 <= w.start <= w.end <= transcript.duration for w in transcript.words)
    assert abs(transcript.duration - 70.6) < 0.1
    assert seen[-1] == 1.0

    # Ground truth from the samples: the five runs of digital silence (the README's pauses; the third
    # starts 0.7 s early because the MIT clip itself ends in digital silence).
    pauses = digital_silences(decode_media(path))
    assert len(pauses) == 5
    words = transcript.words
    gaps = [(a.end, b.start) for a, b in itertools.pairwise(words) if b.start - a.end >= 1.0]
    for start, end in pauses:
        match = [g for g in gaps if abs(g[0] - start) <= 0.5 and abs(g[1] - end) <= 0.5]
        assert match, f"pause {start}–{end} s not found among word gaps {gaps}"


ENGLISH_CLIPS = {
    "jfk.flac": 0.05,
    "librispeech-2412-153948-0000.flac": 0.06,
    "wizard-left.wav": 0.1,
    "mit-license-en-de.mp3": 0.06,  # English part only (0–29.8 s)
    "ljspeech-LJ002-0035.wav": 0.25,  # "eight" comes back as "8": one word of four
}


@pytest.mark.slow
def test_each_english_clip_stays_under_its_wer_bound(base: Transcriber, speech_dir: Path) -> None:
    refs = references(speech_dir)
    for name, bound in ENGLISH_CLIPS.items():
        audio = decode_media(speech_dir / name)
        if name.startswith("mit-license"):
            audio = audio[: int(29.8 * 16000)]
        text = base.transcribe_audio(audio, language="en").transcript.text
        assert wer(refs[name], text) <= bound, f"{name}: {text!r}"


@pytest.mark.slow
def test_mandarin_comes_back_in_simplified_characters(base: Transcriber, speech_dir: Path) -> None:
    result = base.transcribe(speech_dir / "zh-aishell-BAC009S0724W0121.wav")
    text = result.transcript.text
    assert result.detected_language == "zh"
    assert to_simplified(text) == text and "廣" not in text and "產" not in text
    assert cer("广州市房地产中介协会分析", text) <= 0.25


@pytest.mark.slow
def test_transcription_works_with_every_socket_blocked(
    monkeypatch: pytest.MonkeyPatch, speech_dir: Path
) -> None:
    """Resolve, load and transcribe with the embedded model while any socket creation raises."""

    def no_network(*args: object, **kwargs: object) -> socket.socket:
        raise OSError("network access attempted during offline transcription")

    transcriber_module.load_whisper.cache_clear()  # make the model load happen under the block too
    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    transcript = transcribe_file(speech_dir / "jfk.flac", language="en")
    assert wer(references(speech_dir)["jfk.flac"], transcript.text) <= 0.05
    assert transcript.model == "base"


@pytest.mark.slow
def test_cancelling_a_real_file_transcription_stops_it_early(base: Transcriber, speech_dir: Path) -> None:
    """Cancel from the progress callback once a fifth is done: Cancelled comes well before the end."""
    cancel = threading.Event()
    seen: list[float] = []

    def on_progress(value: float) -> None:
        seen.append(value)
        if value >= 0.2:
            cancel.set()

    with pytest.raises(Cancelled):
        base.transcribe(speech_dir / JOINED, vad=False, progress=on_progress, cancel=cancel)
    assert seen and max(seen) < 0.8
