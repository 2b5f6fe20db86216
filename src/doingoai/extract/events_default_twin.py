"""Events (round 35): a default Vietnam dropped where a twin draft names the target.

Two verbs of one clause may share their object ("A, B và C cắt quan hệ và phong tỏa Ca-ta", "quân đội X tràn sang
chiếm đóng Y"): the first verb's draft, with no object of its own, took Vietnam as its default recipient, the second
names the real one. A draft whose recipients are only Vietnam (or its Party), unnamed in its sentence, is dropped when
a draft of the same kind and actors from the same sentence names another recipient.

A heading names its section's topic ("1. Thành viên sáng lập NATO và Cộng đồng châu Âu", "2. Phối hợp tại Hội đồng
Bảo an"): a draft of a heading with Vietnam as an unnamed side is dropped, unless the body tells the same act (then
the heading is one more telling of it: "1. Gia nhập APEC" over "Năm 1998, Việt Nam gia nhập APEC").
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any, Final

from doingoai.extract.events_merge import Draft
from doingoai.model import BlockType, Document

_OWN: Final = frozenset({"VNM", "CPV"})


def drop_default_twins(drafts: list[Draft], index: Any) -> list[Draft]:
    """``drafts`` without those whose only recipients are an unnamed Vietnam and whose twin names the target."""
    suspects = [d for d in drafts if d.recipients and set(d.recipients) <= _OWN]
    if not suspects:
        return drafts
    drop: set[int] = set()
    for d in suspects:
        twin = any(
            o is not d
            and o.kind is d.kind
            and o.sentence == d.sentence
            and o.actors == d.actors
            and o.recipients
            and not set(o.recipients) & _OWN
            for o in drafts
        )
        if twin and not _named(index, d.sentence):
            drop.add(id(d))
    return [d for d in drafts if id(d) not in drop] if drop else drafts


def _named(index: Any, sentence: tuple[int, int]) -> bool:
    """Is Vietnam or its Party named in the sentence (a name, "ta", a province standing for it)?"""
    return any(c in _OWN for m in index.between(*sentence) for c in m.code.split("|"))


def drop_heading_defaults(doc: Document, drafts: list[Draft], index: Any) -> list[Draft]:
    """``drafts`` without a heading's drafts whose Vietnam is unnamed there and which no other draft tells. A
    calendar's headings are kept: each is an entry's SUMMARY, the entry itself ("Tiếp Tổng Lãnh sự Anh" in a
    province's calendar is the province's act), not a headline over a body that tells it."""
    if doc.format == "ics":
        return drafts
    heads = [(b.start, b.end) for b in doc.blocks if b.type is BlockType.HEADING]
    if not heads:
        return drafts

    # (speed round 16) a draft's heading found by bisecting the headings' starts, not by a test of each heading:
    # exact when they are disjoint and in order (blocks are; else every heading is tested as before). A heading
    # with no characters holds no sentence start, so it is left out of the bisected list
    spans = [(s, e) for s, e in heads if s < e]
    starts = [s for s, _ in spans]
    ordered = all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))

    def in_head(d: Draft) -> bool:
        x = d.sentence[0]
        if ordered:
            i = bisect_right(starts, x) - 1
            return i >= 0 and x < spans[i][1]
        return any(s <= x < e for s, e in heads)

    def parties(d: Draft) -> tuple:
        return (d.kind, frozenset(d.actors), frozenset(d.recipients))

    told = {parties(d) for d in drafts if not in_head(d)}
    return [
        d
        for d in drafts
        if not (
            in_head(d)
            and set(d.actors + d.recipients) & _OWN
            and not _named(index, d.sentence)
            and parties(d) not in told
        )
    ]
