"""Real path: speech → the embedded Whisper model → check_transcript, with timestamps from real word timings.

Slow (loads the multilingual base model). The English claims are spoken by espeak-ng, because none of the shared
real recordings contain sales claims; the Mandarin clip is a real recording that Whisper answers in Traditional
characters, which must not trip any Simplified-Chinese rule.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from studio.core.claims import check_transcript, load_packs, timed_text
from studio.core.model import FindingKind

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def transcriber():  # type: ignore[no-untyped-def]
    from studio.services.transcription.transcriber import Transcriber

    return Transcriber()  # the embedded multilingual base model, int8, 2 threads


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed")
def test_spoken_claims_are_found_at_the_times_they_were_said(transcriber, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    wav = tmp_path / "claims.wav"
    script = (
        "Hi everyone. This cream cures acne in three days. There are no side effects. Only three left, so order now."
    )
    subprocess.run(["espeak-ng", "-v", "en-us", "-s", "150", "-w", str(wav), script], check=True, capture_output=True)
    transcript = transcriber.transcribe_file(wav, language="en")
    findings = [f for f in check_transcript(transcript, load_packs("en-US")) if f.kind is FindingKind.CLAIM]
    by_category = {f.rule_id.split(".")[1]: f for f in findings}
    assert {"safety", "urgency"} <= set(by_category), [(f.rule_id, f.quote) for f in findings]
    assert any(f.rule_id.startswith(("en.cure", "en.medical")) for f in findings)
    words = transcript.words
    for finding in findings:
        assert words[0].start <= finding.start < finding.end <= words[-1].end
        inside = " ".join(w.text for w in words if w.start >= finding.start and w.end <= finding.end).lower()
        assert finding.quote.lower().split()[0] in inside  # the timestamps cover the quoted words
    safety, urgency = by_category["safety"], by_category["urgency"]
    assert safety.start < urgency.start  # said in this order


def test_real_mandarin_in_traditional_characters_raises_no_false_claims(transcriber, speech_dir: Path) -> None:  # type: ignore[no-untyped-def]
    transcript = transcriber.transcribe_file(speech_dir / "zh-aishell-BAC009S0724W0121.wav", language="zh")
    assert timed_text(transcript).text.strip()
    assert check_transcript(transcript, load_packs("zh-CN")) == []
