"""A state back in an organisation it had left (round 66, trigger ``join_return`` of
:mod:`doingoai.extract.trigger_lex66`): "Nam Phi rút khỏi Khối năm 1961 và chỉ trở lại năm 1994", "Mỹ trở lại tổ
chức hồi tháng 7/2023". "trở lại" alone tells a return of any kind ("trở lại Hà Nội", "trở lại cương vị"), so the
draft is kept only when every recipient is an organisation and either membership is said ("trở lại làm thành
viên") or a leaving was told in the text just before ("rút khỏi", "ra khỏi", "rời", "đình chỉ tư cách", "ngừng
tham gia"). Used by :mod:`doingoai.extract.events_unstated`."""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract import gazetteer
from doingoai.extract.rx_boundary import WORD_START

_LEFT_BEFORE: Final = re.compile(
    WORD_START
    + r"(?:rút(?: tên)?(?: ra)? khỏi|rút lui|ra khỏi|rời(?: khỏi)?|đình chỉ|ngừng (?:tham gia|tư cách)|tạm ngừng"
    r"|khai trừ|từ bỏ tư cách)\b|" + WORD_START + r"rút\b(?= (?:năm|vào|từ|hồi|ngày|tháng)\b)"
)
# how far back a leaving is looked for (the sentence before, or the clause before in the same one)
_REACH: Final = 400


def rejoin_kept(text: str, ts: int, te: int, recips: list[str]) -> bool:
    """Is the return at ``text[ts:te]`` (lower-cased) with ``recips`` a state's rejoining of an organisation?"""
    if not recips or any(gazetteer.is_country(c) for c in recips):
        return False
    if "thành viên" in text[ts:te] or "hội viên" in text[ts:te]:
        return True
    return _LEFT_BEFORE.search(text, max(0, ts - _REACH), ts) is not None
