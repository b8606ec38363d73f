"""Captions from transcripts: the cue rules hold and the files parse with standard WebVTT and SRT parsers."""

from __future__ import annotations

import io
import itertools
import random
from pathlib import Path

import pytest
import srt
import webvtt

from studio.core.captions import (
    MAX_CUE_SECONDS,
    MAX_LINE_COLUMNS,
    MAX_LINES,
    Cue,
    build_cues,
    columns,
    srt_timestamp,
    to_srt,
    to_webvtt,
    vtt_timestamp,
)
from studio.core.model import Segment, Transcript, Word

from .conftest import make_transcript


def _parse_vtt(text: str, tmp_path: Path) -> list[webvtt.Caption]:
    path = tmp_path / "captions.vtt"
    path.write_text(text, encoding="utf-8")
    captions: list[webvtt.Caption] = webvtt.read(str(path)).captions
    return captions


def _assert_rules(cues: tuple[Cue, ...]) -> None:
    for cue in cues:
        assert cue.end - cue.start <= MAX_CUE_SECONDS + 1e-9
        assert 1 <= len(cue.lines) <= MAX_LINES
        assert all(columns(line) <= MAX_LINE_COLUMNS for line in cue.lines)
    for before, after in itertools.pairwise(cues):
        assert before.end <= after.start, "cues must not overlap"


def test_timestamps_are_formatted_for_each_format() -> None:
    assert vtt_timestamp(0) == "00:00:00.000"
    assert vtt_timestamp(3725.4567) == "01:02:05.457"
    assert srt_timestamp(3725.4567) == "01:02:05,457"
    assert srt_timestamp(59.9996) == "00:01:00,000"  # rounding carries into the minutes


def test_trilingual_transcript_makes_cues_within_the_limits_and_breaks_at_the_pause() -> None:
    transcript = make_transcript()
    cues = build_cues(transcript)
    _assert_rules(cues)
    texts = [cue.text for cue in cues]
    # the 2 s pause after the Vietnamese sentence ends a cue: no cue mixes it with the Chinese that follows
    assert not any("ngon." in t and "大家" in t for t in texts)
    # Chinese words are joined without spaces
    assert any("大家好，这款咖啡非常好喝。" in t.replace("\n", "") for t in texts)
    joined = " ".join(texts)
    assert "Xin chào các bạn," in joined and "Ask not what your country" in joined


def test_webvtt_parses_with_webvtt_py_and_keeps_text_and_times(tmp_path: Path) -> None:
    transcript = make_transcript()
    cues = build_cues(transcript)
    parsed = _parse_vtt(to_webvtt(transcript), tmp_path)
    assert len(parsed) == len(cues)
    for caption, cue in zip(parsed, cues, strict=True):
        assert (caption.start, caption.end) == (vtt_timestamp(cue.start), vtt_timestamp(cue.end))
        assert caption.start_in_seconds == int(cue.start)  # the parser's own reading of the timestamp
        assert caption.text == cue.text


def test_srt_parses_with_the_srt_library_and_keeps_text_and_times() -> None:
    transcript = make_transcript()
    cues = build_cues(transcript)
    parsed = list(srt.parse(to_srt(transcript)))
    assert [p.index for p in parsed] == list(range(1, len(cues) + 1))
    for subtitle, cue in zip(parsed, cues, strict=True):
        assert subtitle.start.total_seconds() == pytest.approx(cue.start, abs=0.001)
        assert subtitle.end.total_seconds() == pytest.approx(cue.end, abs=0.001)
        assert subtitle.content == cue.text


def test_an_empty_transcript_gives_a_valid_empty_file_in_both_formats(tmp_path: Path) -> None:
    empty = Transcript("en", 0.0, "base")
    assert build_cues(empty) == ()
    assert _parse_vtt(to_webvtt(empty), tmp_path) == []
    assert list(srt.parse(to_srt(empty))) == []


def test_a_word_longer_than_a_line_is_cut_and_still_parses(tmp_path: Path) -> None:
    url = "https://shop.example.com/" + "x" * 100
    transcript = Transcript("en", 4.0, "base", words=(Word(" Visit", 0.0, 0.4), Word(" " + url, 0.5, 3.5)))
    cues = build_cues(transcript)
    _assert_rules(cues)
    assert "".join("".join(c.lines) for c in cues).replace("Visit", "") == url
    assert len(_parse_vtt(to_webvtt(transcript), tmp_path)) == len(cues)
    assert len(list(srt.parse(to_srt(transcript)))) == len(cues)


def test_a_long_zh_run_without_spaces_or_words_wraps_at_double_width(tmp_path: Path) -> None:
    text = "大家好欢迎来到我的直播间今天我们卖的是来自云南的咖啡豆非常香浓大家快来买吧" * 2
    transcript = Transcript("zh", 12.0, "base", segments=(Segment(0.0, 12.0, text),))
    cues = build_cues(transcript)
    _assert_rules(cues)
    assert "".join("".join(c.lines) for c in cues) == text
    assert max(len(line) for c in cues for line in c.lines) <= MAX_LINE_COLUMNS // 2
    assert [c.text for c in _parse_vtt(to_webvtt(transcript), tmp_path)] == [c.text for c in cues]


def test_a_word_that_lasts_too_long_is_clipped_to_seven_seconds() -> None:
    transcript = Transcript("en", 20.0, "base", words=(Word(" Hmmm", 1.0, 15.0), Word(" ok", 15.0, 15.2)))
    cues = build_cues(transcript)
    _assert_rules(cues)
    assert cues[0].end - cues[0].start == pytest.approx(MAX_CUE_SECONDS)


def test_zero_length_words_still_give_cues_that_last() -> None:
    transcript = Transcript("en", 2.0, "base", words=(Word(" a", 1.0, 1.0),))
    (cue,) = build_cues(transcript)
    assert cue.end > cue.start


def test_markup_in_speech_is_escaped_in_webvtt(tmp_path: Path) -> None:
    transcript = Transcript(
        "en", 2.0, "base", words=(Word(" <b>50%", 0.0, 0.5), Word(" off", 0.5, 1.0), Word(" -->", 1.0, 1.5))
    )
    vtt = to_webvtt(transcript)
    assert "<b>" not in vtt and "&lt;b&gt;50%" in vtt
    assert vtt.count("-->") == 1  # only the timing line's arrow
    assert _parse_vtt(vtt, tmp_path)[0].text.startswith("&lt;b&gt;")
    parsed = list(srt.parse(io.StringIO(to_srt(transcript)).read()))
    assert "<b>50% off" in parsed[0].content


def test_random_transcripts_always_give_valid_non_overlapping_cues_that_parse(tmp_path: Path) -> None:
    """100 seeded random transcripts (mixed scripts, zero-length and very long words, overlaps at pauses)."""
    rng = random.Random(8)
    vocabulary = ["xin", "chào", "大家好", "咖啡", "Đà Lạt", "hello,", "world.", "x" * 60, "。", "100%", "<b>", "&"]
    for _ in range(100):
        at, words = 0.0, []
        for _ in range(rng.randint(0, 60)):
            at += rng.choice([0.0, 0.05, 0.3, 2.5])
            words.append(Word(" " + rng.choice(vocabulary), at, at + rng.choice([0.0, 0.2, 9.0])))
        transcript = Transcript("vi", at + 10, "base", words=tuple(words))
        cues = build_cues(transcript)
        _assert_rules(cues)
        assert len(list(srt.parse(to_srt(transcript)))) == len(cues)
        assert len(_parse_vtt(to_webvtt(transcript), tmp_path)) == len(cues)
