"""A visit named by its foreign visitor alone (round 151, session 20).

"Hiệp định ... được ký tại Hà Nội ngày 9/11/2018, nhân chuyến thăm của Chủ tịch ... Miguel Díaz-Canel", "nhân chuyến
thăm thứ hai của ông Rutte, quan hệ hai nước được nâng lên ...": the visit's destination is left out and its visitor
is a person whose name is no Vietnamese one (a capitalised word of two vowel groups, :func:`events_status.
foreign_name`) and whose country the sentence does not name. Vietnam, unstated, was read as the visitor and the
sentence's other state as the place visited; a Vietnamese reader takes it the other way round: the foreign leader
came to Vietnam. Only a visit Vietnam -> one foreign state (of any stage), in a sentence that writes "thăm" once,
as "chuyến thăm" followed by its attributes alone ("cấp Nhà nước", "chính thức", "thứ hai") and "của", with no
name of a place or party in the "của" phrase. Applied by :func:`doingoai.extract.events.find_events` to the drafts
of all stages.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from doingoai.extract.events_anaphora import country_of
from doingoai.extract.events_context import Context
from doingoai.extract.events_merge import Draft
from doingoai.extract.events_org_unstated import is_state
from doingoai.extract.events_status import foreign_name
from doingoai.extract.places import VNM
from doingoai.model import Document, EventKind, by_start

_VISIT: Final = EventKind.VISIT
# "chuyến thăm", its attributes, then "của" (no destination written)
_OF_VISITOR: Final = re.compile(
    r"chuyến thăm(?: (?:cấp nhà nước|chính thức|hữu nghị|làm việc|cấp cao|lịch sử|đầu tiên|lần này|này"
    r"|thứ (?:hai|ba|tư|năm|\d+)|lần thứ (?:hai|ba|tư|năm|\d+)))* của "
)
_PHRASE_END: Final = re.compile(r"[,.;:()\n]| tới | đến | sang | tại | ở ")
_REACH: Final = 80  # characters the visitor's phrase may run


def foreign_visitors(doc: Document, ctx: Context, low: str, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` with each visit Vietnam -> X that a foreign person's "chuyến thăm của ..." tells turned X -> Vietnam."""
    out = drafts
    for i, d in enumerate(drafts):
        if d.kind is not EventKind.VISIT or d.actors != (VNM,) or len(d.recipients) != 1:
            continue
        x = d.recipients[0]
        if x == VNM or not is_state(x):
            continue
        s0, s1 = d.sentence
        at = low.find("chuyến thăm", s0, s1)
        if at < 0 or low.find("thăm", at + 12, s1) >= 0 or low.find("thăm", s0, at) >= 0:
            continue  # (one visit written in the sentence)
        if _visitor_foreign(doc, ctx, low, at, s1, x):
            if out is drafts:
                out = list(drafts)
            out[i] = d._replace(actors=(x,), recipients=(VNM,))
    return out


def _visitor_foreign(doc: Document, ctx: Context, low: str, at: int, s1: int, x: str) -> bool:
    m = _OF_VISITOR.match(low, at)
    if m is None:
        return False
    stop = _PHRASE_END.search(low, m.end(), min(s1, m.end() + _REACH))
    end = stop.start() if stop is not None else min(s1, m.end() + _REACH)
    k = bisect_left(doc.mentions, m.end(), key=by_start)
    if k < len(doc.mentions) and doc.mentions[k].start < end:
        # (a party named there: "của Thủ tướng Nhật Bản", "của Chủ tịch nước ..."), unless it is the other state's
        # leader alone, a person of the gazetteer: "của Chủ tịch ... Miguel Díaz-Canel" (round 213)
        named = doc.mentions[k : bisect_left(doc.mentions, end, key=by_start)]
        return all(e.kind == "person" and country_of(e.code) == x for e in named)
    return foreign_name(doc, ctx, m.end(), end)


# (round 151) the body a delegation works with at its seat: "cử đoàn sang Ma-ni-la (Phi-líp-pin) làm việc với Trụ sở
# ADB", "sang Gia-các-ta làm việc với Ban Thư ký ASEAN và ERIA", "sang làm việc tại Ủy ban châu Âu ... ở Lúc-xăm-bua"
_WORKS_WITH: Final = re.compile(r"\blàm việc (?:với|tại) ")
_WORKS_REACH: Final = 100  # characters after "làm việc với" the bodies may be named in
_SEAT_KINDS: Final = frozenset({"organisation", "body"})
_CLAUSE_STOP: Final = re.compile(r"[.;:\n]| về | để | nhằm ")  # where the bodies worked with end


def bodies_visited(doc: Document, low: str, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` with each visit to a state whose sentence then says the delegation "làm việc với / tại" an
    international organisation or body also visiting that body (its seat is in the state visited): the one visit of
    its sentence (its drafts of one set of places), to states only, the body no state's organ ("Bộ Ngoại giao Lào") and not already a party."""
    out = drafts
    # (speed round 28) only a visit whose sentence writes "làm việc" is read: those first (most texts have none),
    # and the visits of each sentence are gathered only then
    ks = [
        i
        for i, d in enumerate(drafts)
        if d.kind is _VISIT and d.recipients and low.find("làm việc", d.sentence[0], d.sentence[1]) >= 0
    ]
    if not ks:
        return drafts
    per_sentence: dict[tuple[int, int], set[tuple[str, ...]]] = {}
    for d in drafts:
        if d.kind is _VISIT:
            per_sentence.setdefault(d.sentence, set()).add(d.recipients)
    for i in ks:
        d = drafts[i]
        if len(per_sentence[d.sentence]) != 1:
            continue
        if not all(is_state(c) for c in d.recipients):
            continue
        s0, s1 = d.sentence
        m = _WORKS_WITH.search(low, s0, s1)
        if m is None:
            continue
        stop = _CLAUSE_STOP.search(low, m.end(), min(s1, m.end() + _WORKS_REACH))
        end = stop.start() if stop is not None else min(s1, m.end() + _WORKS_REACH)
        k = bisect_left(doc.mentions, m.end(), key=lambda x: x.start)
        added: list[str] = []
        while k < len(doc.mentions) and doc.mentions[k].start < end:
            x = doc.mentions[k]
            k += 1
            if x.kind not in _SEAT_KINDS or country_of(x.code) != x.code or x.via == "anaphora":
                continue
            if x.code not in d.actors and x.code not in d.recipients and x.code not in added:
                added.append(x.code)
        if added:
            if out is drafts:
                out = list(drafts)
            out[i] = d._replace(recipients=d.recipients + tuple(added))
    return out
