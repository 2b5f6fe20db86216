""" "Trong chuyến thăm, Tổng thống sẽ hội kiến ...": a bare title as a clause's subject is the holder of that
title named last before it. Vietnamese writing names a leader once with title and country, then by the title
alone; only titles no Vietnamese office holder bears today are read so (a bare "Thủ tướng", "Chủ tịch" may be
either side's). Used by :mod:`doingoai.extract.events_unstated`."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from doingoai.extract.cue_tries import trie_pattern
from doingoai.extract.events_anaphora import country_of
from doingoai.extract.events_destination import reach_start
from doingoai.model import BlockType, Document, by_start

_FOREIGN_TITLES: Final = ("tổng thống", "quốc vương", "nhà vua", "nữ hoàng", "thái tử", "hoàng thân")
# (speed round 19) the titles as a trie: found where (and only where) one starts, as by their flat alternation, with
# each first letter tried once at a position (half the time of the alternation over the clause before a trigger)
_ANY_TITLE: Final = re.compile(trie_pattern(_FOREIGN_TITLES))
_BARE_TITLE: Final = re.compile(
    r"(?:^|[,;:]\s*)(?:ngài\s+)?(?P<t>" + "|".join(_FOREIGN_TITLES) + r")"
    r"(?:\s+(?:đã|sẽ|cũng|còn|tiếp tục|lại|đang|vừa|chính thức|có|các|cuộc|buổi))*\s*$"
)
# the same title with a name the gazetteer lacks ("Tổng thống Xu-các-nô thăm Hà Nội"), read on the cased text
_UNKNOWN_NAME: Final = re.compile(
    r"(?:^|[,;:]\s*)(?:(?:cũng |ngay )?(?:trong|năm|tháng|ngày|sau|trước|đến|tới)[^,;:]{0,30},\s*)?(?i:ngài\s+)?"
    r"(?i:(?P<t>" + "|".join(_FOREIGN_TITLES) + r"))\s+(?P<n>[A-ZĐ][\w-]*(?:\s+[A-ZĐ][\w-]*){0,3})"
    r"(?:\s+(?:đã|sẽ|cũng|còn|tiếp tục|lại|đang|vừa|chính thức))*\s*$"
)
_LOOK_BACK: Final = (
    300  # characters of its block a titled stranger looks back for the one foreign state named
)
_KINDS: Final = ("country", "person", "body")
_NAMED_WITHIN: Final = 45  # a title's name follows it closely ("Tổng thống Cộng hòa Pháp Emmanuel Macron")


# the same bare title as the object right after the verb ("Thủ tướng ... đã hội kiến Tổng thống.")
_BARE_OBJECT: Final = re.compile(
    r"\s+(?:với\s+)?(?:ngài\s+)?(?P<t>"
    + "|".join(_FOREIGN_TITLES)
    + r")(?=\s*(?:[,.;:]|$|và\b|tại\b|nhân\b|bên lề\b))"
)


# the visitor by role: "(hội đàm với / tiếp / đón) vị khách", "khách quý"
_GUEST: Final = re.compile(
    r"\s+(?:với\s+)?(?:các |hai )?(?:vị khách|khách quý)(?=\s*(?:[,.;:]|$|và\b|tại\b|nhân\b))"
)
_GUEST_BACK: Final = 800  # characters back the visitor is named (the lead of a news story)


def titled_object(doc: Document, low: str, te: int) -> str:
    """The country of the holder a bare foreign title right after the verb ending at ``te`` names ("đã hội kiến
    Tổng thống."), or of the guest ("hội đàm với vị khách": the foreign state named last before), or ""."""
    m = _BARE_OBJECT.match(low, te)
    if m is not None:
        return _holder(doc, low, m.group("t"), m.start("t"))
    g = _GUEST.match(low, te) if "khách" in low[te : te + 20] else None
    if g is None:
        return ""
    ms = doc.mentions
    k = bisect_left(ms, te, key=by_start)
    while k > 0 and ms[k - 1].start >= te - _GUEST_BACK:
        k -= 1
        if ms[k].kind in _KINDS and country_of(ms[k].code) != "VNM":
            return country_of(ms[k].code)
    return ""


def titled_subject(doc: Document, low: str, c0: int, ts: int) -> str:
    """The country of the holder a bare foreign title subject before ``ts`` (clause from ``c0``) names: the last
    "<title> <country or person>" before the clause in the document; "" when there is none or it is Vietnam."""
    if _ANY_TITLE.search(low, c0, ts) is None:  # (one scan for the six titles, no slices)
        return ""
    m = _BARE_TITLE.search(low[c0:ts])  # (a slice: "^" is the clause's start)
    if m is None:
        return _stranger(doc, low, c0, ts)
    return _holder(doc, low, m.group("t"), c0 + m.start("t"))


# a visit's destination or a meeting's host named between the holder and the bare title ("Tô Lâm thăm chính thức
# Pháp. Trong chuyến thăm, Tổng thống ...": France's, not the president named paragraphs before)
_TO_PLACE: Final = re.compile(
    r"(?<![^\W\d_])(?:thăm(?: chính thức| cấp nhà nước| làm việc| hữu nghị)?|tới|đến|sang|tại)\s+$"
)
_OCCASION: Final = re.compile(r"(?:chuyến|cuộc) (?:thăm|công du)|nhân dịp|trong dịp")


def _holder(doc: Document, low: str, title: str, pos: int) -> str:
    """The country of the last "<title> <country or person>" before ``pos`` within reach (the sentence before or
    this paragraph: events_destination.reach_start; else a news story's title and lead), unless Vietnam's; else
    "". A foreign state named in between as a visit's destination or host ends the reach: it is that state's
    title when the title's clause speaks of the visit ("Trong chuyến thăm, Tổng thống ...") and the holder (if
    any) was named in an earlier sentence than the host (not the visitor there), else no one's."""
    lo = reach_start(doc, pos)
    at, who = _nearest(doc, low, title, lo, pos)
    bs = doc.blocks
    if at < 0 and bs and bs[0].type is BlockType.TITLE:  # (a news story: the guest its title and lead name)
        at, who = _nearest(doc, low, title, 0, min(lo, bs[min(1, len(bs) - 1)].end))
        lo = 0 if at >= 0 else lo
    host, where = _host_between(doc, low, max(lo, at), pos)
    if host and host != who:  # (a holder in the host's own sentence may be the visitor there: not told)
        s = doc.sentence_at(pos)
        told = s is not None and _OCCASION.search(low, s.start, pos) is not None
        return host if told and (at < 0 or doc.sentence_at(at) != doc.sentence_at(where)) else ""
    return "" if who == "VNM" else who


def _nearest(doc: Document, low: str, title: str, lo: int, hi: int) -> tuple[int, str]:
    """Where the last "<title> <country or person>" in ``[lo, hi)`` is and its country; (-1, "") if none is."""
    at = hi
    for _ in range(8):  # (the nearest titled name, past bare uses of the title)
        at = low.rfind(title, lo, at)
        if at < 0:
            return -1, ""
        who = _named_after(doc, low, at + len(title))
        if who:
            return at, who
    return -1, ""


def _named_after(doc: Document, low: str, end: int) -> str:
    """The country of the country or person mention right after a title ending at ``end``, or ""."""
    ms = doc.mentions
    k = bisect_left(ms, end, key=by_start)
    while k < len(ms) and ms[k].start - end <= _NAMED_WITHIN and "." not in low[end : ms[k].start]:
        if ms[k].kind in ("country", "person"):
            return country_of(ms[k].code)
        k += 1
    return ""


def _host_between(doc: Document, low: str, lo: int, hi: int) -> tuple[str, int]:
    """The last foreign state named in ``[lo, hi)`` right after a visit's or a meeting's place word, and where;
    ("", -1) when there is none."""
    ms, host, where = doc.mentions, "", -1
    for j in range(bisect_left(ms, lo, key=by_start), bisect_left(ms, hi, key=by_start)):
        m = ms[j]
        if m.kind in _KINDS and _TO_PLACE.search(low, max(lo, m.start - 40), m.start) is not None:
            c = country_of(m.code)
            host, where = (c, m.start) if c != "VNM" else (host, where)
    return host, where


def _stranger(doc: Document, low: str, c0: int, ts: int) -> str:
    """The state of "Tổng thống <a name the gazetteer lacks>" opening the clause: the foreign state named last
    before it in its block ("Chủ tịch Hồ Chí Minh sang thăm In-đô-nê-xi-a; cũng trong năm đó, Tổng thống Xu-các-nô
    thăm Hà Nội" -> Indonesia); "" when a mention covers the name (the gazetteer knows it) or not exactly one
    foreign state is named there."""
    m = _UNKNOWN_NAME.search(doc.text[c0:ts])
    if m is None:
        return ""
    ns = c0 + m.start("n")
    ms = doc.mentions
    k = bisect_left(ms, ns, key=by_start)
    if k > 0 and ms[k - 1].end > ns or k < len(ms) and ms[k].start < c0 + m.end("n"):
        return ""  # (a known person or state: the mentions give its side)
    sent = doc.sentence_at(c0)
    block = doc.blocks[sent.block] if sent is not None else None
    lo = max(block.start if block is not None else 0, c0 - _LOOK_BACK)
    named = {
        country_of(ms[j].code) for j in range(bisect_left(ms, lo, key=by_start), k) if ms[j].kind in _KINDS
    }
    named.discard("VNM")
    return named.pop() if len(named) == 1 else ""  # (two foreign states before: the stranger's is not told)
