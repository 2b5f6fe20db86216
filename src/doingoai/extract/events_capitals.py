"""A capital standing for its state as a party (round 31): the journals' metonymy beyond a visit or a host
(:func:`doingoai.extract.events_places.capital_mentions`).

* "Ngày 11/7/1995, Oa-sinh-tơn công bố ...", "Năm 2013, La Paz đưa ...": a national capital opening its clause
  (the sentence's start or right after a fronted phrase's comma) with a verb of a state's act after it is that state;
* "bình thường hóa quan hệ với Hà Nội", "đình chỉ tư cách thành viên của Đa-mát": a capital as the partner of
  relations or the member whose seat is meant is that state.
* (round 65) also a capital opening a clause after "sau khi / trước khi / khi / song / nhưng" ("... sau khi
  Oa-sinh-tơn công nhận ..."), the object of a protest, support, demand, letter or suit ("lên án Mát-xcơ-va",
  "gửi thư cho Tê-hê-ran", "đệ đơn kiện Ca-ra-cát"), and more acts after it ("đẩy mạnh", "nộp đơn", "đóng cửa",
  "tặng", "dành cho", "cam kết" ...).

Only capitals (data/curated_places.tsv type "capital"), never another city ("Đà Nẵng tiếp đoàn ...": a province's
own report), and never a capital after "tại / ở / đến" (a place).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from doingoai.extract import gazetteer
from doingoai.extract.events_states_then import state_then
from doingoai.extract.places_scan import scan_places
from doingoai.model import Mention

# a state's act right after the capital (adverbs between): the verbs the journals give a capital
_ACTS: Final = (
    r"công bố|tuyên bố|được|bị|ký(?: kết)?|thiết lập|bình thường hóa|cắt đứt|rút|gia nhập|phản đối|đưa|công nhận"
    r"|cử|ủng hộ|yêu cầu|đề nghị|thôi|dỡ bỏ|áp đặt|trục xuất|đình chỉ|khôi phục|quyết định|chấp nhận|từ chối"
    r"|triệu hồi|tham gia|kết nạp|phê chuẩn|lên án|cấm vận|viện trợ|tài trợ|đệ đơn|khởi kiện|kiện"
    r"|nộp|xin|đóng cửa|tặng|dành cho|cam kết|gửi|trao|đẩy mạnh|ngả về|tiếp nhận|cung cấp|hỗ trợ|ra tuyên bố"
    r"|nối lại|hoàn tất|mở lại"  # (round 98) "Oa-sinh-tơn hoàn tất rút quân", "Ri-át và Tê-hê-ran nối lại tiếp xúc"
)
_ADVERBS: Final = (
    r"(?: (?:đã|cũng|từng|sẽ|chính thức|lập tức|nhanh chóng|mới|vẫn|liền|sau đó|lần lượt|đều|tiếp tục))*"
)
# a relation's partner or a membership's holder: "quan hệ (ngoại giao) với X", "tư cách thành viên (của) X"
_OBJECT_BEFORE: Final = re.compile(
    r"(?:quan hệ(?: ngoại giao)? với|tư cách thành viên(?: của)?|ghế(?: thành viên)? của|cấm vận(?: đối với)?"
    r"|trừng phạt đối với|công nhận|(?:đệ đơn |khởi )?kiện|gửi thư cho|phản đối|lên án|ủng hộ|yêu cầu|kêu gọi"
    r"|viện trợ cho|hỗ trợ|tấn công) $"
)
# what may stand before a clause-opening capital: the text's or a sentence's start, or a fronted phrase's comma
_OPENS: Final = re.compile(r"(?:^|[.!?;:\n]\s*|, |\b(?:sau khi|trước khi|khi|song|nhưng) )$")


@lru_cache(maxsize=1)
def _capital_names() -> dict[str, str]:
    return {
        n.text: e.attr("country")
        for e in gazetteer.places().values()
        if e.attr("type") == "capital"
        for n in e.names
        if n.type != "qualified"
    }


_ACT_AFTER: Final = re.compile(_ADVERBS + r" (?:" + _ACTS + r")(?![^\W\d_])")


def capital_parties(text: str, low: str) -> list[Mention]:
    """Synthetic country mentions (``via="anaphora"``) of the capitals that act or are acted on as states."""
    names = _capital_names()
    out: list[Mention] = []
    found = [(s, e) for s, e, _ in scan_places(text, low) if text[s:e] in names]  # (the places the mention
    # stage saw: no pattern of every capital)
    for k, (s, e) in enumerate(found):
        name = text[s:e]
        before = low[max(0, s - 60) : s]
        if not (
            _OPENS.search(before) is not None
            and (
                _ACT_AFTER.match(low, e) is not None
                or k + 1 < len(found)  # (round 98) "Ri-át và Tê-hê-ran nối lại ...": both act
                and low.startswith(" và ", e)
                and found[k + 1][0] == e + 4
                and _ACT_AFTER.match(low, found[k + 1][1]) is not None
            )
            or k > 0  # (the second of them)
            and low.endswith(" và ", 0, s)
            and found[k - 1][1] == s - 4
            and _OPENS.search(low[max(0, found[k - 1][0] - 60) : found[k - 1][0]]) is not None
            and _ACT_AFTER.match(low, e) is not None
            or _OBJECT_BEFORE.search(before) is not None
        ):
            continue
        out.append(Mention(s, e, state_then(names[name], name, text, s, e), "country", "anaphora"))
    return out
