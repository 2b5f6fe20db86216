"""Rows of a table as evidence: a row is read under its header row, and the cell answering a
question is the one in the column whose header the question names ("Cửa khẩu Tân Thanh đối diện với
cửa khẩu nào của Trung Quốc?" over "Cửa khẩu phía Việt Nam | Cửa khẩu phía Trung Quốc | Huyện" and
the row "Tân Thanh | Pò Chài | Văn Lãng" -> "Pò Chài").

A table row is a block of its own (structure/table_rows.py), its cells parted by a tab or a run of
spaces; its header is the first row of the run of rows it is in.
"""

from __future__ import annotations

import re
from typing import Any

from doingoai.answer.positions import Found
from doingoai.fold import fold
from doingoai.question import Question

MAX_ROWS = 40  # rows looked back for a table's header
_CELL_GAP = re.compile(r"\t|\s{2,}")
_WORD = re.compile(r"\w+")
# words of a question that say nothing about a column ("của", "với", "nào", "phía")
_STOP = frozenset("của với và nào gì ở tại là các những phía bên nước the of which what in with and".split())


def header_of(kb, hit: dict[str, Any]) -> str | None:
    """The header row of the table ``hit`` is a row of (None when it is the header or no table)."""
    lookup = getattr(kb, "sentences_after", None)
    if lookup is None or hit.get("type") != "table" or "doc_id" not in hit or "sentence" not in hit:
        return None
    idx = hit["sentence"]
    first = max(0, idx - MAX_ROWS)
    rows = lookup(hit["doc_id"], first - 1, idx - first)  # the rows before it, in order
    header = None
    for row in reversed(rows):
        if row.get("type") != "table":
            break
        header = row["text"]
    return header


_BAR = re.compile(r"\s*\|\s*")  # "12 | 08/03/2018 | … |  | 14/01/2019": a CSV table's row as read


def cells(row: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of a table row; a row parted by " | " keeps its empty cells (an empty span),
    so its cells line up with its header's."""
    if " | " in row:
        out, pos = [], 0
        for m in _BAR.finditer(row):
            out.append((pos, max(pos, m.start())))
            pos = m.end()
        out.append((pos, len(row.rstrip())))
        return out
    out, pos = [], 0
    for m in _CELL_GAP.finditer(row):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(row.rstrip()):
        out.append((pos, len(row.rstrip())))
    return out


def find_cell(q: Question, row: str, header: str) -> Found | None:
    """The row's cell under a header holding what the question asks by ("huyện nào" -> "Huyện"), the
    one sharing most of the question's words when several do ("cửa khẩu nào của Trung Quốc" ->
    "Cửa khẩu phía Trung Quốc"), never the cell the question names itself; None when the row has fewer
    cells than the header (they do not line up) or no header holds the asked noun. A row's cells past
    the header's last column are text of the row, under no header: they answer no column."""
    spans, heads = cells(row), cells(header)
    if len(spans) < 2 or len(spans) < len(heads):
        return None
    asked = q.text.lower()
    named = [row[s:e].lower() for s, e in spans if row[s:e].lower() in asked]
    named = [c for c in named if not any(c != o and c in o for o in named)]  # "Hữu Nghị" of "Hữu Nghị Quan"
    asked_heads = [h for m in _ASKED_HEAD.finditer(asked) for h in (m.group(1), m.group(1).split()[-1])]
    words = {w for w in _WORD.findall(asked) if w not in _STOP}
    best, best_score = None, 0
    for (s, e), (hs, he) in zip(spans, heads, strict=False):  # (a row's extra cells: under no header)
        if s == e or row[s:e].lower() in named:
            continue  # the cell the question names: the row's key, not the answer
        title = header[hs:he].lower()
        if q.action and action_title(q, title):  # "When did X enter into force?": the cell under "Hiệu lực"
            return row[s:e], s, e
        if not any(re.search(rf"(?<!\w){re.escape(h)}(?!\w)", title) for h in asked_heads):
            continue  # only a column the question asks by ("huyện nào", "cửa khẩu nào")
        score = len(words & set(_WORD.findall(title)))
        if score > best_score:
            best, best_score = (row[s:e], s, e), score
    return best


def action_title(q: Question, title: str) -> bool:
    """A column's title says the action a date is asked of ("Hiệu lực", "Ngày có hiệu lực" for "có hiệu lực
    khi nào", "enter into force")."""
    folded = " ".join(fold(title).lower().split())
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", folded) for w in q.action)


def action_cell(q: Question, row: str, header: str) -> bool:
    """The row has a filled cell under a column titled with the action asked (see :func:`action_title`)."""
    spans, heads = cells(row), cells(header)
    if not q.action or len(spans) < 2 or len(spans) < len(heads):
        return False
    return any(
        e > s and action_title(q, header[hs:he]) for (s, e), (hs, he) in zip(spans, heads, strict=False)
    )


_ASKED_HEAD = re.compile(r"((?:\w+\s+)?\w+)\s+nào(?!\w)")
