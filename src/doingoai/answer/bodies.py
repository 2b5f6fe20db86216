"""Bodies the gazetteer does not know, as answers: "tổ chức nào", "which organisation", "which
agency" -> the name a sentence writes with a body's head noun capitalised ("Hiệp hội Chè Pakistan",
"Tổ chức Hợp tác quốc tế Đức (GIZ)", "Liên đoàn những người trồng cà phê Cô-lôm-bi-a (FNC)").

Read by :func:`doingoai.answer.spans.extract_for` only when no gazetteer actor answers. The name
runs from the head noun over capitalised words, with lower-case words inside it, and ends at its
last capitalised word (with the abbreviation in brackets right after it); a name the question
writes itself is not an answer ("Bộ" of "Bộ đã phối hợp …" asked); of several, the one nearest the
question's words; a ministry asked ("which ministry") is only a "Bộ …".
"""

from __future__ import annotations

import re

from doingoai.answer.persons import UPPER
from doingoai.answer.positions import Found, term_positions
from doingoai.fold import fold
from doingoai.question import Question

_HEADS = re.compile(
    r"(?<!\w)(?:Tổ chức|Hiệp hội|Liên đoàn|Liên hiệp|Hội đồng|Hội(?!\s+(?:nghị|thảo|chợ|đàm|trợ|nhập)\b)|Sở|Cục|"
    r"Viện|Phòng|Cơ quan|Trường Đại học|Đại học|Quỹ|Ủy ban|Trung tâm|Công ty|Tập đoàn|Ngân hàng|Văn phòng)(?!\w)"
)
_MINISTRY = re.compile(r"(?<!\w)Bộ(?!\s+(?:trưởng|phận)(?!\w))")  # "which ministry": only a ministry
_MINISTRY_ASKED = re.compile(r"(?<!\w)(?:ministr(?:y|ies)|bộ nào)(?!\w)", re.I)
_NEXT = re.compile(rf"(?:\s+|,\s+(?=[{UPPER}]))([^\W\d_][\w'’-]*)")  # "Phòng Thương mại, Công nghiệp"
_CAP_WORD = re.compile(rf"[{UPPER}][\w'’-]*")
_ACRONYM = re.compile(r"\s*\([A-Z][A-Za-z0-9&.-]{1,9}\)")
# a word that ends a name: a verb or a preposition after it ("… Pakistan tổ chức hội thảo")
_STOP = frozenset(
    "tổ ký đã sẽ đang là được tại ở với về để nhằm trong theo cho từ của cùng phối hợp đàm làm tiến"
    " thúc đẩy mở gặp thăm trao cử đón tiếp".split()
)
MAX_WORDS = 10


def _name_at(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """The body's name whose head noun is ``sentence[start:end]``: on over capitalised words and
    lower-case ones up to a verb or a preposition, ending at its last capitalised word (and the
    abbreviation in brackets right after it); None when no capitalised word follows the head."""
    last, at = None, end
    for _ in range(MAX_WORDS):
        m = _NEXT.match(sentence, at)
        if m is None or m.group(1) in _STOP:  # (a capitalised "Hợp" is part of the name)
            break
        at = m.end()
        if _CAP_WORD.fullmatch(m.group(1)):
            last = at
    if last is None:
        return None
    acronym = _ACRONYM.match(sentence, last)
    return start, acronym.end() if acronym else last


def find_body(q: Question, sentence: str, terms: list[str]) -> Found | None:
    """A body's name the sentence writes (not one the question writes), nearest the question's
    words; None when the sentence writes none."""
    asked = " " + " ".join(re.findall(r"\w+", fold(q.text).lower())) + " "
    anchors = term_positions(sentence, terms)
    cands: list[Found] = []
    heads = _MINISTRY if _MINISTRY_ASKED.search(q.text) else _HEADS
    for m in heads.finditer(sentence):
        span = _name_at(sentence, m.start(), m.end())
        if span is None:
            continue
        name = sentence[span[0] : span[1]]
        if " " + " ".join(re.findall(r"\w+", fold(name).lower())) + " " in asked:
            continue
        cands.append((name, span[0], span[1]))
    if not cands:
        return None
    return min(cands, key=lambda c: min((abs(c[1] - a) for a in anchors), default=0))
