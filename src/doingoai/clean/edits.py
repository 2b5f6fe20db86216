"""Apply a list of replacements to a mapped text, keeping the map (cost grows with the edits)."""

from __future__ import annotations

from collections.abc import Iterable

from doingoai.textmap import MappedText, OffsetMap, Segment, TextBuilder

Edit = tuple[int, int, str]  # (start, end, replacement) in the text being edited


def apply_edits(mt: MappedText, edits: Iterable[Edit]) -> MappedText:
    """Replace each ``text[start:end]`` by its replacement.

    Unchanged stretches keep their origins; a replacement maps to the source span it replaces.
    Edits that change nothing are skipped, so a text with nothing to change is returned as is.
    Where two detectors propose overlapping edits (a VNI "oâ" read as TCVN3 "â" too), the one that
    starts first wins, the longer one on a tie; the other is dropped.
    """
    todo = _non_overlapping(e for e in edits if mt.text[e[0] : e[1]] != e[2])
    if not todo:
        return mt
    segs = mt.map.segments
    if len(segs) == 1 and not segs[0].literal and segs[0].src_start == 0 and segs[0].length == len(mt.text):
        return _apply_to_identity(mt, todo)
    out = TextBuilder()
    pos = 0
    for start, end, new in todo:
        if start < pos:
            raise ValueError(f"overlapping edits at {start}")
        out.add(mt, pos, start)
        out.add_replacement(mt, start, end, new)
        pos = end
    out.add(mt, pos, len(mt.text))
    return out.build(end_source=mt.map.src_length)


def _non_overlapping(edits: Iterable[Edit]) -> list[Edit]:
    kept: list[Edit] = []
    end = -1
    for e in sorted(edits, key=lambda e: (e[0], e[0] - e[1])):
        if e[0] >= end or e[0] == e[1] == end:
            kept.append(e)
            end = max(end, e[1])
    return kept


def _apply_to_identity(mt: MappedText, todo: list[Edit]) -> MappedText:
    """:func:`apply_edits` on a text that is its own source: the map is built directly (a legacy
    document has an edit every few words, and this is several times faster than a TextBuilder)."""
    text = mt.text
    parts: list[str] = []
    segments: list[Segment] = []
    pos = out = 0
    for start, end, new in todo:
        if start < pos:
            raise ValueError(f"overlapping edits at {start}")
        if start > pos:
            parts.append(text[pos:start])
            segments.append(Segment(out, start - pos, pos, start, False))
            out += start - pos
        if new:
            parts.append(new)
            segments.append(Segment(out, len(new), start, end, True))
            out += len(new)
        pos = end
    if pos < len(text):
        parts.append(text[pos:])
        segments.append(Segment(out, len(text) - pos, pos, len(text), False))
        out += len(text) - pos
    return MappedText("".join(parts), OffsetMap(tuple(segments), out, mt.map.src_length))


def narrow(start: int, old: str, new: str) -> list[Edit]:
    """Edits that turn ``old`` (at ``start``) into ``new``, limited to the characters that differ
    (or, when the lengths differ, to what lies between the common prefix and suffix), so that
    unchanged characters keep their exact source offsets."""
    if len(old) != len(new):  # keep the common prefix and suffix
        p = 0
        while p < min(len(old), len(new)) and old[p] == new[p]:
            p += 1
        s = 0
        while s < min(len(old), len(new)) - p and old[-1 - s] == new[-1 - s]:
            s += 1
        return [(start + p, start + len(old) - s, new[p : len(new) - s])]
    edits: list[Edit] = []
    i = 0
    n = len(old)
    while i < n:
        if old[i] == new[i]:
            i += 1
            continue
        j = i
        while j < n and old[j] != new[j]:
            j += 1
        edits.append((start + i, start + j, new[i:j]))
        i = j
    return edits
