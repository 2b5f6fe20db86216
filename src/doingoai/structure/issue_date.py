"""A document's own date from the journal issue or proceedings volume it appears in.

A journal article taken from a PDF seldom has a dateline; its date is the issue, printed in a running
header or footer (which :mod:`doingoai.structure.headers` removes as page furniture) or once above the
title: "NGHIÊN CỨU ĐÔNG NAM Á | Số 1 (262) – 2022", "Tạp chí Nghiên cứu Quốc tế, Số 3 năm 2024",
"Tạp chí Cộng sản số 1.045 (tháng 9/2024)", "Kỷ yếu Hội thảo …, Cần Thơ 2022".

:func:`line_date` reads one line: an *issue line* names a publication ("Tạp chí", "Kỷ yếu", "Journal",
...) or carries an issue mark with its number ("Số 3", "Tập 31", "Vol. 5", "No. 2"), and a year. The
value is the year, or the year and month when the line says the month ("tháng 9/2024", "(10/2020)" in
brackets); an issue number over a year ("Số 3/2022") is the issue's number, not its month, and a
quarter ("Quý II/2023") is given as its year (SCHEMA.md has half-years, not quarters). Never a date:
a year in a range ("1975 – 1985", a title's "giai đoạn 2011–2020"), inside quotation marks (a
conference's or article's name), in an author-date citation ("(Bộ Ngoại giao, 2015)"), a target
("đến năm 2030"), a page ("tr. 2015"), or on a line holding a document's number ("Số: 950/2009/QĐ-CTN",
"Chỉ thị số 25-CT/TW") or ending like a sentence; nor a count of copies ("in 2000 bản"), nor a year after a reprint
("Số 950 (10/2020), tái bản 2021": the issue is of 10/2020). :func:`issue_date` takes the year most of the lines
agree on, with a month when one of them gives it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import chain, islice

from doingoai.structure.layout import Raw
from doingoai.structure.lines import ends_sentence

MAX_LINE = 160  # characters: an issue line is short
FRONT_BLOCKS = 40  # the blocks read for front matter: those around the title (a signature's are at the end)

_YEAR_TEXT = r"(?:19|20)\d\d"
# (the patterns below are matched on the lower-cased line, but for _DOC_NUMBER; most lines a document
# hands over are page numbers and running titles, which the first tests turn away)
# a publication's name: a journal, proceedings, a bulletin
# (no \b in front: a pattern opening with a literal is scanned for it far faster; the word's start is
# checked after the match, by _word_start)
_PUBLICATION = re.compile(
    r"(?:tạp\s+chí|kỷ\s+yếu|kỉ\s+yếu|bản\s+tin|journal|proceedings|review|bulletin|revue)\b"
)
# a word every publication's name or issue mark holds (one search is cheaper than a test per word)
_HINT = re.compile(r"chí|yếu|tin|journal|proceedings|review|bulletin|revue|số|tập|kỳ|kì|quyển|vol|no|issue")
# an issue mark and its number ("Số 1", "số 1.045", "Tập 31", "kì 3", "Vol. 5", "No. 2"); the number is
# not a year ("nhiệm kỳ 2020")
_MARK = re.compile(
    r"(?:số|tập|kỳ|kì|quyển|vol\.?|volume|no\.?|issue)\s*"
    rf"(?!{_YEAR_TEXT}(?!\d))\d{{1,4}}(?:\.\d{{3}})?(?!\d)"
)
# a document's number, not an issue: "Số: 950/2009/QĐ-CTN", "Chỉ thị số 25-CT/TW" (on the line as written)
_DOC_NUMBER = re.compile(r"\b(?:[Ss]ố|SỐ)\s*:|\d[-/](?:[A-ZĐ]{2,}|[A-ZĐ]+-)")
# ... or one named by its kind: "Nghị quyết số 22 năm 2013"
_DOCUMENT_KIND = frozenset(
    "nghị quyết|chỉ thị|quyết định|nghị định|thông tư|luật|hiệp định|công văn|kết luận|thông báo|báo cáo|"
    "quy định|công điện|tờ trình|kế hoạch|hiệp ước|công ước|nghị định thư|pháp lệnh|văn bản".split("|")
)
_KIND_ENDS = frozenset(kind.split()[-1] for kind in _DOCUMENT_KIND)
_ISSN = re.compile(r"\b(?:e-|p-)?issn\W*\d{4}\s*-?\s*\d{3}[\dx]")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|«[^»]*»")
_YEAR = re.compile(rf"{_YEAR_TEXT}(?![\d]|[.,]\d)")  # (not after a digit, "." or ",": checked after)
# a range around the year: "1975 – 1985", "2011-20"
_RANGE_BEFORE = re.compile(rf"{_YEAR_TEXT}\s*[–—-]\s*$")
_RANGE_AFTER = re.compile(rf"\s*[–—-]\s*(?:{_YEAR_TEXT}|\d\d)(?!\d)")
# the word a year may not follow: a page ("tr. 2015"), an issue mark (its number's place) ...
_NOT_AFTER = frozenset(("tr", "trang", "p", "pp", "số", "tập", "no", "vol"))
# ... nor a target ("đến năm 2030", "tầm nhìn 2045")
_TARGET = frozenset(("đến", "tới", "nhìn", "trước", "sau"))
# a count of copies, not a year: "in 2000 bản", "2000 cuốn", "2000 copies" (not "2020 bản tiếng Anh", an edition)
_COPIES = re.compile(r"\s*(?:bản|cuốn|copies)\b(?! (?:tiếng|điện tử|dịch|gốc|song ngữ)\b)")
# a later printing: the years after it are the reprint's, not the issue's ("tái bản 2021", "in lần thứ hai năm 2021")
_REPRINT = re.compile(
    r"\b(?:tái bản|in lại|(?:xuất bản|in) lần (?:thứ )?(?:hai|ba|bốn|tư|năm|[2-9])\b|reprint(?:ed)?\b|re-?issued\b)"
)
# the month the line gives: "tháng 9/2024", "tháng 3 năm 2024", "(10/2020)", "March 2019"
_MONTH_WORD = re.compile(rf"tháng\s*(\d{{1,2}})\s*(?:/|-|,|năm)\s*({_YEAR_TEXT})(?!\d)")
_MONTH_BRACKET = re.compile(rf"\(\s*(\d{{1,2}})\s*[/-]\s*({_YEAR_TEXT})\s*\)")
_MONTHS = "january february march april may june july august september october november december".split()
_MONTH_NAME = re.compile(rf"\b({'|'.join(_MONTHS)})\s+({_YEAR_TEXT})(?!\d)")


def _is_issue_line(low: str) -> bool:
    """A publication's name, or an issue mark with its number that is no document's number (``low``: the
    line lower-cased)."""
    if _HINT.search(low) is None:
        return False
    for m in _PUBLICATION.finditer(low):
        if _word_start(low, m.start()):
            return True
    for m in _MARK.finditer(low):
        if _word_start(low, m.start()) and not _named_document(low[: m.start()].split()[-3:]):
            return True
    return False


def _word_start(low: str, at: int) -> bool:
    return at == 0 or not low[at - 1].isalnum()


def _named_document(words: list[str]) -> bool:
    """The words before a number name a kind of document ("Nghị quyết số 22 năm 2013")."""
    if not words or words[-1] not in _KIND_ENDS:
        return False
    for k in range(len(words)):
        if " ".join(words[k:]) in _DOCUMENT_KIND:
            return True
    return False


def _citation(t: str, at: int) -> bool:
    """The year at ``at`` stands in brackets after a name and a comma: "(Bộ Ngoại giao, 2015)"."""
    open_at = t.rfind("(", 0, at)
    return open_at >= 0 and t.find(")", open_at, at) < 0 and "," in t[open_at:at]


def _year(low: str) -> str:
    """The issue's year: the last year on the line that is not in a range, a citation, a target, a page, a count
    of copies or a reprint."""
    found = ""
    reprint = _REPRINT.search(low)
    for m in _YEAR.finditer(low):
        s, e = m.span()
        if s and low[s - 1] in "0123456789.,":
            continue  # (part of a longer number)
        if reprint is not None and s > reprint.start():
            break  # "Số 950 (10/2020), tái bản 2021": the issue is the one printed first
        if _COPIES.match(low, e):
            continue  # "in 2000 bản": copies
        words = low[max(0, s - 20) : s].replace(".", " ").split()
        if words and words[-1][-1] in "–—-" and _RANGE_BEFORE.search(low, max(0, s - 12), s):
            continue  # "1975 – 1985"
        if low[e : e + 3].lstrip()[:1] in ("–", "—", "-") and _RANGE_AFTER.match(low, e):
            continue  # "2011-2020", "2011-20"
        if words and words[-1] == "năm":
            words.pop()
        if words and (words[-1] in _NOT_AFTER or words[-1] in _TARGET):
            continue
        if "(" in low and _citation(low, s):
            continue
        found = m.group()
    return found


def _month(low: str, year: str) -> str:
    """ "MM" when the line gives the issue's month in ``year``, else ""."""
    found = []
    if "tháng" in low:
        found += _MONTH_WORD.findall(low)
    if "(" in low:
        found += _MONTH_BRACKET.findall(low)
    if not found:
        found = [(str(_MONTHS.index(name) + 1), y) for name, y in _MONTH_NAME.findall(low)]
    for month, y in found:
        if y == year and 1 <= int(month) <= 12:
            return f"{int(month):02d}"
    return ""


def line_date(t: str) -> str:
    """The issue date an issue line gives ("2022", "2024-09"), else ""."""
    t = t.strip()
    if len(t) > MAX_LINE or ("19" not in t and "20" not in t):
        return ""  # (most lines: page numbers, running titles)
    low = t.lower()
    if "“" in low or '"' in low or "«" in low:
        low = _QUOTED.sub(" ", low)  # a name in quotation marks: "Kỷ yếu Hội thảo “ASEAN 2025 …”"
    if "issn" in low:
        low = _ISSN.sub(" ", low)  # "ISSN 1859-2015": a serial number
    if not _is_issue_line(low) or ends_sentence(t):
        return ""
    if (":" in t or "/" in t or "-" in t) and _DOC_NUMBER.search(t):
        return ""
    year = _year(low)
    if not year:
        return ""
    month = _month(low, year)
    return f"{year}-{month}" if month else year


def issue_date(lines: Iterable[str]) -> str:
    """The document's date from its issue lines: the year most of them give (on a tie the first listed:
    the running lines come first), with the month when one of them gives it; "" when
    no line is an issue line."""
    values = [v for v in map(line_date, lines) if v]
    if len(values) < 2:
        return values[0] if values else ""
    years = [v[:4] for v in values]
    year = max(years, key=years.count)  # (max keeps the first of equal counts)
    months = [v for v in values if v[:4] == year and len(v) > 4]
    return max(months, key=months.count) if months else year


def document_issue_date(removed: list[str], first: str, blocks: list[Raw], texts: list[str]) -> str:
    """:func:`issue_date` over a document's removed running lines (``removed``), its front-matter lines
    (the blocks marked ``front`` among the first ``FRONT_BLOCKS``; ``texts`` are the blocks' texts) and
    its first line ``first`` (an issue line printed once above the title, which layout may have taken
    for the title or its first line)."""
    lines = [t for rb, t in islice(zip(blocks, texts, strict=True), FRONT_BLOCKS) if rb.front and t]
    if first and first not in removed and first not in lines:
        lines.append(first)
    return issue_date(chain(removed, lines))
