"""Sentence boundaries inside one block of text (Vietnamese-aware).

A boundary is end punctuation (. ! ? …), optional closing quotes or brackets, white space, then
something that starts a sentence: an upper-case letter, a digit or an opening quote followed by one.
Not a boundary: an abbreviation ("tr.", "TS.", "PGS.", "Tp."), an initial ("H. Chí Minh"; a capital
with a tone or vowel mark is a word, "châu Á.", not an initial), the number of a heading or list
item at the start of the block ("2.2.1.", "II."), or end punctuation
followed by "(": a citation after a quotation belongs to it, so the sentence ends after
"... quốc.” (ĐCSVN, 1982, tr. 123)." and not inside it.
"""

from __future__ import annotations

import re
from operator import methodcaller

# upper-case letters (Latin with Vietnamese, Greek, Cyrillic) and digits: what a sentence starts with
_STARTERS = "".join(
    chr(c)
    for r in ((0x41, 0x5B), (0xC0, 0x250), (0x370, 0x530), (0x1E00, 0x1F00))
    for c in range(*r)
    if chr(c).isupper()
)
_TAIL = r"[.!?…]*[\"”’»)\]]*(\s+)(?=[“\"‘«\[]?[0-9" + re.escape(_STARTERS) + "])"
_BOUNDARY = re.compile("[.!?…]" + _TAIL)
# the same, one for each character a match can start with (see _boundaries)
_BOUNDARY_AT = [(c, re.compile(re.escape(c) + _TAIL)) for c in ".!?…"]
_START = methodcaller("start")
_NUMBERING = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*|[IVXLCivxlc]{1,6}|[a-zA-Z])$")

ABBREVIATIONS = frozenset(
    """tr Tr TS ThS PGS GS NCS CN KS BS Th.S PGS.TS GS.TS TS.BS Tp TP TT NXB Nxb nxb St Q P ĐC
    Mr Mrs Ms Dr Prof Jr Sr St No no Vol vol pp p ed eds al e.g i.e cf vs Jan Feb Mar Apr Jun Jul Aug Sep
    Sept Oct Nov Dec Fig fig tp""".split()
)


def split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans ``[s, e)`` covering ``text[start:end]`` (white space trimmed)."""
    return [(s, e) for s, e, _ in split_blocks(text, [(start, end)])]


def _boundaries(text: str, start: int, end: int) -> list[re.Match[str]]:
    """``list(_BOUNDARY.finditer(text, start, end))``, made faster: a regular expression that starts
    with a class of characters is tried at every position (slow over Vietnamese text), one that
    starts with a literal character is searched for in C. A match starting inside another one
    (in its run of end punctuation) ends where that one ends, so it is dropped."""
    find = text.find  # (far faster than the regular expression's own search for a character)
    found = [list(rx.finditer(text, start, end)) for c, rx in _BOUNDARY_AT if find(c, start, end) >= 0]
    runs = [ms for ms in found if ms]
    if len(runs) <= 1:
        return runs[0] if runs else []
    out = []
    pos = start
    for m in sorted((m for ms in runs for m in ms), key=_START):
        if m.start() >= pos:
            out.append(m)
            pos = m.end()
    return out


def split_blocks(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """Sentences ``(s, e, k)`` of every block ``k`` (``spans[k]``, sorted, separated by line breaks),
    as :func:`split` gives them block by block, in one pass of the regex over the whole text."""
    out: list[tuple[int, int, int]] = []
    if not spans:
        return out
    n = len(spans)
    k = 0
    start, end = spans[0]
    s = start
    first_token_end = -2  # found when needed
    for m in _boundaries(text, start, spans[-1][1]):
        punct = m.start()
        if punct >= end:  # past the block: close it (and any blocks without a boundary)
            while punct >= end:
                _close(text, s, end, k, out)
                k += 1
                start, end = spans[k]
                s = start
            first_token_end = -2
        gap, nxt = m.span(1)
        if nxt > end:
            continue  # the white space between two blocks
        if text[punct] == ".":
            if gap == punct + 1:  # the common case first: "... word. Next", the word in lower case
                ts = text.rfind(" ", s, punct) + 1
                token = text[ts if ts > s else s : punct]
                if token[-1:].islower() and "." not in token and token not in ABBREVIATIONS:
                    out.append((s, gap, k))
                    s = nxt
                    continue
            if first_token_end == -2:
                first_token_end = text.find(" ", start, end)
            if _not_a_boundary(text, s, punct, gap, first_token_end, start):
                continue
        out.append((s, gap, k))
        s = nxt
    while k < n:
        _close(text, s, end, k, out)
        k += 1
        if k < n:
            start, end = spans[k]
            s = start
    return out


def _close(text: str, s: int, end: int, k: int, out: list[tuple[int, int, int]]) -> None:
    while end > s and text[end - 1].isspace():
        end -= 1
    if end > s:
        out.append((s, end, k))


def _not_a_boundary(text: str, s: int, punct: int, gap: int, first_token_end: int, block_start: int) -> bool:
    if punct + 1 < gap and text[punct + 1 : gap].strip('"”’»)]').replace(".", "") != "":
        return False  # "?", "!", "…" after the dot end a sentence
    ts = max(text.rfind(" ", s, punct) + 1, s)
    token = text[ts:punct]
    if token in ABBREVIATIONS:
        return True
    if token[-1:].islower() and "." not in token:
        return False  # the common case: a word ends the sentence
    token = token.lstrip('([“"‘')
    if token in ABBREVIATIONS or token.rsplit(".", 1)[-1] in ABBREVIATIONS:
        return True
    if len(token) == 1 and token.isupper():
        # an initial ("H. Chí Minh", "Nguyễn V. A."), but not a one-letter word: initials drop the tone
        # and vowel marks, so a marked capital is a word ending the sentence ("châu Á.", "nước Ý.")
        return token.isascii() or token == "Đ"
    if punct < first_token_end or first_token_end == -1:
        return ts == block_start and _NUMBERING.match(token) is not None
    return False
