"""Fixtures for offscreen widget tests: the offscreen platform, real settings in a temporary folder, fake speech.

The offscreen platform exposes nothing over AT-SPI (a11y-testing.md); the tests here use Qt's in-process
QAccessible interfaces, and tests/accessibility checks the same things over the real bus.
"""

from __future__ import annotations

import gc
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt is imported anywhere in this test run

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from studio.services.settings import Settings
from studio.ui.actions import ActionRegistry


@dataclass
class FakeSpeech:
    """Stands in for studio.services.speech.SpeechService: remembers what it was asked to say."""

    said: list[tuple[str, str, Any]] = field(default_factory=list)
    interrupted: int = 0
    fail: bool = False

    def say(self, text: str, *, language: str, priority: Any) -> None:
        if self.fail:
            raise RuntimeError("no output device")
        self.said.append((text, language, priority))

    def interrupt(self) -> None:
        self.interrupted += 1

    def repeat_last(self) -> None:
        if self.said:
            self.said.append(self.said[-1])


@pytest.fixture(autouse=True)
def _no_leftover_widgets(qapp: Any) -> Iterator[None]:
    """Delete what earlier tests closed before this test starts.

    pytest-qt closes widgets with deleteLater(); without an event loop those stay alive, hidden, and an app-wide
    style-sheet change (theme, zoom) then repolishes them — Qt 6.12 crashed doing that in the offscreen tests.
    """
    for _ in range(2):
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
    yield


@pytest.fixture
def fake_speech() -> FakeSpeech:
    return FakeSpeech()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "config" / "settings.json")


@pytest.fixture
def registry(tmp_path: Path) -> ActionRegistry:
    return ActionRegistry(path=tmp_path / "config" / "keys.json")


@pytest.fixture
def appearance(qapp: Any, settings: Settings) -> Iterator[Any]:
    """The real theme and zoom controller; the app's look is put back afterwards (one QApplication per run)."""
    from studio.ui.themes import Appearance

    font = qapp.font()
    look = Appearance(qapp, settings)
    look.apply()
    yield look
    qapp.setStyleSheet("")
    qapp.setFont(font)


@pytest.fixture
def window(
    qtbot: Any, registry: ActionRegistry, settings: Settings, appearance: Any, fake_speech: FakeSpeech
) -> Iterator[Any]:
    """The real main window, built by the app's own wiring function, with fake speech, for a trainee who has started
    the app before (the first start's welcome guide is tested on its own, in test_trainee_workflow.py)."""
    from studio.ui.app import build_main_window

    settings.set("ui.first_run_done", True)
    win = build_main_window(registry=registry, settings=settings, appearance=appearance, speech=fake_speech)
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):  # a context manager in pytest-qt 4.5: called bare it does not wait
        win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: win.isActiveWindow(), timeout=3000)
    yield win
    win.close()
    win.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
