"""The shapes of running lines, one line at a time (read by :mod:`doingoai.structure.headers` and
:mod:`doingoai.structure.page_edges`): a page number, a journal/issue line, a page number glued to a
header or set apart from a running title by a wide gap, a line standing inside a sentence."""

from __future__ import annotations

import re
from itertools import islice

from doingoai.structure.headings import heading_rank
from doingoai.structure.lines import ends_sentence

ZONE = 3  # lines after / before a page break that may be headers or footers
MAX_LEN = 120

_DASHED_PAGE_ALONE = re.compile(r"^[-–—]\s*\d{1,3}\s*[-–—]$")


def dashed_page(text: str) -> bool:
    """ "- 2 -": a typed page's number between dashes (round 160), a page number wherever it stands: no
    body line is a number between two dashes."""
    return _DASHED_PAGE_ALONE.match(text) is not None


PAGE_NUM = re.compile(
    r"(?i)^(?:[-–—]{1,3}\s*|\[\s*)?(?:(?:trang|page|tr\.|slide)\s*)?\d{1,4}(?:\s*(?:/|of|trên)\s*\d{1,4})?"
    r"(?:\s*[-–—]{1,3}|\s*\])?$"
)
_JOURNAL = re.compile(r"(?i)[tskvniq](?<![^\W_][tskvniq])(?:ập|ố|ì|ỳ|ol\.?|olume|o\.?|ssue|uyển)\s*\d+")
_ISSN = re.compile(r"\bISSN\b")
_GLUED_HEAD = re.compile(r"^(\d{1,4})\s*(\D.{3,})$")
_GLUED_TAIL = re.compile(r"^(.{3,}\D)\s*(\d{1,4})$")
_DIGIT_CHARS = "0123456789"
EDGE = ")]0123456789-–—_"
PAGE_AT_END = re.compile(r"^\d{1,3}(?!\d)(?![/.,-]\d)|(?<![\d/.,-])\d{1,3}$")
_JOURNAL_HINTS = ("tập", "số", "kì", "kỳ", "vol", "no", "issue", "quyển", "issn")
_PAGE_AND_DATE = re.compile(
    r"^\d{1,4}\s.*\((?:tháng\s*)?\d{1,2}[/-]\d{4}\)$|^.*\((?:tháng\s*)?\d{1,2}[/-]\d{4}\)\s*\d{1,4}$"
)
_SENTENCE_END = ".,;:!?"


_WIDE_GAP = re.compile(r"\s{3,}")
_YEAR = re.compile(r"(?:19|20)\d\d")


def spaced_title(t: str) -> str | None:
    """A page number and a running title set apart by a wide gap ("Tạp chí …, số 4 (31), 2019      86",
    "87          Trần Hải Yến – Quan hệ Việt Nam"): the title, else None."""
    if not (t[0].isdigit() or t[-1].isdigit()) or len(t) > MAX_LEN or "   " not in t:
        return None
    parts = _WIDE_GAP.split(t)
    if len(parts) != 2:
        return None
    a, b = parts
    num, title = (a, b) if a.isdigit() else (b, a) if b.isdigit() else ("", "")
    if not num or len(num) > 4 or _YEAR.fullmatch(num) or not header_like(title):
        return None
    return title


# an issue mark with a short number ("số 7", "Vol. 5"; not "nhiệm kỳ 2020"), then a year ending the line
_ISSUE_THEN_YEAR = re.compile(
    r"(?i)(?<![^\W_])(?:số|tập|kỳ|kì|vol\.?|volume|no\.?|issue|quyển)\s*\d{1,3}(?!\d)"
    r"(?:[^\d]|\d{1,3}(?!\d)){0,20}?(?<!\d)(?:19|20)\d{2}\)?$"
)


def issue_header(t: str) -> bool:
    """A journal's running line: its name, then an issue mark and the year ending the line, short
    ("Châu Âu và Thế giới, số 7 (2023)", "Tạp chí Cộng sản, số 950 (10/2020)", "Asian Affairs,
    Vol. 5, No. 2, 2019"), a page number allowed in front."""
    if len(t) > 80 or t[-1] not in ")0123456789" or not has_journal_hint(t):
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


def glued_caps(t: str) -> bool:
    """A page number glued to upper-case words, with no space: "45NGHIÊN CỨU QUỐC TẾ"."""
    m = _GLUED_CAPS.match(t)
    return m is not None and header_like(m.group(1) or m.group(2))


def cuts_sentence(texts: list[str], i: int) -> bool:
    """The line stands between two parts of one sentence (the line before does not end it)."""
    if not 0 < i < len(texts) - 1:
        return False
    before = texts[i - 1]
    if before[:1] == "V" and _SUBJECT_LINE.match(before):
        return False  # an official title's subject ends with no stop: the issuer named under it cuts nothing
    return not ends_sentence(before) and not before.isupper() and heading_rank(before) is None


_SUBJECT_LINE = re.compile(r"(?:Về\s+việc|V/[vV])\s")


_DASHED_PAGE = re.compile(r"^[-–—]\s*\d{1,4}\s*[-–—]\s+(?=\S)|(?<=\S)\s+[-–—]\s*\d{1,4}\s*[-–—]$")
_PIPED_PAGE = re.compile(r"^\d{1,4}\s*[|·•]\s*(?=\S)|(?<=\S)\s*[|·•]\s*\d{1,4}$")


def page_free(t: str) -> str:
    """``t`` with a number at either end replaced by "#" (where page numbers stand); a page number set off by
    a bar, at the left on even pages and at the right on odd ones ("24 | TẠP CHÍ X | Số 12",
    "TẠP CHÍ X | Số 12 | 23"), gives one key for both."""
    m = _PIPED_PAGE.search(t)
    if m is not None:
        return "#|" + (t[m.end() :] if m.start() == 0 else t[: m.start()])
    if t[-1] in "-–—" or t[0] in "-–—":  # a page number between dashes ("Kỷ yếu Hội thảo … – 112 –")
        m = _DASHED_PAGE.search(t)
        if m is not None:
            return "#–" + (t[m.end() :] if m.start() == 0 else t[: m.start()])
    if t[0].isdigit():
        t = "#" + t.lstrip(_DIGIT_CHARS)
    if t[-1].isdigit():
        t = t.rstrip(_DIGIT_CHARS) + "#"
    return t


def header_like(key: str) -> bool:
    if len(key) < 4 or len(key) > MAX_LEN or key[-1] in _SENTENCE_END:
        return False
    return len(list(islice(filter(str.isalpha, key[:40]), 3))) == 3  # 3 letters in the first 40 characters


def has_journal_hint(t: str) -> bool:
    return any(map(t.lower().__contains__, _JOURNAL_HINTS))


def is_journal_line(t: str) -> bool:
    if len(t) > MAX_LEN:
        return False
    if not has_journal_hint(t):
        return False  # (a cheap test before the regular expressions)
    if _ISSN.search(t):
        return True
    marks = len(_JOURNAL.findall(t))
    if marks >= 2:
        return True
    # "14 Số 4 (tháng 4/2024)": a page number, one volume/issue mark and the issue date
    return marks == 1 and len(t) <= 60 and _PAGE_AND_DATE.match(t) is not None


def digit_at_end(t: str) -> bool:
    return t[0].isdigit() or t[-1].isdigit()


def glued(t: str, heads: set[str]) -> bool:
    if not digit_at_end(t):
        return False  # (a cheap test before the regular expressions: they need a digit at an end)
    m = _GLUED_HEAD.match(t) or _GLUED_TAIL.match(t)
    if m is None:
        return False
    rest = page_free((m.group(2) if m.re is _GLUED_HEAD else m.group(1)).strip())
    if len(rest) < 4:
        return False
    if is_journal_line(rest):
        return True
    return any(h == rest or h.endswith(rest) or h.startswith(rest) for h in heads if len(h) >= len(rest))
