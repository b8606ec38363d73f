"""The headless demo and the installation self-test.

Both run the real pipeline on a bundled sample rehearsal (``assets/demo/<language>/``, built by
``tools/make_demo_rehearsal.py``): load the embedded model, transcribe, score against the sample run-sheet and the
market's claim rules, and write the spoken summary to a WAV through the real speech engine. The demo prints the
report; the self-test (English) prints one line per step and exits non-zero when a step fails, so a bundle or a fresh
install can prove itself.

There is a sample per coaching language (``DEMO_LANGUAGES``). English, Indonesian and Vietnamese are synthetic speech
(``rehearsal.flac``). Mandarin has no audio: espeak-ng's Mandarin voice is noise and there is no licensed Mandarin
livestream recording, so its sample is a word-timed transcript (``transcript.json``) that is analysed as it is, and the
result says so. A language whose feedback voice was never verified (Vietnamese, Mandarin: ``studio.services.voices``)
gets no spoken summary; the demo notes that instead of failing.
"""

from __future__ import annotations

import re
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from studio.core.errors import StudioError
from studio.core.language import RateUnit
from studio.core.model import Finding, FindingKind, Report, Transcript
from studio.services import paths

T = TypeVar("T")

DEMO_LANGUAGES: tuple[str, ...] = ("en", "vi", "zh", "id")
"""Languages with a bundled sample rehearsal."""

NO_AUDIO_REASONS: dict[str, str] = {"zh": "no Mandarin voice to synthesise the audio"}
"""Why a sample is a transcript only, by language."""

MAX_ERROR_RATE: dict[str, float] = {"en": 0.35, "id": 0.6, "vi": 0.75, "zh": 0.05}
"""How far the transcript may be from the sample's text before the demo calls recognition broken.

Word error rate (syllables in Vietnamese, characters in Mandarin). The samples are espeak-ng speech, and the
embedded base model measured (2 CPU threads): English 0.11, Indonesian 0.33 (it writes "Samua" for "semua",
"sebilan-puluh"), Vietnamese 0.51 ("mỗi lời" for "mọi người"; ``studio.services.voices`` rejected that voice for
feedback). The Mandarin transcript is the text itself."""


@dataclass
class DemoResult:
    transcript: Transcript | None = None
    report: Report | None = None
    summary_wav: Path | None = None
    timings: dict[str, float] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    language: str = "en"
    transcript_only: bool = False
    """The sample had no audio: its bundled transcript was analysed instead of a recognised one."""
    error_rate: float | None = None
    """Distance of the transcript from the sample's text (see ``error_rate``); None before transcription."""

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def claims(self) -> list[Finding]:
        """The claim findings of the report (the planted claim should be among them)."""
        return [f for f in self.report.findings if f.kind is FindingKind.CLAIM] if self.report is not None else []

    @property
    def pace(self) -> tuple[float, RateUnit] | None:
        """The speaking rate and what it counts (words, syllables or characters per minute)."""
        if self.report is None or "pace_rate" not in self.report.metrics:
            return None
        from studio.core.report import rate_unit_of

        return self.report.metrics["pace_rate"], rate_unit_of(self.report)

    @property
    def error_rate_name(self) -> str:
        return error_rate_name(self.language)


def demo_folder(language: str) -> Path:
    """The sample's folder: a recording (``rehearsal.flac``) or, for a language without one, ``transcript.json``."""
    folder = paths.assets_dir() / "demo" / language
    if not ((folder / "rehearsal.flac").is_file() or (folder / "transcript.json").is_file()):
        raise StudioError(f"the sample rehearsal for language {language!r} is missing from {folder}")
    return folder


def _timed(result: DemoResult, name: str, step: Callable[[], T]) -> T:
    started = time.perf_counter()
    try:
        return step()
    finally:
        result.timings[name] = time.perf_counter() - started


_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"


def _words(text: str, language: str = "en") -> list[str]:
    """Tokens to compare: words (Vietnamese syllables); for Mandarin, single characters and Latin or digit runs."""
    text = unicodedata.normalize("NFC", text).lower()
    if language == "zh":
        from studio.core.textnorm import TRADITIONAL_TO_SIMPLIFIED

        return re.findall(rf"[{_CJK}]|[^\W_{_CJK}]+", TRADITIONAL_TO_SIMPLIFIED(text))
    return re.findall(r"[^\W_]+(?:'[^\W_]+)*", text)


def error_rate_name(language: str) -> str:
    """What ``error_rate`` measures in a language."""
    return {"vi": "syllable error rate", "zh": "character error rate"}.get(language, "word error rate")


def error_rate(reference: str, hypothesis: str, language: str = "en") -> float:
    """Levenshtein distance over words (syllables, Mandarin characters), divided by the reference length.

    Plain: no normaliser beyond case, Unicode composition and (Mandarin) Traditional to Simplified characters.
    """
    ref, hyp = _words(reference, language), _words(hypothesis, language)
    previous = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        current = [i] + [0] * len(hyp)
        for j, h in enumerate(hyp, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (r != h))
        previous = current
    return previous[-1] / max(len(ref), 1)


def _load_transcript(path: Path) -> Transcript:
    from studio.core.model import loads

    try:
        return loads(path.read_text(encoding="utf-8"), Transcript)
    except OSError as exc:
        raise StudioError(f"the sample transcript {path} cannot be read: {exc}") from exc


def run_demo(out_dir: Path, *, language: str = "en", model: str | None = None, speak: bool = True) -> DemoResult:
    """Transcribe (or, without audio, load the transcript of), score and speak the sample rehearsal.

    Every failure is collected in ``problems``, never raised.
    """
    from studio.core.analysis import analyse
    from studio.core.script import load_script

    result = DemoResult(language=language)
    try:
        folder = demo_folder(language)
    except StudioError as exc:
        result.problems.append(exc.spoken())
        return result
    audio_path = folder / "rehearsal.flac"
    result.transcript_only = not audio_path.is_file()
    try:
        if result.transcript_only:
            reason = NO_AUDIO_REASONS.get(language, "no recording of this sample")
            result.notes.append(f"transcript only: {reason}")
            transcript = _timed(result, "load transcript", lambda: _load_transcript(folder / "transcript.json"))
        else:
            from studio.services.transcription.transcriber import transcribe_file

            transcript = _timed(
                result, "transcribe", lambda: transcribe_file(audio_path, model=model, language=language)
            )
        result.transcript = transcript
    except StudioError as exc:
        step = "reading the sample transcript" if result.transcript_only else "transcription"
        result.problems.append(f"{step} failed: {exc.spoken()}")
        return result
    reference = (folder / "rehearsal.txt").read_text(encoding="utf-8")
    rate = error_rate(reference, transcript.text, language)
    result.error_rate = rate
    limit = MAX_ERROR_RATE.get(language, 0.35)
    if not transcript.words:
        result.problems.append("the sample rehearsal gave no words")
    elif rate > limit:
        result.problems.append(
            f"the transcript is too far from the sample's text ({error_rate_name(language)} {rate:.2f})"
        )

    try:
        sheet = load_script(folder / "script.md")
        audio = None
        if not result.transcript_only:
            import soundfile as sf

            audio = sf.read(audio_path, dtype="float32")
        report = _timed(
            result,
            "analyse",
            lambda: analyse(transcript, script=sheet, market=sheet.market, audio=audio),
        )
        result.report = report
    except StudioError as exc:
        result.problems.append(f"scoring failed: {exc.spoken()}")
        return result
    if not result.claims:
        result.problems.append("the planted banned claim in the sample was not found")

    if speak:
        from studio.services.speech import SpeechService
        from studio.services.voices import NoUsableVoiceError

        out_dir.mkdir(parents=True, exist_ok=True)
        wav = out_dir / "demo-summary.wav"
        try:
            # A one-off voice: no background voice check (the app runs that; `studio doctor --check-voices` too).
            with SpeechService(auto_check_voices=False) as speech:
                _timed(result, "speak", lambda: speech.speak_to_file(report.summary, wav, language))
            result.summary_wav = wav
            if not wav.is_file() or wav.stat().st_size < 10_000:
                result.problems.append("the spoken summary WAV is missing or empty")
        except NoUsableVoiceError as exc:  # no voice verified for the language: text only, as in the app
            result.notes.append(f"no spoken summary: {exc}")
        except StudioError as exc:
            result.problems.append(f"speaking failed: {exc.spoken()}")
    return result


def format_report(report: Report) -> str:
    """The summary, the speaking rate (with its unit) when the summary left it out, then every finding, numbered."""
    from studio.core.report import finding_sentence, pace_sentence, rate_unit_of

    lines = [report.summary]
    measured = "pace_rate" in report.metrics and report.metrics.get("word_count", 0) > 0
    pace = pace_sentence(report.metrics, report.language, rate_unit_of(report)) if measured else ""
    if pace and pace not in report.summary:
        lines.append(pace)
    lines.append("")
    for number, finding in enumerate(report.findings, 1):
        lines.append(f"{number}. {finding_sentence(finding, report.language)}")
    return "\n".join(lines)


def self_test(language: str = "en") -> int:
    """Run the pipeline on the bundled sample; print a line per step; 0 when every step passed."""
    import tempfile

    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="studio-self-test-") as tmp:
        result = run_demo(Path(tmp), language=language)
        for name in ("transcribe", "analyse", "speak"):
            if name in result.timings:
                print(f"self-test: {name} took {result.timings[name]:.2f} s")
        if result.transcript is not None and result.error_rate is not None:
            print(f"self-test: {len(result.transcript.words)} words, {result.error_rate_name} {result.error_rate:.3f}")
        if result.report is not None:
            print(f"self-test: {len(result.report.findings)} findings, {len(result.claims)} claim finding(s)")
        for problem in result.problems:
            print(f"self-test: FAILED: {problem}")
    verdict = "passed" if result.ok else "failed"
    print(f"self-test {verdict} in {time.perf_counter() - started:.1f} s")
    return 0 if result.ok else 1
