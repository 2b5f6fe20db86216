"""Running headers, footers and page numbers: found so layout repair can drop them.

A line is dropped when it is
* a page number ("26", "- 26 -", "Trang 26", "26/40") next to a page break, or anywhere when the
  document has several of them;
* a journal/issue line ("26 Tập 31 số 10 kì 3 (tháng 10/2025)", "Vol. 5, No. 2", "ISSN ..."), also
  one standing once right at a page break with the journal's name before its issue and year
  ("Châu Âu và Thế giới, số 7 (2023)");
* repeated: the same line (a number at either end ignored), short, not ending like a sentence, and
  next to a page break, or upper case and cutting a sentence in two somewhere;
* a page number glued to a header ("27TÂM LÝ - GIÁO DỤC"): the rest is a repeated header, or a
  prefix or suffix of one;
* the rule ("____________________") that sets a page's footnotes apart: a line of underscores or
  long dashes alone, a note ("1 Tác giả cảm ơn ...", "* ...") right after it and a page break a few
  lines below, or nothing but notes down to the document's end (endnotes).
Page breaks are form feeds (PDF text layers) or runs of two or more blank lines (text extracted from
a PDF). Body text is never dropped: a body line does not repeat, nor look like these.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import compress

from doingoai.structure import chronology
from doingoai.structure.footnote_rules import note_rules
from doingoai.structure.header_shapes import (
    EDGE,
    PAGE_AT_END,
    PAGE_NUM,
    ZONE,
    cuts_sentence,
    dashed_page,
    digit_at_end,
    glued,
    has_journal_hint,
    header_like,
    is_journal_line,
    issue_header,
    page_free,
)
from doingoai.structure.headings import heading_rank
from doingoai.structure.lines import Lines, year_goes_on
from doingoai.structure.page_edges import lone_page_heads, page_edges, shaped_lines, spaced_page_lines
from doingoai.structure.social import chrome_lines, page_name_lines

# the state's name an official act's head sets beside its issuer ("QUỐC HỘI   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
# NAM"): repeated over each act of a database's page, never a running header
_STATE_NAME = re.compile(
    r"CỘNG[ -]H(?:ÒA|OÀ) XÃ[ -]HỘI CHỦ[ -]NGHĨA VIỆT[ -]NAM|VIỆT[ -]NAM DÂN[ -]CHỦ CỘNG[ -]H(?:ÒA|OÀ)"
)

_ACT_NAME = re.compile(r"(?:QUYẾT ĐỊNH|NGHỊ QUYẾT|NGHỊ ĐỊNH|LỆNH|THÔNG TƯ|CHỈ THỊ|BÁO CÁO|CÔNG ĐIỆN)")


def find_running_lines(lines: Lines, double_spaced: bool = False) -> list[int]:
    """Indices of the lines that are running headers, footers or page numbers."""
    texts = lines.texts
    n = len(texts)
    if n < 3:
        return []
    zone = _zones(lines, 3 if double_spaced else 2)
    # only lines with a digit (or a dash, a bracket) at an end can hold a page number or an issue
    edge = [i for i, t in enumerate(texts) if t[0].isdigit() or t[-1] in EDGE]
    counts = Counter(texts)
    repeated = {k for k, c in counts.items() if c > 1 and header_like(k)} if len(counts) < n else set()
    keys = {i: page_free(texts[i]) for i in edge}  # compared with the page number ignored
    key_counts = Counter(keys.values())
    edge_repeated = {k for k, c in key_counts.items() if c > 1 and header_like(k)}
    removed: set[int] = set()
    page_numbers = [
        i
        for i in edge
        if len(texts[i]) <= 16
        and PAGE_NUM.match(texts[i])
        and not _year_going_on(lines, i)
        and not _year_heading(lines, i)
    ]
    for i in page_numbers:
        if i in zone or len(page_numbers) >= 2 or i == 0 or i >= n - 2 or dashed_page(texts[i]):
            removed.add(i)  # (the last page's foot; "- 2 -" of a typed page, round 160)
    if repeated or edge_repeated:
        places: dict[str, list[int]] = {}
        for i in compress(range(n), map(repeated.__contains__, texts)) if repeated else ():
            if i not in keys:
                places.setdefault(texts[i], []).append(i)
        for i in edge:
            if keys[i] in edge_repeated:
                places.setdefault(keys[i], []).append(i)
        for idxs in places.values():
            t = texts[idxs[0]]
            if heading_rank(t) is not None or t[0].islower():
                continue  # a numbered heading, or a wrapped line of body text
            if t.isupper() and (_STATE_NAME.search(t) is not None or _ACT_NAME.fullmatch(t) is not None):
                continue  # an act's head (its issuer beside the state's name, its name) over each act of a page
            # next to every page break it occurs at, or upper case and next to one or cutting a
            # sentence in two: a running header (a line of body text may repeat, once near a break)
            near = sum(i in zone for i in idxs)
            if near == len(idxs) or t.isupper() and (near or any(cuts_sentence(texts, i) for i in idxs)):
                removed.update(idxs)
    # an issue line with its page number, or next to a page break (a reference to an article in
    # a list of works cited has the marks too, but neither)
    removed.update(
        i
        for i in edge
        if is_journal_line(texts[i])  # (the cheaper test first)
        and (i in zone or digit_at_end(texts[i]) and PAGE_AT_END.search(texts[i]))
    )
    removed.update(note_rules(lines, edge))
    if lines.holds("Thích"):  # a post copied from a social network's page: its chrome (round 160)
        chrome = chrome_lines(texts, lines.text)
        if chrome:
            removed.update(chrome)
            removed.difference_update(page_name_lines(texts))  # the page's name over each post (round 167)
    if zone:
        removed.update(shaped_lines(lines, zone, removed))
        removed.update(spaced_page_lines(texts, zone, removed))
    if zone or removed:
        removed.update(i for i in page_edges(lines, page_numbers, removed) if issue_header(texts[i]))
    if removed and True in lines.page:
        removed.update(lone_page_heads(lines, removed))
    if removed:
        heads = {keys.get(i, texts[i]) for i in removed}
        # what a glued line must hold (so most lines skip the regular expressions): two characters of
        # a head (its 2nd-3rd or 3rd-2nd last: the part of a head a glued line keeps), or a hint of
        # an issue line
        bits = {b for h in heads if len(h) >= 4 for b in (h[1:3], h[-3:-1])}
        removed.update(
            [
                i
                for i in edge
                if i not in removed
                and digit_at_end(texts[i])
                and (any(map(texts[i].__contains__, bits)) or has_journal_hint(texts[i]))
                and glued(texts[i], heads)
            ]
        )
    return sorted(removed)


def _zones(lines: Lines, min_blanks: int) -> set[int]:
    n = len(lines.texts)
    zone: set[int] = set()
    for i in lines.breaks(min_blanks):
        if i:
            zone.update(range(max(0, i - ZONE), min(n, i + ZONE)))
    if zone:  # the document has pages: its start and end are a page's top and foot
        zone.update(range(min(n, ZONE)))
        zone.update(range(max(0, n - ZONE), n))
    return zone


def _year_heading(lines: Lines, i: int) -> bool:
    """A year alone over a chronology's entry dated in that year, no blank line between ("1960" /
    "- 02/12/1960: …"): the year's heading, no page number."""
    texts = lines.texts
    t = texts[i]
    if len(t) != 4 or not t.isdigit() or i + 1 >= len(texts):
        return False
    return not lines.blanks[i + 1] and not lines.page[i + 1] and chronology.year_over_entry(t, texts[i + 1])


def _year_going_on(lines: Lines, i: int) -> bool:
    """A year alone under a line calling for it, no blank line between: the line goes on, no page number."""
    return (
        0 < i
        and not lines.blanks[i]
        and not lines.page[i]
        and year_goes_on(lines.texts[i - 1], lines.texts[i])
    )
