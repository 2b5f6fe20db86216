"""Admissions or withdrawals listed after a colon, each state with its own date (round 64): an entry about an
organisation writes "Một số nước đã rời tổ chức: A từ ngày 1/1/2019, B từ ngày 1/1/2020 và C từ ngày 1/1/2024" or
"Các nước gia nhập sau: A năm 1961, B và C năm 1962". Each state (and those coordinated with it before the same
date) joins or leaves, on its date, the organisation named before the colon, else the text's organisation
(``topic_organisation``). Called once per document by :func:`doingoai.extract.events.find_events`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any, Final

from doingoai.extract.events_merge import Draft
from doingoai.extract.events_org_unstated import is_state, topic_organisation
from doingoai.extract.textscan import find_all
from doingoai.model import EventKind, Status

# the verb, then (a bare noun for the organisation or its name) and the colon
_HEAD: Final = re.compile(
    r"\b(?P<v>gia nhập|được kết nạp(?: vào)?|rời khỏi|rời|rút khỏi)\b(?P<obj>[^:;.]{0,80}):",
)
# (speed round 20) one of them is in every match of _HEAD ("rời khỏi" holds "rời"): a sentence with none is not searched
_HEAD_WORDS: Final = ("gia nhập", "được kết nạp", "rời", "rút khỏi")
_BARE: Final = re.compile(r"\s*(?:tổ chức|khối|nhóm|liên minh|hiệp hội|diễn đàn)?\s*(?:này|đó)?\s*$")
_GAP: Final = re.compile(r"\s*(?:,\s*(?:và\s+)?|và\s+)")
_BEFORE_DATE: Final = re.compile(r"\s*(?:(?:từ|vào|trong)\s+)?$")


def dated_members(low: str, sentences: list[Any], index: Any, ctx: Any, doc: Any) -> list[Draft]:
    """One membership draft per group of states dated after "rời tổ chức: ..." / "gia nhập: ..."."""
    colons = find_all(low, ":")
    if not colons:
        return []
    out: list[Draft] = []
    for sent in sentences:
        k = bisect_left(
            colons, sent.start
        )  # (only a sentence with a colon is searched: the pattern's scan is dear)
        if k == len(colons) or colons[k] >= sent.end:
            continue
        if all(low.find(w, sent.start, sent.end) < 0 for w in _HEAD_WORDS):
            continue
        m = _HEAD.search(low, sent.start, sent.end)
        if m is None:
            continue
        kind = EventKind.MEMBERSHIP_JOIN if m.group("v")[0] in "gđ" else EventKind.MEMBERSHIP_LEAVE
        o0, o1 = m.span("obj")
        orgs = [x.code for x in index.between(o0, o1) if x.kind == "organisation"]
        if len(orgs) > 1 or (not orgs and not _BARE.fullmatch(low, o0, o1)):
            continue
        seat = orgs[0] if orgs else topic_organisation(doc, ctx)
        if not seat:
            continue
        pending: list[str] = []
        pos = m.end()
        found: list[Draft] = []
        dates = ctx.dates_in(pos, sent.end)
        for x in index.between(pos, sent.end):
            if x.kind != "country" or not is_state(x.code):
                break
            if pending and not _GAP.fullmatch(low, pos, x.start):
                break
            if not pending and pos != m.end() and not _GAP.fullmatch(low, pos, x.start):
                break
            if not pending and pos == m.end() and low[pos : x.start].strip():
                break
            pending.append(x.code)
            pos = x.end
            d = next(
                (d for d in dates if d.start >= x.end and _BEFORE_DATE.fullmatch(low, x.end, d.start)), None
            )
            if d is None:
                d = next(
                    (
                        d
                        for d in dates
                        if d.start >= x.end
                        and re.fullmatch(r"\s*(?:từ |vào )?(?:ngày|năm|tháng)\s*", low[x.end : d.start])
                    ),
                    None,
                )
            if d is None:
                continue
            found.append(
                Draft(
                    kind,
                    tuple(dict.fromkeys(pending)),
                    (seat,),
                    d.value,
                    Status.OCCURRED,
                    (sent.start, sent.end),
                )
            )
            pending, pos = [], d.end
        if len(found) >= 2 and not pending:
            out += found
    return out
