"""Running lines found where they stand once, next to a page break (read by
:mod:`doingoai.structure.headers` once the repeated ones are known): upper-case lines inside a
sentence cut by the break, a page number and a running title set apart, the lines right at a break,
a line heading a page once."""

from __future__ import annotations

import re
from itertools import compress

from doingoai.structure.footnote_rules import NOTE_AREA, is_rule
from doingoai.structure.header_shapes import (
    MAX_LEN,
    cuts_sentence,
    digit_at_end,
    glued_caps,
    spaced_title,
)
from doingoai.structure.headings import heading_rank
from doingoai.structure.lines import Lines, ends_sentence

_SENTENCE_END = ".,;:!?"
# a line opening with an item's or a heading's number ("2. …", "3) …", "1.2 …"), not a date going on
# from the page before ("7/1993, chính quyền …")
_NUMBERED = re.compile(r"\d{1,3}(?:[.)]\s|\.\d)")


def shaped_lines(lines: Lines, zone: set[int], removed: set[int]) -> set[int]:
    """Running lines found by their shape where they occur once (a document with one page break):
    a page number glued to an upper-case header ("45NGHIÊN CỨU QUỐC TẾ"), and upper-case lines that
    stand between the end of a page and its mid-sentence continuation (the line before does not end
    a sentence, the line after starts in lower case). Only next to a page break."""
    texts = lines.texts
    n = len(texts)
    out: set[int] = set()
    caps: set[int] = set()
    for i in zone:
        if i in removed:
            continue
        t = texts[i]
        if len(t) > MAX_LEN or not t.isupper() or heading_rank(t) is not None:
            continue
        if digit_at_end(t) and glued_caps(t):
            out.add(i)
        elif len(t) >= 4 and not ends_sentence(t):
            caps.add(i)
    gone = removed | out
    for i in sorted(caps):
        a = b = i
        while a > 0 and (a - 1 in gone or a - 1 in caps):
            a -= 1
        while b < n - 1 and (b + 1 in gone or b + 1 in caps):
            b += 1
        if a == 0 or b == n - 1:
            continue  # (the title at the top)
        before = texts[a - 1]
        if lines.lower[b + 1] and not ends_sentence(before) and heading_rank(before) is None:
            out.update(range(a, b + 1))
    return out - removed


def spaced_page_lines(texts: list[str], zone: set[int], removed: set[int]) -> set[int]:
    """Lines next to a page break holding a page number and a running title apart, and the same title
    standing alone next to another break (the last page's foot)."""
    found = {
        i: t
        for i in zone
        if "   " in texts[i] and i not in removed and (t := spaced_title(texts[i])) is not None
    }
    if not found:
        return set()
    titles = set(found.values())
    return set(found) | {i for i in zone if i not in removed and texts[i] in titles}


def page_edges(lines: Lines, page_numbers: list[int], removed: set[int]) -> set[int]:
    """Lines right at a page break: the first and last line around a form feed, and the lines next
    to a page number standing at a break (looking past a page number or header already removed)."""
    n = len(lines.texts)
    out: set[int] = set()
    feeds = list(compress(range(n), lines.page)) if True in lines.page else []
    for b in feeds:
        out.update((b, b - 1))
        if b in removed:
            out.add(b + 1)
        if b - 1 in removed:
            out.add(b - 2)
    for p in page_numbers:
        if p in removed:
            out.update((p - 1, p + 1))
    return {i for i in out if 0 <= i < n and i not in removed}


def lone_page_heads(lines: Lines, removed: set[int]) -> list[int]:
    """Lines heading a page once ("Vịnh Bắc Bộ và biên giới …" over an even page, the journal's name
    over the odd ones, a thesis's running title over a chapter's second page): the first line after a
    form feed, short, not a heading nor ending like a sentence, a blank line under it, and cutting a
    sentence in two (the body line before the page break, above the page's footnotes, goes on after
    it), in a document whose pages carry running headers already found or when the line under it
    goes on in lower case. A heading never stands inside a sentence."""
    texts = lines.texts
    n = len(texts)
    tops = [i for i in compress(range(n), lines.page) if i not in removed]
    known = len(tops) < lines.page.count(True)  # some page starts with a running header already found
    got = []
    for i in tops:
        t = texts[i]
        if i + 1 >= n or not lines.blanks[i + 1] or len(t) > MAX_LEN or t[-1] in _SENTENCE_END:
            continue
        if not t[0].isupper() or heading_rank(t) is not None or not (known or lines.lower[i + 1]):
            continue
        p = _body_before(texts, i, removed)
        if p >= 0 and cuts_sentence(texts, p + 1) and not _NUMBERED.match(texts[i + 1]):
            got.append(i)
    return got


def _body_before(texts: list[str], i: int, removed: set[int]) -> int:
    """The last body line before the page top ``i``: past the running lines removed and past the
    page's footnotes under their rule ("________")."""
    p = i - 1
    while p >= 0 and p in removed:
        p -= 1
    for r in range(p, max(-1, p - NOTE_AREA), -1):
        if r in removed and is_rule(texts[r]):
            p = r - 1
            while p >= 0 and p in removed:
                p -= 1
            break
    return p
