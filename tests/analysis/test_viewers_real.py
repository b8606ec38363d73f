"""Viewer questions scored on real speech through the embedded model: a real recording ("In eighteen thirteen",
LJ Speech, public domain) said four seconds into the take answers a price question asked at one second with a
number; a material question asked at the same moment stays unanswered."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from studio.core.model import Severity
from studio.core.viewers import AskedQuestion, load_pool, score_answers
from studio.services.transcription.transcriber import Transcriber, decode_media

pytestmark = pytest.mark.slow


def test_a_real_spoken_number_answers_the_price_question(speech_dir: Path) -> None:
    clip = decode_media(speech_dir / "ljspeech-LJ002-0020.wav")
    silence = np.zeros(16_000 * 4, dtype=np.float32)
    audio = np.concatenate([silence, clip, silence, silence])  # time to answer the second question: 13.5 s in all
    transcript = Transcriber().transcribe_audio(audio, language="en").transcript
    pool = load_pool("en")
    price, material = (next(q for q in pool.questions if q.topic == topic) for topic in ("price", "material"))
    asked = [AskedQuestion(1.0, name, question, pool.asks.format(name=name, question=question.text), "en")
             for name, question in (("Maya", price), ("Tom", material))]
    findings, metrics = score_answers(asked, transcript, "en")
    assert metrics["viewer_questions"] == 2.0 and metrics["viewer_answered"] == 1.0, transcript.text
    assert findings[0].severity is Severity.PRAISE and 3.9 <= findings[0].end <= 6.0, (transcript.words, findings[0])
    assert findings[0].message.startswith("Maya asked “How much is it?”, and you answered after")
    assert findings[1].severity is Severity.WARNING and "no answer" in findings[1].message
