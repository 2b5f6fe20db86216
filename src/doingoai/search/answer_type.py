"""What kind of answer a question wants, and whether a sentence holds a candidate of that kind.

Classic QA answer typing, without a reading model: "năm nào / khi nào / thế kỷ nào" wants a date
expression, "bao nhiêu / mấy" a number (next to the question's unit word when it gives one:
"bao nhiêu người" -> a number before "người"), "ai / nước nào / ở đâu / công ty nào" a capitalised
name. A candidate never counts when the question itself holds it ("năm 1915" in the question is
not the answer to "... vào năm 1915 có bao nhiêu ...").

The type and the unit word come from the one question analysis (:func:`doingoai.question.analyse`,
shared with the answer engine: the cue words live there); this module maps it to what a sentence
can show and holds the candidate detectors run on the top sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from doingoai.question import Wants, analyse
from doingoai.search.tokenize import fold


class Want(str, Enum):
    DATE = "date"
    NUMBER = "number"
    NAME = "name"  # a capitalised name: person, place, organisation, title
    NONE = "none"  # no typed answer: no bonus


@dataclass(frozen=True)
class AnswerType:
    want: Want
    unit: str | None  # folded unit word after "bao nhiêu" ("nguoi"), if any
    question_words: frozenset[str]  # folded syllables of the question (candidates must add something)


_WORD = re.compile(r"[^\W_]+")
_WANT = {
    Wants.DATE: Want.DATE,
    Wants.NUMBER: Want.NUMBER,
    Wants.ACTOR: Want.NAME,
    Wants.NAME: Want.NAME,
    Wants.PLACE: Want.NAME,
}


def answer_type(question: str) -> AnswerType:
    """The answer type a question (Vietnamese or English) asks for, from :func:`doingoai.question.analyse`
    (lists and open questions -> no typed answer)."""
    q = analyse(question)
    words = frozenset(_WORD.findall(fold(q.text.lower())))
    want = _WANT.get(q.wants, Want.NONE)
    return AnswerType(want, q.unit if want is Want.NUMBER else None, words)


_YEAR = re.compile(r"\b(1[0-9]\d\d|20\d\d)\b|\b\d{2,4}\s*(TCN|SCN|BC|AD)\b")
_DATE_WORDS = re.compile(
    r"\b(thế kỷ|thế kỉ|thập niên|thập kỷ|những năm|tháng|ngày|mùa (xuân|hạ|hè|thu|đông))\s+(thứ\s+)?([0-9]+|[IVXLC]+\b)",
    re.I,
)
_NUM = re.compile(
    r"\d+(?:[.,]\d+)*\s*%?|\b(hai|ba|bốn|sáu|bảy|tám|chín|mười|mươi|trăm|nghìn|ngàn|triệu|tỷ|tỉ|nửa|chục)\b",
    re.I,
)
# Words of a sentence with the offset where each starts (names: runs of capitalised words).
_TOKENS = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
_LINKS = frozenset({"de", "van", "von", "of", "the", "bin", "ibn", "và"})


def _names(text: str):
    """Runs of capitalised words: (start offset, folded syllables)."""
    run: list[str] = []
    start = 0
    for m in _TOKENS.finditer(text):
        w = m.group()
        if w[0].isupper() or (run and w in _LINKS):
            if not run:
                start = m.start()
            run.append(w)
            continue
        if run:
            yield start, _WORD.findall(fold(" ".join(run)))
            run = []
    if run:
        yield start, _WORD.findall(fold(" ".join(run)))


def candidates(text: str, at: AnswerType) -> int:
    """How strongly ``text`` holds a candidate of the wanted type that the question does not:
    0 none, 1 a candidate, 2 a number followed by the question's unit word."""
    if at.want is Want.NONE:
        return 0
    qw = at.question_words
    if at.want is Want.DATE:
        for m in _YEAR.finditer(text):
            if fold(m.group()).split()[0] not in qw:
                return 1
        for m in _DATE_WORDS.finditer(text):
            if fold(m.group(4)) not in qw:
                return 1
        return 0
    if at.want is Want.NUMBER:
        best = 0
        for m in _NUM.finditer(text):
            tok = fold(m.group().strip().rstrip("%").strip())
            if tok in qw:
                continue
            if at.unit:
                after = _WORD.findall(fold(text[m.end() : m.end() + 40]))[:3]
                if at.unit in after:
                    return 2
            best = 1
        return best
    for start, syl in _names(text):
        if not syl or all(w in qw for w in syl):
            continue
        if len(syl) >= 2 or start > 0:
            return 1
    return 0
