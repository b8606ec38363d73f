"""The one wiring point, run_app: settings → store → services → main window, with the user's saved choices."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from studio import APP_ID, APP_NAME
from studio.services.settings import Settings
from studio.ui.app import run_app


def test_run_app_builds_the_window_from_saved_settings_keys_and_store(qapp: Any, qtbot: Any) -> None:
    config = Path(os.environ["STUDIO_CONFIG_DIR"])
    saved = Settings(config / "settings.json")
    saved.update({"ui.theme": "high-contrast-light", "ui.zoom": 150, "ui.single_key_mode": True,
                  "ui.announce": "screen-reader", "analysis.market": "vi-VN"})
    (config / "keys.json").write_text(json.dumps({"version": 1, "single": {"marker": "M"}}), encoding="utf-8")
    seen: dict[str, Any] = {}

    def inspect_and_quit() -> None:
        window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "main_window")
        seen["title"] = window.windowTitle()
        seen["marker_key"] = window.actions_by_id["marker"].shortcut().toString()
        seen["market"] = window.market_combo.currentData()
        seen["announce"] = window.announcer.mode.value
        seen["log"] = window.log.toPlainText()
        seen["findings"] = window.feedback_list.count()
        seen["store"] = window.store is not None
        seen["style"] = QApplication.instance().styleSheet()
        seen["zoom"] = window.appearance.zoom
        window.close()
        QApplication.instance().setStyleSheet("")

    QTimer.singleShot(300, inspect_and_quit)
    font = qapp.font()
    try:
        assert run_app(["studio", "--a11y-audit"]) == 0
    finally:
        qapp.setFont(font)
    assert seen["title"] == APP_NAME
    assert seen["marker_key"] == "M"  # single-key mode and the saved key
    assert seen["market"] == "vi-VN"
    assert seen["announce"] == "screen-reader"
    assert seen["log"].startswith("Ready. Press F1 for the keyboard reference.")
    assert seen["findings"] == 3  # the audit mode's sample findings
    assert seen["store"]  # the real SQLite store was opened in the isolated data folder
    assert "#00007a" in seen["style"] and seen["zoom"] == 150
    assert qapp.desktopFileName() == APP_ID and qapp.applicationName() == APP_NAME
    assert (Path(os.environ["STUDIO_DATA_DIR"])).exists()
