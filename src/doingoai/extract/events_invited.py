"""Invitations to visit, and the pair of a Vietnamese mission's own report (docs/decisions.md, Events, round 20).

* "A mời B (sớm) thăm (chính thức) C": the visit invited is B's, to come (planned), not A's, and not dropped as a
  request made of others ("vận động các nước phê chuẩn ..."): the invitee is the name right before the verb, the
  invitation "mời" (not "lời mời", "được mời") right before the invitee.
* A report whose issuer line is a Vietnamese mission abroad ("ĐẠI SỨ QUÁN VIỆT NAM TẠI HUNG-GA-RI", "TỔNG LÃNH SỰ
  QUÁN VIỆT NAM TẠI ...") is about Vietnam and the host country: its "hai nước" / "hai bên" with no pair named before
  is that pair, as a joint statement's title gives its own; an act of Vietnam's there with no partner named (a digest's
  "Tổng Lãnh sự quán trao học bổng", "Đại sứ thăm Công ty X") has the host as its partner (round 90, events_unstated).
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.places_scan import scan_places
from doingoai.model import BlockType, Document, Mention

# "mời (trân trọng) <invitee>": the invitation right before the invitee's name (up to a title's few words)
_INVITE: Final = re.compile(r"(?<!lời )(?<!được )(?<!khách )\bmời\s+(?:[^\W\d_]+\s+){0,4}$")
# between the invitee and the visit: adverbs of time or manner only ("sớm", "sang", "trong thời gian tới")
_GAP: Final = re.compile(
    r"\s*(?:(?:sớm|sang|đến|tới|lại|một lần nữa|nhân dịp thích hợp|vào thời điểm thích hợp),?\s+)*$"
)


def invited_visitor(text: str, pre: list, ts: int, post: list) -> tuple[str, ...]:
    """The codes of the invitee of "A mời B (sớm) thăm C" for the visit trigger at ``ts`` (``pre``: the name
    groups before it in its clause, last nearest; ``post``: those after it — a destination must be named: not
    "mời Singapore thăm triển lãm ảnh", review 6b), else ()."""
    if (
        not post
        or not pre
        or pre[-1].marker != ""
        or "mời" not in text[max(0, pre[-1].start - 40) : pre[-1].start]
    ):
        return ()
    g = pre[-1]
    if not _GAP.fullmatch(text, g.end, ts) or _INVITE.search(text, max(0, g.start - 40), g.start) is None:
        return ()
    return tuple(g.codes)


# the issuer line of a Vietnamese mission abroad, at the head of the document (its trade office too, round 114)
_MISSION: Final = re.compile(
    r"(?m)^[ \t]*(?:ĐẠI SỨ QUÁN|TỔNG LÃNH SỰ QUÁN|LÃNH SỰ QUÁN|THƯƠNG VỤ)(?: NƯỚC (?:CHXHCN|CỘNG HÒA XÃ HỘI CHỦ NGHĨA))?"
    r" VIỆT NAM TẠI (?P<host>[^\n]{2,60})$"
)
_HEAD: Final = 400  # characters at the head of the document where the issuer lines stand


def mission_pair(doc: Document, mentions: list[Mention], pos: int) -> tuple[str, str] | None:
    """(Vietnam, the host country) when ``doc``'s issuer line is a Vietnamese mission in one foreign country and
    ``pos`` lies after it; else None (``mentions``: the actor mentions, sorted by start)."""
    head = doc.text[:_HEAD]
    if "VIỆT NAM TẠI" not in head:
        return None
    m = _MISSION.search(head)
    if m is None or m.end() > pos:
        return None
    s, e = m.span("host")
    codes = {x.code for x in mentions if s <= x.start and x.end <= e and x.kind == "country"}
    if not codes:  # (round 90) a consulate in a city: "TỔNG LÃNH SỰ QUÁN ... TẠI PAKSE" (the city's country)
        host = doc.text[s:e]
        codes = {c for _, _, c in scan_places(host, host.lower())}
    if len(codes) != 1 or "VNM" in codes:
        return None  # (a mission to an organisation, "PHÁI ĐOÀN ... TẠI LIÊN HỢP QUỐC", names no country)
    return "VNM", codes.pop()


_MISSION_STAFF: Final = (
    "đại sứ",
    "lãnh sự",
    "tham tán",
)  # the mission or its staff acting in a clause naming no party


def mission_acts(doc: Document, mentions: list[Mention], cache: dict, low: str, lo: int, hi: int) -> bool:
    """Does ``low[lo:hi]``, naming no party, tell of a Vietnamese mission's own act in its report ("Tối 14/2, Đại sứ
    quán tổ chức chiêu đãi ..." under "ĐẠI SỨ QUÁN VIỆT NAM TẠI X"), Vietnam and the host its parties (round 90)?
    ``low``: the lower-cased text; ``mentions``: the actor mentions, sorted by start."""
    if not any(low.find(w, lo, hi) >= 0 for w in _MISSION_STAFF):
        return False
    got = cache.get("mission pair")
    if got is None:
        got = cache["mission pair"] = mission_pair(doc, mentions, len(doc.text)) or ()
    return bool(got)


# "Chuẩn bị / Dự kiến / Phấn đấu đón đoàn X sang thăm ...": a task opening a subjectless clause, the visitor the
# object of the host's "đón / mời / tiếp" (the status is read after the last name, so the task was not seen)
_RECEIVED: Final = re.compile(r"\b(?:đón(?: tiếp)?|mời|tiếp)\s+(?:[^\W\d_]+\s+){0,6}$")


def received_opener(text: str, pre: list, c0: int) -> str:
    """The words before the host's "đón / mời / tiếp" whose object is the visitor ``pre[-1]`` ("chuẩn bị đón đoàn
    X": "chuẩn bị "), from the clause's start at ``c0`` or the name before; they are read for the status with the
    predicate (which starts after the visitor's name). "" when no such verb governs the visitor."""
    if not pre:
        return ""
    lo = max(c0, pre[-2].end if len(pre) > 1 else c0, pre[-1].start - 80)
    m = _RECEIVED.search(text, lo, pre[-1].start)
    return text[lo : m.start()] + " " if m is not None else ""


# "Tuyên bố chung (này) được ký tại Hà Nội ngày 11/10/2011": a joint document's closing line, its own signing
_OWN_SIGNING: Final = re.compile(
    r"\s*(?:(?:bản )?(?:tuyên bố chung|thông cáo chung|tuyên bố báo chí chung)(?: này)?) (?:đã )?được (?:ký|ký kết)$"
)


def own_signing(doc: Document, text: str, c0: int, te: int) -> bool:
    """Is the signing trigger ending at ``te`` the closing line of a joint statement ("Tuyên bố chung được ký tại X
    ngày Y") in a document whose title is one ("TUYÊN BỐ CHUNG ... giữa A và B"), its parties the pair the title
    names?"""
    if _OWN_SIGNING.fullmatch(text, c0, te) is None:
        return False
    title = next((b for b in doc.blocks if b.type is BlockType.TITLE), None)
    head = text[title.start : title.end] if title is not None else ""
    return "tuyên bố chung" in head or "thông cáo chung" in head


# a bilateral agreement signed in the passive with no party named: "phải đến năm 2000 Hiệp định Thương mại song
# phương mới được ký" (round 31): the pair the text is about signs it
# (round 108) the abbreviation in brackets after the name ("Hiệp định Thương mại song phương (BTA) được ký tại ...")
_BILATERAL_SIGNED: Final = re.compile(
    r"\b(?:hiệp định|thỏa thuận|hiệp ước)\b[^,.;:()]{0,60}\bsong phương\b(?: \w+){0,3}?(?: \([^()]{1,20}\))?"
    r" (?:(?:mới|đã|chỉ|cuối cùng)\s+)*được (?:ký|ký kết)$"
)


def bilateral_signing(text: str, c0: int, ts: int, te: int) -> bool:
    """Is the signing trigger ending at ``te`` the passive of a bilateral agreement with no agent ("Hiệp định ...
    song phương mới được ký")? ``text``: lower-cased."""
    return _BILATERAL_SIGNED.search(text, max(c0, ts - 100), te) is not None
