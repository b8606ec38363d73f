"""The runtime voice check with a fake engine and a fake ear: choice, bound, tuning, cache, threads, doctor.

The fake engine lists voices the way SAPI5 does on Windows ("TTS_MS_VI-VN_AN_11.0", languages
"vi-VN"); the fake ear returns each sentence with a chosen fraction of its characters wrong, so
every character error rate below is exact. The real check (espeak-ng + the embedded Whisper base
model) runs in ``test_voice_check_real.py``.
"""

from __future__ import annotations

import json
import threading
import wave
from collections.abc import Callable
from pathlib import Path

import pytest

from studio.services import voice_check, voices
from studio.services.audio_out import FileSink
from studio.services.speech import SpeechService, voice_row
from studio.services.voice_check import EngineVoice, VoiceCheckCache, VoiceChecker
from studio.services.voices import CER_LIMIT, CHECK_SENTENCES, NoUsableVoiceError

AN = "HKLM\\SOFTWARE\\Microsoft\\Speech\\Voices\\Tokens\\TTS_MS_VI-VN_AN_11.0"
HUIHUI = "HKLM\\SOFTWARE\\Microsoft\\Speech\\Voices\\Tokens\\TTS_MS_ZH-CN_HUIHUI_11.0"
HANHAN = "HKLM\\SOFTWARE\\Microsoft\\Speech\\Voices\\Tokens\\TTS_MS_ZH-TW_HANHAN_11.0"
ZIRA = "HKLM\\SOFTWARE\\Microsoft\\Speech\\Voices\\Tokens\\TTS_MS_EN-US_ZIRA_11.0"
ANDIKA = "HKLM\\SOFTWARE\\Microsoft\\Speech\\Voices\\Tokens\\TTS_MS_ID-ID_ANDIKA_11.0"

WINDOWS_VOICES = (
    EngineVoice(ZIRA, "Microsoft Zira Desktop", ("en-US",)),
    EngineVoice(HANHAN, "Microsoft Hanhan", ("zh-TW",)),
    EngineVoice(HUIHUI, "Microsoft Huihui", ("zh-CN",)),
    EngineVoice(AN, "Microsoft An", ("vi-VN",)),
    EngineVoice(ANDIKA, "Microsoft Andika", ("id-ID",)),
)

# Fraction of characters the fake ear gets wrong, per voice and sentence (the check has three).
Quality = Callable[[str, int, int, int, "int | None"], float]  # (voice, sentence index, rate, gap, pitch)


def _good_windows(voice: str, index: int, rate: int, gap: int, pitch: int | None) -> float:
    return {AN: 0.10, HUIHUI: 0.05, HANHAN: 0.20, ZIRA: 0.02, ANDIKA: 0.12}[voice]


class FakePlatformEngine:
    """A SAPI5-like engine: lists voices with languages, renders a tiny WAV and remembers what it said."""

    def __init__(
        self,
        listed: tuple[EngineVoice, ...] = WINDOWS_VOICES,
        *,
        name: str = "pyttsx3-sapi5",
        tunable: bool = False,
        version: str = "pyttsx3 2.99 sapi5 on Windows-11",
    ) -> None:
        self.name = name
        self.supports_voice_tuning = tunable
        self._voices = listed
        self._version = version
        self.rendered: dict[str, tuple[str, str, int, int, int | None]] = {}
        self.calls: list[tuple[str, str, int, int, int | None]] = []
        self.threads: set[str] = set()

    def voices(self) -> list[EngineVoice]:
        return list(self._voices)

    def voice_ids(self) -> list[str]:
        return [v.id for v in self._voices]

    def version(self) -> str:
        return self._version

    def synthesize(
        self,
        text: str,
        path: Path,
        *,
        voice_id: str,
        rate: int,
        volume: float,
        word_gap: int = 0,
        pitch: int | None = None,
    ) -> None:
        self.threads.add(threading.current_thread().name)
        record = (text, voice_id, rate, word_gap, pitch)
        self.calls.append(record)
        self.rendered[str(path)] = record
        with wave.open(str(path), "wb") as wav:
            wav.setnchannels(1)
            wav.setsampwidth(2)
            wav.setframerate(16000)
            wav.writeframes(b"\x00\x10" * 1600)


class FakeEar:
    """Hears each rendered sentence with ``quality(...)`` of its characters wrong (exact CER)."""

    identity = "fake ear"

    def __init__(self, engine: FakePlatformEngine, quality: Quality = _good_windows) -> None:
        self.engine = engine
        self.quality = quality
        self.heard: list[tuple[str, str, int]] = []  # (voice, language, sentence index)
        self.threads: set[str] = set()

    def __call__(self, wav: Path, language: str) -> str:
        self.threads.add(threading.current_thread().name)
        text, voice, rate, gap, pitch = self.engine.rendered[str(wav)]
        index = CHECK_SENTENCES[language].index(text)
        self.heard.append((voice, language, index))
        return _damaged(text, language, self.quality(voice, index, rate, gap, pitch))


def _damaged(text: str, language: str, fraction: float) -> str:
    normalised = voices.normalise_for_cer(text, language)
    wrong = round(fraction * len(normalised))
    return "ж" * wrong + normalised[wrong:]


def _checker(engine: FakePlatformEngine, ear: FakeEar, tmp_path: Path, **kwargs: object) -> VoiceChecker:
    return VoiceChecker(lambda: engine, ear, cache=VoiceCheckCache(tmp_path / "voice-check.json"), **kwargs)  # type: ignore[arg-type]


def test_windows_voices_are_measured_and_the_best_one_per_language_is_chosen(tmp_path: Path) -> None:
    """SAPI5 voices have no lab rows: each language's voices are measured and the lowest mean within the
    bound wins (Huihui 0.05 over Hanhan 0.20 for Chinese)."""
    engine = FakePlatformEngine()
    ear = FakeEar(engine)
    run = _checker(engine, ear, tmp_path).run()
    assert run.error is None
    chosen = {lang: v.chosen.voice_id for lang, v in run.verdicts.items() if v.chosen}
    assert chosen == {"en": ZIRA, "vi": AN, "zh": HUIHUI, "id": ANDIKA}
    zh = run.verdicts["zh"]
    assert [m.voice_id for m in zh.tried] == [HUIHUI, HANHAN]  # zh-CN is measured before zh-TW
    assert zh.chosen is not None and zh.chosen.sentence_cers == pytest.approx((0.05, 0.05, 0.05), abs=0.05)
    assert zh.chosen.source == "machine" and zh.chosen.engine == "pyttsx3-sapi5"
    assert all(m.verified for m in zh.tried)


def test_a_voice_passes_only_if_the_mean_and_the_worst_sentence_are_within_the_bound(tmp_path: Path) -> None:
    """Mean 0.18 but one sentence at 0.35: rejected. The language then has no voice (text + screen reader)."""

    def uneven(voice: str, index: int, rate: int, gap: int, pitch: int | None) -> float:
        return (0.10, 0.10, 0.35)[index]

    engine = FakePlatformEngine((WINDOWS_VOICES[3],))
    run = _checker(engine, FakeEar(engine, uneven), tmp_path, languages=["vi"]).run()
    verdict = run.verdicts["vi"]
    assert verdict.chosen is None
    first = verdict.tried[0]
    assert first.sentence_cers == pytest.approx((0.1, 0.1, 0.35), abs=0.02)
    assert first.cer <= CER_LIMIT < first.worst and not first.verified


def test_noise_is_dropped_after_one_sentence_and_not_tuned(tmp_path: Path) -> None:
    """A voice that makes noise costs one transcription; slower settings are not tried for noise."""

    def noise(voice: str, index: int, rate: int, gap: int, pitch: int | None) -> float:
        return 1.0

    engine = FakePlatformEngine((WINDOWS_VOICES[2],))
    ear = FakeEar(engine, noise)
    run = _checker(engine, ear, tmp_path, languages=["zh"]).run()
    assert ear.heard == [(HUIHUI, "zh", 0)]
    assert run.verdicts["zh"].chosen is None
    assert "stopped after sentence 1 of 3" in run.verdicts["zh"].tried[0].note


def test_a_close_voice_gets_slower_settings_and_a_passing_setting_is_spoken_with_them(tmp_path: Path) -> None:
    """espeak-like engine: aav/vi fails at 175 wpm (0.4) but passes at 100 wpm with a 60 ms word gap;
    that setting is chosen, marked as a rate limit, and the service speaks Vietnamese with it."""

    def slow_helps(voice: str, index: int, rate: int, gap: int, pitch: int | None) -> float:
        return 0.2 if (rate, gap) == (100, 6) else 0.4

    engine = FakePlatformEngine((EngineVoice("aav/vi", "Vietnamese", ("vi",)),), name="my-espeak", tunable=True)
    run = _checker(engine, FakeEar(engine, slow_helps), tmp_path, languages=["vi"]).run()
    verdict = run.verdicts["vi"]
    assert [(m.rate, m.word_gap, m.pitch) for m in verdict.tried] == [
        (175, 0, None), *voice_check.ESPEAK_TUNINGS
    ]
    assert verdict.chosen is not None and (verdict.chosen.rate, verdict.chosen.word_gap) == (100, 6)
    assert verdict.chosen.rate_limit and verdict.chosen.speaking_rate(175) == 100
    assert verdict.chosen.speaking_rate(90) == 90

    sink = FileSink(tmp_path / "spoken")
    with SpeechService(
        engine_factory=lambda: engine,  # type: ignore[arg-type,return-value]
        sink=sink,
        voice_cache=VoiceCheckCache(tmp_path / "voice-check.json"),
        voice_transcriber=FakeEar(engine, slow_helps),
    ) as service:
        run = service.voice_check_run  # the other languages are checked (no voices); vi comes from the cache
        assert run is not None and "vi" not in run.languages and run.wait(10)
        service.say("Bạn nói hơi nhanh.", language="vi-VN")
        assert service.wait_idle(10)
    assert engine.calls[-1] == ("Bạn nói hơi nhanh.", "aav/vi", 100, 6, None)


def test_engines_without_gap_and_pitch_are_only_tried_slower(tmp_path: Path) -> None:
    """SAPI5/NSSS voices have no word gap or pitch control: the tuned try is 130 words per minute only."""

    def fails(voice: str, index: int, rate: int, gap: int, pitch: int | None) -> float:
        return 0.5

    engine = FakePlatformEngine((WINDOWS_VOICES[3],))
    run = _checker(engine, FakeEar(engine, fails), tmp_path, languages=["vi"]).run()
    assert [(m.rate, m.word_gap, m.pitch) for m in run.verdicts["vi"].tried] == [(175, 0, None), (130, 0, None)]
    assert all(gap == 0 and pitch is None for _t, _v, _r, gap, pitch in engine.calls)


def test_verdicts_are_cached_per_engine_fingerprint_and_method(tmp_path: Path) -> None:
    """Once per machine: a second check reads the cache. A changed voice list, or another judge, measures again."""
    engine = FakePlatformEngine()
    ear = FakeEar(engine)
    first = _checker(engine, ear, tmp_path).run()
    heard = len(ear.heard)
    assert heard > 0 and first.from_cache == {}

    again = _checker(engine, ear, tmp_path).run()
    assert len(ear.heard) == heard and set(again.from_cache) == set(voices.FEEDBACK_LANGUAGES)
    assert again.verdicts["vi"].chosen == first.verdicts["vi"].chosen

    data = json.loads((tmp_path / "voice-check.json").read_text(encoding="utf-8"))
    entry = next(e for e in data["entries"] if e["language"] == "vi")
    assert entry["engine"] == "pyttsx3-sapi5" and entry["chosen"]["voice_id"] == AN
    assert entry["tried"][0]["sentence_cers"] == pytest.approx([0.1, 0.1, 0.1], abs=0.02)

    new_voice = EngineVoice("TTS_MS_VI-VN_LINH", "Linh", ("vi-VN",))
    changed = FakePlatformEngine((*WINDOWS_VOICES, new_voice))
    ear2 = FakeEar(changed, lambda v, i, r, g, p: 0.1)
    rerun = _checker(changed, ear2, tmp_path).run()
    assert rerun.from_cache == {} and ear2.heard

    class OtherEar(FakeEar):
        identity = "another judge"

    ear3 = OtherEar(changed)
    _checker(changed, ear3, tmp_path, languages=["id"]).run()
    assert ear3.heard, "a different judge must not reuse the old verdicts"


def test_forced_check_measures_languages_the_lab_table_covers(tmp_path: Path) -> None:
    """Without force, espeak-ng's en/id/vi/zh are covered by the lab table; doctor --check-voices forces them."""
    listed = (EngineVoice("poz/id", "Indonesian", ("id",)),)
    engine = FakePlatformEngine(listed, name="espeak-ng")
    ear = FakeEar(engine, lambda v, i, r, g, p: 0.1)
    assert _checker(engine, ear, tmp_path).run().verdicts == {}
    forced = _checker(engine, ear, tmp_path, languages=["id"], force=True).run()
    assert forced.verdicts["id"].chosen is not None and forced.verdicts["id"].chosen.voice_id == "poz/id"


def test_service_checks_in_the_background_and_speaks_once_verified(tmp_path: Path) -> None:
    """Windows-like engine: at start nothing is verified (text fallback); the check runs on 'voice-check',
    renders only on the 'speech' thread, and when it ends every language is spoken with its chosen voice.
    A second start reads the cache and does not check again."""
    engine = FakePlatformEngine()
    ear = FakeEar(engine)
    gate = threading.Event()
    slow_ear_calls: list[str] = []

    def gated_ear(wav: Path, language: str) -> str:
        gate.wait(10)  # hold the check so the "before" state can be observed
        slow_ear_calls.append(threading.current_thread().name)
        return ear(wav, language)

    gated_ear.identity = "fake ear"  # type: ignore[attr-defined]
    finished: list[voice_check.VoiceCheckRun] = []
    cache = VoiceCheckCache(tmp_path / "voice-check.json")
    sink = FileSink(tmp_path / "spoken")
    with SpeechService(
        engine_factory=lambda: engine,  # type: ignore[arg-type,return-value]
        sink=sink,
        voice_cache=cache,
        voice_transcriber=gated_ear,
        on_voices_checked=finished.append,
    ) as service:
        assert not service.can_speak("vi")
        with pytest.raises(NoUsableVoiceError, match="not been checked yet"):
            service.say("Xin chào", language="vi")
        run = service.voice_check_run
        assert run is not None and not run.done
        gate.set()
        assert run.wait(30) and run.error is None
        assert finished == [run]
        for lang in voices.FEEDBACK_LANGUAGES:
            assert service.can_speak(lang), lang
        assert service.voice_for("zh-CN").voice_id == HUIHUI
        assert service.voice_for("vi").reason == "verified on this machine"
        service.say("你说得有点快。", language="zh")
        assert service.wait_idle(10)
    assert engine.threads == {"speech"}
    assert set(slow_ear_calls) == {"voice-check"}
    assert engine.calls[-1][:2] == ("你说得有点快。", HUIHUI)

    with SpeechService(
        engine_factory=lambda: engine,  # type: ignore[arg-type,return-value]
        sink=sink,
        voice_cache=cache,
        voice_transcriber=gated_ear,
    ) as again:
        assert again.voice_check_run is None
        assert again.can_speak("vi") and again.machine_verdicts()["vi"].chosen is not None


def test_rejected_on_this_machine_falls_back_to_text_with_a_spoken_reason(tmp_path: Path) -> None:
    """Every Chinese voice fails: say() refuses with the measured number; the doctor row says why."""

    def zh_bad(voice: str, index: int, rate: int, gap: int, pitch: int | None) -> float:
        return 0.6 if voice in (HUIHUI, HANHAN) else 0.05

    engine = FakePlatformEngine()
    cache = VoiceCheckCache(tmp_path / "voice-check.json")
    with SpeechService(
        engine_factory=lambda: engine,  # type: ignore[arg-type,return-value]
        sink=FileSink(tmp_path / "spoken"),
        voice_cache=cache,
        voice_transcriber=FakeEar(engine, zh_bad),
    ) as service:
        run = service.voice_check_run
        assert run is not None and run.wait(30)
        assert service.can_speak("en") and not service.can_speak("zh")
        with pytest.raises(NoUsableVoiceError, match="checked and none was understandable") as caught:
            service.say("你好", language="zh")
        best = service.machine_verdicts()["zh"].best_tried
        assert best is not None and best.name == "Microsoft Huihui"
        assert f"best: Microsoft Huihui, character error rate {best.cer:.2f}" in str(caught.value)
        assert "HKLM" not in str(caught.value) and "text" in str(caught.value)
        name, ok, detail, fix = voice_row(service.voice_for("zh"), service.machine_verdicts()["zh"])
        assert name == "Voice for 简体中文" and ok is False and "screen reader" in fix
        name, ok, detail, fix = voice_row(service.voice_for("en"), service.machine_verdicts()["en"])
        assert ok and "verified on this machine" in detail


def test_lab_engine_without_verdicts_starts_no_check(tmp_path: Path) -> None:
    """The fake queue engine (unnamed: the lab table applies) and espeak-ng start no background check."""
    from .conftest import FakeEngine

    for factory in (FakeEngine, lambda: FakePlatformEngine(name="espeak-ng")):
        with SpeechService(
            engine_factory=factory,  # type: ignore[arg-type]
            sink=FileSink(tmp_path / "spoken"),
            voice_cache=VoiceCheckCache(tmp_path / "cache.json"),
        ) as service:
            assert service.can_speak("en") is not None
            assert service.voice_check_run is None


def test_doctor_rows_say_verified_on_this_machine_or_measured_in_the_lab(tmp_path: Path) -> None:
    """On the real espeak-ng engine: a cached machine verdict for Indonesian reads "verified on this
    machine"; English (lab table only) reads "measured in the lab"; Mandarin stays a text fallback."""
    from studio.services.audio_out import OutputStatus
    from studio.services.speech import EspeakEngine, speech_status

    description = voice_check.describe_engine(EspeakEngine())
    cache = VoiceCheckCache(tmp_path / "voice-check.json")
    measured = voices.VoiceMeasurement(
        "id", "espeak-ng", "poz/id", 175, 0.12, "", sentence_cers=(0.165, 0.047, 0.148), source="machine"
    )
    verdict = voices.LanguageVerdict("id", "espeak-ng", measured, (measured,), "2026-11-28T10:00:00Z",
                                     description.fingerprint)
    cache.store(verdict, voice_check.method_key("id", voice_check.WhisperTranscriber))
    rows = {row[0]: row for row in speech_status(OutputStatus(False, None, None, "none", "fix"), voice_cache=cache)}
    assert "verified on this machine on 2026-11-28" in rows["Voice for Bahasa Indonesia"][2]
    assert "worst sentence 0.17" in rows["Voice for Bahasa Indonesia"][2]
    assert "measured in the lab" in rows["Voice for English"][2]
    assert rows["Voice for 简体中文"][1] is False


def test_doctor_check_voices_flag_runs_the_check_and_keeps_the_other_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`studio doctor --check-voices` parses, measures (fakes here), and the usual rows are all still there."""
    from studio.cli import build_parser
    from studio.services import doctor, speech

    monkeypatch.setenv("STUDIO_CACHE_DIR", str(tmp_path / "cache"))
    engine = FakePlatformEngine()

    class Ear(FakeEar):
        def __init__(self) -> None:
            super().__init__(engine)

    monkeypatch.setattr(speech, "default_engine_factory", lambda: engine)
    monkeypatch.setattr(voice_check, "WhisperTranscriber", Ear)
    assert build_parser().parse_args(["doctor", "--check-voices"]).check_voices is True
    messages: list[str] = []
    rows = list(doctor.check_voice_round_trips(progress=messages.append))
    assert rows[0].name == "Voice check" and rows[0].ok, rows
    assert "vi Microsoft An 0.10" in rows[0].detail
    assert any("Checking Tiếng Việt" in m for m in messages)
    cached = json.loads((tmp_path / "cache" / voice_check.CACHE_FILE).read_text(encoding="utf-8"))
    assert {e["language"] for e in cached["entries"]} == set(voices.FEEDBACK_LANGUAGES)

    monkeypatch.setattr(doctor, "CHECKS", (doctor.check_python, doctor.check_speech))
    names = [c.name for c in doctor.run_checks(check_voices=True)]
    assert names[:2] == ["Python", "Voice check"]
    assert "Speech engine (pyttsx3)" in names and "Sound output" in names
    assert sum(1 for n in names if n.startswith("Voice for ")) == 4


def test_voice_languages_are_read_from_sapi_and_nsss_spellings() -> None:
    """SAPI5 (vi-VN, registry ids), NSSS (zh_CN, com.apple… ids) and espeak (cmn) spellings all match."""
    listed = (
        EngineVoice("com.apple.voice.compact.vi-VN.Linh", "Linh", ("vi_VN",)),
        EngineVoice("com.apple.voice.compact.zh-HK.Sinji", "Sinji", ("zh_HK",)),
        EngineVoice("com.apple.voice.compact.zh-CN.Tingting", "Tingting", ("zh_CN",)),
        EngineVoice("TTS_MS_VI-VN_AN_11.0", "Microsoft An", ()),  # no language attribute: read from the id
        EngineVoice("sit/cmn", "Chinese", ("cmn",)),
        EngineVoice("weird", "Unknown", ("Unknown Locale: 9999",)),
    )
    description = voice_check.EngineDescription("pyttsx3-nsss", "x", "v", listed)
    assert voice_check.candidate_voices(description, "zh") == [
        "com.apple.voice.compact.zh-CN.Tingting", "sit/cmn", "com.apple.voice.compact.zh-HK.Sinji"
    ]
    assert voice_check.candidate_voices(description, "vi") == [
        "com.apple.voice.compact.vi-VN.Linh", "TTS_MS_VI-VN_AN_11.0"
    ]
    assert voice_check.candidate_voices(description, "id") == []


def test_a_language_without_any_voice_gets_an_empty_rejection(tmp_path: Path) -> None:
    """No Indonesian voice installed: the verdict says so, and the language stays text + screen reader."""
    engine = FakePlatformEngine(WINDOWS_VOICES[:4])
    run = _checker(engine, FakeEar(engine), tmp_path, languages=["id"]).run()
    verdict = run.verdicts["id"]
    assert verdict.tried == () and verdict.chosen is None
    choice = voices.choose_voice("id", engine.voice_ids(), engine="pyttsx3-sapi5", machine=run.verdicts)
    assert not choice.usable and "has no voice for Bahasa Indonesia" in choice.reason


def test_cancel_stops_the_check_between_sentences(tmp_path: Path) -> None:
    """Closing the app cancels a running check: it ends with VoiceCheckCancelled and writes nothing partial."""
    engine = FakePlatformEngine()
    ear = FakeEar(engine)
    holder: dict[str, voice_check.VoiceCheckRun] = {}

    def cancelling_ear(wav: Path, language: str) -> str:
        holder["run"].cancel()
        return ear(wav, language)

    cancelling_ear.identity = "fake ear"  # type: ignore[attr-defined]
    checker = VoiceChecker(lambda: engine, cancelling_ear, cache=VoiceCheckCache(tmp_path / "c.json"))
    run = voice_check.VoiceCheckRun(checker.languages)
    holder["run"] = run
    checker._run(run)
    assert isinstance(run.error, voice_check.VoiceCheckCancelled)
    assert len(ear.heard) == 1 and not (tmp_path / "c.json").exists()


def test_espeak_engine_lists_languages_and_applies_word_gap_and_pitch(tmp_path: Path) -> None:
    """The real espeak-ng engine: voices carry languages and names; a word gap makes the same words longer."""
    from studio.services.audio_out import read_wav
    from studio.services.speech import EspeakEngine

    engine = EspeakEngine()
    listed = {v.id: v for v in engine.voices()}
    assert listed["aav/vi"].languages == ("vi",) and listed["aav/vi"].name == "Vietnamese (Northern)"
    assert voice_check.describe_engine(engine).name == "espeak-ng" and "1." in engine.version()
    lengths = {}
    for gap, pitch in ((0, None), (10, None), (0, 20)):
        wav = tmp_path / f"g{gap}-p{pitch}.wav"
        voice_check.render(engine, "một hai ba bốn năm", wav, voice_id="aav/vi", rate=130, word_gap=gap, pitch=pitch)
        samples, rate = read_wav(wav)
        lengths[(gap, pitch)] = len(samples) / rate
    assert lengths[(10, None)] > lengths[(0, None)] + 0.3  # four gaps of 100 ms
    assert lengths[(0, 20)] == pytest.approx(lengths[(0, None)], abs=0.15)
    assert (tmp_path / "g0-p20.wav").read_bytes() != (tmp_path / "g0-pNone.wav").read_bytes()  # pitch reached it


def test_a_voice_that_cannot_speak_fails_its_measurement(tmp_path: Path) -> None:
    """The second sentence cannot be rendered: the candidate fails (mean 1.0) and the note says why."""

    class Breaks:
        name = "breaks"

        def voice_ids(self) -> list[str]:
            return ["v"]

        def synthesize(self, text: str, path: Path, *, voice_id: str, rate: int, volume: float) -> None:
            if path.name.endswith("-1.wav"):
                raise RuntimeError("no audio device")
            with wave.open(str(path), "wb") as out:
                out.setnchannels(1)
                out.setsampwidth(2)
                out.setframerate(16_000)
                out.writeframes(b"\0\0" * 1600)

    texts = ("one two three", "four five six")
    result = voice_check.measure(Breaks(), lambda _wav, _lang: "one two three", "en", voice_check.Candidate("v"),
                                 workdir=tmp_path, engine_label="breaks", sentences=texts)
    assert result.cer == 1.0 and result.note == "could not speak: no audio device"
    assert result.sentence_cers == (0.0, 1.0)
