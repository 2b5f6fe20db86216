"""The destination a visit leaves unwritten: "đoàn đại biểu tỉnh Chăm-pa-sắc (Lào) sang thăm và làm việc", "Đại sứ
Ô-xtrây-li-a đã sang thăm và làm việc với lãnh đạo tỉnh". "sang" is movement over to the other side: a foreign
visitor who "sang thăm" with no place written after the verb (or only the writer's bare "tỉnh" / "thành phố") comes
to the writer's side, Vietnam. Not when another party is named before it in its clause (an inviter: "A mời B sang
thăm"), not for one firm's delegation (no state's side, as in events_anaphora; a delegation of a country's
businesses is the country's, round 26); the caller keeps Vietnam out of a text that never names it. When the
sentence before (or this one) already told where that visitor goes ("Thái Lan mời Thủ tướng Nhật Bản sang thăm. ...
Thủ tướng Nhật Bản sang thăm", "Theo lời mời của X, ...", "B sang thăm X. ... B sang thăm"), the visit is to that
place. A visitor "sang / đến" for a purpose with no place after the verb ("đoàn đại biểu tỉnh X sang dự Lễ hội ...",
"Đại sứ X ... đến làm việc với lãnh đạo tỉnh": trigger ``visit_come``) is read the same way; its visitors are all
the names before it (round 26). A visitor come over "sang thăm, làm việc tại <place>" to a place that is no other
country's (a Vietnamese one, or one the gazetteer does not know: "tại Phan Thiết") comes to Vietnam too (round 28).
A meeting attended at an invitation ("Nhận lời mời của X, B sẽ dự Hội nghị Z": a spokesperson's announcement) is
B's at Z, the inviter no party of it (round 105: invited_attend). Used by :mod:`doingoai.extract.events_unstated`, :mod:`doingoai.extract.events` and
:mod:`doingoai.extract.events_parties`."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Any, Final

from doingoai.extract import gazetteer
from doingoai.extract.events_anaphora import country_of
from doingoai.extract.places import VNM
from doingoai.model import Document, EventKind, Mention, Sentence, by_start

# "sang" (over to the other side) before a visit, or the visit verb "sang" itself
_OVER: Final = re.compile(
    r"(?<![^\W\d_])sang(?: (?:thăm|dự|làm việc|công tác|tham dự))?(?: (?:chính thức|hữu nghị))?\s*$"
)
# no destination after the verb: the clause ends, the next verb, a time or a site follows ("sang thăm, làm việc")
_NO_DESTINATION: Final = re.compile(
    r"\s*(?:(?:tỉnh|thành phố|địa phương)\s*)?"
    r"(?:[,.;:)]|$|và làm việc\s*[,.;:)]|(?:và )?(?:làm việc|dự|tham dự|tìm hiểu|trao đổi|khảo sát|công tác|chào|giảng|giao lưu|học tập|xúc tiến)\b"
    # a time ("sang thăm vào tháng 3 năm sau") or a site of the place ("sang thăm Khu chứng tích Sơn Mỹ")
    r"|(?:vào|trong|nhân) (?:tháng|ngày|dịp|năm|quý|đợt)\b"
    r"|(?:khu chứng tích|khu di tích|di tích|bảo tàng|nghĩa trang|khu công nghiệp|khu kinh tế|nhà máy|làng|đền|chùa)\b)"
)
_FIRM: Final = re.compile(
    r"\b(?:công ty|tập đoàn|hãng)\b"
)  # one firm; a delegation of a country's businesses visits (round 26)
# where an earlier sentence sends the visitor: an invitation ("lời mời của X", "X mời ..."), or "sang thăm X"
_TOLD: Final = re.compile(
    r"(?<![^\W\d_])(?:(?P<of>lời mời của)|(?P<inv>mời)|(?P<to>sang thăm(?: chính thức| hữu nghị)?))(?![^\W\d_])"
)
_KINDS: Final = ("country", "person", "body")


def _opens(s: Sentence) -> int:
    return s.start


def reach_start(doc: Document, pos: int) -> int:
    """The start of the sentence before the one at ``pos`` or of ``pos``'s paragraph, whichever is earlier."""
    ss = doc.sentences
    i = bisect_left(ss, pos + 1, key=_opens) - 1
    if i < 0:
        return 0
    lo = ss[max(0, i - 1)].start
    block = ss[i].block
    return min(lo, doc.blocks[block].start) if block < len(doc.blocks) else lo


def came_over(doc: Document, text: str, pre: list[Any], actors: list[str], ts: int, te: int) -> str:
    """Where the visit at ``[ts, te)`` of ``actors`` (no recipient read) goes when it "sang thăm" with nothing
    after: the place an invitation or an earlier "sang thăm X" in reach named, else Vietnam; "" when the
    visit is no such one. ``text``: lower-cased."""
    if VNM in actors or not (
        text.endswith("sang ", max(0, ts - 5), ts)
        or _OVER.search(text, ts, te)
        or te - ts == 3  # (the trigger "visit_come" "đến" alone: "Đại sứ X đến làm việc với lãnh đạo tỉnh")
        and text.startswith("đến", ts)
    ):
        return ""
    if _FIRM.search(text, max(0, ts - 80), ts) is not None or (
        _NO_DESTINATION.match(text, te) is None and not _home_venue(doc, text, ts, te)
    ):
        return ""
    told = _told_before(doc, text, actors, ts)
    # the parties named before it are the visitor's, or the inviter the visit goes to ("Theo lời mời của Chính
    # phủ X, từ ngày ..., Thủ tướng B sang thăm, làm việc": to X; session 9, G2), never another one
    if not all(c in actors or c == told for g in pre for c in g.codes):
        return ""
    return told or VNM


# the words after "(thăm,) làm việc tại / ở" up to four ("sang thăm, làm việc tại Phan Thiết")
_VENUE_WORDS: Final = re.compile(r"(?:tỉnh |thành phố )?([^\W\d_][\w-]*(?: [^\W\d_][\w-]*){0,3})")


def _home_venue(doc: Document, text: str, ts: int, te: int) -> bool:
    """Does the visit verb at ``[ts, te)`` end on "tại / ở" before a place that is no other country's: a Vietnamese
    one or one the gazetteer does not know ("đoàn đại biểu tỉnh bạn ... đã sang thăm, làm việc tại Phan Thiết"), the
    visitor having come over ("sang") to the writer's side? ``text``: lower-cased (round 28)."""
    if not text.endswith((" tại", " ở"), ts, te) and not text.endswith((" tại ", " ở "), ts, te):
        return False
    at = te + (text[te] == " ") if te < len(text) else te
    k = bisect_left(doc.mentions, at, key=by_start)
    if k < len(doc.mentions) and doc.mentions[k].start == at or not doc.text[at : at + 1].isupper():
        return False  # a country or organisation named, or no name
    m = _VENUE_WORDS.match(text, at)
    if m is None:
        return False
    words, foreign = m.group(1).split(" "), _foreign_places()
    return not any(" ".join(words[:k]) in foreign for k in range(1, len(words) + 1))


@lru_cache(maxsize=1)
def _foreign_places() -> frozenset[str]:
    """The gazetteer's places of other countries than Vietnam, lower-cased."""
    return frozenset(
        n.text.lower() for e in gazetteer.places().values() if e.attr("country") != VNM for n in e.names
    )


def _state(m: Mention) -> str:
    return country_of(m.code) if m.kind in _KINDS else ""


def _told_before(doc: Document, text: str, actors: list[str], ts: int) -> str:
    """The destination an invitation or an earlier "sang thăm X" of the same visitor names before ``ts`` within
    the sentence before or this paragraph, the last one; "" when none is."""
    lo, ms, told = reach_start(doc, ts), doc.mentions, ""
    for m in _TOLD.finditer(text, lo, max(lo, ts - 1)):
        sent = doc.sentence_at(m.start())
        s0, s1 = (sent.start, sent.end) if sent is not None else (lo, ts)
        k = bisect_left(ms, m.end(), key=by_start)
        first = bisect_left(ms, s0, key=by_start)
        if m.group("of") or m.group("to"):  # the place (or host) named right after
            nxt = ms[k] if k < len(ms) and ms[k].start - m.end() <= 25 and ms[k].start < s1 else None
            who = _state(nxt) if nxt is not None else ""
            # ("theo lời mời của X" invites this sentence's visitor; "B sang thăm X" moves B)
            mover = (
                s1 > ts
                if m.group("of")
                else any(_state(x) in actors for x in ms[first:k] if x.end <= m.start())
            )
        else:  # "X mời <visitor> sang thăm": the inviter before, the visitor between
            sang = text.find("sang", m.end(), min(s1, m.end() + 80))
            mover = sang >= 0 and any(
                _state(x) in actors for x in ms[k : bisect_left(ms, sang, key=by_start)]
            )
            before = [_state(x) for x in ms[first:k] if x.end <= m.start()]
            who = next((c for c in reversed(before) if c and c not in actors), "")
        if mover and who and who not in actors:
            told = who
    return told


# an invitation fronted before the visitor: "Theo lời mời của (Chính phủ) X, (từ ngày ...,) Thủ tướng B sang thăm"
_INVITED: Final = re.compile(r"(?<![^\W\d_])(?:theo|nhận) lời mời của(?![^\W\d_])")


def invited_visit(
    doc: Document, text: str, kind: Any, actors: Any, recips: Any, s0: int, ts: int
) -> tuple[Any, Any]:
    """A visit whose sentence opens on "Theo lời mời của X," with X read among its visitors ("Chính phủ X, Thủ
    tướng B" taken as one group): B visits X, the inviter (session 9, G2); else ``actors``, ``recips`` as given.
    ``text``: lower-cased."""
    if kind is not EventKind.VISIT or recips or len(actors) < 2:
        return actors, recips
    m = _INVITED.search(text, s0, ts)
    if m is None:
        return actors, recips
    ms = doc.mentions
    k = bisect_left(ms, m.end(), key=by_start)
    nxt = ms[k] if k < len(ms) and ms[k].start - m.end() <= 25 and ms[k].end < ts else None
    inviter = _state(nxt) if nxt is not None else ""
    if inviter not in actors or "," not in text[nxt.end : ts]:  # type: ignore[union-attr]
        return actors, recips  # (the invitation must close before the visitor's clause)
    return [c for c in actors if c != inviter], [inviter]


# the attendance an invitation fronts: "Nhận lời mời của X, Thủ tướng B sẽ (tham) dự Hội nghị ..." (round 105)
_ATTEND: Final = re.compile(r"(?<![^\W\d_])(?:tham )?dự(?![^\W\d_])")


def invited_attend(
    doc: Document, text: str, kind: Any, actors: Any, recips: Any, s0: int, ts: int
) -> tuple[Any, Any]:
    """A meeting attended at an invitation that opens its sentence ("Nhận lời mời của Thủ tướng X, Thủ tướng B sẽ
    dự Hội nghị Z", a spokesperson's announcement): the inviter is no party of the attending, B (named between the
    invitation's comma and the trigger) attends Z; the inviter is the side met only when no other is read ("Nhận
    lời mời của Diễn đàn W, B sẽ dự Hội nghị W"); the trigger is the attending verb itself, not a later act of the
    trip ("... và có các cuộc tiếp xúc với lãnh đạo nước chủ nhà"). Else ``actors``, ``recips`` as given.
    ``text``: lower-cased."""
    if kind is not EventKind.CONSULT:
        return actors, recips
    m = _INVITED.search(text, s0, ts)
    if m is None or text[s0 : m.start()].strip(" -–:0123456789.)(").split() not in ([], ["thông", "báo"]):
        return actors, recips  # (the invitation opens the sentence, or an item, or an announcement)
    comma = text.find(",", m.end(), ts)
    if comma < 0 or _ATTEND.match(text, ts) is None or "thăm" in text[comma:ts]:
        return actors, recips
    ms = doc.mentions
    k = bisect_left(ms, m.end(), key=by_start)
    nxt = ms[k] if k < len(ms) and ms[k].start - m.end() <= 25 and ms[k].end <= comma else None
    if nxt is None:
        return actors, recips
    inviter = country_of(nxt.code)
    j = bisect_left(ms, comma, key=by_start)
    named = [country_of(x.code) for x in ms[j : bisect_left(ms, ts, key=by_start)] if x.kind in _KINDS]
    attendee = [c for c in dict.fromkeys(named) if c != inviter]
    if not attendee or (inviter not in actors and inviter not in recips):
        return actors, recips
    met = [c for c in dict.fromkeys([*actors, *recips]) if c not in attendee and c != inviter]
    return attendee, met or [inviter]


# a receiving or inviting verb before the traveller: "đón đoàn X đến khảo sát" is the reception's ("delegation_received")
_RECEIVED: Final = re.compile(r"(?<![^\W\d_])(?:đón|mời|tiếp)(?![^\W\d_])")


def coming_visitor(low: str, s0: int, ts: int, traveller: bool) -> bool:
    """Does the "sang / đến" at ``ts`` ("đoàn đại biểu tỉnh X sang dự ...", "Đại sứ X đến làm việc với ...") tell a
    visitor coming of its own: a traveller named before it (``traveller``: events_phrases.traveller_before) and no
    receiving or inviting verb before it in its clause?"""
    if not traveller:
        return False
    lo = max(s0, ts - 120)
    for mark in _CLAUSE_MARKS:  # ("đã đón 37 đoàn, trong đó có đoàn X sang dự": one of those received came)
        lo = max(lo, low.rfind(mark, s0, ts) + 1)
    if low.startswith("sang", ts) and _RECEIVED_OVER.search(low, lo, ts) is not None:
        # (round 39) "tiếp đoàn doanh nghiệp X sang khảo sát ...": the delegation received came over
        return True
    return _RECEIVED.search(low, lo, ts) is None


# a delegation received, the received verb's object: "(Phó Chủ tịch UBND tỉnh) tiếp đoàn doanh nghiệp X" (not invited)
_RECEIVED_OVER: Final = re.compile(
    r"(?<![^\W\d_])(?:tiếp|đón|tiếp đón|đón tiếp)(?: và làm việc với)? (?:một |các )?đoàn\b(?![^;:]*\b(?:mời|đón|tiếp)\b)"
)


_CLAUSE_MARKS: Final = (
    ";",
    ":",
    "trong đó",
)  # where the clause of a "sang / đến" opens, not at a comma of a list


def visitor_roles(pre: list[Any], post: list[Any]) -> tuple[list[str], list[str]]:
    """The visitors of "visit_come" (every name before it: "Đại sứ Hàn Quốc cùng đoàn doanh nghiệp nước này") and
    the side it comes to, the partner after "với" ("đến làm việc với tỉnh X"), if any."""
    actors = list(dict.fromkeys(c for g in pre for c in g.codes))
    with_ = [c for g in post[:1] if g.marker in ("với", "cùng với") for c in g.codes if c not in actors]
    return actors, list(dict.fromkeys(with_))


# Vietnam written as the place visited, right after the visit word: "(chuyến) thăm (chính thức) Việt Nam"
_TO_VIETNAM: Final = re.compile(
    r"(?:\s+(?:chính thức|cấp nhà nước|làm việc|hữu nghị|và làm việc|tại|ở))*\s+(?:việt nam|nước ta)(?![^\W\d_])"
)


def visit_to_vietnam(text: str, kind: Any, te: int, actors: Any, recips: Any) -> tuple[Any, Any]:
    """A visit whose destination is written as Vietnam right after the visit word, with no visitor read before it
    and another party among those read ("hội đàm với Thủ tướng Nhật Bản, người đang có chuyến thăm chính thức Việt
    Nam", "Tổng thống X đang thăm cấp nhà nước Việt Nam"): the other party visits, Vietnam is visited (round 81),
    never the reverse the defaults would make of it. ``text``: lower-cased."""
    if kind is not EventKind.VISIT or actors or "VNM" not in recips or len(recips) < 2:
        return actors, recips
    if _TO_VIETNAM.match(text, te) is None:
        return actors, recips
    return [c for c in recips if c != "VNM"], ["VNM"]
