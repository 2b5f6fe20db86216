"""Quotations and the citation each one is followed by.

A quotation is text between “curly”, «angle» or "straight" quote marks within one block (it may
hold single line breaks left by wrapped lines, never a blank line). A citation is linked to the
nearest quotation that closes before it in the same sentence, with no other citation in between:
``“...” (ĐCSVN, 1982, tr. 45)``, ``“...”, (...)`` and ``Đảng khẳng định “...” là nguyên tắc ... (...)``.
Everything is found with a few regex passes over the whole text and a binary search per citation.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Final

from doingoai.model import Span

MAX_QUOTE: Final = 4000  # characters inside the marks
MAX_GAP: Final = 300  # characters between a closing mark and the citation's "("

_LIMIT: Final = f"{{1,{MAX_QUOTE}}}?"
_PATTERNS: Final = (
    re.compile(r"“([^“”]" + _LIMIT + r")”"),
    re.compile(r"«([^«»]" + _LIMIT + r")»"),
    re.compile(r'"((?:[^"\n]|\n(?!\n))' + _LIMIT + r')"'),
)
# a sentence ends inside the gap: terminator (+ closing marks), space, then an upper-case letter,
# a digit or an opening mark
_SENTENCE_END: Final = re.compile(r"[.!?…][\"”’»)\]]*\s+(?=[\"“«(\[0-9]|[^\W\d_])")
_ONLY_PUNCT: Final = re.compile(r"[\s.,;:!?…–—-]*")
# a period after these ends no sentence: titles, "tr.", "Nxb.", initials ("J.")
_ABBREV_BEFORE: Final = re.compile(
    r"(?:\b(?:GS|PGS|TS|ThS|Th\.S|NCS|CN|KS|BS|TP|Tp|tr|t|Nxb|NXB|St|Mr|Mrs|Ms|Dr|Prof|ed|eds|vol|No|no)|"
    r"(?<![^\W\d_])[A-ZĐ])$"
)


@dataclass(frozen=True)
class Quote:
    start: int  # first character inside the marks (whitespace stripped)
    end: int  # end of the quoted text (exclusive)
    close: int  # position just after the closing mark

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


def find_quotes(text: str) -> list[Quote]:
    """Every quotation in ``text``, sorted by the position of its closing mark."""
    out: list[Quote] = []
    for rx in _PATTERNS:
        if rx.pattern[0] not in text:  # fast path: no opening mark of this kind
            continue
        for m in rx.finditer(text):
            inner = m.group(1)
            if "\n\n" in inner:
                continue
            lead = len(inner) - len(inner.lstrip())
            trail = len(inner) - len(inner.rstrip())
            if lead == len(inner):
                continue
            out.append(Quote(m.start(1) + lead, m.end(1) - trail, m.end()))
    out.sort(key=lambda q: q.close)
    return out


# (round 183) a quotation set as a paragraph of its own, its author on the line under it after a dash:
# "“Châu Âu vừa là thị trường …”" / "— Vũ Thị Hồng Nhung (2021, tr. 88)" (an epigraph, a block quotation)
_ATTRIBUTION: Final = re.compile(r"[.!?…]?[ \t]*\n\n[ \t]*[—–][ \t]*(?:[^\W\d_][^\n()]{0,60})?")


def _attribution(text: str, q: Quote, gap: str) -> bool:
    """The quotation ``q`` is a paragraph alone and the citation ``gap`` after it opens the next one with a dash."""
    if _ATTRIBUTION.fullmatch(gap) is None:
        return False
    para = text.rfind("\n\n", 0, q.start) + 2 if "\n\n" in text[: q.start] else 0
    return not text[para : q.start].strip(" \t\n“\"«‘'")


def _gap_ends_sentence(gap: str) -> bool:
    if _ONLY_PUNCT.fullmatch(gap):
        return False
    for m in _SENTENCE_END.finditer(gap):
        nxt = gap[m.end() : m.end() + 1]
        if (not nxt.isalpha() or nxt.isupper()) and not (
            gap[m.start()] == "." and _ABBREV_BEFORE.search(gap, 0, m.start())
        ):
            return True
    return False


class QuoteIndex:
    """Quotations of a text, searchable by the position of a citation."""

    def __init__(self, text: str):
        self.text = text
        self.quotes = find_quotes(text)
        self._closes = [q.close for q in self.quotes]

    def before(self, paren: int, floor: int = 0) -> Quote | None:
        """The quotation a citation whose "(" is at ``paren`` directly follows, or None.

        ``floor`` is where the previous citation ended: a quotation closing before it belongs to
        that citation, not to this one.
        """
        k = bisect_right(self._closes, paren) - 1
        if k < 0:
            return None
        q = self.quotes[k]
        if q.close < floor or paren - q.close > MAX_GAP:
            return None
        gap = self.text[q.close : paren]
        if "\n\n" in gap:
            return q if _attribution(self.text, q, gap) else None
        if _gap_ends_sentence(gap):
            return None
        return q

    def attributed(self, pos: int, floor: int = 0) -> Quote | None:
        """The quotation set as a paragraph right above the line a narrative citation at ``pos`` opens after a
        dash ("“…”" / "— Tên (2021, tr. 88)"), or None."""
        k = bisect_right(self._closes, pos) - 1
        if k < 0 or self.quotes[k].close < floor:
            return None
        q = self.quotes[k]
        gap = self.text[q.close : pos]
        return q if "\n\n" in gap and _attribution(self.text, q, gap) else None

    def after(self, pos: int, ceiling: int) -> Quote | None:
        """The quotation that opens after ``pos`` (the end of a narrative citation) in the same sentence, before
        ``ceiling`` (the next citation), with at most ``MAX_GAP`` characters between: "Lan (2021) cho rằng “...”"."""
        k = bisect_right(self._closes, pos)
        while k < len(self.quotes) and self.quotes[k].start <= pos:
            k += 1
        if k >= len(self.quotes):
            return None
        q = self.quotes[k]
        mark = q.start - 1  # the opening mark (before any white space inside it)
        while mark > pos and self.text[mark].isspace():
            mark -= 1
        if q.close > ceiling or mark - pos > MAX_GAP:
            return None
        gap = self.text[pos:mark]
        if "\n\n" in gap or _gap_ends_sentence(gap):
            return None
        return q
