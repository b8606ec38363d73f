"""Benchmark: run-sheet coverage (+ deixis) on a one-hour transcript of about 9,000 words.

Run: ``.venv/bin/python benchmarks/bench_coverage.py``. Target: under 200 ms per language. The transcript is
built from livestream-like sentences (with ASR-style misspellings), 9,000 words spread over 3,600 s;
the run-sheet is the shipped sample for that language plus two extra products. As a baseline measured in the same
process, it also times one plain ``rapidfuzz`` partial-ratio search of a phrase over the same text, so the ratio
says how many "phrase searches" the whole check costs. Timings on a shared 2-core machine are noisy; the median of
several runs is printed, with the process CPU time (less disturbed by other programs on the machine).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from studio.core.coverage import score_coverage  # noqa: E402
from studio.core.model import Transcript, Word  # noqa: E402
from studio.core.script import load_script, parse_script  # noqa: E402

TARGET_WORDS = 9_000
RUNS = 7

FILLER = {
    "en": "okay everyone welcome back to the stream so today we have some great things for you look at this one "
    "it is really nice and you guys are asking about the colour so let me show you how it feels in the hand "
    "remember to follow the shop and share the stream with your friends thanks for the comments",
    "vi": "chào cả nhà nha hôm nay em có nhiều món hay lắm cả nhà ơi nhìn nè cái này đẹp lắm nha các bạn hỏi về "
    "màu thì em cho xem luôn nha nhớ theo dõi shop và chia sẻ buổi live cho bạn bè nha cảm ơn cả nhà đã bình luận",
    "zh": "家人们大家好欢迎来到直播间今天给大家带来好几款好东西看这里这个真的很不错有朋友问颜色我给大家看一下"
    "记得关注店铺分享直播间给朋友谢谢大家的评论",
    "id": "halo kakak semua selamat datang di live hari ini kita punya banyak barang bagus lihat ini yang ini "
    "bagus banget kakak tanya soal warna aku tunjukin ya jangan lupa follow toko dan share live ke teman "
    "makasih komentarnya",
}
SALES = {
    "en": "this is the armorsoft phone case soft silicon edges raised lip that protects the camera it fits iphone "
    "fifteen and iphone fifteen pro only nineteen ninety nine 19.99 dollars buy one get one half price free "
    "shipping on orders over twenty five dollars tap the orange cart below to add it to your basket",
    "vi": "đây là cà phê fin sài gòn hương vị đậm đà rang xay thủ công giá chỉ chín mươi chín nghìn thôi mua hai "
    "tặng một miễn phí vận chuyển cả nhà bấm vào giỏ hàng nha gói năm trăm gam pha được bốn mươi ly",
    "zh": "这款重庆火锅底料牛油熬制麻辣鲜香只要二十九块九拍两袋送一袋全国包邮点击下方小黄车下单辣度较高请根据"
    "口味适量添加",
    "id": "ini dia serum vitamin c cerah alami tekstur ringan cepat meresap sudah terdaftar bpom harganya cuma "
    "sembilan puluh sembilan ribu beli dua gratis satu gratis ongkir ke seluruh indonesia klik keranjang kuning "
    "di bawah hasil bisa berbeda pada setiap orang",
}
SAMPLES = {
    "en": "en-phone-case.md",
    "vi": "vi-ca-phe-phin.md",
    "zh": "zh-hotpot-base.md",
    "id": "id-serum.md",
}
EXTRA_PRODUCTS = """
## Product: Extra product one
- price: 250.000
- point: limited edition gift box with ribbon
- cta: follow the shop
## Product: Extra product two
- point: handmade by local artisans in small batches
- offer: second item ten percent off
"""


def _units(text: str, language: str) -> list[str]:
    return list(text.replace(" ", "")) if language == "zh" else text.split()


def one_hour_transcript(language: str) -> Transcript:
    """9,000 words (for Chinese 18,000 characters in two-character words) of filler and sales talk in an hour."""
    filler = _units(FILLER[language], language)
    sales = _units(SALES[language], language)
    wanted = TARGET_WORDS * (2 if language == "zh" else 1)  # Chinese: 9,000 two-character words
    units: list[str] = []
    while len(units) < wanted:
        units.extend(filler * 3)
        units.extend(sales)
    units = units[:wanted]
    if language == "zh":
        units = ["".join(units[i : i + 2]) for i in range(0, len(units), 2)]
    step = 3600.0 / len(units)
    words = tuple(Word(u, round(i * step, 3), round(i * step + step * 0.8, 3)) for i, u in enumerate(units))
    return Transcript(language=language, duration=3600.0, model="synthetic", words=words)


def main() -> int:
    worst = 0.0
    for language, sample in SAMPLES.items():
        base = load_script(ROOT / "assets" / "scripts" / sample)
        text = (ROOT / "assets" / "scripts" / sample).read_text(encoding="utf-8") + EXTRA_PRODUCTS
        sheet = parse_script(text)
        transcript = one_hour_transcript(language)
        score_coverage(sheet, transcript)  # warm-up: OpenCC dictionaries, regex compilation
        timings = []
        cpu = []
        for _ in range(RUNS):
            t0, c0 = time.perf_counter(), time.process_time()
            result = score_coverage(sheet, transcript)
            timings.append((time.perf_counter() - t0) * 1000)
            cpu.append((time.process_time() - c0) * 1000)
        hay = " ".join(w.text for w in transcript.words)
        t0 = time.perf_counter()
        for _ in range(20):
            fuzz.partial_ratio_alignment(base.products[0].items[-1].text, hay)
        baseline = (time.perf_counter() - t0) * 1000 / 20
        median = statistics.median(timings)
        worst = max(worst, median)
        print(
            f"{language}: {len(transcript.words)} words, {len(sheet.items)} run-sheet lines: "
            f"median {median:.1f} ms (min {min(timings):.1f}, max {max(timings):.1f}; CPU median "
            f"{statistics.median(cpu):.1f} ms); one phrase search "
            f"{baseline:.2f} ms, ratio {median / baseline:.0f}x; coverage {result.metrics['coverage_ratio']:.2f}, "
            f"price {result.metrics['price_mentions']:.0f}x, cta {result.metrics['cta_mentions']:.0f}x, "
            f"deixis {result.metrics['deixis_undescribed']:.0f}"
        )
    print(f"worst median: {worst:.1f} ms (target < 200 ms) -> {'OK' if worst < 200 else 'TOO SLOW'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
