"""One parenthesis' content read as author-date citations: "(Đảng Cộng sản Việt Nam [ĐCSVN], 1977, tr. 145)",
"(ĐCSVN, 1982; Bộ Ngoại giao, 2015)", "(Smith et al., 2015a, pp. 3-5)", "(Hồ Chí Minh, 2011, t. 3, tr. 5)" ->
:class:`Parsed` records (author as written, its "[ABBR]", year and suffix, volume, pages); "(1977)", "(SEV)",
"(192/193)", "(Nguồn: BTGTW)" give none. Also the pieces the document pass reuses: :func:`locators` (volume,
pages), :func:`year_of`, :func:`one_spaced`, :func:`strip_etal` ("và cộng sự", "et al." off a name), :data:`NUM`.

Called by :mod:`doingoai.extract.citations` (``scan``, ``resolve``: the document pass), which re-exports
``Parsed`` and ``parse_parenthesis``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from doingoai.extract.cite_aliases import is_place
from doingoai.extract.cite_names import GROUP_TAIL, GROUP_TAIL_ENDS

_HAS_YEAR: Final = re.compile(
    r"\b(?:1[5-9]\d\d|20\d\d)[a-z]?\b|n\.\s?d\.|không\s+(?:rõ\s+)?năm|k\.\s?n\.", re.I
)
_YEAR: Final = (
    r"(?:(?P<year>1[5-9]\d\d|20\d\d)(?P<suffix>[a-z])?|(?P<nd>n\.\s?d\.|không\s+(?:rõ\s+)?năm|k\.\s?n\.))"
)
# author, year, then nothing or a locator / another year
_CITE: Final = re.compile(r"(?P<author>.+?)\s*,\s*" + _YEAR + r"(?=$|[\s,:;])", re.S)
_YEAR_ONLY: Final = re.compile(r"\s*" + _YEAR + r"(?=$|[\s,:;])")
_PREFIX: Final = re.compile(
    r"^(?:(?:xem\s+thêm|xem|dẫn\s+theo|trích\s+theo|theo|nguồn|see\s+also|see|source)(?=[\s:])|cf\.)\s*:?\s*",
    re.I,
)
_BRACKET: Final = re.compile(r"\s*\[([^\[\]]{1,40})\]")
_ABBR: Final = re.compile(r"[A-ZĐ][A-ZĐ0-9&-]{1,11}")
_ODD_CASE: Final = re.compile(
    "[\u0130\u0131\u017f\u1e9b\u212a\u212b]"
)  # letters that fold without lower-casing


def strip_etal(author: str) -> str:
    """``GROUP_TAIL.sub("", author)``; the regex runs only when the name ends as one of its matches can."""
    tail = author[-5:]
    if "\n" in tail or tail.lower().endswith(GROUP_TAIL_ENDS) or _ODD_CASE.search(tail) is not None:
        return GROUP_TAIL.sub("", author)
    return author


_EDITOR: Final = re.compile(
    r"\s*\((?:chủ\s+biên|cb|eds?|đồng\s+chủ\s+biên)\.?\)|\s*,?\s*(?:chủ\s+biên|eds?\.)$", re.I
)
_TITLE: Final = re.compile(r"^(?:(?:GS|PGS|TS|TSKH|ThS|Th\.S|NCS|Prof|Dr)\.\s*)+")  # "PGS.TS. Nguyễn Văn An"
_VOLUME: Final = re.compile(r"(?:t|tập|vol|q|quyển)\.?\s*(?P<v>\d+|[IVXLC]+)\b", re.I)
NUM: Final = r"\d+[a-z]?(?:\s*[-–—]\s*\d+[a-z]?)?"
_PAGES: Final = re.compile(r"(?:tr|trang|pp|p|pages?)\.?\s*(?P<p>" + NUM + r"(?:\s*,\s*" + NUM + r")*)", re.I)
_PAGES_FIRST: Final = frozenset(
    "tTpP"
)  # the first letters of _PAGES and _VOLUME (no other letter folds to them)
_VOLUME_FIRST: Final = frozenset("tTvVqQ")
_COLON_PAGES: Final = re.compile(r":\s*(?P<p>" + NUM + r")")
_BARE_PAGES: Final = re.compile(r",\s*(?P<p>" + NUM + r")\s*\.?$")  # "(Thayer, 2016, 45)"
_LOC_SEP: Final = re.compile(r"[\s,;]*")
_DASH: Final = re.compile(r"\s*[-–—]\s*")
_NOT_AUTHOR: Final = re.compile(
    r"^(?:Đại hội|Hội nghị|Kỳ họp|Khóa|Khoá|Tháng|Ngày|Năm|Mùa|Giai đoạn|Thời kỳ|Nhiệm kỳ|Từ|Đến|Trước|Sau|"
    r"Quý|Tuần|Thế kỷ|Hiệp định|Hiệp ước|Công ước|Hòa ước|Hoà ước|Chiến tranh|Cuộc|Sự kiện|Khủng hoảng|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)\b"
)
_WS: Final = re.compile(r"\s+")
_PLACE_SEP_MARKS: Final = (",", "-", "–", "—", " và ")  # one is in every _PLACE_SEP match (single spaces)
_PREFIX_FIRST: Final = frozenset("xXdDtTnNsScCſ")  # what a _PREFIX match can start with (case-insensitive)
_HAS_YEAR_LOW: Final = re.compile(_HAS_YEAR.pattern)  # on lower-cased text: no case folding


def _has_year(text: str) -> bool:
    """``_HAS_YEAR.search(text) is not None``, tried on the lower-cased text first (much faster than folding)."""
    low = text.lower()
    if len(low) == len(text) and _HAS_YEAR_LOW.search(low) is not None:
        return True
    if len(low) == len(text) and _ODD_CASE.search(text) is None:
        return False
    return _HAS_YEAR.search(text) is not None


_PLACE_SEP: Final = re.compile(r"\s+[-–—]\s+|\s*,\s*|\s+và\s+")
_BAD_AUTHOR_CHAR: Final = re.compile(r'[\d“”"«»:()=/]')


@dataclass(frozen=True)
class Parsed:
    """One citation read from a parenthesis, before aliases are resolved."""

    start: int
    end: int
    author: str  # as written, whitespace collapsed, "[ABBR]" and editor marks removed
    abbr: str | None  # "ĐCSVN" when the citation defines it: "Đảng Cộng sản Việt Nam [ĐCSVN]"
    year: int | None
    suffix: str  # "a" of "2015a"
    volume: str | None
    pages: str | None
    narrative: bool = False  # "Trần Thị Lan (2021, tr. 118) cho rằng ...": the span runs from the name to ")"
    note: bool = False  # in a footnote or endnote ("¹ Xem: Nguyễn Văn Bình (2001), Nhan đề, Nxb..., tr. 34.")


def one_spaced(text: str) -> str:
    """``_WS.sub(" ", text)``: nothing to do when the only white space is single spaces (every other white-space
    character is not printable)."""
    return text if "  " not in text and text.isprintable() else _WS.sub(" ", text)


def _clean_author(raw: str) -> tuple[str, str | None]:
    abbr = None
    if "[" in raw:
        for m in _BRACKET.finditer(raw):
            if _ABBR.fullmatch(m.group(1).strip()):
                abbr = m.group(1).strip()
        raw = _BRACKET.sub("", raw)
    author = one_spaced(raw).strip(" ,;:")
    if "(" in author or "biên" in author or "ed" in author:
        author = _EDITOR.sub("", author).strip(" ,;:")
    if "." in author:
        author = _TITLE.sub("", author)
    return author, abbr


def _valid_author(author: str) -> bool:
    core = strip_etal(author).strip(" ,") if " " in author else author
    if not core or len(core) > 150 or not core[0].isupper() or _BAD_AUTHOR_CHAR.search(core):
        return False
    if len(core.split()) > 16 or _NOT_AUTHOR.match(core):
        return False
    if core.isprintable() and not any(c in core for c in _PLACE_SEP_MARKS):  # _PLACE_SEP cannot split it
        return not is_place(core)
    return not all(is_place(part) for part in _PLACE_SEP.split(core))  # "Lào", "Việt Nam – Lào"


def locators(rest: str) -> tuple[str | None, str | None]:
    """(volume, pages) from what follows the year: ", t. 3, tr. 5", ", pp. 3-5", ": 45", ", 45"."""
    volume = pages = None
    first = rest[:1]  # each pattern starts with a fixed character or word
    m = _COLON_PAGES.match(rest) if first == ":" else _BARE_PAGES.match(rest) if first == "," else None
    if m:
        return None, one_spaced(m.group("p"))
    pos = 0
    while pos < len(rest):
        pos = _LOC_SEP.match(rest, pos).end()  # type: ignore[union-attr]
        first = rest[pos : pos + 1]
        m = _PAGES.match(rest, pos) if first in _PAGES_FIRST else None
        if m and pages is None:
            pages = one_spaced(m.group("p"))  # as written ("56–57"): the reader's page range, not ours
            pos = m.end()
            continue
        m = _VOLUME.match(rest, pos) if first in _VOLUME_FIRST else None
        if m and volume is None:
            volume = m.group("v")
            pos = m.end()
            continue
        break
    return volume, pages


def year_of(m: re.Match[str]) -> tuple[int | None, str]:
    return (int(m.group("year")), m.group("suffix") or "") if m.group("year") else (None, "")


def parse_parenthesis(text: str, start: int) -> list[Parsed]:
    """The citations in one parenthesis' content ``text`` (found at ``start``); [] when it is none."""
    if "," not in text or not _has_year(text):  # (every citation's first segment is "author, year": _CITE)
        return []
    out: list[Parsed] = []
    pos = 0
    for seg in text.split(";"):
        seg_start, pos = start + pos, pos + len(seg) + 1
        lead = len(seg) - len(seg.lstrip())
        body = seg.strip()
        p = _PREFIX.match(body) if body[:1] in _PREFIX_FIRST else None
        skip = lead + (p.end() if p else 0)
        body = body[p.end() :] if p else body
        m = _CITE.match(body)
        author, abbr = _clean_author(m.group("author")) if m else ("", None)
        if m and _valid_author(author):
            rest_at = m.end()
        elif out and (y := _YEAR_ONLY.match(body)):  # "(ĐCSVN, 1982; 1987, tr. 5)": same author
            m, author, abbr, rest_at = y, out[-1].author, None, y.end()
        else:
            continue
        # further years of the same author: "(ĐCSVN, 1982, 1987)"
        years = [(m, m.start("year") if m.group("year") else m.start("nd"))]
        while (y := _YEAR_ONLY.match(body, rest_at + (body[rest_at : rest_at + 1] == ","))) is not None:
            years.append((y, y.start("year") if y.group("year") else y.start("nd")))
            rest_at = y.end()
        volume, pages = locators(body[rest_at:])
        body_end = seg_start + skip + len(body.rstrip())
        for i, (ym, ystart) in enumerate(years):
            year, suffix = year_of(ym)
            c_start = seg_start + skip if i == 0 else seg_start + skip + ystart
            c_end = body_end if i == len(years) - 1 else seg_start + skip + ym.end()
            last = i == len(years) - 1
            out.append(
                Parsed(
                    c_start,
                    c_end,
                    author,
                    abbr if i == 0 else None,
                    year,
                    suffix,
                    volume if last else None,
                    pages if last else None,
                )
            )
    return out
