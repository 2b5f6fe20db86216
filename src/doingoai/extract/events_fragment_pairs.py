"""A list item pairing states with dates under a ties-set-up predicate: a slide's or a fact sheet's "• Lào 5/9/1962 –
Cam-pu-chia 24/6/1967" with the act in the item ("lập quan hệ ngoại giao: Lào 5/9/1962, Cu-ba 2/12/1960") or alone
in the item nested right under it ("o lập quan hệ ngoại giao"). Each state is followed by its own date; the item is a
table's row set as text, one establishment of ties per pair, by Vietnam and that state (in a text whose title names
Vietnam: events_fragments' guard). An item with a state lacking its date, an organisation, or fewer than two pairs
is left to the other readings (events_fragments reads the item of one state).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any, Final

from doingoai.extract.events_merge import Draft
from doingoai.extract.mention_kinds import ORG_KINDS
from doingoai.model import BlockType, Document, EventKind, Status

MAX_PAIRS_ITEM = 240  # characters of an item of pairs
# ties set up: "(thiết) lập quan hệ ngoại giao", "bình thường hóa quan hệ" (events_fragments' first shape too)
ESTABLISH: Final = re.compile(
    r"(?:(?:chính\s+thức\s+)?(?:thiết\s+)?lập\s+quan\s+hệ\s+ngoại\s+giao|bình\s+thường\s+hóa\s+quan\s+hệ)(?![\w])"
)
# between a state's name and its date: spaces, an opening bracket, "ngày"/"năm"
_GAP: Final = re.compile(r"[\s(]*(?:(?:ngày|năm)\s+)?")
# a nested item that is the act alone ("lập quan hệ ngoại giao", "(đều) thiết lập quan hệ ngoại giao.")
_ACT_ALONE: Final = re.compile(r"\s*(?:đều\s+|đã\s+)?" + ESTABLISH.pattern + r"\s*[.;:]?\s*")


def pair_events(
    doc: Document, low: str, k: int, index: Any, ctx: Any, sentences: list[Any], starts: list[int]
) -> list[Draft]:
    """The establishments the item ``k`` lists as state–date pairs, or []."""
    blocks = doc.blocks
    b = blocks[k]
    if b.end - b.start > MAX_PAIRS_ITEM:
        return []
    if not ESTABLISH.search(low, b.start, b.end):
        nxt = blocks[k + 1] if k + 1 < len(blocks) else None
        if (
            nxt is None
            or nxt.type is not BlockType.LIST_ITEM
            or not _ACT_ALONE.fullmatch(low, nxt.start, nxt.end)
        ):
            return []
    mentions = index.between(b.start, b.end)
    if any(m.kind in ORG_KINDS for m in mentions):
        return []
    states = [m for m in mentions if m.kind == "country" and m.code != "VNM"]
    if len(states) < 2 or len({m.code for m in states}) != len(states):
        return []
    dates = ctx.dates_in(b.start, b.end)
    by_start = {d.start: d for d in dates}
    pairs: list[tuple[str, Any]] = []
    for m in states:
        g = _GAP.match(low, m.end, b.end)
        d = by_start.get(g.end()) if g else None
        if d is None:
            return []  # (every state with its date, or the item is something else)
        pairs.append((m.code, d))
    j = bisect_right(starts, b.start) - 1
    if j < 0:
        return []
    sent = sentences[j]
    return [
        Draft(
            EventKind.RELATIONS_ESTABLISH, ("VNM", code), (), d.value, Status.OCCURRED, (sent.start, sent.end)
        )
        for code, d in pairs
    ]
