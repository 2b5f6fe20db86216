"""A wiki page copied as text: the marks of the page's interface, which are no part of its text.

* the edit links after each section heading ("Các chuyến thăm[sửa | sửa mã nguồn]", "History[edit]"): dropped, so
  that the heading is its own words (and a "|" in the link does not make the line a "|"-separated table row);
* the back-link caret that opens each note of a "Chú thích" / "References" list ("^ Trong chuyến thăm …") and the
  bullet the page draws before a list's item ("• Quan hệ Việt Nam – Nhật Bản" under "Xem thêm"): dropped, and the
  line is a list item of its own (one note, one link a line).

Only a text holding an edit link ("[sửa", "[edit") is looked at: the caret and the bullet are the page's marks only on such a page.
"""

from __future__ import annotations

import re

from doingoai.clean.edits import apply_edits
from doingoai.textmap import MappedText

# an edit link at the end of a heading line: "[sửa]", "[sửa mã nguồn]", "[sửa | sửa mã nguồn]", "[edit]",
# "[edit | edit source]" (with the spaces a copy leaves around it)
_EDIT_LINK = re.compile(
    r"[ \t]*\[\s*(?:sửa(?:\s+mã\s+nguồn)?|edit(?:\s+source)?)"
    r"(?:\s*\|\s*(?:sửa(?:\s+mã\s+nguồn)?|edit(?:\s+source)?))*\s*\][ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
# the caret a note's back-link leaves at the start of its line ("^ Trong …"), the bullet a list's item leaves
# ("• Quan hệ …": the page draws it, its text has none)
_CARET = re.compile(r"^[ \t]*[\^•][ \t]+(?=\S)", re.MULTILINE)


def strip_marks(mapped: MappedText) -> tuple[MappedText, list[int]]:
    """``mapped`` without a wiki page's edit links and note carets, and the offsets (in the new text) where a
    caret-marked note starts. Unchanged (and no offsets) for a text with no edit link."""
    text = mapped.text
    if "[sửa" not in text and "[edit" not in text and "[Sửa" not in text and "[Edit" not in text:
        return mapped, []
    links = [(m.start(), m.end(), "") for m in _EDIT_LINK.finditer(text)]
    if not links:
        return mapped, []
    carets = [(m.start(), m.end(), "") for m in _CARET.finditer(text)]
    edits = sorted(links + carets)
    notes: list[int] = []
    removed = 0
    caret_starts = {s for s, _, _ in carets}
    for s, e, _ in edits:
        if s in caret_starts:
            notes.append(s - removed)
        removed += e - s
    return apply_edits(mapped, edits), notes
