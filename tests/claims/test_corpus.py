"""The labelled corpus: size, coverage of every pitfall, and precision/recall of the shipped packs."""

from __future__ import annotations

import pytest

from tests.claims.corpus_tools import load_corpus, score

LANGUAGES = ("en", "vi", "zh", "id")


@pytest.mark.parametrize("language", LANGUAGES)
def test_corpus_has_positives_and_tricky_negatives(language: str) -> None:
    examples = load_corpus(language)
    positives = [e for e in examples if e.expect]
    negatives = [e for e in examples if not e.expect]
    assert len(positives) >= 60 and len(negatives) >= 30


def test_corpus_covers_every_pitfall_with_cases() -> None:
    notes = {e.note for language in LANGUAGES for e in load_corpus(language)}
    assert {"p1", "p2", "p3", "p4", "p5", "p6", "p7"} <= notes


@pytest.mark.parametrize("language", LANGUAGES)
def test_precision_and_recall_are_at_least_95_percent(language: str) -> None:
    result = score(language)
    detail = [e.text for e in result.misses] + [f"{e.text} -> {hits}" for e, hits in result.false_alarms]
    assert result.precision >= 0.95, detail
    assert result.recall >= 0.95, detail
