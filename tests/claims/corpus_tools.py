"""Read the labelled claims corpus and score the matcher on it (shared by the tests and the benchmark)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from studio.core.claims import RuleSet, load_packs

CORPUS_DIR = Path(__file__).resolve().parent / "corpus"
MARKET_OF = {"en": "en-US", "vi": "vi-VN", "zh": "zh-CN", "id": "id-ID"}


@dataclass(frozen=True)
class Example:
    language: str
    line: int
    expect: frozenset[str]  # empty: must not be flagged
    note: str
    text: str
    product: str | None = None  # product category, when the sentence is judged for one


@dataclass(frozen=True)
class Score:
    language: str
    positives: int
    negatives: int
    true_positives: int
    false_positives: int
    misses: list[Example]
    false_alarms: list[tuple[Example, list[str]]]

    @property
    def precision(self) -> float:
        flagged = self.true_positives + self.false_positives
        return self.true_positives / flagged if flagged else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.positives if self.positives else 1.0


HOLDOUT_DIR = CORPUS_DIR / "holdout"


def load_corpus(language: str, folder: Path = CORPUS_DIR) -> list[Example]:
    examples = []
    path = folder / f"{language}.tsv"
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        expect, note, text, *rest = raw.split("\t")
        categories = frozenset() if expect == "none" else frozenset(expect.split("|"))
        examples.append(Example(language, number, categories, note, text, rest[0] if rest else None))
    return examples


NOISY_DIR = CORPUS_DIR / "noisy"


def score(language: str, rules: RuleSet | None = None, folder: Path = CORPUS_DIR, *, fuzzy: bool = False) -> Score:
    """Sentence-level scores: a positive counts only if a hit has an expected category; any hit on a negative,
    or only wrong-category hits on a positive, is a false positive. ``fuzzy`` adds the fuzzy second pass."""
    rules = rules or load_packs(MARKET_OF[language])
    tp = fp = positives = negatives = 0
    misses: list[Example] = []
    alarms: list[tuple[Example, list[str]]] = []
    for example in load_corpus(language, folder):
        hits = rules.check_text(example.text, product_category=example.product, fuzzy=fuzzy)
        found = {hit.category for hit in hits}
        if example.expect:
            positives += 1
            if found & example.expect:
                tp += 1
            else:
                misses.append(example)
                if found:
                    fp += 1
                    alarms.append((example, [f"{h.rule_id}:{h.quote}" for h in hits]))
        else:
            negatives += 1
            if hits:
                fp += 1
                alarms.append((example, [f"{h.rule_id}:{h.quote}" for h in hits]))
    return Score(language, positives, negatives, tp, fp, misses, alarms)
