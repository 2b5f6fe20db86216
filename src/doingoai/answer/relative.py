"""Relative dates in an evidence sentence, read from its document's own date: in a conclusion dated
10/1/2025, "Năm ngoái" is 2024 and "Tháng trước" 12/2024, so a question naming "năm 2024" or
"tháng 12/2024" can be answered from a sentence that writes neither (:func:`resolved`)."""

from __future__ import annotations

import re

from doingoai.extract.dates import relative_date

# "năm ngoái", "năm trước" (the year before), "năm nay", "năm tới"/"năm sau"; the same for months
_RELATIVE = re.compile(
    r"(?<!\w)(năm|tháng)\s+(ngoái|trước|nay|này|tới|sau)(?!\w)",
    re.I,
)
# "năm sau" follows the document's date only where nothing else dates it: not opening the sentence
# ("Năm sau, …" goes on from the year told before), nor after a year the sentence writes
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
# a count before it makes a span, not the year or month before: "hai năm trước", "20 năm nay"
_COUNT_BEFORE = re.compile(
    r"(?:\d|\b(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mươi|nhiều|vài|mấy|các|những))\s*$", re.I
)
_DATE = re.compile(r"(\d{4})(?:-(\d{2}))?")
# the story's time, not the document's: "Năm trước đó", "tháng sau ấy", "năm sau khi …", "năm trước
# kia" (formerly), or a year next to it ("Tháng này năm 1975", "1995, năm sau")
_STORY_AFTER = re.compile(r"\s*(?:(?:đó|ấy|khi|kia)(?!\w)|,?\s*(?:năm\s+)?(?:1[89]|20)\d\d(?!\d))", re.I)
_YEAR_BEFORE = re.compile(r"(?<!\d)(?:1[89]|20)\d\d,?\s*$")
# "năm này"/"tháng này" point back to the year or month told before ("Năm 1995 …; năm này …"), save
# opening the sentence ("Tháng này, hai bên …", "Đầu tháng này, …": the time of writing)
_OPENING = re.compile(r"\s*(?:(?:đầu|cuối|giữa|trong|vào|ngay)\s+)?$", re.I)


def resolved(text: str, date: str | None) -> str:
    """The absolute dates the relative ones in ``text`` stand for, written as a sentence writes them
    ("năm 2024", "tháng 12/2024"), from the document's ISO ``date``; "" when there are none (or no
    date, or a month is asked of a document dated by its year only)."""
    if not date or not cue(text):
        return ""
    m = _DATE.match(date)
    if m is None:
        return ""
    month = int(m.group(2)) if m.group(2) else None
    out = []
    for r in _RELATIVE.finditer(text):
        unit, word = r.group(1).lower(), r.group(2).lower()
        named = _MONTH_BEFORE.search(text, max(0, r.start() - 12), r.start()) if unit == "năm" else None
        if not named and _COUNT_BEFORE.search(text, max(0, r.start() - 12), r.start()):
            continue  # ("hai năm trước" is a span; "tháng 11 năm ngoái" a month)
        if _STORY_AFTER.match(text, r.end()) or _YEAR_BEFORE.search(text, max(0, r.start() - 8), r.start()):
            continue
        told = _YEAR.findall(text, 0, r.start()) if unit == "năm" and word == "trước" else []
        if told:  # "Đầu năm 2023, … trận lũ lụt năm trước": the year before the one the sentence tells
            out.append(f"năm {int(told[-1]) - 1}")
            continue
        if word == "này" and not _OPENING.match(text[: r.start()]):
            continue
        if r.group(2).lower() == "sau" and (
            not text[: r.start()].strip() or _YEAR.search(text, 0, r.start())
        ):
            continue
        if unit == "năm":
            year = relative_date("năm " + word, m.group(0))
            out.append(f"năm {year}")
            if named:  # "Tháng 11 năm ngoái": November of that year
                out.append(f"tháng {int(named.group(1))}/{year}")
        elif month is not None:  # (extract.dates resolves the phrase: one table for both)
            value = relative_date("tháng " + word, m.group(0))  # "2024-12"
            y, mon = value[:4], int(value[5:7])
            out.append(f"tháng {mon}/{y} năm {y}")
    out += _days_of(text, m.group(1), month)
    return " " + " ".join(out) if out else ""


_MONTH_BEFORE = re.compile(r"(?<!\w)tháng\s+(\d{1,2})\s+$", re.I)
# a day written without its year ("Ngày 6/6, …", "từ ngày 27 đến 30/11"): of the document's year, or the
# year before when its month is past the document's own ("ngày 28/12" in a text of 10/1/2025)
_DAY = re.compile(r"(?<!\w)ngày\s+(?:\d{1,2}\s*(?:[–-]|đến|và)\s*)?(\d{1,2})/(\d{1,2})(?![\d/])", re.I)


def _days_of(text: str, year: str, month: int | None) -> list[str]:
    out = []
    for d in _DAY.finditer(text):
        day, mon = int(d.group(1)), int(d.group(2))
        if not (1 <= mon <= 12 and 1 <= day <= 31):
            continue
        y = int(year) - 1 if month is not None and mon > month else int(year)
        out.append(f"{day}/{mon}/{y}")
    return out


def cue(text: str) -> bool:
    """``text`` writes a relative year or month ("năm ngoái", "tháng trước")."""
    return _RELATIVE.search(text) is not None or _DAY.search(text) is not None


def document_year(text: str, title: str, date: str | None) -> str:
    """The year a sentence writing none is about, read from its document: a report or a news item
    dated in a year its title writes ("Báo cáo … năm 2023, phương hướng … năm 2024", dated
    15/12/2023), or with no year in its title at all; "" otherwise (a journal article's date is not
    its story's)."""
    if not date or _YEAR.search(_COMPARED.sub("", text)) or _RELATIVE.search(text):
        return ""
    year = date[:4]
    in_title = set(_YEAR.findall(title))
    return f"năm {year}" if (year in in_title or not in_title) and year.isdigit() else ""


# the year an amount is compared with is not the sentence's own: "đạt 412 triệu USD, tăng 11% so với năm 2023"
# (a report of 2024), "gấp đôi so với cùng kỳ năm 2022"
_COMPARED = re.compile(r"(?<!\w)so\s+với\s+(?:cùng\s+kỳ\s+)?(?:năm\s+)?(?:1[89]|20)\d\d(?!\d)", re.I)


def without_compared(text: str) -> str:
    """``text`` without the years its amounts are compared with ("…, tăng 7% so với năm 2024")."""
    return _COMPARED.sub("", text)


# the year the story told just before is in: "Cuối năm đó", "năm ấy", "cùng năm", "Cũng trong năm này"
_STORY_YEAR = re.compile(r"(?<!\w)(?:năm\s+(?:đó|ấy)|cùng\s+năm)(?!\w)", re.I)


def story_year(text: str, before: str) -> str:
    """The year a sentence writing "năm đó" / "cùng năm" and no year of its own is about: the last year the
    text of its paragraph before it writes (" năm 1975" after "Ngày 19/5/1975, … Cuối năm đó, …"); "" if none."""
    if not _STORY_YEAR.search(text) or _YEAR.search(
        re.sub(r"\([^()]*\)", "", text)
    ):  # (a cited work's year aside)
        return ""
    years = _YEAR.findall(before.split("\n\n")[-1])
    return f" năm {years[-1]}" if years else ""
