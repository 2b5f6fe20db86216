"""Lines of the cleaned text and the facts about them that layout repair decides on.

Only non-blank lines are kept; each remembers how many blank lines came before it, whether a page
break (a form feed) came before it, and whether it ended with white space in the text (PDF text
layers and many exports end a wrapped line with a space and a paragraph's last line without one).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import accumulate, compress
from operator import add, itemgetter, ne, sub

# closing quotes and brackets that may follow the end of a sentence
CLOSERS = '"”’»)]'
TERMINAL = ".!?…:"
_ABBREV_END = re.compile(r"(?:^|[\s(\[])(?:tr|Tr|TS|ThS|PGS|GS|Tp|TP|NXB|Nxb|v\.v|pp|p|No|Vol|Mr|Dr|St)\.$")


@dataclass
class Lines:
    text: str  # the whole text the offsets refer to
    starts: list[int] = field(default_factory=list)  # first non-blank character
    ends: list[int] = field(default_factory=list)  # after the last non-blank character
    texts: list[str] = field(default_factory=list)  # the stripped line
    blanks: list[int] = field(default_factory=list)  # blank lines just before
    page: list[bool] = field(default_factory=list)  # a form feed (page break) just before
    trail: list[bool] = field(default_factory=list)  # white space after the last character
    lower: list[bool] = field(default_factory=list)  # the first character is a lower-case letter
    indent: list[int] = field(default_factory=list)  # white-space characters before the first one
    # a text with a blank line after every line (layout.double_spaced, set by the structure stage): there two
    # blank lines part paragraphs, they do not set a wide block apart from a column (review 23)
    spaced: bool = False
    _breaks: dict[int, list[int]] = field(default_factory=dict)
    _holds: dict[str, bool] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.texts)

    def holds(self, word: str) -> bool:
        """``word in self.text``, each word's answer kept (speed round 33: the structure steps ask for "Thích"
        three times over the whole text)."""
        got = self._holds.get(word)
        if got is None:
            got = self._holds[word] = word in self.text
        return got

    def breaks(self, min_blanks: int) -> list[int]:
        """Lines after a page break: a form feed, or ``min_blanks`` blank lines or more (sorted)."""
        got = self._breaks.get(min_blanks)
        if got is None:
            got = [i for i, b in enumerate(self.blanks) if b >= min_blanks]
            if True in self.page:
                got = sorted(set(got).union(compress(range(len(self.page)), self.page)))
            self._breaks[min_blanks] = got
        return got

    def blank_runs(self) -> list[int]:
        """Lines after two blank lines or more (sorted; page breaks not counted); none in a :attr:`spaced` text
        (review 23: an e-mail's quotation after two blank lines was measured alone, its lines taken as full
        and joined over the blank lines between its paragraphs)."""
        if self.spaced:
            return []
        got = self._breaks.get(-2)
        if got is None:
            got = self._breaks[-2] = [i for i, b in enumerate(self.blanks) if b >= 2]
        return got


def split_lines(text: str) -> Lines:
    """The non-blank lines of ``text``. This runs over every line, so it is written as a few
    ``map``/``compress`` passes (loops in C) rather than loops in Python."""
    flat = text.replace("\f", "\n") if "\f" in text else text  # same length: offsets hold
    pieces = flat.split("\n")
    n = len(pieces)
    full = list(map(len, pieces))
    right = list(map(str.rstrip, pieces))
    stripped = list(map(str.lstrip, right))
    mask = list(map(len, stripped))  # 0 (false) for a blank line
    keep = list(compress(range(n), mask))
    texts = list(compress(stripped, mask))
    lens = list(compress(mask, mask))
    rights = list(compress(map(len, right), mask))
    # a piece starts after the pieces before it and one line break each
    ends = list(map(add, compress(map(add, accumulate(full, initial=0), range(n)), mask), rights))
    starts = list(map(sub, ends, lens))
    blanks = [b - a - 1 for a, b in zip([-1, *keep], keep, strict=False)]
    if "\r" in flat:  # CR LF line ends (the clean stage normally turns them into LF): the CR is no space
        full = [k - 1 if k > 1 and p[-1] == "\r" else k for k, p in zip(full, pieces, strict=True)]
    trail = list(map(ne, compress(full, mask), rights))  # white space after the last character
    page = [False] * len(keep)
    if flat is not text:
        pos = text.find("\f")
        while pos >= 0:
            i = bisect_left(starts, pos)
            if i < len(page):
                page[i] = True
            pos = text.find("\f", pos + 1)
    lower = list(map(str.islower, map(itemgetter(0), texts)))
    indent = list(map(sub, rights, lens))
    return Lines(text, starts, ends, texts, blanks, page, trail, lower, indent)


def ends_sentence(s: str) -> bool:
    """The line ends a sentence (or a lead-in ending in ':'), not an abbreviation like "tr."."""
    if not s:
        return False  # (e.g. a line "*" with its footnote mark stripped)
    c = s[-1]
    if c in CLOSERS:
        t = s.rstrip(CLOSERS)
        if not t:
            return False
        c = t[-1]
        s = t
    if c not in TERMINAL:
        return False
    if c == "." and _ABBREV_END.search(s[-6:]):
        return False
    return True


def starts_lower(s: str) -> bool:
    c = s[0]
    if c in '“"‘«(' and len(s) > 1:
        c = s[1]
    return c.islower()


def first_word_len(s: str) -> int:
    k = s.find(" ")
    return len(s) if k < 0 else k


def local_width(lines: Lines, i: int, radius: int = 6) -> int:
    """The widest line near ``i``: the column width wrapped lines there fill. The window stops at two
    blank lines (a PDF's wide abstract over the first lines of its two-column body; not at a page break,
    where the column goes on)."""
    lo = max(0, i - radius)
    hi = i + radius + 1
    cuts = lines.blank_runs()
    if cuts:
        k = bisect_right(cuts, i)
        if k and cuts[k - 1] > lo:
            lo = cuts[k - 1]
        if k < len(cuts) and cuts[k] < hi:
            hi = cuts[k]
    return max(map(len, lines.texts[lo:hi]))


_YEAR_WORDS = frozenset(("năm", "in", "since", "từ", "đến", "of"))


def year_goes_on(prev: str, t: str) -> bool:
    """``t`` is a year alone, right under a line ending in a word that calls for it ("… SAU NĂM" /
    "1993": a title wrapped before its year), so it goes on with that line."""
    if len(t) != 4 or t[:2] not in ("19", "20") or not t.isdigit():
        return False
    words = prev.rsplit(None, 1)
    return bool(words) and words[-1].casefold() in _YEAR_WORDS
