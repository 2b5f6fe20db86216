"""Where an answer span is: the ``(text, start, end)`` every span finder returns (:data:`Found`), where
the question's terms occur in a sentence, and the candidate nearest to them."""

from __future__ import annotations

import re

from doingoai.question import fold

Found = tuple[str, int, int]


def term_positions(sentence: str, terms: list[str]) -> list[int]:
    """Positions (in the sentence) where folded question terms occur."""
    folded = fold(sentence)
    pos: list[int] = []
    for t in terms:
        for m in re.finditer(r"(?<!\w)" + re.escape(t) + r"(?!\w)", folded):
            pos.append(m.start())
    return pos


def nearest(cands: list[re.Match[str]], anchors: list[int]) -> re.Match[str] | None:
    if not cands:
        return None
    if not anchors:
        return cands[0]
    return min(cands, key=lambda m: min(abs(m.start() - a) for a in anchors))
