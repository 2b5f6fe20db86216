"""Where states do something together: a forum or an organisation, not a city.

"Where do Vietnam and Mongolia regularly coordinate?" is answered by "Hai nước thường xuyên phối
hợp tại Liên Hợp Quốc và Diễn đàn Hợp tác Á – Âu (ASEM)": the names after "tại" / "trên" / "trong
khuôn khổ" in the sentence saying the activity (:attr:`Question.activity`), every name of a
coordination ("A và B", "A, B và C", "các diễn đàn đa phương như A, B"), with its abbreviation.
A city answers the same way when the sentence names one there. The question's own actors never do.
"""

from __future__ import annotations

import re

from doingoai.answer import actors as actor_names
from doingoai.answer.persons import UPPER
from doingoai.fold import fold
from doingoai.question import Question

Found = tuple[str, int, int]

# one name: capitalised words, up to two lower-case ones between them ("Diễn đàn Hợp tác", "Liên
# minh châu Âu"), a dash between two of them ("Á – Âu"), a number, its abbreviation "(ASEM)"
_LOWER = rf"(?![{UPPER}])[^\W\d_][\w-]*"
_NAME = (
    rf"[{UPPER}][\w-]*(?:(?:\s+{_LOWER}){{0,2}}\s+(?:[–-]\s+)?[{UPPER}][\w-]*|\s+\d+\b)*"
    rf"(?:(?:\s+{_LOWER})?\s+(?:quốc tế|thế giới|liên kết|toàn cầu)(?!\w))?"  # "Quỹ Tiền tệ quốc tế"
    r"(?:\s*\((?-i:[A-Z][A-Za-z0-9&+-]*)\))?"
)
_NAMES = rf"{_NAME}(?:\s*(?:,|\s(?:và|cũng như|and))\s*{_NAME})*"
# "tại", "trên", "trong khuôn khổ"; "các diễn đàn đa phương (như|là) ..." before the names
_AT = r"(?<!\w)(?:tại|ở|trên|trong khuôn khổ|in|at|within)\s+"
_GROUP = (
    r"(?:các|những)\s+(?:diễn đàn|tổ chức|cơ chế|hội nghị)"
    r"(?:\s+(?!(?:như|gồm|là|nhất|đặc biệt|và)(?!\w))[^\W\d_]+){0,4}"
)
_VENUE = re.compile(
    rf"{_AT}(?:(?P<group>{_GROUP})(?:\s*,?\s*(?:như|gồm|là|nhất là|đặc biệt là)\s+)?)?(?P<names>{_NAMES})?",
)


def _activity_at(q: Question, sentence: str) -> int | None:
    """Where the sentence says the asked activity (its first word), or None."""
    folded = fold(sentence)  # one character for one: offsets hold
    found = [m.start() for w in q.activity for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", folded)]
    return min(found) if found else None


def find_venue(q: Question, sentence: str, codes: set[str]) -> Found | None:
    """The forums, organisations or place after the asked activity ("phối hợp tại A và B" -> "A và
    B"; "... trên các diễn đàn đa phương" -> "các diễn đàn đa phương"); None when the sentence does
    not say the activity or names no venue after it."""
    at = _activity_at(q, sentence)
    if at is None:
        return None
    for m in _VENUE.finditer(sentence, at):
        names, group = m.group("names"), m.group("group")
        if names and not (actor_names.codes_in(names) and actor_names.codes_in(names) <= codes):
            start = m.start("names")
            return names.rstrip(), start, start + len(names.rstrip())
        if group:
            start = m.start("group")
            return group, start, start + len(group)
    return None
