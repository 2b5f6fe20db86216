"""Notes (footnotes and endnotes) and the references they hold.

In a Vietnamese thesis or journal a note cites a work in the reference-list form, the author and year first
and the cited pages last: "¹ Xem: Nguyễn Văn Bình (2001), Việt Nam và ASEAN: mười năm nhìn lại, Nxb. Chính trị
quốc gia, Hà Nội, tr. 34." or "² Hoàng Thị Mai (2004), tr. 58-60." Such a reference is a citation (the note
points a sentence of the text to a page of a work), while the same line in the reference list ("Tài liệu tham
khảo") is an entry of the bibliography. :func:`note_ends` tells where the notes are; :func:`note_pages` finds a
reference's pages after its title.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from typing import Final

from doingoai.extract.members import members
from doingoai.model import BlockType, Document

BT = members(BlockType)  # (plain attribute reads: see extract/members.py)

# "(2001), Nhan đề" / "(2001): Nhan đề" / "(2001). Nhan đề": after a note's "Tên (năm)" its title follows
_TITLE_AFTER: Final = re.compile(r"\s*[,:.]\s*[\"“‘'«]?(?P<first>\w)")
_NOTE_END_AFTER: Final = re.compile(r"\s*\.?\s*$")  # "... Hoàng Thị Mai (2004)." closing the note
# what marks a published work: a publisher, a journal, a thesis, a page
_PUBLISHED: Final = re.compile(
    r"\b(?:Nxb|NXB|Nhà xuất bản|Tạp chí|Kỷ yếu|Luận án|Luận văn|Báo cáo|Press|Journal|University|Review)\b"
    r"|[,;]\s*(?:tr|trang|pp?)\.\s*\d"
)
_TITLE_WORDS: Final = (
    3  # a title without a publisher or pages has at least this many words ("Sách trắng Ngoại giao")
)
_NUM: Final = r"\d+[a-z]?(?:\s*[-–—]\s*\d+[a-z]?)?"
_NOTE_PAGES: Final = re.compile(
    r"[,;]\s*(?:tr|trang|pp?)\.\s*(?P<p>" + _NUM + r"(?:\s*,\s*" + _NUM + r")*)", re.I
)
_NEXT_REFERENCE: Final = re.compile(r";|\((?:1[5-9]|20)\d\d")  # where the note's next reference starts
_NOTE_REACH: Final = 400  # characters from a reference's year to its pages at most
_NOTE_MARK: Final = re.compile(r"^[¹²³⁴⁵⁶⁷⁸⁹]", re.M)  # a line opening with a superscript number is a note
_SUPERSCRIPTS: Final = "¹²³⁴⁵⁶⁷⁸⁹"
_SUPERSCRIPT: Final = re.compile("[" + _SUPERSCRIPTS + "]")  # (one pass to see whether there is any)
_NOTES_HEADING: Final = re.compile(
    r"(?:CHÚ THÍCH|Chú thích|GHI CHÚ|Ghi chú|NOTES|Notes|ENDNOTES|Endnotes)\s*:?"
)
_HEADING_FIRST: Final = frozenset("CGNE")  # what a _NOTES_HEADING match starts with
_SHORT: Final = (
    12  # a block shorter than this holds no reference (a heading set as a paragraph, a list number)
)


def note_reference(text: str, end: int, note_end: int) -> bool:
    """Is the "Tên (năm)" ending at ``end`` in a note a reference? Its title follows (a capital or a quotation
    mark after ",", ":" or ".") with a publisher, journal or page before the note's next reference, or a title of
    a few words, or the note ends there. A person's dates are no reference: "Hồ Chí Minh (1890), sinh tại
    Nghệ An." (lower case), "Võ Nguyên Giáp (1911). Đại tướng." (two words, nothing published)."""
    if _NOTE_END_AFTER.match(text, end, note_end) is not None:
        return True
    title = _TITLE_AFTER.match(text, end, note_end)
    if title is None or not title.group("first").isupper():
        return False
    bound = min(note_end, end + _NOTE_REACH)
    nxt = _NEXT_REFERENCE.search(text, end, bound)
    if nxt is not None:
        bound = nxt.start()
    if _PUBLISHED.search(text, end, bound) is not None:
        return True
    stop = min(
        (
            i
            for i in (
                text.find(",", title.start("first"), bound),
                text.find(". ", title.start("first"), bound),
            )
            if i >= 0
        ),
        default=bound,
    )
    return len(text[title.start("first") : stop].split()) >= _TITLE_WORDS


def note_pages(text: str, pos: int, note_end: int) -> str | None:
    """The pages of the note's reference whose year ends at ``pos``: the first "tr. N" after its title, before
    the note's next reference (a ";" or another "(năm") and the end of the note."""
    bound = min(note_end, pos + _NOTE_REACH)
    nxt = _NEXT_REFERENCE.search(text, pos, bound)
    if nxt is not None:
        bound = nxt.start() + (nxt.group(0) == ";")  # a page list may end at the ";"
    m = _NOTE_PAGES.search(text, pos, bound)
    return " ".join(m.group("p").split()) if m else None


def _note_spans(doc: Document) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    text = doc.text
    in_notes = False  # after a "Chú thích" heading, up to the next heading
    for b in doc.blocks:
        if b.type is BT.HEADING or (b.end - b.start < _SHORT and b.type is not BT.FOOTNOTE):
            heading = text[b.start : b.start + 1] in _HEADING_FIRST and (
                _NOTES_HEADING.fullmatch(text, b.start, b.end) is not None
            )
            in_notes = heading or (in_notes and b.type is not BT.HEADING)
        elif (
            b.type is BT.FOOTNOTE
            or (in_notes and b.type is not BT.REFERENCE)
            or text[b.start] in _SUPERSCRIPTS  # (a block is one line: its start is a line start)
        ):
            spans.append((b.start, b.end))
    if not doc.blocks and _SUPERSCRIPT.search(text) is not None:  # a text not structured into blocks
        for m in _NOTE_MARK.finditer(text):
            eol = text.find("\n", m.end())
            spans.append((m.start(), eol if eol >= 0 else len(text)))
    spans.sort()
    return spans


def note_ends(doc: Document) -> Callable[[int], int | None]:
    """Where the note holding a position ends (None when the position is in no note).

    Notes are FOOTNOTE blocks, lines opening with a superscript number ("¹ Xem: ..."), and the blocks after a
    "Chú thích" / "Ghi chú" / "Notes" heading up to the next heading (a journal's endnotes). The notes are
    looked for at the first question only (most documents ask none)."""
    found: list[list[tuple[int, int]]] = []

    def end_of(pos: int) -> int | None:
        if not found:
            found.append(_note_spans(doc))
        spans = found[0]
        k = bisect_right(spans, (pos, len(doc.text) + 1)) - 1
        return spans[k][1] if k >= 0 and pos < spans[k][1] else None

    return end_of
