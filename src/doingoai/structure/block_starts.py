"""What block a line opens (:class:`BlockStarts`): a paragraph, a label's abstract or keywords, a
source, a list item or a heading, a numbered line being a section heading or an item of a list by
its shape and the lines around it."""

from __future__ import annotations

import re

from doingoai.model import BlockType
from doingoai.structure import headings
from doingoai.structure.headings import start_kind
from doingoai.structure.layout import Raw
from doingoai.structure.line_joins import MAX_NUMBERED_TITLE, LineJoins
from doingoai.structure.lines import ends_sentence, starts_lower

UNKNOWN = "?"  # a line's kind not looked at yet
_LEADING_NUMBER = re.compile(r"(\d{1,2})\.\s")
MAX_TITLE_WORDS = 20
_LETTER_ITEM = re.compile(r"\(?[a-zđ]\)\s+[^\W\d_]")  # "a) Quan hệ …": the first point under a heading


class BlockStarts(LineJoins):
    def _subsection_follows(self, i: int, t: str) -> bool:
        """Whether the next non-blank line opens subsection 1 of the number ``t`` starts with."""
        m = _LEADING_NUMBER.match(t)
        if m is None:
            return False
        for j in range(i + 1, min(i + 3, len(self.texts))):
            nxt = self.texts[j].strip()
            if nxt:
                return nxt.startswith(m.group(1) + ".1")
        return False

    def _next_item(self, prev: Raw | None, t: str) -> bool:
        """``t`` goes on from the numbered list item just before ("2." after "1. Tăng cường ...;")."""
        if prev is None or prev.type is not BlockType.LIST_ITEM:
            return False
        return headings.next_number(self.texts[prev.lines[0]], t)

    def _numbered_title(self, i: int, t: str) -> bool:
        """A numbered line shaped like a title (at most ``MAX_TITLE_WORDS`` words, no end
        punctuation) that ends where the line ends (the next line's first word would have fitted on
        it, or the layout says so), followed by body text starting in upper case: a section heading,
        also when it is longer than a short line."""
        j = i + 1
        if j >= len(self.texts) or len(t) > MAX_NUMBERED_TITLE or t[-1] in ",;:-–(":
            return False
        if len(t.split()) > MAX_TITLE_WORDS:
            return False
        nxt = self.texts[j]
        if (m := _LETTER_ITEM.match(nxt)) and nxt[m.end() - 1].isupper() and headings.title_shaped(t):
            # "1. Quan hệ với các tỉnh giáp biên", then its points "a) Hai bên …", "b) …"; points
            # opening in lower case ("a) kinh phí …;") go on the line above: a request's items
            return True
        if starts_lower(nxt) or not nxt[0].isupper() or start_kind(nxt) is not None:
            return False
        if ends_sentence(nxt) and len(nxt) <= len(t):
            return False  # a short line after it: not a paragraph
        lay = self.lay
        if lay.line_paragraphs or (lay.cue and not self.lines.trail[i]) or self._fits(i, j):
            return True
        # as wide as the column, yet ending like a title, and the line after opens a sentence (with
        # a date, or after a blank line where blank lines separate paragraphs)
        if not headings.title_shaped(t):
            return False
        return headings.date_lead(nxt) or (lay.blank_paragraphs and j in lay.gap and j not in lay.soft)

    def _open(self, i: int, t: str, kind: str | None = "?", prev: Raw | None = None) -> Raw:
        """A block opened by line ``i`` (``kind``: what ``start_kind(t)`` gave, "?" when not asked;
        ``prev``: the block before)."""
        if kind == UNKNOWN:
            kind = start_kind(t)
        if kind is None:
            return Raw(BlockType.PARAGRAPH, [i])
        if kind == "label":
            lab = headings.label(t)
            assert lab is not None
            typ = BlockType.KEYWORDS if lab[0] == "keywords" else BlockType.ABSTRACT
            return Raw(typ, [i], skip=lab[1], lang="en" if t[: lab[1]].isascii() else "vi")
        if kind == "source":
            return Raw(BlockType.SOURCE, [i])
        if kind == "bullet":
            return Raw(BlockType.LIST_ITEM, [i])
        if kind == "caps":
            return Raw(BlockType.HEADING, [i], caps=True)
        if kind == "heading":
            rank = headings.heading_rank(t)
            if rank == headings.RANK_NUM + 1 or rank == headings.RANK_ALPHA or rank == headings.RANK_ARTICLE:
                if self._subsection_follows(i, t):  # "2. Quan hệ ..." then "2.1. ...": a section heading
                    return Raw(BlockType.HEADING, [i], rank=rank, caps=t.isupper())
                if ends_sentence(t) or self._next_item(prev, t):
                    return Raw(BlockType.LIST_ITEM, [i])
                if self._numbered_title(i, t):  # "2. Từ khuôn khổ ... thực chất", then a paragraph
                    return Raw(BlockType.HEADING, [i], rank=rank, caps=t.isupper())
                if not self._short(i):
                    if not (t.isupper() and len(t) <= 200):
                        return Raw(BlockType.LIST_ITEM, [i])
                    # "2. QUAN HỆ ĐỐI TÁC": an upper-case numbered heading, whatever the lines around
                    return Raw(BlockType.HEADING, [i], rank=rank, caps=True)
            elif len(t) > 200:
                return Raw(BlockType.PARAGRAPH, [i])
            elif t[0] == "=" and (m := headings.WIKI.fullmatch(t)):  # "== Lịch sử ==": the words only
                return Raw(BlockType.HEADING, [i], rank=rank, skip=m.start(2), cut=m.end(2))
            return Raw(BlockType.HEADING, [i], rank=rank, caps=t.isupper())  # (caps: goes on in caps)
        return Raw(BlockType.PARAGRAPH, [i])
