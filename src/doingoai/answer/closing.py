"""A treaty's closing line: "Làm tại Cô-lôm-bô, ngày 17 tháng 10 năm 2024, thành hai bản gốc, …" says where
and when the text was signed, naming neither the agreement nor its parties (its title does).

Read by :func:`doingoai.answer.engine._ask` for a question asking where or when an agreement was signed: the
closing line of each document among the best hits joins them (the search ranks it low: it shares no word with
the question but "tại")."""

from __future__ import annotations

import re
from typing import Any

from doingoai.question import Question, Wants

_CLOSING = re.compile(r"\s*Làm tại\s+\w", re.I)
_DOCS = 4  # the documents of the best hits looked at


def asks_signing_place(q: Question) -> bool:
    """Whether the question asks where or when an agreement was signed."""
    return "agreement.sign" in q.kinds and q.wants in (Wants.PLACE, Wants.DATE)


def closing_lines(kb, hits: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The closing lines ("Làm tại X, ngày …") of the documents of the best hits, not among them already."""
    seen = {(h.get("doc_id"), h.get("start")) for h in hits}
    docs: list[str] = []
    for h in hits:
        if h.get("doc") and h["doc"] not in docs:
            docs.append(h["doc"])
        if len(docs) == _DOCS:
            break
    out = []
    for doc in docs:
        for hit in kb.search("Làm tại", limit=2, doc=doc):
            d = hit.to_dict()
            if _CLOSING.match(d["text"]) and (d.get("doc_id"), d.get("start")) not in seen:
                out.append(d)
                seen.add((d.get("doc_id"), d.get("start")))
    return out
