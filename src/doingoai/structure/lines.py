"""Lines of the cleaned text and the facts about them that layout repair decides on.

Only non-blank lines are kept; each remembers how many blank lines came before it, whether a page
break (a form feed) came before it, and whether it ended with white space in the text (PDF text
layers and many exports end a wrapped line with a space and a paragraph's last line without one).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import accumulate

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

    def __len__(self) -> int:
        return len(self.texts)


def split_lines(text: str) -> Lines:
    """The non-blank lines of ``text`` (list comprehensions only: this runs over every line)."""
    flat = text.replace("\f", "\n") if "\f" in text else text  # same length: offsets hold
    pieces = flat.split("\n")
    offsets = list(accumulate([len(p) + 1 for p in pieces], initial=0))
    stripped = [p.strip() for p in pieces]
    keep = [k for k, t in enumerate(stripped) if t]
    texts = [stripped[k] for k in keep]
    starts = [offsets[k] + pieces[k].find(t[0]) for k, t in zip(keep, texts, strict=True)]
    ends = [s + len(t) for s, t in zip(starts, texts, strict=True)]
    blanks = [b - a - 1 for a, b in zip([-1, *keep], keep, strict=False)]
    if "\r" in flat:  # CR LF line ends (the clean stage normally turns them into LF)
        pieces = [p[:-1] if p.endswith("\r") and len(p) > 1 else p for p in pieces]
    trail = [pieces[k][-1] != t[-1] for k, t in zip(keep, texts, strict=True)]
    page = [False] * len(keep)
    if flat is not text:
        pos = text.find("\f")
        while pos >= 0:
            i = bisect_left(starts, pos)
            if i < len(page):
                page[i] = True
            pos = text.find("\f", pos + 1)
    return Lines(text, starts, ends, texts, blanks, page, trail)


def ends_sentence(s: str) -> bool:
    """The line ends a sentence (or a lead-in ending in ':'), not an abbreviation like "tr."."""
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
    """The widest line near ``i``: the column width wrapped lines there fill."""
    lo = max(0, i - radius)
    return max(map(len, lines.texts[lo : i + radius + 1]))
