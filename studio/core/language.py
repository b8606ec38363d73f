"""Per-language facts the analysis needs, kept as data so a coach can review them in one place.

Each language has a *rate unit* (what we count per minute), a default pace band in that unit,
filler lists and call-to-action phrases. Why these units and bands:

- English and Indonesian are counted in **words per minute**. Peers publish 100–165 (Speaker
  Coach) and 130–175 (Read.ai) for presentations; livestream selling is brisker, so English
  defaults to 120–170. Indonesian words are long (affixes, reduplication: ``membeli``,
  ``barang-barang``), about 2.5–3 syllables each, so the same breath rate gives fewer words:
  110–160 wpm.
- Vietnamese is written one syllable per space-separated token, so we count **syllables per
  minute** (= whitespace tokens). Conversational Vietnamese runs around 4–5 syllables a second;
  a clear selling voice that listeners can follow sits lower. Default 180–280 syllables/min
  (3–4.7 a second), about the same breath rate as 120–170 English words.
- Mandarin is written without spaces, so we count **characters per minute** (one character is
  one syllable). Chinese broadcast news reads at roughly 240–300 characters a minute and
  presentation coaching recommends 180–240; livestream hosts run faster than a lecture but
  must stay intelligible, so the default is 180–280.

Every band is only a default: a trainee's ``PaceBand`` overrides it (speech disabilities change
what is right, see ``peers.md``).

Fillers come in two kinds. *Plain* fillers ("um", "呃", "anu") always count. *Ambiguous* ones
("like", "so", "就是", "kiểu như", "gitu") are also ordinary words, so they count only when set
off by a pause or a comma (``studio.core.fillers``).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from studio.core.model import LANGUAGES, PaceBand


class RateUnit(str, Enum):
    """What the speaking rate counts."""

    WORDS = "words"
    SYLLABLES = "syllables"
    CHARACTERS = "characters"


@dataclass(frozen=True, slots=True)
class LanguageProfile:
    """The analysis facts for one language."""

    code: str
    unit: RateUnit
    band: PaceBand
    fillers: tuple[str, ...]
    """Always fillers. Lower-case; multi-word entries separated by single spaces (zh: no spaces)."""
    ambiguous_fillers: tuple[str, ...]
    """Fillers only when set off by a pause or a comma."""
    cta_phrases: tuple[str, ...]
    """Phrases that call the viewer to act (buy, click, order); used for the monologue check."""
    reduplication_is_grammar: bool
    """True where doubled words are ordinary grammar (vi ``xinh xinh``, id ``anak anak``), so a plain
    doubled word is not counted as a stutter; a cut-off word (``b- bạn``) or a tripled word still is."""


PROFILES: dict[str, LanguageProfile] = {
    "en": LanguageProfile(
        code="en",
        unit=RateUnit.WORDS,
        band=PaceBand(120.0, 170.0),
        fillers=("um", "umm", "uh", "uhh", "uhm", "erm", "hmm", "hm", "ah", "uh huh"),
        # "you know" and "I mean" are real clauses too ("do you know the price?", "I mean it").
        ambiguous_fillers=(
            "like", "so", "you know", "i mean", "actually", "basically", "anyway", "well", "kind of", "sort of",
        ),
        cta_phrases=(
            "buy", "order", "add to cart", "add it to your cart", "click", "tap", "checkout", "check out",
            "grab yours", "get yours", "link", "shop now", "basket", "limited stock",
        ),
        reduplication_is_grammar=False,
    ),
    "vi": LanguageProfile(
        code="vi",
        unit=RateUnit.SYLLABLES,
        band=PaceBand(180.0, 280.0),
        fillers=("ờ", "ừ", "ừm", "ờm", "ừ thì", "thì là", "ơ", "hừm"),
        ambiguous_fillers=("kiểu như", "kiểu", "nói chung là", "nói chung", "đại loại là", "thì", "à"),
        cta_phrases=(
            "mua", "đặt hàng", "chốt đơn", "chốt", "bấm", "nhấn", "giỏ hàng", "thêm vào giỏ", "link", "đặt ngay",
            "inbox", "săn", "số lượng có hạn",
        ),
        reduplication_is_grammar=True,
    ),
    "zh": LanguageProfile(
        code="zh",
        unit=RateUnit.CHARACTERS,
        band=PaceBand(180.0, 280.0),
        fillers=("嗯", "呃", "额", "啊", "唔", "哦", "呃呃"),
        ambiguous_fillers=("那个", "就是", "然后", "这个", "对吧", "反正", "其实"),
        cta_phrases=(
            "下单", "拍", "购物车", "小黄车", "点击", "链接", "抢", "买", "加购", "库存有限", "赶紧", "付款",
        ),
        reduplication_is_grammar=True,  # 看看, 谢谢, 常常: doubled characters are ordinary words
    ),
    "id": LanguageProfile(
        code="id",
        unit=RateUnit.WORDS,
        band=PaceBand(110.0, 160.0),
        fillers=("eh", "em", "emm", "hmm", "ee", "eee", "anu", "apa ya", "apa namanya"),
        ambiguous_fillers=("gitu", "kayak", "jadi", "terus", "nah", "ya", "sih", "kan", "begitu", "seperti"),
        cta_phrases=(
            "beli", "checkout", "check out", "klik", "keranjang", "pesan", "order", "link", "sikat", "borong",
            "stok terbatas", "buruan",
        ),
        reduplication_is_grammar=True,
    ),
}


def language_code(language: str) -> str:
    """The two-letter language for a tag like ``vi-VN`` or ``zh_Hans``; unknown languages fall back to English."""
    base = language.strip().lower().replace("_", "-").split("-")[0]
    return base if base in LANGUAGES else "en"


def profile(language: str) -> LanguageProfile:
    """The profile for a language or language tag (falls back to English for languages we do not coach)."""
    return PROFILES[language_code(language)]
