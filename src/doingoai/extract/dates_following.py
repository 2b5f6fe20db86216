"""Relative years told from a narrative or from the document (round 26): "năm sau" and the antecedent of an
anaphoric "tháng trước". Used by :mod:`doingoai.extract.dates`.

A Vietnamese reader takes "Năm sau, ..." opening a sentence as the year after the one just told ("Năm 1976, ...
Năm sau, ..." is 1977), and "... từ năm sau" inside a sentence, with no year told in it, as the year after the
time of writing (a text of 2010: 2011), as the answers do (answer/relative.py). An anaphoric "tháng trước" needs
its antecedent in its own sentence or the one before: a background told two sentences back is no episode the
text goes on from.
"""

from __future__ import annotations

import re
from typing import Final


def following_year(phrase: str, told: tuple[str, bool], base: str, opens: bool, to_come: bool = False) -> str:
    """ "Năm sau" opening a sentence goes on from the year the narrative told last in its paragraph ("Năm 1976,
    ... Năm sau, ..." -> 1977), and names no year without one; inside a sentence it is the year after one the
    sentence wrote, else after the document's own ("... tham gia từ năm sau" in a text of 2010 -> 2011), as the
    answers read it (answer/relative.py). "Năm sau đó" (the year after that) needs a year told before it.
    ``told``: the last year told in the paragraph and whether it is in the same sentence; "" when none.
    ``to_come``: the sentence tells an act still to come ("Năm sau, X sẽ thăm ..."): with no year told before
    it, that is the year after the document's own (session 9, G2), as "Năm tới" is."""
    year, same_sentence = told
    if not (opens or phrase.rstrip().endswith("đó") or same_sentence) or (
        to_come and not year and not phrase.rstrip().endswith("đó")
    ):
        year = base[:4]
    return str(int(year) + 1) if year[:4].isdigit() else ""


_SENTENCE_OPEN: Final = re.compile(
    r"(?:^|[.!?:;]\s+|\n)[ \t]*(?:[-+•*]\s*|\d{1,2}[.)]\s*)?(?:vào\s+|trong\s+|đến\s+)?$"
)


def opens_sentence(low: str, p: int) -> bool:
    """Does the phrase at ``p`` open its sentence (a list marker or "vào / trong / đến" may come first)?"""
    return _SENTENCE_OPEN.search(low, max(0, p - 12), p) is not None


_SENTENCE_END: Final = re.compile(r"[.!?]\s+")


def previous_sentence(low: str, lo: int, s: int) -> int:
    """Where the sentence before the one holding ``s`` starts (at least ``lo``): an anaphoric "tháng trước"
    counts from a time told in its own sentence or the one before, not from a background two sentences back
    ("... thiết lập quan hệ ngày 28/5/1975. ... là thành viên BIMSTEC từ tháng 12/1997. Tháng trước, ...")."""
    ends = [m.end() for m in _SENTENCE_END.finditer(low, lo, s)]
    return ends[-2] if len(ends) >= 2 else lo


# an act still to come in the rest of the sentence: "Năm sau, Việt Nam sẽ ...", "Tháng sau, ... dự kiến ..."
_TO_COME: Final = re.compile(r"[^.!?\n]*?(?<!\w)(?:sẽ|dự kiến|sắp|có kế hoạch)(?!\w)")


def tells_to_come(low: str, e: int) -> bool:
    """Does the sentence after ``e`` tell an act still to come ("sẽ", "dự kiến", "sắp", "có kế hoạch")?"""
    return _TO_COME.match(low, e, min(len(low), e + 200)) is not None
