"""A site's banner over a page's title: front matter, not the title.

* An upper-case banner naming a publishing body and a section ("BỘ NGOẠI GIAO … – HỌP BÁO").
* A breadcrumb: the site's or section's name and the path to the page, parts set apart by "|", "»", "›"
  or ">" ("BẢN TIN ĐỐI NGOẠI | Tin tổng hợp | Lưu trữ", "Trang chủ » Thời sự » Phỏng vấn"): three parts or
  more, each a few words, none a sentence or a date.
* A publication's masthead in ordinary case ("Báo X – Chuyên mục Y"), when the title under it has its
  dateline right under it ("Đăng ngày 25/11/2021"); or a masthead, then "|" and the page's section
  ("Cổng thông tin Hội X | Tư liệu"), when the title under it ends where its line ends (the first word
  of the line under it would have fitted on it).
Either stands over a title in ordinary case on a line of its own (a blank line or a dateline under
it: "Cập nhật: 01/07/2019 08:00").
* A wiki's tagline ("Bách khoa toàn thư mở", "Từ Wikipedia, bách khoa toàn thư mở") or a page's genre label
  in capitals ("BÌNH LUẬN", "XÃ LUẬN") right over a headline that stands alone (a blank line under it). Read by :func:`doingoai.structure.front_matter.issuer_lines`.
"""

from __future__ import annotations

import re

from doingoai.structure.headings import heading_rank, label
from doingoai.structure.lines import Lines, ends_sentence, first_word_len, local_width
from doingoai.structure.preamble import banner_like, is_marker
from doingoai.structure.speech import opens_salutation

MAX_BANNER_TITLE = 200  # characters of the title under a site's banner
MAX_CRUMBS = 100  # characters of a breadcrumb line
MAX_CRUMB_WORDS = 5


_CRUMB_MARKS = (" | ", " » ", " › ", " > ")  # what parts a breadcrumb ("Trang chủ » Thời sự » Phỏng vấn")


def breadcrumb(t: str) -> bool:
    """``t`` is a site's path to the page: three parts or more set apart by " | " (or " » ", " › ", " > "),
    each of a few words starting with a letter, none ending like a sentence nor holding a digit (a dateline
    has one)."""
    if len(t) > MAX_CRUMBS:
        return False
    mark = next((m for m in _CRUMB_MARKS if t.count(m) >= 2), None)
    if mark is None:
        return False
    parts = t.split(mark)
    return all(
        p
        and p[0].isalpha()
        and len(p.split()) <= MAX_CRUMB_WORDS
        and not ends_sentence(p)
        and not any(c.isdigit() for c in p)
        for p in parts
    )


# a publication's masthead in ordinary case ("Báo Quốc tế điện tử – Chuyên mục Đối ngoại", "Tạp chí X")
_MASTHEAD = re.compile(r"(?:Báo|Tạp\s+chí|Cổng\s+thông\s+tin|Trang\s+(?:thông\s+)?tin|Bản\s+tin)\s+\S")
MAX_MASTHEAD_WORDS = 12


def masthead(t: str) -> bool:
    """``t`` names a publication (and its section), a few words with no sentence end."""
    return (
        _MASTHEAD.match(t) is not None
        and len(t.split()) <= MAX_MASTHEAD_WORDS
        and not ends_sentence(t)
        and t[-1] not in ",;:"
    )


def sectioned_masthead(t: str) -> bool:
    """``t`` is a publication's name, then "|" and a section of a few words ("Cổng thông tin X | Tư liệu")."""
    head, bar, section = t.partition(" | ")
    return (
        bool(bar)
        and masthead(head)
        and 0 < len(section.split()) <= MAX_CRUMB_WORDS
        and _section_name(section)
    )


def _section_name(p: str) -> bool:
    return p[0].isalpha() and not ends_sentence(p) and not any(c.isdigit() for c in p)


def _stands_alone(lines: Lines, i: int, j: int) -> bool:
    """Line ``i`` ends where its line ends: line ``j``'s first word would have fitted on it."""
    texts = lines.texts
    return len(texts[i]) + 1 + first_word_len(texts[j]) <= local_width(lines, i) - 2


# a wiki's tagline, or a genre label in capitals set over an op-ed's or a commentary's headline
_TAGLINE = re.compile(
    r"(?i:(?:Từ\s+)?Wikipedia(?:\s+tiếng\s+Việt)?(?:\s*[,–-]\s*bách\s+khoa\s+toàn\s+thư\s+mở)?"
    r"|Bách\s+khoa\s+toàn\s+thư\s+mở|Từ\s+điển\s+bách\s+khoa\s+mở)"
    r"|(?:BÌNH\s+LUẬN|XÃ\s+LUẬN|GÓC\s+NHÌN|QUAN\s+ĐIỂM|CHÍNH\s+LUẬN|TIÊU\s+ĐIỂM|DIỄN\s+ĐÀN|PHÂN\s+TÍCH)"
    r"(?:\s+(?:QUỐC\s+TẾ|THỜI\s+SỰ))?"
)


def tagline_over_title(lines: Lines, idx: list[int]) -> bool:
    """The first line is a wiki's tagline or a genre label over a headline of its own line (a blank line
    under it, no heading's number or label, no sentence end): the tagline is front matter."""
    if len(idx) < 3 or _TAGLINE.fullmatch(lines.texts[idx[0]].strip()) is None:
        return False
    title = lines.texts[idx[1]]
    if not title[0].isupper() or len(title) > MAX_BANNER_TITLE or title[-1] in ".,;:!?…":
        return False
    if not lines.blanks[idx[2]] or heading_rank(title) is not None:
        return False
    return not (label(title) or opens_salutation(title) or is_marker(title))


def site_banner(lines: Lines, idx: list[int]) -> bool:
    """The first line is a site's banner or breadcrumb over a title in ordinary case standing alone
    ("Họp báo thường kỳ … ngày 14/11/2013", blank lines around it; or a dateline right under it after
    a breadcrumb): the banner is front matter and the line under it the title."""
    if len(idx) < 3:
        return False
    if tagline_over_title(lines, idx):
        return True
    texts = lines.texts
    banner, title = texts[idx[0]], texts[idx[1]]
    crumbs = ("|" in banner or "»" in banner or "›" in banner or ">" in banner) and breadcrumb(banner)
    sectioned = not crumbs and "|" in banner and sectioned_masthead(banner)
    if not crumbs and not sectioned and not banner_like(banner):
        if not masthead(banner) or lines.blanks[idx[2]] or not is_marker(texts[idx[2]]):
            return False  # (a masthead in ordinary case: only over a title with its dateline right under it)
    if title.isupper() or not title[0].isupper() or len(title) > MAX_BANNER_TITLE or title[-1] in ".,;:!?…":
        return False
    if not lines.blanks[idx[1]] or heading_rank(title) is not None:
        return False
    if not lines.blanks[idx[2]] and not ((crumbs or not banner_like(banner)) and is_marker(texts[idx[2]])):
        if not (sectioned and texts[idx[2]][0].isupper() and _stands_alone(lines, idx[1], idx[2])):
            return False
    return not (label(title) or opens_salutation(title) or is_marker(title))
