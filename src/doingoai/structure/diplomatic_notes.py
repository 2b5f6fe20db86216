"""A chain of diplomatic notes (công hàm) copied as text (round 183).

A note opens with its number line at the top left ("Số: 0118/BNG-CAu"), then the third-person formula
("Bộ Ngoại giao … gửi lời chào trân trọng tới Đại sứ quán … và có vinh dự thông báo …"), its body, the
closing formula ("… nhân dịp này xin gửi tới … lời chào trân trọng nhất./."), the place and date
("Hà Nội, ngày 9 tháng 1 năm 2023"), a stamp note ("[dấu]") and "Kính gửi: …" at the foot; a reply or a
confirmation follows under a line of dashes. Read as plain text, the number line was a short paragraph,
the place–date line (joined with the stamp note) a heading, and a body's paragraphs after the opening
formula ending in ":" ("… có vinh dự thông báo:") a list's items.

* :func:`stamp_lines`: a line that is only an editor's bracketed note of a stamp or a signature ("[dấu]",
  "[chữ ký]", "[ký, đóng dấu]") is no text: dropped as a running line is.
* :func:`retype`: in a text holding the note formula ("gửi lời chào trân trọng tới"), the first number line
  is the title, each later one a level-1 heading (a note of the chain); a place–date line is a paragraph;
  a list item that has no list marker of its own is a paragraph (a note's body is paragraphs).
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.model import BlockType

_STAMP: Final = re.compile(
    r"^\[(?:dấu|đóng dấu|con dấu|chữ ký|chữ ký và dấu|ký(?: tên)?(?:,? (?:và )?đóng dấu)?|đã ký)\]$",
    re.IGNORECASE,
)
_NUMBER: Final = re.compile(r"^Số\s*:\s*\d[\w./-]*$")  # "Số: 0118/BNG-CAu", "Số: 07/2023"
_PLACE_DATE: Final = re.compile(
    r"^[A-ZĐÀ-Ỹ][^\W\d_]*(?:[ .-]+[^\W\d_]+){0,4}, ngày \d{1,2} tháng \d{1,2} năm \d{4}$"
)
# the formula, its words perhaps wrapped over two lines ("… gửi lời chào\ntrân trọng tới …", round 208)
_FORMULA: Final = re.compile(r"gửi\s+lời\s+chào\s+trân\s+trọng\s+tới")
_MARKER: Final = re.compile(r"^(?:[-–•+*]|\d{1,2}[.)]|[a-zđ][.)])\s")


_BRACKETS: Final = 16  # brackets read one by one at most


def stamp_marked(text: str) -> bool:
    """``"dấu]" in text or "ký]" in text`` (the guard of :func:`stamp_lines`), read at each "]" of ``text``
    (speed round 33: a text's few brackets, where the two whole-text searches cost ~3 M instructions a pass)."""
    i = text.find("]")
    for _ in range(_BRACKETS):
        if i < 0:
            return False
        if text.endswith("dấu", 0, i) or text.endswith("ký", 0, i):
            return True
        i = text.find("]", i + 1)
    return i >= 0 and ("dấu]" in text or "ký]" in text)  # (many brackets: the two searches)


def stamp_lines(texts: list[str]) -> list[int]:
    """Indices of the lines (``texts``: the stripped lines) that are only a stamp or signature note."""
    return [
        i for i, t in enumerate(texts) if t[:1] == "[" and t[-1:] == "]" and len(t) <= 40 and _STAMP.match(t)
    ]


def is_note_chain(text: str) -> bool:
    """The text holds a diplomatic note's formula (its words perhaps wrapped) and a number line."""
    if "Số" not in text:
        return False
    return "gửi lời chào trân trọng tới" in text or _FORMULA.search(text) is not None


def retype(blocks: list, texts: list[str]) -> None:
    """A note chain's blocks as its notes set them; ``texts[k]`` is block k's text."""
    titled = any(b.type is BlockType.TITLE for b, t in zip(blocks, texts, strict=True) if t)
    for b, t in zip(blocks, texts, strict=True):
        if not t or b.type is BlockType.TITLE:
            continue
        if len(t) <= 40 and _NUMBER.match(t):  # (the first one is set over the note's text: front matter)
            if not titled:
                b.type, b.level, b.rank, titled = BlockType.TITLE, None, None, True
            else:
                b.type, b.level, b.rank = BlockType.HEADING, 1, None
        elif b.front:
            continue
        elif b.type is BlockType.HEADING and len(t) <= 60 and _PLACE_DATE.match(t):
            b.type, b.level, b.rank = BlockType.PARAGRAPH, None, None
        elif b.type is BlockType.LIST_ITEM and not _MARKER.match(t):
            b.type, b.level = BlockType.PARAGRAPH, None
