"""The one normal form claims are matched in, for spoken text and for pack phrases alike.

Built from the named transforms of :mod:`studio.core.textnorm`: NFC, full-width → ASCII, 百分百/百分之百 → 100%,
Traditional → Simplified, case folding, single spaces. Tone-mark stripping is kept apart (``strip_marks``): it is a
lower-confidence fallback for Vietnamese ASR output that lost its tones, never the first pass.
"""

from __future__ import annotations

from studio.core.textnorm import DEFAULT, MappedText, normalise, normalise_mapped, strip_diacritics

__all__ = ["normalise_pattern", "normalise_text", "strip_marks"]


def normalise_text(text: str) -> MappedText:
    """Spoken text in matching form, each character mapped back to ``text``."""
    return normalise_mapped(text, DEFAULT)


def normalise_pattern(phrase: str) -> str:
    """A pack phrase in matching form (the same steps as the text, without the mapping)."""
    return normalise(phrase, DEFAULT).strip()


def strip_marks(text: str) -> str:
    """Tone-less form for the Vietnamese fallback pass (one character in, one character out)."""
    return strip_diacritics(text)
