"""The translation catalogue: every marked text translated in each language, fields kept, the .qm files current."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTranslator

from studio.core import i18n as hooks
from studio.ui.i18n import LanguageManager, catalog_dir

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
import i18n as catalogue

LANGUAGES = tuple(catalogue.LANGUAGES)


def test_extractor_finds_literal_texts_and_only_those(tmp_path: Path) -> None:
    source = tmp_path / "mod.py"
    source.write_text(
        "from studio.core.i18n import tr, tr_noop\n"
        "A = tr_noop('Defined here')\n"
        "def f(name):\n"
        "    print('not for people')\n"
        "    return tr('Hello {name}').format(name=name), tr(A), i18n.tr('Via module')\n",
        encoding="utf-8",
    )
    found = catalogue.extract((tmp_path,))
    assert sorted(found) == ["Defined here", "Hello {name}", "Via module"]


def test_the_source_has_a_catalogue_worth_the_name() -> None:
    texts = catalogue.extract()
    assert len(texts) > 300, len(texts)
    for expected in ("Start recording", "Settings"):
        assert any(expected in text for text in texts), expected


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_is_translated_with_its_fields(language: str) -> None:
    problems = catalogue.problems(language, catalogue.extract())
    assert not problems, f"{len(problems)} problems, e.g.:\n" + "\n".join(problems[:40])


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_shipped_qm_gives_every_translation_of_the_ts(qapp: Any, language: str) -> None:
    translator = QTranslator()
    assert translator.load(str(catalogue.qm_path(language)))
    wrong = [source for source, msg in catalogue.read_ts(catalogue.ts_path(language)).items()
             if msg.finished and not msg.obsolete
             and translator.translate(hooks.CONTEXT, source) != msg.translation]
    assert not wrong, f"{len(wrong)} texts differ between the .ts and the .qm (run tools/i18n.py update): {wrong[:5]}"


def test_the_language_follows_the_system_unless_chosen() -> None:
    assert hooks.resolve_language("system", "vi_VN") == "vi"
    assert hooks.resolve_language("system", "zh_CN") == "zh"
    assert hooks.resolve_language("system", "in_ID") == "id"
    assert hooks.resolve_language("system", "fr_FR") == "en"
    assert hooks.resolve_language("id", "vi_VN") == "id"


def test_switching_installs_the_catalogue_and_back(qapp: Any) -> None:
    translated = {s: m.translation for s, m in catalogue.read_ts(catalogue.ts_path("vi")).items()
                  if m.finished and not m.obsolete and m.translation != s}
    assert translated, "the Vietnamese catalogue translates nothing"
    source, expected = next(iter(translated.items()))
    manager = LanguageManager(qapp)
    try:
        assert manager.switch("vi") == "vi"
        assert hooks.tr(source) == expected
        assert hooks.current_language() == "vi"
        assert manager.switch("en") == "en"
        assert hooks.tr(source) == source
    finally:
        manager.switch("en")
        hooks.set_backend(None)
    assert (catalog_dir() / "studio_zh_CN.qm").exists()
