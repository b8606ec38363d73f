"""Live transcription: feeding never blocks, chunks land on the recording's timeline, real speech matches offline."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest

from studio.core.errors import Cancelled
from studio.core.model import Transcript, TranscriptPass
from studio.services.transcription.live import LiveTranscriber, LiveTranscriptionError
from studio.services.transcription.transcriber import Transcriber, decode_media
from tests.transcription.speech import JOINED, references, wer

SR = 16_000


class ChunkEcho:
    """A fake model: one word per decoded chunk, from 0.1 s to the end of its sound, after an optional delay."""

    def __init__(self, delay: float = 0.0) -> None:
        self.delay = delay
        self.lengths: list[float] = []
        self.prompts: list[str | None] = []
        self.gate = threading.Event()
        self.gate.set()

    def transcribe(self, audio: np.ndarray, **kwargs: Any) -> tuple[Any, Any]:
        self.gate.wait()
        time.sleep(self.delay)
        self.lengths.append(len(audio) / SR)
        self.prompts.append(kwargs.get("initial_prompt"))
        loud = np.flatnonzero(np.abs(audio) > 0.01)
        end = max(0.4, (loud[-1] + 1) / SR if loud.size else 0.4)
        word = SimpleNamespace(word=f" w{len(self.lengths)}", start=0.1, end=end, probability=0.9)
        seg = SimpleNamespace(start=0.0, end=end, text=word.word, words=[word], avg_logprob=-0.1, no_speech_prob=0.0)
        return iter([seg]), SimpleNamespace(language="en", language_probability=0.9)


class DropsLastSentence:
    """A fake model that, like Whisper now and then, ends its window early: on a long chunk it returns words for
    the first sound only; asked again about the rest, it hears it (and repeats the last word it heard before)."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    def transcribe(self, audio: np.ndarray, **kwargs: Any) -> tuple[Any, Any]:
        self.calls.append(len(audio) / SR)
        if len(self.calls) == 1:
            words = [SimpleNamespace(word=" country", start=0.2, end=2.0, probability=0.9)]
        else:
            words = [SimpleNamespace(word=" Country.", start=0.0, end=0.1, probability=0.9),
                     SimpleNamespace(word=" guaranteed", start=0.3, end=0.8, probability=0.9),
                     SimpleNamespace(word=" results", start=0.8, end=1.3, probability=0.9)]
        text = "".join(w.word for w in words)
        seg = SimpleNamespace(start=words[0].start, end=words[-1].end, text=text, words=words, avg_logprob=-0.1,
                              no_speech_prob=0.0)
        return iter([seg]), SimpleNamespace(language="en", language_probability=0.9)


def test_sound_left_without_words_gets_a_second_decode_and_no_word_twice() -> None:
    fake = DropsLastSentence()
    live = LiveTranscriber(Transcriber(fake, name="fake"), language="en")
    gap = np.zeros(int(0.7 * SR), dtype=np.float32)  # too short a pause for a chunk cut
    _feed(live, np.concatenate([_speechy(2.0), gap, _speechy(1.5), np.zeros(SR, dtype=np.float32)]))
    transcript = live.finish(timeout=10)
    assert [w.text for w in transcript.words] == ["country", "guaranteed", "results"]
    assert live.stats.second_looks == 1 and len(fake.calls) == 2
    assert transcript.words[1].start > 2.5  # on the recording's timeline, after the pause
    assert "Country" not in transcript.text


def _speechy(seconds: float) -> np.ndarray:
    t = np.arange(int(seconds * SR)) / SR
    return (0.2 * np.sin(2 * np.pi * 200 * t) * (0.6 + 0.4 * np.sin(2 * np.pi * 3 * t))).astype(np.float32)


def _feed(live: LiveTranscriber, audio: np.ndarray, block: int = 1024) -> list[float]:
    """Feed in recorder-sized blocks as int16; return how long each feed() call took, in seconds."""
    times: list[float] = []
    for i in range(0, len(audio), block):
        chunk = (audio[i : i + block] * 32767).astype(np.int16)
        started = time.perf_counter()
        live.feed(chunk, SR)
        times.append(time.perf_counter() - started)
    return times


def test_chunks_are_cut_at_pauses_and_words_land_on_the_recording_timeline() -> None:
    fake = ChunkEcho()
    partials: list[Transcript] = []
    live = LiveTranscriber(
        Transcriber(fake, name="fake"), language="en", on_partial=partials.append, prompt_previous_text=True
    )
    silence = np.zeros(int(1.5 * SR), dtype=np.float32)
    audio = np.concatenate([silence, _speechy(7), silence, _speechy(3)])  # speech 1.5–8.5 and 10–13 s
    _feed(live, audio)
    transcript = live.finish(timeout=10)
    assert transcript.source_pass is TranscriptPass.LIVE
    assert [w.text for w in transcript.words] == ["w1", "w2"]
    # leading silence trimmed to a 0.2 s pad: chunk 1 starts at 1.3 s, chunk 2 at 9.8 s (approx.)
    assert abs(transcript.words[0].start - 1.4) < 0.1
    assert abs(transcript.words[1].start - 9.9) < 0.15
    assert abs(transcript.duration - 13.0) < 0.01
    assert len(partials) == 2 and partials[-1].words == transcript.words
    assert fake.prompts[1] == "w1"  # the previous text is the next chunk's prompt


def test_feed_returns_at_once_even_while_the_model_is_busy() -> None:
    fake = ChunkEcho(delay=0.5)
    fake.gate.clear()  # the "model" is stuck until we release it
    live = LiveTranscriber(Transcriber(fake, name="fake"), language="en")
    times = _feed(live, np.tile(_speechy(1.0), 20), block=480)  # 20 s in 10 ms blocks
    # The median shows the real cost; the maximum only has to stay below a recorder block even when the
    # shared test machine deschedules the thread.
    assert float(np.median(times)) < 0.001
    assert max(times) < 0.1
    fake.gate.set()
    live.finish(timeout=10)
    assert live.stats.blocks == 667


def test_silence_only_produces_an_empty_transcript_without_decoding() -> None:
    fake = ChunkEcho()
    live = LiveTranscriber(Transcriber(fake, name="fake"), language="en")
    _feed(live, np.zeros(10 * SR, dtype=np.float32))
    transcript = live.finish(timeout=5)
    assert transcript.words == () and fake.lengths == []


def test_cancel_stops_and_finish_reports_the_cancellation() -> None:
    fake = ChunkEcho()
    fake.gate.clear()
    live = LiveTranscriber(Transcriber(fake, name="fake"), language="en")
    _feed(live, _speechy(3))
    live.cancel()
    fake.gate.set()
    with pytest.raises(Cancelled):
        live.finish(timeout=5)
    live.feed(np.zeros(100, dtype=np.float32), SR)  # a late block after cancel is ignored, not an error


def test_finish_gives_up_with_a_clear_error_when_the_tail_takes_too_long() -> None:
    fake = ChunkEcho()
    fake.gate.clear()
    live = LiveTranscriber(Transcriber(fake, name="fake"), language="en")
    _feed(live, _speechy(3))
    with pytest.raises(LiveTranscriptionError, match="not ready"):
        live.finish(timeout=0.3)
    fake.gate.set()
    live.cancel()


@pytest.mark.slow
def test_real_speech_fed_as_48k_stereo_blocks_matches_the_offline_transcript(speech_dir: Path) -> None:
    """The joined 70 s clip, fed as a recorder would (48 kHz int16 stereo, 20 ms blocks), faster than real time."""
    audio = decode_media(speech_dir / JOINED)
    base = Transcriber(beam_size=1)
    offline = base.transcribe_audio(audio, vad=False).transcript
    live = LiveTranscriber(base)
    up = np.repeat(audio, 3)  # 16 → 48 kHz; the live path must decimate it back
    stereo = np.stack([up, np.zeros_like(up)], axis=1)
    block = 960
    for i in range(0, len(stereo), block):
        live.feed((stereo[i : i + block] * 32767).astype(np.int16), 48_000)
    transcript = live.finish(timeout=60)
    ref = references(speech_dir)[JOINED]
    live_wer, offline_wer = wer(ref, transcript.text), wer(ref, offline.text)
    assert live_wer <= offline_wer + 0.02, (live_wer, offline_wer, transcript.text)
    assert transcript.language == "en" and abs(transcript.duration - 70.6) < 0.1
    assert live.stats.chunks_decoded >= 4  # it really decoded in pieces, not once at the end
    starts = [w.start for w in transcript.words]
    assert starts == sorted(starts) and starts[-1] <= transcript.duration


@pytest.mark.slow
def test_real_model_live_cancel_returns_quickly(speech_dir: Path) -> None:
    audio = decode_media(speech_dir / JOINED)
    live = LiveTranscriber(Transcriber(beam_size=1))
    for i in range(0, len(audio), 1600):
        live.feed(audio[i : i + 1600], SR)
    time.sleep(1.0)
    started = time.perf_counter()
    live.cancel()
    with pytest.raises(Cancelled):
        live.finish(timeout=30)
    assert time.perf_counter() - started < 10
