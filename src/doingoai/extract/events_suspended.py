"""A membership suspended, expelled or restored (round 26, docs/decisions.md Events).

What a Vietnamese reader knows: a state "bị đình chỉ tư cách thành viên (của) O", "bị khai trừ khỏi O" or whose
membership O "đình chỉ / tạm đình chỉ / khai trừ" no longer sits in O: it leaves O (membership.leave, the state
acting, the organisation the recipient — the convention of "rút khỏi"); one "được khôi phục / phục hồi tư cách
thành viên (của) O" or re-admitted by O ("O khôi phục tư cách thành viên của X") is a member again
(membership.join). The passive names the state first and the organisation after the phrase; the active names the
organisation first and the state after "của". Made as drafts after the trigger pass (the roles of the lexicon's
"khai trừ khỏi" read the passive subject as the patient), one per clause; nothing when negated ("chưa bị"), asked,
or quoted.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from doingoai.extract.events_merge import Draft
from doingoai.extract.trigger_cues import NEGATION
from doingoai.model import EventKind, Status

_STATE = ("country",)
_ORG = ("organisation", "body")
_STANDING = r"(?:tư cách|quy chế|quyền|ghế) (?:là )?(?:thành viên|hội viên|quốc gia thành viên)"
# passive, the state before: "X (đã) bị (tạm) đình chỉ tư cách thành viên (của / tại) O", "X bị khai trừ khỏi O",
# "X được khôi phục tư cách thành viên (của) O"
_PASSIVE = re.compile(
    r"\s*(?P<aux>(?:(?:đã|đều|cũng|sẽ|từng|lần lượt|chính thức)\s+)*)"
    r"(?P<v>bị (?:tạm )?đình chỉ " + _STANDING + r"|bị (?:khai trừ|trục xuất) khỏi"
    r"|được (?:khôi phục|phục hồi) " + _STANDING + r")"
    r"(?:\s+(?:của|tại|trong|ở))?\s+$"
)
# active, the organisation before: "O (quyết định) (tạm) đình chỉ / khôi phục tư cách thành viên của X", "O khai
# trừ X"
_ACTIVE = re.compile(
    r"\s*(?P<aux>(?:(?:đã|quyết định|bỏ phiếu|chính thức|sẽ|cũng)\s+)*)"
    r"(?P<v>(?:tạm )?(?:đình chỉ|khôi phục|phục hồi) " + _STANDING + r"(?:\s+của)?|khai trừ)\s+$"
)
_CLAUSE_STOP = re.compile(r"[.;:!?\n]|,\s+(?:còn|nhưng|và)\b")
_VERBS = ("đình chỉ", "khai trừ", "khôi phục", "phục hồi", "trục xuất")


def _kind(verb: str) -> EventKind:
    return (
        EventKind.MEMBERSHIP_JOIN
        if ("khôi phục" in verb or "phục hồi" in verb)
        else EventKind.MEMBERSHIP_LEAVE
    )


def _verbs(low: str) -> list[tuple[int, int]]:
    """Where the verbs start and end, as words (str.find: no regex pass over the whole text)."""
    out = []
    for w in _VERBS:
        i = low.find(w)
        while i >= 0:
            e = i + len(w)
            if (i == 0 or not low[i - 1].isalnum()) and (e == len(low) or not low[e].isalnum()):
                out.append((i, e))
            i = low.find(w, e)
    return sorted(out)


def suspended_members(
    low: str, sentence_starts: list[int], sentences: list[Any], index: Any, ctx: Any
) -> list[Draft]:
    """One draft per membership suspended, expelled or restored, told in either voice."""
    out: list[Draft] = []
    seen: set[int] = set()
    for p, e in _verbs(low):
        before = index.between(max(0, p - 90), p)
        after = index.between(e, e + 90)
        if not before or not after or before[-1].start in seen:
            continue
        a, b = before[-1], after[0]
        if _CLAUSE_STOP.search(low, a.end, b.start):
            continue
        gap = low[a.end : b.start]
        if a.kind in _STATE and b.kind in _ORG and (m := _PASSIVE.match(gap)) is not None:
            state, org = a, b
        elif a.kind in _ORG and b.kind in _STATE and (m := _ACTIVE.match(gap)) is not None:
            state, org = b, a
        else:
            continue
        k = bisect_right(sentence_starts, a.start) - 1
        if k < 0:
            continue
        sent = sentences[k]
        if sent.end < b.end or ctx.in_quote(a.start) or low[sent.start : sent.end].rstrip().endswith("?"):
            continue
        if NEGATION.search(low, max(sent.start, a.start - 20), b.start):
            continue  # "Nga chưa bị đình chỉ tư cách thành viên ..."
        seen.add(a.start)
        dates = [d for d in ctx.dates_in(sent.start, sent.end) if not ctx.attached(d)]
        planned = "sẽ" in m.group("aux").split()
        out.append(
            Draft(
                _kind(m.group("v")),
                (state.code,),
                (org.code,),
                dates[0].value if dates else "",
                Status.PLANNED if planned else Status.OCCURRED,
                (sent.start, sent.end),
                explicit=bool(dates),
            )
        )
    return out
