"""The partner a section's heading names: under "2. Quan hệ với Lào" (or "Hợp tác với Nhật Bản", "Với Cu-ba") a
Vietnamese report tells its own side's dealings with that one state, so an act of the writer's side whose clause
names no partner ("tỉnh đã ... ký biên bản ghi nhớ hợp tác", "hai bên đã hội đàm") has it as its partner. Only a
heading naming exactly one foreign state, after "với" or as the whole heading's name, counts; a heading naming two
("Quan hệ Lào – Cam-pu-chia") or none names no partner. Used by :mod:`doingoai.extract.events_unstated` and
:mod:`doingoai.extract.events_anaphora`."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any, Final

from doingoai.model import BlockType, Document, Mention, by_start

_STATE_KINDS: Final = ("country", "person", "body")
_BACK: Final = 12  # blocks a section's text may run under its heading
# the heading's shape: an optional number, then "(Quan hệ | Hợp tác ...) với X" or "X" alone
_SHAPE: Final = re.compile(
    r"(?:[ivx]+\.|\d+(?:\.\d+)*\.?|[a-zđ]\))?\s*(?:(?:quan hệ|hợp tác|công tác đối ngoại)"
    r"(?: (?:hữu nghị|song phương|hợp tác|kinh tế|đối ngoại))*(?: của (?:tỉnh|thành phố|ta|việt nam))?\s*)?(?:với\s*)?"
)


def section_partner(
    doc: Document, block: int, country_of: Any, cache: dict, mentions: list[Mention] | None = None
) -> str:
    """The one foreign state the heading over ``block`` names as the section's partner, or "". ``mentions``:
    the actor mentions sorted by start (the document's by default)."""
    key = ("section partner", block)
    got = cache.get(key)
    if got is None:
        got = cache[key] = _partner(doc, block, country_of, doc.mentions if mentions is None else mentions)
    return str(got)


def _partner(doc: Document, block: int, country_of: Any, ms: list[Mention]) -> str:
    j = min(block, len(doc.blocks)) - 1
    while j >= 0 and block - j <= _BACK:
        b = doc.blocks[j]
        if b.type is BlockType.TITLE:
            return ""
        if b.type is BlockType.HEADING:
            break
        j -= 1
    else:
        return ""
    k = bisect_left(ms, b.start, key=by_start)
    found: list[Mention] = []
    while k < len(ms) and ms[k].start < b.end:
        if ms[k].kind in _STATE_KINDS:
            found.append(ms[k])
        k += 1
    codes = list(dict.fromkeys(country_of(m.code) for m in found))
    if len(codes) != 1 or codes[0] == "VNM":
        return ""
    first = found[0]
    if _SHAPE.fullmatch(doc.text[b.start : first.start].lower()) is None:
        return ""
    return codes[0]
