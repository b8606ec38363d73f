"""The main window: the trainee's first screen, usable from the keyboard alone and with a screen reader.

Top to bottom, which is also the Tab order: script chooser, market chooser, the big Start/Stop button, the
microphone level (a meter with a text equivalent), the feedback list (each finding one focusable item that reads
well alone), the teleprompter (hidden until asked for) and the message log (every message, focusable text).
The elapsed time is a plain label (never named, so screen readers read its text) and also spoken with F2.

Every command is a QAction built from the action registry: its key is in the tooltip and the accessible
description (QShortcut keys do not reach AT-SPI), and the menus carry & mnemonics.
The recording, playback and analysis behaviour are filled in by the workflow; this window emits signals for them
and keeps working (with simple visible and spoken results) when nothing is connected.

Every text is translated (``studio.core.i18n.tr``) and re-applied by :meth:`MainWindow.retranslate_ui` when the
interface language changes: the chosen script and market, the feedback list and a recording in progress stay.

The feedback list holds the findings and the instructor's comments on the same session, in time order; the first
"next finding" key after the list is filled reads its first item. Help → Welcome guide (and the very first start)
shows the spoken guide (``studio.ui.welcome``); Feedback → Attempt history lists the attempts on the current script
(``studio.ui.history``), and Enter on one shows that attempt's feedback here. Store reads run off the GUI thread
(``studio.ui.background``).

File → Analyse a recording (issue 7) asks for a video or audio file made elsewhere; the workflow analyses it off the
GUI thread while the progress area (hidden until then, after the record button in the Tab order) shows the step, a
focusable progress bar whose accessible description is the whole status ("Transcribing: 40 percent, about 1 minute
left") and a Cancel button; Escape cancels too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFocusEvent, QKeySequence, QShowEvent, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from studio import APP_NAME
from studio.core.errors import StudioError
from studio.core.export_html import CommentLike as ReportComment
from studio.core.i18n import tr, tr_noop
from studio.core.model import Finding, Severity
from studio.services.paths import assets_dir
from studio.ui.actions import MAIN_SCOPE, MENUS, ActionRegistry, spoken_key
from studio.ui.announcer import AnnounceMode, Announcer
from studio.ui.i18n import on_language_change
from studio.ui.themes import ZOOM_STEP, Appearance, SettingsLike, next_theme_id
from studio.ui.welcome import WelcomeGuide
from studio.ui.widgets import MIN_TARGET, LevelMeter, MessageLog, label_for

# Names are English here (marked for the catalogue); they are shown with tr(name).
MARKETS: tuple[tuple[str, str], ...] = (
    ("vi-VN", tr_noop("Vietnam (Vietnamese)")),
    ("zh-CN", tr_noop("China (Simplified Chinese)")),
    ("id-ID", tr_noop("Indonesia (Indonesian)")),
    ("en-US", tr_noop("United States (English)")),
    ("en-GB", tr_noop("United Kingdom (English)")),
)

SEVERITY_WORDS = {
    Severity.BLOCK: tr_noop("Must fix"),
    Severity.NEEDS_EVIDENCE: tr_noop("Needs evidence"),
    Severity.VERIFY_FACT: tr_noop("Check the fact"),
    Severity.WARNING: tr_noop("Warning"),
    Severity.INFO: tr_noop("Note"),
    Severity.PRAISE: tr_noop("Well done"),
}

if TYPE_CHECKING:
    from studio.ui.dialogs import LanguageSwitcher


class CommentLike(ReportComment, Protocol):
    """An instructor's comment as the store keeps it (studio.services.store.Comment): what a report shows, its id."""

    @property
    def id(self) -> str: ...


@dataclass(frozen=True, slots=True)
class FeedbackSource:
    """The session whose feedback the list shows: its folder (voice notes are relative to it) and recording."""

    session_id: str
    folder: Path | None = None
    recording: Path | None = None


@dataclass(frozen=True, slots=True)
class _FeedbackRow:
    """One row of the feedback list: how to word it (again, when the language changes), where it is in the
    recording, what Enter plays instead of the recording (a voice note), and a key to find it again."""

    render: Callable[[], str]
    moment: float
    voice_note: Path | None = None
    key: tuple[str, str] = ("", "")


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
    """"7 seconds", "1 minute 5 seconds": whole texts for each plural, so every language can word them."""
    total = int(seconds)
    minutes, secs = divmod(total, 60)
    if not minutes:
        text = tr("1 second") if secs == 1 else tr("{seconds} seconds")
    elif minutes == 1:
        text = tr("1 minute 1 second") if secs == 1 else tr("1 minute {seconds} seconds")
    else:
        text = tr("{minutes} minutes 1 second") if secs == 1 else tr("{minutes} minutes {seconds} seconds")
    return text.format(minutes=minutes, seconds=secs)


def severity_word(severity: Severity) -> str:
    """How much a finding matters, in the interface language ("Must fix", "Well done")."""
    return tr(SEVERITY_WORDS.get(severity, SEVERITY_WORDS[Severity.INFO]))


def finding_text(finding: Finding, index: int, total: int) -> str:
    """One finding as a sentence that makes sense alone: position, how much it matters, when, what, what to say."""
    words = [tr("{index} of {total}. {severity} at {time}:").format(
                 index=index, total=total, severity=severity_word(finding.severity), time=clock(finding.start)),
             finding.message.rstrip(".") + "."]
    if finding.quote:
        words.append(tr("You said: “{quote}”.").format(quote=finding.quote))
    if finding.suggestion:
        words.append(tr("Try: “{suggestion}”.").format(suggestion=finding.suggestion))
    return " ".join(words)


def finding_item_text(finding: Finding, index: int, total: int, language: str) -> str:
    """A feedback-list item: position and how much it matters (interface language), then the finding's sentence
    (feedback language)."""
    from studio.core.report import finding_sentence

    return tr("{index} of {total}. {severity}. {sentence}").format(
        index=index, total=total, severity=severity_word(finding.severity),
        sentence=finding_sentence(finding, language))


def comment_item_text(comment: CommentLike) -> str:
    """An instructor's comment as a feedback-list item: "Comment from Lan at 0:42: Smile more." A voice note reads
    "Voice note from Lan at 0:42" (Enter plays it), with its text after it when it has one."""
    text = comment.text.strip()
    fields = {"author": comment.author.strip(), "time": clock(comment.at_seconds), "text": text}
    if comment.audio_path:
        if fields["author"]:
            words = (tr("Voice note from {author} at {time}: {text}") if text
                     else tr("Voice note from {author} at {time}"))
        else:
            words = tr("Voice note at {time}: {text}") if text else tr("Voice note at {time}")
    elif fields["author"]:
        words = tr("Comment from {author} at {time}: {text}")
    else:
        words = tr("Comment at {time}: {text}")
    return words.format(**fields)


def keep_app_name_in_title(widget: QWidget) -> None:
    """Title a window "<its own title> — Rehearsal Studio", also after it re-titles itself (a language change)."""

    def apply(title: str) -> None:
        if title and APP_NAME not in title:
            widget.setWindowTitle(tr("{title} — {app}").format(title=title, app=APP_NAME))

    widget.windowTitleChanged.connect(apply)
    apply(widget.windowTitle())


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
    voice_note_requested = Signal(str)  # the path of an instructor's voice note to play
    progress_cancel_requested = Signal()  # the progress area's Cancel button or Escape while it is shown

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
        self.languages: LanguageSwitcher | None = None  # the language manager (studio.ui.i18n), set by the wiring point
        self.open_windows: dict[str, QWidget] = {}  # the instructor's windows now open ("library", "review:<id>")
        self.setAccessibleIdentifier("main_window")
        self.setObjectName("main_window")
        self.announcer = announcer_factory(self)
        self.actions_by_id: dict[str, QAction] = {}
        self._recording = False
        self._elapsed = QElapsedTimer()
        self._last_duration = 0.0
        self._markers: list[float] = []
        self._findings: list[Finding] = []
        # Each row of the feedback list, in order (its wording is re-applied when the language changes).
        self._feedback_rows: list[_FeedbackRow] = []
        self.feedback_source: FeedbackSource | None = None  # the session the feedback list shows, when known
        # True from filling the list until the trainee moves in it: "next" then reads the first item, not the second.
        self._walk_from_start = False
        self._filling_feedback = False
        self._feedback_language_shown: str | None = None  # the language the findings are worded in
        self._first_shown = False
        self._history_loading = False
        self._progress_shown = False
        self._progress_file = ""
        self._progress_status: Callable[[], str] = lambda: ""
        self._recordings_folder = ""  # where the last analysed recording was chosen
        self._tick = QTimer(self)
        self._tick.setInterval(500)
        self._tick.timeout.connect(self._update_elapsed)

        self._build_body(scripts_folder)
        self._build_actions()
        self._build_menus()
        self.announcer.announced.connect(self.log.add)
        self.resize(900, 760)
        self.retranslate_ui()
        on_language_change(self, self.retranslate_ui)

    # ------------------------------------------------------------------ building

    def _build_body(self, scripts_folder: Path | None) -> None:
        body = QWidget()
        body.setObjectName("body")
        layout = QVBoxLayout(body)
        layout.setSpacing(12)

        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setAccessibleIdentifier("lbl_heading")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.script_combo = QComboBox()
        self.script_combo.setAccessibleIdentifier("combo_script")
        self.script_combo.setMinimumHeight(MIN_TARGET)
        self.script_combo.addItem(tr("Free practice (no script)"), "")
        for path in script_files(scripts_folder):
            self.script_combo.addItem(path.stem.replace("-", " ").replace("_", " ").capitalize(), str(path))
        self.script_combo.currentIndexChanged.connect(self._on_script_changed)
        self.script_label = label_for(tr("&Script:"), self.script_combo, "lbl_script")
        form.addRow(self.script_label, self.script_combo)

        self.market_combo = QComboBox()
        self.market_combo.setAccessibleIdentifier("combo_market")
        self.market_combo.setMinimumHeight(MIN_TARGET)
        for code, name in MARKETS:
            self.market_combo.addItem(tr(name), code)
        current_market = str(self.settings.get("analysis.market")) if self.settings else "en-US"
        self.market_combo.setCurrentIndex(max(0, self.market_combo.findData(current_market)))
        self.market_combo.currentIndexChanged.connect(self._on_market_changed)
        self.market_label = label_for(tr("&Market:"), self.market_combo, "lbl_market")
        form.addRow(self.market_label, self.market_combo)
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

        self._build_progress_area(layout)

        self.meter = LevelMeter()
        layout.addWidget(self.meter)

        self.feedback_list = QListWidget()
        self.feedback_list.setAccessibleIdentifier("list_feedback")
        self.feedback_list.setWordWrap(True)
        self.feedback_list.setMinimumHeight(4 * MIN_TARGET)
        self.feedback_list.itemActivated.connect(lambda _item: self.play_from_finding())
        self.feedback_list.currentRowChanged.connect(self._on_feedback_row_changed)
        self.feedback_list.installEventFilter(self)
        self.feedback_label = label_for(tr("&Feedback:"), self.feedback_list, "lbl_feedback")
        layout.addWidget(self.feedback_label)
        layout.addWidget(self.feedback_list, 2)

        self.teleprompter = QPlainTextEdit()
        self.teleprompter.setReadOnly(True)
        self.teleprompter.setTabChangesFocus(True)
        self.teleprompter.setAccessibleIdentifier("txt_teleprompter")
        self.teleprompter.setVisible(False)
        self._teleprompter_shows_script = False
        layout.addWidget(self.teleprompter, 2)

        self.log = MessageLog("txt_messages", tr_noop("Messages"))
        self.log_label = label_for(tr("Messa&ges:"), self.log, "lbl_messages")
        layout.addWidget(self.log_label)
        layout.addWidget(self.log, 1)

        # The welcome guide: hidden until the first start or Help → Welcome guide; last in the Tab order, so the
        # first screen starts as it always does (the script chooser first).
        self.welcome = WelcomeGuide(self.registry)
        self.welcome.setVisible(False)
        self.welcome.close_button.clicked.connect(self.close_welcome_guide)
        layout.addWidget(self.welcome, 2)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)  # at 200 % zoom the page scrolls instead of squeezing text
        scroll.setAccessibleIdentifier("scroll_main")
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(body)
        self.setCentralWidget(scroll)
        self._scroll = scroll

        for first, second in (
            (self.script_combo, self.market_combo),
            (self.market_combo, self.record_button),
            (self.record_button, self.progress_bar),
            (self.progress_bar, self.progress_cancel_button),
            (self.progress_cancel_button, self.meter),
            (self.meter, self.feedback_list),
            (self.feedback_list, self.teleprompter),
            (self.teleprompter, self.log),
            (self.log, self.welcome.text),
            (self.welcome.text, self.welcome.close_button),
        ):
            QWidget.setTabOrder(first, second)

    def _build_progress_area(self, layout: QVBoxLayout) -> None:
        """The progress of long work (analysing a recording): the file, the step in words, a focusable bar whose
        description is the whole status, and Cancel. Hidden until the work starts."""
        self.progress_area = QGroupBox()
        self.progress_area.setObjectName("progress_area")
        self.progress_area.setAccessibleIdentifier("group_progress")
        area = QVBoxLayout(self.progress_area)
        self.progress_file_label = QLabel()
        self.progress_file_label.setAccessibleIdentifier("lbl_progress_file")  # not named: its text is read
        self.progress_file_label.setWordWrap(True)
        area.addWidget(self.progress_file_label)
        self.progress_status_label = QLabel()
        self.progress_status_label.setAccessibleIdentifier("lbl_progress_status")  # not named: its text is read
        self.progress_status_label.setWordWrap(True)
        area.addWidget(self.progress_status_label)
        self.progress_bar = QProgressBar()
        self.progress_bar.setAccessibleIdentifier("progress_analysis")
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches it: name, value, status
        self.progress_bar.setMinimumHeight(MIN_TARGET)
        self.progress_bar.setTextVisible(False)  # the status label above shows the words, wrapped at any zoom
        area.addWidget(self.progress_bar)
        self.progress_cancel_button = QPushButton()
        self.progress_cancel_button.setAccessibleIdentifier("btn_cancel_progress")
        self.progress_cancel_button.setMinimumHeight(MIN_TARGET)
        self.progress_cancel_button.clicked.connect(self.progress_cancel_requested.emit)
        area.addWidget(self.progress_cancel_button)
        self.progress_area.setVisible(False)
        layout.addWidget(self.progress_area)
        # Escape cancels while the area is shown (the action exists only then; the workflow's Escape for the
        # pre-flight never runs at the same time).
        self.cancel_progress_action = QAction(self)
        self.cancel_progress_action.setObjectName("action_cancel_progress")
        self.cancel_progress_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.cancel_progress_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.cancel_progress_action.setEnabled(False)
        self.cancel_progress_action.triggered.connect(self.progress_cancel_requested.emit)
        self.addAction(self.cancel_progress_action)

    def _build_actions(self) -> None:
        slots: dict[str, Callable[[], object]] = {
            "record": self.toggle_recording,
            "elapsed": self.say_elapsed,
            "marker": self.drop_marker,
            "try_again": self.try_again,
            "open_script": self.open_script,
            "import_recording": self.import_recording,
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
            "welcome_guide": self.show_welcome_guide,
            "attempt_history": self.open_attempt_history,
        }
        for spec in self._own_specs():
            action = QAction(spec.menu_text, self)
            action.setObjectName(f"action_{spec.id}")
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            slot = slots.get(spec.id)
            if slot is not None:
                action.triggered.connect(lambda _checked=False, s=slot, i=spec.id: self._run(i, s))
            self.addAction(action)  # shortcuts work even when the menu bar is hidden
            self.actions_by_id[spec.id] = action

    def _build_menus(self) -> None:
        self.menus: dict[str, QMenu] = {}
        for menu_id, text in MENUS:
            menu = self.menuBar().addMenu(tr(text))
            menu.setObjectName(f"menu_{menu_id}")
            self.menus[menu_id] = menu
        for spec in self._own_specs():
            self.menus[spec.menu].addAction(self.actions_by_id[spec.id])
        self.menuBar().setAccessibleIdentifier("menubar")

    def retranslate_ui(self) -> None:
        """Apply every text in the interface language; state (choices, feedback, a recording) stays as it is."""
        self.heading.setText(tr("{app}: rehearse your livestream").format(app=APP_NAME))
        self.script_combo.setAccessibleName(tr("Script"))
        self.script_combo.setAccessibleDescription(tr("The script you will rehearse. Free practice has no script."))
        self.script_combo.setItemText(0, tr("Free practice (no script)"))  # the other items are file names
        self.script_label.setText(tr("&Script:"))
        self.market_combo.setAccessibleName(tr("Market"))
        self.market_combo.setAccessibleDescription(tr("The market whose rules on claims are checked."))
        for code, name in MARKETS:
            index = self.market_combo.findData(code)
            if index >= 0:
                self.market_combo.setItemText(index, tr(name))
        self.market_label.setText(tr("&Market:"))
        self.feedback_list.setAccessibleName(tr("Feedback"))
        self.feedback_list.setAccessibleDescription(
            tr("One item per piece of feedback. Enter plays the recording from that moment.")
        )
        self.feedback_label.setText(tr("&Feedback:"))
        for row, entry in enumerate(self._feedback_rows[: self.feedback_list.count()]):
            self.feedback_list.item(row).setText(entry.render())
        self.teleprompter.setAccessibleName(tr("Teleprompter"))
        self.teleprompter.setAccessibleDescription(tr("Read-only. The script text."))
        if not self.teleprompter.isHidden() and not self._teleprompter_shows_script:
            self._fill_teleprompter()  # our message, not the script: say it in the new language
        self.log_label.setText(tr("Messa&ges:"))
        self._apply_progress_texts()
        for menu_id, text in MENUS:
            self.menus[menu_id].setTitle(tr(text))
        for spec in self._own_specs():
            self.actions_by_id[spec.id].setText(spec.menu_text)
        self.apply_keys()  # tooltips and descriptions, the record button and the window title
        self._update_elapsed()

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
        self.welcome.refresh()  # the guide names the keys bound now

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
            self.say(tr("Sounds are off: {error}").format(error=exc))

    @property
    def is_recording(self) -> bool:
        return self._recording

    def elapsed_seconds(self) -> float:
        return self._elapsed.elapsed() / 1000 if self._recording else self._last_duration

    def _update_elapsed(self) -> None:
        text = tr("Recording. Elapsed time: {time}") if self._recording else tr("Not recording. Elapsed time: {time}")
        self.elapsed_label.setText(text.format(time=clock(self.elapsed_seconds())))

    def _update_record_button(self) -> None:
        key = self.registry.key("record")
        if self._recording:
            text = tr("Stop recording ({key})").format(key=key) if key else tr("Stop recording")
        else:
            text = tr("Start recording ({key})").format(key=key) if key else tr("Start recording")
        self.record_button.setText(text)
        self.record_button.setProperty("recording", "true" if self._recording else "false")
        self.record_button.style().unpolish(self.record_button)
        self.record_button.style().polish(self.record_button)
        self.setWindowTitle(tr("{app} — recording").format(app=APP_NAME) if self._recording else APP_NAME)

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
            self.say(tr("Recording started. Press {key} again to stop.").format(key=key) if key
                     else tr("Recording started."), assertive=True)
        else:
            self._last_duration = self._elapsed.elapsed() / 1000
            self._tick.stop()
            self.meter.set_no_input()
            self.cue("stop")
            self.say(tr("Recording stopped after {duration}.").format(duration=spoken_duration(self._last_duration)),
                     assertive=True)
        self._update_record_button()
        self._update_elapsed()
        self.recording_changed.emit(self._recording)

    def say_elapsed(self) -> None:
        if not self._recording and self._last_duration == 0:
            self.say(tr("Not recording yet."))
            return
        text = tr("Recording for {duration}.") if self._recording else tr("Last recording lasted {duration}.")
        self.say(text.format(duration=spoken_duration(self.elapsed_seconds())))

    def drop_marker(self) -> None:
        if not self._recording:
            self.say(tr("Markers can be dropped while recording. Start recording first."))
            return
        moment = self.elapsed_seconds()
        self._markers.append(moment)
        number = len(self._markers)

        def marker_text(number: int = number, moment: float = moment) -> str:
            return tr("Marker {number} at {time}.").format(number=number, time=clock(moment))

        self._add_feedback_item(marker_text, moment)
        self.marker_dropped.emit(moment)
        self.cue("marker")
        self.say(marker_text())

    def _add_feedback_item(self, render: Callable[[], str], moment: float, *, voice_note: Path | None = None,
                           key: tuple[str, str] = ("", "")) -> None:
        """A row of the feedback list whose text ``render`` words again when the language changes."""
        self.feedback_list.addItem(QListWidgetItem(render()))
        self._feedback_rows.append(_FeedbackRow(render, moment, voice_note, key))

    def _clear_feedback(self) -> None:
        self.feedback_list.clear()
        self._feedback_rows.clear()
        self._walk_from_start = False

    def try_again(self) -> None:
        if self._recording:
            self.toggle_recording()
        self._markers.clear()
        self._findings.clear()
        self._clear_feedback()
        self.feedback_source = None
        self._last_duration = 0.0
        self._update_elapsed()
        self.try_again_requested.emit()
        self.say(tr("Ready for another try. Press Start when you are ready."))
        self.record_button.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def open_script(self) -> None:
        self.script_combo.setFocus(Qt.FocusReason.ShortcutFocusReason)
        count = self.script_combo.count() - 1
        text = (tr("Script chooser. 1 script. Use the arrow keys to choose.") if count == 1
                else tr("Script chooser. {count} scripts. Use the arrow keys to choose."))
        self.say(text.format(count=count))

    @property
    def next_finding_key(self) -> str:
        """The "next finding" key bound now ("" when the trainee removed it)."""
        return self.registry.key("next_finding")

    def show_findings(self, findings: Sequence[Finding], *, language: str | None = None) -> None:
        """Fill the feedback list; each item reads alone ("2 of 5. Warning at 0:12: ...").

        With ``language`` the item is worded by ``studio.core.report.finding_sentence`` in that language
        (the workflow passes the feedback language)."""
        self.show_feedback(findings, (), language=language)

    def show_feedback(
        self,
        findings: Sequence[Finding],
        comments: Sequence[CommentLike] = (),
        *,
        language: str | None = None,
        source: FeedbackSource | None = None,
        keep_place: bool = False,
        announce: bool = True,
    ) -> None:
        """Fill the feedback list with a session's findings and its instructor comments, in time order.

        Findings keep their own numbering ("1 of 2. Must fix. …"); a comment reads "Comment from Lan at 0:42: …"
        (a voice note: "Voice note from Lan at 0:42", and Enter plays it). The first "next finding" key afterwards
        reads the first item. ``keep_place`` keeps the item the trainee is on (comments arriving after the
        findings); ``announce`` says how many there are."""
        place = self._current_key() if keep_place else None
        walking = self._walk_from_start
        self._findings = list(findings)
        self._feedback_language_shown = language
        if source is not None or not keep_place:
            self.feedback_source = source
        folder = self.feedback_source.folder if self.feedback_source is not None else None
        self._clear_feedback()
        total = len(self._findings)
        ordered = sorted(comments, key=lambda c: float(c.at_seconds))
        waiting = list(ordered)
        self._filling_feedback = True
        try:
            for index, finding in enumerate(self._findings, start=1):
                while waiting and float(waiting[0].at_seconds) < finding.start:
                    self._add_comment_row(waiting.pop(0), folder)

                def render(finding: Finding = finding, index: int = index) -> str:
                    if language is None:
                        return finding_text(finding, index, total)
                    return finding_item_text(finding, index, total, language)

                self._add_feedback_item(render, finding.start, key=("finding", str(index)))
            for comment in waiting:
                self._add_comment_row(comment, folder)
            rows = self.feedback_list.count()
            if rows:
                target = next((row for row, entry in enumerate(self._feedback_rows) if entry.key == place), None)
                self.feedback_list.setCurrentRow(target if target is not None else 0)
                self._walk_from_start = walking if target is not None else True
        finally:
            self._filling_feedback = False
        if announce:
            self._announce_feedback(total, len(ordered))

    def _add_comment_row(self, comment: CommentLike, folder: Path | None) -> None:
        note = (folder / comment.audio_path) if comment.audio_path and folder is not None else None

        def render(comment: CommentLike = comment) -> str:
            return comment_item_text(comment)

        self._add_feedback_item(render, float(comment.at_seconds), voice_note=note, key=("comment", str(comment.id)))

    def _announce_feedback(self, findings: int, comments: int) -> None:
        key = self.next_finding_key
        if findings == 0 and comments == 0:
            self.say(tr("No feedback yet."))
            return
        if findings:
            if key:
                text = (tr("1 piece of feedback. Press {key} for the next one.") if findings == 1
                        else tr("{count} pieces of feedback. Press {key} for the next one."))
            else:
                text = tr("1 piece of feedback.") if findings == 1 else tr("{count} pieces of feedback.")
            self.say(text.format(count=findings, key=key))
            if comments:
                self.say(tr("Your instructor left 1 comment.") if comments == 1
                         else tr("Your instructor left {count} comments.").format(count=comments))
            return
        if key:
            text = (tr("1 comment from your instructor. Press {key} to hear it.") if comments == 1
                    else tr("{count} comments from your instructor. Press {key} for the next one."))
        else:
            text = (tr("1 comment from your instructor.") if comments == 1
                    else tr("{count} comments from your instructor."))
        self.say(text.format(count=comments, key=key))

    def add_comments(self, comments: Sequence[CommentLike], source: FeedbackSource | None = None) -> None:
        """Add the instructor's comments to the findings shown (the workflow, once the session is saved), keeping
        the item the trainee is on."""
        if source is not None:
            self.feedback_source = source
        if not comments:
            return
        self.show_feedback(self._findings, comments, language=self._feedback_language_shown, keep_place=True,
                           announce=False)
        self.say(tr("Your instructor left 1 comment.") if len(comments) == 1
                 else tr("Your instructor left {count} comments.").format(count=len(comments)))

    def _current_key(self) -> tuple[str, str] | None:
        row = self.feedback_list.currentRow()
        return self._feedback_rows[row].key if 0 <= row < len(self._feedback_rows) else None

    def _on_feedback_row_changed(self, _row: int) -> None:
        if not self._filling_feedback:
            self._walk_from_start = False  # the trainee moved (arrow keys, mouse): "next" goes on from there

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.feedback_list and event.type() == QEvent.Type.FocusIn and isinstance(event, QFocusEvent):
            if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
                                  Qt.FocusReason.MouseFocusReason, Qt.FocusReason.OtherFocusReason):
                self._walk_from_start = False  # Tab into the list reads its current item: "next" goes past it
        return super().eventFilter(watched, event)

    def move_finding(self, step: int) -> None:
        count = self.feedback_list.count()
        if count == 0:
            self.say(tr("There is no feedback yet. Record first."))
            return
        row = self.feedback_list.currentRow()
        if row < 0 or self._walk_from_start:
            row = 0 if step > 0 else count - 1  # fresh feedback: "next" starts at the first item
        else:
            row += step
        if not 0 <= row < count:
            self.say(tr("That was the last piece of feedback.") if step > 0
                     else tr("That was the first piece of feedback."))
            return
        self.feedback_list.setCurrentRow(row)
        self._walk_from_start = False
        self.feedback_list.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.say(self.feedback_list.item(row).text())

    def play_from_finding(self) -> None:
        row = self.feedback_list.currentRow()
        if row < 0:
            key = self.next_finding_key
            self.say(tr("Choose a piece of feedback first, with {key}.").format(key=key) if key
                     else tr("Choose a piece of feedback first."))
            return
        entry = self._feedback_rows[row] if row < len(self._feedback_rows) else None
        if entry is not None and entry.voice_note is not None:
            if not entry.voice_note.is_file():
                self.say(tr("The voice note's file is missing, so it cannot be played."))
                return
            self.voice_note_requested.emit(str(entry.voice_note))
            self.say(tr("Playing the voice note."))
            return
        moment = entry.moment if entry is not None else 0.0
        self.play_requested.emit(moment)
        self.say(tr("Playing from {time}.").format(time=clock(moment)))

    def repeat_last(self) -> None:
        if self.announcer.repeat_last() is None:
            self.say(tr("Nothing to repeat yet."))

    def stop_speech(self) -> None:
        self.announcer.stop_speech()

    def zoom_by(self, step: int) -> None:
        if self.appearance is None:
            return
        self.say(tr("Zoom {percent} percent.").format(percent=self.appearance.set_zoom(self.appearance.zoom + step)))

    def zoom_reset(self) -> None:
        if self.appearance is None:
            return
        self.say(tr("Zoom {percent} percent.").format(percent=self.appearance.set_zoom(100)))

    def toggle_teleprompter(self) -> None:
        show = not self.teleprompter.isVisible()
        if show:
            self._fill_teleprompter()
        self.teleprompter.setVisible(show)
        self.say(tr("Teleprompter shown.") if show else tr("Teleprompter hidden."))

    def _fill_teleprompter(self) -> None:
        path = self.script_combo.currentData()
        text = ""
        if path:
            try:
                text = Path(path).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                text = tr("The script could not be read: {error}").format(error=exc)
                path = ""
        self._teleprompter_shows_script = bool(path and text)
        self.teleprompter.setPlainText(text or tr("No script chosen. Choose a script to see its text here."))

    def switch_theme(self) -> None:
        if self.appearance is None:
            return
        theme = self.appearance.set_theme(next_theme_id(self.appearance.theme_id))
        self.say(tr("Theme: {name}.").format(name=tr(theme.name)))

    def open_settings(self) -> None:
        from studio.ui.dialogs import SettingsDialog

        dialog = SettingsDialog(self.registry, self.announcer, settings=self.settings, appearance=self.appearance,
                                languages=self.languages, parent=self)
        self._show_dialog(dialog)
        self.apply_keys()

    def open_help(self) -> None:
        from studio.ui.dialogs import HelpDialog

        self._show_dialog(HelpDialog(self.registry, parent=self))

    def open_about(self) -> None:
        from studio.ui.dialogs import AboutDialog

        self._show_dialog(AboutDialog(parent=self))

    # ------------------------------------------------------------------ analysing a recording made elsewhere

    def import_recording(self) -> None:
        """File → Analyse a recording: the workflow checks it can, asks for the file and analyses it off the GUI
        thread (:meth:`studio.ui.workflow.WorkflowController.import_recording`)."""
        start = getattr(self.workflow, "import_recording", None)
        if not callable(start):
            self.say(tr("Analysing a recording is not available: the rehearsal workflow is not running."))
            return
        start()

    def choose_recording_file(self) -> str:
        """Ask for a video or audio file ("" when the trainee cancels); the folder is remembered for next time."""
        from studio.services.recording_import import RECORDING_SUFFIXES

        folder = self._recordings_folder or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.MoviesLocation) or str(Path.home())
        patterns = " ".join(f"*{suffix}" for suffix in RECORDING_SUFFIXES)
        filters = ";;".join((tr("Video and audio files ({patterns})").format(patterns=patterns),
                             tr("All files ({patterns})").format(patterns="*")))
        path, _chosen_filter = QFileDialog.getOpenFileName(self, tr("Analyse a recording"), folder, filters)
        if path:
            self._recordings_folder = str(Path(path).parent)
        return str(path or "")

    @property
    def progress_shown(self) -> bool:
        return self._progress_shown

    def show_progress(self, file_name: str, status: Callable[[], str], percent: int, *, focus: bool = False) -> None:
        """Show (or update) the progress area: the file, the status worded by ``status`` (called again when the
        language changes) and the bar at ``percent``. ``focus`` puts the focus on the bar."""
        self._progress_file = file_name
        self._progress_status = status
        self.progress_bar.setValue(max(0, min(100, int(percent))))
        self._apply_progress_texts()
        if not self._progress_shown:
            self._progress_shown = True
            self.progress_area.setVisible(True)
            self.cancel_progress_action.setEnabled(True)
        if focus:
            self.progress_bar.setFocus(Qt.FocusReason.OtherFocusReason)
            self._scroll.ensureWidgetVisible(self.progress_area)

    def hide_progress(self, focus_to: QWidget | None = None) -> None:
        """Hide the progress area; when the focus was in it, it goes to ``focus_to`` (else the record button)."""
        if not self._progress_shown:
            return
        focused = QApplication.focusWidget()
        if focused is not None and (focused is self.progress_area or self.progress_area.isAncestorOf(focused)):
            (focus_to or self.record_button).setFocus(Qt.FocusReason.OtherFocusReason)
        self._progress_shown = False
        self.cancel_progress_action.setEnabled(False)
        self.progress_area.setVisible(False)
        self.progress_bar.setValue(0)

    def progress_text(self) -> str:
        """The status the progress area shows now ("" when hidden)."""
        return self._progress_status() if self._progress_shown else ""

    def _apply_progress_texts(self) -> None:
        status = self._progress_status()
        self.progress_area.setTitle(tr("Analysing a recording"))
        self.progress_file_label.setText(tr("File: {name}").format(name=self._progress_file))
        self.progress_status_label.setText(status)
        self.progress_bar.setAccessibleName(tr("Analysis progress"))
        self.progress_bar.setFormat(status)  # the bar's text, for whoever shows it
        self.progress_bar.setAccessibleDescription(status)  # the value says the percent; this says the rest
        self.progress_cancel_button.setText(tr("Cancel analysis ({key})").format(key="Escape"))
        self.progress_cancel_button.setAccessibleDescription(
            tr("Stop analysing this recording. Nothing is saved. The record key cancels too."))
        self.cancel_progress_action.setText(tr("Cancel analysis"))

    # ------------------------------------------------------------------ the welcome guide

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._first_shown:
            self._first_shown = True
            if self._first_run():
                QTimer.singleShot(0, self._give_first_run_guide)  # after the window is on screen and said "Ready"

    def _first_run(self) -> bool:
        if self.settings is None:
            return False
        try:
            return not bool(self.settings.get("ui.first_run_done"))
        except Exception:  # settings without the key (a test double): not a first start
            return False

    def _give_first_run_guide(self) -> None:
        """The very first start: show and say the guide, once. The focus stays where a returning trainee has it."""
        try:
            self.settings.set("ui.first_run_done", True)  # type: ignore[union-attr]
        except Exception:
            pass  # an unwritable settings file: the guide comes again next time, which does no harm
        self._present_guide(focus=False)
        key = self.registry.key("welcome_guide")
        key = spoken_key(key) if key else ""
        self.say(tr("This guide stays at the bottom of the window until you close it. Press {key} to go to it.")
                 .format(key=key) if key else tr("This guide stays at the bottom of the window until you close it."))

    def show_welcome_guide(self) -> None:
        """Help → Welcome guide: show the guide, put the focus in it and say it again."""
        self._present_guide(focus=True)

    def _present_guide(self, *, focus: bool) -> None:
        self.welcome.refresh()
        self.welcome.setVisible(True)
        if focus:
            self.welcome.text.moveCursor(QTextCursor.MoveOperation.Start)
            self.welcome.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self._scroll.ensureWidgetVisible(self.welcome)
        for paragraph in self.welcome.paragraphs():
            self.say(paragraph)

    def close_welcome_guide(self) -> None:
        self.welcome.setVisible(False)
        self.record_button.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.say(tr("Welcome guide closed."))

    # ------------------------------------------------------------------ the trainee's attempts

    def _feedback_language(self) -> str | None:
        """The feedback language of the workflow (None without one: findings are worded in the interface language)."""
        language = getattr(self.workflow, "language", None)
        try:
            return str(language()) if callable(language) else None
        except Exception:
            return None

    def open_attempt_history(self) -> None:
        """Feedback → Attempt history: the trainee's attempts on the chosen script (read off the GUI thread)."""
        if self._no_store():
            return
        if self._history_loading:
            self.say(tr("Loading your attempts, one moment."))
            return
        old = self.open_windows.get("history")
        if old is not None:
            old.close()  # the script may have changed: read it again
        from studio.core.i18n import current_language
        from studio.services.attempts import attempt_history

        path = str(self.script_combo.currentData() or "")
        script_id = Path(path).stem if path else None  # as the rehearsal registers it
        title = self.script_combo.currentText() if path else ""
        trainee = getattr(self.workflow, "trainee", None)
        trainee_id = str(trainee.id) if trainee is not None else None
        language = self._feedback_language() or current_language()
        store: Any = self.store

        def read() -> Any:
            chosen = trainee_id
            if chosen is None:
                trainees = store.list_trainees()
                chosen = str(trainees[0].id) if trainees else None
            return attempt_history(store, chosen, script_id, language=language, title=title)

        self._history_loading = True
        from studio.ui.background import run_in_background

        run_in_background(self, read, self._show_attempt_history, self._history_failed)

    def _history_failed(self, exc: BaseException) -> None:
        self._history_loading = False
        detail = exc.spoken() if isinstance(exc, StudioError) else str(exc)
        self.say(tr("Your attempts could not be read: {error}").format(error=detail))

    def _show_attempt_history(self, history: Any) -> None:
        self._history_loading = False
        from studio.ui.history import AttemptHistoryView, history_heading

        view = AttemptHistoryView(history, self)
        view.open_attempt.connect(self._attempt_chosen)
        view.attempts_list.currentRowChanged.connect(lambda _row, v=view: self._say_without_screen_reader(
            v.current_text()))
        self._show_window("history", view)  # "Attempt history: … — Rehearsal Studio"
        (view.attempts_list if history.attempts else view.trend).setFocus(Qt.FocusReason.OtherFocusReason)
        self.say(history_heading(history))
        if history.attempts:
            self.say(history.trend)
            self.say(view.current_text())

    def _say_without_screen_reader(self, text: str) -> None:
        """Moving in a list is read by the screen reader; with the app's voice alone, say the item."""
        if text and self.announcer.mode is AnnounceMode.APP_VOICE:
            self.say(text)

    def _attempt_chosen(self, session_id: str) -> None:
        window = self.open_windows.get("history")
        if window is not None:
            window.close()
        self.open_attempt_feedback(session_id)

    def open_attempt_feedback(self, session_id: str) -> None:
        """Show an earlier attempt's findings and the instructor's comments on it in the feedback list."""
        if self._no_store():
            return
        if self._recording:
            self.say(tr("Stop the recording first, then open an earlier attempt."))
            return
        from studio.services.attempts import session_feedback
        from studio.ui.background import run_in_background

        store: Any = self.store
        run_in_background(self, lambda: session_feedback(store, session_id), self._show_attempt_feedback,
                          self._history_failed)

    def _show_attempt_feedback(self, feedback: Any) -> None:
        if feedback is None:
            self.say(tr("That attempt is no longer in the library."))
            return
        if self._recording:
            return  # a take started while the attempt was read: its feedback wins
        from studio.ui.history import when_text

        date, time = when_text(feedback.session.started_at or feedback.session.created_at)
        self.say(tr("Feedback on your attempt of {date} at {time}.").format(date=date, time=time))
        findings = feedback.report.findings if feedback.report is not None else ()
        self.show_feedback(findings, feedback.comments, language=self._feedback_language(),
                           source=FeedbackSource(feedback.session.id, feedback.folder, feedback.recording))
        self.activateWindow()
        self.feedback_list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # ------------------------------------------------------------------ the instructor's windows

    def _no_store(self) -> bool:
        if self.store is None:
            self.say(tr("The session library is not available: the session database could not be opened."))
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

    def _show_window(self, key: str, widget: QWidget, *, with_app_name: bool = True) -> QWidget:
        """Show an instructor window as a real top-level window: titled (its own title, with the app's name when
        ``with_app_name``), deleted on close, Escape closes it, focus on its first control. One of each kind:
        asking again brings the open one back."""
        widget.setWindowFlag(Qt.WindowType.Window, True)
        if with_app_name:
            keep_app_name_in_title(widget)
        widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        close = QAction(tr("Close"), widget)

        def retranslate_close() -> None:
            close.setText(tr("Close"))

        on_language_change(widget, retranslate_close)
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

        view = LibraryView(self.store, self, open_session=self.open_review,  # type: ignore[arg-type]
                           on_deleted=self.close_review, speech=self.announcer.speech,
                           announce_mode=self.announcer.mode)
        self._show_window("library", view)  # "Session library — Rehearsal Studio"
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
                             speech=self.announcer.speech, announce_mode=self.announcer.mode,
                             audio_device=self.sound_output())
        self._show_window(key, window, with_app_name=False)
        window.comments_changed.connect(self.refresh_comments)
        window.words_list.setFocus(Qt.FocusReason.OtherFocusReason)
        return window

    def close_review(self, session_id: str) -> None:
        """Close the review window of ``session_id`` if one is open (the session is being deleted)."""
        window = self.open_windows.get(f"review:{session_id}")
        if window is not None:
            window.close()

    def sound_output(self) -> str:
        """The sound output chosen by name ("" = the system default), as the app voice finds it
        (:func:`studio.services.capture.devices.chosen_devices`): where recordings play too."""
        from studio.services.capture.devices import chosen_devices

        return chosen_devices(self.settings).output or ""

    def refresh_comments(self, session_id: str, comments: Sequence[CommentLike]) -> None:
        """A comment was added to a session in a review window (``comments``: all of that session's, as the review
        window just read them): when the feedback list shows that session, it gets the comment at once, in time
        order, and the trainee stays on their item (nothing is said here: the person adding it is in the review
        window)."""
        source = self.feedback_source
        if source is None or source.session_id != session_id or self._recording:
            return
        self.show_feedback(self._findings, comments, language=self._feedback_language_shown, keep_place=True,
                           announce=False)

    def open_progress(self) -> QWidget | None:
        """Progress of the current trainee (the window's chooser can switch to another)."""
        if self._no_store() or self._bring_back("progress"):
            return self.open_windows.get("progress")
        from studio.ui.review import ProgressView

        view = ProgressView(self.store, self.current_trainee_id(), self)  # type: ignore[arg-type]
        self._show_window("progress", view)  # "Progress — Rehearsal Studio"
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
        keep_app_name_in_title(dialog)
        dialog.finished.connect(lambda result, d=dialog: self._trainee_saved(d) if result else None)
        self._show_dialog(dialog)

    def _trainee_saved(self, dialog: QDialog) -> None:
        saved = getattr(dialog, "trainee", None)
        if saved is None:
            return
        if self.workflow is not None and hasattr(self.workflow, "trainee"):
            self.workflow.trainee = saved
        self.say(tr("Trainee profile saved: {name}.").format(name=saved.name))

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
