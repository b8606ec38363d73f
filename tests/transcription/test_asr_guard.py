"""The hallucination guard removes model loops and unsure runs, keeps real speech, and says what it removed."""

from __future__ import annotations

from studio.core.asr_guard import GuardSettings, guard, normalise
from studio.core.model import Segment, Word


def _seg(text: str, start: float, probs: list[float] | None = None) -> tuple[Segment, list[Word]]:
    tokens = text.split()
    probs = probs or [0.9] * len(tokens)
    pairs = enumerate(zip(tokens, probs, strict=True))
    words = [Word(t, start + i * 0.3, start + i * 0.3 + 0.25, p) for i, (t, p) in pairs]
    return Segment(start, start + 0.3 * len(tokens), text), words


def test_clean_speech_passes_through_unchanged() -> None:
    decoded = [_seg("Hello everyone, welcome to the stream.", 0.0), _seg("Today we sell coffee.", 3.0)]
    result = guard(decoded)
    assert result.dropped == ()
    assert [s.text for s in result.segments] == ["Hello everyone, welcome to the stream.", "Today we sell coffee."]
    assert len(result.words) == 10


def test_repeated_consecutive_segments_keep_only_the_first() -> None:
    decoded = [_seg("Okay.", 0.0), _seg("okay", 1.0), _seg("Okay!", 2.0), _seg("Buy now.", 3.0)]
    result = guard(decoded)
    assert [s.text for s in result.segments] == ["Okay.", "Buy now."]
    assert [d.reason for d in result.dropped] == ["repeated segment", "repeated segment"]
    assert [w.text for w in result.words] == ["Okay.", "Buy", "now."]


def test_word_loop_is_cut_to_one_occurrence_and_segment_text_rebuilt() -> None:
    decoded = [_seg("so good " + "thank you " * 6 + "bye", 0.0)]
    result = guard(decoded)
    assert normalise(result.segments[0].text) == "so good thank you bye"
    assert [d.reason for d in result.dropped] == ["repetition loop"]
    assert result.dropped[0].text == " ".join(["thank", "you"] * 5)


def test_a_human_stutter_of_three_is_kept() -> None:
    result = guard([_seg("I I I think so", 0.0)])
    assert result.dropped == ()
    assert [w.text for w in result.words] == ["I", "I", "I", "think", "so"]


def test_runs_of_very_unsure_words_are_dropped_but_a_single_one_is_kept() -> None:
    decoded = [
        _seg("this serum cures acne forever", 0.0, [0.9, 0.9, 0.05, 0.04, 0.02]),
        _seg("well um maybe", 3.0, [0.9, 0.05, 0.9]),
    ]
    result = guard(decoded)
    assert [w.text for w in result.words] == ["this", "serum", "well", "um", "maybe"]
    assert result.segments[0].text == "this serum"
    assert result.dropped[0].reason == "low confidence"
    assert result.dropped[0].text == "cures acne forever"


def test_a_segment_that_loses_every_word_disappears_and_chinese_rebuilds_without_spaces() -> None:
    loop = _seg("好 好 好 好 好 好", 0.0)
    low = _seg("谢 谢 观 看", 3.0, [0.01, 0.01, 0.01, 0.01])
    result = guard([loop, low], joiner="")
    assert [s.text for s in result.segments] == ["好"]
    assert {d.reason for d in result.dropped} == {"repetition loop", "low confidence"}


def test_thresholds_are_settings() -> None:
    strict = GuardSettings(max_repeats=1)
    assert guard([_seg("no no way", 0.0)], settings=strict).dropped[0].text == "no"
