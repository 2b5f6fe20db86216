"""The unit in charge of a plan or a conclusion: "Đơn vị nào là đầu mối thực hiện Kế hoạch?", "Cơ quan
nào chủ trì cụ thể hóa Kết luận?", "Which unit is the focal point for the plan?", "Which department
follows up the implementation of the plan?", "Which body leads the implementation of the Conclusion?".

Plans and Party conclusions close by naming the unit in charge as the subject of a sentence saying its
role: "Vụ Hợp tác quốc tế là đầu mối theo dõi …", "3. Ban cán sự đảng Bộ Ngoại giao chủ trì, phối hợp
với …", "Cục Đối ngoại là cơ quan thường trực …". The answer is that subject (after a list item's
number), never a unit named after the role ("phối hợp với Ban Đối ngoại Trung ương").

An English question reaches those sentences through the role phrase (:data:`EN_ROLE`, read as the one
lexicon word :data:`ROLE_WORD` by :mod:`doingoai.answer.english`).
"""

from __future__ import annotations

import re

from doingoai.answer.persons import UPPER
from doingoai.answer.positions import Found

# the Vietnamese words of the role (what the English role phrase stands for in the lexicon)
ROLE_VI = ("đầu mối", "chủ trì", "thường trực", "theo dõi", "phụ trách", "chịu trách nhiệm")
ROLE_WORD = "incharge"

# "focal point", "follows up", "standing body", "in charge", "responsible for", "leads the implementation"
EN_ROLE = re.compile(
    r"\b(?:focal\s+point|follow(?:s|ed|ing)?[- ]up|standing\s+body|in\s+charge|responsible\s+for"
    r"|lead(?:s|ing)?\s+(?:the\s+)?(?:implementation|follow[- ]up|monitoring))\b",
    re.I,
)
_EN_UNIT = re.compile(
    r"\b(?:which|what)\s+(?:[\w'’.-]+\s+){0,2}?(?:units?|departments?|offices?|bod(?:y|ies)|agenc(?:y|ies)"
    r"|divisions?|directorates?|bureaus?|organi[sz]ations?|ministr(?:y|ies))\b",
    re.I,
)
_VI_ASKS = re.compile(
    r"(?<!\w)(?:cơ quan|đơn vị|bộ phận|tổ chức|ban|vụ|cục|phòng)\s+nào\s+(?:là\s+|làm\s+|được giao\s+(?:làm\s+)?)?"
    r"(?:đầu mối|chủ trì|thường trực|theo dõi|phụ trách|chịu trách nhiệm)(?!\w)",
    re.I,
)

# the subject opening a sentence (after a list item's mark, or "Giao"), then the role
_SUBJECT = re.compile(
    rf"^\s*(?:(?:\d+|[IVX]+|[a-zđ])[.)]\s+|[-–•+]\s*)?(?:Giao\s+)?"
    rf"(?P<name>[{UPPER}][^\W\d_]*(?:\s+(?:–\s+)?[^\W\d_][\w'’-]*){{0,14}}?)"
    r"\s*,?\s+(?:là\s+|làm\s+)?(?:(?:đơn vị|cơ quan)\s+)?(?:đầu mối|chủ trì|thường trực|theo dõi|phụ trách"
    r"|chịu trách nhiệm|có trách nhiệm)(?!\w)"
)


def asks_in_charge(question: str) -> bool:
    """Whether the question asks which unit is in charge ("Đơn vị nào là đầu mối …", "Which unit is the
    focal point …")."""
    if _VI_ASKS.search(question):
        return True
    return bool(_EN_UNIT.search(question) and EN_ROLE.search(question))


def find_in_charge(sentence: str) -> Found | None:
    """The unit the sentence names as the subject of its role ("Vụ Hợp tác quốc tế là đầu mối …" ->
    "Vụ Hợp tác quốc tế"), or None."""
    m = _SUBJECT.match(sentence)
    if m is None:
        return None
    return m.group("name"), m.start("name"), m.end("name")
