"""Pull the answer span out of an evidence sentence, by what the question wants.

Every function returns ``(answer_text, start, end)`` with offsets into the sentence, or None. The
caller keeps the whole sentence as evidence, so an answer is never more than the text supports.
"""

from __future__ import annotations

import re

from doingoai.question import Question, Wants, fold

Found = tuple[str, int, int]

_DATE = re.compile(
    r"(?:ngày\s+)?\b\d{1,2}/\d{1,2}/(?:1[89]|20)\d\d\b"
    r"|(?:tháng\s+)\d{1,2}(?:/|\s+năm\s+)(?:1[89]|20)\d\d\b"
    r"|\b(?:1[89]|20)\d\d\s*[–-]\s*(?:1[89]|20)\d\d\b"
    r"|\b(?:1[89]|20)\d\d\b",
    re.I,
)
_NUMBER = re.compile(r"\b\d+(?:[.,]\d+)?\s*/\s*\d+\b|\b\d+(?:[.,]\d+)?\s*%|\bthứ\s+\d+\b|\b\d+(?:[.,]\d+)*\b")
_PERCENT_CUE = ("phan tram", "%", "percent", "ty le")
_VOTE_CUE = ("phieu", "vote", "ballot")

# Words that end a name ("Hiệp định ... (EVFTA)" stops before " đã ", "," ...).
_NAME_STOP = re.compile(
    r"\s*(?:[,;:.!?]|\s(?:đã|được|là|nhằm|để|thì|và đang|đang|qua đó|cũng|vào|từ|trong|khi|nhưng|song)\s)"
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
}


def _term_positions(sentence: str, terms: list[str]) -> list[int]:
    """Positions (in the sentence) where folded question terms occur."""
    folded = fold(sentence)
    pos: list[int] = []
    for t in terms:
        for m in re.finditer(r"(?<!\w)" + re.escape(t) + r"(?!\w)", folded):
            pos.append(m.start())
    return pos


def _nearest(cands: list[re.Match[str]], anchors: list[int]) -> re.Match[str] | None:
    if not cands:
        return None
    if not anchors:
        return cands[0]
    return min(cands, key=lambda m: min(abs(m.start() - a) for a in anchors))


_CITATION_BEFORE = re.compile(r"\([^()]*\D,\s*$")  # "(ĐCSVN, " — the year of a cited work, not of an event


def find_date(q: Question, sentence: str, terms: list[str]) -> Found | None:
    cands = [
        m
        for m in _DATE.finditer(sentence)
        if not _CITATION_BEFORE.search(sentence[max(0, m.start() - 80) : m.start()])
    ]
    if q.year is not None:
        cands = [m for m in cands if str(q.year) not in m.group(0)] or cands
    m = _nearest(cands, _term_positions(sentence, terms))
    return (m.group(0), m.start(), m.end()) if m else None


def find_number(q: Question, sentence: str, terms: list[str]) -> Found | None:
    folded_q = fold(q.text)
    cands = list(_NUMBER.finditer(sentence))
    if any(c in folded_q for c in _PERCENT_CUE):
        cands = [m for m in cands if "%" in m.group(0)] or cands
    elif any(c in folded_q for c in _VOTE_CUE):
        cands = [m for m in cands if "/" in m.group(0)] or cands
    cands = [  # a year, or a month/year like "12/2023", is no amount
        m
        for m in cands
        if not re.fullmatch(r"(?:\d{1,2}\s*/\s*)?(1[89]|20)\d\d", m.group(0))
        and not re.match(r"\s*/", sentence[m.end() :])
    ]
    m = _nearest(cands, _term_positions(sentence, terms))
    return (m.group(0).strip(), m.start(), m.end()) if m else None


def find_name(q: Question, sentence: str) -> Found | None:
    head = _EN_HEADS.get(q.head or "", q.head or "")
    if not head:
        return None
    m = re.search(r"(?<!\w)" + re.escape(head) + r"(?!\w)", sentence, re.I)
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
    text = sentence[start:end].strip()
    if len(text) <= len(head) + 1:
        return None
    return text, start, start + len(text)


def find_list(q: Question, sentence: str) -> Found | None:
    """An enumeration: "như A, B, C" / "gồm A, B và C" / "A, B, C" after a colon."""
    m = re.search(r"\b(?:như|gồm|bao gồm|là|:)\s+([^.;]+)", sentence)
    if not m:
        return find_name(q, sentence)
    seg = m.group(1)
    stop = re.search(r",\s*(?:qua đó|từ đó|nhờ đó|góp phần|đồng thời)\b", seg)
    if stop:
        seg = seg[: stop.start()]
    return seg.strip(), m.start(1), m.start(1) + len(seg.strip())


_PLACE = re.compile(
    r"\b(?:tại|ở|in|at)\s+((?:thành phố|thủ đô|tỉnh)\s+)?([A-ZĐÀ-Ỹ][\w-]*(?:\s+[A-ZĐÀ-Ỹ][\w-]*)*)"
)


def find_place(q: Question, sentence: str) -> Found | None:
    """A place: capitalised words after "tại"/"ở" ("tại Đà Nẵng", "ở thành phố Hồ Chí Minh")."""
    asked = q.text.lower()
    for m in _PLACE.finditer(sentence):
        if m.group(2).lower() not in asked:
            return m.group(2), m.start(2), m.end(2)
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
