"""The review window: the session's video with its transcript, findings, timeline, pacing and comments, in sync.

- Playback: QMediaPlayer + QVideoWidget (QtMultimedia bundles FFmpeg; no audio device is needed to play).
- The word being spoken is highlighted and scrolled into view from ``positionChanged``; the keyboard focus is never
  moved by playback (a screen reader user reading the findings must not be pulled away).
- Enter on a word seeks to it; Enter on a finding seeks ``FINDING_LEAD`` seconds before it, so the lead-in is heard.
- Keys (``actions.REVIEW_ACTIONS``): play/pause, ±5 s, speed 0.5×–2× by 0.25, next/previous finding, add comment,
  dismiss finding, say where. Every key is in the commands' descriptions (QShortcut keys do not reach AT-SPI).
- Comments are anchored to the current time and stored in the session store; dismissing or overriding a finding
  stores the reason in ``finding_overrides`` (``studio.services.library``).
"""

from __future__ import annotations

import bisect
import uuid
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QBrush, QCloseEvent, QFont, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from studio.core.errors import StudioError
from studio.core.i18n import current_language, tr, tr_noop
from studio.core.language import profile
from studio.core.model import Finding, Report, Session, Transcript
from studio.core.pacing import PaceResult, measure_pace
from studio.core.report import finding_sentence, unit_name
from studio.core.say import say_clock
from studio.services.capture.audio import Microphone
from studio.services.library import (
    FindingOverride,
    clear_finding_override,
    finding_key,
    finding_overrides,
    set_finding_override,
)
from studio.services.store import Comment, SessionStore
from studio.ui.actions import ActionRegistry
from studio.ui.announcer import AnnounceMode, Announcer, SpeechLike
from studio.ui.i18n import on_language_change
from studio.ui.playback import audio_output
from studio.ui.review import transfer
from studio.ui.review.actions import install_actions, review_registry
from studio.ui.review.charts import LineChart, TimelineWidget
from studio.ui.review.common import (
    button,
    clock,
    kind_name,
    quiet_tab_scrollers,
    reading_pane,
    severity_name,
)
from studio.ui.review.rules_dialog import open_rule_pack, rule_pack_button
from studio.ui.review.voice_note import VoiceNoteRecorder
from studio.ui.widgets import MIN_TARGET, MessageLog, label_for

JUMP_SECONDS = 5.0
FINDING_LEAD = 2.0
"""A finding plays from this many seconds before it starts, so the words leading into it are heard."""
SPEED_MIN, SPEED_MAX, SPEED_STEP = 0.5, 2.0, 0.25
PACE_WINDOW = 15.0
"""The pacing curve uses shorter windows than the report (30 s) so a few minutes of rehearsal still make a curve."""
PACE_MIN_SPEECH = 5.0
START_ROLE = Qt.ItemDataRole.UserRole
INDEX_ROLE = Qt.ItemDataRole.UserRole + 1
TAB_TEXTS = (tr_noop("T&ranscript"), tr_noop("F&indings"), tr_noop("&Comments"), tr_noop("P&acing"))
"""The tabs' texts, in tab order (translated where shown)."""
VERDICTS: dict[str, str] = {"fast": tr_noop("fast"), "slow": tr_noop("slow"), "ok": tr_noop("in range")}
"""The pacing table's verdict of a window (any other verdict is "not judged")."""


def _list(identifier: str) -> QListWidget:
    """A single-selection list; its name and description are set in the window's ``retranslate_ui``."""
    widget = QListWidget()
    widget.setAccessibleIdentifier(identifier)
    widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    widget.setMinimumHeight(3 * MIN_TARGET)
    return widget


def _describe(widget: QWidget, description: str) -> None:
    """The accessible description, also shown as the tooltip."""
    widget.setAccessibleDescription(description)
    widget.setToolTip(description)


class ReviewWindow(QMainWindow):
    """Review of one stored session; build it with :func:`open_review`."""

    closed = Signal(str)
    comments_changed = Signal(str, object)  # the session id and all its comments, after one was added

    def __init__(
        self,
        store: SessionStore,
        session_id: str,
        parent: QWidget | None = None,
        *,
        registry: ActionRegistry | None = None,
        speech: SpeechLike | None = None,
        announce_mode: AnnounceMode = AnnounceMode.SCREEN_READER,
        author: str | None = None,
        microphone: Microphone | None = None,
        audio_device: str = "",
    ) -> None:
        super().__init__(parent)
        session = store.get_session(session_id)
        if session is None:
            raise StudioError(
                tr("there is no session with the id {id}; it may have been deleted").format(id=session_id)
            )
        self.store = store
        self.session: Session = session
        # Who wrote the comments made here (stored with each comment, in the language of the moment).
        self.author = author if author is not None else tr("Instructor")
        self.transcript: Transcript | None = store.load_transcript(session_id)
        self.report: Report | None = store.load_report(session_id)
        self.language = self.report.language if self.report is not None else session.language
        self.findings: tuple[Finding, ...] = self.report.findings if self.report is not None else ()
        self.overrides: dict[str, FindingOverride] = finding_overrides(store, session_id)
        self.registry = registry or review_registry()
        self.announcer = Announcer(self, speech=speech, mode=announce_mode, language=lambda: self.language)
        self.current_word_index = -1
        self._microphone = microphone
        self._audio_device = audio_device  # the sound output chosen in Settings, by name ("" = system default)
        self._voice: VoiceNoteRecorder | None = None
        self._voice_at = 0.0
        self._label_second = -1
        self._word_starts: list[float] = []

        trainee = store.get_trainee(session.trainee_id)
        script = store.get_script(session.script_id) if session.script_id else None
        self._trainee_name = trainee.name if trainee is not None else session.trainee_id
        # None: no script and no title, which the window title says in words ("no script").
        self._script_title: str | None = script.title if script is not None else (session.title or None)
        self._pace: PaceResult | None = None
        # No accessible name: over AT-SPI a window's name would then replace its title.
        self.setAccessibleIdentifier("review_window")
        self.resize(1100, 760)

        self._build_player()
        self._build_body()
        self.actions_by_id = install_actions(
            self,
            self.registry,
            {
                "review_play_pause": self.toggle_play,
                "review_back": lambda: self.jump(-JUMP_SECONDS),
                "review_forward": lambda: self.jump(JUMP_SECONDS),
                "review_slower": lambda: self.change_speed(-SPEED_STEP),
                "review_faster": lambda: self.change_speed(SPEED_STEP),
                "review_next_finding": lambda: self.move_finding(1),
                "review_previous_finding": lambda: self.move_finding(-1),
                "review_comment": self.comment_command,
                "review_dismiss": lambda: self.override_selected("dismiss"),
                "review_voice_note": self.toggle_voice_note,
                "review_export": self.export_session,
                "review_where": self.say_where,
                "review_rules": lambda: open_rule_pack(self),
            },
        )
        self._fill()
        self._load_media()
        self.retranslate_ui()
        on_language_change(self, self.retranslate_ui)

    # ------------------------------------------------------------------ building

    def _build_player(self) -> None:
        self.player = QMediaPlayer(self)
        self.audio_output = audio_output(self._audio_device, self)
        self.player.setAudioOutput(self.audio_output)
        self.video = QVideoWidget()
        self.video.setAccessibleIdentifier("video_session")
        self.video.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # nothing to operate; the keys work window-wide
        self.video.setMinimumSize(320, 240)
        self.player.setVideoOutput(self.video)
        self.player.positionChanged.connect(self._on_position)
        self.player.durationChanged.connect(lambda _ms: self._update_position_label())
        self.player.playbackStateChanged.connect(self._on_state)
        self.player.mediaStatusChanged.connect(self._on_media_status)
        self.player.errorOccurred.connect(self._on_error)

    def _build_body(self) -> None:
        # Left: the video and the transport, then the timeline and messages.
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.video, 3)

        self.position_label = QLabel()  # not named: its text is the live position (a11y-testing.md)
        self.position_label.setAccessibleIdentifier("lbl_position")
        left_layout.addWidget(self.position_label)

        transport = QHBoxLayout()
        self.play_button = button("", "btn_play", "")
        self.back_button = button("", "btn_back", "")
        self.forward_button = button("", "btn_forward", "")
        self.play_button.clicked.connect(self.toggle_play)
        self.back_button.clicked.connect(lambda: self.jump(-JUMP_SECONDS))
        self.forward_button.clicked.connect(lambda: self.jump(JUMP_SECONDS))
        self.speed_spin = QDoubleSpinBox()
        self.speed_spin.setRange(SPEED_MIN, SPEED_MAX)
        self.speed_spin.setSingleStep(SPEED_STEP)
        self.speed_spin.setDecimals(2)
        self.speed_spin.setValue(1.0)
        self.speed_spin.setAccessibleIdentifier("spin_speed")
        self.speed_spin.setMinimumHeight(MIN_TARGET)
        self.speed_spin.valueChanged.connect(self._on_speed)
        for widget in (self.play_button, self.back_button, self.forward_button):
            transport.addWidget(widget)
        self.speed_label = label_for("", self.speed_spin, "lbl_speed")
        transport.addWidget(self.speed_label)
        transport.addWidget(self.speed_spin)
        left_layout.addLayout(transport)

        self.timeline = TimelineWidget()
        self.timeline.finding_requested.connect(self.go_to_finding)
        self.timeline_label = label_for("", self.timeline, "lbl_timeline")
        left_layout.addWidget(self.timeline_label)
        left_layout.addWidget(self.timeline)

        self.log = MessageLog("log_review", tr_noop("Review messages"))
        self.log_label = label_for("", self.log, "lbl_review_messages")
        left_layout.addWidget(self.log_label)
        left_layout.addWidget(self.log, 1)

        # Right: tabs for the transcript, findings, comments and pacing (Ctrl+Tab moves between them).
        self.tabs = QTabWidget()
        # One Tab stop, the tab bar: the tab widget itself would be a second, empty stop over AT-SPI. Setting a
        # policy also sets it on the focus proxy (the tab bar), so the bar gets its own policy afterwards.
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.tabs.setAccessibleIdentifier("tabs_review")
        for page in (self._transcript_page(), self._findings_page(), self._comments_page(), self._pace_page()):
            self.tabs.addTab(page, "")
        self.tabs.tabBar().setAccessibleIdentifier("tabbar_review")
        quiet_tab_scrollers(self.tabs, "tabbar_review")

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setAccessibleIdentifier("split_review")
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        # Below both, last in the Tab order as on the screen: what is done with the whole session.
        self.export_button = button("", "btn_export", "")
        self.export_button.clicked.connect(self.export_session)
        bottom = QHBoxLayout()
        bottom.addWidget(self.export_button)
        bottom.addStretch(1)
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.addWidget(splitter, 1)
        central_layout.addLayout(bottom)
        self.setCentralWidget(central)

    def _transcript_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.words_list = _list("list_words")
        self.words_list.activated.connect(self._on_word_activated)
        self._plain_font = QFont(self.words_list.font())
        self._bold_font = QFont(self._plain_font)
        self._bold_font.setBold(True)
        self._highlight_brush = QBrush(self.palette().color(QPalette.ColorRole.AlternateBase))
        self.words_label = label_for("", self.words_list, "lbl_words")
        layout.addWidget(self.words_label)
        layout.addWidget(self.words_list)
        return page

    def _findings_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.summary_pane = reading_pane("", "txt_summary")
        self.summary_pane.setMaximumHeight(4 * MIN_TARGET)
        self.summary_label = label_for("", self.summary_pane, "lbl_summary")
        layout.addWidget(self.summary_label)
        layout.addWidget(self.summary_pane)
        self.findings_list = _list("list_findings")
        self.findings_list.activated.connect(self._on_finding_activated)
        self.findings_list.currentRowChanged.connect(self.timeline.set_current)
        self.findings_label = label_for("", self.findings_list, "lbl_findings")
        layout.addWidget(self.findings_label)
        layout.addWidget(self.findings_list, 1)
        form = QFormLayout()
        self.reason_edit = QLineEdit()
        self.reason_edit.setAccessibleIdentifier("edit_reason")
        self.reason_edit.setMinimumHeight(MIN_TARGET)
        self.reason_label = label_for("", self.reason_edit, "lbl_reason")
        form.addRow(self.reason_label, self.reason_edit)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.dismiss_button = button("", "btn_dismiss", "")
        self.override_button = button("", "btn_override", "")
        self.restore_button = button("", "btn_restore", "")
        self.dismiss_button.clicked.connect(lambda: self.override_selected("dismiss"))
        self.override_button.clicked.connect(lambda: self.override_selected("override"))
        self.restore_button.clicked.connect(self.restore_selected)
        for widget in (self.dismiss_button, self.override_button, self.restore_button):
            row.addWidget(widget)
        self.rule_pack_button = rule_pack_button(self)  # the centre's rule pack (Alt+K): rules_dialog.py
        row.addWidget(self.rule_pack_button)
        layout.addLayout(row)
        return page

    def _comments_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        form = QFormLayout()
        self.comment_edit = QLineEdit()
        self.comment_edit.setAccessibleIdentifier("edit_comment")
        self.comment_edit.setMinimumHeight(MIN_TARGET)
        self.comment_edit.returnPressed.connect(self.add_comment)
        self.comment_label = label_for("", self.comment_edit, "lbl_comment")
        form.addRow(self.comment_label, self.comment_edit)
        layout.addLayout(form)
        self.add_comment_button = button("", "btn_add_comment", "")
        self.add_comment_button.clicked.connect(self.add_comment)
        layout.addWidget(self.add_comment_button)
        notes = QHBoxLayout()
        self.voice_button = button("", "btn_voice_note", "")
        self.voice_button.clicked.connect(self.toggle_voice_note)
        self.play_note_button = button("", "btn_play_note", "")
        self.play_note_button.clicked.connect(self.play_selected_note)
        notes.addWidget(self.voice_button)
        notes.addWidget(self.play_note_button)
        layout.addLayout(notes)
        self.comments_list = _list("list_comments")
        self.comments_list.activated.connect(self._on_comment_activated)
        self.comments_label = label_for("", self.comments_list, "lbl_comments")
        layout.addWidget(self.comments_label)
        layout.addWidget(self.comments_list, 1)
        return page

    def _pace_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.pace_chart = LineChart(tr("Pacing curve"), "chart_pace")
        layout.addWidget(self.pace_chart, 1)
        self.pace_model = QStandardItemModel(0, 3, self)
        self.pace_table = QTableView()
        self.pace_table.setModel(self.pace_model)
        self.pace_table.setAccessibleIdentifier("table_pace")
        self.pace_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pace_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pace_table.setTabKeyNavigation(False)  # Tab leaves the table
        self.pace_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.pace_table.activated.connect(self._on_pace_activated)
        self.pace_table_label = label_for("", self.pace_table, "lbl_pace_table")
        layout.addWidget(self.pace_table_label)
        layout.addWidget(self.pace_table, 1)
        return page

    # ------------------------------------------------------------------ texts

    def retranslate_ui(self) -> None:
        """Every text the window shows, in the interface language; lists, selection, typing and playback stay."""
        self.setWindowTitle(
            tr("Review: {trainee}, {script}, {date}").format(
                trainee=self._trainee_name,
                script=self._script_title if self._script_title is not None else tr("no script"),
                date=f"{self.session.created_at:%Y-%m-%d %H:%M}",
            )
        )
        self.video.setAccessibleName(tr("Video of the session"))
        self._update_play_text()
        self.back_button.setText(tr("&Back 5 s"))
        self.forward_button.setText(tr("&Forward 5 s"))
        self.speed_spin.setSuffix(tr("×"))
        self.speed_spin.setAccessibleName(tr("Playback speed"))
        self.speed_label.setText(tr("Sp&eed:"))
        self.timeline_label.setText(tr("&Timeline:"))
        self.log_label.setText(tr("Messa&ges:"))
        self.tabs.setAccessibleName(tr("Review panels"))
        self.tabs.tabBar().setAccessibleName(tr("Review panel tabs"))
        for index, text in enumerate(TAB_TEXTS):
            self.tabs.setTabText(index, tr(text))
        # The transcript.
        self.words_list.setAccessibleName(tr("Transcript words"))
        _describe(
            self.words_list,
            tr("One word per line; the word being played is highlighted. Enter plays from the selected word."),
        )
        self.words_label.setText(tr("&Words:"))
        # The findings.
        self.summary_pane.setAccessibleName(tr("Report summary"))
        self.summary_pane.setAccessibleDescription(tr("Read-only. The spoken summary of the report."))
        self.summary_label.setText(tr("S&ummary:"))
        self.findings_list.setAccessibleName(tr("Findings"))
        _describe(
            self.findings_list, tr("Feedback in order of importance. Enter plays from two seconds before the finding.")
        )
        self.findings_label.setText(tr("&Findings:"))
        self.reason_edit.setAccessibleDescription(tr("Why the selected finding is dismissed or overridden."))
        self.reason_label.setText(tr("Rea&son:"))
        self.dismiss_button.setText(tr("&Dismiss finding"))
        self.override_button.setText(tr("&Override finding"))
        _describe(
            self.override_button, tr("Keep the finding but mark your different judgement, with the reason typed.")
        )
        self.restore_button.setText(tr("Rest&ore finding"))
        _describe(self.restore_button, tr("Undo a dismissal or override."))
        # The comments.
        self.comment_edit.setAccessibleDescription(tr("Your comment; Enter adds it at the current moment."))
        self.comment_label.setText(tr("Co&mment:"))
        self.add_comment_button.setText(tr("&Add comment at current time"))
        self._update_voice_text()
        self.play_note_button.setText(tr("Play voice &note"))
        _describe(self.play_note_button, tr("Play the selected comment's voice note."))
        self.comments_list.setAccessibleName(tr("Comments"))
        _describe(self.comments_list, tr("Comments in time order. Enter plays from the comment's moment."))
        self.comments_label.setText(tr("Comment &list:"))
        # The pacing.
        self.pace_table.setAccessibleName(tr("Pacing table"))
        self.pace_table.setAccessibleDescription(tr("The speaking rate per window of the recording; Enter plays it."))
        self.pace_table_label.setText(tr("Pacing &table:"))
        self.export_button.setText(tr("E&xport…"))
        self._describe_buttons()  # the window's commands (QActions) follow the language by themselves (install_actions)
        self._retranslate_contents()

    def _update_play_text(self) -> None:
        playing = self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState
        self.play_button.setText(tr("&Pause") if playing else tr("&Play"))

    def _update_voice_text(self) -> None:
        recording = self._voice is not None and self._voice.recording
        self.voice_button.setText(tr("Stop &voice note") if recording else tr("Record &voice note"))

    def _describe_buttons(self) -> None:
        for widget, action_id in (
            (self.play_button, "review_play_pause"),
            (self.back_button, "review_back"),
            (self.forward_button, "review_forward"),
            (self.dismiss_button, "review_dismiss"),
            (self.add_comment_button, "review_comment"),
            (self.voice_button, "review_voice_note"),
            (self.export_button, "review_export"),
        ):
            _describe(widget, self.registry.description(action_id))
        speed = tr("From {low} to {high} times, in steps of {step}. Keys: {slower} slower, {faster} faster.").format(
            low=f"{SPEED_MIN:g}",
            high=f"{SPEED_MAX:g}",
            step=f"{SPEED_STEP:g}",
            slower=self.registry.key("review_slower"),
            faster=self.registry.key("review_faster"),
        )
        _describe(self.speed_spin, speed)

    def _retranslate_contents(self) -> None:
        """The texts inside the lists, table, chart and timeline, rewritten in place (rows and selection stay)."""
        if self.report is None:
            self.summary_pane.setPlainText(tr("This session has no report yet."))
        if self.transcript is None:
            if self.words_list.count():
                self.words_list.item(0).setText(tr("No transcript yet."))
        else:
            for row, start in enumerate(self._word_starts):
                item = self.words_list.item(row)
                item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, tr("at {time}").format(time=clock(start)))
                item.setToolTip(tr("at {time}").format(time=clock(start)))
        if not self.findings:
            if self.findings_list.count():
                self.findings_list.item(0).setText(tr("No findings."))
        else:
            for row, finding in enumerate(self.findings):
                self.findings_list.item(row).setText(self._finding_text(finding))
        self._update_timeline()
        if not self.comments:
            if self.comments_list.count():
                self.comments_list.item(0).setText(tr("No comments yet."))
        else:
            for row, comment in enumerate(self.comments):
                self.comments_list.item(row).setText(self._comment_text(comment))
        self._retranslate_pace()
        self._update_position_label()

    # ------------------------------------------------------------------ filling

    def _fill(self) -> None:
        self._fill_words()
        self._fill_findings()
        self._fill_comments()
        self._fill_pace()
        summary = self.report.summary if self.report is not None else tr("This session has no report yet.")
        self.summary_pane.setPlainText(summary)
        self._update_position_label()

    def _fill_words(self) -> None:
        self.words_list.clear()
        self._word_starts = []
        if self.transcript is None:
            self.words_list.addItem(QListWidgetItem(tr("No transcript yet.")))
            return
        entries: Sequence[tuple[str, float, float]]
        if self.transcript.words:
            entries = [(w.text.strip(), w.start, w.end) for w in self.transcript.words]
        else:
            entries = [(s.text.strip(), s.start, s.end) for s in self.transcript.segments]
        for index, (text, start, _end) in enumerate(entries):
            item = QListWidgetItem(text or "…")
            item.setData(START_ROLE, start)
            item.setData(INDEX_ROLE, index)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, tr("at {time}").format(time=clock(start)))
            item.setToolTip(tr("at {time}").format(time=clock(start)))
            self.words_list.addItem(item)
            self._word_starts.append(start)

    def _finding_text(self, finding: Finding) -> str:
        """The finding's line: time and severity written by the window, the sentence from the report's language."""
        fields = {
            "time": clock(finding.start),
            "severity": severity_name(finding.severity),
            "finding": finding_sentence(finding, self.language),
        }
        override = self.overrides.get(finding_key(finding))
        if override is None:
            return tr("{time}, {severity}: {finding}").format(**fields)
        if override.action == "dismiss":
            text = tr("{time}, {severity}: {finding} (Dismissed by the instructor: {reason})")
        else:
            text = tr("{time}, {severity}: {finding} (Overridden by the instructor: {reason})")
        return text.format(reason=override.reason, **fields)

    def _finding_marks(self) -> list[tuple[float, str]]:
        """The timeline's marks: each finding's start and kind (the timeline's text alternative lists them)."""
        return [(f.start, kind_name(f.kind)) for f in self.findings]

    def _update_timeline(self) -> None:
        self.timeline.set_findings(self.media_duration(), self._finding_marks())

    def _fill_findings(self) -> None:
        current = self.findings_list.currentRow()
        self.findings_list.clear()
        if not self.findings:
            self.findings_list.addItem(QListWidgetItem(tr("No findings.")))
        for index, finding in enumerate(self.findings):
            item = QListWidgetItem(self._finding_text(finding))
            item.setData(START_ROLE, finding.start)
            item.setData(INDEX_ROLE, index)
            self.findings_list.addItem(item)
        if 0 <= current < len(self.findings):
            self.findings_list.setCurrentRow(current)
        self._update_timeline()

    def _comment_text(self, comment: Comment) -> str:
        fields = {"time": clock(comment.at_seconds), "author": comment.author, "text": comment.text}
        if not comment.text:
            return tr("{time}, {author}: voice note").format(**fields)
        if comment.audio_path:
            return tr("{time}, {author}: {text} (with a voice note)").format(**fields)
        return tr("{time}, {author}: {text}").format(**fields)

    def _fill_comments(self) -> None:
        self.comments_list.clear()
        self.comments: list[Comment] = self.store.list_comments(self.session.id)
        if not self.comments:
            self.comments_list.addItem(QListWidgetItem(tr("No comments yet.")))
        for comment in self.comments:
            item = QListWidgetItem(self._comment_text(comment))
            item.setData(START_ROLE, comment.at_seconds)
            self.comments_list.addItem(item)

    def pace_result(self) -> PaceResult | None:
        if self.transcript is None or not self.transcript.words:
            return None
        trainee = self.store.get_trainee(self.session.trainee_id)
        band = trainee.pace_band if trainee is not None and trainee.pace_band is not None else None
        return measure_pace(
            self.transcript, band=band, window=PACE_WINDOW, min_window_speech=PACE_MIN_SPEECH
        )

    def _fill_pace(self) -> None:
        self._pace = result = self.pace_result()
        self.pace_model.clear()
        for window in result.windows if result else ():
            cells = [QStandardItem(clock(window.start)), QStandardItem(), QStandardItem()]
            cells[0].setData(window.start, START_ROLE)
            for cell in cells:
                cell.setEditable(False)
            self.pace_model.appendRow(cells)
        self._retranslate_pace()

    def _retranslate_pace(self) -> None:
        """The pacing table's headers, rates and verdicts, and the chart's name and text alternative."""
        result = self._pace
        unit = unit_name(result.unit if result else profile(self.language).unit, current_language())
        self.pace_model.setHorizontalHeaderLabels(
            [tr("Window start"), tr("Rate ({unit} a minute)").format(unit=unit), tr("Verdict")]
        )
        points: list[tuple[str, float]] = []
        for row, window in enumerate(result.windows if result else ()):
            rate = tr("not enough speech") if window.rate is None else f"{window.rate:.0f}"
            verdict = VERDICTS.get(window.verdict)
            self.pace_model.item(row, 1).setText(rate)
            self.pace_model.item(row, 2).setText(tr(verdict) if verdict is not None else tr("not judged"))
            if window.rate is not None:
                points.append((clock(window.start), window.rate))
        self.pace_chart.set_name(tr("Pacing curve"))
        band = (result.band.low, result.band.high) if result else None
        self.pace_chart.set_points(points, band=band)

    # ------------------------------------------------------------------ media

    def media_path(self) -> Path | None:
        final = self.session.media.final or self.session.media.video
        return self.store.session_dir(self.session.id) / final if final else None

    def media_duration(self) -> float:
        if self.player.duration() > 0:
            return self.player.duration() / 1000.0
        if self.session.duration:
            return self.session.duration
        return self.transcript.duration if self.transcript is not None else 0.0

    def _load_media(self) -> None:
        path = self.media_path()
        if path is None:
            self.say(tr("This session has no recording to play. The transcript and findings still work."))
            return
        if not path.is_file():
            self.say(
                tr(
                    "This session has no recording to play. It should be at {path}. The transcript and findings "
                    "still work."
                ).format(path=path)
            )
            return
        self.player.setSource(QUrl.fromLocalFile(str(path)))

    def _on_error(self, _error: QMediaPlayer.Error, message: str) -> None:
        if message:
            self.say(tr("The recording cannot be played: {error}.").format(error=message), assertive=True)
        else:
            self.say(tr("The recording cannot be played: unknown error."), assertive=True)

    def _on_media_status(self, status: QMediaPlayer.MediaStatus) -> None:
        if status == QMediaPlayer.MediaStatus.LoadedMedia:
            self._fill_findings_timeline_only()
        elif status == QMediaPlayer.MediaStatus.EndOfMedia:
            self.say(tr("End of the recording."))

    def _fill_findings_timeline_only(self) -> None:
        self._update_timeline()
        self._update_position_label()

    def _on_state(self, _state: QMediaPlayer.PlaybackState) -> None:
        self._update_play_text()

    def _on_position(self, ms: int) -> None:
        # positionChanged comes many times a second: touch only what changed (the label shows whole seconds).
        seconds = ms / 1000.0
        self.timeline.set_position(seconds)
        if int(seconds) != self._label_second:
            self._update_position_label()
        self.highlight_word_at(seconds)

    def _on_speed(self, value: float) -> None:
        self.player.setPlaybackRate(value)
        self._update_position_label()

    def _update_position_label(self) -> None:
        self._label_second = int(self.position())
        self.position_label.setText(
            tr("{position} of {duration}, speed {speed}×").format(
                position=clock(self.position()),
                duration=clock(self.media_duration()),
                speed=f"{self.speed_spin.value():g}",
            )
        )

    # ------------------------------------------------------------------ commands

    def say(self, text: str, *, assertive: bool = False) -> None:
        self.log.add(text)
        self.announcer.announce(text, assertive=assertive)

    def position(self) -> float:
        return self.player.position() / 1000.0

    def seek(self, seconds: float) -> None:
        """Move playback to ``seconds`` (clamped to the recording) and highlight the word there."""
        duration = self.media_duration()
        seconds = max(0.0, min(seconds, duration) if duration > 0 else seconds)
        if self.player.mediaStatus() == QMediaPlayer.MediaStatus.EndOfMedia:
            # At the end the FFmpeg backend ignores a seek while stopped; pausing first re-arms it.
            self.player.pause()
        self.player.setPosition(round(seconds * 1000))
        self.timeline.set_position(seconds)
        self.highlight_word_at(seconds)
        self._update_position_label()

    def toggle_play(self) -> None:
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
            self.say(tr("Paused at {time}.").format(time=self._spoken_clock(self.position())))
        else:
            self.player.play()

    def jump(self, delta: float) -> None:
        self.seek(self.position() + delta)

    def change_speed(self, delta: float) -> None:
        value = min(SPEED_MAX, max(SPEED_MIN, self.speed_spin.value() + delta))
        self.speed_spin.setValue(value)
        self.say(tr("Speed {speed} times.").format(speed=f"{value:g}"))

    def export_session(self) -> None:
        """Export… (Ctrl+Shift+E): ask where and in which format, then write it (:mod:`studio.ui.review.transfer`)."""
        choice = transfer.ask_export(self, self.session, self._trainee_name)
        if choice is not None:
            transfer.export_to(self, self.store, self.session.id, choice, self.say)

    def say_where(self) -> None:
        self.say(
            tr("At {time} of {total}, speed {speed}.").format(
                time=self._spoken_clock(self.position()),
                total=clock(self.media_duration()),
                speed=f"{self.speed_spin.value():g}",
            )
        )

    @staticmethod
    def _spoken_clock(seconds: float) -> str:
        """A moment said in the language of the sentence around it (the interface language)."""
        return say_clock(seconds, current_language())

    def highlight_word_at(self, seconds: float) -> None:
        """Highlight the last word that started at or before ``seconds`` and scroll it into view."""
        index = bisect.bisect_right(self._word_starts, seconds + 1e-3) - 1
        if index == self.current_word_index:
            return
        # Reset with real default values: setData(role, None) from Python crashed PySide6 6.12 after a few thousand
        # calls ("deallocating None"), which a long playback reaches (benchmarks/bench_review.py).
        if 0 <= self.current_word_index < self.words_list.count():
            old = self.words_list.item(self.current_word_index)
            old.setBackground(QBrush())
            old.setFont(self._plain_font)
        self.current_word_index = index
        if 0 <= index < self.words_list.count():
            item = self.words_list.item(index)
            item.setBackground(self._highlight_brush)
            item.setFont(self._bold_font)
            self.words_list.scrollToItem(item, QAbstractItemView.ScrollHint.EnsureVisible)

    def _on_word_activated(self, index: QModelIndex) -> None:
        start = index.data(START_ROLE)
        if start is not None:
            self.seek(float(start))

    def _on_comment_activated(self, index: QModelIndex) -> None:
        start = index.data(START_ROLE)
        if start is not None:
            self.seek(float(start))

    def _on_pace_activated(self, index: QModelIndex) -> None:
        start = self.pace_model.item(index.row(), 0).data(START_ROLE)
        if start is not None:
            self.seek(float(start))

    def _on_finding_activated(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self.findings):
            self.go_to_finding(index.row())

    def go_to_finding(self, index: int) -> None:
        """Select finding ``index``, seek to just before it and read it."""
        if not 0 <= index < len(self.findings):
            return
        finding = self.findings[index]
        self.findings_list.setCurrentRow(index)
        self.timeline.set_current(index)
        self.seek(max(0.0, finding.start - FINDING_LEAD))
        self.say(
            tr("Finding {number} of {count}. {finding}").format(
                number=index + 1, count=len(self.findings), finding=self._finding_text(finding)
            )
        )

    def move_finding(self, step: int) -> None:
        if not self.findings:
            self.say(tr("There are no findings in this session."))
            return
        row = self.findings_list.currentRow()
        target = (0 if step > 0 else len(self.findings) - 1) if row < 0 else row + step
        if not 0 <= target < len(self.findings):
            self.say(tr("That was the last finding.") if step > 0 else tr("That was the first finding."))
            return
        self.go_to_finding(target)

    def comment_command(self) -> None:
        if self.comment_edit.text().strip():
            self.add_comment()
            return
        self.tabs.setCurrentIndex(2)
        self.comment_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.say(tr("Type the comment for {time}, then press Enter.").format(time=self._spoken_clock(self.position())))

    def add_comment(self) -> Comment | None:
        text = self.comment_edit.text().strip()
        if not text:
            self.say(tr("Type the comment first."))
            self.comment_edit.setFocus()
            return None
        at = self.position()
        comment = self.store.add_comment(self.session.id, at, self.author, text)
        self.comment_edit.clear()
        self._fill_comments()
        self.comments_changed.emit(self.session.id, tuple(self.comments))
        self.say(tr("Comment added at {time}.").format(time=self._spoken_clock(at)))
        return comment

    def selected_finding(self) -> Finding | None:
        row = self.findings_list.currentRow()
        return self.findings[row] if 0 <= row < len(self.findings) else None

    def override_selected(self, action: str) -> None:
        """Dismiss or override the selected finding with the typed reason (stored in finding_overrides)."""
        finding = self.selected_finding()
        if finding is None:
            self.say(tr("Select a finding first."))
            return
        reason = self.reason_edit.text().strip()
        if not reason:
            self.tabs.setCurrentIndex(1)
            self.reason_edit.setFocus()
            self.say(tr("Type the reason first, then dismiss or override again."))
            return
        set_finding_override(self.store, self.session.id, finding, action, reason)
        self.overrides = finding_overrides(self.store, self.session.id)
        self.reason_edit.clear()
        self._fill_findings()
        self.say(tr("Finding dismissed.") if action == "dismiss" else tr("Finding overridden."))

    def restore_selected(self) -> None:
        finding = self.selected_finding()
        if finding is None:
            self.say(tr("Select a finding first."))
            return
        clear_finding_override(self.store, self.session.id, finding)
        self.overrides = finding_overrides(self.store, self.session.id)
        self._fill_findings()
        self.say(tr("Finding restored."))

    # ------------------------------------------------------------------ voice notes

    def toggle_voice_note(self) -> None:
        """Start a voice note anchored to the current moment, or stop it and store it as a comment."""
        if self._voice is None:
            self._voice = VoiceNoteRecorder(self._microphone, self)
        if not self._voice.recording:
            try:
                self._voice.start()
            except StudioError as exc:
                self.say(str(exc), assertive=True)
                return
            self._voice_at = self.position()
            self._update_voice_text()
            self.say(
                tr("Recording a voice note for {time}. Press the same key to stop.").format(
                    time=self._spoken_clock(self._voice_at)
                )
            )
            return
        relative = f"notes/{uuid.uuid4().hex[:12]}.wav"
        try:
            self._voice.stop(self.store.session_dir(self.session.id) / relative)
        except StudioError as exc:
            self.say(str(exc), assertive=True)
            return
        finally:
            self._update_voice_text()  # stopped, whether or not the note could be saved
        text = self.comment_edit.text().strip()
        self.store.add_comment(self.session.id, self._voice_at, self.author, text, audio_path=relative)
        self.comment_edit.clear()
        self._fill_comments()
        self.comments_changed.emit(self.session.id, tuple(self.comments))
        self.say(tr("Voice note saved at {time}.").format(time=self._spoken_clock(self._voice_at)))

    def play_selected_note(self) -> None:
        row = self.comments_list.currentRow()
        comment = self.comments[row] if 0 <= row < len(self.comments) else None
        if comment is None or not comment.audio_path:
            self.say(tr("Select a comment with a voice note first."))
            return
        path = self.store.session_dir(self.session.id) / comment.audio_path
        if not path.is_file():
            self.say(tr("The voice note file is missing: {name}.").format(name=path.name))
            return
        self.player.pause()
        if not hasattr(self, "note_player"):
            self.note_player = QMediaPlayer(self)
            self.note_output = audio_output(self._audio_device, self)
            self.note_player.setAudioOutput(self.note_output)
        self.note_player.setSource(QUrl.fromLocalFile(str(path)))
        self.note_player.play()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._voice is not None and self._voice.recording:
            self._voice.cancel()
        # Release the decoder while the window still exists: letting the player die with a file open (playing or
        # at its end) is where the FFmpeg backend can block.
        for player in (self.player, getattr(self, "note_player", None)):
            if player is None:
                continue
            if player.playbackState() != QMediaPlayer.PlaybackState.StoppedState:
                player.stop()
            player.setSource(QUrl())
        self.closed.emit(self.session.id)
        super().closeEvent(event)


def open_review(store: SessionStore, session_id: str, parent: QWidget | None = None, **options: object) -> ReviewWindow:
    """Build and show the review window of one session (``options`` go to :class:`ReviewWindow`).

    Raises ``StudioError`` when the session does not exist; the caller shows the message.
    """
    window = ReviewWindow(store, session_id, parent, **options)  # type: ignore[arg-type]
    if parent is not None:
        window.setWindowFlag(Qt.WindowType.Window, True)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    window.show()
    window.words_list.setFocus(Qt.FocusReason.OtherFocusReason)
    return window
