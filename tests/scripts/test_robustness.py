"""Nothing a trainer writes or a recogniser outputs makes the parser, the number reader or coverage crash."""

from __future__ import annotations

import random

import pytest

from studio.core.coverage import score_coverage
from studio.core.numbers import extract_numbers
from studio.core.script import ScriptError, parse_script

from .timed import timed

ALPHABET = (
    "abc xyz 0123456789 .,:;|-#>*()（）：，。 đồng nghìn triệu rưỡi linh mươi 九十万千百零两块元点 ribu juta belas "
    "puluh se ratus k K rb tr hundred thousand and a one nineteen ninety $ Rp ₫ \n\t\u00a0\u3000１２３"
)
WORDS = (
    "price: - ## Product: # language: vi market: en-US order: strict free say-within: 90s 1:30 point (optional) "
    "cta name offer shipping disclaimer category: food | 99.000 đồng 九万九 sembilan ribu x"
).split()


@pytest.mark.parametrize("seed", range(40))
def test_random_text_never_breaks_the_number_reader(seed: int) -> None:
    rng = random.Random(seed)
    text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 200)))
    for language in ("en", "vi", "zh", "id", "fr"):
        for mention in extract_numbers(text, language):
            assert 0 <= mention.start < mention.end <= len(text)
            assert mention.text == text[mention.start : mention.end]
            assert mention.value >= 0


@pytest.mark.parametrize("seed", range(60))
def test_random_run_sheets_parse_or_raise_a_script_error_with_a_line(seed: int) -> None:
    rng = random.Random(seed)
    lines = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 5))) for _ in range(rng.randint(0, 12))]
    text = "# T\nlanguage: vi\n" + "\n".join(lines) if seed % 2 else "\n".join(lines)
    try:
        sheet = parse_script(text, path="random.md")
    except ScriptError as error:
        assert error.line is not None and error.line >= 1
        assert error.spoken().startswith("The file random.md, line ")
        return
    # What parses must also score against any transcript without errors.
    result = score_coverage(sheet, timed(" ".join(rng.choice(WORDS) for _ in range(30)), language=sheet.language))
    assert len(result.items) == sum(len(p.items) for p in sheet.products)
    assert 0.0 <= result.metrics["coverage_ratio"] <= 1.0
