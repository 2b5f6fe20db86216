"""An accession instrument signed in the passive, its parties left to the context (round 31).

"Hiệp ước gia nhập được ký tại A-ten ngày 16/4/2003, nước này gia nhập EU từ ngày 1/5/2004", "Sau khi Hiệp ước gia
nhập được ký tại Brúc-xen ngày ..., X trở thành thành viên EU", "Nghị định thư gia nhập O được ký ngày ..., song phải
đến năm ... X mới trở thành thành viên": the treaty or protocol of accession is signed by the joining state and the
organisation it joins (agreement.sign, both parties; the golds of every held-out set that met it). The passive names
no agent, so the parties are read off the joining told in the same sentence (the membership.join draft), else the
organisation named right after "gia nhập" and the one state the sentence names. The date is the first one after
"ký" in its clause. Nothing when negated ("chưa được ký"), planned ("sẽ được ký"), or when no pair can be told.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any, Final

from doingoai.extract.events_merge import Draft
from doingoai.extract.rx_boundary import WORD_START
from doingoai.extract.textscan import matches_before
from doingoai.model import EventKind, Status

_INSTRUMENT: Final = re.compile(WORD_START + r"(?:hiệp ước|nghị định thư|hiệp định) gia nhập(?!\w)")
# "... (O) (của X) (đã) được ký (kết)": the passive with no agent between "được" and "ký"
_NOUNS: Final = ("hiệp ước", "nghị định thư", "hiệp định")
_SIGNED: Final = re.compile(r"(?P<pre>[^.;:\n]{0,80}?)(?<!\w)(?:đã\s+)?được\s+ký(?: kết)?(?!\w)")
_NOT_DONE: Final = re.compile(WORD_START + r"(?:chưa|không|sẽ|dự kiến|có thể|nếu|khi nào)(?!\w)")
_CLAUSE_STOP: Final = re.compile(r"[.;:!?\n]|,\s+(?:song|nhưng|còn|và)(?!\w)")
_ORG: Final = ("organisation", "body")
_STATE: Final = ("country",)


def _parties(index: Any, low: str, sent: Any, e: int, p: int, joins: list[Draft]) -> tuple[str, ...] | None:
    """The joining state and the organisation of the instrument whose name ends at ``e`` (signed at ``p``)."""
    named = index.between(e, p)
    org = next((m.code for m in named if m.kind in _ORG), None)
    state = next((m.code for m in named if m.kind in _STATE), None)
    for d in joins:
        if len(d.actors) == 1 and d.recipients and (org is None or org in d.recipients):
            return (state or d.actors[0], org or d.recipients[0])
    if org is None:
        return None
    if state is None:
        states = {m.code for m in index.between(sent.start, sent.end) if m.kind in _STATE}
        if len(states) != 1:
            return None
        state = states.pop()
    return (state, org)


def _instruments(low: str) -> list[re.Match[str]]:
    """:data:`_INSTRUMENT`'s matches, in text order: tried only where " gia nhập" follows one of its nouns (a
    ``finditer`` of the pattern over a whole text costs more than the rest of this step)."""
    return matches_before(low, " gia nhập", _NOUNS, _INSTRUMENT)


def accession_signed(
    low: str, sentence_starts: list[int], sentences: list[Any], index: Any, ctx: Any, drafts: list[Draft]
) -> list[Draft]:
    """One agreement.sign draft per accession instrument signed in the passive."""
    out: list[Draft] = []
    join = EventKind.MEMBERSHIP_JOIN
    for m in _instruments(low):
        k = bisect_right(sentence_starts, m.start()) - 1
        if k < 0:
            continue
        sent = sentences[k]
        s = _SIGNED.match(low, m.end(), sent.end)
        if s is None or _NOT_DONE.search(low, max(sent.start, m.start() - 30), s.end()):
            continue
        if ctx.in_quote(m.start()) or low[sent.start : sent.end].rstrip().endswith("?"):
            continue
        p = s.end()
        joins = [
            d
            for d in drafts
            if d.kind is join and d.sentence[0] == sent.start and d.status is Status.OCCURRED
        ]
        parties = _parties(index, low, sent, m.end(), p, joins)
        if parties is None or parties[0] == parties[1]:
            continue
        stop = _CLAUSE_STOP.search(low, p, sent.end)
        c1 = stop.start() if stop else sent.end
        dates = [d for d in ctx.dates_in(p, sent.end) if not ctx.attached(d)]
        told = [d for d in dates if d.start < c1 or d.start - p < 40]
        if not told:
            continue
        out.append(
            Draft(
                EventKind.AGREEMENT_SIGN, parties, (), told[0].value, Status.OCCURRED, (sent.start, sent.end)
            )
        )
    return out
