"""``studio analyze INPUT``: score a rehearsal and print the feedback (or JSON, or write accessible HTML).

INPUT may be:

- a recording (wav, flac, mp3, mp4, ...): transcribed on this computer with the built-in model;
  its audio also feeds the voice measures;
- a ``.json`` transcript as the app or ``studio transcribe --json`` writes it;
- a ``.txt`` file of plain text: word times are *estimated* at an even pace (150 words a minute
  for English and Indonesian, 220 syllables for Vietnamese, 230 characters for Mandarin: the
  middle of each language's default band), so pace, pauses, dead air and voice are not judged,
  and the report says the times are estimated.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from studio.core.model import Transcript

HELP = "Analyse a rehearsal (recording, transcript .json or plain .txt) and print spoken-style feedback."

_MEDIA_SUFFIXES = frozenset(
    ".wav .flac .mp3 .m4a .aac .ogg .oga .opus .webm .mp4 .mkv .mov .avi .wma .aiff .aif".split()
)
ESTIMATED_SECONDS_PER_UNIT = {"en": 60 / 150, "id": 60 / 150, "vi": 60 / 220, "zh": 60 / 230}
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_VI_MARKS = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("input", metavar="INPUT", help="a recording, a transcript .json, or a plain-text .txt file")
    parser.add_argument("--script", metavar="FILE", help="the run-sheet to check coverage against")
    parser.add_argument("--market", metavar="CODE", help="the market whose banned-claim rules apply, e.g. vi-VN, en-US")
    parser.add_argument("--category", metavar="CODE", help="the product category, e.g. cosmetics, food, supplements")
    parser.add_argument(
        "--language", metavar="CODE", help="the language spoken (en, vi, zh, id); also the feedback language"
    )
    parser.add_argument("--feedback-language", metavar="CODE", help="give feedback in another language than spoken")
    parser.add_argument("--model", metavar="NAME|PATH", help="speech model for recordings: base (default) or tiny.en")
    parser.add_argument(
        "--keep-fillers", action="store_true", help="prompt the speech model to keep fillers such as um and uh"
    )
    parser.add_argument(
        "--dead-air", metavar="SECONDS", type=float, default=3.0, help="silences this long count as dead air (3)"
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON (docs/report-schema.md)")
    parser.add_argument("--html", metavar="OUT", help="also write the report as an accessible HTML page to OUT")


# --------------------------------------------------------------------------- inputs


def guess_language(text: str) -> str:
    """A best guess for plain text: Mandarin when it has CJK characters, Vietnamese with its letters, else English."""
    if _CJK.search(text):
        return "zh"
    if _VI_MARKS.search(text):
        return "vi"
    return "en"


def estimated_transcript(text: str, language: str) -> Transcript:
    """Plain text as a transcript with evenly spaced, estimated word times (one segment per line)."""
    from studio.core.model import Segment, Transcript, TranscriptPass, Word

    step = ESTIMATED_SECONDS_PER_UNIT.get(language, 60 / 150)
    words: list[Word] = []
    segments: list[Segment] = []
    clock = 0.0
    for line in text.splitlines():
        tokens = _tokens(line, language)
        if not tokens:
            continue
        line_start = clock
        for token in tokens:
            words.append(Word(token, round(clock, 3), round(clock + step * 0.9, 3)))
            clock += step
        segments.append(Segment(round(line_start, 3), round(clock, 3), line.strip()))
    return Transcript(language, round(clock, 3), "estimated from text", tuple(segments), tuple(words),
                      TranscriptPass.IMPORTED)


def _tokens(line: str, language: str) -> list[str]:
    """Whitespace tokens; Mandarin: one per character, Latin runs whole, punctuation kept with the token before."""
    if language != "zh":
        return line.split()
    tokens: list[str] = []
    latin_run = False
    for char in line:
        if char.isspace():
            latin_run = False
        elif _CJK.match(char):
            tokens.append(char)
            latin_run = False
        elif char.isalnum():
            if latin_run:
                tokens[-1] += char
            else:
                tokens.append(char)
                latin_run = True
        elif tokens:
            tokens[-1] += char
            latin_run = False
    return tokens


def _read_text(path: Path) -> str:
    from studio.core.errors import StudioError

    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise StudioError("this file is not UTF-8 text. Save it as UTF-8 and try again.", path=path) from exc
    except OSError as exc:
        raise StudioError(f"this file cannot be read ({exc.strerror or exc}).", path=path) from exc


def load_input(path: Path, args: argparse.Namespace) -> tuple[Transcript, tuple[Any, int] | None, bool]:
    """The transcript, the audio (for recordings) and whether the word times are estimated."""
    from studio.core.errors import StudioError
    from studio.core.model import Transcript, loads

    if not path.exists():
        raise StudioError("this file does not exist.", path=path)
    if not path.is_file():
        raise StudioError("this is a folder, not a file.", path=path)
    suffix = path.suffix.lower()
    if suffix == ".json":
        try:
            return loads(_read_text(path), Transcript), None, False
        except StudioError as exc:
            if exc.path is not None:
                raise
            raise StudioError(f"this is not a transcript the studio can read: {exc.message}", path=path,
                              line=exc.line) from exc
    if suffix == ".txt":
        text = _read_text(path)
        if not text.strip():
            raise StudioError("this text file is empty; there is nothing to analyse.", path=path)
        language = (args.language or guess_language(text)).split("-")[0].lower()
        return estimated_transcript(text, language), None, True
    if suffix not in _MEDIA_SUFFIXES:
        raise StudioError(
            "the studio analyses recordings (such as wav, mp3 or mp4), transcripts (.json) and plain text (.txt); "
            f"it cannot read {suffix or 'files without an extension'}.",
            path=path,
        )
    from studio.services.transcription.transcriber import SAMPLE_RATE, Transcriber, decode_media

    audio = decode_media(path)
    if audio.size == 0:
        raise StudioError("this recording has no sound in it.", path=path)
    result = Transcriber(args.model).transcribe_audio(
        audio, language=args.language, filler_prompt=getattr(args, "keep_fillers", False)
    )
    return result.transcript, (audio, SAMPLE_RATE), False


# --------------------------------------------------------------------------- run


def run(args: argparse.Namespace) -> int:
    from studio.core.analysis import AnalysisSettings, analyse
    from studio.core.errors import StudioError
    from studio.core.report import finding_sentence, report_html, report_json

    path = Path(args.input)
    script = None
    if args.script:
        from studio.core.script import load_script

        script_path = Path(args.script)
        if not script_path.is_file():
            raise StudioError("this run-sheet does not exist.", path=script_path)
        script = load_script(script_path)
    if args.dead_air is not None and args.dead_air <= 0:
        raise StudioError("the dead-air limit must be more than zero seconds.")
    transcript, audio, estimated = load_input(path, args)
    feedback = args.feedback_language or args.language or transcript.language
    settings = AnalysisSettings(dead_air=args.dead_air, feedback_language=feedback, times_estimated=estimated)
    report = analyse(
        transcript,
        script=script,
        market=args.market,
        product_category=args.category,
        audio=audio,
        settings=settings,
    )
    if args.html:
        out = Path(args.html)
        try:
            out.write_text(report_html(report, title=f"{path.name}"), encoding="utf-8")
        except OSError as exc:
            raise StudioError(f"the HTML report cannot be written there ({exc.strerror or exc}).", path=out) from exc
        print(f"HTML report written to {out}", file=sys.stderr)
    if args.json:
        print(report_json(report))
        return 0
    print(report.summary)
    if report.findings:
        print()
        for number, finding in enumerate(report.findings, start=1):
            print(f"{number}. {finding_sentence(finding, report.language)}")
    return 0
