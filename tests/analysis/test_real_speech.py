"""The pipeline on real speech, transcribed once per test run by the embedded model (slow)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from studio.core.analysis import AnalysisSettings, analyse
from studio.core.model import FindingKind, Transcript

pytestmark = pytest.mark.slow

JOINED = "joined-70s-five-pauses.wav"


@pytest.fixture(scope="session")
def joined_transcript(speech_dir: Path, model_cache_dir: Path) -> Transcript:
    """joined-70s-five-pauses.wav through the real embedded tiny.en model (about 5 s on 2 cores)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("STUDIO_CACHE_DIR", str(model_cache_dir))
        patch.setenv("HF_HUB_OFFLINE", "1")
        from studio.services.transcription.transcriber import transcribe_file

        return transcribe_file(speech_dir / JOINED, model="tiny.en", language="en")


def _true_pauses(path: Path) -> list[tuple[float, float]]:
    """The inserted silences, computed from the samples: runs of exact digital zero of at least 1.9 s."""
    samples, rate = sf.read(path, dtype="int16")
    silent = np.concatenate([[0], (samples == 0).astype(np.int8), [0]])
    edges = np.flatnonzero(np.diff(silent))
    runs = [(int(a), int(b)) for a, b in zip(edges[::2], edges[1::2], strict=True)]
    return [(a / rate, b / rate) for a, b in runs if (b - a) / rate >= 1.9]


def test_the_five_pauses_are_where_the_readme_says(speech_dir: Path) -> None:
    """The ground truth itself: silences ending at 13.66, 26.66, 58.46, 62.00 and 65.60 s, each at least 2 s.

    The third is 2.7 s of digital zero, not 2.0: the English part of the MIT-licence clip already
    ends in 0.7 s of silence, and some clips start with a few hundredths of a second of zeros.
    """
    pauses = _true_pauses(speech_dir / JOINED)
    assert [round(b, 2) for _, b in pauses] == pytest.approx([13.66, 26.66, 58.46, 62.00, 65.60], abs=0.1)
    assert all(b - a >= 1.99 for a, b in pauses)


def test_rate_is_about_141_words_a_minute(joined_transcript: Transcript) -> None:
    """About 166 words in 70.6 s: 141 words a minute over the whole recording (README: about 141)."""
    report = analyse(joined_transcript)
    assert report.metrics["pace_rate_wall"] == pytest.approx(141, abs=4)
    assert report.metrics["duration_seconds"] == pytest.approx(70.6, abs=0.1)
    assert report.metrics["speaking_seconds"] < report.metrics["duration_seconds"] - 8, "the pauses are not speech"
    assert report.metrics["pace_rate"] > report.metrics["pace_rate_wall"]


def test_five_pauses_found_as_dead_air_at_1_5_seconds(joined_transcript: Transcript, speech_dir: Path) -> None:
    """With the dead-air limit at 1.5 s, exactly the five 2 s pauses are found, each within 0.9 s at both edges."""
    report = analyse(joined_transcript, settings=AnalysisSettings(dead_air=1.5))
    found = sorted((f.start, f.end) for f in report.findings if f.kind is FindingKind.DEAD_AIR)
    truth = _true_pauses(speech_dir / JOINED)
    assert len(found) == 5
    for (start, end), (true_start, true_end) in zip(found, truth, strict=True):
        assert start == pytest.approx(true_start, abs=0.9)
        assert end == pytest.approx(true_end, abs=0.9)
    assert report.metrics["pause_bin_2"] == 5, "five pauses of two to three seconds"
    assert "Five silences longer than one point five seconds" in report.summary


def test_real_speech_without_fillers_or_dead_air_at_defaults(joined_transcript: Transcript) -> None:
    """Read speech: no filler clusters, and at the 3 s default no dead air (the pauses are 2 s)."""
    report = analyse(joined_transcript)
    assert report.metrics["dead_air_count"] == 0
    assert report.metrics["filler_count"] <= 2
