"""The headless demo and the installation self-test.

Both run the real pipeline on the bundled sample rehearsal (``assets/demo/<language>/``): load the embedded model,
transcribe, score against the sample run-sheet and the market's claim rules, and write the spoken summary to a WAV
through the real speech engine. The demo prints the report; the self-test prints one line per step and exits
non-zero when a step fails, so a bundle or a fresh install can prove itself.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from studio.core.errors import StudioError
from studio.core.model import FindingKind, Report, Transcript
from studio.services import paths

T = TypeVar("T")


@dataclass
class DemoResult:
    transcript: Transcript | None = None
    report: Report | None = None
    summary_wav: Path | None = None
    timings: dict[str, float] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def demo_folder(language: str) -> Path:
    folder = paths.assets_dir() / "demo" / language
    if not (folder / "rehearsal.flac").is_file():
        raise StudioError(f"the sample rehearsal for language {language!r} is missing from {folder}")
    return folder


def _timed(result: DemoResult, name: str, step: Callable[[], T]) -> T:
    started = time.perf_counter()
    try:
        return step()
    finally:
        result.timings[name] = time.perf_counter() - started


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower())


def word_error_rate(reference: str, hypothesis: str) -> float:
    """Levenshtein distance over words, divided by the reference length (plain, no normaliser beyond case)."""
    ref, hyp = _words(reference), _words(hypothesis)
    previous = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        current = [i] + [0] * len(hyp)
        for j, h in enumerate(hyp, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (r != h))
        previous = current
    return previous[-1] / max(len(ref), 1)


def run_demo(out_dir: Path, *, language: str = "en", model: str | None = None, speak: bool = True) -> DemoResult:
    """Transcribe, score and speak the sample rehearsal; every failure is collected, never raised."""
    from studio.core.analysis import analyse
    from studio.core.script import load_script
    from studio.services.transcription.transcriber import transcribe_file

    result = DemoResult()
    folder = demo_folder(language)
    audio_path = folder / "rehearsal.flac"
    try:
        transcript = _timed(result, "transcribe", lambda: transcribe_file(audio_path, model=model, language=language))
        result.transcript = transcript
    except StudioError as exc:
        result.problems.append(f"transcription failed: {exc.spoken()}")
        return result
    reference = (folder / "rehearsal.txt").read_text(encoding="utf-8")
    wer = word_error_rate(reference, transcript.text)
    result.timings["wer"] = wer
    if not transcript.words:
        result.problems.append("the sample rehearsal gave no words")
    elif wer > 0.35:
        result.problems.append(f"the transcript is too far from the sample's text (word error rate {wer:.2f})")

    try:
        sheet = load_script(folder / "script.md")
        import soundfile as sf

        samples, rate = sf.read(audio_path, dtype="float32")
        report = _timed(
            result,
            "analyse",
            lambda: analyse(transcript, script=sheet, market=sheet.market, audio=(samples, rate)),
        )
        result.report = report
    except StudioError as exc:
        result.problems.append(f"scoring failed: {exc.spoken()}")
        return result
    if not any(f.kind is FindingKind.CLAIM for f in report.findings):
        result.problems.append("the planted banned claim in the sample was not found")

    if speak:
        from studio.services.speech import SpeechService

        out_dir.mkdir(parents=True, exist_ok=True)
        wav = out_dir / "demo-summary.wav"
        try:
            with SpeechService() as speech:
                _timed(result, "speak", lambda: speech.speak_to_file(report.summary, wav, language))
            result.summary_wav = wav
            if not wav.is_file() or wav.stat().st_size < 10_000:
                result.problems.append("the spoken summary WAV is missing or empty")
        except StudioError as exc:
            result.problems.append(f"speaking failed: {exc.spoken()}")
    return result


def format_report(report: Report) -> str:
    from studio.core.report import finding_sentence

    lines = [report.summary, ""]
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
        if result.transcript is not None:
            print(
                f"self-test: {len(result.transcript.words)} words, word error rate {result.timings.get('wer', 1):.3f}"
            )
        if result.report is not None:
            claims = sum(1 for f in result.report.findings if f.kind is FindingKind.CLAIM)
            print(f"self-test: {len(result.report.findings)} findings, {claims} claim finding(s)")
        for problem in result.problems:
            print(f"self-test: FAILED: {problem}")
    verdict = "passed" if result.ok else "failed"
    print(f"self-test {verdict} in {time.perf_counter() - started:.1f} s")
    return 0 if result.ok else 1
