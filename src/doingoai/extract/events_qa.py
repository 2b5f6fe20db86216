"""Question-and-answer pages ("Hỏi: Việt Nam đã mấy lần là Ủy viên không thường trực Hội đồng Bảo an?" / "Đáp: Hai
lần. Việt Nam trúng cử nhiệm kỳ 2008 – 2009 ..."): an answer leaves unsaid what its question names (the body, the
activity), so the question is the answer's context, as the sentences before are a paragraph's. A question states
no event of its own (a sentence ending in "?" is not asserted; tests/test_extract_grid9.py keeps it so).

Used by :mod:`doingoai.extract.events_anaphora` (the body of an election) and :mod:`events_draft` (the
organisation of a peacekeeping deployment).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Final

from doingoai.extract.mention_kinds import ORG_KINDS
from doingoai.model import BlockType, Document

# the labels of a Q&A page: "Hỏi:", "Câu hỏi 3:", "H:" / "Đáp:", "Trả lời:", "TL:", "Đ:"
_QUESTION: Final = re.compile(
    r"[ \t]*(?:(?:hỏi|câu hỏi(?: (?:số )?\d{1,3})?)[ \t]*[:.–-]|h[ \t]*:)", re.IGNORECASE
)
_ANSWER: Final = re.compile(r"[ \t]*(?:(?:đáp|trả lời|tl)[ \t]*[:.–-]|đ[ \t]*:)", re.IGNORECASE)
_IN_BLOCK_ANSWER: Final = re.compile(r"\?\s*(?:đáp|trả lời|tl|đ)[ \t]*[:.–-]", re.IGNORECASE)


def question_before(doc: Document, pos: int) -> tuple[int, int] | None:
    """The span of the question answered by the answer that holds ``pos``, or None when ``pos`` is in no answer:
    the block before an answer block ("Đáp: ...") when it is a question ("Hỏi: ...?"), or the question opening
    the answer's own block ("Hỏi: ...? Đáp: ...")."""
    starts = [b.start for b in doc.blocks]
    i = bisect_right(starts, pos) - 1
    if i < 0:
        return None
    text = doc.text
    b = doc.blocks[i]
    if _QUESTION.match(text, b.start):
        m = _IN_BLOCK_ANSWER.search(text, b.start, b.end)
        return (b.start, m.start() + 1) if m is not None and m.end() <= pos else None
    if not _ANSWER.match(text, b.start) or i == 0:
        return None
    q = doc.blocks[i - 1]
    if _QUESTION.match(text, q.start) and text[q.start : q.end].rstrip().endswith("?"):
        return q.start, q.end
    return None


def topic_org(doc: Document, pos: int, topic: str) -> list[str]:
    """The organisation an act at ``pos`` is done with when the sentence names none: the last one its question
    names (an answer), else the one the document's title names when the title is about ``topic`` ("Việt Nam tham
    gia hoạt động gìn giữ hòa bình của Liên Hợp Quốc": the page's subject)."""
    spans = []
    question = question_before(doc, pos)
    if question is not None:
        spans.append(question)
    title = next((b for b in doc.blocks if b.type is BlockType.TITLE), None)
    if title is not None and topic in doc.text[title.start : title.end].lower():
        spans.append((title.start, title.end))
    for a, b in spans:
        orgs = [m for m in doc.mentions if a <= m.start and m.end <= b and m.kind in ORG_KINDS]
        if orgs:
            return [orgs[-1].code]
    return []


def mission_org(doc: Document, te: int, end: int) -> list[str]:
    """The organisation a peacekeeping unit serves: the first named after the verb ("làm nhiệm vụ tại Phái bộ Liên
    Hợp Quốc ở Nam Xu-đăng"), else the one its question or the page's title names (:func:`topic_org`)."""
    org = next((m for m in doc.mentions if te <= m.start and m.end <= end and m.kind in ORG_KINDS), None)
    return [org.code] if org is not None else topic_org(doc, te, "gìn giữ hòa bình")


_CLOSERS: Final = " \t\n)\"'\u201d\u00bb\u2019]"


def asks(text: str, sent) -> bool:
    """Is the sentence a question (it ends on "?", before any closing quote or bracket)? (events, events_learned)"""
    return text[sent.start : sent.end].rstrip(_CLOSERS).endswith("?")
