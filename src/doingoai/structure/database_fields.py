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
