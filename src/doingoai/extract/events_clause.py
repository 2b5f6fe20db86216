"""Events: the clause a trigger stands in — its bounds, its mention groups (computed once for all the
triggers in it), where the trigger's object phrase stops, an enumeration of verb phrases it belongs to.
Used by :func:`doingoai.extract.events_draft.draft_event`."""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.events_context import Context
from doingoai.extract.events_dating import SEPARATOR
from doingoai.extract.events_roles import MentionIndex, groups
from doingoai.extract.triggers import POST_STOP

_CLAUSE: Final = re.compile(r"[;]")
_NHAM: Final = r"| nhằm\b"
_REST_OPEN: Final = "[;:]|, "
_REST: Final = POST_STOP.pattern[: -len(_NHAM)]
# "[;:]|, (?:qua đó|...)\b" opens on a branch with a character class: the engine has no first character to skip to
# and tries both branches at every position. Compiled as "[;:,](?:(?<=[;:])|(?<=,) (?:qua đó|...)\b)": the same
# matches (";" or ":" alone, or ", " and a word), but the set of first characters lets a search skip to them (speed
# round 16). Only when the rest is one group and a boundary (no top-level "|" joining it to the class's branch).
_POST_STOP_REST: Final = (
    None
    if not POST_STOP.pattern.endswith(_NHAM)
    else re.compile("[;:,](?:(?<=[;:])|(?<=,) " + _REST[len(_REST_OPEN) :] + ")", POST_STOP.flags)
    if _REST.startswith(_REST_OPEN)
    and re.fullmatch(r"\(\?:[^()|]*(?:\|[^()|]*)*\)\\b", _REST[len(_REST_OPEN) :])
    else re.compile(_REST, POST_STOP.flags)
)


def post_stop(text: str, start: int, end: int) -> int:
    """Where ``POST_STOP.search(text, start, end)`` starts, else ``end``. Its " nhằm" branch starts with a space,
    so the engine tries the pattern at every space: that branch is found with ``str.find`` and the rest (which
    starts with ";", ":" or ",") by the regex; their branches start with different characters, so the earlier
    of the two is the leftmost match. (The plain search when the pattern no longer ends with that branch.)"""
    if _POST_STOP_REST is None:
        stop = POST_STOP.search(text, start, end)
        return stop.start() if stop else end
    stop = _POST_STOP_REST.search(text, start, end)
    best = stop.start() if stop else end
    i = text.find(" nhằm", start, best if stop else end)
    while i >= 0:
        q = i + 5  # "nhằm\b": no word character after it (the end of the range counts as the end of the text)
        if q >= end or not (text[q].isalnum() or text[q] == "_"):
            return i
        i = text.find(" nhằm", i + 1, best if stop else end)
    return best


def chain_start(text: str, hit_starts: list[int], k: int, c0: int, ts: int) -> int:
    """Where an enumeration of verb phrases starts when the trigger at ``ts`` opens one of its items
    ("bình thường hóa quan hệ với Trung Quốc, gia nhập ASEAN và trở thành thành viên WTO"), else -1."""
    start, cur = -1, ts
    while k >= 0 and hit_starts[k] >= c0 and text[max(c0, cur - 5) : cur].rstrip().endswith(SEPARATOR):
        start = cur = hit_starts[k]
        k -= 1
    return start


def org_next(index: MentionIndex, end: int) -> bool:
    """Is an organisation named right after ``end`` ("tham gia APEC", "tham gia vào ASEAN")?"""
    nxt = index.between(end, end + 80)
    return bool(nxt) and nxt[0].start - end <= 2 and nxt[0].kind in ("organisation", "body")


def clause(text: str, s0: int, s1: int, pos: int) -> tuple[int, int]:
    """The clause around ``pos``: the sentence ``[s0, s1)`` cut at ";"."""
    c1 = text.find(";", pos, s1)
    return text.rfind(";", s0, pos) + 1 or s0, (s1 if c1 < 0 else c1)


def groups_of_clause(ctx: Context, text: str, index: MentionIndex, c0: int, c1: int) -> list:
    """The mention groups of a clause, computed once for all the triggers in it."""
    key = (c0, c1)
    found = ctx.cache.get(key)
    if found is None:
        found = ctx.cache[key] = groups(text, index.between(c0, c1), c0, c1)
    return found


def ends_with_with(ctx: Context, text: str, index: MentionIndex, s0: int, c0: int) -> bool:
    """Does the previous clause end with a "với X" list (so "; Y thông qua ..." continues it)?"""
    prev0 = s0
    for m in _CLAUSE.finditer(text, s0, c0 - 1):
        prev0 = m.end()
    gs = groups_of_clause(ctx, text, index, prev0, c0)
    return bool(gs) and gs[-1].marker in ("với", "đối với") and not text[gs[-1].end : c0 - 1].strip(" ,.")
