"""A legal-documents database's fields at the top of a page (round 161): the site's front matter, not the act.

A page copied from a legal database opens with the database's own fields, one a line, before the act's issuer
and motto: "Số hiệu: 12/2023/QĐ-CTN", "Loại văn bản: Quyết định", "Nơi ban hành: Chủ tịch nước", "Người ký: …",
"Ngày ban hành: …", "Tình trạng: Còn hiệu lực". The first run of three such lines or more is dropped (as running
lines are), so that the act's own head and title are read as the page's. The act's own "Số: …" beside its issuer
is no such field. (The fields a page repeats over a second act stay: they set the acts apart, and without them
the first act's closing would run on into the second act's head.)
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.model import BlockType
from doingoai.structure.lines import Lines

_FIELD: Final = re.compile(
    r"(?:Số hiệu|Loại văn bản|Nơi ban hành|Cơ quan ban hành|Người ký|Ngày ban hành|Ngày hiệu lực|"
    r"Ngày công báo|Số công báo|Tình trạng(?: hiệu lực)?|Lĩnh vực):\s*\S"
)
MIN_FIELDS = 3
MAX_START = 10  # the run starts within the page's first lines


def has_fields(text: str) -> bool:
    """Cheap guard: the text may hold a database's fields."""
    return "Số hiệu:" in text or "Loại văn bản:" in text


def field_lines(lines: Lines) -> list[int]:
    """Indices of the lines of the first run of the database's fields near the top (three or more), else []."""
    texts = lines.texts
    n = len(texts)
    i = next((k for k in range(min(n, MAX_START)) if _FIELD.match(texts[k]) is not None), n)
    j = i
    while j < n and _FIELD.match(texts[j]) is not None and (j == i or not lines.blanks[j]):
        j += 1
    return list(range(i, j)) if j - i >= MIN_FIELDS else []


_ACT_NAME: Final = re.compile(r"(?:QUYẾT ĐỊNH|NGHỊ QUYẾT|NGHỊ ĐỊNH|LỆNH|THÔNG TƯ|CHỈ THỊ)")
_SUBJECT: Final = re.compile(r"(?:Về việc|V/v|Phê chuẩn|Phê duyệt|Về)\s")


def acts_heads(blocks: list, texts: list[str]) -> None:
    """Each further act on a database's page (round 167), as the first act's head is read: the act's name in
    capitals and its subject under it ("QUYẾT ĐỊNH" / "Về việc phê chuẩn Hiệp định …") are one heading, and the
    issuer named under them in capitals ("CHỦ TỊCH NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") over the "Căn cứ …"
    lines is a line of the act, not a heading. ``blocks`` are the raw blocks before the text is written,
    ``texts`` the document's stripped lines. The blocks are changed in place (a subject's lines join its name's)."""
    k = 0
    while k + 1 < len(blocks):
        b, nxt = blocks[k], blocks[k + 1]
        if (
            b.type is BlockType.HEADING
            and len(b.lines) == 1
            and _ACT_NAME.fullmatch(texts[b.lines[0]]) is not None
            and nxt.type is BlockType.PARAGRAPH
            and _SUBJECT.match(texts[nxt.lines[0]]) is not None
            and nxt.lines[0] == b.lines[-1] + 1
            and not b.skip
            and not nxt.skip
        ):
            b.lines = b.lines + nxt.lines
            del blocks[k + 1]
            if k + 1 < len(blocks):
                _issuer_line(blocks, k + 1, texts)
        elif b.type is BlockType.TITLE and not b.front:
            _issuer_line(blocks, k + 1, texts)
        k += 1


def _issuer_line(blocks: list, k: int, texts: list[str]) -> None:
    b = blocks[k]
    if b.type is not BlockType.HEADING or len(b.lines) != 1 or k + 1 >= len(blocks):
        return
    t = texts[b.lines[0]]
    if t.isupper() and texts[blocks[k + 1].lines[0]].startswith("Căn cứ"):
        b.type, b.rank, b.level, b.caps = BlockType.PARAGRAPH, None, None, False
        b.front = True  # (kept as typed: no heading for classify to find in it)
