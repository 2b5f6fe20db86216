"""Which meeting a hosting event is about, so that two meetings of one organisation stay two events.

"Tổ chức thành công Hội nghị Cấp cao ASEAN lần thứ 17" and "Tổ chức Hội nghị Bộ trưởng Quốc phòng ASEAN mở
rộng (ADMM+)" are both hosted for ASEAN in one half-year; without a key the merge of repeats would make them
one. :func:`meeting_keys` gives each hosting draft the attribute ``meeting``: the code of the meeting body
named in its sentence ("ADMM_PLUS"), else the organisation and the ordinal ("ASEAN#17"), when the sentence
names exactly one meeting. Drafts whose keys differ are not merged (:mod:`events_merge`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from doingoai.extract import gazetteer
from doingoai.extract.events_context import Context
from doingoai.extract.events_merge import Draft
from doingoai.extract.members import members
from doingoai.model import EventKind

K = members(EventKind)  # (plain attribute reads: see extract/members.py)

_ORDINAL: Final = re.compile(r"\bhội nghị[^,.;:()]{0,60}? lần thứ ([0-9]+|[ivxl]+|[^\W\d_]+)")


def meeting_keys(ctx: Context, low: str, drafts: list[Draft]) -> list[Draft]:
    if not any(d.kind is K.HOST for d in drafts):
        return drafts
    ms = ctx.doc.mentions
    starts = [m.start for m in ms]
    out = []
    for d in drafts:
        if d.kind is K.HOST and d.recipients and "meeting" not in dict(d.attrs):
            key = _key(low, ms, starts, d)
            if key:
                d = d._replace(attrs=tuple(sorted((*d.attrs, ("meeting", key)))))
        out.append(d)
    return out


def _key(low: str, ms: list, starts: list[int], d: Draft) -> str:
    s0, s1 = d.sentence
    bodies = {
        m.code
        for m in ms[bisect_left(starts, s0) : bisect_left(starts, s1)]
        if m.kind == "body" and _is_meeting(m.code)
    }
    ordinals = {m.group(1) for m in _ORDINAL.finditer(low, s0, s1)}
    if len(bodies) + len(ordinals) != 1:
        return ""  # none, or several meetings in one sentence: no key
    return next(iter(bodies)) if bodies else f"{d.recipients[0]}#{next(iter(ordinals))}"


def _is_meeting(code: str) -> bool:
    e = gazetteer.entry(code)
    return e is not None and e.vi.startswith("Hội nghị")
