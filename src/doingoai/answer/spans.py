"""The answer span by what the question asks: a period, an ordinal, a theme, countries, a person,
a place, or by :attr:`Question.wants` (:func:`extractors.extract`)."""

from __future__ import annotations

import re
from dataclasses import replace

from doingoai.answer.asked import negation_at, negation_of
from doingoai.answer.countries import find_actors
from doingoai.answer.extractors import extract, find_name, find_theme
from doingoai.answer.persons import UPPER, find_person
from doingoai.answer.place_spans import find_locative
from doingoai.answer.positions import Found, nearest, term_positions
from doingoai.answer.required import find_ordinal
from doingoai.answer.venues import find_venue
from doingoai.question import Question, Wants

_YEAR_SPAN = re.compile(r"\b(?:1[89]|20)\d\d\s*[–-]\s*(?:1[89]|20)\d\d\b")


def extract_for(q: Question, sentence: str, terms: list[str], codes: set[str]) -> Found | None:
    """The answer span by what the question asks: a theme, countries, a person, a place, or
    :func:`extract` by :attr:`Question.wants`."""
    if q.asks_theme:
        found = find_theme(sentence)
        if found or q.wants is Wants.TEXT:
            return found
    if q.asks_period:  # "nhiệm kỳ nào": a span of years ("2020 – 2021")
        spans = list(_YEAR_SPAN.finditer(sentence))
        m = nearest(spans, term_positions(sentence, terms))
        return (m.group(0), m.start(), m.end()) if m else None
    called = _called_by(q.text)
    if called:  # "Công ty ... của X tên là gì?": the name the sentence writes after "công ty"
        return _name_after(called, sentence)
    head = q.asks_ordinal
    if head:  # "khóa mấy", "lần thứ mấy", "thứ bao nhiêu": the ordinal the sentence writes there
        return find_ordinal(head, sentence)
    named = q.named_head if q.head is None else None
    after = negation_at(negation_of(q), sentence) or 0  # the name the negated verb governs
    if named and q.wants in (Wants.TEXT, Wants.ACTOR, Wants.LIST):  # "quy chế nào": the name after it
        return find_name(replace(q, head=named), sentence, after)
    if q.wants is Wants.NAME and after:
        return find_name(q, sentence, after)
    if q.wants in (Wants.ACTOR, Wants.LIST) and q.asks_countries:
        return find_actors(q, sentence, codes, terms, q.plural)
    if q.wants in (Wants.ACTOR, Wants.TEXT) and q.asks_person:
        return find_person(q, sentence, term_positions(sentence, terms), frozenset(codes))
    if q.wants is Wants.TEXT and named is None and q.name_heads:  # "quỹ nào": "Quỹ ASEAN ..."
        return capitalised_name(q, sentence)
    if q.wants is Wants.PLACE and q.activity:  # "Where do X and Y coordinate?": a forum may answer
        return find_venue(q, sentence, codes) or extract(q, sentence, terms)
    if q.wants is Wants.PLACE:  # no place named: where a thing is put ("bố trí trong dự toán ...")
        return extract(q, sentence, terms) or find_locative(q, sentence)
    return extract(q, sentence, terms)


# "Công ty viễn thông của X tại Y tên là gì?": the thing is named right after its noun
_CALLED = re.compile(r"^\s*([^\W\d_]+\s+[^\W\d_]+)\b.*\btên\s+(?:là\s+)?gì\s*\??\s*$", re.I)
_NAME_RUN = rf"([{UPPER}][\w-]*(?:\s+[{UPPER}][\w-]*)*)"


def _called_by(question: str) -> str | None:
    """The noun opening a "... tên là gì" question ("công ty", "chương trình"), lower-cased, or None."""
    m = _CALLED.match(question)
    return m.group(1).lower() if m else None


def _name_after(noun: str, sentence: str) -> Found | None:
    """The capitalised name written right after ``noun`` ("công ty Telemor"), or None."""
    m = re.search(rf"(?<!\w)(?i:{re.escape(noun)})\s+{_NAME_RUN}", sentence)
    if not m:
        return None
    return m.group(1), m.start(1), m.end(1)


def _name_start(q: Question, head: str, sentence: str, at: int) -> int:
    """Where the name starting at ``at`` really starts: one or two words the question writes before
    the head ("hành lang" of "hành lang kinh tế nào"), when the sentence writes them capitalised
    just before it ("Hành lang Kinh tế Đông – Tây"); else ``at``."""
    asked = re.search(rf"((?:[^\W\d_]+\s+){{1,2}}){re.escape(head)}\s+nào(?!\w)", q.text, re.I)
    if not asked:
        return at
    words = asked.group(1).split()
    for k in (2, 1):
        if len(words) < k:
            continue
        lead = " ".join(words[-k:])
        start = at - len(lead) - 1
        if start > 0 and sentence[start:at].rstrip().lower() == lead.lower() and sentence[start].isupper():
            return start
    return at


def capitalised_name(q: Question, sentence: str) -> Found | None:
    """The name starting with a head noun the question asks for, capitalised ("quỹ nào" -> "Quỹ
    ASEAN ứng phó Covid-19"), never opening the sentence; with the question's words just before it
    when the sentence capitalises them ("hành lang kinh tế nào" -> "Hành lang Kinh tế Đông – Tây")."""
    for head in q.name_heads:
        cap = head[:1].upper() + head[1:]
        for m in re.finditer(rf"(?<!\w){re.escape(cap)}(?!\w)", sentence):
            if m.start() == 0:
                continue  # "Kinh tế Việt Nam ..." opening a sentence is no name
            found = find_name(replace(q, head=head), sentence, m.start())
            if found and len(found[0]) > len(head) + 1:
                start = _name_start(q, head, sentence, found[1])
                return sentence[start : found[2]], start, found[2]
    return None
