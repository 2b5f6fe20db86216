"""Bodies the gazetteer does not know, as answers: "tổ chức nào", "which organisation", "which
agency" -> the name a sentence writes with a body's head noun capitalised ("Hiệp hội Chè Pakistan",
"Tổ chức Hợp tác quốc tế Đức (GIZ)", "Liên đoàn những người trồng cà phê Cô-lôm-bi-a (FNC)").

Read by :func:`doingoai.answer.spans.extract_for` only when no gazetteer actor answers. The name
runs from the head noun over capitalised words, with lower-case words inside it, and ends at its
last capitalised word (with the abbreviation in brackets right after it); a name the question
writes itself is not an answer ("Bộ" of "Bộ đã phối hợp …" asked); of several, the one nearest the
question's words; a ministry asked ("which ministry") is only a "Bộ …".

A body asked by its kind ("Which Indian university …?", "Which court ruled …?", "Which Chinese company
…?", "… với trường đại học nào của Phần Lan?", "bệnh viện nào") is answered only by a name with that kind's head ("Đại học Nông nghiệp Punjab", "Tòa án Công lý
quốc tế", "Tập đoàn Cầu đường Trung Quốc"): :func:`kind_heads`; a name the gazetteer knows runs to its
end ("Tòa án Công lý quốc tế", not "Tòa án Công").
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

# an English question asking a body by its kind -> the Vietnamese heads of such names
_KIND_HEADS = {
    "court": r"Tòa án|Toà án",
    "universit": r"Trường Đại học|Đại học|Học viện",
    "institute": r"Viện|Học viện",
    "compan": r"Tổng công ty|Công ty|Tập đoàn",
    "fund": r"Quỹ",
    "bank": r"Ngân hàng",
    "hospital": r"Bệnh viện",
}
# (the kind right after "which", or after a capitalised modifier: "Which Indian university", "Which UN
# fund"; not a verb: "Which organisation funds …")
_KIND_ASKED = re.compile(
    r"\b(?i:which|what)\s+(?:[A-Z][\w-]*\s+){0,2}"
    r"(?i:(court|universit|institute|compan|fund|bank|hospital)(?:s|y|ies)?)\b(?!\s+(?:of|for)\b)"
)
_VI_KIND_ASKED = re.compile(
    r"(?<!\w)(?:trường\s+)?(?:(đại học|học viện)|(tòa án|toà án)|(công ty|tập đoàn|doanh nghiệp)|(ngân hàng)"
    r"|(bệnh viện))\s+nào(?!\w)",
    re.I,
)
_VI_KINDS = ("universit", "court", "compan", "bank", "hospital")


def kind_heads(question: str) -> re.Pattern[str] | None:
    """The heads of the names answering an English question that asks a body by its kind ("Which
    Indian university …?" -> "Đại học …", "Học viện …"); None for any other question."""
    m = _KIND_ASKED.search(question)
    vi = _VI_KIND_ASKED.search(question) if m is None else None
    if m is None and vi is None:
        return None
    kind = m.group(1).lower() if m else next(k for k, g in zip(_VI_KINDS, vi.groups(), strict=True) if g)
    return re.compile(rf"(?<!\w)(?:{_KIND_HEADS[kind]})(?!\w)")


def _name_at(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """The body's name whose head noun is ``sentence[start:end]``: on over capitalised words and
    lower-case ones up to a verb or a preposition, ending at its last capitalised word (and the
    abbreviation in brackets right after it); None when no capitalised word follows the head."""
    last, at = None, end
    for _ in range(MAX_WORDS):
        m = _NEXT.match(sentence, at)
        if m is None or m.group(1) in _STOP:  # (a capitalised "Hợp" is part of the name)
            break
        if m.group(1) == "và" and _HEADS.match(sentence, m.end() + 1):
            break  # "Đại học X và Cơ quan Y": two names
        at = m.end()
        if _CAP_WORD.fullmatch(m.group(1)):
            last = at
    if last is None:
        return None
    acronym = _ACRONYM.match(sentence, last)
    return start, acronym.end() if acronym else last


def find_body(
    q: Question, sentence: str, terms: list[str], heads: re.Pattern[str] | None = None
) -> Found | None:
    """A body's name the sentence writes (not one the question writes), nearest the question's
    words, with one of ``heads`` (a kind asked) if given; None when the sentence writes none."""
    from doingoai.extract.mentions import mentions_in

    asked = " " + " ".join(re.findall(r"\w+", fold(q.text).lower())) + " "
    anchors = term_positions(sentence, terms)
    cands: list[Found] = []
    known = {m.start: m.end for m in mentions_in(sentence)} if heads is not None else {}
    heads = heads or (_MINISTRY if _MINISTRY_ASKED.search(q.text) else _HEADS)
    for m in heads.finditer(sentence):
        span = _name_at(sentence, m.start(), m.end())
        if span is None:
            continue
        if known.get(span[0], 0) > span[1]:  # "Tòa án Công lý quốc tế": the gazetteer's name, whole
            span = (span[0], known[span[0]])
        name = sentence[span[0] : span[1]]
        if " " + " ".join(re.findall(r"\w+", fold(name).lower())) + " " in asked:
            continue
        cands.append((name, span[0], span[1]))
    if not cands:
        return None
    return min(cands, key=lambda c: min((abs(c[1] - a) for a in anchors), default=0))
