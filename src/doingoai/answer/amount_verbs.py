"""The verb an amount question asks its amount of, told with an amount in the sentence.

"Lệnh trừng phạt phong tỏa khoảng bao nhiêu tài sản?" is answered by "biện pháp này sẽ phong tỏa khoảng 7 tỷ
USD tài sản …" whatever the sentence calls the act: the question's own verb stands right before its amount
there, as it stands before "bao nhiêu" in the question. Generic verbs ("có", "là", "đạt", "gồm") say no act.
"""

from __future__ import annotations

import re

# "<verb> [khoảng|hơn|gần|…] bao nhiêu": the one or two syllables before the asking words
_ASKED = re.compile(
    r"(\w+)\s+(\w+)\s+(?:(?:khoảng|hơn|gần|chừng|tới|lên|được|tổng cộng)\s+)?bao\s+nhiêu(?!\w)", re.I
)
_APPROX = r"(?:(?:khoảng|hơn|gần|chừng|tới|lên|được|tổng cộng|ước|ước tính|thêm|tổng số)\s+){0,2}"
# a verb that says no act of its own ("có bao nhiêu", "đạt bao nhiêu", "là bao nhiêu")
_GENERIC = frozenset(
    "có là được đạt gồm bao gồm và với của cho từ tới đến ở tại trong thì đã đang sẽ còn chiếm mất hết".split()
)


def asked_verb(question: str) -> str | None:
    """The verb right before "bao nhiêu" in a Vietnamese amount question ("phong tỏa", "đưa"), or None."""
    m = _ASKED.search(question)
    if m is None:
        return None
    last = m.group(2).lower()
    if last in _GENERIC:
        return None
    first = m.group(1).lower()
    # two syllables when the one before belongs to it ("phong tỏa", "viện trợ"): kept only when
    # it is no generic word itself ("đã đưa" -> "đưa")
    return last if first in _GENERIC or not first.isalpha() else f"{first} {last}"


def tells_asked_amount(question: str, sentence: str) -> bool:
    """Whether ``sentence`` writes the question's verb right before an amount ("phong tỏa khoảng 7 tỷ USD")."""
    verb = asked_verb(question)
    if verb is None:
        return False
    low = sentence.lower()
    if verb not in low:
        return False
    return re.search(rf"(?<!\w){re.escape(verb)}\s+{_APPROX}\d", low) is not None


_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")


def amount_of_verb(question: str, sentence: str) -> tuple[str, int, int] | None:
    """The figure right after the question's verb in ``sentence`` ("phong tỏa khoảng 7 tỷ USD …, mất hơn 11
    tỷ USD": "7"), as (text, start, end); None when the sentence writes none there."""
    verb = asked_verb(question)
    if verb is None:
        return None
    m = re.search(rf"(?<!\w){re.escape(verb)}\s+{_APPROX}(?=\d)", sentence, re.I)
    if m is None:
        return None
    f = _FIGURE.match(sentence, m.end())
    return (f.group(0), f.start(), f.end()) if f else None
