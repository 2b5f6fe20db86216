"""Answers read off an infobox or field list: "Người kế nhiệm: Lim Jock Hoi" answers "Ai kế nhiệm Lê
Lương Minh …?" in the entry titled "Lê Lương Minh"; "Thủ đô: Viên" answers "Thủ đô của Áo là gì?".

A field line answers when the question says its label (a generic head like "Người", "Tên" aside, in
the question's words or, for an English question, among its lexicon terms), names what the entry is
about (every name and actor the question requires, in the document's title or the text just before
the run of field lines), does not already hold the value, and the value fits what is asked (a person or body: a
capitalised name; a date: digits).
"""

from __future__ import annotations

import re
from typing import Any

from doingoai.answer.terms import Concept, contains_all
from doingoai.fold import exact, fold
from doingoai.question import Question, Wants
from doingoai.structure.fields import field_line

WINDOW = 600  # characters before the field line where its entry's subject is named
_SPLIT = re.compile(r"([^:]+?)\s*:\s+(.+?)\s*$")
# a label's generic head, no content of its own ("Người kế nhiệm" -> "kế nhiệm")
_GENERIC = {"người", "tên", "các", "những", "the", "name", "of"}
_WORD = re.compile(r"\w+")


def label_value(text: str) -> tuple[str, str, int] | None:
    """("Người kế nhiệm", "Lim Jock Hoi", value offset) of a "Field: value" line, else None."""
    if not field_line(text):
        return None
    m = _SPLIT.match(text)
    if m is None or any(c.isdigit() for c in m.group(1)):
        return None  # "Ngày 1/2/2021: …": a chronology's entry, not a field
    return m.group(1), m.group(2), m.start(2)


def label_asked(label: str, question: str, terms: list[Concept]) -> bool:
    """The question says the label's content words, in order ("kế nhiệm" in "Ai kế nhiệm …?"), or one
    of its concepts is the label ("successor" -> "kế nhiệm" through the lexicon)."""
    core = [w for w in _WORD.findall(exact(label)) if w not in _GENERIC]
    if not core:
        return False
    asked = " " + " ".join(_WORD.findall(exact(question))) + " "
    if f" {' '.join(core)} " in asked:
        return True
    folded = fold(" ".join(core))
    return any(folded in alts for alts in terms)


def _fits(q: Question, value: str) -> bool:
    if q.wants is Wants.DATE:
        return any(c.isdigit() for c in value)
    if q.who or q.wants is Wants.ACTOR:
        return value[:1].isupper()
    return True


def field_answer(
    q: Question,
    hits: list[dict[str, Any]],
    context,
    names: list[Concept],
    actors: list[Concept],
    terms: list[Concept],
) -> tuple[dict[str, Any], str] | None:
    """The first hit that is a field line answering the question, with the value; else None.
    ``names``, ``actors``: the names and actors the question requires, each in the title or the text
    before the line; the entry's subject is the question's: it writes the entry's title, or one of its
    actors is in the title or before the fields ("Ai kế nhiệm X?" is not answered by the entry whose
    "Người tiền nhiệm" is X)."""
    for h in hits:
        parts = label_value(h["text"])
        if parts is None or "doc_id" not in h:
            continue
        label, value, _ = parts
        if not label_asked(label, q.text, terms) or not _fits(q, value) or fold(value) in fold(q.text):
            continue
        text, title = context.document(h["doc_id"])
        start = h.get("start", 0)
        subject = title + " " + _before_fields(text, start)
        if not contains_all(names + actors, title + " " + text[max(0, start - WINDOW) : start]):
            continue
        if _titled(q.text, title) or any(contains_all([c], subject) for c in actors):
            return h, value
    return None


def _titled(question: str, title: str) -> bool:
    """The question writes the entry's title of two words or more, accents aside ("Who succeeded Le
    Luong Minh …?" in the entry "Lê Lương Minh")."""
    words = " ".join(_WORD.findall(fold(title)))
    return words.count(" ") >= 1 and f" {words} " in " " + " ".join(_WORD.findall(fold(question))) + " "


def _before_fields(text: str, start: int) -> str:
    """The text just before the run of field lines holding ``start`` (the entry's subject is named
    there or in the title, never by another field: "Người tiền nhiệm: X" does not make X the subject)."""
    lines = text[max(0, start - WINDOW) : start].split("\n")
    while lines and (not lines[-1].strip() or field_line(lines[-1].strip())):
        lines.pop()
    return "\n".join(lines)
