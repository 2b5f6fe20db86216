"""Write the blocks out: one line of text per block, blocks separated by a blank line.

Wrapped lines are joined with one space (which maps to the line break it replaces). A hyphen ending
a line is kept and the lines glued when it joins parts of a hyphenated word ("Cam-\\npu-chia" ->
"Cam-pu-chia", "Marxist-\\nLeninist"); it is dropped only for an English word broken across lines
("inter-\\nnational" -> "international"). Vietnamese syllables are never glued together.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import partial
from itertools import accumulate, repeat
from operator import add

from doingoai.structure.language import is_vietnamese_fragment
from doingoai.structure.lines import Lines
from doingoai.textmap import MappedText, OffsetMap, Segment, TextBuilder


def write(mapped: MappedText, lines: Lines, blocks: list) -> tuple[MappedText, list[tuple[int, int]]]:
    """The new text and each block's ``(start, end)`` in it (blocks whose text is empty get (k, k))."""
    text = lines.text
    texts = lines.texts
    starts, ends = lines.starts, lines.ends
    parts: list[str] = []
    # (start, length, src_start, src_end, literal) with src in ``text``; a sentinel first
    segs: list[tuple[int, int, int, int, bool]] = [(0, 0, -1, -1, True)]
    pos = 0
    spans: list[tuple[int, int]] = []
    prev_end: int | None = None
    hyphenated = None  # lines ending in a hyphen after a letter (the others are joined as usual)
    if _HYPHEN_END.search(text):
        hyphenated = {i for i, t in enumerate(texts) if t[-1] == "-" and len(t) > 1 and t[-2].isalpha()}
    widths = [len(t) + 1 for t in texts]  # a line and the character after it
    for block in blocks:
        ls = block.lines
        if block.skip or block.cut or block.drops or hyphenated and not hyphenated.isdisjoint(ls):
            pieces = _pieces(text, starts, ends, block)
            if not pieces:
                spans.append((pos, pos))
                continue
            first, last_end = pieces[0][0], pieces[-1][1]
        else:
            pieces = None
            first, last_end = starts[ls[0]], ends[ls[-1]]
        if prev_end is not None:
            parts.append("\n\n")
            segs.append((pos, 2, prev_end, first, True))
            pos += 2
        prev_end = last_end
        if pieces is not None:
            b_start = pos
            pos = _write_pieces(text, texts, pieces, parts, segs, pos, ends)
            spans.append((b_start, pos))
            continue
        # the common case: lines joined with one space, which stands on the line break
        if len(ls) == 1:
            t = texts[ls[0]]
            parts.append(t)
            n = len(t)
            segs.append((pos, n, first, last_end, False))
        else:
            a, b = ls[0], ls[-1] + 1
            line_texts = texts[a:b] if b - a == len(ls) else [texts[i] for i in ls]  # (consecutive lines)
            t = " ".join(line_texts)
            parts.append(t)
            n = len(t)
            if last_end - first == n:  # one line break between each two lines: one run of the source
                segs.append((pos, n, first, last_end, False))
            else:  # a run per line, with the character after it (what the joining space stands on)
                if b - a == len(ls):
                    src = starts[a:b]
                    lens = widths[a:b]
                else:
                    src = [starts[i] for i in ls]
                    lens = [widths[i] for i in ls]
                lens[-1] -= 1
                segs.extend(zip(accumulate(lens, initial=pos), lens, src, map(add, src, lens), repeat(False)))
        spans.append((pos, pos + n))
        pos += n
    new_text = "".join(parts)
    return MappedText(new_text, _compose(segs[1:], mapped.map, pos)), spans


def _write_pieces(
    text: str, texts: list[str], pieces: list, parts: list[str], segs: list[tuple], pos: int, ends: list[int]
) -> int:
    """Lines of a block with a label cut off, hyphens at line ends or footnote marks left out."""
    last = len(pieces) - 1
    for k, (s, e, line) in enumerate(pieces):
        joiner = None  # (a line ending in a footnote mark: the space stands on the mark and the break)
        if k < last and pieces[k + 1][2] == line:  # a line with a footnote mark left out: no joiner
            piece = text[s:e]
        elif k < last and e < ends[line] and not text[e].isspace() and pieces[k + 1][0] > ends[line]:
            piece = text[s:e]
            joiner = (e, ends[line] + 1)
        elif k < last:
            tl = texts[line]
            nt = texts[pieces[k + 1][2]]
            if tl[-1] == "-" and len(tl) > 1 and tl[-2].isalpha() and nt[0].isalpha():
                if nt[0].islower() and _broken_word(tl, nt):
                    e -= 1  # a (non-Vietnamese) word broken at the line end: drop the hyphen
                piece = text[s:e]
            else:
                piece = text[s:e] + " "  # the space stands on the line break (or trailing space)
                e += 1
        else:
            piece = text[s:e]
        parts.append(piece)
        n = e - s
        prev = segs[-1]
        if prev[3] == s and not prev[4]:
            segs[-1] = (prev[0], prev[1] + n, prev[2], e, False)
        else:
            segs.append((pos, n, s, e, False))
        pos += n
        if joiner:
            parts.append(" ")
            segs.append((pos, 1, joiner[0], joiner[1], True))
            pos += 1
    return pos


_SPACE_RUN = re.compile(r" {2,}")


def collapse_spaces(
    mapped: MappedText, spans: list[tuple[int, int]], keep: list[bool]
) -> tuple[MappedText, list[tuple[int, int]]]:
    """Runs of spaces inside the blocks ``keep`` marks (not a table's rows, whose cells they part)
    made one space, as justified PDF lines leave them inside paragraphs; the space maps to the run it
    stands for. The text and the blocks' new spans (the same objects when nothing changes)."""
    text = mapped.text
    if "  " not in text:
        return mapped, spans
    out = TextBuilder()
    pos = shift = 0
    new_spans = []
    for (s, e), ok in zip(spans, keep, strict=True):
        start = s - shift
        if ok and text.find("  ", s, e) >= 0:
            for m in _SPACE_RUN.finditer(text, s, e):
                out.add(mapped, pos, m.start())
                out.add_replacement(mapped, m.start(), m.end(), " ")
                pos = m.end()
                shift += m.end() - m.start() - 1
        new_spans.append((start, e - shift))
    if not shift:
        return mapped, spans
    out.add(mapped, pos, len(text))
    return out.build(end_source=mapped.map.src_length), new_spans


_HYPHEN_END = re.compile(r"-[ \t\r]*[\n\f]")
_VOWEL_GROUPS = re.compile(r"[aeiouyAEIOUY]+")
# a first syllable with an initial cluster or a letter Vietnamese lacks, closed by a consonant: the
# cut of a Western word ("Clin-|ton", "Wash-|ington"), never of a transliteration ("Pra-|ha", "Bra-|xin")
_FOREIGN_CLOSED = re.compile(r"(?i)(?:[bcdfgkpt][lr]|s[chklmnptw]|[tw][rw]|.*[fjwz]).*[aeiouy][^aeiouy\W]+$")
_LATIN1_VOWELS = re.compile(r"[aeiouyàáâãäåèéêëìíîïòóôõöùúûüýÿAEIOUYÀ-ÅÈ-ÏÒ-ÖÙ-Ý]+")


def _broken_word(line: str, nxt: str) -> bool:
    """The hyphen ending ``line`` splits one word ("Washing-|ton", "inter-|national"), not a
    hyphenated word or a Vietnamese transliteration ("Cam-pu-|chia", "Cu-|ba", "Xu-|đăng"): both parts
    are plain letters without a hyphen of their own, not Vietnamese, and either part has two vowel
    groups or more (one syllable of a transliteration has one); with the accents of a Western
    language, the part after it has two."""
    k = line.rfind(" ")
    head = line[k + 1 : -1].lstrip('("“‘[')
    k = nxt.find(" ")
    tail = (nxt if k < 0 else nxt[:k]).rstrip('.,;:!?…)]"”’')
    if not head or not tail or not (head + tail).isalpha():
        return False  # (a hyphen inside either part makes isalpha false)
    if is_vietnamese_fragment(head) or is_vietnamese_fragment(tail):
        return False
    if not (head + tail).isascii():
        # a word of a Western language with its accents ("Re-|pública", "Peñ-|alosa"): Latin-1 letters
        # only, and a tail of two vowel groups or more (a Vietnamese syllable has one)
        return max(map(ord, head + tail)) < 0x100 and len(_LATIN1_VOWELS.findall(tail)) >= 2
    if len(_VOWEL_GROUPS.findall(head)) >= 2 or len(_VOWEL_GROUPS.findall(tail)) >= 2:
        return True  # (a tail of two vowel groups is no Vietnamese syllable: "Fi-|garo")
    if _FOREIGN_CLOSED.match(head) or head[-1] == tail[0] and head[-1] not in "aeiouymn":
        return True  # a closed syllable no Vietnamese word has ("Clin-|ton", "Bret-|ton", "Bet-|ty")
    # one syllable before the hyphen ("Bam-|bang"): broken only inside a run of foreign names, a
    # word next to it being one ("Susilo Bam-|bang Yudhoyono"), never among Vietnamese words ("Cu-|ba")
    before = line[: line.rfind(" ") + 1].split()[-1:] if " " in line else []
    after = nxt[k + 1 :].split()[:1] if k >= 0 else []
    return any(map(_foreign_name, before + after))


def _foreign_name(word: str) -> bool:
    """A capitalised plain-letter word of two vowel groups or more, not Vietnamese ("Susilo",
    "Yudhoyono", "Vladimir"): the shape of a foreign name written as is."""
    word = word.strip('.,;:!?…()[]"“”‘’')
    return (
        len(word) > 2
        and word.isalpha()
        and word.isascii()
        and word[0].isupper()
        and word[1:].islower()
        and len(_VOWEL_GROUPS.findall(word)) >= 2
    )


# (start, length, src_start, src_end, literal) -> Segment, without a Python-level call
_segment = partial(tuple.__new__, Segment)


def _compose(segs: list[tuple], inner: OffsetMap, length: int) -> OffsetMap:
    """Segments into ``inner``'s text, re-expressed as segments into ``inner``'s source."""
    isegs = inner.segments
    if len(isegs) <= 1 and (
        not isegs or (not isegs[0].literal and isegs[0].start == isegs[0].src_start == 0)
    ):
        return OffsetMap(tuple(map(_segment, segs)), length, inner.src_length)
    out: list[Segment] = []
    starts = inner._starts
    for start, n, s, e, lit in segs:
        if lit:
            a, b = inner.span(s, e) if e > s else (inner.source_start(s),) * 2
            out.append(Segment(start, n, a, b, True))
            continue
        k = max(0, bisect_right(starts, s) - 1)
        p = s
        while p < e and k < len(isegs):
            seg = isegs[k]
            seg_end = seg.start + seg.length
            if seg_end <= p:
                k += 1
                continue
            take = min(e, seg_end) - p
            if seg.literal:
                out.append(Segment(start + p - s, take, seg.src_start, seg.src_end, True))
            else:
                src = seg.src_start + p - seg.start
                out.append(Segment(start + p - s, take, src, src + take, False))
            p += take
            k += 1
    return OffsetMap(tuple(out), length, inner.src_length)


def _pieces(text: str, starts: list[int], ends: list[int], block) -> list[tuple[int, int, int]]:
    out = []
    for k, i in enumerate(block.lines):
        s, e = starts[i], ends[i]
        if k == 0 and block.cut:  # a column of the line: it ends there
            e = min(e, s + block.cut)
            while e > s and text[e - 1].isspace():
                e -= 1
        if k == 0 and block.skip:
            s += block.skip
            while s < e and text[s].isspace():
                s += 1
        if block.drops:  # footnote marks left out: the line in pieces around them
            for line, a, b in sorted(block.drops):
                a, b = starts[i] + a, starts[i] + b
                if line == i and s <= a and b <= e:
                    if s < a:
                        out.append((s, a, i))
                    s = b
        if s < e:
            out.append((s, e, i))
    return out
