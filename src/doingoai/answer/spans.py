"""The answer span by what the question asks: a period, an ordinal, a theme, countries, a person,
a place, or by :attr:`Question.wants` (:func:`extractors.extract`)."""

from __future__ import annotations

import re
from dataclasses import replace

from doingoai.answer.asked import negation_at, negation_of
from doingoai.answer.countries import find_actors
from doingoai.answer.extractors import Found, extract, find_name, find_theme, nearest, term_positions
from doingoai.answer.persons import find_person
from doingoai.answer.required import find_ordinal
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
    return extract(q, sentence, terms)
