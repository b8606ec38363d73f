"""What a rule pack holds: rules, required disclaimers, markets and product categories.

Plain frozen dataclasses; the loader (:mod:`studio.core.claims.loader`) builds them from YAML and the matcher
(:mod:`studio.core.claims.matcher`) compiles them. Texts for people come in the rule's own language and in English.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from studio.core.model import Severity

MARKETS: dict[str, str] = {"en-US": "en", "en-GB": "en", "vi-VN": "vi", "zh-CN": "zh", "id-ID": "id"}
"""Market code → the language its rules are written in."""

PRODUCT_CATEGORIES: tuple[str, ...] = (
    "general",
    "food",
    "health-food",
    "supplement",
    "cosmetics",
    "skincare",
    "haircare",
    "medicine",
    "traditional-medicine",
    "medical-device",
    "weight-loss",
    "baby",
    "fashion",
    "electronics",
    "home",
    "finance",
    "course",
)
"""Product categories a rule or disclaimer can be limited to (``all`` means every one)."""

CLAIM_CATEGORIES: tuple[str, ...] = (
    "medical",
    "cure",
    "absolute",
    "guarantee",
    "instant",
    "price",
    "bait-price",
    "urgency",
    "income",
    "comparison",
    "testimonial",
    "weight",
    "cosmetic-drug",
    "safety",
    "natural",
    "endorsement",
    "fake-social-proof",
    "giveaway",
    "statistics",
    "off-platform",
)
"""What kind of claim a rule is about; the report groups findings by it."""

ORIGIN_PACK = "pack"
ORIGIN_CENTRE = "centre"
"""Where a rule comes from: a shipped pack, or the training centre's overlay in the user data folder."""


class Strictness(str, Enum):
    """How bad a hit is: never allowed, allowed only with proof, or depends on facts the app cannot see."""

    BLOCK = "BLOCK"
    NEEDS_EVIDENCE = "NEEDS-EVIDENCE"
    VERIFY_FACT = "VERIFY-FACT"

    @property
    def severity(self) -> Severity:
        return _SEVERITY[self]

    @property
    def rank(self) -> int:
        """0 is the most serious."""
        return _RANK[self]


_RANK = {member: index for index, member in enumerate(Strictness)}

_SEVERITY = {
    Strictness.BLOCK: Severity.BLOCK,
    Strictness.NEEDS_EVIDENCE: Severity.NEEDS_EVIDENCE,
    Strictness.VERIFY_FACT: Severity.VERIFY_FACT,
}


@dataclass(frozen=True, slots=True)
class Pattern:
    """One way to say a claim: a literal phrase (word-bounded outside Chinese) or a regular expression."""

    text: str
    is_regex: bool
    line: int
    centre: bool = False  # added by the training centre's overlay (``studio.core.claims.overlay``), not shipped


@dataclass(frozen=True, slots=True)
class Rule:
    """One banned or risky claim."""

    id: str
    markets: frozenset[str]
    language: str
    category: str
    strictness: Strictness
    products: frozenset[str]  # empty = all product categories
    exempt_products: frozenset[str]  # registered products (e.g. medicine) for which the claim is lawful
    patterns: tuple[Pattern, ...]
    exceptions: tuple[str, ...]
    explanation: str  # in the rule's language
    explanation_en: str
    suggestion: str  # compliant rewording, in the rule's language
    suggestion_en: str
    source: str
    path: str
    line: int
    origin: str = ORIGIN_PACK  # ORIGIN_CENTRE: a rule the training centre added in its overlay
    shipped_strictness: Strictness | None = None  # set when the centre's overlay changed the strictness

    @property
    def centre(self) -> bool:
        """Whether the training centre added this rule (its findings say "centre rule")."""
        return self.origin == ORIGIN_CENTRE

    def applies_to(self, product_category: str | None) -> bool:
        """Whether the rule is checked for this product category (None: unknown, so every rule is checked)."""
        if product_category is None:
            return True
        if product_category in self.exempt_products:
            return False
        return not self.products or product_category in self.products


@dataclass(frozen=True, slots=True)
class Disclaimer:
    """A sentence the law requires for some product categories; it is allow-listed and its absence is flagged."""

    id: str
    markets: frozenset[str]
    language: str
    products: frozenset[str]
    text: str  # the full required wording
    accept: tuple[str, ...]  # shorter phrases that show it was said (ASR rarely gets a long sentence exact)
    strictness: Strictness
    explanation: str
    explanation_en: str
    source: str
    path: str
    line: int
