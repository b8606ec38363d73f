"""``studio transcribe``: plain text or the documented JSON; bad input is a spoken error and a non-zero exit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from studio.cli import main


def test_a_file_that_is_not_media_exits_non_zero_naming_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "shopping-list.wav"
    bad.write_text("eggs, milk", encoding="utf-8")
    assert main(["transcribe", str(bad)]) != 0
    err = capsys.readouterr().err
    assert "shopping-list.wav" in err and "Traceback" not in err


def test_an_unknown_model_is_a_clear_error(speech_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["transcribe", str(speech_dir / "jfk.flac"), "--model", "small"]) != 0
    assert "tiny.en" in capsys.readouterr().err


@pytest.mark.slow
def test_json_output_has_the_documented_fields(speech_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["transcribe", str(speech_dir / "jfk.flac"), "--model", "tiny.en", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"language", "duration", "model", "segments", "words"} <= set(data)
    assert data["language"] == "en" and data["model"] == "tiny.en" and abs(data["duration"] - 11.0) < 0.1
    assert set(data["words"][0]) == {"word", "start", "end", "probability"}
    assert "country" in " ".join(w["word"] for w in data["words"]).lower()


@pytest.mark.slow
def test_plain_text_output_with_the_default_base_model(speech_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["transcribe", str(speech_dir / "zh-aishell-BAC009S0724W0121.wav"), "--language", "zh"]) == 0
    out = capsys.readouterr().out.strip()
    assert out.startswith("广州市")
