"""The main window: the trainee's first screen, usable from the keyboard alone and with a screen reader.

Top to bottom, which is also the Tab order: script chooser, market chooser, the big Start/Stop button, the
microphone level (a meter with a text equivalent), the feedback list (each finding one focusable item that reads
well alone), the teleprompter (hidden until asked for) and the message log (every message, focusable text).
The elapsed time is a plain label (never named, so screen readers read its text) and also spoken with F2.

Every command is a QAction built from the action registry: its key is in the tooltip and the accessible
description (QShortcut keys do not reach AT-SPI), and the menus carry & mnemonics.
The recording, playback and analysis behaviour are filled in by the workflow; this window emits signals for them
and keeps working (with simple visible and spoken results) when nothing is connected.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from studio import APP_NAME
from studio.core.model import Finding, Severity
from studio.services.paths import assets_dir
from studio.ui.actions import MAIN_SCOPE, MENUS, ActionRegistry
from studio.ui.announcer import Announcer
from studio.ui.themes import ZOOM_STEP, Appearance, SettingsLike, next_theme_id
from studio.ui.widgets import MIN_TARGET, LevelMeter, MessageLog, label_for

MARKETS: tuple[tuple[str, str], ...] = (
    ("vi-VN", "Vietnam (Vietnamese)"),
    ("zh-CN", "China (Simplified Chinese)"),
    ("id-ID", "Indonesia (Indonesian)"),
    ("en-US", "United States (English)"),
    ("en-GB", "United Kingdom (English)"),
)

SEVERITY_WORDS = {
    Severity.BLOCK: "Must fix",
    Severity.NEEDS_EVIDENCE: "Needs evidence",
    Severity.VERIFY_FACT: "Check the fact",
    Severity.WARNING: "Warning",
    Severity.INFO: "Note",
    Severity.PRAISE: "Well done",
}


class WorkflowLike(Protocol):
    """What the window needs from the rehearsal workflow (studio.ui.workflow.WorkflowController)."""

    def toggle(self) -> None: ...


class EarconsLike(Protocol):
    """What the window needs from studio.services.audio_out.EarconPlayer."""

    def play(self, name: str) -> Any: ...


def clock(seconds: float) -> str:
    """0:07, 1:05, 1:02:03."""
    total = int(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def spoken_duration(seconds: float) -> str:
    total = int(seconds)
    minutes, secs = divmod(total, 60)
    parts = []
    if minutes:
        parts.append(f"{minutes} minute" + ("s" if minutes != 1 else ""))
    parts.append(f"{secs} second" + ("s" if secs != 1 else ""))
    return " ".join(parts)


def finding_text(finding: Finding, index: int, total: int) -> str:
    """One finding as a sentence that makes sense alone: position, how much it matters, when, what, what to say."""
    words = [f"{index} of {total}. {SEVERITY_WORDS.get(finding.severity, 'Note')} at {clock(finding.start)}:",
             finding.message.rstrip(".") + "."]
    if finding.quote:
        words.append(f"You said: “{finding.quote}”.")
    if finding.suggestion:
        words.append(f"Try: “{finding.suggestion}”.")
    return " ".join(words)


def finding_item_text(finding: Finding, index: int, total: int, language: str) -> str:
    """A feedback-list item in the feedback language: position, how much it matters, then the finding's sentence."""
    from studio.core.report import finding_sentence

    return f"{index} of {total}. {SEVERITY_WORDS.get(finding.severity, 'Note')}. {finding_sentence(finding, language)}"


def script_files(folder: Path | None = None) -> list[Path]:
    """The shipped scripts (any file in assets/scripts, sorted); empty until scripts are added."""
    folder = folder or assets_dir() / "scripts"
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith((".", "_")))


class MainWindow(QMainWindow):
    """The shell. Signals are the workflow's hooks; slots give a visible and spoken result on their own."""

    recording_changed = Signal(bool)
    play_requested = Signal(float)
    marker_dropped = Signal(float)
    script_changed = Signal(str)
    market_changed = Signal(str)
    try_again_requested = Signal()

    def __init__(
        self,
        registry: ActionRegistry,
        announcer_factory: Callable[[QWidget], Announcer],
        *,
        settings: SettingsLike | None = None,
        appearance: Appearance | None = None,
        scripts_folder: Path | None = None,
        earcons: EarconsLike | None = None,
    ) -> None:
        super().__init__()
        self.earcons = earcons
        self.registry = registry
        self.settings = settings
        self.appearance = appearance
        self.store: object | None = None  # the session store, set by the wiring point; the workflow uses it
        self.workflow: WorkflowLike | None = None  # set by the wiring point; Start/Stop then go through it
        self.open_windows: dict[str, QWidget] = {}  # the instructor's windows now open ("library", "review:<id>")
        self.setWindowTitle(APP_NAME)
        self.setAccessibleIdentifier("main_window")
        self.setObjectName("main_window")
        self.announcer = announcer_factory(self)
        self.actions_by_id: dict[str, QAction] = {}
        self._recording = False
        self._elapsed = QElapsedTimer()
        self._last_duration = 0.0
        self._markers: list[float] = []
        self._findings: list[Finding] = []
        self._tick = QTimer(self)
        self._tick.setInterval(500)
        self._tick.timeout.connect(self._update_elapsed)

        self._build_body(scripts_folder)
        self._build_actions()
        self._build_menus()
        self.announcer.announced.connect(self.log.add)
        self.resize(900, 760)

    # ------------------------------------------------------------------ building

    def _build_body(self, scripts_folder: Path | None) -> None:
        body = QWidget()
        body.setObjectName("body")
        layout = QVBoxLayout(body)
        layout.setSpacing(12)

        self.heading = QLabel(f"{APP_NAME}: rehearse your livestream")
        self.heading.setObjectName("heading")
        self.heading.setAccessibleIdentifier("lbl_heading")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.script_combo = QComboBox()
        self.script_combo.setAccessibleIdentifier("combo_script")
        self.script_combo.setAccessibleName("Script")
        self.script_combo.setAccessibleDescription("The script you will rehearse. Free practice has no script.")
        self.script_combo.setMinimumHeight(MIN_TARGET)
        self.script_combo.addItem("Free practice (no script)", "")
        for path in script_files(scripts_folder):
            self.script_combo.addItem(path.stem.replace("-", " ").replace("_", " ").capitalize(), str(path))
        self.script_combo.currentIndexChanged.connect(self._on_script_changed)
        form.addRow(label_for("&Script:", self.script_combo, "lbl_script"), self.script_combo)

        self.market_combo = QComboBox()
        self.market_combo.setAccessibleIdentifier("combo_market")
        self.market_combo.setAccessibleName("Market")
        self.market_combo.setAccessibleDescription("The market whose rules on claims are checked.")
        self.market_combo.setMinimumHeight(MIN_TARGET)
        for code, name in MARKETS:
            self.market_combo.addItem(name, code)
        current_market = str(self.settings.get("analysis.market")) if self.settings else "en-US"
        self.market_combo.setCurrentIndex(max(0, self.market_combo.findData(current_market)))
        self.market_combo.currentIndexChanged.connect(self._on_market_changed)
        form.addRow(label_for("&Market:", self.market_combo, "lbl_market"), self.market_combo)
        layout.addLayout(form)

        self.record_button = QPushButton()
        self.record_button.setObjectName("btn_record")
        self.record_button.setAccessibleIdentifier("btn_record")
        self.record_button.setMinimumHeight(2 * MIN_TARGET)
        self.record_button.clicked.connect(self.toggle_recording)
        layout.addWidget(self.record_button)

        self.elapsed_label = QLabel()
        self.elapsed_label.setAccessibleIdentifier("lbl_elapsed")  # not named: its text is the live status
        layout.addWidget(self.elapsed_label)

        self.meter = LevelMeter()
        layout.addWidget(self.meter)

        self.feedback_list = QListWidget()
        self.feedback_list.setAccessibleIdentifier("list_feedback")
        self.feedback_list.setAccessibleName("Feedback")
        self.feedback_list.setAccessibleDescription(
            "One item per piece of feedback. Enter plays the recording from that moment."
        )
        self.feedback_list.setWordWrap(True)
        self.feedback_list.setMinimumHeight(4 * MIN_TARGET)
        self.feedback_list.itemActivated.connect(lambda _item: self.play_from_finding())
        feedback_label = label_for("&Feedback:", self.feedback_list, "lbl_feedback")
        layout.addWidget(feedback_label)
        layout.addWidget(self.feedback_list, 2)

        self.teleprompter = QPlainTextEdit()
        self.teleprompter.setReadOnly(True)
        self.teleprompter.setTabChangesFocus(True)
        self.teleprompter.setAccessibleIdentifier("txt_teleprompter")
        self.teleprompter.setAccessibleName("Teleprompter")
        self.teleprompter.setAccessibleDescription("Read-only. The script text.")
        self.teleprompter.setVisible(False)
        layout.addWidget(self.teleprompter, 2)

        self.log = MessageLog("txt_messages", "Messages")
        layout.addWidget(label_for("Messa&ges:", self.log, "lbl_messages"))
        layout.addWidget(self.log, 1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)  # at 200 % zoom the page scrolls instead of squeezing text
        scroll.setAccessibleIdentifier("scroll_main")
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(body)
        self.setCentralWidget(scroll)

        for first, second in (
            (self.script_combo, self.market_combo),
            (self.market_combo, self.record_button),
            (self.record_button, self.meter),
            (self.meter, self.feedback_list),
            (self.feedback_list, self.teleprompter),
            (self.teleprompter, self.log),
        ):
            QWidget.setTabOrder(first, second)
        self._update_elapsed()

    def _build_actions(self) -> None:
        slots: dict[str, Callable[[], object]] = {
            "record": self.toggle_recording,
            "elapsed": self.say_elapsed,
            "marker": self.drop_marker,
            "try_again": self.try_again,
            "open_script": self.open_script,
            "settings": self.open_settings,
            "quit": self.close,
            "next_finding": lambda: self.move_finding(1),
            "previous_finding": lambda: self.move_finding(-1),
            "play_finding": self.play_from_finding,
            "repeat_last": self.repeat_last,
            "stop_speech": self.stop_speech,
            "zoom_in": lambda: self.zoom_by(ZOOM_STEP),
            "zoom_out": lambda: self.zoom_by(-ZOOM_STEP),
            "zoom_reset": self.zoom_reset,
            "teleprompter": self.toggle_teleprompter,
            "switch_theme": self.switch_theme,
            "keyboard_help": self.open_help,
            "about": self.open_about,
            "open_library": self.open_library,
            "open_progress": self.open_progress,
            "trainee_profile": self.open_trainee_profile,
        }
        for spec in self._own_specs():
            action = QAction(spec.text, self)
            action.setObjectName(f"action_{spec.id}")
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            slot = slots.get(spec.id)
            if slot is not None:
                action.triggered.connect(lambda _checked=False, s=slot, i=spec.id: self._run(i, s))
            self.addAction(action)  # shortcuts work even when the menu bar is hidden
            self.actions_by_id[spec.id] = action
        self.apply_keys()

    def _build_menus(self) -> None:
        menus: dict[str, QMenu] = {}
        for menu_id, text in MENUS:
            menu = self.menuBar().addMenu(text)
            menu.setObjectName(f"menu_{menu_id}")
            menus[menu_id] = menu
        for spec in self._own_specs():
            menus[spec.menu].addAction(self.actions_by_id[spec.id])
        self.menuBar().setAccessibleIdentifier("menubar")

    def apply_keys(self) -> None:
        """(Re)apply the registry's keys, tooltips and descriptions; called after the settings change keys."""
        for spec in self._own_specs():
            action = self.actions_by_id[spec.id]
            key = self.registry.key(spec.id)
            action.setShortcut(QKeySequence(key) if key else QKeySequence())
            description = self.registry.description(spec.id)
            action.setToolTip(description)
            action.setStatusTip(description)
            action.setWhatsThis(description)
        record = self.registry.description("record")
        self.record_button.setToolTip(record)
        self.record_button.setAccessibleDescription(record)
        self._update_record_button()

    def _own_specs(self) -> list[Any]:
        """The registry's main-window commands (the review window's commands are installed by that window)."""
        return [spec for spec in self.registry if spec.scope == MAIN_SCOPE]

    # ------------------------------------------------------------------ helpers

    def _run(self, action_id: str, slot: Callable[[], object]) -> None:
        # Single-key letters never fire while the trainee types: an editable text field accepts the
        # ShortcutOverride for printable keys, so Qt gives it the key instead (tested).
        slot()

    def say(self, text: str, *, assertive: bool = False) -> None:
        self.announcer.announce(text, assertive=assertive)

    def cue(self, name: str) -> None:
        """Play an earcon; a missing sound device must not stop a command (the spoken text still goes out)."""
        if self.earcons is None:
            return
        try:
            self.earcons.play(name)
        except Exception as exc:
            self.earcons = None  # one report is enough; the text and the screen reader carry on
            self.say(f"Sounds are off: {exc}")

    @property
    def is_recording(self) -> bool:
        return self._recording

    def elapsed_seconds(self) -> float:
        return self._elapsed.elapsed() / 1000 if self._recording else self._last_duration

    def _update_elapsed(self) -> None:
        state = "Recording" if self._recording else "Not recording"
        self.elapsed_label.setText(f"{state}. Elapsed time: {clock(self.elapsed_seconds())}")

    def _update_record_button(self) -> None:
        key = self.registry.key("record")
        verb = "Stop recording" if self._recording else "Start recording"
        self.record_button.setText(f"{verb} ({key})" if key else verb)
        self.record_button.setProperty("recording", "true" if self._recording else "false")
        self.record_button.style().unpolish(self.record_button)
        self.record_button.style().polish(self.record_button)
        self.setWindowTitle(f"{APP_NAME} — recording" if self._recording else APP_NAME)

    # ------------------------------------------------------------------ commands

    def toggle_recording(self) -> None:
        """Start or stop. With a workflow attached it decides (countdown, devices, analysis) and calls
        :meth:`set_recording` once the recorder really runs; without one the window just switches state."""
        if self.workflow is not None:
            self.workflow.toggle()
            return
        self.set_recording(not self._recording)

    def set_recording(self, recording: bool) -> None:
        """Show, sound and say the new recording state, and emit ``recording_changed``."""
        if recording == self._recording:
            return
        self._recording = recording
        if self._recording:
            self._markers.clear()
            self.cue("start")
            self._elapsed.start()
            self._tick.start()
            key = self.registry.key("record")
            self.say(f"Recording started. Press {key} again to stop." if key else "Recording started.",
                     assertive=True)
        else:
            self._last_duration = self._elapsed.elapsed() / 1000
            self._tick.stop()
            self.meter.set_no_input()
            self.cue("stop")
            self.say(f"Recording stopped after {spoken_duration(self._last_duration)}.", assertive=True)
        self._update_record_button()
        self._update_elapsed()
        self.recording_changed.emit(self._recording)

    def say_elapsed(self) -> None:
        state = "Recording for" if self._recording else "Last recording lasted"
        if not self._recording and self._last_duration == 0:
            self.say("Not recording yet.")
            return
        self.say(f"{state} {spoken_duration(self.elapsed_seconds())}.")

    def drop_marker(self) -> None:
        if not self._recording:
            self.say("Markers can be dropped while recording. Start recording first.")
            return
        moment = self.elapsed_seconds()
        self._markers.append(moment)
        item = QListWidgetItem(f"Marker {len(self._markers)} at {clock(moment)}.")
        item.setData(Qt.ItemDataRole.UserRole, moment)
        self.feedback_list.addItem(item)
        self.marker_dropped.emit(moment)
        self.cue("marker")
        self.say(f"Marker {len(self._markers)} at {clock(moment)}.")

    def try_again(self) -> None:
        if self._recording:
            self.toggle_recording()
        self._markers.clear()
        self._findings.clear()
        self.feedback_list.clear()
        self._last_duration = 0.0
        self._update_elapsed()
        self.try_again_requested.emit()
        self.say("Ready for another try. Press Start when you are ready.")
        self.record_button.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def open_script(self) -> None:
        self.script_combo.setFocus(Qt.FocusReason.ShortcutFocusReason)
        count = self.script_combo.count() - 1
        self.say(f"Script chooser. {count} script{'s' if count != 1 else ''}. Use the arrow keys to choose.")

    def show_findings(self, findings: Sequence[Finding], *, language: str | None = None) -> None:
        """Fill the feedback list; each item reads alone ("2 of 5. Warning at 0:12: ...").

        With ``language`` the item is worded by ``studio.core.report.finding_sentence`` in that language
        (the workflow passes the feedback language)."""
        self._findings = list(findings)
        self.feedback_list.clear()
        total = len(self._findings)
        for index, finding in enumerate(self._findings, start=1):
            text = finding_text(finding, index, total) if language is None else \
                finding_item_text(finding, index, total, language)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, finding.start)
            self.feedback_list.addItem(item)
        if total:
            self.feedback_list.setCurrentRow(0)
        self.say(f"{total} piece{'s' if total != 1 else ''} of feedback. Press F3 for the next one."
                 if total else "No feedback yet.")

    def move_finding(self, step: int) -> None:
        count = self.feedback_list.count()
        if count == 0:
            self.say("There is no feedback yet. Record first.")
            return
        row = self.feedback_list.currentRow()
        row = (0 if step > 0 else count - 1) if row < 0 else row + step
        if not 0 <= row < count:
            self.say("That was the last piece of feedback." if step > 0 else "That was the first piece of feedback.")
            return
        self.feedback_list.setCurrentRow(row)
        self.feedback_list.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.say(self.feedback_list.item(row).text())

    def play_from_finding(self) -> None:
        item = self.feedback_list.currentItem()
        if item is None:
            self.say("Choose a piece of feedback first, with F3.")
            return
        moment = float(item.data(Qt.ItemDataRole.UserRole) or 0.0)
        self.play_requested.emit(moment)
        self.say(f"Playing from {clock(moment)}.")

    def repeat_last(self) -> None:
        if self.announcer.repeat_last() is None:
            self.say("Nothing to repeat yet.")

    def stop_speech(self) -> None:
        self.announcer.stop_speech()

    def zoom_by(self, step: int) -> None:
        if self.appearance is None:
            return
        self.say(f"Zoom {self.appearance.set_zoom(self.appearance.zoom + step)} percent.")

    def zoom_reset(self) -> None:
        if self.appearance is None:
            return
        self.say(f"Zoom {self.appearance.set_zoom(100)} percent.")

    def toggle_teleprompter(self) -> None:
        show = not self.teleprompter.isVisible()
        if show:
            path = self.script_combo.currentData()
            text = ""
            if path:
                try:
                    text = Path(path).read_text(encoding="utf-8")
                except (OSError, UnicodeDecodeError) as exc:
                    text = f"The script could not be read: {exc}"
            self.teleprompter.setPlainText(text or "No script chosen. Choose a script to see its text here.")
        self.teleprompter.setVisible(show)
        self.say("Teleprompter shown." if show else "Teleprompter hidden.")

    def switch_theme(self) -> None:
        if self.appearance is None:
            return
        theme = self.appearance.set_theme(next_theme_id(self.appearance.theme_id))
        self.say(f"Theme: {theme.name}.")

    def open_settings(self) -> None:
        from studio.ui.dialogs import SettingsDialog

        dialog = SettingsDialog(self.registry, self.announcer, settings=self.settings, appearance=self.appearance,
                                parent=self)
        self._show_dialog(dialog)
        self.apply_keys()

    def open_help(self) -> None:
        from studio.ui.dialogs import HelpDialog

        self._show_dialog(HelpDialog(self.registry, parent=self))

    def open_about(self) -> None:
        from studio.ui.dialogs import AboutDialog

        self._show_dialog(AboutDialog(parent=self))

    # ------------------------------------------------------------------ the instructor's windows

    def _no_store(self) -> bool:
        if self.store is None:
            self.say("The session library is not available: the session database could not be opened.")
            return True
        return False

    def current_trainee_id(self) -> str | None:
        """The trainee the workflow records for, else the first trainee in the store."""
        trainee = getattr(self.workflow, "trainee", None)
        if trainee is not None:
            return str(trainee.id)
        store: Any = self.store
        trainees = store.list_trainees() if store is not None else []
        return str(trainees[0].id) if trainees else None

    def _show_window(self, key: str, widget: QWidget, title: str) -> QWidget:
        """Show an instructor window as a real top-level window: titled, deleted on close, Escape closes it,
        focus on its first control. One of each kind: asking again brings the open one back."""
        widget.setWindowFlag(Qt.WindowType.Window, True)
        widget.setWindowTitle(title)
        widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        close = QAction("Close", widget)
        close.setObjectName("action_close_window")
        close.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        close.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        close.triggered.connect(widget.close)
        widget.addAction(close)
        self.open_windows[key] = widget
        widget.destroyed.connect(lambda _o=None, k=key, w=widget: self._forget_window(k, w))
        widget.show()
        widget.raise_()
        widget.activateWindow()
        if widget.focusWidget() is None:
            widget.focusNextChild()  # the first control in Tab order
        return widget

    def _forget_window(self, key: str, widget: QWidget) -> None:
        if self.open_windows.get(key) is widget:
            del self.open_windows[key]

    def _bring_back(self, key: str) -> bool:
        widget = self.open_windows.get(key)
        if widget is None:
            return False
        widget.show()
        widget.raise_()
        widget.activateWindow()
        return True

    def open_library(self) -> QWidget | None:
        """The session library; Enter on a session opens its review (:meth:`open_review`)."""
        if self._no_store() or self._bring_back("library"):
            return self.open_windows.get("library")
        from studio.ui.review import LibraryView

        view = LibraryView(self.store, self, open_session=self.open_review)  # type: ignore[arg-type]
        self._show_window("library", view, f"Session library — {APP_NAME}")
        view.trainee_combo.setFocus(Qt.FocusReason.OtherFocusReason)  # the first control; Tab goes to the search
        return view

    def open_review(self, session_id: str) -> QWidget:
        """The review window of one session, with the app's registry (and key mode) and voice.

        Raises ``StudioError`` when the session is gone (the library shows the message)."""
        key = f"review:{session_id}"
        if self._bring_back(key):
            return self.open_windows[key]
        from studio.ui.review import open_review

        window = open_review(self.store, session_id, self, registry=self.registry,  # type: ignore[arg-type]
                             speech=self.announcer.speech, announce_mode=self.announcer.mode)
        self._show_window(key, window, window.windowTitle())
        window.words_list.setFocus(Qt.FocusReason.OtherFocusReason)
        return window

    def open_progress(self) -> QWidget | None:
        """Progress of the current trainee (the window's chooser can switch to another)."""
        if self._no_store() or self._bring_back("progress"):
            return self.open_windows.get("progress")
        from studio.ui.review import ProgressView

        view = ProgressView(self.store, self.current_trainee_id(), self)  # type: ignore[arg-type]
        self._show_window("progress", view, f"Progress — {APP_NAME}")
        view.trainee_combo.setFocus(Qt.FocusReason.OtherFocusReason)
        return view

    def open_trainee_profile(self) -> None:
        """Edit the current trainee (a new one when there is none); the workflow records for the saved profile."""
        if self._no_store():
            return
        from studio.ui.review import TraineeDialog

        trainee_id = self.current_trainee_id()
        store: Any = self.store
        trainee = store.get_trainee(trainee_id) if trainee_id else None
        dialog = TraineeDialog(store, trainee, self)
        dialog.setWindowTitle(f"{dialog.windowTitle()} — {APP_NAME}")
        dialog.finished.connect(lambda result, d=dialog: self._trainee_saved(d) if result else None)
        self._show_dialog(dialog)

    def _trainee_saved(self, dialog: QDialog) -> None:
        saved = getattr(dialog, "trainee", None)
        if saved is None:
            return
        if self.workflow is not None and hasattr(self.workflow, "trainee"):
            self.workflow.trainee = saved
        self.say(f"Trainee profile saved: {saved.name}.")

    @staticmethod
    def _show_dialog(dialog: QDialog) -> None:
        # Deleted when closed: a hidden dialog left behind is repolished on every theme or zoom change, and
        # Qt 6.12 crashed doing that to dialogs whose Python side was gone.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exec()

    # ------------------------------------------------------------------ choosers

    def _on_script_changed(self, _index: int) -> None:
        path = self.script_combo.currentData() or ""
        self.script_changed.emit(path)
        if self.teleprompter.isVisible():
            self.teleprompter.setVisible(False)
            self.toggle_teleprompter()

    def _on_market_changed(self, _index: int) -> None:
        code = str(self.market_combo.currentData())
        if self.settings is not None:
            self.settings.set("analysis.market", code)
        self.market_changed.emit(code)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._recording:
            self.toggle_recording()  # never lose a take silently: stop (and save, once the workflow is wired)
        super().closeEvent(event)
