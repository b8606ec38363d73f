"""Which synthetic voice speaks which feedback language, and which voices earned that right.

A voice is only used for a language after a *round trip* was measured: the voice speaks a
feedback sentence into a WAV, the embedded multilingual Whisper base model transcribes it back
with the language forced, and the character error rate (after Traditional→Simplified
normalisation for Chinese) must be at most :data:`CER_LIMIT`. A voice that turns text into noise
(espeak-ng's Mandarin did, measured) is worse than no voice: the trainee hears sound but no
words. Languages without a verified voice are refused by the speech service, which reports
"no usable voice" so the UI falls back to screen-reader announcements and text.

The numbers in :data:`VERIFIED_VOICES` and :data:`REJECTED_VOICES` ("measured in the lab") come from
``tests/speech/test_round_trip.py`` (re-measured on every slow run) and are written up in
``docs/design/speech.md``. They speak for espeak-ng only (:data:`LAB_ENGINES`). Voices of other
engines (SAPI5 on Windows, NSSS on macOS) are measured on the machine by the runtime voice check
(:mod:`studio.services.voice_check`, "verified on this machine"), whose :class:`LanguageVerdict`
wins over the lab row when :func:`choose_voice` is given it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
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

#: The sentences the runtime voice check (:mod:`studio.services.voice_check`) measures per language:
#: the round-trip sentence first (so its number compares with the table below), then two short
#: feedback cues. A voice passes only if the MEAN and the WORST sentence are both ≤ CER_LIMIT.
CHECK_SENTENCES: dict[str, tuple[str, ...]] = {
    "en": (
        ROUND_TRIP_SENTENCES["en"],
        "You spoke a little too fast, please slow down.",
        "The recording is saved. Listen to your opening again.",
    ),
    "vi": (
        ROUND_TRIP_SENTENCES["vi"],
        "Bạn nói hơi nhanh, hãy chậm lại một chút.",
        "Bản ghi đã được lưu. Hãy nghe lại phần mở đầu.",
    ),
    "zh": (
        ROUND_TRIP_SENTENCES["zh"],
        "你说得有点快，请放慢一点。",
        "录音已经保存好了，请再听一遍开场白。",
    ),
    "id": (
        ROUND_TRIP_SENTENCES["id"],
        "Anda bicara agak cepat, tolong pelan sedikit.",
        "Rekaman sudah disimpan. Dengarkan lagi bagian pembukaan.",
    ),
}


class NoUsableVoiceError(StudioError):
    """The app has no voice that was measured to be understandable in this language."""


@dataclass(frozen=True, slots=True)
class VoiceMeasurement:
    """One measured round trip: which engine voice, with which settings, and how well it came back.

    Lab rows (the tables below) have one ``cer`` for one sentence. Rows measured by the runtime
    check have ``cer`` = the mean over :data:`CHECK_SENTENCES` and ``sentence_cers`` = each sentence
    (the check stops at the first sentence over the bound, so a rejected row may list fewer).
    """

    language: str
    engine: str  # the engine that spoke, e.g. "espeak-ng", "pyttsx3-sapi5"
    voice_id: str  # the driver's voice id, e.g. "gmw/en-us"
    rate: int  # words per minute used in the measurement
    cer: float  # character error rate of the round trip (the mean, for a multi-sentence check)
    note: str = ""
    word_gap: int = 0  # espeak-ng -g: extra pause between words, in 10 ms units
    pitch: int | None = None  # espeak-ng -p (0-99, 50 is the voice's own); None: the voice's own
    sentence_cers: tuple[float, ...] = ()
    source: str = "lab"  # "lab" (the tables here) or "machine" (the runtime check on this computer)
    rate_limit: bool = False  # passed only at this rate: the service speaks it no faster
    name: str = ""  # the voice's display name ("Microsoft An"): SAPI5 ids are registry paths, unfit to read aloud

    @property
    def worst(self) -> float:
        return max(self.sentence_cers) if self.sentence_cers else self.cer

    @property
    def verified(self) -> bool:
        return self.cer <= CER_LIMIT and self.worst <= CER_LIMIT

    @property
    def label(self) -> str:
        """What to call the voice in a sentence: "Vietnamese (Northern) (aav/vi)", "Microsoft An" (a SAPI5 id
        is a registry path, unfit to read aloud), or the id when the engine gave no name."""
        if not self.name or self.name == self.voice_id:
            return self.voice_id
        if "\\" in self.voice_id or len(self.voice_id) > 32:
            return self.name
        return f"{self.name} ({self.voice_id})"

    @property
    def tuned(self) -> bool:
        """True when the measurement used settings other than the voice's own (gap, pitch, a rate limit)."""
        return bool(self.word_gap) or self.pitch is not None or self.rate_limit

    def describe(self) -> str:
        """``aav/vi at 115 words per minute, word gap 30 ms, pitch 65`` — for doctor and the docs."""
        parts = [f"{self.label} at {self.rate} words per minute"]
        if self.word_gap:
            parts.append(f"word gap {self.word_gap * 10} ms")
        if self.pitch is not None:
            parts.append(f"pitch {self.pitch}")
        return ", ".join(parts)

    def speaking_rate(self, wanted: int) -> int:
        """The rate to speak at when the user asked for ``wanted``: capped for rate-limited voices."""
        return min(wanted, self.rate) if self.rate_limit else wanted


@dataclass(frozen=True, slots=True)
class LanguageVerdict:
    """What the runtime voice check found for one language on this computer's engine."""

    language: str
    engine: str
    chosen: VoiceMeasurement | None  # the best verified candidate, or None
    tried: tuple[VoiceMeasurement, ...]  # every candidate measured, in the order tried
    checked_at: str = ""  # ISO 8601, UTC
    fingerprint: str = ""  # the engine version / voice list the verdict belongs to

    @property
    def usable(self) -> bool:
        return self.chosen is not None

    @property
    def best_tried(self) -> VoiceMeasurement | None:
        """The candidate with the lowest mean error (the chosen one if any)."""
        if self.chosen is not None:
            return self.chosen
        return min(self.tried, key=lambda m: (m.cer, m.worst), default=None)


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


#: Which running engines the lab tables speak for. pyttsx3's espeak driver renders the same espeak-ng
#: voices with the same ids (measured within ±0.03). SAPI5 (Windows) and NSSS (macOS) voices have no
#: lab rows: the runtime check (studio.services.voice_check) measures them on the machine.
LAB_ENGINES: dict[str, tuple[str, ...]] = {"espeak-ng": ("espeak-ng", "pyttsx3-espeak")}


def _lab_applies(measured_engine: str, engine: str | None) -> bool:
    return engine is None or engine in LAB_ENGINES.get(measured_engine, (measured_engine,))


def _has_lab_rows(engine: str) -> bool:
    rows = [*VERIFIED_VOICES.values(), *(m for tried in REJECTED_VOICES.values() for m in tried)]
    return any(_lab_applies(m.engine, engine) for m in rows)


def lab_verdict(language: str, engine: str | None) -> tuple[VoiceMeasurement | None, tuple[VoiceMeasurement, ...]]:
    """The lab rows that speak for ``engine``: (verified measurement or None, rejected measurements)."""
    lang = base_language(language)
    verified = VERIFIED_VOICES.get(lang)
    if verified is not None and not _lab_applies(verified.engine, engine):
        verified = None
    rejected = tuple(m for m in REJECTED_VOICES.get(lang, ()) if _lab_applies(m.engine, engine))
    return verified, rejected


def needs_runtime_check(language: str, engine: str | None) -> bool:
    """True when the lab tables say nothing about ``language`` on ``engine``: the machine must measure it."""
    verified, rejected = lab_verdict(language, engine)
    return verified is None and not rejected


def choose_voice(
    language: str,
    installed_voice_ids: Iterable[str] | None = None,
    *,
    engine: str | None = None,
    machine: Mapping[str, LanguageVerdict] | None = None,
) -> VoiceChoice:
    """The verified voice for ``language`` if the engine has it; otherwise a choice with a spoken reason.

    ``installed_voice_ids`` are the ids the engine lists (``None`` skips that check). ``engine`` is the
    running engine's name (see :func:`studio.services.voice_check.engine_name`; ``None``: assume the
    lab's). ``machine`` holds the runtime check's verdicts for this engine; a verdict measured on this
    computer wins over the lab table, because it measured the voices that are really installed.
    """
    lang = base_language(language)
    name = LANGUAGE_NAMES.get(lang, language)
    ids = {v.lower() for v in installed_voice_ids} if installed_voice_ids is not None else None
    verdict = (machine or {}).get(lang)
    if verdict is not None:
        chosen = verdict.chosen
        if chosen is not None and (ids is None or chosen.voice_id.lower() in ids):
            return VoiceChoice(lang, chosen.voice_id, chosen, "verified on this machine")
        if chosen is None:
            best = verdict.best_tried
            detail = (
                f" (best: {best.label}, character error rate {best.cer:.2f}, worst sentence {best.worst:.2f}; "
                f"the limit is {CER_LIMIT})"
                if best is not None
                else ""
            )
            why = (
                f"The voices on this computer for {name} were checked and none was understandable{detail}"
                if verdict.tried
                else f"This computer has no voice for {name}"
            )
            return VoiceChoice(
                lang, None, best, f"No usable voice for {name}. {why}; feedback is shown as text instead."
            )
    measurement, tried = lab_verdict(lang, engine)
    if measurement is None:
        if tried:
            why = f"The voices tried for {name} were not understandable when checked"
        elif engine is not None and not _has_lab_rows(engine):
            why = f"The voices on this computer for {name} have not been checked yet"
        else:
            why = f"There is no voice for {name}"
        return VoiceChoice(lang, None, None, f"No usable voice for {name}. {why}; feedback is shown as text instead.")
    if ids is not None and measurement.voice_id.lower() not in ids:
        return VoiceChoice(
            lang,
            None,
            measurement,
            f"No usable voice for {name}: the voice {measurement.voice_id} is not installed. "
            "Install espeak-ng-data.",
        )
    return VoiceChoice(lang, measurement.voice_id, measurement, "measured in the lab")


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
    "CHECK_SENTENCES",
    "FEEDBACK_LANGUAGES",
    "LAB_ENGINES",
    "LANGUAGE_NAMES",
    "REJECTED_VOICES",
    "ROUND_TRIP_SENTENCES",
    "VERIFIED_VOICES",
    "LanguageVerdict",
    "NoUsableVoiceError",
    "VoiceChoice",
    "VoiceMeasurement",
    "base_language",
    "character_error_rate",
    "choose_voice",
    "lab_verdict",
    "needs_runtime_check",
    "normalise_for_cer",
    "require_voice",
    "verified_languages",
]
