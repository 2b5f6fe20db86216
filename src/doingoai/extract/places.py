"""Places as parties: a province, region or city stands for its country where the grammar makes it a party.

A place named in the text (the gazetteer's ``places``: provinces of Laos, Cambodia, China, north-eastern Thailand and
Vietnam, capitals and large cities, in their Vietnamese and Latin spellings) is a location by default ("Hội nghị tại
Bắc Kinh", "ở Pa-ri, Cộng hòa Pháp"). It stands for its country (a synthetic country mention, ``via="anaphora"``,
for the events stage only, as "hai nước" is) where the grammar makes it one:

* the partner after "với / đối với / giữa" ("quan hệ hữu nghị với Khu tự trị dân tộc Choang Quảng Tây", "ký thỏa
  thuận với thành phố Bách Sắc"), and the names coordinated with it ("với hai tỉnh Ta-keo và Kan-đan");
* the object of aid or a visit ("hỗ trợ tỉnh Ta-keo", "thăm tỉnh Kan-đan", "sang thăm và làm việc tại tỉnh X":
  the phrase starts at its unit word, so the name stands right after "tại", where the visit reads its destination);
* the subject of its clause, alone or coordinated ("Quảng Tây cử đoàn ...", "Năm 2019, Hà Nội và Xơ-un ký ..."),
  and the delegation's or authorities' place ("đoàn đại biểu tỉnh Hủa Phăn", "chính quyền tỉnh Vân Nam").

A Vietnamese place after "với" is a domestic partner ("phối hợp với Kiên Giang, Đồng Tháp"), no party. In a Vietnamese
provincial body's document (its issuer line "UBND TỈNH ...", "TỈNH ỦY", "ĐẢNG BỘ TỈNH ...", or a title naming one
"tỉnh <Vietnamese province>" under no other body's issuer line) the bare "Tỉnh" / "tỉnh" with no name after it, "Tỉnh
ủy", "UBND tỉnh" stand for Vietnam in the same positions, as "ta" does; "hai tỉnh" there is the province and the
foreign place named last before it in its paragraph, "các tỉnh bạn" the foreign place or country named last before.

The names are found by extract/places_scan.py.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from doingoai.extract.places_scan import capital_names, capitals, place_keys, scan_places
from doingoai.extract.textscan import occurs
from doingoai.model import Document, Mention, by_start
from doingoai.ordinals import NOT_IN_NUMBER

__all__ = ["capitals", "own_unit", "place_keys", "place_mentions"]

VNM: Final = "VNM"


# what events_places.capital_mentions reads before a capital: "thăm (chính thức) (tại) <capital>"
_CAPITAL_VISITED: Final = re.compile(r"thăm(?: (?:chính thức|cấp nhà nước|hữu nghị|làm việc))?(?: tại)? $")


def _capital_given(low: str, lo: int, s: int, e: int) -> bool:
    """Does events_places.capital_mentions read the capital at ``[s, e)`` ("thăm Hà Nội", "Hà Nội đăng cai")?"""
    m = _ADVERBS.match(low, e)
    return _CAPITAL_VISITED.search(low, max(lo, s - 40), s) is not None or (
        m is not None and low.startswith("đăng cai", m.end())
    )


# what may stand between a party marker and the place: a count, a unit, a qualifier, an authority or delegation
_UNIT: Final = (
    r"(?:(?:các|những|hai|ba|bốn|năm|sáu) )?(?:(?:ủy ban nhân dân|ubnd|chính quyền|lãnh đạo|nhân dân|tỉnh ủy|thành ủy"
    r"|khu ủy|đảng ủy|đoàn(?: đại biểu| lãnh đạo| công tác| cán bộ| chuyên gia| doanh nghiệp)?(?: cấp cao)?|phía"
    # (round 90) a province's head by office: "làm việc với (Phó) Tỉnh trưởng tỉnh X", "Thống đốc bang Y"
    r"|(?:phó )?(?:tỉnh trưởng|thống đốc|thị trưởng|chủ tịch(?: ubnd| ủy ban nhân dân)?|bí thư(?: tỉnh ủy)?))(?: của)? )?"
    # a district or town of the province named first ("với huyện Xê-pôn, tỉnh Xa-vẳn-na-khệt")
    r"(?:(?:huyện|thị xã|thị trấn|quận|xã|bản|cụm bản) [^\W\d_][\w-]*(?: [^\W\d_][\w-]*){0,3}, )?"
    r"(?:(?:tỉnh|thành phố|thủ đô|khu tự trị|đặc khu|bang|địa phương)(?: (?:giáp biên|biên giới|bạn|kết nghĩa))? )?"
)
# (round 115) a subject may be a province's department: "Sở Công Thương tỉnh Lạng Sơn và Sở Thương mại Quảng Tây ký
# ..." (only as the clause's subject or coordinated with one: "phối hợp với Sở Ngoại vụ tỉnh X" keeps its place)
_SUBJECT_UNIT: Final = r"(?:sở [^\W\d_]+(?: (?!và )[^\W\d_]+){0,2} )?" + _UNIT
_PARTNER: Final = re.compile(r"\b(?:với|giữa)(?: cả)? (?P<unit>" + _UNIT + r")$")
# the second of a pair after "giữa" ("Quan hệ hữu nghị giữa tỉnh ta và tỉnh Xê-kông (Lào)"), the first not a place
_PARTNER_SECOND: Final = re.compile(r"\bgiữa [^\W\d_][^,;:.()\n]{0,30}? và (?P<unit>" + _UNIT + r")$")
_OBJECT: Final = re.compile(
    r"\b(?:hỗ trợ|giúp đỡ|giúp|viện trợ|trao tặng|tặng|cho|thăm(?: chính thức| hữu nghị| làm việc)?"
    r"(?:,? và làm việc (?:tại|ở))?|làm việc (?:tại|ở)|đón|tiếp|mời"
    r"|cho (?:[^\W\d_]+ ){1,6}của"  # "trao tặng quà cho các gia đình khó khăn của tỉnh X": the beneficiaries'
    r"|rút(?: quân)? khỏi"  # "quân Pháp rút khỏi Hải Phòng": a retreat from the place's country
    r"|(?:sang|tới|đến|đi|qua)"  # "cử đoàn công tác sang Bu-đa-pét": the place a delegation goes to
    # (round 76) where a fair or games attended abroad are held: "tham dự hội chợ nông sản tại Tê-hê-ran"
    r"|(?:hội chợ|triển lãm|thế vận hội|đại hội thể thao)\b[^;:.()\n]{0,50}? (?:tại|ở))"
    r" (?P<unit>" + _UNIT + r")$"
)
_FAIR_AT: Final = re.compile(
    r"(?:hội chợ|triển lãm|thế vận hội|đại hội thể thao)\b[^;:.()\n]{0,50}? (?:tại|ở) " + _UNIT + r"$"
)
_DELEGATION: Final = re.compile(
    # (round 118) a business delegation of a foreign place: "đoàn doanh nghiệp thành phố X sang khảo sát ..."
    r"\b(?:đoàn(?: đại biểu| lãnh đạo| công tác| cán bộ| chuyên gia| doanh nghiệp)?(?: cấp cao)?|chính quyền|lãnh đạo)(?: của)? "
    + _UNIT
    + r"$"
)
# a clause's opening: the sentence's (after a list mark "a)", "1.", "-"), after ";" or ":", or after a fronted
# adverbial of time closed by a comma ("Năm 2019, ", "Tháng trước, ", "Hiện nay, ")
_SUBJECT_BEFORE: Final = re.compile(  # matched from the sentence's start
    r"(?:[^;:\n]*[;:]\s*)?(?:(?:[a-zđ]\)|\d{1,2}\.|[-–•+])\s*)?(?:(?:năm|tháng|ngày|từ|trong|sau|trước|hiện nay|hiện"
    r"|thời gian|hằng năm|hàng năm|đầu|cuối|giữa|nhân dịp|vừa qua|gần đây|quý"
    r"|đến|khi đó|lúc đó|cùng ngày|hôm)\b[^,;:]{0,40}, )?"  # (round 193) "Đến tháng 1/2019, Oa-sinh-tơn trừng phạt"
    r"(?:(?:tại|ở)\b[^,;:]{0,40}, )?"  # (round 90) and a fronted venue: "Ngày 6/9, tại cửa khẩu X, tỉnh Y bàn giao"
    + _SUBJECT_UNIT
    + r"$"
)
# (the previous place may carry its country in brackets: "các tỉnh A-tô-pơ, Sê-kông (Lào) và Ra-ta-na-ki-ri")
_COORD: Final = re.compile(r"(?: ?\([^()\n]{2,40}\))?(?:, | và |, và )(?P<unit>" + _SUBJECT_UNIT + r")$")
_COORD_NEXT: Final = re.compile(
    r"(?: ?\([^()\n]{2,40}\))?(?:, | và |, và )" + _SUBJECT_UNIT
)  # "A (Lào) và tỉnh B"
_ADVERBS: Final = re.compile(r" (?:(?:đã|sẽ|đang|cũng|tiếp tục|vừa|hiện|chính thức|lần đầu) )*")
_NOT_VERBS: Final = frozenset({"và", "với", "của", "cùng", "hoặc", "là"})
_WORD: Final = re.compile(r"[^\W\d_]+")
_OWN_ISSUER: Final = re.compile(
    r"\b(?:UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|ĐẢNG BỘ|HĐND|HỘI ĐỒNG NHÂN DÂN)\s+(TỈNH|THÀNH PHỐ)\b|\b(TỈNH|THÀNH) ỦY\b"
)
# an issuer line of another body (a ministry, a central office, a district, a newspaper) at the top of the document
_OTHER_ISSUER: Final = re.compile(
    r"(?m)^(?:BỘ|BAN|SỞ|VĂN PHÒNG|CHÍNH PHỦ|QUỐC HỘI|TRUNG ƯƠNG|HỌC VIỆN|VIỆN|TRƯỜNG|ĐẠI SỨ QUÁN|TỔNG CỤC|CỤC"
    r"|HUYỆN ỦY|UBND HUYỆN|ỦY BAN NHÂN DÂN HUYỆN|TẠP CHÍ|BÁO(?! CÁO)|THÔNG TẤN XÃ) [^\n]+$"
)
# the own province, bare: "Tỉnh", "tỉnh", "Tỉnh ủy", "UBND tỉnh", "Ủy ban nhân dân tỉnh" with no name after it
_OWN: Final = re.compile(
    r"(?<![^\W\d_])(?:(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân) )?(?:tỉnh|thành phố)(?: ủy)?(?![^\W\d_])"
)
_NAMED_AFTER: Final = re.compile(r" (?:bạn|giáp|biên giới|nhà|này|đó|khác|lân cận|kết nghĩa)\b")
_FRIEND: Final = re.compile(r"\b(?:các |những )?(?:tỉnh|địa phương|thành phố) bạn(?![^\W\d_])")
_OUR: Final = re.compile(r" ta(?![^\W\d_])")
_PAIR: Final = re.compile(
    NOT_IN_NUMBER + r"\bhai (?:tỉnh|thành phố|địa phương)(?![^\W\d_])(?! giáp| biên| bạn)"
)


def _verb_after(text: str, e: int) -> bool:
    """Does a lower-case word (a verb, not "và / với / của / là") follow the name ending at ``e``?"""
    m = _ADVERBS.match(text, e)
    w = _WORD.match(text, m.end()) if m is not None else None
    return w is not None and w.group(0).islower() and w.group(0) not in _NOT_VERBS


def _named_after(text: str, e: int) -> bool:
    """Is a name (a capitalised word) or a qualifier ("bạn", "giáp biên") right after the unit word ending at ``e``?"""
    return (
        text[e + 1 : e + 2].isupper() and text.startswith(" ", e) or _NAMED_AFTER.match(text, e) is not None
    )


def own_unit(doc: Document) -> str:
    """ "tỉnh" or "thành phố" when ``doc`` is a Vietnamese provincial body's (its issuer line in the first lines:
    "UBND TỈNH ...", "ĐẢNG BỘ TỈNH ...", "TỈNH ỦY") or its title names one Vietnamese province ("... của tỉnh Nghệ
    An") and no other body's issuer line heads it ("BỘ NGOẠI GIAO"), else ""."""
    head = doc.text[:400]
    m = _OWN_ISSUER.search(head) if "TỈNH" in head or "THÀNH" in head else None
    if m is not None:
        return "thành phố" if (m.group(1) or m.group(2)) in ("THÀNH PHỐ", "THÀNH") else "tỉnh"
    title = doc.title
    low = (title or "").lower()
    if (
        "tỉnh" not in low
        and "thành phố" not in low
        or any(m.group(0).isupper() for m in _OTHER_ISSUER.finditer(head))
    ):
        return ""  # (a ministry's or another body's report about a province is not the province's own)
    # a title naming two provinces ("Lãnh đạo tỉnh Cao Bằng làm việc với tỉnh Lạng Sơn") is a news story
    title = title or ""
    if len({title[s:e] for s, e, country in scan_places(title, low) if country == VNM}) != 1:
        return ""
    for s, _, country in scan_places(title, low):
        if country == VNM and low[:s].endswith(("tỉnh ", "thành phố ")):
            return "thành phố" if low[:s].endswith("thành phố ") else "tỉnh"
    return ""


def _party(text: str, low: str, lo: int, s: int, e: int, country: str, prev_party: int, next_at: int) -> int:
    """Where a party mention for the place at ``[s, e)`` starts, or -1 when the place is a location there.
    ``prev_party``: the end of the last place taken as a party, ``next_at``: the start of the next place (for
    coordination: "Hà Nội và Xơ-un ký ...")."""
    w = max(lo, s - 80)
    m = _PARTNER.search(low, w, s)
    if m is not None and country == VNM and m.group(0).startswith("với"):
        m = None  # "phối hợp với Kiên Giang, Đồng Tháp": a domestic partner ("giữa Hà Nội và Xơ-un" names a pair)
    m = m or _OBJECT.search(low, w, s) or _PARTNER_SECOND.search(low, w, s)
    if m is not None and country == VNM and _FAIR_AT.search(low, w, s):
        m = None  # (a fair at home: a location; only a foreign one is where a delegation goes)
    if m is not None:  # the phrase starts at its unit word: "tại tỉnh Ta-keo" (the place right after "tại")
        return m.start("unit")
    if _DELEGATION.search(low, w, s):
        return s
    c = _COORD.fullmatch(low, prev_party, s) if prev_party >= 0 else None
    if c is not None:  # (from its unit word, as the first: "với tỉnh A, tỉnh B")
        return c.start("unit")
    coordinated = next_at > e and _COORD_NEXT.fullmatch(low, e, next_at) is not None
    if _SUBJECT_BEFORE.match(low, lo, s) and (_verb_after(text, e) or coordinated):
        return s
    return -1


def place_mentions(doc: Document, low: str, mentions: list[Mention]) -> list[Mention]:
    """Synthetic country mentions (``via="anaphora"``) for the places and the own province standing for a party."""
    text = doc.text
    found = scan_places(text, low)
    unit = own_unit(doc)
    if not found and not unit:
        return []
    out: list[Mention] = []
    prev_end, prev_sent = -1, -1
    for i, (s, e, country) in enumerate(found):
        sent = doc.sentence_at(s)
        lo = sent.start if sent is not None else 0
        if _overlaps(mentions, s, e):
            continue
        if lo != prev_sent:
            prev_end, prev_sent = -1, lo
        at = _party(text, low, lo, s, e, country, prev_end, found[i + 1][0] if i + 1 < len(found) else -1)
        if at < 0 or at == s and text[s:e] in capital_names() and _capital_given(low, lo, s, e):
            continue  # (a capital after "thăm" or before "đăng cai": events_places.capital_mentions gives it)
        out.append(Mention(at, e, country, "country", "anaphora"))
        prev_end = e
    if unit:
        out += _own_mentions(doc, low, unit, [x.start for x in doc.sentences], mentions, found)
    return sorted(out, key=lambda m: m.start)


def _overlaps(mentions: list[Mention], s: int, e: int) -> bool:
    """Does a mention (sorted by start) overlap ``[s, e)``?"""
    k = bisect_left(mentions, s, key=by_start)
    return any(0 <= j < len(mentions) and mentions[j].start < e and s < mentions[j].end for j in (k - 1, k))


def _own_mentions(
    doc: Document,
    low: str,
    unit: str,
    starts: list[int],
    taken: list[Mention],
    found: list[tuple[int, int, str]],
) -> list[Mention]:
    """The document's own province, named bare ("Tỉnh duy trì ...", "đoàn công tác của tỉnh", "hỗ trợ tỉnh"), as
    Vietnam; "hai tỉnh" as the province and the foreign country named last before it, "các tỉnh bạn" as that
    country."""
    out: list[Mention] = []
    head = unit.split()[0]
    if head not in low:
        return out
    body = doc.blocks[1].start if len(doc.blocks) > 1 else 0
    for m in _OWN.finditer(low, body):
        s, e = m.span()
        if (
            not m.group(0).endswith(unit)
            and not m.group(0).endswith(unit + " ủy")
            or _named_after(doc.text, e)
        ):
            continue
        k = bisect_left(starts, s + 1) - 1
        lo = starts[k] if k >= 0 else 0
        if low[max(lo, s - 9) : s].endswith(("các ", "những ", "hai ", "trong ", "địa bàn ")) or _overlaps(
            taken, s, e
        ):
            continue
        w = max(lo, s - 60)
        before = low[w:s]
        if (
            _PARTNER.search(low, w, s)
            or _OBJECT.search(low, w, s)
            or re.search(
                r"\b(?:đoàn(?: đại biểu| lãnh đạo| công tác| cán bộ| chuyên gia)?(?: cấp cao)?|ban thường vụ|lãnh đạo)(?: của)? $",
                before,
            )
            or _SUBJECT_BEFORE.match(low, lo, s)
            and _verb_after(doc.text, e)
        ):
            ta = _OUR.match(low, e)  # "tỉnh ta": one name ("giữa tỉnh ta và tỉnh X" pairs the two)
            out.append(Mention(s, ta.end() if ta is not None else e, VNM, "country", "anaphora"))
    # the foreign places, and the foreign places and countries, named in the document: listed once, then bisected
    places = [(s, c) for s, _, c in found if c != VNM]
    named = sorted(
        places + [(x.start, x.code) for x in doc.mentions if x.kind == "country" and x.code != VNM]
    )
    block_starts = [b.start for b in doc.blocks]
    for m in _PAIR.finditer(low):
        s, e = m.span()
        if _named_after(doc.text, e):
            continue
        # "hai tỉnh": a foreign PLACE named before it in its paragraph
        k = bisect_left(block_starts, s + 1) - 1
        other = _last_before(places, block_starts[k] if k >= 0 else max(0, s - 400), s)
        if other:
            out.append(Mention(s, e, f"{VNM}|{other}", "pair", "anaphora"))
    for m in (
        _FRIEND.finditer(low) if occurs(low, " bạn") else ()
    ):  # "các tỉnh bạn": the foreign one named before
        other = _last_before(named, 0, m.start())
        if other:
            out.append(Mention(m.start(), m.end(), other, "country", "anaphora"))
    return out


def _last_before(named: list[tuple[int, str]], lo: int, pos: int) -> str:
    """The country of the last of ``named`` (sorted (start, country)) in ``[lo, pos)``, or ""."""
    k = bisect_left(named, (pos, "")) - 1
    return named[k][1] if k >= 0 and named[k][0] >= lo else ""
