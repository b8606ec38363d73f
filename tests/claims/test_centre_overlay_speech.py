"""Real path with the centre's overlay: speech → the embedded Whisper model → the full analysis.

Slow (loads the multilingual base model). As in ``test_real_speech.py`` the sales talk is spoken by espeak-ng (none of
the shared real recordings contain sales claims); the words, their timings and the recogniser's spelling are real.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from studio.core.analysis import analyse
from studio.core.claims import check_transcript, load_packs
from studio.core.claims.overlay import overlay_path
from studio.core.model import FindingKind

pytestmark = pytest.mark.slow


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed")
def test_a_centre_phrase_is_found_and_a_disabled_rule_is_not_in_a_transcribed_rehearsal(tmp_path: Path) -> None:
    from studio.services.transcription.transcriber import Transcriber

    wav = tmp_path / "pitch.wav"
    script = (
        "Hi everyone. This is the best serum. It gives you baby soft skin. Your skin will look like porcelain. "
        "And there are no side effects."
    )
    subprocess.run(["espeak-ng", "-v", "en-us", "-s", "140", "-w", str(wav), script], check=True, capture_output=True)
    transcript = Transcriber().transcribe_file(wav, language="en")
    shipped = {f.rule_id for f in check_transcript(transcript, load_packs("en-US")) if f.kind is FindingKind.CLAIM}
    assert {"en.absolute.superlative", "en.safety.no-risk"} <= shipped, transcript.text
    assert "en.cosmetic.drug" not in shipped and not any(rule.startswith("centre.") for rule in shipped)

    path = overlay_path("en-US")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "schema: 1\nmarket: en-US\n"
        "disabled:\n  - {rule: en.absolute.superlative, reason: Our products hold a national award this year}\n"
        'phrases:\n  - {rule: en.cosmetic.drug, phrase: "baby soft skin", reason: Heard every week}\n'
        "rules:\n  - id: centre.en-us.porcelain\n    category: cosmetic-drug\n    strictness: NEEDS-EVIDENCE\n"
        '    patterns: ["look{s|} like porcelain"]\n    explain: A promise of a new skin needs proof.\n'
        "    suggest: Say how it feels on your skin.\n    reason: Our trainees copy it from ads\n",
        encoding="utf-8",
    )
    report = analyse(transcript, market="en-US")
    claims = {f.rule_id: f for f in report.findings if f.kind is FindingKind.CLAIM}
    assert "en.absolute.superlative" not in claims
    assert "en.safety.no-risk" in claims  # the other shipped rules still work
    soft = claims["en.cosmetic.drug"]
    assert soft.quote.lower().rstrip(".") == "baby soft skin"
    assert soft.message.startswith("Centre rule (phrase added by the centre): ")
    spoken = [w for w in transcript.words if w.start >= soft.start and w.end <= soft.end]
    assert " ".join(w.text.strip(" .").lower() for w in spoken) == "baby soft skin"  # timed on the words said
    porcelain = claims["centre.en-us.porcelain"]
    assert porcelain.quote.lower().rstrip(".") == "look like porcelain"
    assert porcelain.message == "Centre rule: A promise of a new skin needs proof."
    assert soft.end <= porcelain.start  # said in this order
