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
from bisect import bisect_right
from collections import Counter
from itertools import compress, islice

from doingoai.structure.headings import heading_rank
from doingoai.structure.lines import Lines, ends_sentence
from doingoai.structure.notemarks import has_mark

ZONE = 3  # lines after / before a page break that may be headers or footers
MAX_LEN = 120

_PAGE_NUM = re.compile(
    r"(?i)^(?:[-–—]\s*)?(?:(?:trang|page|tr\.)\s*)?\d{1,4}(?:\s*(?:/|of|trên)\s*\d{1,4})?(?:\s*[-–—])?$"
)
_JOURNAL = re.compile(r"(?i)[tskvniq](?<![^\W_][tskvniq])(?:ập|ố|ì|ỳ|ol\.?|olume|o\.?|ssue|uyển)\s*\d+")
_ISSN = re.compile(r"\bISSN\b")
_GLUED_HEAD = re.compile(r"^(\d{1,4})\s*(\D.{3,})$")
_GLUED_TAIL = re.compile(r"^(.{3,}\D)\s*(\d{1,4})$")
_DIGIT_CHARS = "0123456789"
_EDGE = ")]0123456789-–—_"
_PAGE_AT_END = re.compile(r"^\d{1,3}(?!\d)(?![/.,-]\d)|(?<![\d/.,-])\d{1,3}$")
_JOURNAL_HINTS = ("tập", "số", "kì", "kỳ", "vol", "no", "issue", "quyển", "issn")
_PAGE_AND_DATE = re.compile(
    r"^\d{1,4}\s.*\((?:tháng\s*)?\d{1,2}[/-]\d{4}\)$|^.*\((?:tháng\s*)?\d{1,2}[/-]\d{4}\)\s*\d{1,4}$"
)
_SENTENCE_END = ".,;:!?"


def find_running_lines(lines: Lines, double_spaced: bool = False) -> list[int]:
    """Indices of the lines that are running headers, footers or page numbers."""
    texts = lines.texts
    n = len(texts)
    if n < 3:
        return []
    zone = _zones(lines, 3 if double_spaced else 2)
    # only lines with a digit (or a dash, a bracket) at an end can hold a page number or an issue
    edge = [i for i, t in enumerate(texts) if t[0].isdigit() or t[-1] in _EDGE]
    counts = Counter(texts)
    repeated = {k for k, c in counts.items() if c > 1 and _header_like(k)} if len(counts) < n else set()
    keys = {i: _page_free(texts[i]) for i in edge}  # compared with the page number ignored
    key_counts = Counter(keys.values())
    edge_repeated = {k for k, c in key_counts.items() if c > 1 and _header_like(k)}
    removed: set[int] = set()
    page_numbers = [i for i in edge if len(texts[i]) <= 16 and _PAGE_NUM.match(texts[i])]
    for i in page_numbers:
        if i in zone or len(page_numbers) >= 2 or i == 0 or i >= n - 2:  # (the last page's foot)
            removed.add(i)
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
            # next to every page break it occurs at, or upper case and next to one or cutting a
            # sentence in two: a running header (a line of body text may repeat, once near a break)
            near = sum(i in zone for i in idxs)
            if near == len(idxs) or t.isupper() and (near or any(_cuts_sentence(texts, i) for i in idxs)):
                removed.update(idxs)
    # an issue line with its page number, or next to a page break (a reference to an article in
    # a list of works cited has the marks too, but neither)
    removed.update(
        i
        for i in edge
        if _is_journal_line(texts[i])  # (the cheaper test first)
        and (i in zone or _digit_at_end(texts[i]) and _PAGE_AT_END.search(texts[i]))
    )
    removed.update(note_rules(lines, edge))
    if zone:
        removed.update(_shaped_lines(lines, zone, removed))
        removed.update(_spaced_page_lines(texts, zone, removed))
    if zone or removed:
        removed.update(i for i in _page_edges(lines, page_numbers, removed) if _issue_header(texts[i]))
    if removed and True in lines.page:
        removed.update(_lone_page_heads(lines, removed))
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
                and _digit_at_end(texts[i])
                and (any(map(texts[i].__contains__, bits)) or _has_journal_hint(texts[i]))
                and _glued(texts[i], heads)
            ]
        )
    return sorted(removed)


_RULE_LINE = re.compile(r"_{5,}|—{5,}")
NOTE_AREA = 8  # lines between a footnote rule and the page break below it, at most
_NOTE_START = re.compile(r"^(?:\d{1,3}\.?\s*[^\W\d_]|[*†‡¹²³⁴⁵⁶⁷⁸⁹]|\(\d{1,3}\)|\[\d{1,3}\])")


def is_rule(t: str) -> bool:
    """A line of underscores or long dashes alone (a footnote rule)."""
    return _RULE_LINE.fullmatch(t) is not None


def is_note_start(t: str) -> bool:
    """``t`` opens a note: its number or mark first ("1 Tác giả ...", "2. Xem ...", "* Viện ...")."""
    return _NOTE_START.match(t) is not None


def note_rules(lines: Lines, edge: list[int]) -> list[int]:
    """Footnote rules: a rule line followed by a note, with a page break at most ``NOTE_AREA`` lines
    below, or only notes down to the end. Looked for among the lines ``edge`` (those ending in a
    digit, a bracket or a dash or underscore)."""
    texts = lines.texts
    n = len(texts)
    out: list[int] = []
    breaks: list[int] | None = None
    for k in edge:
        t = texts[k]
        if t[-1] not in "_—" or k >= n - 1 or not is_rule(t) or not is_note_start(texts[k + 1]):
            continue
        if breaks is None:
            breaks = lines.breaks(2)
        b = bisect_right(breaks, k)
        if b < len(breaks) and breaks[b] - k <= NOTE_AREA or b == len(breaks) and _end_notes(texts, k):
            out.append(k)
    return out


MAX_END_NOTES = 120  # lines of notes gathered at the end of a document (a Word export's endnotes)


def _end_notes(texts: list[str], k: int) -> bool:
    """The lines after the rule ``k`` are the document's endnotes: notes down to the end, and when the
    first one opens with a plain number ("1. ...", "1 ..."), its mark glued in the body above (not a
    numbered list set after a rule)."""
    first = texts[k + 1]
    return _notes_to_end(texts, k + 1) and (not first[0].isdigit() or has_mark(texts, k, first))


def _notes_to_end(texts: list[str], k: int) -> bool:
    """Lines ``k`` to the end are notes: each opens one ("[2] ...") or goes on with the one before
    (which does not end a sentence, or the line starts in lower case)."""
    if len(texts) - k > MAX_END_NOTES:
        return False
    prev = ""
    for t in texts[k:]:
        if not (is_note_start(t) or t[0].islower() or prev and not ends_sentence(prev)):
            return False
        prev = t
    return True


def _shaped_lines(lines: Lines, zone: set[int], removed: set[int]) -> set[int]:
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
        if _digit_at_end(t) and _glued_caps(t):
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


_WIDE_GAP = re.compile(r"\s{3,}")
_YEAR = re.compile(r"(?:19|20)\d\d")


def _spaced_title(t: str) -> str | None:
    """A page number and a running title set apart by a wide gap ("Tạp chí …, số 4 (31), 2019      86",
    "87          Trần Hải Yến – Quan hệ Việt Nam"): the title, else None."""
    if not (t[0].isdigit() or t[-1].isdigit()) or len(t) > MAX_LEN or "   " not in t:
        return None
    parts = _WIDE_GAP.split(t)
    if len(parts) != 2:
        return None
    a, b = parts
    num, title = (a, b) if a.isdigit() else (b, a) if b.isdigit() else ("", "")
    if not num or len(num) > 4 or _YEAR.fullmatch(num) or not _header_like(title):
        return None
    return title


def _spaced_page_lines(texts: list[str], zone: set[int], removed: set[int]) -> set[int]:
    """Lines next to a page break holding a page number and a running title apart, and the same title
    standing alone next to another break (the last page's foot)."""
    found = {
        i: t
        for i in zone
        if "   " in texts[i] and i not in removed and (t := _spaced_title(texts[i])) is not None
    }
    if not found:
        return set()
    titles = set(found.values())
    return set(found) | {i for i in zone if i not in removed and texts[i] in titles}


def _page_edges(lines: Lines, page_numbers: list[int], removed: set[int]) -> set[int]:
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


# an issue mark with a short number ("số 7", "Vol. 5"; not "nhiệm kỳ 2020"), then a year ending the line
_ISSUE_THEN_YEAR = re.compile(
    r"(?i)(?<![^\W_])(?:số|tập|kỳ|kì|vol\.?|volume|no\.?|issue|quyển)\s*\d{1,3}(?!\d)"
    r"(?:[^\d]|\d{1,3}(?!\d)){0,20}?(?<!\d)(?:19|20)\d{2}\)?$"
)


def _issue_header(t: str) -> bool:
    """A journal's running line: its name, then an issue mark and the year ending the line, short
    ("Châu Âu và Thế giới, số 7 (2023)", "Tạp chí Cộng sản, số 950 (10/2020)", "Asian Affairs,
    Vol. 5, No. 2, 2019"), a page number allowed in front."""
    if len(t) > 80 or t[-1] not in ")0123456789" or not _has_journal_hint(t):
        return False
    body = t.lstrip(_DIGIT_CHARS + " ")  # (a page number in front)
    if not body or not body[0].isupper() or heading_rank(body) is not None:
        return False
    m = _ISSUE_THEN_YEAR.search(body)
    if m is None:
        return False
    name = body[: m.start()].rstrip(" ,")
    # the journal's name before it, not a document's number ("Nghị quyết số 22 năm 2013")
    return len(name.split()) >= 2 and _DOCUMENT_KIND.search(name) is None


_DOCUMENT_KIND = re.compile(
    r"(?i)(?:nghị quyết|chỉ thị|quyết định|nghị định|thông tư|luật|hiệp định|công văn|kết luận|"
    r"thông báo|báo cáo|quy định|công điện|tờ trình|kế hoạch|hiệp ước|công ước|nghị định thư)$"
)


_GLUED_CAPS = re.compile(r"^\d{1,4}([^\W\d_].{3,})$|^(.{3,}[^\W\d_])\d{1,4}$")


def _glued_caps(t: str) -> bool:
    """A page number glued to upper-case words, with no space: "45NGHIÊN CỨU QUỐC TẾ"."""
    m = _GLUED_CAPS.match(t)
    return m is not None and _header_like(m.group(1) or m.group(2))


def _cuts_sentence(texts: list[str], i: int) -> bool:
    """The line stands between two parts of one sentence (the line before does not end it)."""
    if not 0 < i < len(texts) - 1:
        return False
    before = texts[i - 1]
    return not ends_sentence(before) and not before.isupper() and heading_rank(before) is None


def _lone_page_heads(lines: Lines, removed: set[int]) -> list[int]:
    """Lines heading a page once ("Vịnh Bắc Bộ và biên giới …" over an even page, the journal's name
    over the odd ones) in a document whose pages carry running headers already found: the first line
    after a form feed, short, not a heading nor ending like a sentence, a blank line under it, and
    cutting a sentence in two (the body line before the page break goes on after it). A heading
    never stands inside a sentence."""
    texts = lines.texts
    n = len(texts)
    tops = [i for i in compress(range(n), lines.page) if i not in removed]
    if len(tops) == lines.page.count(True):
        return []  # no page starts with a running header: the document has none at its tops
    got = []
    for i in tops:
        t = texts[i]
        if i + 1 >= n or not lines.blanks[i + 1] or len(t) > MAX_LEN or t[-1] in _SENTENCE_END:
            continue
        if not t[0].isupper() or heading_rank(t) is not None:
            continue
        p = i - 1
        while p >= 0 and p in removed:
            p -= 1
        if p >= 0 and _cuts_sentence(texts, p + 1) and not texts[i + 1][0].isdigit():
            got.append(i)
    return got


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


_PIPED_PAGE = re.compile(r"^\d{1,4}\s*[|·•]\s*(?=\S)|(?<=\S)\s*[|·•]\s*\d{1,4}$")


def _page_free(t: str) -> str:
    """``t`` with a number at either end replaced by "#" (where page numbers stand); a page number set off by
    a bar, at the left on even pages and at the right on odd ones ("24 | TẠP CHÍ X | Số 12",
    "TẠP CHÍ X | Số 12 | 23"), gives one key for both."""
    m = _PIPED_PAGE.search(t)
    if m is not None:
        return "#|" + (t[m.end() :] if m.start() == 0 else t[: m.start()])
    if t[0].isdigit():
        t = "#" + t.lstrip(_DIGIT_CHARS)
    if t[-1].isdigit():
        t = t.rstrip(_DIGIT_CHARS) + "#"
    return t


def _header_like(key: str) -> bool:
    if len(key) < 4 or len(key) > MAX_LEN or key[-1] in _SENTENCE_END:
        return False
    return len(list(islice(filter(str.isalpha, key[:40]), 3))) == 3  # 3 letters in the first 40 characters


def _has_journal_hint(t: str) -> bool:
    return any(map(t.lower().__contains__, _JOURNAL_HINTS))


def _is_journal_line(t: str) -> bool:
    if len(t) > MAX_LEN:
        return False
    if not _has_journal_hint(t):
        return False  # (a cheap test before the regular expressions)
    if _ISSN.search(t):
        return True
    marks = len(_JOURNAL.findall(t))
    if marks >= 2:
        return True
    # "14 Số 4 (tháng 4/2024)": a page number, one volume/issue mark and the issue date
    return marks == 1 and len(t) <= 60 and _PAGE_AND_DATE.match(t) is not None


def _digit_at_end(t: str) -> bool:
    return t[0].isdigit() or t[-1].isdigit()


def _glued(t: str, heads: set[str]) -> bool:
    if not _digit_at_end(t):
        return False  # (a cheap test before the regular expressions: they need a digit at an end)
    m = _GLUED_HEAD.match(t) or _GLUED_TAIL.match(t)
    if m is None:
        return False
    rest = _page_free((m.group(2) if m.re is _GLUED_HEAD else m.group(1)).strip())
    if len(rest) < 4:
        return False
    if _is_journal_line(rest):
        return True
    return any(h == rest or h.endswith(rest) or h.startswith(rest) for h in heads if len(h) >= len(rest))
