"""The amount a sentence gives (:func:`find_number`): a count of the unit asked, a share, a count of
votes, never a year, a date or a list item's number; of several, the one in the clause naming the
question's year, nearest the action's words."""

from __future__ import annotations

import re

from doingoai.answer.amounts import (
    CURRENCY,
    MAGNITUDE,
    SHARE_ASKED,
    in_words,
    is_measured,
    measure_after,
    unit_score,
    unit_words,
)
from doingoai.answer.asked import action_at
from doingoai.answer.persons import UPPER
from doingoai.answer.positions import Found, nearest, term_positions
from doingoai.question import Question

_NUMBER = re.compile(r"\b\d+(?:[.,]\d+)?\s*/\s*\d+\b|\b\d+(?:[.,]\d+)?\s*%|\bthứ\s+\d+\b|\b\d+(?:[.,]\d+)*\b")
_VOTES_AFTER = re.compile(r"\s*(?:phiếu|lá phiếu|votes?|ballots?)(?!\w)", re.I)
# "192 trên tổng số 193 phiếu", "192 out of 193 votes": the count is the first number
_OUT_OF = re.compile(
    r"\s*(?:trên\s+(?:tổng\s+số\s+)?|out\s+of\s+)\d+\s*(?:phiếu|lá phiếu|votes?|ballots?)(?!\w)", re.I
)
_ITEM_NUMBER = re.compile(r"[\s+*•–-]*\d{1,2}[.)]\s")  # an item's number opening a sentence
# a number naming a month, an article, a page or a resolution, not counting anything: "Tháng 9", "Điều 14",
# "(…, 2022, tr. 134)", "Nghị quyết 2699"
_LABEL = re.compile(
    r"(?<!\w)(?:tháng|quý|điều|khoản|chương|tr\.|trang|nghị quyết|resolution|article|page|pp?\.)\s*$", re.I
)
# an ordinal ("thứ 9" of "Hội nghị … lần thứ 9") ranks, it does not count: no answer to "bao nhiêu nước
# thành viên" unless the question asks a rank ("thứ mấy", q.asks_ordinal) or times ("mấy lần", "how many times")
_ORDINAL = re.compile(r"thứ\s", re.I)
_RANK_OR_TIMES = re.compile(r"\b(?:lần|times?|th|st|nd|rd)\b|thứ", re.I)
_DAY_MONTH = re.compile(r"(?:[12]?\d|3[01])\s*/\s*(?:0?[1-9]|1[0-2])")


# where one clause of a sentence ends: "nhiệm kỳ 2008 – 2009 với 183/190 phiếu và nhiệm kỳ 2020 – ..."
_CLAUSE_BREAK = re.compile(r"[;,]\s|\s(?:và|còn|trong khi|and|while|whereas)\s", re.I)


def _clause_of(sentence: str, at: int) -> str:
    """The clause of the sentence around offset ``at`` (between breaks of :data:`_CLAUSE_BREAK`)."""
    start, end = 0, len(sentence)
    for m in _CLAUSE_BREAK.finditer(sentence):
        if m.end() <= at:
            start = m.end()
        elif m.start() >= at:
            end = m.start()
            break
    return sentence[start:end]


def in_named_clause(q: Question, sentence: str, cands: list[re.Match[str]]) -> list[re.Match[str]]:
    """Of several candidates, those in a clause writing a year the question names ("183/190" of
    "nhiệm kỳ 2008 – 2009 với 183/190 phiếu và nhiệm kỳ 2020 – 2021 với 192/193 phiếu" for a
    question naming 2008 – 2009); all of them when none is or no clause writes the year."""
    if len(cands) < 2 or not q.years:
        return cands
    named = [m for m in cands if any(y in _clause_of(sentence, m.start()) for y in q.years)]
    return named or cands


_VOTES_COUNTED = re.compile(r"\d\s*(?:phiếu|lá phiếu|votes?|ballots?)(?!\w)", re.I)


def counts_votes(q: Question, sentence: str) -> bool:
    """A question on votes and a sentence counting them ("nhận được 153 phiếu" in "Trong cuộc bỏ
    phiếu kín, …"): the sentence is about the election asked, whatever its verb."""
    return q.asks_votes and _VOTES_COUNTED.search(sentence) is not None


_NAME = re.compile(rf"(?<![\w-])[{UPPER}][\w-]*")


def owned_by_asked(q: Question, sentence: str, cands: list[re.Match[str]]) -> list[re.Match[str]]:
    """Of several amounts, each told after its own name ("Xlô-vê-ni-a nhận được 153 phiếu, vượt xa
    Bê-la-rút với 38 phiếu"), those after a name the question writes; all of them when no amount is, or
    none is after another name."""
    if len(cands) < 2:
        return cands
    asked = set(_NAME.findall(q.text))
    own, other, last = [], False, 0
    for m in cands:
        names = set(_NAME.findall(sentence[last : m.start()]))
        last = m.end()
        if names & asked:
            own.append(m)
        elif names:
            other = True
    return own if own and other else cands


def find_number(q: Question, sentence: str, terms: list[str]) -> Found | None:
    votes = q.asks_votes
    marker = _ITEM_NUMBER.match(sentence)
    item = marker.end() if marker else 0
    cands = [  # a year, a month/year like "12/2023" or a day/month like "11/10" is no amount
        m
        for m in _NUMBER.finditer(sentence)
        if not re.fullmatch(r"(?:\d{1,2}\s*/\s*)?(1[89]|20)\d\d", m.group(0))
        and not re.match(r"\s*/", sentence[m.end() :])
        and not re.search(r"/\s*$", sentence[: m.start()])  # "10/2022" of "11/10/2022"
        and (votes or not _DAY_MONTH.fullmatch(m.group(0)))
        and m.start() >= item  # "1. ..." numbers a list item
        and not _LABEL.search(sentence, 0, m.start())  # "tháng 9", "Điều 14", "tr. 134": no amount
    ]
    if not q.asks_ordinal and not _RANK_OR_TIMES.search(q.text):
        cands = [m for m in cands if not _ORDINAL.match(m.group(0))]
    unit = unit_words(q.text)
    cands = sorted(cands + in_words(sentence, unit), key=lambda m: m.start())  # "tám nước đối tác"
    out_of = [m for m in cands if _OUT_OF.match(sentence, m.end())] if votes else []
    cands = out_of or cands  # "192 trên tổng số 193 phiếu": the count is 192, whatever "phiếu" follows
    scores = [unit_score(unit, sentence, m.end()) for m in cands]
    if any(scores):  # "tám nước đối tác" over "mười nước ASEAN" for "bao nhiêu nước đối tác"
        cands = [m for m, s in zip(cands, scores, strict=True) if s == max(scores)]
    measure = measure_after(q.text)
    if measure is not None:  # "How much did X give?": "100.000 USD", not the "30" of "30 năm"
        cands = [m for m in cands if is_measured(measure, sentence, m.end())] or cands
    if q.asks_percent:
        shares = [m for m in cands if "%" in m.group(0)]
        if not shares and SHARE_ASKED.search(q.text):
            return None  # "What share of … went to X?": a share, never the area's "6.074 km²"
        cands = shares or cands
    elif votes:  # "145 phiếu", "145/193", "145 votes": a count of votes, not another number
        cands = [m for m in cands if "/" in m.group(0) or _VOTES_AFTER.match(sentence, m.end())] or cands
    cands = in_named_clause(q, sentence, cands)  # the count of the term the question names
    cands = owned_by_asked(q, sentence, cands)  # the count told after the name asked about
    acted = action_at(q, sentence)
    m = nearest(cands, acted or term_positions(sentence, terms))
    return (m.group(0).strip(), m.start(), m.end()) if m else None


_UNIT_AFTER = re.compile(
    rf"\s*(?:{MAGNITUDE}(?:\s+{CURRENCY})?|{CURRENCY}|tấn|km|ki-lô-mét|hải lý|héc-ta|ha)(?!\w)", re.I
)  # (a weight or a length too: "500 tấn", "15 hải lý")


def amount_with_unit(sentence: str, found: Found) -> Found:
    """The amount as the answer prints it: its magnitude and currency with it ("500 triệu USD", not
    "500"); the offsets stay the number's, so checks on what follows it are unchanged."""
    text, start, end = found
    m = _UNIT_AFTER.match(sentence, end)
    if m is None or "/" in text:
        return found
    return (text + sentence[end : m.end()].rstrip(), start, end)
