"""Snippets: the hit sentence with the query's words highlighted.

A query word typed without accents matches any accents ("Lien" marks "Liên"); one typed with
accents matches those accents only ("Nam" marks "Nam", not "năm").

Runs of matched words separated only by spaces or hyphens are marked once: "[Liên Xô] viện trợ".
A long sentence is cut around its first match, with "…" where text was left out.
"""

from __future__ import annotations

import re

from doingoai.search.tokenize import exact, fold, folded_words

OPEN, CLOSE = "[", "]"
MAX_CHARS = 300
_JOIN = re.compile(r"[\s\-]*")


def match_set(query_words) -> set[str]:
    """What marks a text word: "f:" + folded form for unaccented query words, else "e:" + exact form
    (and "~" + folded form, used when a sentence matched only through folding)."""
    out = set()
    for w in query_words:
        f, e = fold(w), exact(w)
        out.add("f:" + f if f == e else "e:" + e)
        out.add("~" + f)
    return out


def highlight_spans(text: str, words: set[str], loose: bool = False) -> list[tuple[int, int]]:
    """(start, end) of each run of words of ``text`` matched by ``words`` (see :func:`match_set`)."""
    spans: list[tuple[int, int]] = []
    for start, end, w in folded_words(text):
        if loose:
            if "~" + w not in words:
                continue
        elif "f:" + w not in words and "e:" + exact(text[start:end]) not in words:
            continue
        if spans and _JOIN.fullmatch(text, spans[-1][1], start):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def snippet(text: str, words: set[str], max_chars: int = MAX_CHARS) -> str:
    """``text`` with highlighted runs, cut to about ``max_chars`` around the first one."""
    spans = highlight_spans(text, words) or highlight_spans(text, words, loose=True)
    lo, hi = 0, len(text)
    if len(text) > max_chars:
        first = spans[0][0] if spans else 0
        lo = max(0, first - max_chars // 3)
        if lo:
            space = text.find(" ", lo)
            lo = space + 1 if 0 <= space < first else lo
        hi = min(len(text), lo + max_chars)
        if hi < len(text):
            space = text.rfind(" ", lo, hi)
            hi = space if space > lo else hi
    out, pos = [], lo
    for a, b in spans:
        if b <= lo or a >= hi:
            continue
        a, b = max(a, lo), min(b, hi)
        out += [text[pos:a], OPEN, text[a:b], CLOSE]
        pos = b
    out.append(text[pos:hi])
    return ("…" if lo else "") + "".join(out) + ("…" if hi < len(text) else "")
