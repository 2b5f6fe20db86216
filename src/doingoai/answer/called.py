"""What a thing is called: "Công ty viễn thông của X tại Y tên là gì?", "What is the name of
Ireland's development aid programme?". The name is the capitalised words a sentence writes right
after the thing's noun written in lower case ("công ty Telemor"; not "Hiệp định Biên giới …", a name
whose later syllables are lower case), or right before it as an appositive ("Irish Aid,
chương trình viện trợ phát triển của Chính phủ Ai-len"); none written there, no answer."""

from __future__ import annotations

import re

from doingoai.answer.english import en_vi
from doingoai.answer.persons import UPPER
from doingoai.answer.positions import Found

# "Công ty viễn thông của X tại Y tên là gì?": the two syllables opening it are the thing's noun
_CALLED = re.compile(r"^\s*([^\W\d_]+\s+[^\W\d_]+)\b.*\btên\s+(?:là\s+)?gì\s*\??\s*$", re.I)
# "What is the name of Ireland's development aid programme?", "What was the name of the fund that ...":
# the noun phrase after "name of", up to a preposition, a relative word or a verb; its last word is the noun
_EN_CALLED = re.compile(
    r"^\s*what\s+(?:is|was|are|were)\s+the\s+names?\s+of\s+(?:the\s+|a\s+|an\s+)?([\w'’ -]+?)"
    r"(?=\s+(?:of|for|that|which|who|through|by|with|in|at|on|to|from|is|was|did|does|set|run|launched"
    r"|created|founded|established)\b|\s*[?.,]|\s*$)",
    re.I,
)
# capitalised words, joined by spaces or a dash ("Mekong – Lan Thương"); before its noun a name may
# also have one lower-case syllable after a capitalised one ("Quỹ Hòa bình, chương trình ...")
_CAP = rf"[{UPPER}][\w-]*"
_NAME_RUN = rf"({_CAP}(?:\s+(?:[–-]\s+)?{_CAP})*)"
_APPOSITIVE = rf"({_CAP}(?:\s+[^\W\d_{UPPER}][\w-]*)?(?:\s+(?:[–-]\s+)?{_CAP}(?:\s+[^\W\d_{UPPER}][\w-]*)?)*)"


def called_by(question: str) -> tuple[str, ...]:
    """The Vietnamese nouns a "what is X called" question names its thing by, lower-cased ("công ty",
    "chương trình"), or ()."""
    m = _CALLED.match(question)
    if m:
        return (m.group(1).lower(),)
    m = _EN_CALLED.match(question)
    if not m:
        return ()
    noun = m.group(1).split()[-1].lower()
    return en_vi(noun) or ()


def name_called(nouns: tuple[str, ...], sentence: str) -> Found | None:
    """The capitalised name written right after one of ``nouns`` ("công ty Telemor"), else right
    before it as an appositive ("Irish Aid, chương trình ..."), or None."""
    for noun in nouns:
        for m in re.finditer(rf"(?<!\w)(?i:{re.escape(noun)})\s+{_NAME_RUN}", sentence):
            if sentence[m.start()].islower():  # "công ty Telemor"; "Hiệp định Biên giới trên đất liền" is a
                return m.group(1), m.start(1), m.end(1)  # name of its own, whose capitals are only its start
    for noun in nouns:
        m = re.search(rf"(?<![\w-]){_APPOSITIVE},\s+(?i:{re.escape(noun)})(?!\w)", sentence)
        if m and m.start(1) > 0:  # (a name opening the sentence is its subject, said of in full)
            return m.group(1), m.start(1), m.end(1)
    return None
