"""A titled Vietnamese official stands for Vietnam: "Bộ trưởng Ngoại giao Phạm Bình Minh", "Thủ tướng Võ Văn
Kiệt", "Đại sứ Nguyễn Văn A".

Vietnamese writing names its own officials by title and name without the country ("Bộ trưởng Ngoại giao
Phạm Bình Minh và Đại diện cấp cao EU ký Hiệp định ..."), and foreign ones with it ("Ngoại trưởng Nam Phi",
"Tổng thống Hàn Quốc Moon Jae-in"). :func:`official_mentions` gives a synthetic mention of VNM (kind
"country", ``via="anaphora"``; events stage only) for a state title followed directly by a Vietnamese
personal name: a common Vietnamese family name and one to three more capitalised syllables, none of
them an actor's name already (a leader in the gazetteer keeps their own country: "Chủ tịch Hồ Cẩm Đào"),
and no country or organisation written between the title and the name.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from doingoai.model import Document, Mention

_TITLES = (
    "Tổng Bí thư|Chủ tịch nước|Phó Chủ tịch nước|Chủ tịch Quốc hội|Phó Chủ tịch Quốc hội|Thủ tướng Chính phủ"
    "|Thủ tướng|Phó Thủ tướng(?: thường trực)?|Bộ trưởng(?: Bộ)?(?: [A-ZĐ][^\\W\\d_]*(?: [a-zđà-ỹ]+){0,3}){0,2}"
    "|Thứ trưởng(?: Bộ)?(?: [A-ZĐ][^\\W\\d_]*(?: [a-zđà-ỹ]+){0,3}){0,2}|Đại sứ|Trưởng đoàn|Đại tướng"
    "|Người phát ngôn(?: Bộ Ngoại giao)?"
)
# family names borne by most Vietnamese (not the Sino-Vietnamese readings of Chinese leaders' names that
# no Vietnamese bears as often: Tập, Ôn, Giang, Mao, Chu are left out)
_FAMILY = (
    "Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Đinh|Trương|Lương|Mai|Đào|Tô|Vương"
    "|Hà|Nông|Trịnh|Đoàn|Lâm|Tạ|Thái|Cao|Lưu|Kiều|Quách|Triệu|Văn|Tôn|Lại|Phùng|Nghiêm"
)
_SYL = r"[A-ZĐÀ-Ỹ][^\W\d_]*"
OFFICIAL = re.compile(
    rf"(?<![^\W\d_])(?:{_TITLES})(?:\s+(?:{_TITLES}))?\s+(?P<name>(?:{_FAMILY})(?:\s+{_SYL}){{1,3}})(?![^\W\d_])"
)
_FIRSTS = (
    "Tổng Bí thư",
    "Chủ tịch",
    "Phó ",
    "Thủ tướng",
    "Bộ trưởng",
    "Thứ trưởng",
    "Đại sứ",
    "Trưởng đoàn",
    "Đại tướng",
    "Người phát ngôn",
)


def official_mentions(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """Synthetic VNM mentions for titled Vietnamese officials named without a country."""
    text = doc.text
    if not any(f in text for f in _FIRSTS):
        return []
    starts = [m.start for m in mentions]
    out: list[Mention] = []
    for m in _officials(text):
        s, e = m.span()
        k = bisect_left(starts, s)
        if k > 0 and mentions[k - 1].end > s:
            continue  # inside a name
        if k < len(mentions) and mentions[k].start < e:
            continue  # a country or organisation in the title, or the person is in the gazetteer
        out.append(Mention(s, e, "VNM", "country", "anaphora"))
    return out


def _officials(text: str) -> list[re.Match[str]]:
    """``OFFICIAL.finditer(text)``: every match starts with one of ``_FIRSTS``, so the pattern is tried only
    where one occurs (the engine's own scan tries its lookbehind and alternation at every position), in
    order and from the end of the last match on, as ``finditer`` does."""
    at = set()
    for f in _FIRSTS:
        i = text.find(f)
        while i >= 0:
            at.add(i)
            i = text.find(f, i + 1)
    out = []
    end = 0
    for i in sorted(at):
        if i >= end:
            m = OFFICIAL.match(text, i)
            if m is not None:
                out.append(m)
                end = m.end()
    return out
