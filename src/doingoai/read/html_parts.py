"""Parts of an article trafilatura gets wrong: the lead it often drops (:func:`lead_of`), the
pull-quote it keeps (:func:`drop_pull_quotes`) and the page's time stamp it keeps as a paragraph
(:func:`drop_time_stamps`); read by :func:`doingoai.read.html.read_page`.

Pull-quotes: a sentence of the article set again, large, between its paragraphs (``<blockquote
class="pullquote">``, ``<aside class="pull-quote">``). trafilatura keeps it as a line of the main
text, where it repeats a sentence and, with no full stop, runs into the paragraph after it. It is left
out when its element's class says so ("pull", "callout") or when its text stands again inside another
line of the article; a quotation of another source (a ``<blockquote>`` said once) stays.
"""

from __future__ import annotations

import re

from doingoai.read.html import MIN_WORDS as _LINE_WORDS
from doingoai.read.html import _inner_text, _norm

MIN_PULL_WORDS = 4  # words of a repeated pull-quote (a short phrase may well occur twice)
_QUOTE_BOX = re.compile(r"<(blockquote|aside)\b([^>]*)>(.*?)</\1\s*>", re.I | re.S)
# "pullquote", "pull-quote", "callout"; not Bootstrap's "pull-left" / "pull-right" (a real quotation floated)
_PULL_CLASS = re.compile(r"\bclass\s*=\s*[\"'](?:[^\"']*[\s\"'])?(?:pull-?quote|callout)", re.I)
_QUOTES = "“”\"'‘’«»"


def drop_pull_quotes(html: str, lines: list[str]) -> list[str]:
    """``lines`` (the main text's lines) without the pull-quotes the page sets."""
    if "<blockquote" not in html and "<aside" not in html and "<BLOCKQUOTE" not in html:
        return lines  # (the common case)
    pulled: set[str] = set()
    for m in _QUOTE_BOX.finditer(html):
        text = _norm(_inner_text(m.group(3)).strip(_QUOTES + " "))
        if not text:
            continue
        if _PULL_CLASS.search(m.group(2)) or len(text.split()) >= MIN_PULL_WORDS and _said_again(text, lines):
            pulled.add(text)
    if not pulled:
        return lines
    return [ln for ln in lines if _norm(ln).strip(_QUOTES + " ") not in pulled]


def _said_again(text: str, lines: list[str]) -> bool:
    """``text`` stands inside a longer line of the article (the sentence the pull-quote repeats)."""
    return any(len(ln) > len(text) + 2 and text in _norm(ln) for ln in lines)


# The lead ("sapo" in Vietnamese newsrooms: <div class="detail-sapo">, <p class="sapo">, <h2
# class="description">) is the article's first paragraph, styled apart; trafilatura often drops it.
_LEAD = re.compile(
    r"<(div|p|h2|span|section)\b[^>]*\bclass\s*=\s*[\"'][^\"']*?\b(?:[\w-]*sapo|lead|chapeau|description|summary|dek|deck|standfirst|teaser)"
    r"\b[^\"']*[\"'][^>]*>(.*?)</\1\s*>",
    re.I | re.S,
)


def lead_of(html: str, lines: list[str]) -> str | None:
    """The page's lead paragraph when the extracted text lacks it (None otherwise)."""
    kept = _norm(" ".join(lines))
    for m in _LEAD.finditer(html):  # the first lead-classed element long enough is the page's own lead;
        text = _inner_text(m.group(2))  # later ones are related articles' summaries ("teaser", "summary")
        if len(text.split()) >= 2 * _LINE_WORDS:
            return None if _norm(text) in kept else text
    return None


# A subhead trafilatura's fallback extractor drops (it keeps a page's <p>s only, when the page's main
# container has no class it knows): an <h2>–<h6> standing between two kept lines is put back there.
_SUBHEAD = re.compile(r"<h([2-6])\b[^>]*>(.*?)</h\1\s*>", re.I | re.S)
_ANY_SUBHEAD = re.compile(r"<h[2-6]\b", re.I)
_TAG = re.compile(r"<[^>]*>")
MAX_SUBHEAD = 160  # characters (as html_markup.MAX_HEADING)
_ANCHOR_WORDS = 4
MAX_STOP_WORDS = 10  # words of a subhead ending in a full stop (as html_markup's)


def restore_subheads(html: str, lines: list[str]) -> tuple[list[str], dict[str, int]]:
    """(``lines`` with the page's dropped subheads put back in place, {normalised subhead: tag rank})."""
    if len(lines) < 2 or _ANY_SUBHEAD.search(html) is None:
        return lines, {}
    kept = {_norm(ln) for ln in lines}
    heads = []
    for m in _SUBHEAD.finditer(html):
        text = _inner_text(m.group(2))
        if not text or len(text) > MAX_SUBHEAD or _norm(text) in kept or _LEAD.match(html, m.start()):
            continue  # (a lead set as a heading, <h2 class="sapo">, is the reader's lead_of)
        if text[-1] not in ".!…" or len(text.split()) <= MAX_STOP_WORDS:
            heads.append((m.start(), text, int(m.group(1))))
    if not heads:
        return lines, {}
    bare = _TAG.sub(lambda t: " " * len(t.group()), html)  # (tags blanked: offsets kept)
    anchors = [_anchor(bare, ln) for ln in lines]
    before: dict[int, list[str]] = {}
    ranks: dict[str, int] = {}
    for pos, text, rank in heads:
        k = next(
            (
                k
                for k in range(1, len(lines))
                if anchors[k - 1] is not None and anchors[k] is not None and anchors[k - 1] < pos < anchors[k]
            ),
            None,
        )
        if k is None:
            continue  # above the article's first line or below its last (a sidebar's "Tin liên quan")
        before.setdefault(k, []).append(text)
        ranks[_norm(text)] = rank
    if not before:
        return lines, {}
    return [x for k, ln in enumerate(lines) for x in (*before.get(k, ()), ln)], ranks


def _anchor(bare: str, line: str) -> int | None:
    """Where the line's first words stand in the page (tags blanked), None when not found."""
    words = line.split()[:_ANCHOR_WORDS]
    if not words:
        return None
    m = re.search(r"\s+".join(map(re.escape, words)), bare)
    return m.start() if m else None


# A page's time stamp ("Cập nhật lúc 21:05 ngày 03/09/2016", "Thứ Sáu, 08/03/2024, 06:30 (GMT+7)",
# "18/11/2009 | 21:15"): page furniture, not a paragraph of the article. A line is one when it holds a
# date and a clock time and nothing else but a label, a weekday, a time zone and separators.
_STAMP_LABEL = re.compile(
    r"(?:cập nhật|đăng|ngày đăng|đăng ngày|xuất bản|thời gian|updated|last updated|published|posted)"
    r"(?:\s+(?:lúc|vào|ngày|on|at))?\s*:?\s*",
    re.I,
)
_STAMP_DATE = re.compile(r"(?<!\d)\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d\d(?!\d)")
_STAMP_TIME = re.compile(
    r"(?<!\d)(?:[01]?\d|2[0-3])\s*[:hg]\s*[0-5]\d(?::[0-5]\d)?(?!\d)(?:\s*(?:am|pm|sa|ch)\b)?", re.I
)
_STAMP_REST = re.compile(
    r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|bẩy|2|3|4|5|6|7)|chủ\s+nhật|cn"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|\(?\s*gmt\s*[+-]\s*\d{1,2}(?::?00)?\s*\)?|\(?\s*utc\s*[+-]\s*\d{1,2}\s*\)?|ict|ngày|lúc|giờ|vào)\b"
    r"|[\s,|–—/·•()-]+",
    re.I,
)
MAX_STAMP = 80  # characters of a time stamp line


def time_stamp_date(line: str) -> str | None:
    """The date ("2016-09-03", read day first) of a line that is only a page's time stamp, else None."""
    if len(line) > MAX_STAMP or not any(c.isdigit() for c in line[:40]):
        return None
    dates = list(_STAMP_DATE.finditer(line))
    if len(dates) != 1 or _STAMP_TIME.search(_STAMP_DATE.sub(" ", line)) is None:
        return None
    rest = _STAMP_LABEL.sub(" ", line, count=1)
    rest = _STAMP_REST.sub("", _STAMP_TIME.sub(" ", _STAMP_DATE.sub(" ", rest)))
    if rest:
        return None
    day, month, year = map(int, re.findall(r"\d+", dates[0].group()))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    return f"{year}-{month:02d}-{day:02d}"


def drop_time_stamps(lines: list[str]) -> tuple[list[str], str | None]:
    """(``lines`` without the page's time stamp lines, the first one's date or None)."""
    dates = [time_stamp_date(ln) for ln in lines]
    if not any(dates):
        return lines, None
    return [ln for ln, d in zip(lines, dates, strict=True) if not d], next(d for d in dates if d)


MAX_ABOVE_HEADLINE = 3  # lines above the headline: a kicker, a category, a date line


def headline_at(lines: list[str], title: str) -> int | None:
    """Where the page's headline (the title again) stands among its first lines, None when it does not."""
    want = _norm(title)
    return next(
        (k for k in range(1, min(len(lines), MAX_ABOVE_HEADLINE + 1)) if _norm(lines[k]) == want), None
    )


def row_spans(lines: list[str], rows: set[str]) -> list[list[int]]:
    """``[start, end]`` in the text (lines parted by a blank line) of the lines that are a table's rows."""
    spans, pos = [], 0
    for ln in lines:
        if ln in rows:  # (a row opening on empty cells: marked from its first filled cell, as read/docx.py)
            spans.append([pos + len(ln) - len(ln.lstrip("\t")), pos + len(ln)])
        pos += len(ln) + 2
    return spans


# trafilatura writes a data table's rows as "| cell | cell |" under a "|---|---|" rule; a row becomes one line, its
# cells parted by tabs (as a Word table's, read/docx.py), and the reader hands on which lines are rows (row_spans)
_TABLE_ROW = re.compile(r"\|(.*\|.*)\|")
_TABLE_RULE = re.compile(r"\|(?:\s*:?-{3,}:?\s*\|)+")


def table_rows(lines: list[str]) -> tuple[list[str], set[str]]:
    """(``lines`` with a table's rows set as cells parted by tabs, an empty cell an empty field between two,
    empty rows and the rule under the header left out; the rows so set)."""
    rows = {}
    for ln in lines:
        m = _TABLE_ROW.fullmatch(ln) if ln[0] == "|" and not _TABLE_RULE.fullmatch(ln) else None
        if m is not None:
            cells = [x.strip().replace("\t", " ") for x in m.group(1).split("|")]
            while cells and not cells[-1]:
                cells.pop()  # (an empty cell keeps its place between tabs, none is kept at the row's end)
            rows[ln] = "\t".join(cells) if any(cells) else ""
    if not rows:
        return lines, set()
    kept = [x for x in (rows.get(ln, ln) for ln in lines if not _TABLE_RULE.fullmatch(ln)) if x]
    return kept, {r for r in rows.values() if r}
