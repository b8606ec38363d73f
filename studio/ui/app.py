"""The one wiring point of the desktop app: settings → store → services → main window.

Nothing else in the UI builds services or reads global state; tests build the same pieces with fakes through
:func:`build_main_window`. Options for the accessibility kit (not shown in ``studio --help``):

- ``--a11y-audit``: fill the feedback list with sample findings, and an empty library with two sample sessions
  (words, findings, a 2 s MP4), so every kind of control is on screen for the audit and the Orca run.
- ``--no-voice``: do not start the app's own voice (machines without a sound device; Orca runs).
- ``--speech-to DIR``: the app's voice and earcons write every clip through ``FileSink(DIR)`` (numbered WAVs plus
  ``speech-log.jsonl``) instead of a sound device, so the end-to-end test can check what the trainee heard.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from studio import APP_ID, APP_NAME
from studio.core.i18n import tr

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from studio.core.model import Finding
    from studio.services.audio_out import AudioSink, DeviceSink
    from studio.services.settings import Settings
    from studio.services.store import SessionStore
    from studio.ui.actions import ActionRegistry
    from studio.ui.announcer import Announcer, SpeechLike
    from studio.ui.main_window import EarconsLike, MainWindow
    from studio.ui.themes import Appearance, SettingsLike
    from studio.ui.workflow import WorkflowController

AUDIT_FLAG = "--a11y-audit"
NO_VOICE_FLAG = "--no-voice"
SPEECH_TO_FLAG = "--speech-to"
_none_guarded = False


def sample_findings() -> list[Finding]:
    """A few findings of different kinds, used by the audit mode and the demo screen (in the interface language,
    so an audit in another language sees that language)."""
    from studio.core.model import Finding, FindingKind, Severity

    return [
        Finding(FindingKind.CLAIM, Severity.BLOCK, 12.0, 13.5, tr("Medical claim that platforms ban"),
                quote=tr("cures hair loss"), suggestion=tr("may help your hair look fuller"), rule_id="demo.cure"),
        Finding(FindingKind.PACE, Severity.WARNING, 30.0, 45.0, tr("You spoke fast here, about 190 words a minute"),
                suggestion=tr("Pause after the price")),
        Finding(FindingKind.COVERAGE, Severity.PRAISE, 50.0, 52.0, tr("You said the price clearly"),
                quote=tr("only 99,000 dong")),
    ]


def make_speech(
    settings: SettingsLike | None, speech_to: str | None = None
) -> tuple[SpeechLike | None, EarconsLike | None, list[str]]:
    """The app's voice and earcons (studio.services.speech / audio_out), and any problem to tell the user.

    With no output device the voice is still created (it reports each failure and the text is still announced
    and logged); the user is told once, at start-up, what to do.
    """
    problems: list[str] = []
    try:
        from studio.services.audio_out import EarconPlayer, detect_output
        from studio.services.speech import SpeechService
    except ImportError:
        return None, None, [tr("The app voice is not installed; messages go to the screen reader and the message "
                               "list.")]
    try:
        sink: AudioSink | None = None
        if speech_to:  # test mode: clips become files, and no device is needed
            from studio.services.audio_out import FileSink

            sink = FileSink(speech_to)
        else:
            status = detect_output()
            if not status.available:
                problems.append(status.spoken())
            else:
                from studio.services.capture.devices import chosen_devices

                sink, problem = device_sink(chosen_devices(settings).output or "")
                if problem:
                    problems.append(problem)
        rate = int(settings.get("speech.rate")) if settings is not None else 175
        volume = float(settings.get("speech.volume")) if settings is not None else 1.0
        service = SpeechService(sink=sink, rate=rate, volume=volume)
        earcons = EarconPlayer(service.sink, volume=float(settings.get("sounds.volume")) if settings else 0.7)
    except Exception as exc:  # a missing voice must never stop the app from opening
        problems.append(tr("The app voice could not start ({error}); messages go to the screen reader and the "
                           "message list.").format(error=exc))
        return None, None, problems
    return service, earcons, problems


def device_sink(output: str) -> tuple[DeviceSink, str]:
    """A sink playing on the sound output chosen by name ("" = the system default), and what to tell the user
    when that output is not there (the system default is used instead)."""
    from studio.services.audio_out import DeviceSink, output_or_default

    device, problem = output_or_default(output)
    return DeviceSink(device), problem


def build_main_window(
    *,
    registry: ActionRegistry,
    settings: SettingsLike | None,
    appearance: Appearance | None,
    speech: SpeechLike | None,
    earcons: EarconsLike | None = None,
) -> MainWindow:
    """The main window with its announcer; the same call the app and the tests make."""
    from studio.ui.announcer import AnnounceMode, Announcer
    from studio.ui.main_window import MainWindow

    mode = AnnounceMode(settings.get("ui.announce")) if settings is not None else AnnounceMode.BOTH

    def announcer_factory(source: QWidget) -> Announcer:
        return Announcer(source, speech=speech, mode=mode, language=lambda: feedback_language(settings),
                         parent=source)

    return MainWindow(registry, announcer_factory, settings=settings, appearance=appearance, earcons=earcons)


def build_workflow(window: MainWindow, store: SessionStore, settings: Settings) -> WorkflowController:
    """The rehearsal loop on the window: real recorder and live transcriber, the store, the default trainee."""
    from studio.services.rehearsal import Rehearsal, default_live_factory, default_recorder_factory
    from studio.ui.workflow import WorkflowController

    language = str(settings.get("ui.language"))
    trainee = store.ensure_default_trainee(language=language if language in ("en", "vi", "zh", "id") else "en",
                                           market=str(settings.get("analysis.market")))
    rehearsal = Rehearsal(store, recorder_factory=default_recorder_factory(settings),
                          live_factory=default_live_factory(settings), settings=settings,
                          feedback_language=feedback_language(settings))
    return WorkflowController(window, rehearsal, trainee=trainee, language=lambda: feedback_language(settings))


def feedback_language(settings: SettingsLike | None) -> str:
    """The language the app's voice speaks in: the feedback setting, else the interface language, else English."""
    from studio.core.model import LANGUAGES

    if settings is None:
        return "en"
    chosen = str(settings.get("speech.feedback_language"))
    if chosen == "ui":
        chosen = str(settings.get("ui.language"))
    if chosen == "system":
        from PySide6.QtCore import QLocale

        from studio.core.i18n import resolve_language

        chosen = resolve_language("system", QLocale.system().name())
    return chosen if chosen in LANGUAGES else "en"


def guard_none_refcount() -> None:
    """Work around PySide6 6.12.0 on CPython 3.11: every Qt method that returns nothing drops one reference to
    ``None`` that it never took (measured: 1000 ``QProgressBar.setValue`` calls lower ``sys.getrefcount(None)``
    by 1000). ``None`` starts with about 5,000 references, so after a few minutes of a level meter and a
    clock the interpreter aborts with "none_dealloc: deallocating None" (seen in bench_stop_latency.py at
    ~4 minutes). Python 3.12 made ``None`` immortal; this gives it a practically endless count on 3.11, once,
    before Qt starts. Harmless where the bug is absent.
    """
    import ctypes

    import PySide6

    global _none_guarded
    # pyproject pins 6.11.2, which does not have the bug; this only guards an install that pulled 6.12.0 anyway.
    affected = PySide6.__version__.startswith("6.12.")
    if not affected or sys.implementation.name != "cpython" or sys.version_info >= (3, 12) or _none_guarded:
        return
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40  # ob_refcnt is the first field of every object
    _none_guarded = True


def _application(argv: Sequence[str]) -> QApplication:
    guard_none_refcount()
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("Rehearsal Studio")
    app.setDesktopFileName(APP_ID)
    return app


def _take_option(argv: list[str], flag: str) -> tuple[str | None, list[str]]:
    """The value of ``flag VALUE`` or ``flag=VALUE`` in ``argv`` (None when absent), and ``argv`` without it."""
    rest: list[str] = []
    value: str | None = None
    items = iter(argv)
    for arg in items:
        if arg == flag:
            value = next(items, None)
        elif arg.startswith(flag + "="):
            value = arg[len(flag) + 1:]
        else:
            rest.append(arg)
    return value, rest


def run_app(argv: list[str]) -> int:
    """Open the desktop app and run until it closes; returns the exit status."""
    audit = AUDIT_FLAG in argv
    no_voice = NO_VOICE_FLAG in argv or audit
    qt_argv = [a for a in argv if a not in (AUDIT_FLAG, NO_VOICE_FLAG)]
    speech_to, qt_argv = _take_option(qt_argv, SPEECH_TO_FLAG)

    from studio.services.settings import Settings
    from studio.ui.actions import ActionRegistry, KeyMode, default_registry_path
    from studio.ui.themes import Appearance

    app = _application(qt_argv)

    # 1. settings, and the interface language (before any window is built)
    settings = Settings()
    problems = [p for p in (settings.load_problem,) if p]
    from studio.ui.i18n import LanguageManager

    languages = LanguageManager(app)
    languages.switch(str(settings.get("ui.language")))

    # 2. store (sessions interrupted by a crash are marked now, so the workflow can offer recovery)
    store = None
    try:
        from studio.core.errors import StoreError
        from studio.services.store import SessionStore

        try:
            store = SessionStore(settings.database_path())
            interrupted = store.mark_interrupted()
            if interrupted:
                count = len(interrupted)
                problems.append(
                    tr("1 recording was interrupted last time and can be recovered.") if count == 1
                    else tr("{count} recordings were interrupted last time and can be recovered.").format(count=count)
                )
        except StoreError as exc:
            problems.append(exc.spoken())
    except ImportError:
        pass  # the store is not built yet; the window works without history

    # 3. services
    speech, earcons, voice_problems = (None, None, []) if no_voice else make_speech(settings, speech_to)
    problems.extend(voice_problems)
    registry = ActionRegistry(path=default_registry_path())
    registry.mode = KeyMode.SINGLE if settings.get("ui.single_key_mode") else KeyMode.STANDARD
    if registry.load_problem:
        problems.append(registry.load_problem)
    appearance = Appearance(app, settings)
    appearance.apply()

    # 4. the main window
    window = build_main_window(registry=registry, settings=settings, appearance=appearance, speech=speech,
                               earcons=earcons)
    window.store = store  # the workflow reads sessions from here
    window.languages = languages  # the settings dialog switches the language through it
    workflow = build_workflow(window, store, settings) if store is not None else None
    window.show()
    help_key = registry.key("keyboard_help")
    window.say(tr("Ready. Press {key} for the keyboard reference.").format(key=help_key) if help_key == "F1"
               else tr("Ready."))
    for problem in problems:
        window.say(problem)
    if audit:
        window.show_findings(sample_findings())
        if store is not None and not store.list_sessions():  # the library, review and progress get content too
            from studio.ui.review.sample import add_sample_sessions

            add_sample_sessions(store, window.current_trainee_id() or "default")
    status = app.exec()
    if workflow is not None:
        workflow.shutdown()  # a take still recording is stopped and saved before the store closes
    close = getattr(speech, "close", None)
    if callable(close):
        close()
    if store is not None:
        store.close()
    return int(status)


if __name__ == "__main__":
    sys.exit(run_app(sys.argv))
