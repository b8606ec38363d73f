"""The shipped sample run-sheets parse cleanly, are documented, and score fully against a reading of themselves."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.core.coverage import CoverageStatus, score_coverage
from studio.core.script import ItemKind, load_script, summarise_script

from .timed import timed

SAMPLES = {
    "en-phone-case.md": ("en", 1),
    "vi-ca-phe-phin.md": ("vi", 1),
    "zh-hotpot-base.md": ("zh", 1),
    "id-serum.md": ("id", 1),
    "bilingual-vi-en-two-products.md": ("vi", 2),
}


def test_every_sample_in_the_folder_is_listed_here(repo_root: Path) -> None:
    assert sorted(p.name for p in (repo_root / "assets" / "scripts").glob("*.md")) == sorted(SAMPLES)


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_sample_parses_with_its_language_products_and_a_priced_product(repo_root: Path, name: str) -> None:
    sheet = load_script(repo_root / "assets" / "scripts" / name)
    language, products = SAMPLES[name]
    assert sheet.language == language
    assert len(sheet.products) == products
    for product in sheet.products:
        assert product.category
        assert product.first(ItemKind.NAME) is not None
        price = product.first(ItemKind.PRICE)
        assert price is not None and price.values
    summary = summarise_script(sheet)
    assert summary.startswith(sheet.title) and summary.endswith(".")


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_the_documentation_shows_each_sample_verbatim(repo_root: Path, name: str) -> None:
    doc = (repo_root / "docs" / "script-format.md").read_text(encoding="utf-8")
    sample = (repo_root / "assets" / "scripts" / name).read_text(encoding="utf-8")
    # Notes ("> ...") and comments may be left out of the docs; every checked line must be there.
    for line in sample.splitlines():
        if line.strip() and not line.startswith((">", "<!--")):
            assert line in doc, f"{name}: {line!r} is not in docs/script-format.md"


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_reading_the_first_phrase_of_every_line_covers_the_sample(repo_root: Path, name: str) -> None:
    sheet = load_script(repo_root / "assets" / "scripts" / name)
    spoken = " ".join(item.text for product in sheet.products for item in product.items)
    if sheet.language == "zh":
        spoken = " ".join(spoken[i : i + 2] for i in range(0, len(spoken), 2))
    result = score_coverage(sheet, timed(spoken, language=sheet.language, step=0.3))
    assert [c.item.text for c in result.items if c.status != CoverageStatus.COVERED] == []
    assert result.order_followed
