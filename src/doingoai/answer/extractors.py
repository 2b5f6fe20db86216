"""Pull the answer span out of an evidence sentence, by what the question wants.

Every function returns ``(answer_text, start, end)`` with offsets into the sentence, or None. The
caller keeps the whole sentence as evidence, so an answer is never more than the text supports.
Dates are :mod:`doingoai.answer.date_spans`, amounts :mod:`doingoai.answer.number_spans`, places
:mod:`doingoai.answer.place_spans`; names, lists and themes are here.
"""

from __future__ import annotations

import re

from doingoai.answer.date_spans import find_date
from doingoai.answer.number_spans import find_number
from doingoai.answer.place_spans import find_place
from doingoai.answer.positions import Found
from doingoai.answer.required import THEME_WORDS
from doingoai.question import Question, Wants

__all__ = [
    "Found",
    "extract",
    "find_date",
    "find_list",
    "find_name",
    "find_number",
    "find_place",
    "find_theme",
]

# Words that end a name ("Hiệp định ... (EVFTA)" stops before " đã ", "," ...).
_NAME_STOP = re.compile(
    r"\s*(?:[,;:.!?]|\s(?:đã|được|là|nhằm|để|thì|và đang|đang|qua đó|cũng|vào|từ|trong|khi|nhưng|song(?!\s+phương)|có|này)\s)"
)
_EN_HEADS = {
    "treaty": "hiệp ước",
    "agreement": "hiệp định",
    "convention": "công ước",
    "directive": "chỉ thị",
    "resolution": "nghị quyết",
    "declaration": "tuyên bố",
    "project": "dự án",
    "projects": "dự án",
    "document": "văn kiện",
    "protocol": "nghị định thư",
    "status": "quy chế",
    "documents": "văn kiện",
    "memorandum": "bản ghi nhớ",
    "memoranda": "bản ghi nhớ",
    "fund": "quỹ",
    "programme": "chương trình",
    "program": "chương trình",
    "initiative": "sáng kiến",
    "mechanism": "cơ chế",
    "forum": "diễn đàn",
}


# heads that ask for any document ("văn kiện nào", "which document"), and the kinds of a named
# document, capitalised as the start of its name ("Chương trình Hành động Hà Nội", "Tuyên bố Băng Cốc")
_GENERIC_HEADS = frozenset({"văn kiện", "văn bản"})
_DOCUMENT_NAME = re.compile(
    r"(?<![\w-])(?:Hiệp định|Hiệp ước|Công ước|Tuyên bố|Chương trình|Kế hoạch|Nghị quyết|Nghị định thư|"
    r"Hiến chương|Tầm nhìn|Chiến lược|Thỏa thuận|Thoả thuận|Bản ghi nhớ|Lộ trình|Quy chế|Chỉ thị|Khuôn khổ)"
    r"(?=\s+\w)"
)


def _document_name(sentence: str, after: int) -> re.Match | None:
    """The first document kind in ``sentence`` from ``after`` that opens a name: the next word is
    capitalised or a number ("Chương trình Hành động Hà Nội", not "chương trình hợp tác")."""
    for m in _DOCUMENT_NAME.finditer(sentence, after):
        c = sentence[m.end() :].lstrip()[:1]
        if c.isupper() or c.isdigit():
            return m
    return None


_ABBREVIATED = re.compile(r"(?<![\w-])(?-i:[A-Z][A-Z0-9]{2,})(?![\w-])")  # "EVFTA", "CPTPP"
_ABBREVIATION = re.compile(r"\s\((?-i:[A-Z][A-Za-z0-9&+-]*[A-Z0-9])\)")  # a name's abbreviation ends it


def find_name(q: Question, sentence: str, after: int = 0) -> Found | None:
    """The name that starts with the asked head ("hiệp định", "treaty" -> "hiệp định") at or after
    ``after``, up to a verb, a clause break, a year in brackets, or past its abbreviation."""
    head = q.head or ""
    head = _EN_HEADS.get(head, _EN_HEADS.get(head.removesuffix("s"), head))
    if not head:
        return None
    m = re.compile(r"(?<!\w)" + re.escape(head) + r"(?!\w)", re.I).search(sentence, after)
    if not m and head in _GENERIC_HEADS:  # "văn kiện nào": a document named by its own kind
        m = _document_name(sentence, after)
    if not m:
        return None
    start = m.start()
    rest = sentence[m.end() :]
    # include a parenthetical abbreviation "(EVFTA)", stop at a year "(1977)" or a stop word
    stop = _NAME_STOP.search(rest)
    end = m.end() + (stop.start() if stop else len(rest))
    text = sentence[start:end]
    year_paren = re.search(r"\s*\((?:1[89]|20)\d\d\)", text)
    if year_paren:
        end = start + year_paren.start()
    abbreviation = _ABBREVIATION.search(sentence, start, end)  # "... vĩnh viễn (PNTR) cho Việt Nam"
    if abbreviation:
        end = abbreviation.end()
    text = sentence[start:end].strip()
    if len(text) <= len(head) + 1:  # "...phê chuẩn EVFTA; Hiệp định có hiệu lực": the head refers back
        back = [m for m in _ABBREVIATED.finditer(sentence, 0, start) if m.group(0) not in q.text]
        return (back[-1].group(0), back[-1].start(), back[-1].end()) if back else None
    return text, start, start + len(text)


_FIELD_ASKED = re.compile(r"(?<!\w)lĩnh vực\s+nào(?!\w)|\b(?:which|what)\s+(?:fields|areas|sectors)\b", re.I)
_FIELD = re.compile(r"(?<!\w)lĩnh vực\s+(?!nào\b)([^\W\d_][^,.;:()]*)", re.I)  # the field named after it


def find_list(q: Question, sentence: str) -> Found | None:
    """An enumeration: "như A, B, C" / "gồm A, B và C" / "A, B, C" after a colon."""
    m = re.search(r"\b(?:như|gồm|bao gồm|là|:)\s+([^.;]+)", sentence)
    if not m:
        field = _FIELD.search(sentence) if _FIELD_ASKED.search(q.text) else None
        if field:  # "trong những lĩnh vực nào?": "Trong lĩnh vực nông nghiệp, ..." -> "nông nghiệp"
            return field.group(1).strip(), field.start(1), field.start(1) + len(field.group(1).strip())
        return find_name(q, sentence)
    seg = m.group(1)
    stop = re.search(r",\s*(?:qua đó|từ đó|nhờ đó|góp phần|đồng thời)\b", seg)
    if stop:
        seg = seg[: stop.start()]
    return seg.strip(), m.start(1), m.start(1) + len(seg.strip())


_QUOTED = re.compile(r"[^“\"«.;]{0,60}?[“\"«]([^”\"»]{3,300})[”\"»]")
_IS = re.compile(r"(?:\s+[^\s.;,“\"«]+){0,5}?(?:\s+là|\s*:)\s+")


def find_theme(sentence: str) -> Found | None:
    """The theme or slogan: the quotation just after "chủ đề" / "khẩu hiệu" ("với chủ đề “...”"), or
    the clause after "chủ đề ... là" / "khẩu hiệu:"."""
    for m in THEME_WORDS.finditer(sentence):
        quoted = _QUOTED.match(sentence, m.end())
        if quoted:
            return quoted.group(1).strip(), quoted.start(1), quoted.end(1)
        is_ = _IS.match(sentence, m.end())
        clause = re.match(r"[^.;,()]{3,200}", sentence[is_.end() :]) if is_ else None
        if is_ and clause:
            text = clause.group(0).strip()
            return text, is_.end(), is_.end() + len(text)
    return None


def extract(q: Question, sentence: str, terms: list[str]) -> Found | None:
    if q.wants is Wants.DATE:
        return find_date(q, sentence, terms)
    if q.wants is Wants.NUMBER:
        return find_number(q, sentence, terms)
    if q.wants is Wants.NAME:
        return find_name(q, sentence)
    if q.wants is Wants.LIST:
        return find_list(q, sentence)
    if q.wants is Wants.PLACE:
        return find_place(q, sentence)
    return None
