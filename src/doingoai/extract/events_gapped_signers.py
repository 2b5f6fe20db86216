"""States that ratify or sign the same instrument, each with its own date, the verb written once (round 151, session 20).

"Phi-líp-pin phê chuẩn Công ước năm 1995, Băng-la-đét năm 2011 và In-đô-nê-xi-a năm 2012": after the first state's
act and its date, each further state written right before its own date is a subject whose verb is left out
(gapping), as "A gia nhập năm 2016, B năm 2022" is for joining (events_coord). An instrument is what one ratifies
or signs, never a state, so a bare state there is no second object. Only states written alone before their date
(", B năm Y", "và C năm Z"; not "với B": a partner), no verb between, the first act's parties all states and its
partners none; each draft takes the first one's instrument and status, its own state and date.
Called by :func:`doingoai.extract.events_coord.coordinated`.
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
from doingoai.model import EventKind

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
