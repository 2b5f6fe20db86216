"""Infobox and field-list lines ("Thủ đô: Viên", "Ngôn ngữ chính thức: tiếng Đức"): one a line, each a
paragraph, never a heading (read by :mod:`doingoai.structure.classify` and
:mod:`doingoai.structure.line_joins`). A label has a few words; in a run of three or more such lines a
longer one belongs to the run ("Thiết lập quan hệ với Việt Nam: 23/1/1992")."""

from __future__ import annotations

import re

from doingoai.model import BlockType
from doingoai.structure.lines import ends_sentence

MAX_FIELD = 100  # characters of a "Field: value" line
MAX_FIELD_LABEL_WORDS = 5
MAX_RUN_LABEL_WORDS = 8  # in a run of three or more field lines
_FIELD = re.compile(r"([^\W\d_][^:]*?)\s*:\s+\S")
# a field's value that is a date: "tháng 3/2025", "15/4/2022", "ngày 5 tháng 6 năm 2024", "quý I/2024",
# "March 2025" (a heading's text after a colon is words, "Phụ lục: Một số cặp cửa khẩu")
_DATE_VALUE = re.compile(
    r"(?:(?:ngày|tháng|năm|quý|Ngày|Tháng|Năm|Quý)\s+)?(?:\d{1,4}|[IV]{1,3})(?:\s*[/.-]\s*\d{1,4}){0,2}"
    r"(?:\s+(?:tháng|năm)\s+\d{1,4}){0,2}\s*$|"
    r"(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+(?:\d{1,2},\s+)?\d{4}\s*$"
)


def field_line(t: str, words: int = 0) -> bool:
    """``t`` is a short "Field: value" line: a label of a few words (at most ``words``, by default
    ``MAX_FIELD_LABEL_WORDS``), a colon, a value on the same line, no sentence end ("Thủ đô: Viên",
    "Ngôn ngữ: tiếng Đức")."""
    if len(t) > MAX_FIELD or ends_sentence(t):
        return False
    m = _FIELD.match(t)
    return m is not None and len(m.group(1).split()) <= (words or MAX_FIELD_LABEL_WORDS)


def dated_field(t: str) -> bool:
    """``t`` is one "Field: date" line standing alone ("Cập nhật: tháng 3/2025", "Ngày ban hành:
    15/4/2022"): a dated note under a title, a paragraph (a label holding a number, "Giai đoạn 2:
    2021 – 2025", is left to the heading rules)."""
    m = _FIELD.match(t) if field_line(t) else None
    if m is None or any(c.isdigit() for c in m.group(1)):
        return False
    value = t[t.index(":", m.end(1)) + 1 :].lstrip()
    return _DATE_VALUE.match(value) is not None


def in_field_list(blocks: list, texts: list[str], k: int) -> bool:
    """Block ``k`` is a "Field: value" line next to another one (a field list, an infobox); in a run
    of such lines a label may be longer ("Thiết lập quan hệ với Việt Nam: 23/1/1992")."""
    if field_line(texts[k]):
        return any(_field_block(blocks, texts, j, MAX_RUN_LABEL_WORDS) for j in (k - 1, k + 1))
    if not field_line(texts[k], MAX_RUN_LABEL_WORDS):
        return False
    run = [j for j in (k - 2, k - 1, k + 1, k + 2) if _field_block(blocks, texts, j, MAX_RUN_LABEL_WORDS)]
    near = [j for j in run if abs(j - k) == 1]
    # two field lines beside it, or one beside it with another beyond (no gap in the run)
    return len(near) == 2 or any(j + (j - k) in run for j in near)


def _field_block(blocks: list, texts: list[str], j: int, words: int) -> bool:
    """Block ``j`` exists, is a paragraph or an unnumbered heading (which the text's shape alone, maybe
    this pass, made it), not front matter, and is a "Field: value" line."""
    if not 0 <= j < len(blocks):
        return False
    b = blocks[j]
    if b.type is not BlockType.PARAGRAPH and not (
        b.type is BlockType.HEADING and b.rank is None and not b.caps
    ):
        return False
    return not b.front and field_line(texts[j], words)
