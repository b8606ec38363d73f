"""``studio transcribe MEDIA``: transcribe a recording locally and print the text or the JSON transcript."""

from __future__ import annotations

import argparse
import json
import sys

HELP = "Transcribe an audio or video file on this computer and print the text (or JSON with word timings)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("media", metavar="MEDIA", help="the recording to transcribe (mp4, wav, flac, mp3, ...)")
    parser.add_argument(
        "--model",
        metavar="NAME|PATH",
        default=None,
        help="base (built in, all languages; the default), tiny.en (built in, English only, fast), or a model folder",
    )
    parser.add_argument(
        "--language", metavar="CODE", default=None, help="the spoken language, e.g. en, vi, zh, id (default: detect)"
    )
    parser.add_argument("--json", action="store_true", help="print the transcript as JSON with word timings")
    parser.add_argument(
        "--keep-fillers", action="store_true", help="prompt the model to keep fillers such as um and uh in the text"
    )


def run(args: argparse.Namespace) -> int:
    from studio.services.transcription.transcriber import Transcriber, decode_media

    audio = decode_media(args.media)  # a bad file fails here, before the model is loaded
    transcriber = Transcriber(args.model)
    result = transcriber.transcribe_audio(audio, language=args.language, filler_prompt=args.keep_fillers)
    transcript = result.transcript
    if args.json:
        print(json.dumps(transcript.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(transcript.text)
        if not result.language_was_given:
            print(
                f"(language detected: {result.detected_language}, "
                f"{result.detected_language_probability:.0%} sure; set it with --language)",
                file=sys.stderr,
            )
    if result.dropped:
        print(f"(left out {len(result.dropped)} stretch(es) the model was unsure of or repeated)", file=sys.stderr)
    return 0
