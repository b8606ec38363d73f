"""Fillers with context rules, multi-word fillers, stutters apart from fillers, and grouped findings."""

from __future__ import annotations

import pytest

from studio.core.fillers import analyse_fillers, filler_findings, find_fillers, find_stutters
from studio.core.model import FindingKind, Word

from .helpers import timed


def fillers(text: str, language: str = "en", **kwargs: object) -> list[str]:
    return [o.text for o in find_fillers(timed(text), language, **kwargs)]  # type: ignore[arg-type]


def test_i_like_this_is_not_a_filler() -> None:
    """The verb "like" (and "so" as an adverb) is never counted without a pause or comma."""
    assert fillers("I like this serum so much.") == []
    assert fillers("Do you know the price?") == []
    assert fillers("I mean it when I say it works well.") == []


def test_ambiguous_fillers_count_when_set_off_by_commas() -> None:
    """ "like", "so" and "you know" between commas (or after a sentence start) are fillers, counted once each."""
    assert fillers("It's, like, really light.") == ["like"]
    assert fillers("So, today we have a serum.") == ["so"]
    assert fillers("It is, you know, very light.") == ["you know"]


def test_ambiguous_filler_set_off_by_pauses() -> None:
    """ "like" with 0.4 s pauses on both sides counts; with a pause on one side only, it does not."""
    both = timed("it is like really light", gaps={2: 0.4, 3: 0.4})
    one = timed("it is like really light", gaps={2: 0.4})
    assert [o.text for o in find_fillers(both, "en")] == ["like"]
    assert find_fillers(one, "en") == []
    assert find_fillers(both, "en", pause=0.5) == []


def test_plain_fillers_always_count() -> None:
    """um, uh and hmm count anywhere, with or without punctuation."""
    assert fillers("um this is uh the hmm serum") == ["um", "uh", "hmm"]


def test_a_filler_sets_off_the_next_one() -> None:
    """ "um so, ..." : "so" right after "um", with a comma after it, is a filler too; "um so good" is not."""
    assert fillers("um so, this is it") == ["um", "so"]
    assert fillers("it is um so good") == ["um"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("sản phẩm này, kiểu như, rất mịn", "vi", ["kiểu như"]),
        ("sản phẩm này kiểu như thế này", "vi", []),
        ("ừm thì là sản phẩm này", "vi", ["ừm", "thì là"]),
        ("produk ini, gitu, bagus banget", "id", ["gitu"]),
        ("anu eh produk ini bagus", "id", ["anu", "eh"]),
        ("produk ini kayak sutra", "id", []),
    ],
)
def test_vietnamese_and_indonesian_fillers(text: str, language: str, expected: list[str]) -> None:
    """Multi-word vi fillers, the same comma rule for ambiguous ones, plain ones always."""
    assert fillers(text, language) == expected


def test_mandarin_fillers_match_characters_across_word_boundaries() -> None:
    """嗯 always counts; 就是 only when set off ("这就是" is "this is")."""
    words = timed(["这款", "面霜，", "嗯，", "就是，", "非常", "保湿。"])
    assert [o.text for o in find_fillers(words, "zh")] == ["嗯", "就是"]
    assert find_fillers(timed(["这就是", "我们的", "面霜"]), "zh") == []


def test_traditional_characters_match_the_simplified_lists() -> None:
    """Whisper's Traditional 那個 / 然後 are the Simplified fillers 那个 / 然后."""
    words = timed(["這款，", "那個，", "面霜。", "然後，", "很好"])
    assert [o.text for o in find_fillers(words, "zh")] == ["那个", "然后"]


def test_stutters_are_counted_apart_from_fillers() -> None:
    """ "the the" and "I- I" are stutters; "very very" is emphasis; a five-fold repeat is a recogniser loop."""
    assert [o.text for o in find_stutters(timed("the the best serum"), "en")] == ["the the"]
    assert len(find_stutters(timed("I- I think so"), "en")) == 1
    assert [o.text for o in find_stutters(timed("th- the price"), "en")] == ["th- the"]
    assert find_stutters(timed("very very good"), "en") == []
    assert find_stutters(timed("okay okay okay okay okay okay"), "en") == []
    assert fillers("the the best") == []


def test_reduplication_is_not_a_stutter_in_vietnamese() -> None:
    """ "xinh xinh" is a word; "b- bạn" and "rất rất rất" are repetitions."""
    assert find_stutters(timed("màu xinh xinh lắm"), "vi") == []
    assert len(find_stutters(timed("b- bạn ơi"), "vi")) == 1
    assert len(find_stutters(timed("rất rất rất đẹp"), "vi")) == 1


def test_filler_rates_per_hundred_words_and_per_minute() -> None:
    """5 fillers among 100 words over two minutes: 5 per hundred words, 2.5 a minute."""
    tokens = ["um" if i % 20 == 0 else "word" for i in range(100)]
    result = analyse_fillers(timed(tokens), "en", word_count=100, minutes=2.0)
    assert len(result.fillers) == 5
    assert result.per_100_words == pytest.approx(5.0)
    assert result.per_minute == pytest.approx(2.5)


def test_two_hundred_fillers_become_a_few_findings() -> None:
    """200 "um"s spread over an hour give at most three grouped findings plus one total, not 200."""
    words = [Word("um" if i % 45 == 0 else "word", i * 0.4, i * 0.4 + 0.3) for i in range(9000)]
    result = analyse_fillers(words, "en", word_count=9000, minutes=60.0)
    assert len(result.fillers) == 200
    found = filler_findings(result, "en")
    kinds = [f.kind for f in found]
    assert kinds.count(FindingKind.FILLER) == 4
    total = [f for f in found if f.rule_id == "filler.total"]
    assert len(total) == 1
    assert "Two hundred fillers" in total[0].message


def test_dense_run_is_one_finding() -> None:
    """Four fillers within a few seconds are reported together, with how often each was said."""
    result = analyse_fillers(timed("um so, um, like, yes um"), "en", word_count=7, minutes=0.1)
    found = [f for f in filler_findings(result, "en") if f.kind is FindingKind.FILLER]
    assert len(found) == 1
    assert "“um” three times" in found[0].message
