"""A person standing for the actor the document introduced him with: "Trước khi đến Việt Nam, ông Lý
Gia Siêu đã thăm Lào và Cam-pu-chia" is about Hồng Kông when the document named him before as
"Trưởng Đặc khu hành chính Hồng Kông (Trung Quốc) Lý Gia Siêu": the sentence may answer a question
naming Hồng Kông (:func:`actor_of_person`).

Read by :mod:`doingoai.answer.engine` with the other ways a sentence leaves out an asked actor
(deixis, a forum or a place named before).
"""

from __future__ import annotations

import re
from typing import Any

from doingoai.answer.persons import UPPER
from doingoai.answer.terms import Concept, contains_all

# a person as a later sentence names him: "ông Lý Gia Siêu", "bà Botchwey", "Thủ tướng Kishida"
_NAMED = re.compile(
    rf"(?<!\w)(?:ông|bà|Ông|Bà|Thủ tướng|Tổng thống|Ngoại trưởng|Bộ trưởng|Đại sứ|Chủ tịch)\s+"
    rf"([{UPPER}][\w'’-]*(?:\s+[{UPPER}][\w'’-]*){{0,3}})"
)
INTRODUCED = 80  # characters before a person's first naming read for the actor he is introduced with


def actor_of_person(text: str, start: int, sentence: str, required: list[Concept]) -> bool:
    """Whether a person the sentence names (after "ông", "bà" or a title) was introduced in the
    document's ``text`` before ``start`` with every required actor written just before his name."""
    for m in _NAMED.finditer(sentence):
        name = m.group(1)
        at = text.find(name, 0, start)
        if at < 0:
            continue
        if contains_all(required, text[max(0, at - INTRODUCED) : at]):
            return True
    return False


def introduced(context: Any, hit: dict[str, Any], required: list[Concept]) -> str | None:
    """The asked actors' names when the sentence leaves them out but names a person the document
    introduced with them (see :func:`actor_of_person`); else None."""
    if "doc_id" not in hit or not required:
        return None
    text, _ = context.document(hit["doc_id"])
    if not actor_of_person(text, hit["start"], hit["text"], required):
        return None
    from doingoai.answer import actors as actor_names

    return " ".join(actor_names.display(c) for c in sorted(context.codes))
