"""Write the blocks out: one line of text per block, blocks separated by a blank line.

Wrapped lines are joined with one space (which maps to the line break it replaces). A hyphen ending
a line is kept and the lines glued when it joins parts of a hyphenated word ("Cam-\\npu-chia" ->
"Cam-pu-chia", "Marxist-\\nLeninist"); it is dropped only for an English word broken across lines
("inter-\\nnational" -> "international"). Vietnamese syllables are never glued together.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from doingoai.structure.language import is_vietnamese_fragment
from doingoai.structure.lines import Lines
from doingoai.textmap import MappedText, OffsetMap, Segment


def write(mapped: MappedText, lines: Lines, blocks: list) -> tuple[MappedText, list[tuple[int, int]]]:
    """The new text and each block's ``(start, end)`` in it (blocks whose text is empty get (k, k))."""
    text = lines.text
    texts = lines.texts
    parts: list[str] = []
    # [start, length, src_start, src_end, literal] with src in ``text``; a sentinel first
    segs: list[list] = [[0, 0, -1, -1, True]]
    pos = 0
    spans: list[tuple[int, int]] = []
    prev_end: int | None = None
    starts = lines.starts
    hyphenated = {i for i, t in enumerate(texts) if t[-1] == "-"} if _HYPHEN_END.search(text) else set()
    for block in blocks:
        ls = block.lines
        if block.skip or hyphenated and not hyphenated.isdisjoint(ls):
            pieces = _pieces(text, starts, lines.ends, block)
            if not pieces:
                spans.append((pos, pos))
                continue
            first, last_end = pieces[0][0], pieces[-1][1]
        else:
            pieces = None
            first, last_end = starts[ls[0]], lines.ends[ls[-1]]
        if prev_end is not None:
            parts.append("\n\n")
            segs.append([pos, 2, prev_end, first, True])
            pos += 2
        b_start = pos
        if pieces is None:
            # the common case: lines joined with one space, which stands on the line break
            line_texts = [texts[i] for i in ls]
            parts.append(" ".join(line_texts))
            run_pos, run_src, run_len = pos, starts[ls[0]], 0  # a run copied from contiguous source
            for i, t in zip(ls, line_texts, strict=True):
                s = starts[i]
                if s != run_src + run_len:
                    segs.append([run_pos, run_len, run_src, run_src + run_len, False])
                    run_pos, run_src, run_len = pos, s, 0
                n = len(t) + 1
                run_len += n
                pos += n
            pos -= 1
            segs.append([run_pos, run_len - 1, run_src, run_src + run_len - 1, False])
        else:
            pos = _write_pieces(text, texts, pieces, parts, segs, pos)
        spans.append((b_start, pos))
        prev_end = last_end
    new_text = "".join(parts)
    return MappedText(new_text, _compose(segs[1:], mapped.map, pos)), spans


def _write_pieces(
    text: str, texts: list[str], pieces: list, parts: list[str], segs: list[list], pos: int
) -> int:
    """Lines of a block with a label cut off or hyphens at line ends."""
    last = len(pieces) - 1
    for k, (s, e, line) in enumerate(pieces):
        if k < last:
            tl = texts[line]
            nt = texts[pieces[k + 1][2]]
            if tl[-1] == "-" and len(tl) > 1 and tl[-2].isalpha() and nt[0].isalpha():
                if nt[0].islower() and not is_vietnamese_fragment(tl) and not is_vietnamese_fragment(nt[:30]):
                    e -= 1  # an English word broken at the line end: drop the hyphen
                piece = text[s:e]
            else:
                piece = text[s:e] + " "  # the space stands on the line break (or trailing space)
                e += 1
        else:
            piece = text[s:e]
        parts.append(piece)
        n = e - s
        if segs[-1][3] == s and not segs[-1][4]:
            segs[-1][1] += n
            segs[-1][3] = e
        else:
            segs.append([pos, n, s, e, False])
        pos += n
    return pos


def _segment(start: int, length: int, src_start: int, src_end: int, literal: bool) -> Segment:
    """``Segment(...)`` without the frozen-dataclass ``__init__`` (one is made per joined line)."""
    seg = _new(Segment)
    _set(
        seg,
        "__dict__",
        {"start": start, "length": length, "src_start": src_start, "src_end": src_end, "literal": literal},
    )
    return seg


_HYPHEN_END = re.compile(r"-[ \t\r]*[\n\f]")
_new = object.__new__
_set = object.__setattr__


def _compose(segs: list[list], inner: OffsetMap, length: int) -> OffsetMap:
    """Segments into ``inner``'s text, re-expressed as segments into ``inner``'s source."""
    isegs = inner.segments
    if len(isegs) <= 1 and (
        not isegs or (not isegs[0].literal and isegs[0].start == isegs[0].src_start == 0)
    ):
        return OffsetMap(tuple([_segment(*seg) for seg in segs]), length, inner.src_length)
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
        if k == 0 and block.skip:
            s += block.skip
            while s < e and text[s].isspace():
                s += 1
        if s < e:
            out.append((s, e, i))
    return out
