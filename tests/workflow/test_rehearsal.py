"""Rehearsal (studio.services.rehearsal) with a replaying recorder, a fixed live transcript and the real SQLite
store: sessions move CREATED → RECORDING → RECORDED → ANALYSED, failures end FAILED with the recording kept,
the previous attempt on a script is found, and live cues are rate-limited and switchable."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from studio.core.model import FindingKind, SessionState, Severity, Trainee, Transcript, TranscriptPass, Word
from studio.core.script import load_script
from studio.services.rehearsal import Cue, CueRules, Rehearsal, RehearsalError, cue_rules_from
from studio.services.settings import Settings
from studio.services.store import SessionStore
from tests.workflow.fakes import FixedLive, ReplayRecorder, load_speech


@pytest.fixture
def store(tmp_path: Path) -> Any:
    s = SessionStore(tmp_path / "studio.db")
    yield s
    s.close()


@pytest.fixture
def trainee(store: SessionStore) -> Trainee:
    return store.ensure_default_trainee()


@pytest.fixture(scope="module")
def jfk(speech_dir: Path) -> np.ndarray:
    return load_speech(speech_dir / "jfk.flac")


def _rehearsal(store: SessionStore, samples: np.ndarray, **options: Any) -> tuple[Rehearsal, dict[str, Any]]:
    made: dict[str, Any] = {}
    fail_start, fail_stop = options.pop("fail_start", False), options.pop("fail_stop", False)
    fail_live = options.pop("fail_live", False)

    def recorder_factory(folder: Path) -> ReplayRecorder:
        made["recorder"] = ReplayRecorder(folder, samples, fail_start=fail_start, fail_stop=fail_stop)
        return made["recorder"]

    def live_factory(language: str | None) -> FixedLive:
        made["live"] = FixedLive(language, fail=fail_live)
        return made["live"]

    return Rehearsal(store, recorder_factory=recorder_factory, live_factory=live_factory, **options), made


def test_a_rehearsal_is_saved_analysed_with_transcript_report_and_relative_media(
    store: SessionStore, trainee: Trainee, jfk: np.ndarray, repo_root: Path
) -> None:
    """Start/stop with real JFK samples: every block reaches the live transcriber, and the session ends ANALYSED
    with its duration, media paths relative to its folder, the LIVE transcript and the report in the store."""
    script = load_script(repo_root / "assets" / "scripts" / "en-phone-case.md")
    rehearsal, made = _rehearsal(store, jfk)
    session = rehearsal.start(script, "en-US", trainee)
    assert session.state is SessionState.RECORDING and session.script_id == "en-phone-case"
    assert store.get_session(session.id).state is SessionState.RECORDING  # type: ignore[union-attr]
    assert made["recorder"].done.wait(10)
    rehearsal.add_marker(3.0)
    report = rehearsal.stop()

    saved = store.get_session(session.id)
    assert saved is not None and saved.state is SessionState.ANALYSED
    assert saved.duration >= 11.0 and saved.ended_at is not None
    assert saved.media.final == "recording.wav" and saved.media.audio == "audio.pcm"
    assert (store.session_dir(session.id) / saved.media.final).is_file()
    assert made["live"].samples == made["recorder"].fed  # nothing dropped between recorder and transcriber
    transcript = store.load_transcript(session.id, TranscriptPass.LIVE)
    assert transcript is not None and "fellow Americans" in transcript.text
    loaded = store.load_report(session.id)
    assert loaded is not None and loaded.summary == report.summary and report.summary
    assert any(f.message == "Your marker 1" and f.start == 3.0 for f in report.findings)
    assert made["live"].language == "en"


def test_previous_report_is_the_last_analysed_attempt_on_the_same_script(
    store: SessionStore, trainee: Trainee, jfk: np.ndarray, repo_root: Path
) -> None:
    """After two attempts on one script, previous_report gives the first one's report; free practice compares
    with nothing."""
    script = load_script(repo_root / "assets" / "scripts" / "en-phone-case.md")
    short = jfk[: 48000 * 2]
    first, _ = _rehearsal(store, short)
    first.start(script, "en-US", trainee)
    first_report = first.stop()
    second, _ = _rehearsal(store, short)
    assert second.previous_report("en-phone-case") is not None  # before starting: the newest attempt
    second.start(script, "en-US", trainee)
    second.stop()
    previous = second.previous_report("en-phone-case")
    assert previous is not None and previous.created_at == first_report.created_at
    assert second.previous_report(None) is None


def test_a_microphone_that_does_not_start_fails_the_session_with_a_spoken_message(
    store: SessionStore, trainee: Trainee, jfk: np.ndarray
) -> None:
    """The recorder's start error becomes a RehearsalError that reads well; the session is FAILED, the live
    transcriber is cancelled, and a new attempt can start."""
    rehearsal, made = _rehearsal(store, jfk, fail_start=True)
    with pytest.raises(RehearsalError) as caught:
        rehearsal.start(None, "en-US", trainee)
    assert str(caught.value).startswith("The recording could not start: No sound arrived")
    assert rehearsal.session is not None and rehearsal.session.state is SessionState.FAILED
    assert made["live"].cancelled and not rehearsal.recording


def test_a_failed_transcript_keeps_the_recording_and_fails_the_session(
    store: SessionStore, trainee: Trainee, jfk: np.ndarray
) -> None:
    """When the live transcript cannot be finished the session is FAILED but keeps its media paths, and the
    recording is on disk for a later full pass."""
    rehearsal, _ = _rehearsal(store, jfk[:48000], fail_live=True)
    session = rehearsal.start(None, "en-US", trainee)
    with pytest.raises(RehearsalError, match="The recording was saved, but it could not be analysed"):
        rehearsal.stop()
    saved = store.get_session(session.id)
    assert saved is not None and saved.state is SessionState.FAILED
    assert saved.media.final == "recording.wav"
    assert (store.session_dir(session.id) / "recording.wav").is_file()
    assert store.load_report(session.id) is None


def test_a_recorder_that_cannot_finish_fails_the_session_and_keeps_the_sound_file(
    store: SessionStore, trainee: Trainee, jfk: np.ndarray
) -> None:
    """A failing recorder.stop() (e.g. ffmpeg) leaves a FAILED session that still names the crash-safe audio."""
    rehearsal, _ = _rehearsal(store, jfk[:48000], fail_stop=True)
    session = rehearsal.start(None, "en-US", trainee)
    with pytest.raises(RehearsalError, match="could not be finished"):
        rehearsal.stop()
    saved = store.get_session(session.id)
    assert saved is not None and saved.state is SessionState.FAILED and saved.media.audio == "audio.pcm"


def test_stopping_when_nothing_records_is_a_clear_error(store: SessionStore) -> None:
    """stop() without start() raises a RehearsalError, not an AttributeError."""
    rehearsal, _ = _rehearsal(store, np.zeros(10, dtype=np.float32))
    with pytest.raises(RehearsalError, match="Nothing is being recorded"):
        rehearsal.stop()


def test_dead_air_cue_comes_from_the_microphone_during_a_real_rehearsal(
    store: SessionStore, trainee: Trainee, jfk: np.ndarray
) -> None:
    """Real speech then 4 s of silence (fed 4× real time): one dead-air cue arrives through the callback."""
    samples = np.concatenate([jfk[: 48000 * 2], np.zeros(48000 * 4, dtype=np.float32)])
    got: list[Cue] = []
    made: dict[str, Any] = {}

    def recorder_factory(folder: Path) -> ReplayRecorder:
        made["r"] = ReplayRecorder(folder, samples, speed=4.0)
        return made["r"]

    rehearsal = Rehearsal(store, recorder_factory=recorder_factory,
                          live_factory=lambda lang: FixedLive(lang, text="hi"), on_cue=got.append, cue_interval=0.05)
    rehearsal.start(None, "en-US", trainee)
    assert made["r"].done.wait(10)
    rehearsal.stop()
    assert [cue.kind for cue in got] == ["dead_air"]
    assert got[0].earcon == "dead_air" and got[0].at >= 5.0


def _words(count: int, step: float, text: str = "word") -> Transcript:
    words = tuple(Word(text, i * step, i * step + step * 0.8) for i in range(count))
    return Transcript("en", count * step, "fake", words=words, source_pass=TranscriptPass.LIVE)


def test_too_fast_cue_needs_ten_seconds_of_fast_speech_and_is_rate_limited() -> None:
    """240 words a minute for 15 s gives one "too fast" cue; the same state again within 20 s gives none,
    and 150 words a minute never does."""
    rules = CueRules(market="")
    fast = _words(60, 0.25)
    assert [c.kind for c in rules.due(fast, 15.0, 0.0)] == ["too_fast"]
    assert rules.due(_words(61, 0.25), 20.0, 0.0) == []
    assert [c.kind for c in rules.due(_words(62, 0.25), 36.0, 0.0)] == ["too_fast"]
    assert CueRules(market="").due(_words(40, 0.4), 16.0, 0.0) == []


def test_claim_cue_quotes_the_risky_words_once(repo_root: Path) -> None:
    """A banned health claim in the live transcript gives one claim cue quoting it; the same claim is not
    cued again when more words arrive."""
    rules = CueRules(market="en-US", min_gap=0.0, any_gap=0.0)
    tokens = "this serum cures hair loss in a week".split()
    words = tuple(Word(t, i * 0.5, i * 0.5 + 0.4) for i, t in enumerate(tokens))
    transcript = Transcript("en", 5.0, "fake", words=words, source_pass=TranscriptPass.LIVE)
    cues = rules.due(transcript, 5.0, 0.0)
    assert [c.kind for c in cues] == ["claim"] and "cure" in cues[0].message.lower()
    more = Transcript("en", 6.0, "fake", words=(*words, Word("ok", 5.0, 5.3)), source_pass=TranscriptPass.LIVE)
    assert rules.due(more, 6.0, 0.0) == []


def _said(text: str, step: float = 0.4) -> Transcript:
    words = tuple(Word(t, i * step, i * step + step * 0.8) for i, t in enumerate(text.split()))
    return Transcript("en", len(words) * step, "fake", words=words, source_pass=TranscriptPass.LIVE)


def test_a_required_line_not_said_is_cued_once_when_the_trainee_closes_the_product(repo_root: Path) -> None:
    """The run-sheet's price is missing when the trainee gives the call to action: "Before you close: say …$19.99";
    said once only, and not before the product closes."""
    script = load_script(repo_root / "assets" / "scripts" / "en-phone-case.md")
    rules = CueRules(market="", min_gap=0.0, any_gap=0.0, script=script)
    opening = "hi everyone this is the ArmorSoft phone case with soft silicone edges"
    assert rules.due(_said(opening), 5.0, 0.0) == []
    cta = " it fits iPhone 15 and iPhone 15 Pro tap the orange cart below to add it to your basket"
    cues = rules.due(_said(opening + cta), 12.0, 0.0)
    assert [c.kind for c in cues] == ["uncovered_point"]
    assert "$19.99" in cues[0].message and cues[0].earcon == "marker"
    again = rules.due(_said(opening + cta + " ok"), 13.0, 0.0)
    assert cues[0].message not in [c.message for c in again]  # the price is not cued twice


def test_a_reminder_held_back_by_another_cue_still_comes(repo_root: Path) -> None:
    """Another cue sounded a moment ago, so the reminder waits (five seconds between cues); it is not lost."""
    script = load_script(repo_root / "assets" / "scripts" / "en-phone-case.md")
    rules = CueRules(market="", min_gap=0.0, any_gap=5.0, script=script)
    rules._last_any = 11.0  # e.g. a dead-air cue at 11 s
    said = "hi everyone this is the ArmorSoft phone case it fits iPhone 15 tap the orange cart below to add it to " \
           "your basket"
    assert rules.due(_said(said), 12.0, 0.0) == []
    later = rules.due(_said(said), 16.5, 0.0)
    assert [c.kind for c in later] == ["uncovered_point"] and "$19.99" in later[0].message


def test_a_required_line_is_cued_before_the_say_within_limit(repo_root: Path) -> None:
    """ArmorSoft (named at 2 s) must be fully presented within 90 s: at 83 s without a price, the cue comes."""
    script = load_script(repo_root / "assets" / "scripts" / "en-phone-case.md")
    rules = CueRules(market="", min_gap=0.0, any_gap=0.0, script=script)
    talk = _said("hi everyone this is the ArmorSoft phone case with soft silicone edges")
    assert rules.due(talk, 60.0, 0.0) == []
    cues = rules.due(_said("hi everyone this is the ArmorSoft phone case with soft silicone edges look"), 83.0, 0.0)
    assert cues and cues[0].kind == "uncovered_point"


def test_each_cue_is_switched_by_its_setting(tmp_path: Path) -> None:
    """cues.too_fast / cues.dead_air / cues.claim turn the cues off one by one."""
    settings = Settings(tmp_path / "settings.json")
    settings.set("cues.dead_air", False)
    rules = cue_rules_from(settings, market="en-US", trainee=None)
    assert rules.enabled == {"too_fast": True, "dead_air": False, "claim": True, "uncovered_point": True,
                             "viewer": False}  # viewer questions are a practice mode turned on by the trainee
    assert rules.due(_words(1, 0.5), 10.0, 9.0) == []
    settings.set("cues.dead_air", True)
    assert [c.kind for c in cue_rules_from(settings, market="", trainee=None).due(_words(1, 0.5), 10.0, 9.0)] == [
        "dead_air"
    ]


def test_a_recorder_that_stops_by_itself_is_reported_once_as_a_warning_cue(
    store: SessionStore, trainee: Trainee, jfk: np.ndarray
) -> None:
    """When the microphone is lost mid-take the trainee hears one warning saying how to keep the recording."""
    got: list[Cue] = []
    made: dict[str, Any] = {}

    def recorder_factory(folder: Path) -> ReplayRecorder:
        made["r"] = ReplayRecorder(folder, jfk[:48000])
        return made["r"]

    rehearsal = Rehearsal(store, recorder_factory=recorder_factory, live_factory=FixedLive, on_cue=got.append,
                          cue_interval=0.02)
    rehearsal.start(None, "en-US", trainee)
    made["r"].stop_reason = "mic_lost"
    deadline = time.monotonic() + 5
    while not got and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(0.1)
    rehearsal.stop()
    assert [(c.kind, c.earcon) for c in got] == [("warning", "warning")]
    assert got[0].message.startswith("The microphone stopped sending sound. Stop the recording to save")


def test_the_report_is_handed_over_before_the_recording_files_are_finished(
    store: SessionStore, trainee: Trainee, jfk: np.ndarray
) -> None:
    """on_report fires while the recorder is still finishing (1.5 s here, the MP4 mux of a long take), and the
    session is only saved ANALYSED after the files are done."""
    made: dict[str, Any] = {}
    reported: list[float] = []

    def recorder_factory(folder: Path) -> ReplayRecorder:
        made["r"] = ReplayRecorder(folder, jfk[: 48000 * 2], stop_delay=1.5)
        return made["r"]

    rehearsal = Rehearsal(store, recorder_factory=recorder_factory, live_factory=FixedLive,
                          on_report=lambda report: reported.append(time.perf_counter()))
    session = rehearsal.start(None, "en-US", trainee)
    assert made["r"].done.wait(10)
    rehearsal.stop()
    assert len(reported) == 1 and made["r"].stopped_at - reported[0] >= 1.0
    saved = store.get_session(session.id)
    assert saved is not None and saved.state is SessionState.ANALYSED and saved.media.final == "recording.wav"


def test_a_viewer_question_is_asked_after_other_cues_and_its_answer_is_scored(
    store: SessionStore, trainee: Trainee, jfk: np.ndarray, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """cues.viewer on: a simulated viewer asks (the "viewer_question" earcon, the question in the voice's language)
    once the first-question time has passed; the take's report scores the answer that followed."""
    from studio.services import rehearsal as rehearsal_module

    original = rehearsal_module.cue_rules_from

    def quick(*args: Any, **kwargs: Any) -> CueRules:
        rules = original(*args, **kwargs)
        rules.viewer_first_after, rules.viewer_seed = 1.0, 3
        return rules

    monkeypatch.setattr(rehearsal_module, "cue_rules_from", quick)
    settings = Settings(tmp_path / "settings.json")
    settings.set("cues.viewer", True)
    got: list[Cue] = []
    made: dict[str, Any] = {}

    def recorder_factory(folder: Path) -> ReplayRecorder:
        made["r"] = ReplayRecorder(folder, jfk[: 48000 * 4], speed=4.0)
        return made["r"]

    answer = "hello everyone welcome to my shop today we ship everywhere and the price is only twenty dollars " \
             "it is made of soft silicone tap the basket"
    rehearsal = Rehearsal(store, recorder_factory=recorder_factory, settings=settings,
                          live_factory=lambda lang: FixedLive(lang, text=answer), on_cue=got.append, cue_interval=0.05)
    rehearsal.start(None, "en-US", trainee)
    assert made["r"].done.wait(10)
    report = rehearsal.stop()
    viewer = [cue for cue in got if cue.kind == "viewer"]
    assert len(viewer) == 1 and viewer[0].earcon == "viewer_question" and 1.0 <= viewer[0].at < 2.0
    [asked] = rehearsal.asked_questions
    assert viewer[0].message == asked.said and asked.said.startswith("Maya asks: ")
    [finding] = [f for f in report.findings if f.kind is FindingKind.VIEWER]
    assert finding.start == asked.at and asked.question.text in finding.message
    assert finding.severity is Severity.PRAISE, finding.message  # the answer came within a few seconds
    assert report.metrics["viewer_questions"] == 1.0
    saved = store.load_report(rehearsal.session.id)
    assert saved is not None and FindingKind.VIEWER in {f.kind for f in saved.findings}


def test_a_viewer_question_waits_while_another_cue_has_just_sounded() -> None:
    """Dead air is cued at 31 s, when a question is due: the question comes five seconds after it, not lost."""
    from studio.core.viewers import ViewerSchedule, load_pool

    rules = CueRules(enabled={"dead_air": True, "viewer": True}, dead_air=3.0)
    rules.viewers = ViewerSchedule(load_pool("en"), first_after=31.0, seed=1)
    first = rules.due(_words(1, 0.5), 31.0, 4.0)
    assert [c.kind for c in first] == ["dead_air"]
    assert rules.due(_words(1, 0.5), 33.0, 6.0) == []
    later = rules.due(_words(1, 0.5), 36.0, 9.0)
    assert [c.kind for c in later] == ["viewer"] and later[0].at == 36.0
