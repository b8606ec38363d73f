"""The hidden ``--speech-to DIR`` option of ``run_app`` that the end-to-end test relies on (fast checks)."""

from __future__ import annotations

import json
from pathlib import Path

from studio.services.speech import SpeechService
from studio.ui.app import SPEECH_TO_FLAG, _take_option, make_speech


def test_speech_to_is_taken_out_of_the_arguments_in_both_spellings() -> None:
    """``--speech-to DIR`` and ``--speech-to=DIR`` give DIR, and Qt never sees the option."""
    assert _take_option(["studio", SPEECH_TO_FLAG, "/tmp/x", "-style", "fusion"], SPEECH_TO_FLAG) == (
        "/tmp/x", ["studio", "-style", "fusion"])
    assert _take_option(["studio", f"{SPEECH_TO_FLAG}=/tmp/y"], SPEECH_TO_FLAG) == ("/tmp/y", ["studio"])
    assert _take_option(["studio"], SPEECH_TO_FLAG) == (None, ["studio"])


def test_make_speech_with_a_folder_writes_real_speech_and_earcons_there(tmp_path: Path) -> None:
    """With a folder, the real voice (pyttsx3 + espeak-ng) and the earcons write WAVs and log lines; no device."""
    speech, earcons, problems = make_speech(None, str(tmp_path))
    assert isinstance(speech, SpeechService) and earcons is not None and problems == []
    try:
        speech.say("Recording stopped.", language="en")
        assert speech.wait_idle(30)
        earcons.play("saved")
    finally:
        speech.close()
    lines = [json.loads(line) for line in (tmp_path / "speech-log.jsonl").read_text().splitlines()]
    assert [(line["kind"], line["text"]) for line in lines] == [("speech", "Recording stopped."), ("earcon", "saved")]
    assert all((tmp_path / line["file"]).stat().st_size > 1000 for line in lines)
