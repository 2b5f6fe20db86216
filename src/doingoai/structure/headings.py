"""Heading, list-item, label and source-line patterns, and heading levels.

Numbered headings: "Phần/PHẦN I", "Chương/CHƯƠNG 2", "Mục 3", "Điều 4" (an article), roman "II.", letters "A.", arabic
"1.", "2.1.", "2.2.1." Levels follow the kinds a document uses, in this order of rank, so "I." = 1,
"2.1." = 2, "2.2.1." = 3 in a paper numbered that way, and "1." = 1, "1.1." = 2 in one without roman
numerals. Unnumbered headings take the level below the heading before them (1 when upper case or
first).
"""

from __future__ import annotations

import re

from doingoai.structure import archive
from doingoai.structure.lines import ends_sentence

# kind -> rank (smaller = higher in the tree)
RANK_PART, RANK_CHAPTER, RANK_SECTION, RANK_ARTICLE, RANK_ROMAN, RANK_ALPHA = 0, 1, 2, 3, 4, 5
RANK_NUM = 5  # + depth: "1." -> 6, "2.1." -> 7, "2.2.1." -> 8 ("Khoản 1." is a "1.")
RANK_WIKI = (
    -10
)  # + marks: "== Lịch sử ==" -> -8, "=== … ===" -> -7 (a wiki text's own tree, above all numbering)
# a wiki-style heading ("== Lịch sử ==", "=== Thời kỳ 1946–1954 ==="): the same run of "=" on both sides
WIKI = re.compile(r"(={2,6})[ \t]*([^=\s](?:[^=]*[^=\s])?)[ \t]*\1[ \t]*")

_PART = re.compile(
    r"^(?:(PHẦN|Phần)|(CHƯƠNG|Chương)|(MỤC|Mục))\s+"
    r"(?:[IVXLC]+|\d{1,3}|[A-Z]|[Tt]hứ\s+\w+|THỨ\s+\w+|(?i:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười))\b[.:]?(?:\s|$)"
)
_ROMAN = re.compile(r"^([IVXLC]{1,6})[.)]\s+\S")
_ALPHA = re.compile(r"^([A-ZĐ])[.)]\s+\S")
_DOTTED = re.compile(r"^(\d{1,2}(?:\.\d{1,2})+)\.?\s+\S")
_NUM1 = re.compile(r"^(\d{1,2})[.)]\s+\S")
_BULLET = re.compile(r"^(?:[-•▪●○◦■□➢►✓*+–—]|\(?[a-zđ]\))\s+\S")
# a source line ("Nguồn: …", "(Source: …)"), or a news page's credit, a whole line in brackets ("(Theo TTXVN)")
_SOURCE = re.compile(
    r"^[(\[]?\s*(?:Nguồn|NGUỒN|Source|SOURCE)\s*:|^[(\[]\s*(?:Theo|THEO)\s+[^()\[\]\n]{2,60}[)\]]$",
    re.UNICODE,
)
_LABEL = re.compile(
    r"^(?P<label>Tóm\s+tắt|TÓM\s+TẮT|Abstract|ABSTRACT|Summary|SUMMARY|Từ\s+kh(?:óa|oá)|TỪ\s+KH(?:ÓA|OÁ)|Từ\s+khóa\s+chính|"
    r"Keywords|KEYWORDS|Key\s+words|Key\s+Words|KEY\s+WORDS)\s*(?::|\.|\s*[-–—]|$)\s*"
)
_KEYWORD_LABELS = ("từ", "key")
# cheap prefix tests before the regular expressions (most lines start with none of these)
_PART_WORDS = ("PHẦN", "Phần", "CHƯƠNG", "Chương", "MỤC", "Mục", "ĐIỀU", "Điều", "KHOẢN", "Khoản")
# an article or clause: its number always followed by "." or ":" ("Điều 4 Hiến pháp quy định …" is
# a sentence, not an article)
_ARTICLE = re.compile(r"^(?:(ĐIỀU|Điều)|KHOẢN|Khoản)\s+\d{1,3}[.:](?:\s|$)")
_SOURCE_WORDS = ("(", "[", "Nguồn", "NGUỒN", "Source", "SOURCE")
_LABEL_WORDS = ("Tóm", "TÓM", "Abstract", "ABSTRACT", "Summary", "SUMMARY", "Từ", "TỪ", "Key", "KEY")

# first characters of a bullet ("- ", "• ", "a) ", "(b) ")
_BULLET_STARTS = frozenset("-•▪●○◦■□➢►✓*+–—(abcdefghijklmnopqrstuvwxyzđ")


def heading_rank(t: str) -> int | None:
    """The rank of a numbered heading pattern at the start of ``t`` (None: not one)."""
    c = t[0]
    if c == "=":
        m = WIKI.fullmatch(t)
        return RANK_WIKI + len(m.group(1)) if m else None
    if c.isdigit():
        m = _DOTTED.match(t)
        if m:
            return RANK_NUM + m.group(1).count(".") + 1
        return RANK_NUM + 1 if _NUM1.match(t) else None
    if t[1:2] in (".", ")"):
        if c == "l" and archive.ocr_roman_one(t):
            return RANK_ROMAN  # OCR's "l." for a typed "I." (round 167)
        if c in "IVXLC":
            return RANK_ROMAN if _ROMAN.match(t) else None
        return RANK_ALPHA if _ALPHA.match(t) else None
    if c in "IVXLC" and _ROMAN.match(t):
        return RANK_ROMAN  # "II.", "XIV."
    if t.startswith(_PART_WORDS):
        m = _PART.match(t)
        if m:
            return RANK_PART if m.group(1) else RANK_CHAPTER if m.group(2) else RANK_SECTION
        m = _ARTICLE.match(t)
        if m:
            return RANK_ARTICLE if m.group(1) else RANK_NUM + 1
    return None


_BARE_PART = re.compile(r"(?:PHẦN|Phần|CHƯƠNG|Chương|MỤC|Mục)\s+(?:[IVXLC]+|\d{1,3}|[A-Z])[.:]?")


def bare_part(t: str) -> bool:
    """``t`` is a part, chapter or section number alone ("Chương I", "PHẦN 2."): its title follows."""
    return _BARE_PART.fullmatch(t) is not None


def is_bullet(t: str) -> bool:
    return t[0] in _BULLET_STARTS and _BULLET.match(t) is not None


def is_source(t: str) -> bool:
    return t.startswith(_SOURCE_WORDS) and _SOURCE.match(t) is not None


def label(t: str) -> tuple[str, int] | None:
    """("abstract" | "keywords", length of the label) when ``t`` starts with a front-matter label."""
    if not t.startswith(_LABEL_WORDS):
        return None
    m = _LABEL.match(t)
    if m is None:
        return None
    kind = "keywords" if m.group("label").lower().startswith(_KEYWORD_LABELS) else "abstract"
    return kind, m.end()


_ITEM_NUMBER = re.compile(r"((?:Điều|ĐIỀU|Khoản|KHOẢN)\s+)?(\d{1,3}|[A-ZĐa-zđ])([.):])\s")


def item_number(t: str) -> tuple[str, int] | None:
    """The word and number of a "2." / "b)" / "Điều 2." item (letters count from 1, "đ)" after
    "d)"), None when none."""
    m = _ITEM_NUMBER.match(t)
    if m is None:
        return None
    word = (m.group(1) or "").strip().lower()
    g = m.group(2)
    if word and not g.isdigit() or not word and m.group(3) == ":":
        return None
    return word, (int(g) if g.isdigit() else _LETTERS.index(g.lower()) + 1)


_LETTERS = "abcdđefghijklmnopqrstuvwxyz"


def next_number(a: str, b: str) -> bool:
    """``b`` is numbered right after ``a`` in the same kind of numbering ("2." after "1.", "c)"
    after "b)", "Điều 3." after "Điều 2."; not "3." after "b)")."""
    x, y = item_number(a), item_number(b)
    if x is None or y is None or x[0] != y[0] or y[1] != x[1] + 1:
        return False
    return x[0] != "" or a[0].isdigit() == b[0].isdigit()


def levels(ranks: list[int]) -> dict[int, int]:
    """Rank -> level (1 = top) over the ranks a document uses."""
    return {r: i + 1 for i, r in enumerate(sorted(set(ranks)))}


def start_kind(t: str) -> str | None:
    """What a line can start: "heading", "label", "source", "bullet", "caps" or None (body text)."""
    c = t[0]
    if c.isdigit():
        return "heading" if heading_rank(t) is not None else None
    if t[1:2].islower():  # an ordinary word: only a few can start something
        if c in "TtAaSsKk" and label(t):
            return "label"
        if c in "CPMKcpmkĐ" and heading_rank(t) is not None:
            return "heading"
        if c in "NS" and is_source(t):
            return "source"
        if c == "(" and is_bullet(t):
            return "bullet"  # "(a) …": a lettered point in brackets
        return None
    if heading_rank(t) is not None:
        return "heading"
    if c in "TtAaSsKk" and label(t):
        return "label"
    if c in "(N[S" and is_source(t):
        return "source"
    if is_bullet(t):
        return "bullet"
    if t.isupper() and len(t) >= 8 and " " in t and not ends_sentence(t):
        return "caps"
    return None


# words a wrapped sentence breaks after but a title hardly ends with ("... hợp tác giữa", "... của")
_OPEN_WORDS = frozenset(
    "của và với các những trong đến từ cho là được về tại giữa để theo như có một hai ba mà thì khi "
    "bằng do vào ra nhằm đối sự việc nhiều mọi mỗi hoặc hay nhưng cũng đã đang sẽ này đó nên nếu "
    "of and the to in for with on at by from a an as or".split()
)
# a sentence opening with a date ("Từ ngày 28/2 ...", "Năm 2009, ...", "Tháng 7/2012, ...")
_DATE_LEAD = re.compile(
    r"(?:(?:Từ|Vào|Trong|Đầu|Cuối|Giữa|Sau|Trước|Đến|Tới)\s+(?:ngày|năm|tháng)"
    r"|Ngày|Năm|Tháng|Sáng|Chiều|Tối|Đêm)\s+\d"
)


def title_shaped(t: str) -> bool:
    """``t`` ends like a title: a letter or digit last, not a word a wrapped sentence runs on from."""
    if not t or not t[-1].isalnum():
        return False
    return t.rsplit(None, 1)[-1].lower() not in _OPEN_WORDS


def date_lead(t: str) -> bool:
    """``t`` opens a sentence with a date ("Từ ngày 28/2 đến ...", "Năm 2009, ...")."""
    return _DATE_LEAD.match(t) is not None
