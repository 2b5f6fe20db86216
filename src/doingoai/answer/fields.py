"""Answers read off an infobox or field list: "Người kế nhiệm: Lim Jock Hoi" answers "Ai kế nhiệm Lê
Lương Minh …?" in the entry titled "Lê Lương Minh"; "Thủ đô: Viên" answers "Thủ đô của Áo là gì?".

A field line answers when the question says its label (a generic head like "Người", "Tên" aside, in
the question's words or, for an English question, among its lexicon terms), names what the entry is
about (every name and actor the question requires, in the document's title or the text just before
the run of field lines), does not already hold the value, and the value fits what is asked (a person, body or place: a
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


# a label naming the date or the place of an act: "Ngày sinh", "Năm thành lập", "Nơi sinh"
_DATE_HEADS = {"ngay", "nam", "thoi gian"}
_PLACE_HEADS = {"noi", "dia diem"}
_HEAD = re.compile(r"\s*(ngay|nam|thoi gian|noi|dia diem)\s+(\w+(?:\s+\w+)?)\s*$")


def head_asked(q: Question, label: str) -> bool:
    """A label naming the date or the place of an act ("Ngày sinh", "Nơi sinh") is asked by a date or place
    question saying the act ("Bà X sinh ngày nào?", "X sinh ở đâu?"), its words in any order."""
    m = _HEAD.fullmatch(fold(label))
    if m is None or q.lang != "vi":
        return False
    wanted = _DATE_HEADS if q.wants is Wants.DATE else _PLACE_HEADS if q.wants is Wants.PLACE else set()
    asked = " " + " ".join(_WORD.findall(fold(q.text))) + " "
    return m.group(1) in wanted and f" {m.group(2)} " in asked


def _fits(q: Question, value: str) -> bool:
    if q.wants in (Wants.DATE, Wants.NUMBER):
        return any(c.isdigit() for c in value)
    if q.who or q.wants is Wants.ACTOR or q.wants is Wants.PLACE:
        # (a place is a name too: not "Nhật Bản: lập quan hệ ngoại giao 21/9/1973")
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
        if parts is None or "doc_id" not in h or h["text"].isupper():  # ("HAITI: HAI THẬP KỶ …": a title)
            continue
        label, value, _ = parts
        asked = label_asked(label, q.text, terms) or head_asked(q, label)
        if not asked or not _fits(q, value) or fold(value) in fold(q.text):
            continue
        text, title = context.document(h["doc_id"])
        start = h.get("start", 0)
        before = text[max(0, start - WINDOW) : start]
        # a heading in capitals names as a sentence writes them: "BÀ NGUYỄN THỊ BÌNH"
        capitals = " ".join(ln.strip().title() for ln in (title + "\n" + before).splitlines() if ln.isupper())
        subject = title + " " + _before_fields(text, start) + " " + capitals
        if not contains_all(names + actors, title + " " + before + " " + capitals):
            continue
        if (
            _titled(q.text, title)
            or any(contains_all([c], subject) for c in actors)
            or (not actors and names and contains_all(names, subject))  # a person the gazetteer lacks
        ):
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
