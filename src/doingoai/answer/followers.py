"""A sentence that goes on about the act the sentence before it names, without naming it again.

"Hiệp ước X … được ký tại Mát-xcơ-va ngày 12/9/1990. Văn kiện là kết quả của … Hiệp ước mở đường cho …
và có hiệu lực ngày 15/3/1991.": the last sentence dates X's entry into force, though it names no X;
"… ký Nghị định thư về đường biên giới … cùng Hiệp định về Quy chế …. Hai văn kiện có hiệu lực từ ngày
5/9/2017." dates both. Such a sentence opens with the bare head of an agreement's name ("Văn kiện",
"Hiệp ước", "Hai văn kiện", "Hiệp định này"), followed by a word in lower case (a capital would begin a
name of its own: "Hiệp ước Hữu nghị …").

:func:`with_antecedents` reads each such sentence among the search hits with the sentence of its
paragraph it goes on from (``antecedent``: the last one before it opening otherwise; ``context``: a
:class:`~doingoai.answer.context.DocumentContext`, for the title of a paragraph going on from its first sentence), and adds, after
the hits, the sentences going on from a hit that the search left out (short sentences writing few of
the question's words rank low).
"""

from __future__ import annotations

import re
from typing import Any

_HEAD = r"(?:văn kiện|hiệp ước|hiệp định|công ước|nghị định thư|thỏa thuận|thoả thuận)"
# the head pointing back by a number or a demonstrative ("Hai văn kiện …", "Hiệp định này …"), or bare
# before its verb ("Hiệp ước mở đường …"; not "Hiệp ước về …", "Hiệp định thương mại …": names)
_POINTING = re.compile(
    rf"^(?:(?:hai|ba|cả hai|cả ba|các)\s+{_HEAD}|{_HEAD}\s+(?:này|đó|trên)(?!\w))\s*,?\s*(?=\w)", re.I
)
_VERB = (
    r"(?:có|được|đã|sẽ|là|mở|chính thức|bắt đầu|dự kiến|vừa|cũng|chưa|vẫn|khẳng định|quy định|gồm|bao gồm|"
    r"nêu|nhấn mạnh|đánh dấu|tạo|đặt|thay thế|hết|còn|ra đời|trở thành|xác định|góp phần|gồm có)"
)
_BARE = re.compile(rf"^{_HEAD}\s*,?\s+(?={_VERB}(?!\w))", re.I)
REACH = 3  # sentences of a paragraph read after a hit, and before it for its antecedent


def goes_on(sentence: str) -> bool:
    """The sentence opens with the bare head of an agreement's name, no name of its own after it."""
    text = sentence.strip()
    m = _POINTING.match(text)
    if m is not None:
        return not text[m.end() :][:1].isupper()  # ("Hai Hiệp định Thương mại …": names)
    return _BARE.match(text) is not None


def _in_paragraph(hit: dict[str, Any], row: dict[str, Any]) -> bool:
    lo, hi = hit.get("passage_start"), hit.get("passage_end")
    return isinstance(lo, int) and isinstance(hi, int) and lo <= row["start"] < hi


def _antecedent(kb, context, hit: dict[str, Any]) -> str:
    """The sentence of the hit's paragraph its subject goes on from; the document's title when every
    sentence before it in its paragraph goes on too (an entry's "Hiệp ước khẳng định …. Văn kiện có hiệu
    lực …" under its name); else ""."""
    idx = hit["sentence"]
    rows = kb.sentences_after(hit["doc_id"], max(-1, idx - REACH - 1), min(REACH, idx))
    for row in reversed([r for r in rows if r["idx"] < idx]):
        if not _in_paragraph(hit, row):
            break
        if not goes_on(row["text"]):
            return row["text"]
    else:
        if len(rows) == REACH:
            return ""  # (a long run of sentences going on: read no further)
    return context.title(hit["doc_id"]) or ""


def with_antecedents(kb, context, hits: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The hits, each going on from a sentence before it with that sentence (``antecedent``), then the
    sentences going on from a hit in its paragraph that are not hits (each with its antecedent)."""
    lookup = getattr(kb, "sentences_after", None)
    if lookup is None:
        return hits
    have = {(h.get("doc_id"), h.get("sentence")) for h in hits}
    out, extra = [], []
    for h in hits:
        if "doc_id" not in h or not isinstance(h.get("sentence"), int):
            out.append(h)
            continue
        if goes_on(h["text"]):
            before = _antecedent(kb, context, h)
            if before:
                h = {**h, "antecedent": before}
        out.append(h)
        for row in lookup(h["doc_id"], h["sentence"], REACH):
            if not _in_paragraph(h, row) or not goes_on(row["text"]):
                break
            key = (h["doc_id"], row["idx"])
            if key in have:
                continue
            have.add(key)
            keys = ("doc", "path", "doc_id", "text", "start", "end")
            extra.append(
                {k: row[k] for k in keys}
                | {
                    "sentence": row["idx"],
                    "passage": h.get("passage", row["text"]),
                    "passage_start": h["passage_start"],
                    "passage_end": h["passage_end"],
                    "type": row.get("type"),
                    "antecedent": h.get("antecedent") or h["text"],
                }
            )
    return out + extra


def borrowed_kind(hit: dict[str, Any]) -> str:
    """The antecedent of a sentence going on, read for the kind of act it speaks of (" " and the
    sentence; else ""): only where the asked action is checked on the sentence itself ("Văn kiện có
    hiệu lực …" speaks of the treaty named before; "Văn kiện là kết quả … họp tại Bon" is no signing)."""
    return " " + hit["antecedent"] if hit.get("antecedent") else ""
