"""Footnote reference marks in body text.

A PDF's text layer sets a footnote's reference mark as a plain digit glued to the word or the
punctuation it follows ("... chưa tương xứng với tiềm năng.1 Hai bên ..."), and the note itself at
the foot of the page ("1 Số liệu tổng hợp từ Cục Đầu tư nước ngoài."). Once the notes are blocks of
their own (:mod:`layout`, :mod:`paragraphs`), the mark is left out of the text that refers to it, so
the sentence reads as written and ends where it ends.

A mark is taken out only when a note with its number exists, only in one of the few blocks before
that note (a superscript mark "¹" in one of the 40 before: a two-column page sets its notes under both columns) (the note is placed after the paragraph its page interrupts), only the last occurrence
there, and only glued to a lower-case letter, a sentence's punctuation or a closing quote or bracket
("tiềm năng.1", "hội nhập”2"): never to a capital ("G20", "P5"), a digit ("2.1"), a hyphen
("COVID-19"), nor after a page abbreviation ("tr.18").
"""

from __future__ import annotations

import re

from doingoai.model import BlockType
from doingoai.structure.lines import Lines

LOOK_BACK = 6  # blocks before a note searched for its mark
LOOK_BACK_SUPERSCRIPT = 40  # (a superscript mark "¹": round 203)
_SUPERSCRIPTS = "¹²³⁰⁴⁵⁶⁷⁸⁹"
_YEAR_DIGITS = r"(?:1[89]\d\d|20\d\d)"  # a year a superscript mark may follow
_NOTE_NUMBER = re.compile(rf"^(\d{{1,3}}(?=[\s.)])|[{_SUPERSCRIPTS}]{{1,3}})")
# a number glued to what it follows (or in superscript), followed by a space, punctuation or the line's end
# (or a superscript glued to a year: "năm 1998³", "1998³,"; never to another number: "10³")
_MARK = re.compile(
    rf"(?:(?<=[^\s\d{_SUPERSCRIPTS}])(\d{{1,3}}|[{_SUPERSCRIPTS}]{{1,3}})"
    rf"|(?<=(?<!\d){_YEAR_DIGITS})([{_SUPERSCRIPTS}]{{1,3}}))(?=[\s,.;:!?)]|$)"
)
_AFTER = frozenset(".,;:!?”’\"')]")
_PAGE_ABBREVIATIONS = ("tr.", "p.", "pp.", "Tr.", "P.", "số", "No.", "Vol.")
_BODY = frozenset((BlockType.PARAGRAPH, BlockType.LIST_ITEM))
_YEAR_DOT = re.compile(r"(?:^|\D)\d{4}\.$")  # a year ending a sentence, right before a mark
# a unit of length, area or volume standing as a word (after a space or a number) right before the digit
_UNIT = re.compile(r"(?:^|(?<=[\s\d(]))(?:[kcmd]?m|ha)$")


def mark_notes(lines: Lines, blocks: list) -> None:
    """Set ``drops`` on the blocks whose text holds the reference mark of a footnote block."""
    notes = [k for k, b in enumerate(blocks) if b.type is BlockType.FOOTNOTE]
    if not notes:
        return  # (the common case)
    texts = lines.texts
    for k in notes:
        m = _NOTE_NUMBER.match(texts[blocks[k].lines[0]])
        if m is None:
            continue
        number = m.group(1)
        # a superscript number is a mark whatever the distance: a two-column page's notes stand after both
        # columns, many paragraphs below the mark (round 203); a plain digit only a few blocks back
        back = LOOK_BACK_SUPERSCRIPT if number[0] in _SUPERSCRIPTS else LOOK_BACK
        for j in range(k - 1, max(-1, k - 1 - back), -1):
            b = blocks[j]
            if b.type not in _BODY or b.front:
                continue
            found = _last_mark(texts, b, number)
            if found is not None:
                b.drops = (*b.drops, found)
                break


def _last_mark(texts: list[str], block, number: str) -> tuple[int, int, int] | None:
    """``(line, start, end)`` of the last mark ``number`` in the block's lines, or None."""
    for pos in range(len(block.lines) - 1, -1, -1):
        i = block.lines[pos]
        t = texts[i]
        if number not in t:
            continue
        low = block.skip if pos == 0 else 0
        for m in reversed(list(_MARK.finditer(t))):
            a, b = m.span(m.lastindex)
            if m.group(m.lastindex) == number and a > low and _glued(t, a, b):
                return i, a, b
    return None


def _glued(t: str, a: int, b: int) -> bool:
    """The mark ``t[a:b]`` follows a lower-case letter, or a sentence's punctuation or a closing quote
    or bracket that itself follows a letter, a closing quote or a year ending a sentence ("năm
    2001.1 Quan hệ ..."), and no page abbreviation."""
    if _UNIT.search(t, max(0, a - 4), a) is not None:
        return False  # a unit's power ("25.000 km2", "300 m3", "km²"), not a mark
    if t[a] in _SUPERSCRIPTS:
        return True  # (a superscript is a mark wherever it stands)
    c = t[a - 1]
    if c.isalpha():
        return c.islower()
    if c not in _AFTER or a < 2:
        return False
    before = t[a - 2]
    if before.isdigit():
        # (then a new sentence, or the line's end, must follow: not "2001.1 triệu")
        nxt = t[b + 1 : b + 2].lstrip('“"(')
        return _YEAR_DOT.search(t[max(0, a - 6) : a]) is not None and (b == len(t) or nxt.isupper())
    if not (before.isalpha() or before in '”’")]'):
        return False
    k = t.rfind(" ", 0, a) + 1
    return not t[k:a].startswith(_PAGE_ABBREVIATIONS)


def has_mark(texts: list[str], end: int, note: str) -> bool:
    """Some line before ``end`` holds the mark of the note line ``note`` ("1 ...", "2. ..."): its
    number glued to the text it follows ("tiềm năng.1")."""
    m = _NOTE_NUMBER.match(note)
    if m is None:
        return False
    number = m.group(1)
    for t in texts[:end]:
        if number in t and any(
            g.group(g.lastindex) == number and _glued(t, *g.span(g.lastindex)) for g in _MARK.finditer(t)
        ):
            return True
    return False
