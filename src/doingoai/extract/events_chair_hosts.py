"""The meeting a chair hosts (round 210): "Năm 2010, trên cương vị Chủ tịch ASEAN, Việt Nam đăng cai Hội nghị Cấp cao
ASEAN – Hàn Quốc tại Hà Nội", "Với cương vị Chủ tịch AIPA, Quốc hội ta chủ trì Đại hội đồng AIPA lần thứ 41".

The hosting verb after the role phrase is read as the chair it states (events_frames.chair_role: the meeting is
chaired, not only hosted), so the hosting itself went missing. The sentence tells two acts: the state holds the
chair, and it hosts (or presides over) the meeting named after the verb. For each chair draft in such a sentence, a
host draft with the same actors, date and status: its recipients the organisations and states named in the
meeting's name ("Hội nghị Cấp cao ASEAN – Hàn Quốc": ASEAN and Korea), else the organisation chaired; and for a
host draft read there with no chair, the chair of the organisation named right after "Chủ tịch". Called by
:func:`doingoai.extract.events.find_events` once per document, only when a chair draft is there.
"""

from __future__ import annotations

import re
from typing import Any, Final

from doingoai.extract.events_merge import Draft
from doingoai.model import EventKind

# the role phrase, the comma closing it, the subject (a few words) and the hosting verb with the meeting's noun
_ROLE_HOST: Final = re.compile(
    r"\b(?:cương vị|tư cách)\s+(?:là\s+)?(?P<role>chủ tịch)\b[^,.;:\n]{0,60},\s*(?:[^,.;:\n]{0,40}?\s)?"
    r"(?:(?:đồng )?chủ trì|đăng cai|tổ chức)\s+(?:thành công\s+)?"
    r"(?P<meet>hội nghị|diễn đàn|đại hội|phiên họp|cuộc họp|cuộc gặp|hội thảo|thượng đỉnh|kỳ họp)\b"
)
# where the meeting's name ends: a clause break, or its place
_NAME_END: Final = re.compile(r"[,.;:()\n]|\s(?:tại|ở|nơi|theo|vào|ngày|từ)\s")
_PARTY_KINDS: Final = frozenset(
    {"organisation", "body", "country", "agreement"}
)  # (a treaty's own commission: "Ủy ban Hiệp ước SEANWFZ")


def chair_hosts(low: str, ctx: Any, drafts: list[Draft]) -> list[Draft]:
    """A host draft for each chair draft whose sentence reads "<cương vị Chủ tịch O>, X <đăng cai> <meeting>", and a
    chair draft for each host draft there with no chair read (one per sentence and actors each)."""
    out: list[Draft] = []
    read: set[tuple[EventKind, tuple[int, int], tuple[str, ...]]] = {
        (d.kind, d.sentence, d.actors)
        for d in drafts
        if d.kind is EventKind.HOST or d.kind is EventKind.CHAIR
    }
    for d in drafts:
        if d.kind is not EventKind.CHAIR and d.kind is not EventKind.HOST or not d.actors:
            continue
        other = EventKind.HOST if d.kind is EventKind.CHAIR else EventKind.CHAIR
        if (other, d.sentence, d.actors) in read:
            continue
        s, e = d.sentence
        m = _ROLE_HOST.search(low, s, e)
        if m is None:
            continue
        if (
            other is EventKind.HOST
        ):  # the meeting's parties, named in its name ("Hội nghị Cấp cao ASEAN – Hàn Quốc")
            stop = _NAME_END.search(low, m.end("meet"), e)
            lo, hi = m.start("meet"), stop.start() if stop is not None else e
        else:  # the organisation chaired, named right after "Chủ tịch"
            lo, hi = m.end("role") + 1, m.end("role") + 2
        named: list[str] = []
        for x in ctx.mentions_between(lo, hi):
            if x.kind in _PARTY_KINDS and x.code not in d.actors and x.code not in named:
                named.append(x.code)
        recips = tuple(named) or (d.recipients if other is EventKind.HOST else ())
        if not recips:
            continue
        read.add((other, d.sentence, d.actors))
        out.append(
            Draft(
                other,
                d.actors,
                recips[:1] if other is EventKind.CHAIR else recips,
                d.date,
                d.status,
                d.sentence,
            )
        )
    return out
