"""The widget fixtures of tests/ui (offscreen platform, real settings and registry, fake speech), shared here.

The None-refcount guard of the app (studio.ui.app.guard_none_refcount) is applied for the whole run: PySide6
6.12 on Python 3.11 drops one reference to None per Qt call, and a long test run would abort otherwise.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from studio.ui.app import guard_none_refcount
from studio.ui.workflow import WorkflowController
from tests.ui.conftest import (  # noqa: F401  (pytest finds fixtures by name in this module)
    FakeSpeech,
    _no_leftover_widgets,
    appearance,
    fake_speech,
    registry,
    settings,
    window,
)

guard_none_refcount()


@pytest.fixture
def make_controller(window: Any) -> Iterator[Any]:  # noqa: F811  (the window fixture above)
    """Builds WorkflowControllers on the test window (fast ticks, no wait before the pre-flight); each is shut down
    after the test."""
    made: list[WorkflowController] = []

    def build(rehearsal: Any, **options: Any) -> WorkflowController:
        options.setdefault("tick_ms", 20)
        options.setdefault("preflight_lead", 0.0)
        controller = WorkflowController(window, rehearsal, **options)
        made.append(controller)
        return controller

    yield build
    for controller in made:
        controller.shutdown(5)


@pytest.fixture(autouse=True)
def _no_device_preflight(settings: Any) -> None:  # noqa: F811  (the settings fixture above)
    """The workflow tests start at the countdown: the pre-flight (setting record.preflight, on by default) would
    check the real camera, microphone and speaker. Its own tests switch it on with fake checks."""
    settings.set("record.preflight", False)
