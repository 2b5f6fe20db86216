"""Where a few fixed words occur as whole words in a text (review of session 9, finding 13).

A rule that looks for two or three verbs or nouns in a whole document finds them with ``str.find`` (no regex pass
over the whole text) and keeps the hits that stand as words: no letter or digit just before or after.
"""

from __future__ import annotations

from doingoai.extract.textscan import find_all


def whole_words(low: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """The (start, end) of every occurrence of each of ``words`` in ``low`` standing as a word, by start."""
    out = []
    n = len(low)
    for w in words:
        k = len(w)
        nxt = 0  # (the next search starts at the end of the last occurrence, word or not)
        for i in find_all(low, w):
            if i < nxt:
                continue
            e = nxt = i + k
            if (i == 0 or not low[i - 1].isalnum()) and (e == n or not low[e].isalnum()):
                out.append((i, e))
    out.sort()
    return out
