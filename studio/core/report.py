"""Compose the report: rank findings, write the spoken summary, each finding as a sentence, JSON and HTML.

**Ranking** (``rank_findings``): findings are ordered by tier, then severity, then confidence
(highest first), then time. Tiers, most important first:

0. anything ``BLOCK`` (a banned claim that could get the stream cut);
1. missed required run-sheet points and missing disclaimers (coverage);
2. dead air (viewers leave a silent stream);
3. pace;
4. claims that need evidence or a fact check;
5. long monologues without a call to action;
6. "this one / look here" without a description (deixis);
7. order and timing of the run-sheet;
8. fillers; 9. voice; 10. stutter repetitions (counted, never pushed); 11. everything else.

``INFO`` findings come after every warning, and ``PRAISE`` last, whatever their tier. So the first
three items are the three that matter most.

**Language.** Every sentence the analysis speaks comes from ``PHRASES``: one table per language
(en, vi, zh, id), each written natively, so a translator reviews one place. Numbers are put in
words by ``studio.core.say`` before they go into a sentence, so a screen reader or TTS voice reads
"one hundred sixty", never "1-6-0".

The summary is at most ``SUMMARY_WORD_LIMIT`` (60) words. Mandarin has no spaces; a Mandarin word
averages about 1.5 characters, so 60 words there means at most 90 characters (``CJK_CHARS_PER_WORD``).
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from studio.core.language import RateUnit, language_code, profile
from studio.core.model import Finding, FindingKind, Report, Severity, dumps, loads
from studio.core.say import say_clock, say_count, say_duration, say_number

SUMMARY_WORD_LIMIT = 60
CJK_CHARS_PER_WORD = 1.5

# --------------------------------------------------------------------------- the phrase table

PHRASES: dict[str, dict[str, str]] = {
    "en": {
        "unit_words": "words",
        "unit_syllables": "syllables",
        "unit_characters": "characters",
        "times": "{count} times",
        "times_one": "once",
        "pace_fast": "You spoke at {rate} {unit} a minute here, faster than your range of {low} to {high}. "
        "Viewers who join mid-stream need time to catch the product and the price.",
        "pace_slow": "You spoke at {rate} {unit} a minute here, slower than your range of {low} to {high}. "
        "Viewers scroll away when the energy drops.",
        "pace_overall_fast": "Overall you spoke at {rate} {unit} a minute, faster than your range of {low} to {high}.",
        "pace_overall_slow": "Overall you spoke at {rate} {unit} a minute, slower than your range of {low} to {high}.",
        "pace_fix_fast": "Slow down: finish each point and take a breath before the next, especially after the price.",
        "pace_fix_slow": "Pick up the pace: shorter sentences, straight from one benefit to the next.",
        "dead_air_gap": "{duration} of silence. On a live stream, viewers leave when nothing is said.",
        "dead_air_leading": "{duration} of silence before you started. Viewers who arrive find a silent stream.",
        "dead_air_trailing": "{duration} of silence at the end. Close with a call to action instead.",
        "dead_air_fix": "Keep talking while you handle the product: say what you are doing and what viewers can see.",
        "monologue": "{duration} without a call to action. Viewers need to hear how to buy, again and again.",
        "monologue_none": "{duration} without any call to action.",
        "monologue_fix": "Tell viewers how to order at least every two minutes, for example: tap the basket to add it "
        "to your cart.",
        "filler_cluster": "{count} fillers close together: {listing}. Fillers make you sound unsure of the product.",
        "filler_total": "{count} fillers in all, {rate} per hundred {unit}. Most used: {top}.",
        "filler_fix": "Pause silently; a short silence sounds confident.",
        "stutter": "{count} repeated words here. They are counted apart from fillers, only so you can follow them "
        "over time.",
        "stutter_one": "One repeated word here. It is counted apart from fillers, only so you can follow it over time.",
        "voice_monotone": "Your pitch stayed flat, varying by only {value} semitones. A flat voice sounds bored, and "
        "viewers scroll on.",
        "voice_monotone_fix": "Lift your voice on the product name, the price and the offer.",
        "voice_flat": "Your loudness hardly changed: only {value} decibels of variation.",
        "voice_flat_fix": "Say the key points a little louder and the details a little softer.",
        "when": "At {when}",
        "you_said": "you said “{quote}”.",
        "instead": "Try this: {suggestion}",
        "v_ok": "a good pace",
        "v_fast_little": "a little fast",
        "v_fast": "too fast",
        "v_slow_little": "a little slow",
        "v_slow": "too slow",
        "sum_pace": "{rate} {unit} a minute, {verdict}.",
        "sum_block_one": "One banned claim must go before you go live.",
        "sum_block": "{count} banned claims must go before you go live.",
        "sum_claims_other_one": "One claim needs evidence or a fact check.",
        "sum_claims_other": "{count} claims need evidence or a fact check.",
        "sum_missed_one": "You missed one required point of the run-sheet.",
        "sum_missed": "You missed {count} required points of the run-sheet.",
        "sum_dead_one": "One silence longer than {threshold}, lasting {longest}.",
        "sum_dead": "{count} silences longer than {threshold}; the longest lasted {longest}.",
        "sum_monologue": "You went {duration} without a call to action.",
        "sum_fillers": "{rate} fillers per hundred {unit}.",
        "sum_voice": "Your voice sounded flat.",
        "sum_clean": "No banned claims and no long silences. Well done.",
        "sum_no_claims": "No banned claims.",
        "sum_no_dead": "No long silences. Good.",
        "sum_details_one": "One detail follows.",
        "sum_details": "{count} details follow, most important first.",
        "sum_nothing": "No speech was found in this recording.",
        "sum_estimated": "Times are estimated from text.",
        "cmp_pace_better": "pace improved from {a} to {b} {unit} a minute",
        "cmp_pace_worse": "pace moved from {a} to {b} {unit} a minute, further from your range",
        "cmp_pace_same": "pace about the same, {b} {unit} a minute",
        "cmp_claims_fewer_one": "one banned claim fewer",
        "cmp_claims_fewer": "{count} banned claims fewer",
        "cmp_claims_more_one": "one more banned claim",
        "cmp_claims_more": "{count} more banned claims",
        "cmp_dead_fewer_one": "one long silence fewer",
        "cmp_dead_fewer": "{count} long silences fewer",
        "cmp_dead_more_one": "one more long silence",
        "cmp_dead_more": "{count} more long silences",
        "cmp_missed_fewer_one": "one missed point fewer",
        "cmp_missed_fewer": "{count} missed points fewer",
        "cmp_missed_more_one": "one more missed point",
        "cmp_missed_more": "{count} more missed points",
        "cmp_fillers_down": "fillers down from {a} to {b} per hundred {unit}",
        "cmp_fillers_up": "fillers up from {a} to {b} per hundred {unit}",
        "cmp_nochange": "no change in the main scores",
        "html_title": "Rehearsal report",
        "html_summary": "Summary",
        "html_details": "What to work on",
        "html_metrics": "Measurements",
        "html_caption": "Measurements of this rehearsal",
        "html_metric": "Measurement",
        "html_value": "Value",
        "html_none": "Nothing to work on. Well done.",
        "sev_block": "Must fix",
        "sev_needs_evidence": "Needs evidence",
        "sev_verify_fact": "Check the fact",
        "sev_warning": "Work on this",
        "sev_info": "Good to know",
        "sev_praise": "Well done",
        # Run-sheet coverage (studio.core.coverage) and deixis. {what} is one of the cov_what_* phrases.
        "cov_kind_name": "the product name",
        "cov_kind_price": "the price",
        "cov_kind_offer": "the offer",
        "cov_kind_shipping": "the shipping",
        "cov_kind_cta": "the call to action",
        "cov_kind_point": "the talking point",
        "cov_kind_disclaimer": "the disclaimer",
        "cov_what": "{kind} of {product}",
        "cov_what_name": "the name of {product}",
        "cov_what_point": "the talking point “{text}” for {product}",
        "cov_short_point": "the talking point “{text}”",
        "cov_missed": "You did not say {what}.",
        "cov_missed_optional": "You skipped an optional line for {product}: “{text}”.",
        "cov_say": "Say: “{text}”.",
        "cov_partly": "You only partly said {what}.",
        "cov_partly_fix": "Say it in full: {parts}.",
        "cov_order_items": "For {product} you said {item} at {time}, before {before} at {later}; this product's "
        "run-sheet asks for its lines in order.",
        "cov_order_items_fix": "Say “{first}” first, then “{then}”.",
        "cov_order_products": "You presented {then} at {time}, before {first} at {later}; the run-sheet has them the "
        "other way round.",
        "cov_order_products_fix": "Present {first} first, then {then}.",
        "cov_late": "You said {what} {late} too late: the run-sheet asks for it within {limit} of starting {product}.",
        "cov_late_fix": "Say “{text}” in the first {limit}.",
        "cov_complete": "You said every required point of the run-sheet, in order and in time.",
        "deixis": "You said “{pointer}” without saying what viewers see.",
        "deixis_fix": "Describe it in words right after pointing: its colour, size, material or shape, or say its name "
        "and price.",
        "marker": "Your marker {number}",
        "viewer_quick": "{name} asked “{question}”, and you answered after {duration}. Viewers feel heard.",
        "viewer_slow": "{name} asked “{question}”, and you answered only after {duration}. A viewer who waits that "
        "long has often scrolled on.",
        "viewer_none": "{name} asked “{question}” and got no answer within {duration}.",
        "viewer_fix": "Answer by name as soon as you can, for example: “{sample}”",
        "viewer_fix_sheet": "Answer by name as soon as you can, with your run-sheet line: “{line}”",
        "sum_viewers": "You answered {answered} of {count} viewer questions.",
        "sum_viewers_one": "You answered {answered} of one viewer question.",
    },
    "vi": {
        "unit_words": "từ",
        "unit_syllables": "âm tiết",
        "unit_characters": "chữ",
        "times": "{count} lần",
        "pace_fast": "Đoạn này bạn nói {rate} {unit} mỗi phút, nhanh hơn mức {low} đến {high} của bạn. "
        "Người xem vào giữa chừng cần thời gian để nắm được sản phẩm và giá.",
        "pace_slow": "Đoạn này bạn nói {rate} {unit} mỗi phút, chậm hơn mức {low} đến {high} của bạn. "
        "Khi nhịp chùng xuống, người xem dễ lướt đi.",
        "pace_overall_fast": "Cả buổi bạn nói {rate} {unit} mỗi phút, nhanh hơn mức {low} đến {high} của bạn.",
        "pace_overall_slow": "Cả buổi bạn nói {rate} {unit} mỗi phút, chậm hơn mức {low} đến {high} của bạn.",
        "pace_fix_fast": "Nói chậm lại: xong một ý thì lấy hơi rồi mới sang ý tiếp, nhất là sau khi báo giá.",
        "pace_fix_slow": "Tăng nhịp lên: câu ngắn hơn, chuyển thẳng từ lợi ích này sang lợi ích khác.",
        "dead_air_gap": "Im lặng {duration}. Trên livestream, không ai nói gì là người xem rời đi.",
        "dead_air_leading": "Im lặng {duration} trước khi bạn bắt đầu nói. Người xem vào phòng chỉ thấy một buổi live "
        "im lặng.",
        "dead_air_trailing": "Im lặng {duration} ở cuối. Hãy kết thúc bằng lời kêu gọi đặt hàng.",
        "dead_air_fix": "Vừa cầm sản phẩm vừa nói: bạn đang làm gì, người xem đang thấy gì.",
        "monologue": "Nói liền {duration} mà không kêu gọi đặt hàng. Người xem cần được nhắc cách mua nhiều lần.",
        "monologue_none": "Nói {duration} mà không có lời kêu gọi đặt hàng nào.",
        "monologue_fix": "Cứ khoảng hai phút hãy nhắc cách đặt hàng, ví dụ: bấm vào giỏ hàng để chốt đơn nhé.",
        "filler_cluster": "{count} từ đệm liền nhau: {listing}. Từ đệm làm bạn nghe thiếu chắc chắn về sản phẩm.",
        "filler_total": "Tổng cộng {count} từ đệm, {rate} trên một trăm {unit}. Dùng nhiều nhất: {top}.",
        "filler_fix": "Thay vào đó, hãy ngừng một chút; khoảng lặng ngắn nghe tự tin hơn.",
        "stutter": "Có {count} chỗ lặp từ ở đây. Phần này được đếm riêng, chỉ để bạn theo dõi qua các buổi tập.",
        "voice_monotone": "Giọng bạn khá đều, cao độ chỉ thay đổi {value} nửa cung. Giọng đều đều nghe thiếu hào hứng, "
        "người xem dễ lướt qua.",
        "voice_monotone_fix": "Lên giọng khi nói tên sản phẩm, giá và ưu đãi.",
        "voice_flat": "Độ to của giọng gần như không đổi, chỉ chênh {value} đề-xi-ben.",
        "voice_flat_fix": "Nói to hơn một chút ở ý chính, nhỏ hơn ở chi tiết.",
        "when": "Lúc {when}",
        "you_said": "bạn nói “{quote}”.",
        "instead": "Gợi ý: {suggestion}",
        "v_ok": "tốc độ vừa phải",
        "v_fast_little": "hơi nhanh",
        "v_fast": "quá nhanh",
        "v_slow_little": "hơi chậm",
        "v_slow": "quá chậm",
        "sum_pace": "Bạn nói {rate} {unit} mỗi phút, {verdict}.",
        "sum_block": "Có {count} câu nói bị cấm, phải bỏ trước khi lên sóng.",
        "sum_claims_other": "Có {count} câu cần bằng chứng hoặc cần kiểm tra lại.",
        "sum_missed": "Bạn còn thiếu {count} ý bắt buộc trong kịch bản.",
        "sum_dead": "Có {count} lần im lặng quá {threshold}, lâu nhất {longest}.",
        "sum_monologue": "Bạn nói liền {duration} mà không kêu gọi đặt hàng.",
        "sum_fillers": "Có {rate} từ đệm trên một trăm {unit}.",
        "sum_voice": "Giọng bạn hơi đều đều, thiếu nhấn nhá.",
        "sum_clean": "Không có câu nói bị cấm, không có khoảng lặng dài. Làm tốt lắm!",
        "sum_no_claims": "Không có câu nói bị cấm.",
        "sum_no_dead": "Không có khoảng lặng dài, tốt lắm.",
        "sum_details": "Dưới đây là {count} góp ý, quan trọng nhất ở trước.",
        "sum_nothing": "Không nghe thấy lời nói nào trong bản ghi này.",
        "sum_estimated": "Thời gian chỉ là ước tính từ văn bản.",
        "cmp_pace_better": "tốc độ tốt hơn, từ {a} thành {b} {unit} mỗi phút",
        "cmp_pace_worse": "tốc độ xa mức của bạn hơn, từ {a} thành {b} {unit} mỗi phút",
        "cmp_pace_same": "tốc độ gần như không đổi, {b} {unit} mỗi phút",
        "cmp_claims_fewer": "bớt {count} câu nói bị cấm",
        "cmp_claims_more": "thêm {count} câu nói bị cấm",
        "cmp_dead_fewer": "bớt {count} lần im lặng dài",
        "cmp_dead_more": "thêm {count} lần im lặng dài",
        "cmp_missed_fewer": "bớt {count} ý bắt buộc bị thiếu",
        "cmp_missed_more": "thiếu thêm {count} ý bắt buộc",
        "cmp_fillers_down": "từ đệm giảm từ {a} xuống {b} trên một trăm {unit}",
        "cmp_fillers_up": "từ đệm tăng từ {a} lên {b} trên một trăm {unit}",
        "cmp_nochange": "các chỉ số chính không thay đổi",
        "html_title": "Báo cáo buổi tập",
        "html_summary": "Tóm tắt",
        "html_details": "Cần cải thiện",
        "html_metrics": "Số đo",
        "html_caption": "Các số đo của buổi tập này",
        "html_metric": "Số đo",
        "html_value": "Giá trị",
        "html_none": "Không có gì cần sửa. Làm tốt lắm!",
        "sev_block": "Bắt buộc sửa",
        "sev_needs_evidence": "Cần bằng chứng",
        "sev_verify_fact": "Kiểm tra lại thông tin",
        "sev_warning": "Nên cải thiện",
        "sev_info": "Để bạn biết",
        "sev_praise": "Làm tốt",
        "cov_kind_name": "tên sản phẩm",
        "cov_kind_price": "giá",
        "cov_kind_offer": "ưu đãi",
        "cov_kind_shipping": "thông tin vận chuyển",
        "cov_kind_cta": "lời kêu gọi đặt hàng",
        "cov_kind_point": "ý chính",
        "cov_kind_disclaimer": "lời miễn trừ trách nhiệm",
        "cov_what": "{kind} của {product}",
        "cov_what_cta": "lời kêu gọi đặt hàng cho {product}",
        "cov_what_name": "tên sản phẩm {product}",
        "cov_what_point": "ý “{text}” của {product}",
        "cov_short_point": "ý “{text}”",
        "cov_missed": "Bạn chưa nhắc đến {what}.",
        "cov_missed_optional": "Bạn đã bỏ qua một câu không bắt buộc của {product}: “{text}”.",
        "cov_say": "Bạn hãy nói “{text}”.",
        "cov_partly": "Bạn mới nói được một phần {what}.",
        "cov_partly_fix": "Bạn hãy nói đầy đủ: {parts}.",
        "cov_order_items": "Với {product}, bạn nói {item} lúc {time}, trước cả {before} (lúc {later}); kịch bản yêu "
        "cầu nói các ý của sản phẩm này theo đúng thứ tự.",
        "cov_order_items_fix": "Bạn hãy nói “{first}” trước, rồi mới đến “{then}”.",
        "cov_order_products": "Bạn giới thiệu {then} lúc {time}, trước {first} (lúc {later}); trong kịch bản thì "
        "{first} đứng trước.",
        "cov_order_products_fix": "Bạn hãy giới thiệu {first} trước, rồi mới đến {then}.",
        "cov_late": "Bạn nhắc đến {what} muộn {late}: kịch bản yêu cầu nhắc trong vòng {limit} đầu tiên khi bắt đầu "
        "giới thiệu {product}.",
        "cov_late_fix": "Bạn hãy nói “{text}” ngay trong {limit} đầu tiên.",
        "cov_complete": "Bạn đã nói đủ tất cả các ý bắt buộc trong kịch bản, đúng thứ tự và kịp thời gian.",
        "deixis": "Bạn nói “{pointer}” mà chưa cho người xem biết họ đang thấy gì.",
        "deixis_fix": "Chỉ vào sản phẩm xong thì tả ngay bằng lời: màu sắc, kích thước, chất liệu hay hình dáng, "
        "hoặc nói tên và giá sản phẩm.",
        "marker": "Dấu mốc số {number} của bạn",
        "viewer_quick": "{name} hỏi “{question}” và bạn trả lời sau {duration}. Người xem thấy mình được quan tâm.",
        "viewer_slow": "{name} hỏi “{question}” mà mãi {duration} sau bạn mới trả lời. Chờ lâu như vậy, người xem "
        "thường đã lướt đi rồi.",
        "viewer_none": "{name} hỏi “{question}” mà sau {duration} vẫn chưa được trả lời.",
        "viewer_fix": "Gọi tên người hỏi và trả lời ngay, ví dụ: “{sample}”",
        "viewer_fix_sheet": "Gọi tên người hỏi và trả lời ngay bằng câu trong kịch bản: “{line}”",
        "sum_viewers": "Bạn đã trả lời {answered} trên {count} câu hỏi của người xem.",
    },
    "zh": {
        "unit_words": "个词",
        "unit_syllables": "个音节",
        "unit_characters": "字",
        "times": "{count}次",
        "pace_fast": "这一段语速每分钟{rate}{unit}，超出了你{low}到{high}的范围。"
        "中途进来的观众需要时间听清产品和价格。",
        "pace_slow": "这一段语速每分钟{rate}{unit}，低于你{low}到{high}的范围。节奏一慢，观众就容易划走。",
        "pace_overall_fast": "整场平均每分钟{rate}{unit}，超出了你{low}到{high}的范围。",
        "pace_overall_slow": "整场平均每分钟{rate}{unit}，低于你{low}到{high}的范围。",
        "pace_fix_fast": "放慢一点：说完一个要点先换口气再说下一个，报完价格尤其要停一下。",
        "pace_fix_slow": "加快节奏：句子说短一点，一个卖点紧接一个卖点。",
        "dead_air_gap": "冷场{duration}。直播时没人说话，观众就会离开。",
        "dead_air_leading": "开口前冷场{duration}。刚进来的观众只看到一个没有声音的直播间。",
        "dead_air_trailing": "结尾冷场{duration}。最后应该用一句下单引导来收尾。",
        "dead_air_fix": "一边展示产品一边说：说你在做什么、观众看到的是什么。",
        "monologue": "连续讲了{duration}，没有引导下单。观众需要反复听到怎么买。",
        "monologue_none": "讲了{duration}，一次下单引导都没有。",
        "monologue_fix": "至少每两分钟提醒一次怎么下单，比如：点小黄车就能拍。",
        "filler_cluster": "这里连着{count}个口头禅：{listing}。口头禅多了，显得你对产品没把握。",
        "filler_total": "一共{count}个口头禅，每一百{unit}{rate}个。用得最多的是：{top}。",
        "filler_fix": "想不起来时就安静地停一下，短暂的停顿反而显得自信。",
        "stutter": "这里有{count}处重复。这一项单独统计，只是方便你跟踪变化。",
        "voice_monotone": "音调比较平，只变化了{value}个半音。语调平淡听起来没精神，观众容易划走。",
        "voice_monotone_fix": "说到产品名、价格和优惠时把声音提起来。",
        "voice_flat": "音量几乎没有变化，只差{value}分贝。",
        "voice_flat_fix": "重点说得响一点，细节说得轻一点。",
        "when": "在{when}",
        "you_said": "你说了“{quote}”。",
        "instead": "建议：{suggestion}",
        "v_ok": "速度正合适",
        "v_fast_little": "稍快",
        "v_fast": "太快",
        "v_slow_little": "稍慢",
        "v_slow": "太慢",
        "sum_pace": "语速每分钟{rate}{unit}，{verdict}。",
        "sum_block": "有{count}句违禁说法，开播前必须改掉。",
        "sum_claims_other": "有{count}句说法需要证据或核实。",
        "sum_missed": "脚本里有{count}个必讲要点没讲。",
        "sum_dead": "冷场超过{threshold}的有{count}次，最长{longest}。",
        "sum_monologue": "连续{duration}没有引导下单。",
        "sum_fillers": "每一百{unit}有{rate}个口头禅。",
        "sum_voice": "语调有点平。",
        "sum_clean": "没有违禁说法，也没有长时间冷场，很好！",
        "sum_no_claims": "没有违禁说法。",
        "sum_no_dead": "没有长时间冷场，很好。",
        "sum_details": "下面是{count}条具体建议，最重要的在前。",
        "sum_nothing": "这段录音里没有听到说话。",
        "sum_estimated": "时间是根据文字估算的。",
        "cmp_pace_better": "语速改善了，从每分钟{a}{unit}到{b}{unit}",
        "cmp_pace_worse": "语速离你的范围更远了，从每分钟{a}{unit}到{b}{unit}",
        "cmp_pace_same": "语速基本不变，每分钟{b}{unit}",
        "cmp_claims_fewer": "违禁说法少了{count}句",
        "cmp_claims_more": "违禁说法多了{count}句",
        "cmp_dead_fewer": "冷场少了{count}次",
        "cmp_dead_more": "冷场多了{count}次",
        "cmp_missed_fewer": "漏讲的要点少了{count}个",
        "cmp_missed_more": "漏讲的要点多了{count}个",
        "cmp_fillers_down": "口头禅从每一百{unit}{a}个降到{b}个",
        "cmp_fillers_up": "口头禅从每一百{unit}{a}个升到{b}个",
        "cmp_nochange": "主要指标没有变化",
        "html_title": "排练报告",
        "html_summary": "总结",
        "html_details": "需要改进的地方",
        "html_metrics": "测量结果",
        "html_caption": "本次排练的测量结果",
        "html_metric": "指标",
        "html_value": "数值",
        "html_none": "没有需要改进的地方，很好！",
        "sev_block": "必须改",
        "sev_needs_evidence": "需要证据",
        "sev_verify_fact": "请核实",
        "sev_warning": "需要改进",
        "sev_info": "供参考",
        "sev_praise": "做得好",
        "cov_kind_name": "产品名",
        "cov_kind_price": "价格",
        "cov_kind_offer": "优惠",
        "cov_kind_shipping": "配送信息",
        "cov_kind_cta": "下单引导",
        "cov_kind_point": "卖点",
        "cov_kind_disclaimer": "免责声明",
        "cov_what": "{product}的{kind}",
        "cov_what_name": "产品名“{product}”",
        "cov_what_point": "{product}的卖点“{text}”",
        "cov_short_point": "卖点“{text}”",
        "cov_missed": "你没有讲到{what}。",
        "cov_missed_optional": "你跳过了{product}的一句选讲内容：“{text}”。",
        "cov_say": "可以说“{text}”。",
        "cov_partly": "{what}你只讲了一部分。",
        "cov_partly_fix": "要讲完整：{parts}。",
        "cov_order_items": "介绍{product}时，你在{time}就讲了{item}，而{before}到{later}才讲；"
        "脚本要求这款产品的内容按顺序讲。",
        "cov_order_items_fix": "先说“{first}”，再说“{then}”。",
        "cov_order_products": "你在{time}就介绍了{then}，而{first}到{later}才介绍；脚本里的顺序正好相反。",
        "cov_order_products_fix": "先介绍{first}，再介绍{then}。",
        "cov_late": "{what}讲晚了{late}：脚本要求开始介绍{product}后{limit}内就讲到。",
        "cov_late_fix": "在前{limit}内就说出“{text}”。",
        "cov_complete": "脚本里的必讲要点你都讲到了，顺序和时间也都对。",
        "deixis": "你说了“{pointer}”，但没说清观众看到的是什么。",
        "deixis_fix": "指完马上用话描述出来：颜色、大小、材质或形状，或者直接说出产品名和价格。",
        "marker": "你的第{number}个标记",
        "viewer_quick": "{name}问“{question}”，你{duration}后就回答了，观众会觉得被重视。",
        "viewer_slow": "{name}问“{question}”，你过了{duration}才回答。等这么久，观众往往已经划走了。",
        "viewer_none": "{name}问“{question}”，{duration}内没有得到回答。",
        "viewer_fix": "叫出观众的名字，马上回答，比如：“{sample}”",
        "viewer_fix_sheet": "叫出观众的名字，马上用脚本里的这句回答：“{line}”",
        "sum_viewers": "观众提了{count}个问题，你回答了{answered}个。",
    },
    "id": {
        "unit_words": "kata",
        "unit_syllables": "suku kata",
        "unit_characters": "karakter",
        "times": "{count} kali",
        "pace_fast": "Di bagian ini kamu bicara {rate} {unit} per menit, lebih cepat dari rentangmu, {low} sampai "
        "{high}. Penonton yang baru masuk butuh waktu untuk menangkap produk dan harganya.",
        "pace_slow": "Di bagian ini kamu bicara {rate} {unit} per menit, lebih lambat dari rentangmu, {low} sampai "
        "{high}. Kalau tempo turun, penonton mudah menggeser layar.",
        "pace_overall_fast": "Secara keseluruhan kamu bicara {rate} {unit} per menit, lebih cepat dari rentangmu, "
        "{low} sampai {high}.",
        "pace_overall_slow": "Secara keseluruhan kamu bicara {rate} {unit} per menit, lebih lambat dari rentangmu, "
        "{low} sampai {high}.",
        "pace_fix_fast": "Pelan-pelan: selesaikan satu poin, tarik napas, baru lanjut, terutama setelah menyebut "
        "harga.",
        "pace_fix_slow": "Percepat temponya: kalimat lebih pendek, langsung dari satu keunggulan ke keunggulan "
        "berikutnya.",
        "dead_air_gap": "Hening {duration}. Saat live, penonton pergi kalau tidak ada yang bicara.",
        "dead_air_leading": "Hening {duration} sebelum kamu mulai bicara. Penonton yang masuk hanya melihat siaran "
        "yang sepi.",
        "dead_air_trailing": "Hening {duration} di akhir. Tutup dengan ajakan untuk membeli.",
        "dead_air_fix": "Tetap bicara sambil memegang produk: sebutkan apa yang kamu lakukan dan apa yang dilihat "
        "penonton.",
        "monologue": "{duration} tanpa ajakan membeli. Penonton perlu mendengar cara membeli berulang kali.",
        "monologue_none": "{duration} tanpa satu pun ajakan membeli.",
        "monologue_fix": "Ingatkan cara memesan setidaknya tiap dua menit, misalnya: klik keranjang kuning lalu "
        "checkout, ya.",
        "filler_cluster": "{count} kata pengisi berdekatan: {listing}. Kata pengisi membuatmu terdengar ragu "
        "tentang produknya.",
        "filler_total": "Total {count} kata pengisi, {rate} per seratus {unit}. Paling sering: {top}.",
        "filler_fix": "Lebih baik diam sejenak; jeda singkat terdengar lebih percaya diri.",
        "stutter": "{count} pengulangan kata di sini. Ini dihitung terpisah, hanya agar kamu bisa memantaunya dari "
        "waktu ke waktu.",
        "voice_monotone": "Nada suaramu datar, hanya berubah {value} semitone. Suara datar terdengar bosan, dan "
        "penonton menggeser layar.",
        "voice_monotone_fix": "Naikkan nada saat menyebut nama produk, harga, dan promonya.",
        "voice_flat": "Volume suaramu hampir tidak berubah, hanya {value} desibel.",
        "voice_flat_fix": "Ucapkan poin penting sedikit lebih keras, detailnya sedikit lebih pelan.",
        "when": "Pada {when}",
        "you_said": "kamu bilang “{quote}”.",
        "instead": "Saran: {suggestion}",
        "v_ok": "temponya pas",
        "v_fast_little": "agak cepat",
        "v_fast": "terlalu cepat",
        "v_slow_little": "agak lambat",
        "v_slow": "terlalu lambat",
        "sum_pace": "Kamu bicara {rate} {unit} per menit, {verdict}.",
        "sum_block": "Ada {count} klaim terlarang yang harus dihapus sebelum live.",
        "sum_claims_other": "Ada {count} klaim yang perlu bukti atau dicek.",
        "sum_missed": "Ada {count} poin wajib dari naskah yang terlewat.",
        "sum_dead": "Ada {count} kali hening lebih dari {threshold}, paling lama {longest}.",
        "sum_monologue": "Kamu bicara {duration} tanpa ajakan membeli.",
        "sum_fillers": "Ada {rate} kata pengisi per seratus {unit}.",
        "sum_voice": "Suaramu terdengar datar.",
        "sum_clean": "Tidak ada klaim terlarang dan tidak ada hening panjang. Bagus sekali!",
        "sum_no_claims": "Tidak ada klaim terlarang.",
        "sum_no_dead": "Tidak ada hening panjang. Bagus.",
        "sum_details": "Berikut {count} catatan, yang terpenting lebih dulu.",
        "sum_nothing": "Tidak ada ucapan yang terdengar dalam rekaman ini.",
        "sum_estimated": "Waktunya hanya perkiraan dari teks.",
        "cmp_pace_better": "tempo membaik dari {a} ke {b} {unit} per menit",
        "cmp_pace_worse": "tempo makin jauh dari rentangmu, dari {a} ke {b} {unit} per menit",
        "cmp_pace_same": "tempo hampir sama, {b} {unit} per menit",
        "cmp_claims_fewer": "klaim terlarang berkurang {count}",
        "cmp_claims_more": "klaim terlarang bertambah {count}",
        "cmp_dead_fewer": "hening panjang berkurang {count}",
        "cmp_dead_more": "hening panjang bertambah {count}",
        "cmp_missed_fewer": "poin wajib yang terlewat berkurang {count}",
        "cmp_missed_more": "poin wajib yang terlewat bertambah {count}",
        "cmp_fillers_down": "kata pengisi turun dari {a} ke {b} per seratus {unit}",
        "cmp_fillers_up": "kata pengisi naik dari {a} ke {b} per seratus {unit}",
        "cmp_nochange": "tidak ada perubahan pada skor utama",
        "html_title": "Laporan latihan",
        "html_summary": "Ringkasan",
        "html_details": "Yang perlu diperbaiki",
        "html_metrics": "Pengukuran",
        "html_caption": "Hasil pengukuran latihan ini",
        "html_metric": "Pengukuran",
        "html_value": "Nilai",
        "html_none": "Tidak ada yang perlu diperbaiki. Bagus sekali!",
        "sev_block": "Wajib diperbaiki",
        "sev_needs_evidence": "Perlu bukti",
        "sev_verify_fact": "Cek faktanya",
        "sev_warning": "Perlu diperbaiki",
        "sev_info": "Sebagai info",
        "sev_praise": "Bagus",
        "cov_kind_name": "nama produk",
        "cov_kind_price": "harga",
        "cov_kind_offer": "promo",
        "cov_kind_shipping": "info pengiriman",
        "cov_kind_cta": "ajakan membeli",
        "cov_kind_point": "poin",
        "cov_kind_disclaimer": "penafian",
        "cov_what": "{kind} {product}",
        "cov_what_name": "nama {product}",
        "cov_what_point": "poin “{text}” untuk {product}",
        "cov_short_point": "poin “{text}”",
        "cov_missed": "Kamu belum menyebut {what}.",
        "cov_missed_optional": "Kamu melewatkan satu kalimat opsional untuk {product}: “{text}”.",
        "cov_say": "Coba bilang “{text}”.",
        "cov_partly": "Kamu baru menyebut sebagian {what}.",
        "cov_partly_fix": "Sebutkan selengkapnya: {parts}.",
        "cov_order_items": "Untuk {product}, kamu menyebut {item} pada {time}, sebelum {before} pada {later}; "
        "naskah produk ini minta semuanya disebut berurutan.",
        "cov_order_items_fix": "Sebut “{first}” dulu, baru “{then}”.",
        "cov_order_products": "Kamu membahas {then} pada {time}, sebelum {first} pada {later}; di naskah urutannya "
        "kebalikannya.",
        "cov_order_products_fix": "Bahas {first} dulu, baru {then}.",
        "cov_late": "Kamu menyebut {what} terlambat {late}: naskah minta disebut dalam {limit} pertama setelah mulai "
        "membahas {product}.",
        "cov_late_fix": "Sebut “{text}” dalam {limit} pertama.",
        "cov_complete": "Kamu sudah menyebut semua poin wajib di naskah, berurutan dan tepat waktu.",
        "deixis": "Kamu bilang “{pointer}” tanpa menjelaskan apa yang dilihat penonton.",
        "deixis_fix": "Begitu menunjuk, langsung jelaskan dengan kata-kata: warna, ukuran, bahan, atau bentuknya, "
        "atau sebut nama dan harganya.",
        "marker": "Penanda nomor {number} yang kamu pasang",
        "viewer_quick": "{name} bertanya “{question}”, dan kamu menjawab setelah {duration}. Penonton merasa "
        "diperhatikan.",
        "viewer_slow": "{name} bertanya “{question}”, dan kamu baru menjawab setelah {duration}. Penonton yang "
        "menunggu selama itu biasanya sudah pergi.",
        "viewer_none": "{name} bertanya “{question}” dan tidak dijawab dalam {duration}.",
        "viewer_fix": "Sebut namanya dan langsung jawab, misalnya: “{sample}”",
        "viewer_fix_sheet": "Sebut namanya dan langsung jawab dengan kalimat dari naskahmu: “{line}”",
        "sum_viewers": "Kamu menjawab {answered} dari {count} pertanyaan penonton.",
    },
}

_SENTENCE_KEYS = ("pace_", "dead_air_", "monologue", "filler_", "stutter", "voice_", "sum_", "instead", "viewer_")
_DURATION_KEYS = frozenset({"duration", "threshold", "longest"})
_COUNT_KEYS = frozenset({"count"})
_SENTENCE_SEP = {"en": " ", "vi": " ", "zh": "", "id": " "}
_LIST_SEP = {"en": "; ", "vi": "; ", "zh": "；", "id": "; "}
_END = {"en": ".", "vi": ".", "zh": "。", "id": "."}


def _said(name: str, value: object, lang: str) -> str:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    if name in _DURATION_KEYS:
        return say_duration(float(value), lang)
    if name in _COUNT_KEYS:
        return say_count(int(value), lang)
    number = float(value)
    # Rates and band edges are said whole above ten (nobody hears "161.3 words a minute").
    return say_number(round(number) if abs(number) >= 10 else number, lang)


def phrase(key: str, language: str, **values: object) -> str:
    """The sentence ``key`` in ``language`` with its numbers said in words.

    ``count == 1`` picks the ``key_one`` form where the language has one (English plurals).
    """
    lang = language_code(language)
    table = PHRASES[lang]
    if values.get("count") == 1 and f"{key}_one" in table:
        key = f"{key}_one"
    template = table.get(key) or PHRASES["en"][key]
    text = template.format(**{name: _said(name, value, lang) for name, value in values.items()})
    return _capitalise(text) if key.startswith(_SENTENCE_KEYS) else text


def list_separator(language: str) -> str:
    """How items of a spoken list are separated ("、" in Mandarin)."""
    return "、" if language_code(language) == "zh" else ", "


# Characters written without spaces around them: CJK ideographs, kana, CJK and full-width punctuation.
_NO_SPACE = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0002fa1f]")


def join_words(words: Iterable[str]) -> str:
    """Recognised words as one quote, the way the language is written: spaces between words ("giá chỉ 99 nghìn"),
    none next to Chinese characters or full-width punctuation ("火锅底料。嗯"), and a space between Latin words
    inside Chinese speech ("iPhone 15 手机"). Works on the text itself, so a mislabelled transcript joins right too."""
    out: list[str] = []
    for word in words:
        text = word.strip()
        if not text:
            continue
        if out and not (_NO_SPACE.match(out[-1][-1]) or _NO_SPACE.match(text[0])):
            out.append(" ")
        out.append(text)
    return "".join(out)


def pace_verdict(rate: float, low: float, high: float) -> str:
    """The phrase key judging a pace against its band: "v_ok", "v_fast", "v_fast_little", "v_slow", "v_slow_little"
    (within 15 % outside the band is "a little"); a band edge of 0 is no edge."""
    if high and rate > high:
        return "v_fast_little" if rate <= high * 1.15 else "v_fast"
    if low and rate < low:
        return "v_slow_little" if rate >= low * 0.85 else "v_slow"
    return "v_ok"


def pace_sentence(metrics: Mapping[str, float], language: str, unit: RateUnit) -> str:
    """The speaking rate with its verdict, as the summary says it ("150 words a minute, within your range.")."""
    rate = metrics["pace_rate"]
    verdict = pace_verdict(rate, metrics.get("pace_band_low", 0.0), metrics.get("pace_band_high", 0.0))
    return phrase("sum_pace", language, rate=rate, unit=unit_name(unit, language), verdict=phrase(verdict, language))


def join_quotes(pieces: Iterable[str]) -> str:
    """Pieces of speech said apart, as one quote: "um … uh", or "嗯……那个" when the pieces are Chinese."""
    items = [p.strip() for p in pieces if p.strip()]
    chinese = bool(items) and all(_NO_SPACE.match(p[0]) and _NO_SPACE.match(p[-1]) for p in items)
    return ("……" if chinese else " … ").join(items)


def quote_gap(language: str) -> str:
    """What stands between two pieces of a quote that were said apart, and after a cut-off quote: " … ", or "……"
    in Mandarin (no spaces)."""
    return "……" if language_code(language) == "zh" else " … "


def unit_name(unit: RateUnit, language: str) -> str:
    """The rate unit's name in the feedback language ("words", "âm tiết", "字", "kata")."""
    return PHRASES[language_code(language)][f"unit_{unit.value}"]


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


# --------------------------------------------------------------------------- ranking

_TIER: dict[FindingKind, int] = {
    FindingKind.COVERAGE: 1,
    FindingKind.DISCLAIMER_MISSING: 1,
    FindingKind.DEAD_AIR: 2,
    FindingKind.PACE: 3,
    FindingKind.CLAIM: 4,
    FindingKind.MONOLOGUE: 5,
    FindingKind.VIEWER: 5,
    FindingKind.DEIXIS: 6,
    FindingKind.ORDER: 7,
    FindingKind.TIMING: 7,
    FindingKind.FILLER: 8,
    FindingKind.VOICE: 9,
    FindingKind.STUTTER: 10,
}


def _rank_key(finding: Finding) -> tuple[int, int, int, float, float]:
    if finding.severity is Severity.PRAISE:
        band = 2
    elif finding.severity is Severity.INFO:
        band = 1
    else:
        band = 0
    tier = 0 if finding.severity is Severity.BLOCK else _TIER.get(finding.kind, 11)
    return (band, tier, finding.severity.rank, -finding.confidence, finding.start)


def rank_findings(findings: Sequence[Finding]) -> tuple[Finding, ...]:
    """Findings in the order they should be heard: see the module docstring for the ranking."""
    return tuple(sorted(findings, key=_rank_key))


# --------------------------------------------------------------------------- counting for summaries


def is_missed_point(finding: Finding) -> bool:
    """A required run-sheet point or disclaimer that was not said."""
    return finding.kind in (FindingKind.COVERAGE, FindingKind.DISCLAIMER_MISSING) and (
        finding.severity.rank <= Severity.WARNING.rank
    )


def _counts(findings: Sequence[Finding]) -> dict[str, int]:
    return {
        "block": sum(1 for f in findings if f.kind is FindingKind.CLAIM and f.severity is Severity.BLOCK),
        "claims_other": sum(
            1
            for f in findings
            if f.kind is FindingKind.CLAIM and f.severity in (Severity.NEEDS_EVIDENCE, Severity.VERIFY_FACT)
        ),
        "missed": sum(1 for f in findings if is_missed_point(f)),
    }


def summary_word_count(text: str) -> int:
    """Words in a summary: space-separated words, plus CJK characters ÷ ``CJK_CHARS_PER_WORD`` (rounded up)."""
    cjk = len(re.findall(r"[\u3400-\u4dbf\u4e00-\u9fff]", text))
    rest = re.sub(r"[\u3400-\u4dbf\u4e00-\u9fff]", " ", text)
    return math.ceil(cjk / CJK_CHARS_PER_WORD) + sum(1 for token in rest.split() if re.search(r"\w", token))


def compose_summary(
    findings: Sequence[Finding],
    metrics: Mapping[str, float],
    language: str,
    *,
    unit: RateUnit = RateUnit.WORDS,
    dead_air_threshold: float = 3.0,
) -> str:
    """The spoken summary: short sentences, most important first, at most ``SUMMARY_WORD_LIMIT`` words."""
    lang = language_code(language)
    counts = _counts(findings)
    unit_said = unit_name(unit, lang)
    sentences: list[str] = []
    if metrics.get("word_count", 0) <= 0:
        sentences.append(phrase("sum_nothing", lang))
    if counts["block"]:
        sentences.append(phrase("sum_block", lang, count=counts["block"]))
    if counts["missed"]:
        sentences.append(phrase("sum_missed", lang, count=counts["missed"]))
    dead = int(metrics.get("dead_air_count", 0))
    if dead:
        sentences.append(
            phrase(
                "sum_dead",
                lang,
                count=dead,
                threshold=metrics.get("dead_air_threshold", dead_air_threshold),
                longest=metrics.get("dead_air_longest", 0.0),
            )
        )
    enough_speech = metrics.get("speaking_seconds", 10.0) >= 10.0  # a rate from a few words says nothing
    if "pace_rate" in metrics and enough_speech and metrics.get("word_count", 0) > 0 and not metrics.get(
        "times_estimated", 0
    ):
        sentences.append(pace_sentence(metrics, lang, unit))
    if counts["claims_other"]:
        sentences.append(phrase("sum_claims_other", lang, count=counts["claims_other"]))
    if metrics.get("viewer_questions", 0) > 0:
        sentences.append(phrase("sum_viewers", lang, count=int(metrics["viewer_questions"]),
                                answered=int(metrics.get("viewer_answered", 0))))
    if metrics.get("monologue_flagged", 0) > 0:
        sentences.append(phrase("sum_monologue", lang, duration=metrics.get("monologue_longest", 0.0)))
    if metrics.get("filler_per_100_words", 0.0) >= 2.0:
        sentences.append(phrase("sum_fillers", lang, rate=metrics["filler_per_100_words"], unit=unit_said))
    if metrics.get("voice_monotone", 0) > 0:
        sentences.append(phrase("sum_voice", lang))
    if metrics.get("word_count", 0) > 0:
        claims_clean = "claims_block" in metrics and not counts["block"]
        silence_clean = "dead_air_count" in metrics and not dead
        if claims_clean and silence_clean:
            sentences.append(phrase("sum_clean", lang))
        elif claims_clean:
            sentences.append(phrase("sum_no_claims", lang))
        elif silence_clean:
            sentences.append(phrase("sum_no_dead", lang))
    if metrics.get("times_estimated", 0) > 0:
        sentences.insert(0, phrase("sum_estimated", lang))
    # The pointer to the details always closes the summary, so a listener knows there is more.
    closing = [phrase("sum_details", lang, count=len(findings))] if findings else []
    out: list[str] = []
    for sentence in sentences:
        candidate = _SENTENCE_SEP[lang].join([*out, _capitalise(sentence), *closing])
        if summary_word_count(candidate) > SUMMARY_WORD_LIMIT:
            continue
        out.append(_capitalise(sentence))
    return _SENTENCE_SEP[lang].join([*out, *closing])


# --------------------------------------------------------------------------- one finding, readable alone


def finding_sentence(finding: Finding, language: str) -> str:
    """The finding as something to say: when, what was said, why it matters, what to say instead."""
    lang = language_code(language)
    sep = _SENTENCE_SEP[lang]
    parts = [phrase("when", lang, when=say_clock(finding.start, lang)) + ("：" if lang == "zh" else ":")]
    quote = finding.quote.strip().rstrip(".,;:!?。，；：！？")  # the sentence's own full stop follows the quote
    if quote:
        parts.append(phrase("you_said", lang, quote=quote))
    parts.append(finding.message.strip())
    if finding.suggestion.strip():
        parts.append(phrase("instead", lang, suggestion=finding.suggestion.strip()))
    text = sep.join(parts)
    return text.replace(":" + sep, ": ", 1) if lang != "zh" else text.replace("：" + sep, "：", 1)


# --------------------------------------------------------------------------- JSON


def report_json(report: Report, *, indent: int | None = 2) -> str:
    """The report as the documented JSON document (``docs/report-schema.md``)."""
    return dumps(report, indent=indent)


def report_from_json(text: str | bytes) -> Report:
    """Read a report written by :func:`report_json`."""
    return loads(text, Report)


# --------------------------------------------------------------------------- HTML

_METRIC_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "pace_rate": "Speaking rate (per minute of speech)",
        "pace_rate_wall": "Rate over the whole recording",
        "duration_seconds": "Length in seconds",
        "speaking_seconds": "Seconds of speech",
        "word_count": "Words",
        "dead_air_count": "Silences over the limit",
        "dead_air_longest": "Longest silence (seconds)",
        "filler_count": "Fillers",
        "filler_per_100_words": "Fillers per hundred words",
        "stutter_count": "Repeated words",
        "claims_block": "Banned claims",
        "voice_pitch_std_semitones": "Pitch variation (semitones)",
        "voice_loudness_std_db": "Loudness variation (decibels)",
        "pace_unit": "Rate unit (0 words, 1 syllables, 2 characters)",
        "pace_band_low": "Your pace range: lowest",
        "pace_band_high": "Your pace range: highest",
        "pace_fast_windows": "Half-minutes too fast",
        "pace_slow_windows": "Half-minutes too slow",
        "times_estimated": "Times estimated from text (1 = yes)",
        "dead_air_threshold": "Dead-air limit (seconds)",
        "dead_air_seconds": "Total dead air (seconds)",
        "pause_count": "Pauses",
        "pause_median": "Median pause (seconds)",
        "pause_p90": "Longest pauses, 90th percentile (seconds)",
        "pause_bin_0.15": "Pauses of 0.15 to 0.5 seconds",
        "pause_bin_0.5": "Pauses of 0.5 to 1 second",
        "pause_bin_1": "Pauses of 1 to 2 seconds",
        "pause_bin_2": "Pauses of 2 to 3 seconds",
        "pause_bin_3": "Pauses of 3 seconds or more",
        "filler_per_minute": "Fillers per minute",
        "cta_count": "Calls to action",
        "monologue_longest": "Longest stretch without a call to action (seconds)",
        "monologue_flagged": "Stretches too long without a call to action",
        "voice_level_dbfs": "Loudness (dBFS)",
        "voice_pitch_median_hz": "Typical pitch (hertz)",
        "voice_voiced_seconds": "Seconds of voiced speech measured",
        "voice_monotone": "Monotone (1 = yes)",
        "voice_flat_volume": "Flat loudness (1 = yes)",
        "claims_total": "Claims to check",
        "viewer_questions": "Viewer questions asked",
        "viewer_answered": "Viewer questions answered",
        "viewer_answer_median_seconds": "Median time to answer a viewer (seconds)",
    },
    "vi": {
        "pace_rate": "Tốc độ nói (mỗi phút nói)",
        "pace_rate_wall": "Tốc độ trên toàn bản ghi",
        "duration_seconds": "Độ dài (giây)",
        "speaking_seconds": "Thời gian nói (giây)",
        "word_count": "Số từ",
        "dead_air_count": "Số lần im lặng quá mức",
        "dead_air_longest": "Lần im lặng dài nhất (giây)",
        "filler_count": "Từ đệm",
        "filler_per_100_words": "Từ đệm trên một trăm từ",
        "stutter_count": "Chỗ lặp từ",
        "claims_block": "Câu nói bị cấm",
        "voice_pitch_std_semitones": "Biến đổi cao độ (nửa cung)",
        "voice_loudness_std_db": "Biến đổi độ to (đề-xi-ben)",
        "pace_unit": "Đơn vị tốc độ (0 từ, 1 âm tiết, 2 chữ)",
        "pace_band_low": "Mức tốc độ của bạn: thấp nhất",
        "pace_band_high": "Mức tốc độ của bạn: cao nhất",
        "pace_fast_windows": "Số nửa phút nói quá nhanh",
        "pace_slow_windows": "Số nửa phút nói quá chậm",
        "times_estimated": "Thời gian ước tính từ văn bản (1 = có)",
        "dead_air_threshold": "Ngưỡng im lặng (giây)",
        "dead_air_seconds": "Tổng thời gian im lặng (giây)",
        "pause_count": "Số lần ngắt nghỉ",
        "pause_median": "Ngắt nghỉ trung vị (giây)",
        "pause_p90": "Ngắt nghỉ dài, phân vị 90 (giây)",
        "pause_bin_0.15": "Ngắt nghỉ 0,15 đến 0,5 giây",
        "pause_bin_0.5": "Ngắt nghỉ 0,5 đến 1 giây",
        "pause_bin_1": "Ngắt nghỉ 1 đến 2 giây",
        "pause_bin_2": "Ngắt nghỉ 2 đến 3 giây",
        "pause_bin_3": "Ngắt nghỉ từ 3 giây trở lên",
        "filler_per_minute": "Từ đệm mỗi phút",
        "cta_count": "Số lần kêu gọi đặt hàng",
        "monologue_longest": "Đoạn dài nhất không kêu gọi đặt hàng (giây)",
        "monologue_flagged": "Số đoạn quá dài không kêu gọi đặt hàng",
        "voice_level_dbfs": "Độ to (dBFS)",
        "voice_pitch_median_hz": "Cao độ thường gặp (héc)",
        "voice_voiced_seconds": "Số giây giọng nói được đo",
        "voice_monotone": "Giọng đều đều (1 = có)",
        "voice_flat_volume": "Độ to không đổi (1 = có)",
        "claims_total": "Câu cần kiểm tra",
        "viewer_questions": "Câu hỏi của người xem",
        "viewer_answered": "Câu hỏi đã trả lời",
        "viewer_answer_median_seconds": "Thời gian trả lời người xem, trung vị (giây)",
    },
    "zh": {
        "pace_rate": "语速（每分钟说话时间）",
        "pace_rate_wall": "整段录音的语速",
        "duration_seconds": "时长（秒）",
        "speaking_seconds": "说话时间（秒）",
        "word_count": "字数",
        "dead_air_count": "超时冷场次数",
        "dead_air_longest": "最长冷场（秒）",
        "filler_count": "口头禅",
        "filler_per_100_words": "每一百字口头禅",
        "stutter_count": "重复",
        "claims_block": "违禁说法",
        "voice_pitch_std_semitones": "音调变化（半音）",
        "voice_loudness_std_db": "音量变化（分贝）",
        "pace_unit": "语速单位（0 词，1 音节，2 字）",
        "pace_band_low": "你的语速范围：下限",
        "pace_band_high": "你的语速范围：上限",
        "pace_fast_windows": "过快的半分钟段数",
        "pace_slow_windows": "过慢的半分钟段数",
        "times_estimated": "时间由文字估算（1 = 是）",
        "dead_air_threshold": "冷场上限（秒）",
        "dead_air_seconds": "冷场总时长（秒）",
        "pause_count": "停顿次数",
        "pause_median": "停顿中位数（秒）",
        "pause_p90": "较长停顿，第90百分位（秒）",
        "pause_bin_0.15": "0.15到0.5秒的停顿",
        "pause_bin_0.5": "0.5到1秒的停顿",
        "pause_bin_1": "1到2秒的停顿",
        "pause_bin_2": "2到3秒的停顿",
        "pause_bin_3": "3秒及以上的停顿",
        "filler_per_minute": "每分钟口头禅",
        "cta_count": "下单引导次数",
        "monologue_longest": "最长一段没有下单引导（秒）",
        "monologue_flagged": "过长没有下单引导的段数",
        "voice_level_dbfs": "音量（dBFS）",
        "voice_pitch_median_hz": "常用音高（赫兹）",
        "voice_voiced_seconds": "测量到的发声秒数",
        "voice_monotone": "语调平淡（1 = 是）",
        "voice_flat_volume": "音量平淡（1 = 是）",
        "claims_total": "需要核查的说法",
        "viewer_questions": "观众提问数",
        "viewer_answered": "已回答的观众提问",
        "viewer_answer_median_seconds": "回答观众的中位时间（秒）",
    },
    "id": {
        "pace_rate": "Kecepatan bicara (per menit bicara)",
        "pace_rate_wall": "Kecepatan atas seluruh rekaman",
        "duration_seconds": "Durasi (detik)",
        "speaking_seconds": "Waktu bicara (detik)",
        "word_count": "Jumlah kata",
        "dead_air_count": "Hening melewati batas",
        "dead_air_longest": "Hening terlama (detik)",
        "filler_count": "Kata pengisi",
        "filler_per_100_words": "Kata pengisi per seratus kata",
        "stutter_count": "Pengulangan kata",
        "claims_block": "Klaim terlarang",
        "voice_pitch_std_semitones": "Variasi nada (semitone)",
        "voice_loudness_std_db": "Variasi volume (desibel)",
        "pace_unit": "Satuan tempo (0 kata, 1 suku kata, 2 karakter)",
        "pace_band_low": "Rentang tempomu: terendah",
        "pace_band_high": "Rentang tempomu: tertinggi",
        "pace_fast_windows": "Setengah menit yang terlalu cepat",
        "pace_slow_windows": "Setengah menit yang terlalu lambat",
        "times_estimated": "Waktu diperkirakan dari teks (1 = ya)",
        "dead_air_threshold": "Batas hening (detik)",
        "dead_air_seconds": "Total hening (detik)",
        "pause_count": "Jeda",
        "pause_median": "Median jeda (detik)",
        "pause_p90": "Jeda panjang, persentil ke-90 (detik)",
        "pause_bin_0.15": "Jeda 0,15 sampai 0,5 detik",
        "pause_bin_0.5": "Jeda 0,5 sampai 1 detik",
        "pause_bin_1": "Jeda 1 sampai 2 detik",
        "pause_bin_2": "Jeda 2 sampai 3 detik",
        "pause_bin_3": "Jeda 3 detik atau lebih",
        "filler_per_minute": "Kata pengisi per menit",
        "cta_count": "Ajakan membeli",
        "monologue_longest": "Bagian terpanjang tanpa ajakan membeli (detik)",
        "monologue_flagged": "Bagian terlalu panjang tanpa ajakan membeli",
        "voice_level_dbfs": "Volume (dBFS)",
        "voice_pitch_median_hz": "Nada umum (hertz)",
        "voice_voiced_seconds": "Detik suara yang diukur",
        "voice_monotone": "Nada datar (1 = ya)",
        "voice_flat_volume": "Volume datar (1 = ya)",
        "claims_total": "Klaim yang perlu dicek",
        "viewer_questions": "Pertanyaan penonton",
        "viewer_answered": "Pertanyaan penonton yang dijawab",
        "viewer_answer_median_seconds": "Median waktu menjawab penonton (detik)",
    },
}

_CSS = """
body { font-family: system-ui, "Noto Sans", "Noto Sans CJK SC", sans-serif; line-height: 1.5; margin: 2rem;
       max-width: 50rem; color: #111; background: #fff; }
h1, h2, h3 { line-height: 1.25; }
table { border-collapse: collapse; }
th, td { border: 1px solid #444; padding: 0.3rem 0.6rem; text-align: left; }
.severity { font-weight: bold; }
:focus { outline: 3px solid #0050b3; }
"""


def _metric_label(key: str, lang: str) -> str:
    """The metric's label as HTML; a name without a translation is marked as English so screen readers switch voice."""
    label = _METRIC_LABELS[lang].get(key)
    if label is not None:
        return html.escape(label)
    english = _METRIC_LABELS["en"].get(key, key.replace("_", " "))
    return html.escape(english) if lang == "en" else f'<span lang="en">{html.escape(english)}</span>'


def _format_metric(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}".rstrip("0").rstrip(".")


def report_html(report: Report, *, title: str | None = None) -> str:
    """An accessible HTML page: ``lang`` set, one ``h1``, ``main`` landmark, ordered list of findings, a
    captioned metrics table; severity is written in words, never shown by colour alone."""
    lang = language_code(report.language)
    t = PHRASES[lang]
    esc = html.escape
    heading = title or t["html_title"]
    items: list[str] = []
    for finding in report.findings:
        severity = t[f"sev_{finding.severity.value}"]
        when = say_clock(finding.start, lang)
        items.append(
            f'<li><h3><span class="severity">{esc(severity)}</span> — {esc(when)}</h3>'
            f"<p>{esc(finding_sentence(finding, lang))}</p></li>"
        )
    details = f"<ol>{''.join(items)}</ol>" if items else f"<p>{esc(t['html_none'])}</p>"
    rows = "".join(
        f'<tr><th scope="row">{_metric_label(key, lang)}</th><td>{esc(_format_metric(value))}</td></tr>'
        for key, value in report.metrics.items()
    )
    created = report.created_at.strftime("%Y-%m-%d %H:%M UTC")
    return (
        f'<!DOCTYPE html>\n<html lang="{esc(lang)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(heading)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f"<header><h1>{esc(heading)}</h1><p><time datetime=\"{esc(report.created_at.isoformat())}\">"
        f"{esc(created)}</time></p></header>\n<main>\n"
        f'<section aria-labelledby="summary"><h2 id="summary">{esc(t["html_summary"])}</h2>'
        f"<p>{esc(report.summary)}</p></section>\n"
        f'<section aria-labelledby="details"><h2 id="details">{esc(t["html_details"])}</h2>{details}</section>\n'
        f'<section aria-labelledby="metrics"><h2 id="metrics">{esc(t["html_metrics"])}</h2>\n'
        f'<table><caption>{esc(t["html_caption"])}</caption>'
        f'<thead><tr><th scope="col">{esc(t["html_metric"])}</th><th scope="col">{esc(t["html_value"])}</th></tr>'
        f"</thead><tbody>{rows}</tbody></table></section>\n</main>\n</body>\n</html>\n"
    )


# --------------------------------------------------------------------------- comparing two attempts


UNIT_CODES: tuple[RateUnit, ...] = (RateUnit.WORDS, RateUnit.SYLLABLES, RateUnit.CHARACTERS)
"""``metrics["pace_unit"]`` is an index into this tuple (metrics are numbers only)."""


def rate_unit_of(report: Report) -> RateUnit:
    """The unit the report's rates are in: from ``pace_unit``, else the report language's unit."""
    code = report.metrics.get("pace_unit")
    if code is not None and 0 <= int(code) < len(UNIT_CODES):
        return UNIT_CODES[int(code)]
    return profile(report.language).unit


def _distance(rate: float, low: float, high: float) -> float:
    return low - rate if rate < low else rate - high if rate > high else 0.0


def compare_reports(previous: Report, current: Report, language: str) -> str:
    """What changed between two attempts, in one sentence: "Pace improved from 185 to 150 words a minute;
    one banned claim fewer." Units follow the current report's language."""
    lang = language_code(language)
    prev, cur = previous.metrics, current.metrics
    unit = unit_name(rate_unit_of(current), lang)
    parts: list[str] = []
    if "pace_rate" in prev and "pace_rate" in cur and prev.get("word_count", 0) and cur.get("word_count", 0):
        a, b = prev["pace_rate"], cur["pace_rate"]
        low = cur.get("pace_band_low", 0.0)
        high = cur.get("pace_band_high", float("inf"))
        before, after = _distance(a, low, high), _distance(b, low, high)
        if abs(round(a) - round(b)) < 3:
            if after > 0:
                parts.append(phrase("cmp_pace_same", lang, b=b, unit=unit))
        elif after < before - 1e-9:
            parts.append(phrase("cmp_pace_better", lang, a=a, b=b, unit=unit))
        elif after > before + 1e-9:
            parts.append(phrase("cmp_pace_worse", lang, a=a, b=b, unit=unit))
    prev_counts, cur_counts = _counts(previous.findings), _counts(current.findings)
    for key, name in (("block", "claims"), ("missed", "missed")):
        diff = cur_counts[key] - prev_counts[key]
        if diff:
            parts.append(phrase(f"cmp_{name}_{'more' if diff > 0 else 'fewer'}", lang, count=abs(diff)))
    dead_diff = int(cur.get("dead_air_count", 0)) - int(prev.get("dead_air_count", 0))
    if dead_diff:
        parts.append(phrase(f"cmp_dead_{'more' if dead_diff > 0 else 'fewer'}", lang, count=abs(dead_diff)))
    if "filler_per_100_words" in prev and "filler_per_100_words" in cur:
        a, b = prev["filler_per_100_words"], cur["filler_per_100_words"]
        if abs(a - b) >= 0.5:
            parts.append(phrase("cmp_fillers_down" if b < a else "cmp_fillers_up", lang, a=a, b=b, unit=unit))
    if not parts:
        parts.append(phrase("cmp_nochange", lang))
    return _capitalise(_LIST_SEP[lang].join(parts)) + _END[lang]


def metrics_for_json(metrics: Mapping[str, float]) -> dict[str, Any]:
    """Metrics as a plain dict (sorted keys), for exports that want a stable order."""
    return {key: metrics[key] for key in sorted(metrics)}
