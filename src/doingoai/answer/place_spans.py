"""The place a sentence gives (:func:`find_place`): a dateline opening it, the name after "tại"/"ở"
or after the place noun asked, the host named as the subject; never a place the question names, an
event, or a sea unless the sea is asked. A question asking where someone goes ("Đoàn sẽ sang những
thành phố nào?") is answered by the places after the motion verb ("sang Rome và Florence"), every one
of them when several are asked; a sentence saying no such verb gives none. Likewise a question asking
where a body's seat is ("Where is X's secretariat?", "Trụ sở của X đặt ở đâu?") is answered only by a
sentence saying the seat ("Trụ sở của tổ chức đặt tại Băng Cốc"), the place written after it."""

from __future__ import annotations

import re

from doingoai.answer.persons import UPPER
from doingoai.answer.positions import Found
from doingoai.question import Question

_PLACE = re.compile(
    rf"\b(?:[Tt]ại|[Ởở]|[Ii]n|[Aa]t)\s+((?i:thành phố|thủ đô|tỉnh)\s+)?"  # "tại khu nghỉ dưỡng Bu-ra-bai": the name
    r"(?:(?:khu nghỉ dưỡng|bán đảo|thị trấn|thị xã|huyện|làng|cảng|căn cứ|trụ sở|đảo|bang|quận|resort of|town of"
    r"|(?:cửa khẩu|sân bay)(?:\s+quốc tế)?"  # "tại cửa khẩu quốc tế Lao Bảo": the border gate's name
    # a venue named after its common noun: "tại lâu đài Chapultepec", "tại công viên Tenjin Chuo", "tại đài
    # thiên văn Paranal", "tại cung điện Ê-li-dê", "tại khách sạn Metropole"
    r"|lâu đài|công viên|đài thiên văn|cung điện|dinh thự|khách sạn|nhà hát|sân vận động|khu nghỉ mát)\s+)?"
    rf"([{UPPER}][\w-]*(?:\s+[{UPPER}][\w-]*)*)"
)
# "trên đảo Mác-ga-ri-ta", "trên bán đảo Crưm": an island's name after "trên" (not "trên cơ sở", "trên Biển Đông")
_ISLAND = re.compile(rf"\b[Tt]rên\s+(?:hòn\s+)?(?:đảo|bán đảo)\s+([{UPPER}][\w-]*(?:\s+[{UPPER}][\w-]*)*)")
# a news dateline opening the sentence: "Bắc Kinh, 18/11/2009 – ...", "Hà Nội, ngày 16 tháng 3 năm 2004"
_DATELINE = re.compile(
    rf"^\s*([{UPPER}][\w-]*(?:\s+[{UPPER}][\w-]*){{0,3}}),\s*(?:ngày\s+)?\d{{1,2}}(?:/\d{{1,2}}/|\s+tháng\s+)\d"
)
# a host as the subject: "Thủ đô Hà Nội đăng cai Hội nghị ...", "Việt Nam là chủ nhà ..."
_HOST = re.compile(
    rf"(?:(?i:thủ đô|thành phố)\s+)?([{UPPER}][\w-]*(?:\s+[{UPPER}][\w-]*)*)\s+(?:(?:đã|sẽ)\s+)?"
    r"(?:đăng cai|là (?:nước )?chủ nhà)\b"
)
_SEA = re.compile(r"(?:Biển|Vịnh|Eo biển|Quần đảo|Đảo|Vùng biển|Thái Bình Dương|Ấn Độ Dương)\b")
_NOT_PLACE = re.compile(  # an event or a body after "tại": "tại Hội nghị ...", not a place
    r"(?:Hội nghị|Đại hội|Diễn đàn|Kỳ họp|Phiên|Lễ|Liên hợp quốc|Hội đồng|Ủy ban|Tuyên bố|Hiệp định|Nghị quyết)\b"
)


_SAME_HEAD = {"khu vực": ("khu vực", "vùng"), "vùng": ("vùng", "khu vực")}
_ADMINISTRATIVE = frozenset({"tỉnh", "huyện", "bang"})


def _after_head(head: str | None, sentence: str) -> list[tuple[str, int]]:
    """The capitalised names written right after the place noun a question asks by ("khu vực
    Abyei", "tỉnh Quảng Ninh"); a capitalised noun is part of a longer name ("Khu vực ..."), skipped."""
    if not head:
        return []
    # (a region is written "vùng X" as often as "khu vực X"; a province's noun capitalised opening its
    # sentence, "Tỉnh Namur (Bỉ) hỗ trợ …", where "Khu vực …" would open a longer name)
    heads = _SAME_HEAD.get(head, (head,))
    heads += tuple(h[:1].upper() + h[1:] for h in heads if h in _ADMINISTRATIVE)
    alternatives = "|".join(re.escape(h) for h in heads)
    rx = re.compile(rf"(?<!\w)(?:{alternatives})\s+([{UPPER}][\w-]*(?:\s+[{UPPER}][\w-]*)*)")
    return [(m.group(1), m.start(1)) for m in rx.finditer(sentence)]


# "sẽ sang những thành phố nào", "đến tỉnh nào", "tới đâu": where someone goes is asked
_GOES_TO = re.compile(
    r"(?<!\w)(?:sang|đến|tới)\s+(?:(?:những|các)\s+)?(?:thành phố|tỉnh|bang|địa phương|đâu|nơi nào)(?!\w)",
    re.I,
)
# "Where will the ministry send a delegation?", "Where will staff travel?": English asks it by the verb; the
# destination first, else any place the sentence gives ("cử sĩ quan sang làm việc tại … ở Lyon")
_GOES_EN = re.compile(
    r"^\s*where\s+(?:will|would|did|does|do|is|are|was|were)\b[^?]*?\b(?:send|sent|go|goes|went|travel\w*|fly|flew)\b",
    re.I,
)
# or visits, or works at ("thăm Kyrgyzstan những nơi nào", "làm việc ở những thành phố nào"): the places
# after the verb when the sentence says one, else any place it gives ("sang thăm, làm việc tại tỉnh X")
_VISITS = re.compile(
    rf"(?<!\w)(?:thăm|làm việc (?:ở|tại))\s+(?:[{UPPER}][\w-]*\s+)?(?:(?:những|các)\s+)?"
    r"(?:thành phố|tỉnh|bang|địa phương|nơi nào)(?!\w)",
    re.I,
)
_NAME = rf"[{UPPER}][\w-]*(?:\s+[{UPPER}][\w-]*)*"
# the destination after the motion verb: "sang Skốp-pi-ê và Pốt-gô-ri-ca", "đến thành phố Hải Phòng"
_DESTINATION = re.compile(
    rf"(?<!\w)(?:sang|đến|tới|thăm)\s+(?:(?:thành phố|thủ đô|tỉnh|bang)\s+)?({_NAME})"
    rf"((?:\s*(?:,|và)\s+(?:(?:thành phố|thủ đô|tỉnh|bang)\s+)?{_NAME})*)"
)


def find_destination(q: Question, sentence: str) -> Found | None:
    """Where someone goes, for a question asking it ("sang những thành phố nào"): the names after
    "sang" / "đến" / "tới" (all of them, "X và Y", when the question asks several); never one the
    question names. None when the question asks no such thing or the sentence says no such verb."""
    goes = _GOES_TO.search(q.text) or _VISITS.search(q.text) or _GOES_EN.search(q.text)
    if not goes:
        return None
    several = q.plural or bool(re.search(r"(?i:những|các)\s", goes.group(0)))  # "sang những thành phố nào"
    asked = q.text.lower()
    for m in _DESTINATION.finditer(sentence):
        if m.group(1).lower() in asked or _NOT_PLACE.match(m.group(1)):
            continue
        end = m.end(2) if several and m.group(2) else m.end(1)
        return sentence[m.start(1) : end], m.start(1), end
    return None


# a body's seat asked ("headquarters", "secretariat", "trụ sở") and said ("Ban Thư ký đặt tại X")
_SEAT_ASKED = re.compile(r"(?<!\w)(?:headquarter\w*|secretariat|trụ sở|ban thư ký)(?!\w)", re.I)
_SEAT = re.compile(r"(?<!\w)(?:trụ sở|ban thư ký|đặt tại|đóng tại|headquarter\w*|secretariat)(?!\w)", re.I)


def find_place(q: Question, sentence: str) -> Found | None:
    """A place: a dateline opening the sentence, or capitalised words after "tại"/"ở" ("tại Đà
    Nẵng", "ở thành phố Hồ Chí Minh"); never one the question names, an event ("tại Hội nghị ..."),
    or a sea area unless the question asks about the sea."""
    if _GOES_TO.search(q.text):  # "sẽ sang những thành phố nào": the destination, not any "tại X"
        return find_destination(q, sentence)
    if (_VISITS.search(q.text) or _GOES_EN.search(q.text)) and (visited := find_destination(q, sentence)):
        return visited
    seat = _SEAT.search(sentence) if _SEAT_ASKED.search(q.text) else None
    if _SEAT_ASKED.search(q.text) and seat is None:
        return None  # "Where was SEATO's headquarters?": not where its treaty was signed
    asked = q.text.lower()
    sea_ok = q.asks_sea
    cands = _after_head(q.place_head, sentence)  # "khu vực nào": "đến khu vực Abyei"
    cands += [(m.group(1), m.start(1)) for m in _DATELINE.finditer(sentence)]
    for m in _PLACE.finditer(sentence):  # "Thành phố Hồ Chí Minh" whole; "thủ đô Hà Nội" -> "Hà Nội"
        city = m.group(1) and m.group(1).startswith("Thành phố")  # part of the name as written
        cands.append((sentence[m.start(1) : m.end(2)], m.start(1)) if city else (m.group(2), m.start(2)))
    cands += [(m.group(1), m.start(1)) for m in _ISLAND.finditer(sentence)]
    if q.asks_held:  # no "tại X": the host named as the subject holds it
        cands += [(m.group(1), m.start(1)) for m in _HOST.finditer(sentence)]
    # last, where a delegation goes ("cử đoàn sang Tirana tiến hành phiên đàm phán", "sang Ma-ni-la làm việc
    # với Trụ sở ADB"): what it does is done there
    cands += [(m.group(1), m.start(1)) for m in _DESTINATION.finditer(sentence)]
    if seat is not None:  # the place written after the seat, before any other
        cands = sorted(cands, key=lambda c: c[1] < seat.start())
    for name, start in cands:
        # (a seat may bear the name of what sits there: "Ban Thư ký … đặt tại Colombo" of the Colombo Plan)
        seated = seat is not None and any(0 <= start - m.end() <= 6 for m in _SEAT.finditer(sentence))
        if (name.lower() in asked and not seated) or _NOT_PLACE.match(sentence, start):
            continue
        if _SEA.match(name) and not sea_ok:
            continue
        return name, start, start + len(name)
    return None


# "… được bố trí ở đâu?": the verb the question asks "where" about (one or two words before "ở đâu")
_WHERE_VERB = re.compile(r"(?<!\w)((?:[^\W\d_]+\s+)?[^\W\d_]+)\s+(?:ở|tại)\s+đâu(?!\w)", re.I)
_AUX = frozenset({"được", "đã", "sẽ", "bị", "đang", "có", "là"})
_LOCATIVE = (
    r"\s+(?:trong|vào|từ|tại|ở|qua|thông qua)\s+([^,.;:()]+?)(?=\s+(?:của|để|nhằm|theo|và|với)\s|[,.;:()]|$)"
)


def find_locative(q: Question, sentence: str) -> Found | None:
    """Where something is put, not a place ("Kinh phí … được bố trí ở đâu?" -> "dự toán ngân sách năm
    2024" of "… được bố trí trong dự toán ngân sách năm 2024 của các cơ quan"): the phrase after the
    verb the question asks "ở đâu" about and its preposition; None when the sentence lacks the verb."""
    m = _WHERE_VERB.search(q.text)
    if m is None:
        return None
    words = [w for w in m.group(1).split() if w.lower() not in _AUX]
    if not words:
        return None
    verb = r"\s+".join(map(re.escape, words))
    found = re.search(rf"(?<!\w)(?i:{verb}){_LOCATIVE}", sentence)
    if found is None:
        return None
    return found.group(1), found.start(1), found.end(1)
