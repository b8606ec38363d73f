"""The rule pack dialog, by keyboard only (offscreen): opened from the review window with its access key, rules read
row by row, every change asks for a reason, is announced, and lands in the centre's overlay that analyses use."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import shiboken6
import yaml
from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from studio.core import i18n
from studio.core.claims import load_packs
from studio.core.claims.overlay import overlay_path
from studio.ui.review.review_window import ReviewWindow, open_review
from studio.ui.review.rules_dialog import NewRuleDialog, RulePackDialog

from .conftest import Library
from .helpers import accessibility_problems

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def review(qtbot: Any, library: Library) -> Iterator[ReviewWindow]:
    window = open_review(library.store, library.media_session)
    qtbot.addWidget(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    yield window
    if shiboken6.isValid(window):
        window.close()
    QApplication.processEvents()


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    target = focused()
    assert target is not None, "nothing has the keyboard focus"
    QTest.keyClick(target, key, modifier)


def type_text(text: str) -> None:
    target = focused()
    assert target is not None
    QTest.keyClicks(target, text)


def go_to_rule(qtbot: Any, dialog: RulePackDialog, rule_id: str) -> None:
    """Alt+R to the list, Home, then Down until the rule is current (as a screen reader user would)."""
    press(Qt.Key.Key_R, ALT)
    qtbot.waitUntil(lambda: focused() is dialog.rules_list, timeout=2000)
    press(Qt.Key.Key_Home)
    for _ in range(dialog.rules_list.count()):
        if dialog.selected_rule_id() == rule_id:
            return
        press(Qt.Key.Key_Down)
    assert dialog.selected_rule_id() == rule_id


def open_by_keyboard(qtbot: Any, review: ReviewWindow) -> RulePackDialog:
    review.words_list.setFocus()
    press(Qt.Key.Key_I, ALT)  # the Findings tab ("F&indings"), where the finding commands are
    qtbot.waitUntil(review.rule_pack_button.isVisible, timeout=2000)
    press(Qt.Key.Key_K, ALT)  # its "Rule pac&k…" button
    qtbot.waitUntil(lambda: isinstance(getattr(review, "rule_pack_dialog", None), RulePackDialog), timeout=3000)
    dialog: RulePackDialog = review.rule_pack_dialog  # type: ignore[attr-defined]
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    qtbot.waitUntil(lambda: focused() is dialog.rules_list, timeout=3000)
    return dialog


def test_the_review_window_opens_the_market_rules_by_its_access_key_and_rows_read_alone(
    qtbot: Any, review: ReviewWindow
) -> None:
    assert review.rule_pack_button.text() == "Rule pac&k…"
    assert "turn a rule off" in review.rule_pack_button.accessibleDescription()
    dialog = open_by_keyboard(qtbot, review)
    assert dialog.market == "en-US" == review.session.market
    assert dialog.windowTitle() == "Rule pack for en-US"
    assert dialog.rules is not None and dialog.rules_list.count() == len(dialog.rules.states) >= 15
    first = dialog.rules_list.item(0).text()
    assert first.startswith("en.cure.word: on, block, cure.")
    rows = [dialog.rules_list.item(i).text() for i in range(dialog.rules_list.count())]
    assert any(row.endswith("Platform rule.") for row in rows)
    assert "Why it matters:" in dialog.details_pane.toPlainText()
    assert not dialog.problems_pane.isVisible()  # no overlay, no problems
    assert accessibility_problems(dialog) == []


def test_turning_a_rule_off_asks_for_the_reason_announces_it_and_the_next_analysis_uses_it(
    qtbot: Any, review: ReviewWindow
) -> None:
    dialog = open_by_keyboard(qtbot, review)
    go_to_rule(qtbot, dialog, "en.absolute.superlative")
    assert dialog.toggle_button.text() == "&Turn off"
    press(Qt.Key.Key_T, ALT)  # no reason yet
    qtbot.waitUntil(lambda: focused() is dialog.reason_edit, timeout=2000)
    assert dialog.log.last_message() == "Type the reason for this change first, then press the button again."
    assert not overlay_path("en-US").exists()
    type_text("Our centre sells only products that won a national award this year")
    press(Qt.Key.Key_T, ALT)
    qtbot.waitUntil(lambda: dialog.log.last_message().startswith("Rule "), timeout=3000)
    assert dialog.log.last_message() == "Rule en.absolute.superlative turned off for en-US."
    assert review.announcer.history[-1].text == "Rule en.absolute.superlative turned off for en-US."  # announced
    assert dialog.selected_rule_id() == "en.absolute.superlative"  # the row stays selected
    row = dialog.rules_list.currentItem().text()
    assert row.startswith("en.absolute.superlative: off, needs evidence")
    assert row.endswith("Turned off by the centre: Our centre sells only products that won a national award this year.")
    assert dialog.toggle_button.text() == "&Turn on" and dialog.reason_edit.text() == ""
    saved = yaml.safe_load(overlay_path("en-US").read_text(encoding="utf-8"))
    assert saved["disabled"][0]["rule"] == "en.absolute.superlative" and saved["disabled"][0]["by"] == "Instructor"
    assert [h.rule_id for h in load_packs("en-US").check_text("It is the best serum.")] == []

    # And back on, again with a reason.
    press(Qt.Key.Key_S, ALT)
    type_text("Trial is over")
    press(Qt.Key.Key_T, ALT)
    qtbot.waitUntil(lambda: "turned on again" in dialog.log.last_message(), timeout=3000)
    assert dialog.rules_list.currentItem().text().startswith("en.absolute.superlative: on,")
    assert [h.rule_id for h in load_packs("en-US").check_text("It is the best serum.")] == ["en.absolute.superlative"]


def test_severity_and_a_phrase_by_keyboard(qtbot: Any, review: ReviewWindow) -> None:
    dialog = open_by_keyboard(qtbot, review)
    go_to_rule(qtbot, dialog, "en.safety.no-risk")
    press(Qt.Key.Key_V, ALT)
    qtbot.waitUntil(lambda: focused() is dialog.severity_combo, timeout=2000)
    assert dialog.severity_combo.currentText() == "block"
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Down)
    assert dialog.severity_combo.currentText() == "verify fact"
    press(Qt.Key.Key_S, ALT)
    type_text("We check the safety data sheet with every trainee")
    press(Qt.Key.Key_C, ALT)
    qtbot.waitUntil(lambda: dialog.log.last_message() == "Rule en.safety.no-risk is now verify fact.", timeout=3000)
    assert "Strictness changed by the centre from block: We check the safety data sheet" in (
        dialog.rules_list.currentItem().text()
    )

    go_to_rule(qtbot, dialog, "en.cosmetic.drug")
    press(Qt.Key.Key_P, ALT)
    qtbot.waitUntil(lambda: focused() is dialog.phrase_edit, timeout=2000)
    type_text("glass skin")
    press(Qt.Key.Key_Return)  # a reason is still needed
    qtbot.waitUntil(lambda: focused() is dialog.reason_edit, timeout=2000)
    type_text("Our trainers hear it every week")
    press(Qt.Key.Key_A, ALT)
    qtbot.waitUntil(lambda: "added to rule" in dialog.log.last_message(), timeout=3000)
    assert dialog.log.last_message() == "Phrase 'glass skin' added to rule en.cosmetic.drug."
    assert dialog.phrase_edit.text() == ""
    assert dialog.rules_list.currentItem().text().endswith("1 phrase added by the centre.")
    assert "Added by the centre: glass skin (Our trainers hear it every week)" in dialog.details_pane.toPlainText()
    (hit,) = load_packs("en-US").check_text("You get glass skin.")
    assert hit.rule_id == "en.cosmetic.drug" and hit.explanation.startswith("Centre rule (phrase added")

    # A look-alike the packs never flag is saved, and the instructor is told.
    go_to_rule(qtbot, dialog, "en.absolute.superlative")
    press(Qt.Key.Key_P, ALT)
    type_text("best before")
    press(Qt.Key.Key_S, ALT)
    type_text("testing")
    press(Qt.Key.Key_A, ALT)
    qtbot.waitUntil(lambda: "never flagged" in dialog.log.last_message(), timeout=3000)


def test_a_new_centre_rule_by_keyboard(qtbot: Any, review: ReviewWindow) -> None:
    dialog = open_by_keyboard(qtbot, review)
    press(Qt.Key.Key_N, ALT)
    qtbot.waitUntil(lambda: isinstance(dialog.new_rule_dialog, NewRuleDialog), timeout=3000)
    form = dialog.new_rule_dialog
    assert form is not None
    qtbot.waitUntil(lambda: focused() is form.phrases_edit, timeout=3000)
    assert accessibility_problems(form) == []
    press(Qt.Key.Key_L, ALT)  # save with nothing typed: the problem is shown and the focus stays on the phrases
    qtbot.waitUntil(form.problem.isVisible, timeout=2000)
    assert "at least one phrase" in form.problem.toPlainText() and focused() is form.phrases_edit
    type_text("holy grail")
    press(Qt.Key.Key_Return)
    type_text("cult favourite")
    press(Qt.Key.Key_C, ALT)
    qtbot.waitUntil(lambda: focused() is form.category_combo, timeout=2000)
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Down)  # medical → cure → absolute
    assert form.category_combo.currentData() == "absolute"
    press(Qt.Key.Key_Tab)
    assert focused() is form.severity_combo
    press(Qt.Key.Key_Down)
    assert form.severity_combo.currentData() == "NEEDS-EVIDENCE"
    press(Qt.Key.Key_W, ALT)
    type_text("Calling it a holy grail is an absolute claim you cannot prove on a live.")
    press(Qt.Key.Key_I, ALT)
    type_text("Say what it does for you instead.")
    press(Qt.Key.Key_S, ALT)
    type_text("Centre list, March")
    press(Qt.Key.Key_Return)  # Save is the default button
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=3000)
    assert form.change is not None and form.change.rule_id == "centre.en-us.holy-grail"
    qtbot.waitUntil(lambda: dialog.selected_rule_id() == "centre.en-us.holy-grail", timeout=3000)
    assert (
        dialog.log.last_message() == "Centre rule centre.en-us.holy-grail added, catching: holy grail, cult favourite."
    )
    assert dialog.rules_list.currentItem().text() == (
        "centre.en-us.holy-grail: on, needs evidence, absolute or superlative. Centre rule."
    )
    qtbot.waitUntil(lambda: focused() is dialog.rules_list, timeout=3000)  # back on the new rule
    findings = load_packs("en-US").check_text("Honestly my holy grail.")
    assert [(h.rule_id, h.explanation) for h in findings] == [
        (
            "centre.en-us.holy-grail",
            "Centre rule: Calling it a holy grail is an absolute claim you cannot prove on a live.",
        )
    ]


def test_problems_in_the_centre_file_are_shown_and_the_selected_claim_rule_is_preselected(qtbot: Any) -> None:
    path = overlay_path("vi-VN")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("schema: 1\ndisabled:\n  - {rule: vi.absolute.superlative}\n", encoding="utf-8")
    dialog = RulePackDialog("vi-VN", select_rule="vi.medical.cure")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.selected_rule_id() == "vi.medical.cure"
    assert dialog.problems_pane.isVisible()
    assert "The file vi-VN.yaml, line 3: turning off 'vi.absolute.superlative' needs a 'reason'" in (
        dialog.problems_pane.toPlainText()
    )
    # Another market, from the market box: the list follows and says how many rules it has.
    dialog.market_combo.setFocus()
    dialog.market_combo.setCurrentIndex(dialog.market_combo.findData("id-ID"))
    assert dialog.market == "id-ID" and dialog.windowTitle() == "Rule pack for id-ID"
    assert dialog.log.last_message() == f"{dialog.rules_list.count()} rules for id-ID."
    assert not dialog.problems_pane.isVisible()


def test_a_language_change_rewrites_the_texts_and_keeps_the_selection_and_typing(qtbot: Any) -> None:
    dialog = RulePackDialog("en-US", select_rule="en.cosmetic.drug")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reason_edit.setText("half typed")
    i18n.set_backend(lambda text: f"[{text}]")
    try:
        QApplication.sendEvent(dialog, QEvent(QEvent.Type.LanguageChange))
        assert dialog.windowTitle() == "[Rule pack for en-US]"
        assert dialog.toggle_button.text() == "[&Turn off]"
        assert dialog.rules_list.currentItem().text().startswith("[en.cosmetic.drug: [on], [block], [cosmetic")
        assert dialog.severity_combo.itemText(0) == "[block]"
        assert dialog.selected_rule_id() == "en.cosmetic.drug" and dialog.reason_edit.text() == "half typed"
    finally:
        i18n.set_backend(None)
        QApplication.sendEvent(dialog, QEvent(QEvent.Type.LanguageChange))
    assert dialog.toggle_button.text() == "&Turn off"
