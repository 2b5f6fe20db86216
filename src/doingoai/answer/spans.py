"""The answer span by what the question asks: a period, an ordinal, a theme, countries, a person,
a place, or by :attr:`Question.wants` (:func:`extractors.extract`)."""

from __future__ import annotations

import re
from dataclasses import replace

from doingoai.answer.asked import negation_at, negation_of
from doingoai.answer.bodies import find_body, kind_heads
from doingoai.answer.called import called_by, name_called
from doingoai.answer.countries import find_actors
from doingoai.answer.extractors import extract, find_name, find_theme
from doingoai.answer.in_charge import asks_in_charge, find_in_charge
from doingoai.answer.persons import UPPER, find_person
from doingoai.answer.place_spans import find_locative
from doingoai.answer.positions import Found, nearest, term_positions
from doingoai.answer.required import find_ordinal
from doingoai.answer.venues import find_venue
from doingoai.fold import fold
from doingoai.question import Question, Wants
from doingoai.question_cues import level_spans

_YEAR_SPAN = re.compile(r"\b(?:1[89]|20)\d\d\s*[–-]\s*(?:1[89]|20)\d\d\b")


def extract_for(q: Question, sentence: str, terms: list[str], codes: set[str]) -> Found | None:
    """The answer span by what the question asks: a theme, countries, a person, a place, or
    :func:`extract` by :attr:`Question.wants`."""
    if q.asks_level:  # "khuôn khổ nào", "what framework": the level the sentence names
        return find_level(sentence)
    if q.asks_theme:
        found = find_theme(sentence)
        if found or q.wants is Wants.TEXT:
            return found
    if q.asks_period:  # "nhiệm kỳ nào": a span of years ("2020 – 2021"), never one the question names
        named = {_years_of(m.group(0)) for m in _YEAR_SPAN.finditer(q.text)}
        spans = [m for m in _YEAR_SPAN.finditer(sentence) if _years_of(m.group(0)) not in named]
        m = nearest(spans, term_positions(sentence, terms))
        return (m.group(0), m.start(), m.end()) if m else None
    if asks_in_charge(q.text):  # "Đơn vị nào là đầu mối …?": the unit opening the sentence saying the role
        return find_in_charge(sentence)
    called = called_by(q.text)
    if called:  # "Công ty ... của X tên là gì?": the name the sentence writes after "công ty"
        return name_called(called, sentence)
    head = q.asks_ordinal
    if head:  # "khóa mấy", "lần thứ mấy", "thứ bao nhiêu": the ordinal the sentence writes there
        return find_ordinal(head, sentence)
    kind = kind_heads(q.text) if q.wants in (Wants.TEXT, Wants.ACTOR, Wants.LIST) else None
    if kind is not None:  # "Which Indian university …?": a name with that kind's head ("Đại học …")
        return find_body(q, sentence, terms, kind)
    named = q.named_head if q.head is None else None
    after = negation_at(negation_of(q), sentence) or 0  # the name the negated verb governs
    if named and q.wants in (Wants.TEXT, Wants.ACTOR, Wants.LIST):  # "quy chế nào": the name after it
        return find_name(replace(q, head=named), sentence, after)
    if q.wants is Wants.NAME and after:
        return find_name(q, sentence, after)
    if q.wants in (Wants.ACTOR, Wants.LIST) and q.asks_countries:
        found = find_actors(q, sentence, codes, terms, q.plural)
        if found is None and q.asks_body:  # a body no gazetteer codes, by its acronym: "IFRC phát động …"
            return acronym_subject(q, sentence) or find_body(q, sentence, terms)  # or its written name
        return found
    if q.wants in (Wants.ACTOR, Wants.TEXT) and q.asks_person:
        return find_person(q, sentence, term_positions(sentence, terms), frozenset(codes))
    if q.wants is Wants.TEXT and named is None and _SESSION_HEAD.intersection(q.name_heads):
        return find_session(sentence)  # "họp phiên nào": "phiên họp ngày 2/3/2023", "kỳ họp thứ 8"
    if q.wants is Wants.TEXT and named is None and q.name_heads:  # "quỹ nào": "Quỹ ASEAN ..."
        return capitalised_name(q, sentence)
    if q.wants is Wants.PLACE and q.activity:  # "Where do X and Y coordinate?": a forum may answer
        return find_venue(q, sentence, codes) or extract(q, sentence, terms)
    if q.wants is Wants.PLACE:  # no place named: where a thing is put ("bố trí trong dự toán ...")
        return extract(q, sentence, terms) or find_locative(q, sentence)
    return extract(q, sentence, terms)


def find_level(sentence: str) -> Found | None:
    """The first level of relations the sentence names ("Đối tác toàn diện"), or None."""
    spans = level_spans(fold(sentence))
    if not spans:
        return None
    start, end, _ = spans[0]
    return sentence[start:end], start, end


def _years_of(span: str) -> tuple[str, ...]:
    """The years of a span as written ("2023 – 2027", "2023-2027" -> ("2023", "2027"))."""
    return tuple(re.findall(r"\d{4}", span))


_SESSION_HEAD = frozenset({"phiên", "phiên họp", "họp phiên", "kỳ họp"})
# a session as a text names it: by its day ("phiên họp ngày 2/3/2023") or its number ("kỳ họp thứ 8")
_SESSION = re.compile(
    r"(?<!\w)(?:phiên họp|phiên|kỳ họp)\s+(?:(?:lần\s+)?thứ\s+[\w]+|ngày\s+\d{1,2}/\d{1,2}(?:/\d{4})?)",
    re.I,
)


def find_session(sentence: str) -> Found | None:
    """The session a sentence names by its day or number ("Tại phiên họp ngày 2/3/2023, …" ->
    "phiên họp ngày 2/3/2023"), or None."""
    m = _SESSION.search(sentence)
    return (m.group(0), m.start(), m.end()) if m else None


_NOT_NAMED = re.compile(r"\s+(?:trưởng|phận)(?!\w)")  # "Bộ trưởng", "Viện trưởng", "Bộ phận"


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
            if m.start() == 0:  # "Kinh tế Việt Nam ..." opening a sentence is no name, unless it
                subject = _subject(q, head, sentence)  # does what the question asks: "Bộ X chủ trì, ..."
                if subject:
                    return subject
                continue
            if _NOT_NAMED.match(sentence, m.end()):
                continue  # "Bộ trưởng", "Cục trưởng": the body's chief, a person, not the body
            found = find_name(replace(q, head=head), sentence, m.start())
            if found and len(found[0]) > len(head) + 1:
                start = _name_start(q, head, sentence, found[1])
                return sentence[start : found[2]], start, found[2]
    return None


def _subject(q: Question, head: str, sentence: str) -> Found | None:
    """The name opening ``sentence`` as the subject of the verb the question writes right after
    "<head> nào" ("Bộ nào chủ trì ...?" -> "Bộ Nông nghiệp và Phát triển nông thôn" of "Bộ Nông
    nghiệp và Phát triển nông thôn chủ trì, phối hợp ..."), or None."""
    asked = re.search(rf"(?<!\w){re.escape(head)}\s+nào\s+((?:được\s+|sẽ\s+|đã\s+)?[^\W\d_]+)", q.text, re.I)
    if not asked:
        return None
    verb = re.search(rf"\s({re.escape(asked.group(1))})(?!\w)", sentence, re.I)
    if verb is None or verb.start() < len(head) + 2 or verb.start() > 80:
        return None
    name = sentence[: verb.start()].rstrip(" ,")
    if not _NAME_WORDS.fullmatch(name):
        return None
    return name, 0, len(name)


# a name: capitalised words, with "và" and lower-case words after its first two ("Bộ Nông nghiệp và
# Phát triển nông thôn"), no clause break
_NAME_WORDS = re.compile(rf"[{UPPER}][\w-]*\s+[{UPPER}][\w-]*(?:\s+[\w-]+){{0,10}}")


# "tổ chức nào phát động …": the verb written after the asking words
_ASKED_VERB = re.compile(
    r"(?<!\w)(?:tổ chức|cơ quan|bên|nước|quốc gia)\s+nào\s+((?:đã\s+|sẽ\s+)?[^\W\d_]+)", re.I
)
_ACRONYM = re.compile(r"(?:^|(?<=[,;:]\s))([A-Z][A-Z0-9&-]{1,9})\s+$")


def acronym_subject(q: Question, sentence: str) -> Found | None:
    """An acronym standing as the subject of the question's verb, at the sentence's start or after a
    fronted clause ("Sau bão Yagi (tháng 9/2024), IFRC phát động …" for "tổ chức nào phát động …?")."""
    asked = _ASKED_VERB.search(q.text)
    if not asked:
        return None
    verb = re.search(rf"\s{re.escape(asked.group(1))}(?!\w)", sentence, re.I)
    if verb is None:
        return None
    m = _ACRONYM.search(sentence, 0, verb.start() + 1)
    return (m.group(1), m.start(1), m.end(1)) if m else None
