"""Layout repair: lines -> blocks (wrapped lines rejoined, paragraphs rebuilt, blocks typed).

Between two lines the question is: same block or a new one? The cues, strongest first:
* a heading, list item, label or source line starts a new block (when the line before could end);
* a line starting in lower case continues the block;
* a line that does not end a sentence is continued (text wrapped by a column, or a paragraph broken
  by a page break or a blank line in mid-sentence);
* after a line that ends a sentence: a blank line means a new paragraph (text extracted from a PDF);
  when the document ends wrapped lines with a space and a paragraph's last line without one, that
  decides; when blank lines separate the paragraphs, lines with none between belong together;
  otherwise (Word exports with a blank line after every line, text without blank lines) a new
  paragraph starts when the next line's first word would have fitted on the line before (with a
  margin), or with an ordinal opening an enumeration ("Thứ hai, ...").
"""

from __future__ import annotations

import re

from doingoai.model import BlockType
from doingoai.structure import closing, front_matter, headings, preamble, speech
from doingoai.structure.headers import is_rule
from doingoai.structure.headings import start_kind
from doingoai.structure.layout import Layout, Raw
from doingoai.structure.lines import ends_sentence, first_word_len, local_width, starts_lower

SHORT = 0.6  # a line shorter than this share of the column width is "short"
FIT_MARGIN = 2
# "Thứ hai, ...": an ordinal that opens a paragraph of an enumeration
# the legal bases opening an official document's preamble, one a line ("Căn cứ Luật ...;")
_BASIS = re.compile(r"(?:Căn\s+cứ|Xét\s+đề\s+nghị|Theo\s+đề\s+nghị)\s")
_ORDINAL = re.compile(r"Thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\b")


class Segmenter:
    def __init__(self, layout: Layout):
        self.lay = layout
        self.lines = layout.lines
        self.texts = layout.lines.texts

    # -- cues between two lines -------------------------------------------------------------------
    def _fits(self, p: int, i: int) -> bool:
        """The first word of line ``i`` would have fitted at the end of line ``p`` (with a margin of
        ``FIT_MARGIN`` characters: fonts are proportional, so character counts are approximate)."""
        return (
            len(self.texts[p]) + 1 + first_word_len(self.texts[i]) <= local_width(self.lines, i) - FIT_MARGIN
        )

    def _short(self, i: int) -> bool:
        return len(self.texts[i]) < SHORT * local_width(self.lines, i)

    def can_start(self, p: int, i: int, prev_type: BlockType, ends_p: bool) -> bool:
        """Line ``i`` may start a block after line ``p`` (``ends_p``: ``ends_sentence`` of line ``p``)."""
        if prev_type in _AFTER_FRONT:
            return True
        return (
            ends_p
            or self.texts[p][-1] == ";"
            or i in self.lay.gap
            or i in self.lay.soft
            or self.lay.cue
            and not self.lines.trail[p]
            or i in self.lay.indent
        )

    def joins(self, p: int, i: int, ends_p: bool, first: bool = False) -> bool:
        """Line ``i`` goes on with the block whose last line is ``p`` (``first``: ``p`` is that
        block's only line)."""
        tp, ti = self.texts[p], self.texts[i]
        if starts_lower(ti):
            return True
        if tp[-1] in _ALONE_END and speech.stands_alone(tp):
            return False  # after a salutation ("Thưa Quý vị,") or a stage direction ("(Vỗ tay)")
        # (after a sentence's end, a blank line, another salutation or a bracket; not "… và\nMadam X,")
        if (
            ti[-1] in _ALONE_END
            and (ends_p or self.lines.blanks[i] or tp[-1] in ",)")
            and speech.stands_alone(ti)
        ):
            return False  # a salutation or a stage direction: a block of its own
        if ends_p and speech.opens_turn(ti):
            return False  # a speaker's turn ("Hỏi: ...", "PV: ...", "Đại sứ Trần Văn Nam: ...")
        if ti[0] in "CXT" and tp[-1] in ";,.:" and _BASIS.match(ti):
            return False  # "Căn cứ ...;" lines of an official document's preamble: one each
        if ti[-1] == ":" and len(ti) <= MAX_FORMULA and ti.isupper():
            return False  # a decision's enacting words standing alone ("QUYẾT NGHỊ:", "QUYẾT ĐỊNH:")
        if self.lay.indent:  # the document indents its paragraphs' first lines
            if i in self.lay.indent:
                return False
            if ends_p and i not in self.lay.gap:
                return not self._flush_heading(i)  # a line flush left goes on, but for a heading
        if not ends_p:
            if tp[-1] in ",;-–":
                return True
            if not ti[0].isupper():  # (but "Thế kỷ XX" on its own line, then its items "- Năm 1973: ...",
                return not (  # or "Tài liệu tham khảo", then "1. Đỗ Minh Khuê (2009), ...")
                    first and (headings.is_bullet(ti) or _ITEM_NUMBER.match(ti)) and self._title_line(p)
                )
            if self.lay.line_paragraphs:
                return False  # a line that is a heading or a headline
            if first and self._title_line(p):
                return False  # "Hợp tác phòng chống dịch SARS" on its own line, its paragraph below
            if i in self.lay.gap and self._short(p):
                return False  # a short line standing alone: a heading or a caption
            if self.lay.cue and not self.lines.trail[p] and i not in self.lay.soft:
                return False
            return True
        if self.lay.line_paragraphs:
            return False
        if i in self.lay.gap:
            # a blank line after a sentence end: a new paragraph, unless the document's trailing-space
            # cue says the line before was wrapped (PDF text with blank lines inside paragraphs)
            return self.lay.cue and self.lines.trail[p] and i not in self.lay.soft
        if ti[-1] == ":" and i + 1 < len(self.texts) and _opens_item(self.texts[i + 1]):
            # a one-line lead-in after a sentence end, its first item after it: a paragraph of its own
            # (or a heading: "Các nhiệm vụ chủ yếu …:"), but where only widths part paragraphs (a Word
            # export with a blank line after every line) a clause ("Hôm nay, tôi xin nêu ba điểm:")
            # goes on after a full line
            return self.lay.double and "," in ti and not self._fits(p, i)
        if self.lay.cue:
            return bool(self.lines.trail[p])
        if self.lay.blank_paragraphs and i not in self.lay.soft:
            return True
        return not self._fits(p, i) and _ORDINAL.match(ti) is None and not self._title_line(i)

    def _title_line(self, i: int) -> bool:
        """Line ``i`` is shaped like a heading of wrapped text: much shorter than the column, no end
        punctuation, a capital or a number first, at most ``MAX_HEADING_WORDS`` words, and followed
        by a longer line starting with a capital (its paragraph)."""
        t = self.texts[i]
        j = i + 1
        if j >= len(self.texts) or not (t[0].isupper() or t[0].isdigit()) or t[-1] in _OPEN_END:
            return False
        nxt = self.texts[j]
        if nxt[:1] in _BULLET_FIRST and headings.is_bullet(nxt):
            nxt = nxt[2:].lstrip()  # its first item ("- Năm 1973: ...") stands for its paragraph
        elif nxt[:1].isdigit() and (item := _ITEM_NUMBER.match(nxt)):
            nxt = nxt[item.end() :]  # "1. Đỗ Minh Khuê (2009), ..."
        if not nxt or len(nxt) <= len(t) or not nxt[0].isupper() or ends_sentence(t):
            return False
        return self._short(i) and len(t.split()) <= MAX_HEADING_WORDS

    def _flush_heading(self, i: int) -> bool:
        """In a document that indents first lines: line ``i``, flush left, is a heading (short, no end
        punctuation, upper case, and an indented line or a new block follows)."""
        t = self.texts[i]
        if ends_sentence(t) or t[-1] in ",;-–" or not t[0].isupper() or not self._short(i):
            return False
        j = i + 1
        return j < len(self.texts) and (j in self.lay.indent or start_kind(self.texts[j]) is not None)

    def heading_continues(self, block: Raw, i: int, kind: str | None) -> bool:
        """Line ``i`` (which can start a ``kind`` of block) continues the heading ``block``."""
        p = block.lines[-1]
        tp, ti = self.texts[p], self.texts[i]
        if len(block.lines) == 1 and kind in (None, "caps") and headings.bare_part(tp):
            return not ends_sentence(ti) and len(ti) <= MAX_NUMBERED_TITLE  # "Chương I", then its title
        if len(block.lines) >= 3 or kind is not None or i in self.lay.indent:
            return False
        if ends_sentence(tp):
            return False
        if block.caps:
            return ti.isupper() and not ends_sentence(ti)
        if starts_lower(ti):
            return True
        lay = self.lay
        if lay.line_paragraphs or (i in lay.gap and i not in lay.soft):
            return False  # lines are not wrapped, or a blank line parts them: the next line is its own block
        if len(block.lines) > 1 or ends_sentence(ti) or not ti[0].isupper():
            return False
        if self.lay.cue and not self.lines.trail[p]:
            return False
        if len(ti) > len(tp) and self._fits(p, i):
            return False  # "1. Khái quát", then a longer line whose first word would have fitted: body text
        return self._short(i) and (i + 1 >= len(self.texts) or not self._short(i + 1))

    # -- the walk ---------------------------------------------------------------------------------
    def run(self, keep: list[int]) -> list[Raw]:
        texts = self.texts
        blocks: list[Raw] = []
        pos = top = preamble.preamble(self.lines, keep)
        self._front(blocks, keep[:pos])
        beside = preamble.subject_columns(texts[keep[pos]]) if pos < len(keep) else None
        if beside:  # a letter's subject beside the place and date: the other columns, then the title
            (a, b), others = beside
            self._front_columns(blocks, keep[pos], others)
            n_title = front_matter.subject_wraps(self.lines, keep[pos:], b - a)
            blocks.append(Raw(BlockType.TITLE, keep[pos : pos + n_title], cut=b))
        else:
            rest = keep[pos:]
            issuer = front_matter.issuer_lines(self.lines, rest) or speech.speaker_lines(self.lines, rest)
            if issuer:  # "BỘ NGOẠI GIAO" above "BÁO CÁO", a speaker above the occasion: then the title
                self._front(blocks, keep[pos : pos + issuer])
                pos += issuer
            n_title = front_matter.title_lines(self.lines, keep[pos:] if pos else keep)
            if n_title:
                blocks.append(Raw(BlockType.TITLE, keep[pos : pos + n_title]))
        official = False  # an official document ("CHỈ THỊ Về việc ..."): signed at its end, no authors
        if n_title:
            official = front_matter.is_official_title(texts[keep[pos]])
            pos += n_title
            after = preamble.markers(self.lines, keep, pos)
            if official and after < len(keep) and self._issuer(texts[keep[after]], keep[:top]):
                # the issuing authority under a decision's title ("BỘ TRƯỞNG BỘ NGOẠI GIAO", or the
                # issuer named again from the top: "CHÍNH PHỦ")
                after = preamble.markers(self.lines, keep, after + 1)
            self._front(blocks, keep[pos:after])
            pos = after
        if (n_title or not pos) and not official:
            people, pos = front_matter.people(self.lines, keep, pos)
            blocks.extend(Raw(t, ls) for t, ls in people)
        for s, e in self.lay.closing:  # body text, then a signature and its recipients
            if e > pos:
                self._walk(keep[pos:s], blocks)
                s = max(s, pos)
                blocks.extend(
                    Raw(BlockType.CLOSING, ls, skip=a, cut=b, front=True)
                    for ls, a, b in closing.blocks(self.lines, keep[s:e])
                )
                pos = e
        self._walk(keep[pos:], blocks)
        return blocks

    def _walk(self, rest: list[int], blocks: list[Raw]) -> None:
        """Lines ``rest`` of body text joined into blocks, appended to ``blocks``."""
        notes = self.lay.notes
        if notes:  # notes at the foot of a page: kept apart, each after the paragraph it interrupts
            noted = {i for _, ls in notes for i in ls}
            rest = [i for i in rest if i not in noted]
            first = len(blocks)
        self._walk_lines(rest, blocks)
        if notes:
            _place_notes(blocks, first, notes)

    def _walk_lines(self, rest: list[int], blocks: list[Raw]) -> None:
        texts = self.texts
        cur: Raw | None = None
        cue, trail, gap, soft = self.lay.cue, self.lines.trail, self.lay.gap, self.lay.soft
        tables = self.lay.tables
        n = len(rest)
        # lines that need a decision; the others start in lower case and continue the block
        lower = self.lines.lower
        marks = [k for k, i in enumerate(rest) if not lower[i] or texts[i][1:2] == ")"]
        marks.append(n)
        heading, source = BlockType.HEADING, BlockType.SOURCE
        m = 0
        k = 0
        while k < n:
            while marks[m] < k:
                m += 1
            if cur is not None and marks[m] > k and cur.type is not heading:
                cur.lines.extend(rest[k : marks[m]])  # wrapped lines
                k = marks[m]
                continue
            i = rest[k]
            k += 1
            t = texts[i]
            if i in tables:  # a table row: a block of its own, which nothing joins
                blocks.append(Raw(BlockType.TABLE, [i]))
                cur = None
                continue
            if t[-1] in "_—" and is_rule(t):  # a rule standing alone: a separator, no block, nothing joins it
                cur = None
                continue
            kind: str | None = _UNKNOWN
            if cur is not None:
                p = cur.lines[-1]
                typ = cur.type
                if typ is heading:
                    kind = start_kind(t)
                    if self.heading_continues(cur, i, kind):
                        cur.lines.append(i)
                        continue
                elif cur.skip and len(cur.lines) == 1 and cur.skip >= len(texts[p]):
                    cur.lines.append(i)  # the text of a label standing alone on its line ("TÓM TẮT")
                    continue
                elif typ is source and not texts[p].endswith(")") and not ends_sentence(texts[p]):
                    cur.lines.append(i)
                    continue
                else:
                    tp = texts[p]
                    ends_p = ends_sentence(tp)
                    if cue and trail[p] and not ends_p and tp[-1] != ";" and i not in gap and i not in soft:
                        cur.lines.append(i)  # a line wrapped in mid-sentence, whatever it starts with
                        continue
                    kind = start_kind(t)
                    if kind is None or not self.can_start(p, i, typ, ends_p):
                        if self.joins(p, i, ends_p, len(cur.lines) == 1):
                            cur.lines.append(i)
                            continue
            cur = self._open(i, t, kind, cur)
            blocks.append(cur)

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

    def _issuer(self, t: str, top: list[int]) -> bool:
        """``t`` names an office, or repeats the issuer that opens one of the lines ``top``."""
        if closing.is_office(t):
            return True
        return t.isupper() and not ends_sentence(t) and any(self.texts[j].startswith(t) for j in top)

    def _front(self, blocks: list[Raw], idx: list[int]) -> None:
        """Marker lines around the title as paragraphs kept as they are, a line of two columns as
        one paragraph each; decorations dropped."""
        for i in idx:
            t = self.texts[i]
            cols = preamble.columns(t)
            if cols:
                self._front_columns(blocks, i, cols)
                continue
            skip = len(t) if preamble.is_decoration(t) else 0  # (an empty block is left out)
            blocks.append(Raw(BlockType.PARAGRAPH, [i], skip=skip, front=True))

    def _front_columns(self, blocks: list[Raw], i: int, cols: list[tuple[int, int]]) -> None:
        t = self.texts[i]
        for a, b in cols:
            if not preamble.is_decoration(t[a:b]):
                blocks.append(Raw(BlockType.PARAGRAPH, [i], skip=a, cut=b, front=True))

    def _open(self, i: int, t: str, kind: str | None = "?", prev: Raw | None = None) -> Raw:
        """A block opened by line ``i`` (``kind``: what ``start_kind(t)`` gave, "?" when not asked;
        ``prev``: the block before)."""
        if kind == _UNKNOWN:
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
            return Raw(BlockType.HEADING, [i], rank=rank, caps=t.isupper())  # (caps: goes on in caps)
        return Raw(BlockType.PARAGRAPH, [i])


def _opens_item(t: str) -> bool:
    """``t`` opens an item of an enumeration: "Thứ nhất, ...", "1. ...", "a) ...", "- ..."."""
    return _ORDINAL.match(t) is not None or _ITEM_NUMBER.match(t) is not None or headings.is_bullet(t)


def _place_notes(blocks: list[Raw], first: int, notes: list[tuple[int, list[int]]]) -> None:
    """Put each note after the block (from ``blocks[first]`` on) that holds the line before it."""
    where = {i: k for k in range(first, len(blocks)) for i in blocks[k].lines}
    after: dict[int, list[Raw]] = {}
    for before, ls in notes:
        k = where.get(before)
        if k is None:  # (never lost: after the last block that starts before it)
            k = first - 1
            while k + 1 < len(blocks) and blocks[k + 1].lines[0] < ls[0]:
                k += 1
        after.setdefault(k, []).append(Raw(BlockType.FOOTNOTE, ls))
    for k in sorted(after, reverse=True):
        blocks[k + 1 : k + 1] = after[k]


_UNKNOWN = "?"  # a line's kind not looked at yet
_BULLET_FIRST = frozenset("-•▪●○◦■□➢►✓*+–—")
_ITEM_NUMBER = re.compile(r"\d{1,3}[.)]\s+")  # "1. ", "2) ": a numbered item's number
MAX_FORMULA = 40  # characters of an upper-case enacting formula ("QUYẾT NGHỊ:")
_LEADING_NUMBER = re.compile(r"(\d{1,2})\.\s")
MAX_NUMBERED_TITLE = 150  # characters of a numbered heading as wide as the text
MAX_TITLE_WORDS = 20
MAX_HEADING_WORDS = 12  # words of an unnumbered heading standing on its own line in wrapped text
_OPEN_END = ",;:-–(/&"  # a line ending so goes on
_ALONE_END = ",!)"  # the last characters of a salutation or a stage direction

_AFTER_FRONT = frozenset((BlockType.HEADING, BlockType.TITLE, BlockType.AUTHOR, BlockType.AFFILIATION))
