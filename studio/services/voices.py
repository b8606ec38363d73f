"""Which synthetic voice speaks which feedback language, and which voices earned that right.

A voice is only used for a language after a *round trip* was measured: the voice speaks a
feedback sentence into a WAV, the embedded multilingual Whisper base model transcribes it back
with the language forced, and the character error rate (after Traditional→Simplified
normalisation for Chinese) must be at most :data:`CER_LIMIT`. A voice that turns text into noise
(espeak-ng's Mandarin did, measured) is worse than no voice: the trainee hears sound but no
words. Languages without a verified voice are refused by the speech service, which reports
"no usable voice" so the UI falls back to screen-reader announcements and text.

The numbers in :data:`VERIFIED_VOICES` and :data:`REJECTED_VOICES` come from
``tests/speech/test_round_trip.py`` (re-measured on every slow run) and are written up in
``docs/design/speech.md``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from studio.core.errors import StudioError

#: The largest character error rate at which a voice still counts as understandable.
CER_LIMIT = 0.3

#: The feedback languages the app ships (base codes; market codes like vi-VN map onto them).
FEEDBACK_LANGUAGES: tuple[str, ...] = ("en", "vi", "zh", "id")

#: Names people hear, in the language itself, so a screen reader user can find their language.
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "vi": "Tiếng Việt",
    "zh": "简体中文",
    "id": "Bahasa Indonesia",
}

#: One feedback-like sentence per language, used by the round-trip check. No digits: Whisper may
#: write "8" for "eight", which would count as an error that no listener would notice.
ROUND_TRIP_SENTENCES: dict[str, str] = {
    "en": "Your pace was good. You covered most of the script, but you said one banned claim about curing disease.",
    "vi": "Tốc độ nói của bạn rất tốt. Bạn đã nói gần hết kịch bản, nhưng có một lời quảng cáo bị cấm.",
    "zh": "你的语速很好。你讲到了大部分要点，但是说了一句违规的宣传语。",
    "id": "Kecepatan bicara Anda bagus. Anda sudah membahas hampir semua naskah, tetapi ada satu klaim yang dilarang.",
}


class NoUsableVoiceError(StudioError):
    """The app has no voice that was measured to be understandable in this language."""


@dataclass(frozen=True, slots=True)
class VoiceMeasurement:
    """One measured round trip: which engine voice, at what rate, and how well it came back."""

    language: str
    engine: str  # the engine that spoke, e.g. "espeak-ng"
    voice_id: str  # the driver's voice id, e.g. "gmw/en-us"
    rate: int  # words per minute used in the measurement
    cer: float  # character error rate of the round trip
    note: str = ""

    @property
    def verified(self) -> bool:
        return self.cer <= CER_LIMIT


# Measured 2026-11-27 on Debian 12 with espeak-ng 1.51 (the app's EspeakEngine; pyttsx3 2.99's
# espeak driver gave the same within ±0.03), Whisper base int8, beam 5, language forced. See
# docs/design/speech.md for the full table and the other candidates.
VERIFIED_VOICES: dict[str, VoiceMeasurement] = {
    "en": VoiceMeasurement("en", "espeak-ng", "gmw/en-us", 175, 0.050),
    "id": VoiceMeasurement("id", "espeak-ng", "poz/id", 175, 0.165, "0.097 at 120 wpm"),
}

#: Voices that were tried and failed the bound: kept so doctor and the docs can say why.
REJECTED_VOICES: dict[str, tuple[VoiceMeasurement, ...]] = {
    "vi": (
        VoiceMeasurement("vi", "espeak-ng", "aav/vi", 175, 0.432, "0.398 at 120 wpm"),
        VoiceMeasurement("vi", "espeak-ng", "aav/vi-vn-x-south", 120, 0.591, "0.386 through pyttsx3"),
        VoiceMeasurement("vi", "espeak-ng", "aav/vi-vn-x-central", 145, 0.568),
    ),
    "zh": (
        VoiceMeasurement("zh", "espeak-ng", "sit/cmn", 175, 2.37, "reads Chinese as English-spelled pinyin: noise"),
        VoiceMeasurement("zh", "espeak-ng", "sit/cmn-latn-pinyin", 175, 1.0, "heard as nothing, or wrong words"),
    ),
}


def base_language(code: str) -> str:
    """``vi-VN`` → ``vi``, ``zh-Hans-CN`` → ``zh``, ``cmn`` → ``zh``, ``en_GB`` → ``en``."""
    head = code.strip().replace("_", "-").split("-")[0].lower()
    return {"cmn": "zh", "in": "id", "ind": "id", "vie": "vi", "eng": "en", "zho": "zh"}.get(head, head)


@dataclass(frozen=True, slots=True)
class VoiceChoice:
    """The voice the speech service will use for a language, or why there is none."""

    language: str
    voice_id: str | None
    measurement: VoiceMeasurement | None
    reason: str = ""

    @property
    def usable(self) -> bool:
        return self.voice_id is not None


def choose_voice(language: str, installed_voice_ids: Iterable[str] | None = None) -> VoiceChoice:
    """The verified voice for ``language`` if the engine has it; otherwise a choice with a spoken reason.

    ``installed_voice_ids`` are the ids the engine lists (``None`` skips that check).
    """
    lang = base_language(language)
    name = LANGUAGE_NAMES.get(lang, language)
    measurement = VERIFIED_VOICES.get(lang)
    if measurement is None:
        tried = REJECTED_VOICES.get(lang, ())
        why = (
            f"The voices tried for {name} were not understandable when checked"
            if tried
            else f"There is no voice for {name}"
        )
        return VoiceChoice(lang, None, None, f"No usable voice for {name}. {why}; feedback is shown as text instead.")
    if installed_voice_ids is not None:
        ids = {v.lower() for v in installed_voice_ids}
        if measurement.voice_id.lower() not in ids:
            return VoiceChoice(
                lang,
                None,
                measurement,
                f"No usable voice for {name}: the voice {measurement.voice_id} is not installed. "
                "Install espeak-ng-data.",
            )
    return VoiceChoice(lang, measurement.voice_id, measurement)


def require_voice(language: str, installed_voice_ids: Iterable[str] | None = None) -> str:
    """The voice id to use, or :class:`NoUsableVoiceError` with a message that reads well aloud."""
    choice = choose_voice(language, installed_voice_ids)
    if choice.voice_id is None:
        raise NoUsableVoiceError(choice.reason)
    return choice.voice_id


# --- round-trip scoring -------------------------------------------------------------------


def normalise_for_cer(text: str, language: str, *, to_simplified: bool = True) -> str:
    """Lower-case, drop punctuation, collapse spaces; Chinese also loses spaces and becomes Simplified."""
    lang = base_language(language)
    text = unicodedata.normalize("NFC", text).lower()
    if lang == "zh" and to_simplified:
        import opencc  # local: only the round-trip check needs it

        text = opencc.OpenCC("t2s").convert(text)
    text = "".join(ch if (ch.isalnum() or ch.isspace()) else " " for ch in text)
    text = " ".join(text.split())
    if lang == "zh":
        text = text.replace(" ", "")
    return text


def character_error_rate(reference: str, hypothesis: str, language: str) -> float:
    """Levenshtein distance over characters divided by the reference length, both normalised."""
    from rapidfuzz.distance import Levenshtein

    ref = normalise_for_cer(reference, language)
    hyp = normalise_for_cer(hypothesis, language)
    if not ref:
        return 0.0 if not hyp else 1.0
    return float(Levenshtein.distance(ref, hyp)) / len(ref)


def verified_languages() -> Sequence[str]:
    """The feedback languages that have an app voice, in the app's order."""
    return tuple(lang for lang in FEEDBACK_LANGUAGES if lang in VERIFIED_VOICES)


__all__ = [
    "CER_LIMIT",
    "FEEDBACK_LANGUAGES",
    "LANGUAGE_NAMES",
    "REJECTED_VOICES",
    "ROUND_TRIP_SENTENCES",
    "VERIFIED_VOICES",
    "NoUsableVoiceError",
    "VoiceChoice",
    "VoiceMeasurement",
    "base_language",
    "character_error_rate",
    "choose_voice",
    "normalise_for_cer",
    "require_voice",
    "verified_languages",
]
