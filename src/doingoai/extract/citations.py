"""In-text author-date citations, their aliases and quotations; cited works; CSL-JSON.

``find_citations(doc)`` reads parentheses such as "(Đảng Cộng sản Việt Nam [ĐCSVN], 1977, tr. 145)",
"(ĐCSVN, 1982; Bộ Ngoại giao, 2015)", "(Smith et al., 2015a, pp. 3-5)", "(Hồ Chí Minh, 2011, t. 3, tr. 5)"
into :class:`~doingoai.model.Citation` records (one parenthesis' content is read by
:func:`~doingoai.extract.cite_parse.parse_parenthesis`). A parenthesis is a citation only when it holds an
author (starting with a capital, no digits, not a date word) followed by a year ("2015", "2015a") or
"n.d."/"không năm": "(1977)", "(SEV)", "(192/193)", "(Nguồn: BTGTW)" are not.

Narrative citations ("Theo Lã Minh Trí (2018), ...", "Hoàng Thị Mai (2004), tr. 58-60") are read by
:mod:`doingoai.extract.cite_narrative`; in a footnote or endnote (:mod:`doingoai.extract.cite_notes`) the
reference form "Nguyễn Văn Bình (2001), Nhan đề, Nxb..., tr. 34." is a citation with the pages at its end.
A group of authors is named by its first author(s): "(Đặng Hữu Thành và cộng sự, 2019)" has the author
"Đặng Hữu Thành" (the span keeps "và cộng sự"; :func:`cited_works` tells the group from the person).

Abbreviations defined in the document — "Đảng Cộng sản Việt Nam [ĐCSVN]" in a citation or
"chủ nghĩa xã hội (CNXH)" in the text (see :mod:`doingoai.extract.cite_aliases`) — are collected first, kept
in ``doc.meta["aliases"]`` and used to resolve short authors anywhere in the document.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from typing import Final

from doingoai.extract.cite_aliases import KNOWN, text_aliases
from doingoai.extract.cite_narrative import YEAR_ONLY, author_before
from doingoai.extract.cite_notes import note_ends, note_pages, note_reference
from doingoai.extract.cite_numeric import numeric_citations
from doingoai.extract.cite_parse import (
    NUM,
    Parsed,
    locators,
    one_spaced,
    parse_parenthesis,
    strip_etal,
    year_of,
)
from doingoai.extract.cite_works import cited_works, csl_json, reference_spans
from doingoai.extract.quotes import QuoteIndex
from doingoai.model import Citation, Document

_PAREN: Final = re.compile(r"\(([^()]{4,500})\)")


def _in_reference_list(doc: Document) -> Callable[[int], bool]:
    """Reference lists: their "(1982)" and "(Hà Nội, 2002)" are entries, not in-text citations."""
    spans = sorted(reference_spans(doc))
    starts = [s for s, _ in spans]

    def inside(pos: int) -> bool:
        k = bisect_right(starts, pos) - 1
        return k >= 0 and pos < spans[k][1]

    return inside


def scan(doc: Document) -> list[Parsed]:
    """Every citation in the text, in reading order, aliases not yet resolved."""
    text = doc.text
    excluded = _in_reference_list(doc)
    note_end = note_ends(doc)
    if "[" in text and (refs := reference_spans(doc)):
        numeric = numeric_citations(text, min(s for s, _ in refs))
        if numeric:  # "[12]", "[15, tr. 45]": a numbered list's entries, in reading order with the rest
            return sorted(_author_date(doc, excluded, note_end) + numeric, key=lambda p: p.start)
    return _author_date(doc, excluded, note_end)


def _author_date(
    doc: Document, excluded: Callable[[int], bool], note_end: Callable[[int], int | None]
) -> list[Parsed]:
    """The author-date citations in parentheses (and the narrative ones they anchor)."""
    text = doc.text
    out: list[Parsed] = []
    for m in _PAREN.finditer(text):
        inner = m.group(1)
        if "\n\n" in inner or excluded(m.start()):
            continue
        found = parse_parenthesis(inner, m.start(1))
        if not found and (y := YEAR_ONLY.match(inner)) is not None:
            found = _narrative(text, m, y, note_end(m.start()))
        if not found and out and (same := _SAME_WORK.match(inner)) is not None:
            found = [_same_work(out[-1], m, same)]
        out.extend(found)
    return out


# "(Sđd, tr. 12)", "(Tlđd, tr. 5)", "(Ibid., p. 7)": the work cited just before ("sách / tài liệu đã dẫn")
_SAME_WORK: Final = re.compile(
    r"\s*(?:sđd|tlđd|ibid|như trên)\.?\s*(?:[,:]\s*(?P<rest>[^()]*))?$", re.IGNORECASE
)


def _same_work(before: Parsed, m: re.Match[str], same: re.Match[str]) -> Parsed:
    volume, pages = locators(" ".join((same.group("rest") or "").split()))
    return Parsed(m.start(1), m.end(1), before.author, None, before.year, before.suffix, volume, pages)


def _narrative(text: str, m: re.Match[str], y: re.Match[str], note: int | None) -> list[Parsed]:
    """ "Trần Thị Lan (2021, tr. 118)": the author written before a parenthesis holding a year and locators.

    The pages may follow the parenthesis: "Hoàng Thị Mai (2004), tr. 58-60" (the span then takes them in).
    In a note (``note`` is where it ends) "Nguyễn Văn Bình (2001), Nhan đề, Nxb..., tr. 34." is a reference
    in the note style: the year followed by the title (or the note's end) is evidence enough, and the
    pages are the first locator after the title, before the next reference of the note."""
    rest = m.group(1)[y.end() :]
    volume, pages = locators(rest)
    if rest.strip(" ,;:.") and volume is None and pages is None:
        return []  # "(1975–1985)", "(2019 đến nay)": not a year and locators
    end, evidence = m.end(), pages is not None
    if not rest.strip(" ,;:.") and (after := _PAGES_AFTER.match(text, end)) is not None:
        volume, pages = after.group("v") or volume, one_spaced(after.group("p"))
        end, evidence = after.end(), True
    elif note is not None and note_reference(text, end, note):
        evidence = True
        if pages is None:
            pages = note_pages(text, end, note)
    who = author_before(text, m.start(), evidence)
    if who is None:
        return []
    year, suffix = year_of(y)
    in_note = note is not None
    return [Parsed(who[0], end, who[1], None, year, suffix, volume, pages, narrative=True, note=in_note)]


# pages right after a narrative citation's parenthesis: "Mai (2004), tr. 58-60", "(2011), t. 3, tr. 5"
_PAGES_AFTER: Final = re.compile(
    r",\s*(?:(?:t|tập|vol)\.?\s*(?P<v>\d+|[IVXLC]+)\s*,\s*)?(?:tr|trang|pp?)\.?\s*(?P<p>"
    + NUM
    + r"(?:\s*,\s*"
    + NUM
    + r")*)(?![\w/])",
    re.I,
)


def resolve(author: str, aliases: dict[str, str]) -> str:
    """The full name for ``author`` (an abbreviation defined in the document, or a well-known one).

    A group of authors is named by its first author(s): "et al." / "và cộng sự" / "và nnk" are no part of a
    name ("Trịnh Văn Khôi và cộng sự" -> "Trịnh Văn Khôi"); the citation's span still shows them."""
    core = strip_etal(author).strip(" ,")
    return aliases.get(core) or KNOWN.get(core) or core or author


def find_citations(doc: Document) -> Document:
    """Fill ``doc.citations`` (with quotes) and add the document's abbreviations to ``doc.meta["aliases"]``."""
    parsed = scan(doc)
    defined = {p.abbr: p.author for p in parsed if p.abbr and p.author}
    aliases = dict(defined)
    for abbr, full in text_aliases(doc.text).items():
        aliases.setdefault(abbr, full)
    table = doc.meta.setdefault("aliases", {})
    for abbr, full in aliases.items():
        if abbr in defined:
            table[abbr] = full  # a citation's own "[ĐCSVN]" is the authority for an author
        else:
            table.setdefault(abbr, full)
    lookup = {**table, **aliases}  # this document's own definitions first
    quotes = QuoteIndex(doc.text)
    citations: list[Citation] = []
    floor, last_open, quote = 0, -1, None
    for i, p in enumerate(parsed):
        if p.narrative:  # "X (2021) cho rằng “...”": the quotation that follows in the sentence
            ceiling = parsed[i + 1].start if i + 1 < len(parsed) else len(doc.text)
            quote, last_open = quotes.after(p.end, ceiling), -1
            # (round 183) a quotation as a paragraph, its author under it after a dash: "“…”" / "— Tên (2021)"
            if quote is None and p.start > 4 and doc.text[p.start - 2] in "—–":
                quote = quotes.attributed(p.start, floor)
            if quote is not None and p.note and not doc.text[p.end : quote.start].strip(' ,.:“"«'):
                quote = None  # a note's 'Tên (2001), “Nhan đề bài báo”, Tạp chí ...': the title, no quotation
        else:
            opening = _open_paren(doc.text, p.start)
            if opening != last_open:  # citations sharing one parenthesis share its quotation
                quote, last_open = quotes.before(opening, floor), opening
        floor = p.end
        span = quote.span if quote else None
        citations.append(Citation(p.start, p.end, resolve(p.author, lookup), p.year, p.pages, span))
    doc.citations = citations
    return doc


def _open_paren(text: str, pos: int) -> int:
    """The "(" of the parenthesis a citation starting at ``pos`` sits in."""
    k = text.rfind("(", 0, pos + 1)
    return k if k >= 0 else pos


__all__ = ["Parsed", "cited_works", "csl_json", "find_citations", "parse_parenthesis", "resolve", "scan"]
