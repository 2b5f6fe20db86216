"""Date expressions -> ISO 8601 reduced precision (SCHEMA.md), and the document's own date.

``find_dates(doc)`` fills ``doc.dates`` with :class:`~doingoai.model.DateExpr` and sets
``doc.meta["date"]`` when it is not set. Forms:

* years: "năm 1978", "(1977)", a bare 1900–2099 ("Chủ tịch ASEAN 2020") -> "1978";
* ranges: "1975–1985", "1975 -1985", "từ năm 1975 đến năm 1985", "nhiệm kỳ 2020-2021" -> "1975/1985";
* days: "28/7/1995", "ngày 28 tháng 7 năm 1995" -> "1995-07-28"; months: "tháng 10/2025" -> "2025-10";
  day ranges: "19-20/6/2024" -> "2024-06-19/2024-06-20" (without their year, "từ ngày 3 đến 6/5": dates_ranges);
* "mùa xuân năm 1975" -> "1975"; "6 tháng đầu năm 2020" -> "2020-H1"; "quý I/2020" -> "2020-Q1";
  "những năm 1980", "thập niên 80" -> "1980/1989";
* relative, resolved from the document's own date: "năm nay", "năm ngoái", "năm qua", "năm tới",
  "thời gian tới", "vừa qua", "6 tháng đầu năm" (no year).

Publication years inside in-text citations ("(ĐCSVN, 1982, tr. 123)") and in reference lists are not
dates of anything in the text and are left out. :func:`date_near` gives the date governing a span.
"""

from __future__ import annotations

import datetime
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from typing import Any, Final

from doingoai.extract.dates_datelines import DATELINE_TAIL, dateline, dateline_starts
from doingoai.extract.dates_following import (
    following_year,
    opens_sentence,
    previous_sentence,
    tells_to_come,
)
from doingoai.extract.dates_month_said import month_said_year
from doingoai.extract.dates_note_marks import unmarked
from doingoai.extract.dates_past_year import past_year
from doingoai.extract.dates_period import own_date_line
from doingoai.extract.dates_posts import post_date
from doingoai.extract.dates_ranges import day_interval, is_day_interval, last_day, yearless_ranges
from doingoai.extract.dates_spoken import spoken_dates
from doingoai.extract.dates_starts import starts_in
from doingoai.extract.dates_terms import anchor_year_before
from doingoai.extract.dates_weekday_line import weekday_line_date
from doingoai.extract.textscan import lower_same_length, lowered_part, plain_case, search_ci
from doingoai.model import BlockType, DateExpr, Document
from doingoai.structure.issue_date import issue_date

_Y: Final = r"(?:1[0-9]\d\d|20\d\d)"
_B: Final = r"(?<![\w.,/-])"  # no digit, letter or number punctuation before
_E: Final = r"(?![\w%]|[.,/]\d)"  # ... nor after
_ROMAN_Q: Final = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}

_DATE_RX: Final = re.compile(
    rf"""
    {_B}(?:ngày\s+)?(?P<rd>\d{{1,2}})(?:\s*/\s*(?P<rdm>\d{{1,2}}))?\s*(?:[–—-]|\s(?:và|đến|tới)\s)\s*(?:ngày\s+)?\d{{1,2}}\s*(?:/\s*(?P<rm>\d{{1,2}})\s*/\s*|tháng\s*(?P<rm2>\d{{1,2}})\s*(?:năm\s*|[/,]\s*))(?P<ry>{_Y}){_E}
  | (?:sáng|chiều|tối|trưa|đêm|ngày)\s+(?P<nd>\d{{1,2}})\s*/\s*(?P<nm>\d{{1,2}})(?![\w/%]|[.,]\d|\s+năm\s+{_Y})
  | {_B}(?:ngày\s+)?(?P<d>\d{{1,2}})\s*(?:tháng\s*(?P<dm>\d{{1,2}})\s*(?:năm\s*|[/,]\s*)|(?P<sep>[/.-])(?P<dm2>\d{{1,2}})(?P=sep)|\s*/\s*(?P<dm3>\d{{1,2}})\s+năm\s+)(?P<dy>{_Y}){_E}
  | (?:(?:6|sáu)\s+tháng|nửa)\s+(?P<h>đầu|cuối)\s+năm(?:\s+(?P<hy>{_Y}){_E}|\s+(?P<hnay>nay|ngoái|tới|sau)(?![\w]))?
  | quý\s+(?P<q>iv|i{{1,3}}|[1-4])(?![\w])(?:\s*(?:/|năm)\s*(?P<qy>{_Y}){_E}|\s+(?P<qnay>năm\s+(?:nay|ngoái|tới|sau))(?![\w]))?
  | (?:tháng\s*(?P<m>\d{{1,2}})\s*(?:/|-|năm|,)\s*|{_B}(?P<m2>\d{{1,2}})/)(?P<my>{_Y}){_E}
  | mùa\s+(?:xuân|hạ|hè|thu|đông)(?:\s+năm)?\s+(?P<sy>{_Y}){_E}
  | (?:(?P<from>từ)\s+)?(?:năm\s+)?{_B}(?P<r1>{_Y})\s*(?:[–—-]|\s(?:đến|tới)(?:\s+năm)?\s)\s*(?P<r2>{_Y}|\d\d){_E}
  | (?:những\s+năm|thập\s+(?:niên|kỷ|kỉ))\s+(?P<dec>(?:1[89]|20)?\d0){_E}
  | (?:(?P<qual>sau|trước|từ|kể\s+từ)\s+)?(?:năm\s+)?{_B}(?P<y>{_Y}){_E}
  | tháng\s*(?P<rmm>\d{{1,2}})\s+(?P<rmy>năm\s+(?:nay|ngoái|tới|sau|trước)|vừa\s+qua)(?![\w])
  | (?<![\w])(?:tháng\s*(?P<tm>\d{{1,2}})\s+)?(?P<that>năm\s+(?:đó|ấy))(?![\w])
  | (?<!\d\s)(?<!\d)tháng\s+(?P<bm>\d{{1,2}}(?![\w/%-]|[.,]\d|\s*(?:năm|[/-])\s*\d)(?:\s+(?:sắp\s+)?tới(?![\w]))?)
  | (?P<next>(?:năm|tháng)\s+sau(?:\s+đó)?)(?!\s+(?:khi|nữa|năm)\b)(?![\w])
  | (?P<rel>năm\s+nay|năm\s+ngoái|năm\s+tới|(?:trong\s+)?năm\s+(?:vừa\s+)?qua|thời\s+gian\s+(?:tới|sắp\s+tới|qua|vừa\s+qua)|sắp\s+tới|vừa\s+qua
      |(?:tháng|tuần)\s+(?:trước(?!\s+đó)|tới|qua|này)|(?:hôm|sáng|chiều|tối|trưa|đêm)\s+(?:nay|qua))(?![\w])
  | (?<=,\s)(?P<ld>\d{{1,2}})\s*/\s*(?P<lm>\d{{1,2}})(?={DATELINE_TAIL})
    """,
    re.VERBOSE,
)  # matched on the lower-cased text (same length), which is much faster than re.IGNORECASE
# (round 36: a resolution's number, "Nghị quyết 1973 ngày 17/3/2011", is no year)
_NOT_BEFORE_YEAR: Final = re.compile(
    r"(?:\b(?:số|tr|trang|no|tập|điều|khoản|mã|p|pp|nghị quyết)\.?\s*|[#№]\s*)$"
)
# (speed round 19) what its match's last character before the spaces may be: a word's last letter, "." or "#"/"№";
# only spaces follow it up to the end ("$" and "\s*"; ``str.rstrip`` strips what "\s" matches), so a window whose
# last other character is none of these holds no match ("năm 2020": "m")
_NOT_BEFORE_LAST: Final = frozenset("ốrgopunãt.#№")
_UNIT_AFTER: Final = re.compile(
    r"\s*(?:người|tấn|usd|đô|km|ha\b|tỷ|tỉ|triệu|nghìn|ngàn|đồng|chiếc|lượt|dự án|học viên|sinh viên|cán bộ|m\b|kg)",
)
_CITATION_TAIL: Final = re.compile(r"[a-z]?\s*[),;:]")
# "sau năm 1979" -> 1979 "after": the year bounds an open period (DateExpr.qualifier)
_QUALIFIER: Final = {"sau": "after", "trước": "before", "từ": "since", "kể từ": "since"}
_ORDINAL: Final = re.compile(r"\b(?:thứ|lần|khóa|khoá|số|kỳ|kì)\s+$")
_COUNTED: Final = re.compile(
    r"(?<![\w-])(?<!thứ )(?:\d+|nhiều|những|các|mấy|vài|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)(?:[ \t]+|[ \t]*\n[ \t]*)\Z"
)  # "30 năm qua", "hai tuần trước" are spans, not dates (but "Cu-ba năm nay", "thứ hai tuần tới" are, and so is
# "Năm ngoái" opening a paragraph after a line ending on a figure: "Cập nhật: tháng 3/2019\n\nNăm ngoái, ...")


def _in_citation(text: str, s: int, e: int) -> bool:
    """A publication year: "(ĐCSVN, 1982, tr. 123)", "(Hồ Chí Minh, 2011)", "(...; BCHTW, 2005)".
    Not "(Lào, 1977; Liên Xô, 1978)" or "(Việt Nam – Lào, 1977)": the names there are countries."""
    before = text[max(0, s - 2) : s]
    if "," not in before or not before.rstrip().endswith(","):
        return False
    open_at = text.rfind("(", max(0, s - 250), s)
    if open_at < 0 or text.find(")", open_at, s) >= 0:
        return False
    inner = text[max(open_at + 1, text.rfind(";", open_at, s) + 1) : s]
    if not _has_letter(inner) or not _CITATION_TAIL.match(text, e):
        return False
    return not _only_countries(inner)


_LETTER: Final = re.compile(r"[^\W\d_]")  # every letter matches (and a few other characters: "²", "½")


def _has_letter(text: str) -> bool:
    """``any(c.isalpha() for c in text)``, with one C-level scan in the common case."""
    m = _LETTER.search(text)
    return m is not None and (m.group().isalpha() or any(c.isalpha() for c in text))


@lru_cache(maxsize=4096)
def _only_countries(text: str) -> bool:
    from doingoai.extract.mentions import mentions_in

    rest = list(text)
    for m in mentions_in(text):
        if m.kind == "country":
            rest[m.start : m.end] = " " * (m.end - m.start)
    words = "".join(rest).replace(" và ", " ").strip(" ,–—-")
    return not any(c.isalpha() for c in words)


def _shift(value: str, years: int) -> str:
    return str(int(value[:4]) + years) + value[4:] if value[:4].isdigit() else ""


_DAY_STEP: Final = {"trước": -1, "qua": -1, "tới": 1, "này": 0, "nay": 0}


def _near_day(w: str, base: str) -> str:
    """ "tháng trước" / "tuần tới" / "hôm qua" against a document dated to the month or the day: the month
    (or, for "hôm", the day) it falls in; "" when the document's date is not that precise. ("Năm sau",
    "tháng sau" are left out: in a narrative they count from the last date told, not the document's.)"""
    unit, step = w.split()[0], _DAY_STEP.get(w.split()[-1], 0)
    if not re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", base):
        return ""
    y, m = int(base[:4]), int(base[5:7])
    if unit == "tháng":
        m += step
        y, m = (y - 1, 12) if m == 0 else (y + 1, 1) if m == 13 else (y, m)
        return f"{y}-{m:02d}"
    if len(base) < 10:
        return base if unit == "tuần" else ""  # a week of a document dated by its month: that month
    day = datetime.date(y, m, int(base[8:10])) + datetime.timedelta(days=step * (7 if unit == "tuần" else 1))
    return day.isoformat() if unit == "hôm" else f"{day.year}-{day.month:02d}"


_PARTS_OF_DAY: Final = frozenset(("sáng", "chiều", "tối", "trưa", "đêm"))


def _relative(word: str, base: str) -> str:
    """Resolve a relative expression against the document's date ``base`` ("2020-H1", "2025-10", "2020")."""
    w = " ".join(word.lower().split())
    year = base[:4]
    if not year.isdigit():
        return ""
    if w == "năm ngoái":
        return str(int(year) - 1)
    if w == "năm tới":
        return str(int(year) + 1)
    # "sáng nay", "chiều qua": today's, yesterday's (a bulletin's, a sitting's)
    if w.split()[0] in _PARTS_OF_DAY:
        w = "hôm " + w.split()[-1]
    if w[:4] in ("thán", "tuần", "hôm "):  # "tháng trước", "tuần tới", "hôm nay": from the document's day
        return _near_day(w, base)
    if w.startswith(("thời gian tới", "thời gian sắp tới", "sắp tới")):
        if base.endswith("-H1"):
            return year + "-H2"
        if re.fullmatch(r"\d{4}-Q[1-3]", base):
            return f"{year}-Q{int(base[-1]) + 1}"
        return str(int(year) + 1) if len(base) == 4 or base.endswith(("-H2", "-Q4")) else year
    if "qua" in w:  # "năm qua", "thời gian qua", "vừa qua": the period the document reports on
        if past := past_year(w, base):  # "Năm qua, ..." in a plan of January: the year before (round 173)
            return past
        return base if not w.startswith(("năm", "trong")) else year
    return year  # "năm nay"


# spellings of one relative phrase: "năm trước" is "năm ngoái", "năm sau" / "tháng sau" the one after, "năm này" this one
_SAME_PHRASE: Final = {
    "năm trước": "năm ngoái",
    "năm sau": "năm tới",
    "năm này": "năm nay",
    "tháng sau": "tháng tới",
}


def relative_date(phrase: str, anchor: str) -> str:
    """The absolute date (ISO) a relative phrase names counted from ``anchor`` (an ISO date): "năm ngoái" /
    "năm trước" against "2025-01-10" -> "2024", "tháng trước" -> "2024-12", "hôm qua" -> "2025-01-09", "thời gian
    tới" against "2020-H1" -> "2020-H2"; "" when the anchor is not precise enough (a month of a document dated by
    its year). The one resolver of the extraction's dates and of the answers (``answer/relative.py``)."""
    w = " ".join(phrase.lower().split())
    return _relative(_SAME_PHRASE.get(w, w), anchor)


def _told_year(low: str, found: list[DateExpr], p: int) -> tuple[str, bool]:
    """The year of the last date told before ``p`` in its paragraph (:func:`_year_before`), and whether it is
    in the same sentence."""
    year = _year_before(low, found, p)
    if not year:
        return "", False
    last = found[-1]
    return year, re.search(r"[.!?]\s", low[last.end : p]) is None


# the branch of _DATE_RX a match took, from its last group (no branch has a group around the others)
_KIND = dict(ry="ry", nm="nd", dy="dy", h="h", hy="h", hnay="h", q="q", qy="q", qnay="q", my="my", sy="sy")
_KIND |= dict(r2="r1", dec="dec", y="y", rel="rel", rmy="rmy", next="next", bm="bm", that="that", lm="ld")


def _iso_day(year: int, month: int, day: int) -> str:
    """ "YYYY-MM-DD" for a day that exists, else "" ("30/2")."""
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return ""


def _value(m: re.Match[str], base: str) -> str:
    year: Any  # an int or the text of one
    g = m
    kind = _KIND.get(m.lastgroup or "")
    if kind == "ry":  # a day range "19-20/6/2024", "28/2 đến 2/3/2001": the interval of its days
        end_month = int(g["rm"] or g["rm2"])
        month, day = int(g["rdm"] or end_month), int(g["rd"])
        year = int(g["ry"]) - (1 if month > end_month else 0)  # "25/12 đến 2/1/2002" starts in 2001
        return day_interval(_iso_day(year, month, day), _iso_day(int(g["ry"]), end_month, last_day(m)))
    if kind == "nd" or kind == "ld":  # "Chiều 7/10", a dateline "Viên, 10/7 –": the document's year
        month, day = (int(g["nm"]), int(g["nd"])) if kind == "nd" else (int(g["lm"]), int(g["ld"]))
        year = base[:4]
        return _iso_day(int(year), month, day) if year.isdigit() else ""  # (a day that exists: not "30/2")
    if kind == "bm":  # "Tháng 9, ...", "vào tháng 10" (round 41): a month of the year told before, else the
        month, year = (
            int(g["bm"].split()[0]),
            base[:4],
        )  # document's (an event takes its context's: is_bare_month)
        if not (year.isdigit() and 1 <= month <= 12):
            return ""
        if g["bm"].endswith("tới") and base[5:7].isdigit() and month <= int(base[5:7]):
            year = str(
                int(year) + 1
            )  # "tháng 5 tới" written in March 2025 is May 2025, in June 2025 May 2026
        return f"{year}-{month:02d}"
    if kind == "dy":
        month = int(g["dm"] or g["dm2"] or g["dm3"])  # "ngày 28/7 năm 1995": one date
        day = int(g["d"])
        if 1 <= month <= 12 and 1 <= day <= 31:
            return f"{g['dy']}-{month:02d}-{day:02d}"
        return ""
    if kind == "h":
        half = "H1" if g["h"].lower() == "đầu" else "H2"
        year = g["hy"] or (relative_date("năm " + g["hnay"], base) if g["hnay"] else base[:4])
        return f"{year}-{half}" if year[:4].isdigit() else ""
    if kind == "q":  # "quý I năm tới": the quarter of the year the relative phrase names (round 26)
        year = g["qy"] or (relative_date(g["qnay"], base) if g["qnay"] else base[:4])
        year = year if year[:4].isdigit() else ""
        return f"{year}-Q{_ROMAN_Q[g['q'].lower()]}" if year else ""
    if kind == "my":
        month = int(g["m"] or g["m2"])
        return f"{g['my']}-{month:02d}" if 1 <= month <= 12 else ""
    if kind == "sy":
        return g["sy"]
    if kind == "r1":
        r1, r2 = g["r1"], g["r2"]
        if len(r2) == 2:
            r2 = r1[:2] + r2
        return f"{r1}/{r2}" if 0 < int(r2) - int(r1) <= 100 else ""
    if kind == "dec":
        dec = g["dec"]
        start = int(dec) if len(dec) == 4 else 1900 + int(dec)
        return f"{start}/{start + 9}"
    if kind == "y":
        return g["y"] if 1900 <= int(g["y"]) <= 2099 or m.group(0)[:3].lower() == "năm" else ""
    if kind == "rel":
        return _relative(g["rel"], base) if base else ""
    if kind == "rmy":  # "tháng 11 năm ngoái": a month of a year told from the document's
        month = int(g["rmm"])
        if g["rmy"][:3] == "vừa":  # "tháng 7 vừa qua": the last month 7 up to the document's date (round 73)
            year = base[:4] if base[:4].isdigit() else ""
            if year and len(base) >= 7 and base[5:7].isdigit() and month > int(base[5:7]):
                year = str(int(year) - 1)
        else:  # ("tháng 3 năm sau": of the year after)
            year = relative_date(g["rmy"], base) if base else ""
        return f"{year}-{month:02d}" if year and 1 <= month <= 12 else ""
    return ""


def _skip_spans(doc: Document) -> list[tuple[int, int]]:
    ref, aff = BlockType.REFERENCE, BlockType.AFFILIATION  # by identity: an Enum's == is slow
    return [(b.start, b.end) for b in doc.blocks if b.type is ref or b.type is aff]


def _accept(text: str, low: str, m: re.Match[str]) -> bool:
    s, e = m.span()
    kind = _KIND.get(m.lastgroup or "")
    if kind == "y" or kind == "r1":
        ys = m.start(kind)
        before = low[max(0, ys - 12) : ys].rstrip()  # (_NOT_BEFORE_LAST: the search only where it may match)
        if (before[-1:] in _NOT_BEFORE_LAST and _NOT_BEFORE_YEAR.search(low, max(0, ys - 12), ys)) or (
            kind == "y" and _UNIT_AFTER.match(low, e)
        ):
            return False
        return not _in_citation(text, ys, e)
    if kind == "ld":  # a news item's dateline: a short place name opening its line, then the day
        return dateline(text, s)
    if kind == "dy" and low[s].isdigit() and _ORDINAL.search(low, max(0, s - 12), s):
        return False  # "Hội nghị lần thứ 6 tháng 12/1998": an ordinal, then a month
    if kind == "next" and _COUNTED.search(low, max(0, s - 12), s):
        return False  # "hai năm sau": counted from a date (dates_counted), not the year after
    if kind == "rel" and m["rel"][:3] in ("năm", "thá", "tuầ") and _COUNTED.search(low, max(0, s - 12), s):
        return False
    return True


def dates_in(text: str, base: str = "", start: int = 0, end: int | None = None) -> list[DateExpr]:
    """Date expressions in ``text[start:end]``; relative ones resolved against ``base`` (may be "")."""
    end = len(text) if end is None else end
    low = lower_same_length(text)
    out: list[DateExpr] = []
    last = -1
    # (with the datelines' days: round 135)
    starts = set(starts_in(low, start, end)).union(dateline_starts(text, start, end))
    for p in sorted(starts):  # leftmost-longest, no overlaps:
        if p < last:
            continue  # inside a date already found, so not matched at all
        m = _DATE_RX.match(low, p, end)
        if m is None or not _accept(text, low, m):
            continue
        end_at = m.end()
        if (
            m.lastgroup == "nm"
            and base[5:7].isdigit()
            and (past := _DAY_PAST.match(low, m.end())) is not None
        ):
            value, end_at = _last_day_before(m, base), past.end()  # "ngày 10/11 vừa qua" (round 109)
        elif (
            m.lastgroup == "nm" and out
        ):  # "- 2002: Ngày 28/7, ...", "Năm 1995, ... Ngày 28/7": the year told before
            told = _year_before(low, out, p)
            if told and base[:4].isdigit() and told < base[:4] and _to_come_after_stat(low, out, p, m.end()):
                told = ""  # "Kim ngạch năm 2016 đạt ... Theo chương trình, ngày 28/12, X sẽ tiếp ...": the page's year
            # "Tháng trước, ngày 4/7": the month named from the document's date (dates_month_said, round 159)
            told = month_said_year(low, p, m["nm"], base) or told
            value = _value(m, told or base)
        elif (
            m.lastgroup == "that"
        ):  # "tháng 3 năm đó", "ngay trong năm đó": the year told before it (round 104)
            said = [DateExpr(a, b, v) for a, b, v in spoken_dates(low, start, p)]  # (round 172) "Tháng Mười
            value = _that_year(low, sorted(out + said, key=lambda d: d.start) if said else out, p, m["tm"])
            # năm hai nghìn lẻ năm, ... Năm ấy ...": a date said in words is told too
        elif m.lastgroup == "next" and low.startswith("th", p):  # "Tháng sau, X sẽ ...": the month after the
            coming = (  # document's, only for an act to come and no month told before it (session 9, G2)
                not m.group(0).endswith("đó")
                and opens_sentence(low, p)
                and tells_to_come(low, m.end())
                and not _told_in_narrative(low, p, m.end())
            )
            value = _near_day("tháng tới", base) if coming else ""
        elif m.lastgroup == "next":  # "Năm sau, ...", "vào năm sau" (round 26)
            value = following_year(
                m.group(0), _told_year(low, out, p), base, opens_sentence(low, p), tells_to_come(low, m.end())
            )
        else:
            value = _value(m, base)
        if (
            value
            and m.lastgroup == "rel"
            and m["rel"][:3] in ("thá", "tuầ", "hôm", "sán", "chi", "tối", "trư", "đêm")
            and _told_in_narrative(low, p, m.end())
        ):
            value = ""
        if value:
            out.append(
                DateExpr(
                    p,
                    end_at,
                    value,
                    _QUALIFIER.get(" ".join((m["qual"] or "").split()), "") if m.lastgroup == "y" else "",
                )
            )
            last = end_at
    spoken = spoken_dates(low, start, end)  # "tháng Mười Một năm 2015", said in words (round 160)
    if spoken:
        kept = [d for d in out if not any(s <= d.start and d.end <= e for s, e, _ in spoken)]
        taken = [(d.start, d.end) for d in kept]
        kept += [DateExpr(s, e, v) for s, e, v in spoken if not any(a < e and s < b for a, b in taken)]
        out = sorted(kept, key=lambda d: d.start)
    if base or out:  # "Từ ngày 3 đến 6/5": a day range without its year (dates_ranges)
        out = yearless_ranges(
            low, out, base, start, end, _year_before, lambda lw, s, e: _range_month(lw, s, e, base)
        )
    return out


_DAY_PAST: Final = re.compile(r"\s+vừa\s+qua(?![\w])")


def _last_day_before(m: re.Match[str], base: str) -> str:
    """ "ngày 10/11 vừa qua": the last such day up to the document's date ``base`` (as "tháng 7 vừa qua", round
    73), not the year told before it in the paragraph (``base`` has a month)."""
    month, day = int(m["nm"]), int(m["nd"])
    year = int(base[:4])
    if (month, day) > (int(base[5:7]), int(base[8:10]) if base[8:10].isdigit() else 31):
        year -= 1
    return _iso_day(year, month, day)


_MANY_BEFORE: Final = re.compile(r"\b(?:những|các|mấy|nhiều|vài)\s+$")
_THAT_TIME_BEFORE: Final = re.compile(
    r"\b(?:trong|vào|cuối|đầu|giữa|cũng|cùng|suốt)\s+$"
)  # "ngay trong năm đó"


def _that_year(low: str, found: list[DateExpr], p: int, month: str | None) -> str:
    """ "năm đó" / "năm ấy" (with its month: "tháng 6 năm đó"): the year of the last date told before it in its
    paragraph, else "" (not "những năm đó": those years; not a year of an aside in brackets: "(Ủy ban này được
    thành lập năm 1863). Cũng năm đó, ...")."""
    if _MANY_BEFORE.search(low, max(0, p - 8), p):
        return ""
    opens = opens_sentence(low, p)  # "Năm ấy, chúng tôi ...": a time told (round 172)
    if month is None and not opens and not _THAT_TIME_BEFORE.search(low, max(0, p - 8), p):
        return ""  # "Chủ tịch ASEAN năm đó": whichever year it is, not a time told
    told = [
        d
        for d in found
        if not (low.rfind("(", 0, d.start) > low.rfind(")", 0, d.start) and ")" in low[d.end : p])
    ]
    year = _year_before(low, told, p)
    if not year and opens and (q := low.rfind("\n\n", 0, p)) >= 0 and not any(q < d.start < p for d in told):
        year = _year_before(low, told, q)  # opening a paragraph with no date before it: the one before's (a
        # video's narrator goes on in the next cue: "... năm 2006, Hà Nội đăng cai ... // Năm ấy chúng tôi ...")
    if not year:
        return ""
    if month is None:
        return year
    return f"{year}-{int(month):02d}" if 1 <= int(month) <= 12 else ""


def _range_month(low: str, s: int, e: int, base: str) -> str:
    """The month "tháng trước" / "tháng này" / "tháng tới" at ``low[s:e]`` names from the document's date ``base``
    ("Từ ngày 14 đến 16 tháng trước"), "" in a narrative that told its own dates (:func:`_told_in_narrative`)."""
    if _told_in_narrative(low, s, e):
        return ""
    return _near_day(" ".join(low[s:e].split()), base)


_DATE_NEXT: Final = re.compile(r"[\s,(–-]*(?:ngày\s+)?\d{1,2}\s*[/-]\s*\d{1,2}|[\s,(–-]*ngày\s+\d")


def _told_in_narrative(low: str, s: int, e: int) -> bool:
    """ "Tháng trước", "tuần tới", "hôm nay" in a narrative count from the last date it told ("Tháng 3/1979
    ... Tháng trước, ...") or stand beside their own date ("Hôm nay, ngày 2/9/1945"), not from the
    document's: a year written earlier in the paragraph, or a day right after, says so."""
    lo = max(0, s - 300, low.rfind("\n\n", max(0, s - 300), s) + 2)
    lo = max(lo, previous_sentence(low, lo, s))  # (round 26) its antecedent is told just before it
    if _ANSWER.match(low, low.rfind("\n", 0, s) + 1) and _DATE_NEXT.match(low, e) is None:
        return False  # "Đáp: Ngày 15/12/1995, ... Tháng trước, ...": an answer speaks at the document's time
    return anchor_year_before(low, lo, s) or _DATE_NEXT.match(low, e) is not None  # (dates_terms)


# an interview's or a Q&A page's answer ("Đáp:", "Trả lời:", "TL:"), or an interview's turn opened by its speaker
# ("PV:", "Đại sứ Đỗ Quang Thịnh:", "Ông Nguyễn Văn A:"; round 154): its "tháng trước" counts from when it is given
_ANSWER: Final = re.compile(
    r"[ \t]*(?:hỏi|đáp|trả lời|tl|pv|phóng viên|"
    r"(?:đại sứ|bộ trưởng|thứ trưởng|tổng lãnh sự|người phát ngôn|ông|bà)(?: [^\s:.,;!?()]+){1,8})\s*:"
)


def _to_come_after_stat(low: str, found: list[DateExpr], p: int, e: int) -> bool:
    """Does the yearless day at ``p`` tell an act to come ("ngày 28/12, X sẽ tiếp ...") after a sentence whose year
    dates a figure, not a narrative ("Kim ngạch thương mại hai chiều năm 2016 đạt 192 triệu USD.")?"""
    last = found[-1]
    s = low.rfind(". ", 0, last.start) + 2
    return (
        tells_to_come(low, e)
        and low.find(". ", last.end, p) >= 0
        and _FIGURE.search(low, max(s, last.start - 80), last.start) is not None
    )


_FIGURE: Final = re.compile(r"\b(?:kim ngạch|thương mại hai chiều|vốn đầu tư|tổng vốn|giá trị)\b")


def _year_before(low: str, found: list[DateExpr], p: int) -> str:
    """The year of the last date found before ``p`` in the same paragraph (at most 400 characters back), if it
    names one: a day and month without a year ("Ngày 28/7") belong to it rather than to the document's date."""
    for d in reversed(found):
        if p - d.end > 400 or low.find("\n\n", d.end, p) >= 0:
            return ""
        if (
            d.value[:4].isdigit()
            and ("/" not in d.value or is_day_interval(d.value))
            and not is_bare_month(low, d)
        ):
            return d.value[:4]
    return ""


_BARE_MONTH: Final = re.compile(r"tháng\s+\d{1,2}", re.IGNORECASE)


def is_bare_month(text: str, d: DateExpr) -> bool:
    """Is ``d`` a month written without its year ("Tháng 9, ...", "vào tháng 10")? Its year is a guess (the
    document's): an event dated by it takes the year of its context (``events_dating.date_of``)."""
    return d.end - d.start <= 9 and _BARE_MONTH.fullmatch(text, d.start, d.end) is not None


def _best(values: list[str]) -> str:
    if not values:
        return ""
    counts = Counter(values)
    return max(counts, key=lambda v: (counts[v], len(v)))


_PLACE_DATE: Final = re.compile(
    r"(?:^|\n)[^\n,]{2,40},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}", re.IGNORECASE
)
# what every _PLACE_DATE match contains, on the lower-cased text: a fast pre-check (a leading literal is searched fast)
_PLACE_DATE_TAIL: Final = re.compile(r",\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}")
# the same in figures, on a line of its own, perhaps in brackets under a speech's occasion:
# "(Bu-đa-pét, ngày 3/2/2020)", "Hà Nội, 25/10/2007"
_PLACE_DMY_LINE: Final = re.compile(
    r"(?:(?:^|\n)[ \t]*\(?|\((?=[^\n()]{0,40}ngày))[ \t]*(?P<place>[^\W\d_][^\n,()\d]{1,39}),\s*(?:ngày\s+)?"
    r"\d{1,2}\s*([/.-])\s*\d{1,2}\s*\2\s*\d{4}[ \t]*\)?[ \t]*(?=\n|$)",
    re.IGNORECASE,
)
# a place-and-date line the reader joined to the occasion line above it ("Tại Lễ kỷ niệm ..., Trường Đại học
# La Ha-ba-na La Ha-ba-na, ngày 2 tháng 12 năm 2025"): the date ends the block, after a capitalised word (round 73)
_JOINED_PLACE_DATE: Final = re.compile(
    r"(?<=[^\W\d_]),\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}[ \t]*(?=\n|$)"
)
_PLACE_DMY_ZONE: Final = (
    600  # characters: an occasion line "(Bu-đa-pét, ngày 3/2/2020)" stands under the title
)
# what every _PLACE_DMY_LINE match contains (its date, the separator's repeat relaxed): a fast pre-check
_DMY: Final = re.compile(r"\d\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}")


def _joined_place_date(zone: str) -> str:
    """The date of a place-and-date line joined to the line above it near the top, "" when none: the date ends
    its block and the word before its comma is capitalised (a place's name)."""
    m = _JOINED_PLACE_DATE.search(zone) if "ngày" in zone else None
    if m is None:
        return ""
    before = zone[: m.start()].split()
    if not before or not before[-1][:1].isupper():
        return ""
    values = _single(dates_in(m.group(0)))
    return values[0] if values else ""


def _place_dmy_line(zone: str, head: bool) -> re.Match[str] | None:
    """A place-and-date line in figures whose place is a name (one to five capitalised words, "TP. Hồ Chí
    Minh"), not a timeline entry ("Bình thường hóa quan hệ, 12/7/1995"); a bracketed one ending a line only
    near the top of the text and with "ngày"."""
    if _DMY.search(zone) is None:
        return None
    for m in _place_dmy_matches(zone):
        words = m["place"].split()
        mid_line = m.group(0)[:1] == "(" and m.start() > 0 and zone[m.start() - 1] != "\n"
        if mid_line and not (head and m.start() < _PLACE_DMY_ZONE):
            continue
        if 1 <= len(words) <= 5 and all(w[:1].isupper() for w in words):
            return m
    return None


def _place_dmy_matches(zone: str) -> Iterator[re.Match[str]]:
    """``_PLACE_DMY_LINE.finditer(zone)``: every match opens at the zone's start (``^``), a newline or a "(", so the
    pattern is tried only there, in order and from the end of the last match on (the engine's own scan tries it,
    case-insensitively, at every position of the zone)."""
    opens = [0]
    for c in "\n(":
        i = zone.find(c)
        while i >= 0:
            opens.append(i)
            i = zone.find(c, i + 1)
    last = 0
    for i in sorted(set(opens)):
        if i < last:
            continue
        m = _PLACE_DMY_LINE.match(zone, i)
        if m is not None:
            yield m
            last = m.end()


_SLASH_YEAR: Final = re.compile(r"[/-]\s*\d{4}")
_ISSUE: Final = re.compile(
    r"(?:tập|số|no\.?|vol\.?)\s*\d+(?!\d|\s*-\s*[^\W\d_])[^\n]{0,40}?(?:tháng\s*\d{1,2}\s*[/-]\s*\d{4}|\d{1,2}/\d{4})",
    re.IGNORECASE,
)


_TARGET: Final = re.compile(
    r"(?:đến|tới|tầm nhìn|trước|sau)\s+(?:năm\s+)?$"
)  # "... ĐẾN NĂM 2030": a target, not the date


def _single(values: list[DateExpr]) -> list[str]:
    return [d.value[:10] if is_day_interval(d.value) else d.value for d in values if "/" not in d.value[:11]]


def document_date(doc: Document) -> str:
    """The document's own date: ``doc.meta["date"]``, else from running headers (journal issue
    "(tháng 10/2025)"), a place-and-date line ("Hà Nội, ngày 15 tháng 7 năm 2020"), the title
    ("... 6 THÁNG ĐẦU NĂM 2020 ..."; ranges there are the topic, not the date, and so is the year a topic
    starts from: "TỪ NĂM 1973 ĐẾN NAY") or a journal issue line near the top. "" when none is found."""
    if doc.meta.get("date"):
        return str(doc.meta["date"])
    lines = [str(x) for x in doc.meta.get("removed_lines", []) or []]
    found = post_date(doc.text, lines)  # "30 tháng 12 lúc 20:15 ·": a social-network post's (round 160)
    if found:
        return found
    found = _best([v for line in lines for v in _single(dates_in(line)) if len(v) > 4])
    if found:
        return found
    found = issue_date(lines)  # "Tạp chí Cộng sản số 950 (2020)": an issue line, as structure reads it
    if found:
        return found
    text = doc.text
    n = len(text)
    # (the zones' lower case read off the document's, which the mentions stage keeps: not lowered again)
    low = lower_same_length(text) if plain_case(text) else None
    head, tail = text[:3000], text[-1500:]
    for zone, a in ((head, 0), (tail, max(0, n - 1500))):
        zl = lowered_part(text, a, a + len(zone), low)
        m = _PLACE_DATE.search(zone) if _PLACE_DATE_TAIL.search(zl) else None
        if m is None and "," in zone:
            m = _place_dmy_line(zone, zone is head)
        if m:
            values = _single(dates_in(m.group(0)))
            if values:
                return values[0]
    # "Cập nhật: tháng 3/2025", "... được ký tại Hà Nội ngày ..." (dates_period)
    found = own_date_line(doc.text, low)
    if found:
        return found
    found = _joined_place_date(doc.text[:_PLACE_DMY_ZONE])
    if found:
        return found
    found = weekday_line_date(doc.text)  # "Thứ Hai, 12/01/2026 07:30" under a headline (round 173)
    if found:
        return found
    title = doc.title if doc.blocks else doc.text[: doc.text.find("\n") if "\n" in doc.text else 300]
    if title:
        tl = title.lower()
        values = [
            d.value
            for d in dates_in(title)
            if "/" not in d.value
            and d.qualifier not in ("after", "before", "since")
            and not _TARGET.search(tl, 0, d.start)
        ]
        if values:
            return values[0]
    zone = doc.text[:2000]
    # (every issue date has "/2020" or "-2020"; the case-insensitive pattern runs only where its lower-case twin
    # matches the lower-cased zone, textscan.search_ci: the engine tries it at every position otherwise)
    m = search_ci(_ISSUE, zone, lowered_part(text, 0, len(zone), low)) if _SLASH_YEAR.search(zone) else None
    if m:
        values = _single(dates_in(m.group(0)))
        if values:
            return values[-1]
    return ""


def find_dates(doc: Document) -> Document:
    """Fill ``doc.dates``; set ``doc.meta["date"]`` (the document's own date) when found and unset."""
    base = document_date(doc)
    if base and not doc.meta.get("date"):
        doc.meta["date"] = base
    skip = _skip_spans(doc)
    text = unmarked(doc)
    found = dates_in(text, base)  # "năm 20131": the year 2013 and the note 1 (dates_note_marks)
    if doc.meta.get("sections"):  # a calendar entry's, a feed item's own day: "sáng nay" there (round 203)
        found = _section_dates(text, found, doc.meta["sections"])
    if skip:
        found = [d for d in found if not any(s <= d.start < e for s, e in skip)]
    doc.dates = found
    return doc


def _section_dates(text: str, found: list[DateExpr], sections: list[Any]) -> list[DateExpr]:
    """The dates of each dated part (read/outline.py ``sections``) read again against the part's own day.

    The parts a reader marks follow one another without overlapping; the dates found in a dated part are
    dropped in one pass (review 23: a pass over every date for each part took 7 s on a calendar of 3,000
    entries); overlapping parts (never seen) are read part by part as before."""
    dated = [(int(a), int(z), str(date)[:10]) for a, z, date, _status in sections if str(date)[:10]]
    if any(b[0] < a[1] for a, b in zip(dated, dated[1:], strict=False)):
        return _section_dates_by_part(text, found, dated)
    starts = [a for a, _, _ in dated]
    kept: list[DateExpr] = []
    for d in found:
        k = bisect_right(starts, d.start) - 1
        if k < 0 or d.start >= dated[k][1]:
            kept.append(d)
    for lo, hi, own in dated:  # (the part alone: its own lower case)
        kept.extend(
            DateExpr(d.start + lo, d.end + lo, d.value, d.qualifier) for d in dates_in(text[lo:hi], own)
        )
    kept.sort(key=lambda d: d.start)
    return kept


def _section_dates_by_part(
    text: str, found: list[DateExpr], dated: list[tuple[int, int, str]]
) -> list[DateExpr]:
    out = list(found)
    for lo, hi, own in dated:
        again = [DateExpr(d.start + lo, d.end + lo, d.value, d.qualifier) for d in dates_in(text[lo:hi], own)]
        out = [d for d in out if not lo <= d.start < hi] + again
    out.sort(key=lambda d: d.start)
    return out


# --- the date governing a span ------------------------------------------------------------------


# where a date governs a span, a section, the title: in dates_near (re-exported here)
from doingoai.extract.dates_near import date_near, section_date, title_date  # noqa: E402, F401
