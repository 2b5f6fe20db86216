"""An archival document's catalogue lines (round 167): a text copied from an archive opens with the archive's
own call number, "Trung tâm Lưu trữ quốc gia III – Phông Phủ Thủ tướng – Hồ sơ số 1234 – Tờ 5-7", and often a
note on the copy ("Bản số hóa từ bản đánh máy; văn bản nhận dạng tự động (OCR) …"). That block says where the text
comes from: its source line, not a paragraph of the document."""

from __future__ import annotations

import re
from typing import Final

from doingoai.model import BlockType
from doingoai.structure.lines import Lines

_CATALOGUE: Final = re.compile(
    r"^(?:Trung tâm Lưu trữ|Kho Lưu trữ|Lưu trữ)\b.{0,120}?\b(?:Phông|Hồ sơ số|Hồ sơ)\b"
)
MAX_FIRST = 2  # the catalogue stands among the document's first blocks


def ocr_roman_one(t: str) -> bool:
    """``t`` is "l. " and a heading in capitals ("l. TÌNH-HÌNH QUAN-HỆ"): a typed page's roman "I." that OCR read
    as a small "l" (the gold and the text keep it). No list is lettered "l." over a line in capitals."""
    if not t.startswith("l. "):
        return False
    rest = t[3:].strip()
    return len(rest) >= 3 and rest.isupper()


def has_catalogue(text: str) -> bool:
    """Cheap guard: the text may open with an archive's catalogue line."""
    return "Lưu trữ" in text[:400]


MAX_CATALOGUE_LINES = 3


def catalogue_lines(lines: Lines, keep: list[int]) -> int:
    """How many of the first kept lines are the archive's catalogue (its call number and the note on the copy
    under it, up to a blank line): 0 when the text does not open with one. Read before the act's preamble, so
    that its issuer, motto and title are read as an act's."""
    if not keep or keep[0] != 0 or not has_catalogue(lines.text):
        return 0
    texts = lines.texts
    if _CATALOGUE.match(texts[0]) is None:
        return 0
    n = 1
    while n < len(keep) and n < MAX_CATALOGUE_LINES and keep[n] == n and not lines.blanks[n]:
        n += 1
    return n


def mark_catalogue(blocks: list, texts: list[str]) -> None:
    """The first blocks' catalogue line (a paragraph) typed as the document's source."""
    seen = 0
    for b, t in zip(blocks, texts, strict=True):
        if not t:
            continue
        if b.type is BlockType.PARAGRAPH and _CATALOGUE.match(t) is not None:
            b.type = BlockType.SOURCE
            return
        seen += 1
        if seen >= MAX_FIRST:
            return
