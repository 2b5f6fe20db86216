"""Where a date expression may start (:func:`starts_in`, for :func:`doingoai.extract.dates.dates_in`): each
relative phrase ("năm nay", "thời gian tới"), and for each digit run that can belong to a date, the run, its
token ("ii/2020", "28/7/1995") and up to four date words before it ("từ năm", "mùa xuân năm", "6 tháng đầu năm").

On a whole text the runs and their tokens and lead words are found by the regex engine (``_RUN``, then
``_CHAIN`` on the reversed text from each run); on a range of it, by the per-run loop (``_starts``), which
defines them. ``tests/test_extract_dates_citations_speed.py`` checks that both give the same starts.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from doingoai.extract.textscan import bmp_text, spans_at, utf16_units

# where a date expression without a digit may start; digit runs give the other starts
_WORD_START: Final = re.compile(
    r"năm\s+(?:nay|ngoái|tới|vừa|qua|sau|đó|ấy)|quý\s+(?:iv|i{1,3}|[1-4])\s+năm|thời\s+gian\s+(?:tới|sắp|qua|vừa)|sắp\s+tới|vừa\s+qua|sáu\s+tháng|nửa\s+(?:đầu|cuối)"
    r"|(?:tháng|tuần)\s+(?:trước|tới|qua|này|sau)|(?:hôm|sáng|chiều|tối|trưa|đêm)\s+(?:nay|qua)|tháng\s+\d"
)  # ("tháng 9": a month without its year, round 41)
# each branch's first word
_WORD_FIRSTS: Final = (
    "năm",
    "thời",
    "sắp",
    "vừa",
    "sáu",
    "nửa",
    "tháng",
    "tuần",
    "hôm",
    "quý",
    "sáng",
    "chiều",
    "tối",
    "trưa",
    "đêm",
)
_RELATIVE_YEAR_AFTER: Final = (
    " năm nay",
    " năm ngoái",
    " năm tới",
    " năm sau",
    " năm trước",
)  # "tháng 11 năm ngoái"
# a day range with "ngày" repeated, its year further on: "từ ngày 16 đến ngày 18 tháng 3 năm 2026" (round 116)
_DAY_RANGE_ON: Final = re.compile(r" (?:đến|tới) ngày \d{1,2} tháng")
_DIGITS: Final = re.compile(r"\d\d*")  # (not "\d+": the engine scans for a leading single class much faster)
_YEAR_AHEAD: Final = re.compile(r"\d{4}")
_LEAD_WORDS: Final = 4  # "6 tháng đầu năm 2020": a match may start up to four words before its year
# words that can stand before the digits of a date expression ("từ năm 1975", "6 tháng đầu năm 2020")
_LEAD: Final = frozenset(
    "năm từ sau trước kể tháng ngày mùa xuân hạ hè thu đông quý i ii iii iv những niên kỷ kỉ thập nửa đầu cuối 6 sáu sáng chiều tối trưa đêm".split()
)
_PUNCT: Final = "([{“\"'‘"
_DAY_WORDS: Final = (
    "sáng",
    "chiều",
    "tối",
    "trưa",
    "đêm",
    "ngày",
)  # "Chiều 7/10": a day of the document's year


def _starts(low: str, start: int, end: int):
    """Positions where a date expression may start: each relative phrase, and for each digit run that
    could belong to a date, its token ("ii/2020") and the date words before it ("từ năm", "mùa xuân năm")."""
    for s, _ in spans_at(low, _WORD_START, _WORD_FIRSTS, start, end):
        yield s
    if start == 0 and end == len(low):  # the whole text: runs and lead words found by the regex engine
        yield from _run_starts(low)
        return
    for m in _DIGITS.finditer(low, start, end):
        ds, de = m.span()
        n = de - ds
        if n == 3 or n > 4:
            continue  # page numbers, votes, amounts
        if n <= 2 and not (
            _YEAR_AHEAD.search(low, de, min(de + 24, end))
            or low.startswith(" tháng", de)
            or _DAY_RANGE_ON.match(low, de) is not None
            or low.startswith(_RELATIVE_YEAR_AFTER, de)
            or low[max(0, ds - 6) : ds].rstrip().endswith(("năm", "niên", "kỷ", "kỉ"))
            or low.startswith("/", de)
            and low[max(0, ds - 7) : ds].rstrip().endswith(_DAY_WORDS)
        ):
            continue
        yield from _lead_starts(low, start, ds)


def _lead_starts(low: str, start: int, ds: int):
    """The starts a digit run at ``ds`` gives: itself, its token, the date words before it."""
    yield ds
    p = max(start, low.rfind(" ", max(start, ds - 16), ds) + 1)
    while p < ds and low[p] in _PUNCT:
        p += 1
    if p < ds:
        yield p  # "ii/2020", "28/7/1995"
    for _ in range(_LEAD_WORDS):
        if p - 1 <= start or low[p - 1] not in " (":
            break
        lo = max(start, p - 16)  # the word before, not reaching into the line before
        q = max(start, low.rfind(" ", lo, p - 1) + 1, low.rfind("\n", lo, p - 1) + 1)
        k = q
        while k < p - 1 and low[k] in _PUNCT:
            k += 1
        if low[k : p - 1].rstrip("(") not in _LEAD:
            break
        p = k
        yield p


# The same over a whole text, in C: the digit runs that can belong to a date (_RUN: four digits, or one or
# two before a year, " tháng", "/" after a day word, or after "năm"/"niên"/"kỷ"), and for each the token and
# lead words before it (_CHAIN, matched on the reversed text from the run's first digit backwards).
def _after(words: tuple[str, ...], window: int, digits: int) -> str:
    """Lookbehinds from the end of a run of ``digits``: one of ``words`` then white space within ``window``
    characters before the run (the old rstrip test)."""
    space, digit = r"\s", r"\d"
    return "|".join(
        f"(?<={re.escape(w)}{space * k}{digit * digits})" for w in words for k in range(window - len(w) + 1)
    )


_YEAR_WORDS: Final = ("năm", "niên", "kỷ", "kỉ")
_RUN: Final = re.compile(
    r"\d(?<!\d\d)(?:\d\d\d(?!\d)|(?P<two>\d)?(?!\d)(?:(?=[\s\S]{0,20}\d{4}| tháng| năm (?:nay|ngoái|tới|sau|trước)|"
    + _DAY_RANGE_ON.pattern
    + r")|(?(two)(?:"
    + _after(_YEAR_WORDS, 6, 2)
    + ")|(?:"
    + _after(_YEAR_WORDS, 6, 1)
    + "))|(?=/)(?(two)(?:"
    + _after(_DAY_WORDS, 7, 2)
    + ")|(?:"
    + _after(_DAY_WORDS, 7, 1)
    + "))))"
)
_P: Final = "[" + re.escape(_PUNCT) + "]"
_LEAD_REV: Final = "|".join(re.escape(w[::-1]) for w in sorted(_LEAD, key=len, reverse=True))
_STEP: Final = (  # one lead word: "(" or " " before the token, then the word (punctuation and "(" around it)
    r"[ (](?!\Z)(?=[^ \n]{0,14}[ \n]|[^ \n]*\Z)\(*(?P<wN>" + _LEAD_REV + r")(?=" + _P + r"*(?:[ \n]|\Z))"
)
_CHAIN: Final = re.compile(
    rf"(?=[^ ]{{0,15}} )(?P<tok>[^ ]*?)(?={_P}* )"
    + "(?:"
    + "(?:".join(_STEP.replace("wN", f"w{i}") for i in range(1, _LEAD_WORDS + 1))
    + ")?" * _LEAD_WORDS
)


@lru_cache(maxsize=1)
def _digit_table():  # -> numpy array of bool, one per UTF-16 code unit
    """Which characters up to U+FFFF ``\\d`` matches."""
    import numpy as np

    table = np.zeros(0x10000, dtype=bool)
    for m in re.finditer(r"\d+", bmp_text()):
        table[m.start() : m.end()] = True
    return table


def _digit_runs(low: str) -> tuple[list[int], list[int]] | None:
    """The first digit and the length of every run of digits in ``low`` (one table look-up per character: the
    regex engine's scan for a leading ``\\d`` costs several times more), or None for a text beyond U+FFFF."""
    units = utf16_units(low)
    if len(units) != 2 * len(low):
        return None
    import numpy as np

    digit = _digit_table().take(np.frombuffer(units, dtype=np.uint16))
    first = digit.copy()
    first[1:] &= ~digit[:-1]
    last = digit.copy()
    last[:-1] &= ~digit[1:]
    firsts = np.flatnonzero(first)
    return firsts.tolist(), (np.flatnonzero(last) - firsts + 1).tolist()


def _run_positions(low: str) -> list[int]:
    """The starts of ``_RUN.finditer(low)``. Every match is a whole run of digits: one of four digits always,
    one of one or two where the pattern says so (never three, five or more); so the pattern is tried only at
    the first digit of the short runs."""
    runs = _digit_runs(low) if len(low) >= 4000 else None  # (numpy's fixed cost outweighs short texts')
    if runs is None:
        return [m.start() for m in _RUN.finditer(low)]
    match = _RUN.match
    return [
        p for p, size in zip(*runs, strict=True) if size == 4 or (size <= 2 and match(low, p) is not None)
    ]


def _run_starts(low: str) -> list[int]:
    rev = low[::-1]
    n = len(low)
    out: list[int] = []
    chain = _CHAIN.match
    for ds in _run_positions(low):
        m = chain(rev, n - ds)
        if m is None:  # no space in the 16 characters before the run: the token starts at the text's start
            out.extend(_lead_starts(low, 0, ds))
            continue
        out.append(ds)
        if m.end(1) > n - ds:  # the token
            out.append(n - m.end(1))
        if m.end(2) >= 0:  # lead words
            out.extend([n - e for _, e in m.regs[2:] if e >= 0])
    return out


def starts_in(low: str, start: int, end: int) -> list[int]:
    """The positions in ``low[start:end]`` (a lower-cased text) where a date expression may start (repeats
    possible)."""
    if start == 0 and end == len(low):
        return [s for s, _ in spans_at(low, _WORD_START, _WORD_FIRSTS)] + _run_starts(low)
    return list(_starts(low, start, end))
