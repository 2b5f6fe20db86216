"""Layout repair: lines -> blocks (wrapped lines rejoined, paragraphs rebuilt, blocks typed).

The walk over the lines: the front matter (preamble, title, authors), the body text, a signature
and its recipients, notes at the foot of a page. Whether a line goes on with the block before it is
:mod:`doingoai.structure.line_joins`; what block a line opens, :mod:`doingoai.structure.block_starts`.
"""

from __future__ import annotations

import re

from doingoai.model import BlockType
from doingoai.structure import archive, closing, front_matter, official_title, preamble, speech
from doingoai.structure.block_starts import UNKNOWN as _UNKNOWN
from doingoai.structure.block_starts import BlockStarts
from doingoai.structure.boxes import is_border
from doingoai.structure.footnote_rules import is_rule
from doingoai.structure.headings import start_kind
from doingoai.structure.layout import Raw
from doingoai.structure.lines import ends_sentence

# a line of "=" or "-" setting a masthead, a closing or a Q&A pair apart
_SEPARATOR = re.compile(r"={5,}|-{5,}")


class Segmenter(BlockStarts):
    # -- the walk ---------------------------------------------------------------------------------
    def run(self, keep: list[int]) -> list[Raw]:
        texts = self.texts
        blocks: list[Raw] = []
        cat = archive.catalogue_lines(self.lines, keep)  # an archive's call number over the text (round 167)
        if cat:
            blocks.append(Raw(BlockType.SOURCE, keep[:cat]))
        pos = top = cat + preamble.preamble(self.lines, keep[cat:])
        self._front(blocks, keep[cat:pos])
        beside = preamble.subject_columns(texts[keep[pos]]) if pos < len(keep) else None
        if beside:  # a letter's subject beside the place and date: the other columns, then the title
            (a, b), others = beside
            self._front_columns(blocks, keep[pos], others)
            n_title = official_title.subject_wraps(self.lines, keep[pos:], b - a)
            blocks.append(Raw(BlockType.TITLE, keep[pos : pos + n_title], cut=b))
        else:
            rest = keep[pos:]
            issuer = front_matter.issuer_lines(self.lines, rest) or speech.speaker_lines(self.lines, rest)
            if issuer:  # "BỘ NGOẠI GIAO" above "BÁO CÁO", a speaker above the occasion: then the title
                self._front(blocks, keep[pos : pos + issuer])
                pos += issuer
                top = max(top, pos)  # (the issuer named again under the title is front matter too)
            n_title = front_matter.title_lines(self.lines, keep[pos:] if pos else keep)
            if n_title and keep[pos] in self.lay.tables:  # a table opening the text: its header is no title
                n_title = 0
            boxed = self.lay.boxed  # a box's text (a Word table of one cell) is no title, nor part of one
            n_title = (
                next((k for k in range(n_title) if keep[pos + k] in boxed), n_title) if boxed else n_title
            )
            if n_title:
                blocks.append(Raw(BlockType.TITLE, keep[pos : pos + n_title]))
        official = False  # an official document ("CHỈ THỊ Về việc ..."): signed at its end, no authors
        if n_title:
            official = official_title.is_official_title(texts[keep[pos]])
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
        tables, items, heads = self.lay.tables, self.lay.items, self.lay.heads
        headlines = self.lay.headlines
        n = len(rest)
        # lines that need a decision; the others start in lower case and continue the block
        lower = self.lines.lower
        deck = self.lay.deck
        if deck is None:  # ("a) …", "(a) …")
            marks = [
                k for k, i in enumerate(rest) if not lower[i] or ")" in texts[i][1:3] or texts[i][:3] == "l. "
            ]
        else:  # a deck of slides (slides.py): every line decides
            marks = list(range(n))
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
            if deck is not None:  # a deck of slides: bullets, their wrapped lines, slide titles, fragments
                if i in deck.bullets:
                    cur = Raw(BlockType.LIST_ITEM, [i], skip=deck.bullets[i])
                    blocks.append(cur)
                    continue
                if i in deck.wraps and cur is not None:
                    cur.lines.append(i)
                    continue
                if i in deck.heads:
                    blocks.append(Raw(BlockType.HEADING, [i]))
                    cur = None
                    continue
                if i in deck.singles:
                    if i in deck.authors or i in deck.affiliations:
                        typ = BlockType.AUTHOR if i in deck.authors else BlockType.AFFILIATION
                        blocks.append(Raw(typ, [i], front=True))
                    else:
                        blocks.append(self._open(i, t, start_kind(t), None))
                    cur = None
                    continue
            if i in tables:  # a table row: a block of its own, which nothing joins
                blocks.append(Raw(BlockType.TABLE, [i]))
                cur = None
                continue
            if i in items:  # a list's item by the page's markup (<li>): the same
                blocks.append(Raw(BlockType.LIST_ITEM, [i]))
                cur = None
                continue
            if i in heads:  # a heading by the page's markup (<h2>): the same (its level from markup.apply)
                blocks.append(Raw(BlockType.HEADING, [i]))
                cur = None
                continue
            if headlines and i in headlines:  # a digest's dated headline: a heading (its bullet left out)
                blocks.append(Raw(BlockType.HEADING, [i], skip=headlines[i]))
                cur = None
                continue
            if t[-1] in "_—=-" and (is_rule(t) or _SEPARATOR.fullmatch(t)) or is_border(t):
                # a rule standing alone ("______", "=========="), a box's border ("+-----+"): a separator, no
                # block, nothing joins it
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
                    if kind is None or not (
                        self.can_start(p, i, typ, ends_p) or self.sibling_bullet(cur, t, kind)
                    ):
                        if self.joins(p, i, ends_p, len(cur.lines) == 1):
                            cur.lines.append(i)
                            continue
            cur = self._open(i, t, kind, cur)
            blocks.append(cur)

    def _issuer(self, t: str, top: list[int]) -> bool:
        """``t`` names an office, or repeats the issuer that opens one of the lines ``top``."""
        if closing.is_office(t):
            return True
        if not t.isupper() or ends_sentence(t):
            return False
        if any(self.texts[j].startswith(t) for j in top):
            return True  # "CHÍNH PHỦ" under the title, from "CHÍNH PHỦ" at the top
        # its name set on two lines at the top, on one under the title ("QUỐC HỘI" / "NƯỚC CỘNG HÒA …")
        names = [self.texts[j] for j in top if self.texts[j].isupper()]
        return len(names) > 1 and " ".join(names).startswith(t) and len(t) > len(names[0])

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
