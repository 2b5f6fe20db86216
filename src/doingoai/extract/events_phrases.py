"""Phrase shapes of the events stage that name their parties away from the verb (issue 3, eleventh grid;
see docs/decisions.md, "Construction grid, eleventh round"), and the phrase checks of later rounds:

* "vị trí này / ghế này": an election to the seat named before ("... Ủy viên không thường trực Hội đồng Bảo an
  ..., còn Việt Nam được bầu vào vị trí này ...");
* a pair defined by the document itself: "X và Y (sau đây gọi là “hai bên”)";
* the forums of a cooperation ("phối hợp chặt chẽ tại Liên Hợp Quốc và ASEM"), a copula's complement, an
  invitation then a joining, a clause opening "Từ <date>,", a list heading, a set described, a negated passive,
  who travels, the members of the organisation named before ("các nước thành viên").

The phrases around an agreement's name (its participle "EVFTA, ký ngày ...", its closing date, a support backing
it) are in :mod:`doingoai.extract.events_agreement_phrases`.
"""

from __future__ import annotations

import re
from typing import Any, Final

from doingoai.extract.rx_boundary import compile_fast
from doingoai.extract.textscan import matches_at
from doingoai.model import Document, Mention

_THIS_SEAT: Final = re.compile(r"\s*(?:vào |làm )?(?:vị trí|ghế|cương vị|chức vụ) (?:này|đó|ấy)\b")


def seat_before(text: str, index, s0: int, ts: int, te: int) -> list[str]:
    """ "... Ủy viên không thường trực Hội đồng Bảo an ..., còn Việt Nam được bầu vào vị trí này": the body named
    last before the election in its sentence; also an election told after a colon with no seat of its own ("...
    ủy viên không thường trực Hội đồng Bảo an: Ý trúng cử ngày 2/6/2016"): the body named before the colon."""
    if not _THIS_SEAT.match(text, te):
        colon = text.rfind(": ", s0, ts)
        if colon < 0:
            return []
        ts = colon
    bodies = [
        m for m in index.mentions if s0 <= m.start and m.end <= ts and m.kind in ("body", "organisation")
    ]
    return [bodies[-1].code] if bodies else []


_DEFINED_PAIR: Final = re.compile(
    r"\(\s*sau đây gọi (?:tắt )?là [“\"«]?(?:hai bên|hai nước|hai phía)[”\"»]?\s*\)"
)


def defined_pair(doc: Document, mentions: list[Mention], pos: int) -> tuple[str, str] | None:
    """ "Chính phủ nước A và Chính phủ nước B (sau đây gọi là “hai bên”)": the pair a document defines for
    itself (before ``pos``), else None."""
    from doingoai.extract.events_anaphora import country_of

    x: Any  # a match, then a mention
    text = doc.text
    m = None
    for x in _DEFINED_PAIR.finditer(text, 0, pos):
        m = x
    if m is None:
        return None
    line0 = max(text.rfind("\n", 0, m.start()), text.rfind(".", 0, m.start())) + 1
    codes: list[str] = []
    for x in mentions:
        if line0 <= x.start and x.end <= m.start() and x.kind in ("country", "body", "organisation"):
            c = country_of(x.code)
            if c not in codes:
                codes.append(c)
    return (codes[0], codes[1]) if len(codes) == 2 else None


def country_next(index, end: int) -> bool:
    """Is a country named right after ``end`` ("sang Phi-líp-pin dự ...")?"""
    nxt = index.between(end, end + 60)
    return bool(nxt) and nxt[0].start - end <= 2 and nxt[0].kind == "country"


# "phối hợp chặt chẽ tại Liên Hợp Quốc và ASEM": an organisation after "tại" is the forum of the cooperation
_FORUM_INTRO: Final = re.compile(
    r"\s*(?:(?:chặt chẽ|với nhau|cùng nhau|hiệu quả)\s+)?(?:tại|ở|trong khuôn khổ(?: của)?)\s+(?:các\s+)?"
    r"(?:(?:diễn đàn|tổ chức|cơ chế)(?: khu vực| đa phương| quốc tế)?\s+(?:như\s+)?)?"
)
_FORUM_AND: Final = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*(?:và\s+)?|và\s+|,?\s*cũng như\s+)(?:(?:tại|ở|trong)\s+)?"
)  # ("trong khuôn khổ ASEAN, MRC và ..., cũng như tại APEC")


def forums_after(text: str, index, te: int, p1: int, framework: bool = False) -> list[str]:
    """The organisations a cooperation is carried on in ("phối hợp chặt chẽ tại Liên Hợp Quốc và Diễn đàn Hợp tác
    Á – Âu (ASEM)"): each named right after "tại / ở" and the ones coordinated with it; after "trong khuôn khổ"
    only when ``framework`` (the parties are the subject: "Hai bên sẽ phối hợp trong khuôn khổ ASEAN"; else that
    is left to the roles)."""
    m = _FORUM_INTRO.match(text, te, p1)
    if m is None or not framework and "khuôn khổ" in m.group(0):
        return []
    out: list[str] = []
    pos = m.end()
    for x in index.between(pos, p1):
        if x.start > pos + 1:
            if not _FORUM_AND.fullmatch(text, pos, x.start):
                break
        if x.kind not in ("organisation", "body"):
            break
        if x.code not in out:
            out.append(x.code)
        pos = x.end
    return out


_SINCE_OPENING: Final = re.compile(
    r"\s*(?:[-–•+]\s*|\d{1,2}\.\s+)?(?:kể )?từ (?:năm |ngày |tháng )?\d[\d/]*(?: năm \d{4})?\s*,"
    r"[^,;:.]{1,40}$"
)


def since_opening(low: str, s0: int, ts: int) -> bool:
    """Does the clause of ``ts`` open with "(Kể) từ <date>," and reach it without another comma ("Từ ngày 11/1/2007,
    nước ta là thành viên ...")?"""
    c0 = low.rfind(";", s0, ts) + 1 or s0
    return _SINCE_OPENING.match(low, c0, ts) is not None


# "Ba Lan là thành viên Ủy ban ..., và năm 1973 tham gia ...": the organisation after a copula's noun is its
# complement, never the subject of a later verb
_COPULA_END: Final = compile_fast(
    r"\blà (?:một )?(?:trong những )?(?:thành viên|ủy viên|hội viên|nước thành viên|quan sát viên)"
    r"(?: (?:chính thức|sáng lập|đầy đủ|tích cực|không thường trực|thường trực))*(?: của)? $"
)


def copula_complement(low: str, start: int) -> bool:
    """Is the name at ``start`` the complement of "là thành viên / ủy viên ..." right before it?"""
    return _COPULA_END.search(low, max(0, start - 70), start) is not None


_INVITED: Final = compile_fast(r"\bđược mời (?:chính thức )?$")
_THEN_MEMBER: Final = re.compile(
    r"[^.;:]{0,80}?\bvà (?:(?:dự kiến|sẽ|chính thức|đã)\s+)*trở thành (?:thành viên|hội viên)\b"
)


def invited_then_joins(low: str, c0: int, ts: int, te: int, c1: int) -> bool:
    """ "nước này được mời gia nhập BRICS và dự kiến trở thành thành viên từ ngày 1/1/2024": the invitation is no
    joining; the phrase after "và" tells the joining (with its date)."""
    return (
        _INVITED.search(low, max(c0, ts - 20), ts) is not None and _THEN_MEMBER.match(low, te, c1) is not None
    )


def elided_org(low: str, index, prev: int, ts: int) -> list[str]:
    """ "gia nhập BRICS và dự kiến trở thành thành viên ...": the organisation of the verb before "và", when the
    second verb names none."""
    if prev < 0 or re.search(r"\bvà\b", low[prev:ts]) is None:
        return []
    orgs = [m for m in index.between(prev, ts) if m.kind in ("organisation", "body")]
    return [orgs[0].code] if orgs else []


_LISTED: Final = re.compile(
    r"\b(?:các|những) (?:hiệp định|hiệp ước|thỏa thuận|văn kiện|điều ước|văn bản)(?: quốc tế)?(?: (?:chính|quan trọng))?"
    r" (?:(?:đã|được|mà \S+(?: \S+)? đã) )*$"
)


def list_heading(low: str, b0: int, ts: int) -> bool:
    """ "4. Các hiệp định đã ký (Ba Lan tham gia ...)": a heading announcing a list of agreements (the items tell the
    signings), no signing of its own."""
    return _LISTED.search(low, max(b0, ts - 60), ts) is not None


def invited(low: str, c0: int, ts: int) -> bool:
    """ "được mời gia nhập": invited to join (not yet a member)."""
    return _INVITED.search(low, max(c0, ts - 20), ts) is not None


_SET_DESCRIBED: Final = re.compile(r"\b(?:các|những) [^\W\d_]+(?: [^\W\d_]+)? (?:có|đã có|từng có) $")


def described_set(low: str, s0: int, ts: int) -> bool:
    """ "... Sở Ngoại vụ các tỉnh có hợp tác với Mông Cổ": a relative clause picking out a set ("the provinces that
    cooperate with ..."), no act told."""
    return _SET_DESCRIBED.search(low, max(s0, ts - 40), ts) is not None


_NOT_YET_PASSIVE: Final = re.compile(
    r"\b(?:chưa|không|chưa từng|không hề|chưa bao giờ)(?: (?:chính thức|hề|bao giờ))? được\b"
)


def passive_negated(low: str, ts: int, te: int) -> bool:
    """ "Quan hệ ngoại giao giữa A và B chưa được thiết lập": a subject-first passive negated inside its own span."""
    return _NOT_YET_PASSIVE.search(low, ts, te) is not None


# who travels in "X sang Nhật Bản dự ...": a leader, an official or a delegation (not workers or goods going to work)
_TRAVELLER: Final = re.compile(
    r"\b(?:chủ tịch|thủ tướng|tổng bí thư|tổng thống|bộ trưởng|ngoại trưởng|thứ trưởng|đại sứ|quốc vương|nhà vua"
    r"|hoàng tử|hoàng hậu|lãnh đạo|(?<!tập )(?<!công )đoàn(?! (?:học sinh|sinh viên|thể thao|nghệ thuật|nghệ sĩ)\b)"
    r"|phái đoàn|đặc phái viên|nguyên thủ|người đứng đầu|phó tổng thống|chủ tịch quốc hội|cán bộ"
    r"|lãnh sự(?! quán))\b"  # (round 76: "Tổng Lãnh sự X tại Thành phố Hồ Chí Minh đến chào ...", not the consulate)
)  # not "Tập đoàn", "công đoàn", "đoàn học sinh", "đoàn thể thao", nor the surname "Hoàng"


_TOPIC: Final = re.compile(
    r"\s(?:về|để|nhằm)\b"
)  # "làm việc với X về thu hút đầu tư của Nhật Bản": the topic


def partner_end(text: str, te: int, p1: int) -> int:
    """Where the partner of "làm việc với X" ends: at the topic or purpose ("về", "để", "nhằm") after it."""
    m = _TOPIC.search(text, te, p1)
    return m.start() if m else p1


def traveller_before(low: str, s0: int, ts: int) -> bool:
    """Is the one who goes ("... sang Phi-líp-pin dự ...") a leader, an official or a delegation, named in the 80
    characters before the verb?"""
    return _TRAVELLER.search(low, max(s0, ts - 80), ts) is not None


_MEMBERS: Final = re.compile(r"\bcác (?:nước |quốc gia )?thành viên(?! (?:của|thuộc)\b)")
_MEMBERS_REACH: Final = 1500  # how far back the organisation whose members they are may be named


def member_mentions(text: str, low: str, mentions: list[Mention]) -> list[Mention]:
    """ "Việt Nam sẽ phối hợp với các nước thành viên triển khai Tuyên bố": the members of the organisation named
    last before (within the reach), as a synthetic mention of that organisation (``via="anaphora"``); not when a
    name or a region follows ("các nước thành viên EU", "các nước thành viên châu Âu")."""
    if "thành viên" not in low:
        return []
    out: list[Mention] = []
    # (``_MEMBERS.finditer(low)``, found from each "các ": the engine's own scan tried its `\b` everywhere)
    for m in matches_at(low, _MEMBERS, ("các ",)):
        s, e = m.span()
        q = e + (9 if low.startswith((" sáng lập ", " đầu tiên "), e) else 0)
        nxt = text[q + 1 : q + 2]  # ("các thành viên sáng lập Liên hợp quốc": that organisation's founders)
        if nxt.isupper() or nxt.isdigit() or low.startswith((" châu", " khu vực", " khác"), e):
            continue  # "các nước thành viên CPTPP / EU / châu Âu": whose members they are follows
        orgs = [
            x for x in mentions if s - _MEMBERS_REACH <= x.start and x.end <= s and x.kind == "organisation"
        ]
        if orgs and orgs[-1].via != "anaphora":
            out.append(Mention(s, e, orgs[-1].code, "organisation", "anaphora"))
    return out
