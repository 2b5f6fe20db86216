"""Which part of a sentence, and which sentence, is about the thing asked: a span is taken from the
clause of the asked party, never from a clause or a sentence about another thing of its kind.

* Clauses about different things: "EVFTA có hiệu lực từ ngày 1/8/2020, còn CPTPP có hiệu lực với Việt
  Nam từ ngày 14/1/2019": asked about the CPTPP, the span comes from the clause naming it
  (:func:`asked_part`).
* A sentence about another thing of the asked kind: "EVFTA có hiệu lực từ …" (naming no other thing
  asked) does not date EVIPA, even in EVIPA's paragraph; nor does "Hiệp định này có hiệu lực …" when
  the agreement named just before it is another one (:func:`about_other`).
* Another party's act: "Kê-ni-a trúng cử với 129 phiếu" does not count Vietnam's votes: the subject
  before the asked act's words names another country and none asked (:func:`other_subject`).
* A dateline ("Niu-Oóc, 8/6/2019 – …") dates the writing: never the answer to a plan asked
  (:func:`dateline_date`).
"""

from __future__ import annotations

import re

from doingoai.answer import actors as actor_names
from doingoai.answer.terms import contains_all
from doingoai.fold import fold
from doingoai.question import Question
from doingoai.question_cues import KIND_RX

# where a sentence turns to another thing: "; ", ", còn ", ", trong khi ", ", while ", ", whereas "
_CUT = re.compile(r";\s*|,\s*(?=(?:còn|trong khi|trong lúc|còn với|while|whereas)\s)", re.I)


def _kind(code: str) -> str:
    return actor_names.kind(code) or ""


def clauses(sentence: str) -> list[str]:
    """The sentence cut where it turns to another thing (the cut words kept with the later part)."""
    return [c for c in _CUT.split(sentence) if c.strip()]


def _asked(codes: set[str]) -> set[str]:
    """The asked things that identify what is asked (Vietnam, named by most texts only implicitly, aside)."""
    return {c for c in codes if c != "VNM"}


def _others(named: set[str], asked: set[str]) -> set[str]:
    """Things named of an asked thing's kind that are not asked (Vietnam aside)."""
    kinds = {_kind(c) for c in asked}
    return {c for c in named - asked - {"VNM"} if _kind(c) in kinds}


def asked_part(sentence: str, codes: set[str]) -> str:
    """Of a sentence whose clauses speak of different things of the asked kinds, the clauses naming
    asked ones and no other of their kinds, when another clause names another in the place of the asked
    one of its kind ("…, còn Ni-giê trúng cử với 191 phiếu" for Niger); else the whole sentence."""
    asked = set(codes)  # (Vietnam too: "Việt Nam … 192 phiếu, còn Kê-ni-a … 129 phiếu")
    if not asked:
        return sentence
    parts = clauses(sentence)
    if len(parts) < 2:
        return sentence
    mine, theirs = [], []
    for part in parts:
        named = actor_names.codes_in(part)
        others = {c for c in named - asked if _kind(c) in {_kind(a) for a in asked}}
        if named & asked and not others:
            mine.append(part)  # names asked ones only
        elif others and not {c for c in named & asked if _kind(c) in {_kind(o) for o in others}}:
            theirs.append(part)  # names another in the place of the asked one of its kind
    if not mine or not theirs:
        return sentence
    return "; ".join(mine)


_DEMONSTRATIVE = re.compile(
    r"(?<!\w)(?:hiệp định|hiệp ước|công ước|thỏa thuận|văn kiện|nghị định thư|tổ chức|nước|quốc gia)"
    r"\s+(?:này|đó|trên)(?!\w)",
    re.I,
)


def about_other(sentence: str, codes: set[str], before: str = "") -> bool:
    """The sentence is about another thing of the asked kind: it names one and none asked; or it
    points back ("Hiệp định này …") and the last thing of the asked kind named before it in its
    paragraph (``before``) is another one."""
    asked = {c for c in _asked(codes) if _kind(c) == "agreement"}
    if not asked:
        return False
    named = actor_names.codes_in(sentence)
    if named & asked or any(_words_of(c, sentence) for c in asked):
        return False  # ("Hiệp định phân định lãnh hải … trong Vịnh Bắc Bộ" writes every word of its name)
    if _others(named, asked):
        return True
    if not before or not _DEMONSTRATIVE.search(sentence):
        return False
    last = _last_named(before, asked)
    return last is not None and last not in asked


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", fold(text).lower()))


def _words_of(code: str, sentence: str) -> bool:
    """The sentence writes every word of one of the thing's names, in any order."""
    said = _words(sentence)
    return any(_words(n) <= said for n in actor_names.names(code) if n)


def _last_named(text: str, asked: set[str]) -> str | None:
    """The thing of an asked kind named last in ``text`` (by the last sentence naming one)."""
    kinds = {_kind(c) for c in asked}
    for part in reversed(re.split(r"(?<=[.!?])\s+", text)):
        named = [c for c in actor_names.codes_in(part) if _kind(c) in kinds]
        if named:
            return next((c for c in named if c in asked), named[0])
    return None


def other_subject(q: Question, codes: set[str], sentence: str, names: list[tuple[str, ...]] = ()) -> bool:
    """The sentence names none of the countries (or persons, or ``names``) asked, and the asked act's
    words follow, in their own clause, a subject naming another country (Vietnam is asked when the
    question names it; "ta" names it): "Kê-ni-a trúng cử với 129 phiếu" is not about Vietnam's election,
    nor "Việt Nam trúng cử … với 192/193 phiếu" about Guterres's re-election in its paragraph."""
    asked = {c for c in codes if _kind(c) == "country"}
    if not (asked or names) or not q.kinds:
        return False
    if actor_names.codes_in(sentence) & (asked | {c for c in codes if _kind(c) == "person"}):
        return False  # "Chủ tịch Trung Quốc Tập Cận Bình thăm Việt Nam": the asked ones are named
    if any(contains_all([n], sentence) for n in names):
        return False  # (a name the question writes, "Guterres", written by the sentence itself)
    folded = fold(sentence)
    if len(folded) != len(sentence):
        return False
    at = min(
        (m.start() for k in q.kinds if k in KIND_RX for m in [KIND_RX[k].search(folded)] if m), default=-1
    )
    if at <= 0:
        return False
    subject = re.split(r"[,;:–(]", sentence[:at])[-1]
    if "VNM" in asked and re.search(r"(?<!\w)(?:ta|nước ta|chúng ta)(?!\w)", subject, re.I):
        return False
    named = {c for c in actor_names.codes_in(subject) if _kind(c) == "country"}
    return bool(named) and not named & asked


_DATELINE = re.compile(
    r"^\s*[^\W\d][^,–:.]{0,40}?,\s*(?:ngày\s+)?(\d{1,2}/\d{1,2}(?:/(?:19|20)\d\d)?)\s*(?:\([^)]{0,40}\))?\s*[–-]\s"
)


def dateline_date(sentence: str) -> str | None:
    """The date of a news dateline opening the sentence ("Niu-Oóc, 8/6/2019 – …" -> "8/6/2019")."""
    m = _DATELINE.match(sentence)
    return m.group(1) if m else None
