"""Events: the other side told only by a venue abroad (round 171). "đưa đoàn doanh nghiệp Việt Nam dự hội chợ ... tại
Vla-đi-vô-xtốc", "tổ chức Chương trình giới thiệu điểm đến Việt Nam tại Almaty và Tashkent": a trip, a fair or a
promotion of ours that names no foreign state, only the foreign city (or cities) where it takes place; the state of
that city is the other side, as "tại Thượng Hải (Trung Quốc)" (events_places.destination) when the country is
written. The city is a place of the gazetteer (places_scan), read right after "tại / ở / sang" (an optional "thành
phố / thủ đô / tỉnh / bang / vùng" between) in the trigger's clause after it; places joined by "," or "và" go too. A
place in Vietnam names no partner; a purpose clause before the venue ("để đoàn ... dự ... tại") tells another act's
venue; a venue right after an office of ours ("Thương vụ Việt Nam tại ...") is where it sits, no trip."""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.places_scan import scan_places

VNM: Final = "VNM"
# "tại / ở / sang" (and an optional unit word) right before the place
_AT: Final = re.compile(r"(?<![^\W\d_])(?:tại|ở|sang)\s+(?:(?:thành phố|thủ đô|tỉnh|bang|vùng)\s+)?")
_AND: Final = re.compile(r"\s*(?:,|và|,\s*và)\s*")
# between the trigger and the venue: a purpose clause ("phối hợp chuẩn bị để đoàn ... dự ... tại"), another act's
_PURPOSE: Final = re.compile(r"(?<![^\W\d_])(?:để|nhằm)(?![^\W\d_])")
# shortly before it: an office of ours abroad ("với Phái đoàn Đại diện Việt Nam tại ... ở New York"), where it sits
_OFFICE: Final = re.compile(
    r"(?<![^\W\d_])(?:phái đoàn|đại sứ quán|lãnh sự quán|cơ quan đại diện|thương vụ|văn phòng|trụ sở)(?![^\W\d_])"
)
_OFFICE_REACH: Final = 60
_WINDOW: Final = 160  # how far after the trigger the venue may stand


def venue_abroad(doc_text: str, low: str, te: int, c1: int) -> list[str]:
    """The states of the foreign places named right after "tại / ở / sang" between ``te`` (the trigger's end)
    and ``c1`` (its clause's end), with the places joined to the first one; [] when none, or when one is in
    Vietnam. ``doc_text`` is the document text, ``low`` its lower-cased copy."""
    end = min(c1, te + _WINDOW)
    if end <= te or (
        low.find("tại", te, end) < 0 and low.find(" ở ", te, end) < 0 and low.find("sang", te, end) < 0
    ):
        return []  # (cheap guard: no venue word)
    for m in _AT.finditer(low, te, end):
        if _PURPOSE.search(low, te, m.start()):
            return []
        if _OFFICE.search(low, max(te, m.start() - _OFFICE_REACH), m.start()):
            continue
        if found := _listed(doc_text[m.end() : end], low[m.end() : end]):
            return found
    return []


def _listed(text: str, low: str) -> list[str]:
    """The states of the places ``text`` opens with, joined by "," or "và"; [] when it opens with none or with a
    place in Vietnam."""
    places = scan_places(text, low)
    if not places or places[0][0] != 0:
        return []
    out: list[str] = []
    last = 0
    for s, e, country in places:
        if out and _AND.fullmatch(low, last, s) is None:
            break
        if country not in out:
            out.append(country)
        last = e
    return [] if VNM in out else out
