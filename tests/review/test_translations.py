"""Every window in Vietnamese, Chinese and Indonesian: nothing left in English, nothing cut off at 100 % and 200 %.

The catalogue test (tests/core/test_i18n_catalog.py) proves each marked text has a translation; this one proves the
windows really show them — a text that was never marked, or is not re-applied when the language changes, is still
English on screen. The windows are the real ones, over a real SQLite library with a playable MP4.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QTabWidget,
    QWidget,
)

from studio import APP_NAME
from studio.services.settings import Settings
from studio.ui.actions import ActionRegistry
from studio.ui.app import build_main_window, sample_findings
from studio.ui.i18n import LanguageManager
from studio.ui.main_window import MainWindow

from .conftest import Library

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
import i18n as catalogue

LANGUAGES = ("vi", "zh", "id")
# Words that stay as they are in every language: the app's name, key names, units and formats.
KEEP = re.compile(
    r"Rehearsal Studio|Ctrl|Shift|Alt|Esc|Enter|Tab|Space|Backspace|Delete|Page ?(?:Up|Down)|F\d+|MP4|WAV|HTML|PDF|CSV|"
    r"JSON|SRT|WebVTT|VTT|TikTok|Shop|Orca|NVDA|JAWS|OK|Lan|Budi|Vitamin|serum|Tiếng Việt|Bahasa Indonesia|English"
)
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
SCREEN = (1280, 800)  # a common laptop screen, in device-independent pixels


@pytest.fixture
def languages(qapp: Any) -> Iterator[LanguageManager]:
    manager = LanguageManager(qapp)
    yield manager
    manager.switch("en")


@pytest.fixture
def main(qtbot: Any, library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setenv("STUDIO_DATA_DIR", str(tmp_path / "data"))  # the centre's rule files
    settings = Settings(tmp_path / "config" / "settings.json")
    window = build_main_window(registry=ActionRegistry(path=tmp_path / "keys.json"), settings=settings,
                               appearance=None, speech=None)
    qtbot.addWidget(window)
    window.store = library.store
    window.show()
    yield window
    for other in list(window.open_windows.values()):
        other.close()
    window.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _open_everything(main: MainWindow, library: Library) -> list[QWidget]:
    from studio.ui.dialogs import AboutDialog, HelpDialog, SettingsDialog
    from studio.ui.review import TraineeDialog
    from studio.ui.review.rules_dialog import NewRuleDialog, RulePackDialog

    main.show_findings(sample_findings())
    windows: list[QWidget] = [main]
    for opened in (main.open_library(), main.open_review(library.media_session), main.open_progress()):
        assert opened is not None
        windows.append(opened)
    for dialog in (SettingsDialog(main.registry, main.announcer, settings=main.settings, parent=main),
                   HelpDialog(main.registry, parent=main), AboutDialog(parent=main),
                   TraineeDialog(library.store, library.lan, main), RulePackDialog("vi-VN", main),
                   NewRuleDialog("vi-VN", main)):
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        windows.append(dialog)
    QApplication.processEvents()
    return windows


def _strip(text: str) -> str:
    return re.sub(r"&(?=\S)", "", text).strip()


def _ui_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text the window itself writes (not the session data it shows)."""
    yield f"{type(root).__name__} title", root.windowTitle()
    if isinstance(root, QMainWindow):
        for menu_action in root.menuBar().actions():
            yield "menu", menu_action.text()
            menu = menu_action.menu()
            for action in menu.actions() if menu is not None else ():
                yield f"menu item {action.text()!r}", action.text()
                yield f"tooltip of {action.text()!r}", action.toolTip()
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.window() is not root or (not widget.isVisibleTo(root) and widget is not root):
            continue
        where = widget.accessibleIdentifier() or type(widget).__name__
        yield f"{where} name", widget.accessibleName()
        yield f"{where} description", widget.accessibleDescription()
        yield f"{where} tooltip", widget.toolTip()
        if isinstance(widget, QAbstractButton):
            yield f"{where} text", widget.text()
        elif isinstance(widget, QGroupBox):
            yield f"{where} title", widget.title()
        elif isinstance(widget, QLineEdit):
            yield f"{where} placeholder", widget.placeholderText()
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            yield f"{where} text", widget.text()
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                yield f"{where} tab {index}", widget.tabText(index)
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QListWidget):
            model = widget.model()
            if model is not None:
                for column in range(model.columnCount()):
                    yield f"{where} column {column}", str(model.headerData(column, Qt.Orientation.Horizontal) or "")


def _untranslated(windows: list[QWidget], language: str) -> list[str]:
    sources = catalogue.extract()
    translations = {s: m.translation for s, m in catalogue.read_ts(catalogue.ts_path(language)).items()}
    found: list[str] = []
    for window in windows:
        for where, raw in _ui_texts(window):
            text = _strip(raw)
            if not text:
                continue
            english = next((s for s in sources if _strip(s) == text and translations.get(s, s) != s), None)
            if english is not None:
                found.append(f"{window.windowTitle()} / {where}: still English: {text!r}")
            elif language == "zh" and LATIN_WORD.search(KEEP.sub("", text)):
                found.append(f"{window.windowTitle()} / {where}: not in the catalogue: {text!r}")
    return sorted(set(found))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_window_is_in_the_chosen_language(main: MainWindow, library: Library, languages: LanguageManager,
                                                language: str) -> None:
    languages.switch(language)  # before the windows open: each builds in the language
    windows = _open_everything(main, library)
    problems = _untranslated(windows, language)
    assert not problems, "\n".join(problems)


def test_switching_language_retranslates_open_windows_and_keeps_the_work(
    main: MainWindow, library: Library, languages: LanguageManager
) -> None:
    windows = _open_everything(main, library)
    findings_before = main.feedback_list.count()
    typed: list[tuple[QLineEdit, str]] = []
    for window in windows:
        for edit in window.findChildren(QLineEdit):
            inner = isinstance(edit.parentWidget(), (QComboBox, QAbstractSpinBox))  # a chooser's own editor
            if edit.isVisibleTo(window) and not edit.isReadOnly() and not inner:
                edit.setText("ghi chú của giảng viên")
                typed.append((edit, "ghi chú của giảng viên"))
                break
    assert typed, "no text field to type into"
    for language in ("vi", "zh", "en"):
        languages.switch(language)
        QApplication.processEvents()
        if language != "en":
            problems = _untranslated(windows, language)
            assert not problems, "\n".join(problems)
    assert main.feedback_list.count() == findings_before
    from studio.ui.widgets import MessageLog

    unnamed = [f"{w.windowTitle()} / {log.accessibleIdentifier()}" for w in windows
               for log in w.findChildren(MessageLog) if not log.accessibleName()]
    assert not unnamed, unnamed  # a window's retranslation must not leave its message log nameless
    lost = [f"{edit.window().windowTitle()} / {edit.accessibleIdentifier()}: {edit.text()!r}" for edit, text in typed
            if edit.text() != text]
    assert not lost, lost
    assert main.windowTitle().endswith(APP_NAME)
    assert "Start recording" in main.record_button.text()


def _button_text_cut(button: QAbstractButton) -> str | None:
    """Whether the button's text fits the part of the button the style draws text in (its contents rectangle)."""
    option: QStyleOptionButton = QStyleOptionButton()
    if isinstance(button, QPushButton):
        element = QStyle.SubElement.SE_PushButtonContents
    elif isinstance(button, QCheckBox):
        element = QStyle.SubElement.SE_CheckBoxContents
    elif isinstance(button, QRadioButton):
        element = QStyle.SubElement.SE_RadioButtonContents
    else:
        return None
    button.initStyleOption(option)  # type: ignore[attr-defined]
    rect = button.style().subElementRect(element, option, button)
    metrics = button.fontMetrics()
    text = _strip(button.text())
    # Width: the advance of the text (and icon); height: the ink of the glyphs, since a fallback font for Chinese
    # has a taller line box than the Latin font the button was sized with, while its characters fit the em square.
    needed_width = metrics.horizontalAdvance(text) + (option.iconSize.width() + 4 if not button.icon().isNull() else 0)
    ink = metrics.tightBoundingRect(text).height()
    if needed_width > rect.width() + 1 or ink > rect.height():
        return f"{button.text()!r} needs {needed_width}×{ink} for its text, has {rect.width()}×{rect.height()}"
    return None


def _cut_off(window: QWidget) -> list[str]:
    """Labels, buttons and group titles whose text does not fit the space the layout gave them."""
    found: list[str] = []
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisible():
            continue
        where = f"{window.windowTitle()} / {widget.accessibleIdentifier() or type(widget).__name__}"
        metrics = widget.fontMetrics()
        if isinstance(widget, QLabel) and widget.text() and widget.textFormat() != Qt.TextFormat.RichText:
            rect = widget.contentsRect()
            if widget.wordWrap():
                needed = widget.heightForWidth(rect.width())
                if needed > rect.height() + 2:
                    found.append(f"{where}: {widget.text()!r} needs {needed} px of height, has {rect.height()}")
            else:
                longest = max(metrics.horizontalAdvance(line) for line in _strip(widget.text()).splitlines() or [""])
                if longest > rect.width() + 2:
                    found.append(f"{where}: {widget.text()!r} needs {longest} px, has {rect.width()}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            problem = _button_text_cut(widget)
            if problem:
                found.append(f"{where}: {problem}")
        elif isinstance(widget, QGroupBox) and widget.title():
            if metrics.horizontalAdvance(_strip(widget.title())) > widget.width():
                found.append(f"{where}: the title {widget.title()!r} is wider than the group")
    return found


@pytest.mark.parametrize("zoom", [100, 200])
@pytest.mark.parametrize("language", ("en", *LANGUAGES))
def test_no_text_is_cut_off(main: MainWindow, library: Library, languages: LanguageManager, qapp: Any,
                            language: str, zoom: int) -> None:
    from studio.ui.themes import Appearance

    font = qapp.font()
    look = Appearance(qapp, None)
    look.set_zoom(zoom)
    assert qapp.font().pointSizeF() == pytest.approx(look.base_point_size * zoom / 100)
    try:
        languages.switch(language)
        windows = _open_everything(main, library)
        for window in windows:  # each at its natural size, on a 1280×800 screen
            hint = window.sizeHint().expandedTo(window.minimumSizeHint())
            window.resize(min(hint.width(), SCREEN[0]), min(hint.height(), SCREEN[1]))
        QApplication.processEvents()
        problems = [p for window in windows for p in _cut_off(window)]
        assert main.record_button.fontInfo().pointSizeF() >= look.base_point_size * zoom / 100 * 0.9
    finally:
        qapp.setStyleSheet("")
        qapp.setFont(font)
    assert not problems, "\n".join(problems)

