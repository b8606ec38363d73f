"""Themes reach WCAG 2.2 AA contrast, show focus clearly, and text is never cut at 200 % zoom."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QWidget

from studio.ui.announcer import Announcer
from studio.ui.dialogs import AboutDialog, HelpDialog, SettingsDialog
from studio.ui.themes import (
    NON_TEXT_PAIRS,
    TEXT_PAIRS,
    THEME_IDS,
    contrast_ratio,
    load_theme,
    next_theme_id,
    style_sheet_pairs,
    themes_dir,
)


def test_contrast_formula_matches_wcag_examples() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the classic just-failing grey
    assert contrast_ratio("#123456", "#123456") == pytest.approx(1.0)


@pytest.mark.parametrize("theme_id", THEME_IDS)
def test_every_palette_text_pair_reaches_4_5_to_1(theme_id: str) -> None:
    theme = load_theme(theme_id)
    for fg, bg in TEXT_PAIRS:
        ratio = contrast_ratio(theme.palette[fg], theme.palette[bg])
        assert ratio >= 4.5, f"{theme_id}: {fg} on {bg} is {ratio:.2f}:1"


@pytest.mark.parametrize("theme_id", THEME_IDS)
def test_focus_outline_and_borders_reach_3_to_1(theme_id: str) -> None:
    theme = load_theme(theme_id)
    for fg, bg in NON_TEXT_PAIRS:
        ratio = contrast_ratio(theme.palette[fg], theme.palette[bg])
        assert ratio >= 3.0, f"{theme_id}: {fg} against {bg} is {ratio:.2f}:1"


@pytest.mark.parametrize("theme_id", THEME_IDS)
def test_every_style_sheet_rule_with_text_reaches_4_5_to_1(theme_id: str) -> None:
    pairs = style_sheet_pairs(load_theme(theme_id).qss)
    assert len(pairs) >= 10
    for selector, fg, bg in pairs:
        ratio = contrast_ratio(fg, bg)
        assert ratio >= 4.5, f"{theme_id}: {selector} has {fg} on {bg} at {ratio:.2f}:1"


def test_style_sheet_has_a_thick_focus_outline_and_no_fixed_sizes() -> None:
    qss = (themes_dir() / "base.qss").read_text(encoding="utf-8")
    assert re.search(r"\*:focus\s*\{[^}]*border:\s*3px solid \$Focus", qss)
    assert "font-size" not in qss  # text follows the system font size and the zoom
    assert not re.search(r"(?<![-\w])(width|height)\s*:", qss)  # only min- sizes, never fixed ones


def test_themes_cycle_through_all_three() -> None:
    assert [next_theme_id(t) for t in THEME_IDS] == [*THEME_IDS[1:], THEME_IDS[0]]


def _cut_text(root: QWidget) -> list[str]:
    """Labels, buttons and choosers whose text does not fit their size (it would be cut or elided)."""
    problems = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or not isinstance(widget, (QLabel, QAbstractButton, QComboBox)):
            continue
        hint = widget.sizeHint()
        size = widget.size()
        if isinstance(widget, QLabel) and widget.wordWrap():
            if size.height() < widget.heightForWidth(size.width()):
                problems.append(f"{widget.accessibleIdentifier() or widget.text()}: {size} < wrapped height")
        elif size.width() < hint.width() or size.height() < hint.height():
            name = widget.accessibleIdentifier() or widget.objectName() or type(widget).__name__
            problems.append(f"{name}: {size.width()}x{size.height()} < {hint.width()}x{hint.height()}")
    return problems


def test_nothing_is_cut_at_200_percent_zoom(window: Any, appearance: Any, qtbot: Any) -> None:
    base = QApplication.font().pointSizeF()
    appearance.set_zoom(200)
    assert QApplication.font().pointSizeF() == pytest.approx(base * 2)
    window.show_findings([])
    qtbot.wait(50)
    assert _cut_text(window) == []
    announcer = Announcer(window)
    for dialog in (HelpDialog(window.registry, window), AboutDialog(window),
                   SettingsDialog(window.registry, announcer, settings=window.settings, appearance=appearance,
                                  parent=window)):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.wait(20)
        assert _cut_text(dialog) == [], dialog.windowTitle()
        dialog.close()


@pytest.mark.parametrize("theme_id", THEME_IDS)
def test_each_theme_applies_to_the_running_app(window: Any, appearance: Any, theme_id: str) -> None:
    theme = appearance.set_theme(theme_id)
    assert QApplication.instance().styleSheet().startswith(theme.qss)
    assert QApplication.palette().window().color().name() == theme.palette["Window"]


def test_every_control_is_at_least_44_pixels_high(window: Any, qtbot: Any, appearance: Any) -> None:
    """Big targets for motor-impaired trainees (WCAG 2.5.8 asks 24 px; we keep 44)."""
    from .helpers import tab_focusable

    announcer = Announcer(window)
    dialog = SettingsDialog(window.registry, announcer, settings=window.settings, appearance=appearance, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.wait(20)
    for root in (window, dialog):
        small = [f"{w.accessibleIdentifier()}: {w.width()}x{w.height()}" for w in tab_focusable(root)
                 if w.height() < 44 or w.width() < 44]
        assert small == [], root.windowTitle()
    dialog.close()
