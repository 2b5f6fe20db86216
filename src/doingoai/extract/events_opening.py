"""What a document is about when the structure stage found no title (issue 3, session 10): "hai nước" with no pair
in its paragraph reads the title last (:mod:`events_anaphora`); a journal line above the title ("Tạp chí mẫu – Số
1/2024") can leave the title a heading or a paragraph, and the pair goes unresolved. Without a title block the
document's opening stands for it:

- its first heading, when one of the first :data:`_OPENING` blocks is a heading that is not numbered ("QUAN HỆ
  VIỆT NAM – NHẬT BẢN"; "1. Quan hệ với Lào", "I. Bối cảnh" head sections, not the document);
- else its first sentence naming exactly two states ("Việt Nam và Nhật Bản thiết lập quan hệ ngoại giao ...")
  among the first :data:`_FIRST_SENTENCES` sentences of those blocks.

Both are read only where the title would be: after the anaphor's own paragraph and the heading above it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from typing import Final, NamedTuple

from doingoai.extract import gazetteer
from doingoai.model import Block, BlockType, Document, Mention

_OPENING: Final = 3  # the blocks a document opens with
_FIRST_SENTENCES: Final = 2
_STATE_KINDS: Final = ("country", "person", "body")
# a section's number: "1.", "I.", "1.2", "a)", "Phần I", "Chương 2", "Mục 3"
_NUMBERED: Final = re.compile(
    r"\s*(?:(?:[Pp]hần|[Cc]hương|[Mm]ục)\s+\w+|\d+(?:\.\d+)*\s*[.)/:–-]?|[IVXLC]+\s*[.)/:–-]|[a-zđ]\s*[).])(?:\s|$)"
)


class Opening(NamedTuple):
    """The span standing for the title (``start``/``end`` as a block's)."""

    start: int
    end: int


def title_or_opening(
    doc: Document, mentions: list[Mention], starts: list[int], country_of: Callable[[str], str]
) -> Block | Opening | None:
    """The title block, else the document's opening heading, else its first sentence naming two states (see
    the module's doc); ``mentions``: actor mentions sorted by start, ``starts`` their starts."""
    blocks = doc.blocks
    for b in blocks:
        if b.type is BlockType.TITLE:
            return b
    for b in blocks[:_OPENING]:
        if b.type is BlockType.HEADING:
            return None if _NUMBERED.match(doc.text, b.start) else Opening(b.start, b.end)
    for s in doc.sentences[:_FIRST_SENTENCES]:
        if s.block >= _OPENING:
            break
        ms = mentions[bisect_left(starts, s.start) : bisect_left(starts, s.end)]
        codes = {
            country_of(m.code)
            for m in ms
            if m.end <= s.end
            and m.kind in _STATE_KINDS
            and (m.kind != "body" or country_of(m.code) != m.code)
        }
        if len(codes) == 2:
            return Opening(s.start, s.end)
    return None


def instrument_pair(doc: Document, lo: int, hi: int) -> list[str]:
    """The two parties of the treaty a title names alone ("Hiệp ước Hữu nghị và Hợp tác Việt Nam – Lào": the
    gazetteer's parties of the instrument the whole title is), for "hai bên" / "hai nước" under it (round 97); []
    when the title is not one instrument of two parties."""
    named = [m for m in doc.mentions if lo <= m.start and m.end <= hi]
    if len(named) != 1 or named[0].kind != "agreement" or doc.text[lo : named[0].start].strip():
        return []
    e = gazetteer.entry(named[0].code)
    parties = list(e.attr("parties") or ()) if e is not None else []
    return parties if len(parties) == 2 and all(gazetteer.is_country(c) for c in parties) else []
