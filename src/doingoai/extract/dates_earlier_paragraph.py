"""The date a narrative goes on from across a paragraph break (round 212): a memoir, a first-person report or a
speech opens a paragraph with "Hôm sau, anh Trinh tiếp ...", "Ba ngày sau, đoàn ta gặp ..." and counts from the last
date it told, which stands in a paragraph before (often with lines of remembered dialogue or a recollection between).

Read only when the phrase opens its paragraph (nothing but its lead words before it) and its paragraph tells no date
before it: the anchor is the last date told (not in brackets, not a name's) in the nearest earlier body paragraph that
tells one, at most ``_BACK`` blocks back and never across a heading or a title (a new chapter or section starts its
own time).
"""

from __future__ import annotations

from typing import Final

from doingoai.extract.events_context import Context
from doingoai.model import BlockType, DateExpr

_BACK: Final = 6  # blocks looked back (a dialogue's lines are blocks of their own)
_STOP: Final = frozenset((BlockType.HEADING, BlockType.TITLE))
_BODY: Final = frozenset((BlockType.PARAGRAPH, BlockType.LIST_ITEM))


def opens_paragraph(low: str, lo: int, at: int) -> bool:
    """Is ``low[lo:at]`` (the paragraph's text before the phrase) empty but for spaces and a dash?"""
    return at - lo <= 4 and not low[lo:at].strip(" \t\n—–-")


def told_in_earlier_paragraph(ctx: Context, block: int | None) -> list[DateExpr]:
    """The dates told in the nearest earlier body paragraph that tells one (see the module's docstring), or []."""
    if block is None or block <= 0 or block >= len(ctx.doc.blocks):
        return []
    blocks = ctx.doc.blocks
    for b in range(block - 1, max(-1, block - 1 - _BACK), -1):
        blk = blocks[b]
        if blk.type in _STOP:
            return []
        if blk.type not in _BODY:
            continue
        text = ctx.doc.text
        told = [
            d
            for d in ctx.dates_in(blk.start, blk.end)
            if not (ctx.attached(d) or ctx.in_name(d))
            and text.rfind("(", blk.start, d.start) <= text.rfind(")", blk.start, d.start)
        ]  # (as dates_counted.told_before: not a name's or an act's own, not in brackets)
        if told:
            return told
    return []
