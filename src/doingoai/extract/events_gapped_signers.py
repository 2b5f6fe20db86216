"""States that ratify or sign the same instrument, each with its own date, the verb written once (round 151, session 20).

"Phi-líp-pin phê chuẩn Công ước năm 1995, Băng-la-đét năm 2011 và In-đô-nê-xi-a năm 2012": after the first state's
act and its date, each further state written right before its own date is a subject whose verb is left out
(gapping), as "A gia nhập năm 2016, B năm 2022" is for joining (events_coord). An instrument is what one ratifies
or signs, never a state, so a bare state there is no second object. Only states written alone before their date
(", B năm Y", "và C năm Z"; not "với B": a partner), no verb between, the first act's parties all states and its
partners none; each draft takes the first one's instrument and status, its own state and date.
Called by :func:`doingoai.extract.events_coord.coordinated`; :func:`earlier_ordinal` (round 157: "X là nước thứ tư gia
nhập Y, sau A (1994), B (2010)") by :func:`doingoai.extract.events.find_events`.
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.events_context import Context
from doingoai.extract.events_merge import Draft
from doingoai.extract.events_org_unstated import is_state
from doingoai.extract.events_roles import MentionIndex
from doingoai.extract.members import members
from doingoai.extract.triggers import scan
from doingoai.model import EventKind, Status

K = members(EventKind)  # (plain attribute reads: see extract/members.py)

_KINDS: Final = frozenset({K.AGREEMENT_RATIFY, K.AGREEMENT_SIGN})
# between one date and the next state's date: ", (và) B (năm|ngày|tháng|vào)"; the names alone
_NEXT_STATE: Final = re.compile(
    r"\s*\)?\s*(?:,\s*(?:và\s+|còn\s+)?|và\s+)(?P<obj>[^,;:.()]{3,80}?)\s*\(?\s*(?:(?:vào|trong|ngày|tháng|năm)\s+)*$"
)
_JOIN: Final = re.compile(r"(?:\s*(?:,|và)\s*)?")
_REACH: Final = 320  # characters after the trigger the list may run


def gapped_signers(ctx: Context, low: str, index: MentionIndex, d: Draft, te: int, s1: int) -> list[Draft]:
    """Drafts of the states listed with their own dates after the act ``d`` (trigger ending at ``te``)."""
    if d.kind not in _KINDS or not d.date or not d.explicit or not d.actors:
        return []
    if not all(is_state(c) for c in d.actors) or any(is_state(c) for c in d.recipients):
        return []
    ds = ctx.dates_in(te, min(s1, te + _REACH))
    i = next((j for j, x in enumerate(ds) if x.value == d.date), -1)
    if i < 0:
        return []
    out: list[Draft] = []
    seen = set(d.actors)
    prev = ds[i]
    for nd in ds[i + 1 :]:
        m = _NEXT_STATE.fullmatch(low, prev.end, nd.start)
        if m is None or scan(ctx.doc.text[prev.end : nd.start]):
            break  # another verb phrase, or not a name followed by its date
        o0, o1 = m.span("obj")
        names = [x for x in index.between(o0, o1) if x.end <= o1 and x.via != "anaphora"]
        if (
            not names
            or names[0].start != o0
            or not all(x.kind == "country" and is_state(x.code) for x in names)
        ):
            break
        pos = o0
        for x in names:  # the item is the names alone: "B", "B và C"
            if _JOIN.fullmatch(low, pos, x.start) is None:
                return out
            pos = x.end
        if low[pos:o1].strip():
            break
        codes = tuple(dict.fromkeys(x.code for x in names if x.code not in seen))
        if not codes:
            break
        seen.update(codes)
        out.append(d._replace(actors=codes, date=nd.value))
        prev = nd
    return out


# (round 157) the states that did the same before, each with its own date, after an ordinal: "Cô-xta Ri-ca là nước Mỹ
# Latinh thứ tư gia nhập OECD, sau Mê-hi-cô (1994), Chi-lê (2010) và ...", "Gioóc-đa-ni trở thành nước Ả-rập thứ hai ký
# hòa ước với I-xra-en, sau Ai Cập năm 1979": the verb phrase is written once, each earlier state did it on its date
_ORDINAL: Final = re.compile(r"\bthứ (?:hai|ba|tư|năm|sáu|bảy|tám|chín|mười|\d+)\b")
_AFTER: Final = ", sau "
_ITEM_DATE: Final = re.compile(r"\s*\(?\s*(?:(?:vào|năm)\s+)*")  # between a state and its date
_ITEM_GAP: Final = re.compile(
    r"\s*\)?\s*(?:,\s*(?:và\s+)?|và\s+)"
)  # between one item's date and the next state
_AFTER_REACH: Final = 120  # characters from the trigger to ", sau"


def earlier_ordinal(ctx: Context, low: str, index: MentionIndex, d: Draft, te: int, s1: int) -> list[Draft]:
    """Drafts of the states listed with their dates after ", sau" following "thứ N <act>" (``d``, its trigger
    ending at ``te``): each state in the place of ``d``'s subject, the subject a state named before the ordinal."""
    if not d.actors:
        return []
    at = low.find(_AFTER, te, min(s1, te + _AFTER_REACH))
    if at < 0 or ";" in low[te:at] or scan(ctx.doc.text[te:at]):
        return []
    s0 = d.sentence[0]
    found = list(_ORDINAL.finditer(low, max(s0, te - 80), te))
    if not found or te - found[-1].end() > 40:
        return []
    o = found[-1]
    subj = {x.code for x in index.between(s0, o.start()) if x.kind == "country"} & set(d.actors)
    if len(subj) != 1:
        return []
    subject = subj.pop()
    out: list[Draft] = []
    pos = at + len(_AFTER)
    seen = set(d.actors) | set(d.recipients)
    while True:
        names = list(index.between(pos, min(s1, pos + 60)))
        if not names or names[0].start != pos or names[0].kind != "country" or names[0].via == "anaphora":
            break
        x = names[0]
        if not is_state(x.code) or x.code in seen:
            break
        nd = next((y for y in ctx.dates_in(x.end, min(s1, x.end + 20))), None)
        if nd is None or _ITEM_DATE.fullmatch(low, x.end, nd.start) is None:
            break
        seen.add(x.code)
        actors = tuple(x.code if c == subject else c for c in d.actors)
        out.append(d._replace(actors=actors, date=nd.value, status=Status.OCCURRED, explicit=True))
        g = _ITEM_GAP.match(low, nd.end)
        if g is None:
            break
        pos = g.end()
    return out


def undate_earlier(drafts: list[Draft], d: Draft, earlier: list[Draft]) -> list[Draft]:
    """``drafts`` with the act ``d`` (and its splits) no longer dated by a date of the ``earlier`` states' list (it
    came after theirs), nor a split read off that list."""
    dates = {x.date for x in earlier}
    done = {(x.actors, x.date) for x in earlier}
    out = []
    for x in drafts:
        if x.sentence == d.sentence and x.kind == d.kind and x.date in dates:
            if (x.actors, x.date) in done:
                continue  # (the same state read off the list another way)
            if x.actors == d.actors:
                x = x._replace(date="", explicit=False)
        out.append(x)
    return out
