"""Which part of a sentence, and which sentence, is about the thing asked: a span is taken from the
clause of the asked party, never from a clause or a sentence about another thing of its kind.

* Clauses about different things: "EVFTA có hiệu lực từ ngày 1/8/2020, còn CPTPP có hiệu lực với Việt
  Nam từ ngày 14/1/2019": asked about the CPTPP, the span comes from the clause naming it
  (:func:`asked_part`).
* A sentence about another thing of the asked kind: "EVFTA có hiệu lực từ …" (naming no other thing
  asked) does not date EVIPA, even in EVIPA's paragraph; nor does "Hiệp định này có hiệu lực …" when
  the agreement named just before it is another one (:func:`about_other`). A subject pointing back to
  the asked one may name another in passing: "Văn kiện này, được ký cùng với EVFTA, dự kiến có hiệu
  lực …" after EVIPA's sentence dates EVIPA.
* Another party's act: "Kê-ni-a trúng cử với 129 phiếu" does not count Vietnam's votes: the subject
  before the asked act's words names another country and none asked (:func:`other_subject`).
* A dateline ("Niu-Oóc, 8/6/2019 – …") dates the writing: never the answer to a plan asked
  (:func:`dateline_date`).
"""

from __future__ import annotations

import re
from typing import Any

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

# a subject pointing back to the agreement told before it: "Văn kiện này", "Hiệp định đó", or the bare
# head before its verb or a comma ("Hiệp định có hiệu lực …", "Hiệp định, được ký …"), maybe after a
# fronted adjunct ("Cũng như EVFTA, hiệp định này …")
_HEAD = r"(?:hiệp định|hiệp ước|công ước|thỏa thuận|thoả thuận|văn kiện|nghị định thư)"
_AUX = r"(?:được|đã|sẽ|dự kiến|có|chính thức|bắt đầu|vừa|cũng|chưa|vẫn)"
_IN_PASSING = (
    r"(?:cùng với|cùng lúc với|cùng|cũng như|giống như|tương tự như|tương tự|như|bên cạnh|sau khi|sau)"
)
_POINTS_BACK = re.compile(
    rf"^[\W\d]*(?:{_IN_PASSING}\s[^,;]{{1,80}},\s*)?{_HEAD}"
    rf"(?:\s+(?:này|đó|trên)(?!\w)|(?=\s*,)|\s+(?={_AUX}(?!\w)))",
    re.I,
)
# another thing named in passing: "(được ký) cùng với EVFTA", "như EVFTA", "bên cạnh EVFTA" (to the next
# comma, semicolon or bracket)
_ADJUNCT = re.compile(rf"(?<!\w){_IN_PASSING}\s+[^,;()]{{1,80}}", re.I)


def about_other(sentence: str, codes: set[str], before: str = "") -> bool:
    """The sentence is about another thing of the asked kind: it names one and none asked; or it
    points back ("Hiệp định này …") and the last thing of the asked kind named before it (``before``:
    the text just before it) is another one. A subject pointing back names others only in passing
    ("Văn kiện này, được ký cùng với EVFTA, dự kiến có hiệu lực …"): the sentence is about the thing it
    points back to, asked ("EVIPA", told just before) or not ("Giống như CPTPP, Hiệp định có hiệu
    lực …" after RCEP's sentence does not date the CPTPP)."""
    asked = _agreements(codes)
    if not asked:
        return False
    named = actor_names.codes_in(sentence)
    if {c for c in named if _kind(c) == "agreement"} and _in_passing_only(sentence, asked):
        last = _last_named(before, asked)
        if last is not None:  # (none named before: read as below)
            return last not in asked
    if named & asked or any(_words_of(c, sentence) for c in asked):
        return False  # ("Hiệp định phân định lãnh hải … trong Vịnh Bắc Bộ" writes every word of its name)
    if _others(named, asked):
        return True
    if not before or not _DEMONSTRATIVE.search(sentence):
        return False
    last = _last_named(before, asked)
    return last is not None and last not in asked


def points_back(sentence: str, codes: set[str], before: str) -> bool:
    """The sentence's subject points back ("Văn kiện này, …", "Hiệp định có hiệu lực …") to an asked
    agreement, the last thing of its kind named in ``before`` (the text just before it), and names
    others only in passing: it speaks of the asked one without naming it."""
    asked = _agreements(codes)
    return (
        bool(asked and before) and _in_passing_only(sentence, asked) and _last_named(before, asked) in asked
    )


BEFORE = 800  # characters of the document before a sentence read for the thing it points back to


def text_before(hit: dict[str, Any], context) -> str:
    """The text just before a search hit's sentence: its document's (up to :data:`BEFORE` characters,
    across paragraphs: "Văn kiện này …" opening a paragraph points back to the one before; ``context``
    a :class:`~doingoai.answer.context.DocumentContext`), or its paragraph's ("" when the sentence is
    found in neither)."""
    start = hit.get("start")
    if "doc_id" in hit and isinstance(start, int):
        text = context.document(hit["doc_id"])[0]
        if text.startswith(hit["text"], start):
            return text[max(0, start - BEFORE) : start]
    passage = hit.get("passage", "")
    at = passage.find(hit["text"])
    return passage[:at] if at > 0 else ""


def pointed_back(hit: dict[str, Any], codes: set[str], context) -> str | None:
    """The names of the asked agreements, when the hit's sentence points back to one of them
    (:func:`points_back`: "Văn kiện này, được ký cùng với EVFTA, …" after EVIPA's sentence); else None."""
    if not points_back(hit["text"], codes, text_before(hit, context)):
        return None
    return " ".join(actor_names.display(c) for c in sorted(_agreements(codes)))


def _agreements(codes: set[str]) -> set[str]:
    return {c for c in _asked(codes) if _kind(c) == "agreement"}


def _in_passing_only(sentence: str, asked: set[str]) -> bool:
    """The subject points back and every thing of the asked kinds the sentence names (asked or not)
    is named in passing ("cùng với EVFTA", "như CPTPP")."""
    if not _POINTS_BACK.match(sentence):
        return False
    out = _ADJUNCT.sub(" , ", sentence)
    named = actor_names.codes_in(out)
    return not (named & asked or _others(named, asked) or any(_words_of(c, out) for c in asked))


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", fold(text).lower()))


def _words_of(code: str, sentence: str) -> bool:
    """The sentence writes every word of one of the thing's names, in any order."""
    said = _words(sentence)
    return any(_words(n) <= said for n in actor_names.names(code) if n)


def _last_named(text: str, asked: set[str]) -> str | None:
    """The thing of an asked kind named last in ``text`` (by the last sentence or line naming one; an
    asked one also when the sentence writes every word of its name)."""
    kinds = {_kind(c) for c in asked}
    for part in reversed(re.split(r"(?<=[.!?])\s+|\n+", text)):
        named = [c for c in actor_names.codes_in(part) if _kind(c) in kinds]
        if named:
            return next((c for c in named if c in asked), named[0])
        mine = sorted(c for c in asked if _words_of(c, part))  # "… (EVIPA)" after a name not in the gazetteer
        if mine:
            return mine[0]
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


# a name then "mới" closing its clause: "khánh thành Kênh đào Xuy-ê mới." (the new canal, another thing)
_NEW_NAME = re.compile(r"(\S+\s+\S+)\s+mới(?=\s*(?:[.,;:)]|$))")


def new_of_asked(question: str, sentence: str) -> bool:
    """The sentence names a new thing by the name the question asks, with "mới" the question does not write
    ("Ai Cập khánh thành Kênh đào Xuy-ê mới" for "Kênh đào Xuy-ê khánh thành ngày nào?"): its date or
    figure is the new one's, not the asked thing's."""
    if "mới" not in sentence:
        return False
    asked = " ".join(re.findall(r"\w+", fold(question)))
    for m in _NEW_NAME.finditer(sentence):
        words = re.findall(r"\w+", fold(m.group(1)))
        name = " ".join(words)
        if m.group(1).split()[-1][:1].isupper() and name and name in asked and f"{name} moi" not in asked:
            return True
    return False


# an official document's place-and-date line, alone: "Mê-hi-cô Xi-ti, ngày 30 tháng 6 năm 2026"
_PLACE_DATE_LINE = re.compile(
    r"^\s*[^\W\d][^,\d]{0,40},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+(?:19|20)\d\d\.?\s*$", re.I
)


def place_date_line(sentence: str) -> bool:
    """The sentence is only a document's place-and-date line: its day is no amount or count."""
    return _PLACE_DATE_LINE.match(sentence) is not None


def dateline_date(sentence: str) -> str | None:
    """The date of a news dateline opening the sentence ("Niu-Oóc, 8/6/2019 – …" -> "8/6/2019")."""
    m = _DATELINE.match(sentence)
    return m.group(1) if m else None
