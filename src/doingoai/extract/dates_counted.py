"""A time counted from the date told before it (round 23): "hai tháng sau, ...", "Ba năm sau đó, ...", and (round 27)
"chỉ ba ngày sau, ...", "hai tuần sau đó, ..." (a day from a day; from a month or a year, that month or year).

A narrative dates an act by its distance from the one it has just told: "Đề nghị ... được chấp thuận tháng
7/2023; hai tháng sau, X ký văn kiện gia nhập TAC" is September 2023; "Năm 1991, hai nước bình thường hóa quan
hệ. Một năm sau, Tổng Bí thư ... thăm Trung Quốc" is 1992. The phrase must open its clause and end with a
comma or "đó" ("sau khi X ...", "hơn một năm sau Việt Nam" compare, and are not counted), and the clause must
write no date of its own after it ("Ba năm sau, ngày 28/7/1995, ..." keeps its day). The anchor is the last
date written before the phrase in its paragraph, outside brackets and names; the result keeps the precision
the count gives: months for "N tháng sau" (from a month or a day), a year for "N năm sau".

The phrase may also run into its verb's adverb with no comma ("nhưng chỉ ba năm sau lại tuyên bố ...", round 28),
and an act "Chỉ một năm sau khi <act> (<its date>), ..." is counted from the date inside the "sau khi" phrase when
its sentence writes no other date before the trigger or after it before a comma (:func:`after_when_date`).

An act "Nhân (dịp) kỷ niệm N năm <event> (<its date>), ..." is counted the same way, N years on from the date
remembered, to its month (round 26: :func:`occasion_date`).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Final

from doingoai.extract.dates_earlier_paragraph import opens_paragraph, told_in_earlier_paragraph
from doingoai.extract.dates_spoken import count_word
from doingoai.extract.events_context import Context
from doingoai.model import DateExpr

_NUMBER: Final = r"(?:mười một|mười hai|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|vài|\d{1,2})"
# (round 41) "vài tuần / ngày sau": a few; counted as two weeks or three days, told to the month
_FEW: Final = {"tuần": 2, "ngày": 3}
# on the lower-cased text: the clause opens with the count ("(Chỉ / Đúng / Khoảng) hai tháng sau (đó), ")
COUNTED: Final = re.compile(
    r"(?:(?:^|(?<=[,;:.]\s)|(?<=\n))\s*(?:(?:nhưng|chỉ|đúng|khoảng|gần|hơn|chưa đầy|và|rồi)\s+)*"
    r"(?P<n>" + _NUMBER + r")\s+(?P<unit>năm|tháng|tuần|ngày)\s+sau(?:\s+đó)?"
    # (a comma, or a verb's adverb right after: "nhưng chỉ ba năm sau lại tuyên bố rút khỏi ...", round 28)
    r"(?:\s*,\s*|\s+(?=(?:lại|mới|thì|liền|lập tức)\s))"
    # (round 41) a second predicate of the subject: "X được kết nạp vào A ngày ... và ba năm sau trở thành ..."
    r"|(?<=\s)và\s+(?:(?:chỉ|đúng|khoảng|gần|hơn|chưa đầy)\s+)*(?P<n3>"
    + _NUMBER
    + r")\s+(?P<unit3>năm|tháng|tuần|ngày)"
    r"\s+sau(?:\s+đó)?\s+(?=(?:trở thành|gia nhập|được|ký|chính thức|tuyên bố|thiết lập|bình thường hóa|rút|lại|mới)\s))"
)


def shift(value: str, n: int, unit: str) -> str:
    """``value`` (ISO, a year, a month or a day) moved ``n`` years, months, weeks or days on, at the count's
    precision."""
    if not value[:4].isdigit():
        return ""
    year = int(value[:4])
    if unit == "năm":
        return str(year + n)
    if unit in ("tuần", "ngày"):  # (round 27) from a day, a day; from a month or a year, that month or year
        if len(value) < 10 or not value[8:10].isdigit():
            return value[:7] if len(value) >= 7 and value[5:7].isdigit() else value[:4]
        day = date(year, int(value[5:7]), int(value[8:10])) + timedelta(days=n * (7 if unit == "tuần" else 1))
        return day.isoformat()
    if len(value) < 7 or not value[5:7].isdigit():
        return ""  # a month counted from a bare year: the text gives no month
    months = year * 12 + int(value[5:7]) - 1 + n
    return f"{months // 12:04d}-{months % 12 + 1:02d}"


# counted back (round 31): "Trước đó hai năm, ...", "Hai năm trước đó, ..." (the act told after came first); years
# and months only ("Trước đó một ngày" in a news report is the day before its dateline: dates.py)
BACK_COUNTED: Final = re.compile(
    r"(?:^|(?<=[,;:.]\s)|(?<=\n))\s*(?:(?:chỉ|đúng|khoảng|gần|hơn)\s+)*"
    r"(?:trước đó\s+(?P<n>" + _NUMBER + r")\s+(?P<unit>năm|tháng)"
    r"|(?P<n2>" + _NUMBER + r")\s+(?P<unit2>năm|tháng)\s+trước đó)\s*,\s*"
)


def paragraph_start(ctx: Context, c0: int, block: int | None) -> int:
    """Where the paragraph of the clause opening at ``c0`` starts (``c0`` when its block is not known)."""
    if block is not None and block < len(ctx.doc.blocks):
        return max(0, min(c0, ctx.doc.blocks[block].start))
    return c0


def own_date_after(ctx: Context, at: int, ts: int, p1: int) -> bool:
    """Does the clause write a date of its own after the phrase ending at ``at`` ("Ba năm sau, ngày 28/7/1995, ...")?"""
    return any(not (ctx.attached(d) or ctx.in_name(d)) for d in ctx.dates_in(at, max(ts, p1)))


def told_before(ctx: Context, lo: int, at: int) -> list[DateExpr]:
    """The dates written from ``lo`` to ``at`` that a narrative counts from: not a name's or an act's own, not in
    brackets."""
    text = ctx.doc.text
    return [
        d
        for d in ctx.dates_in(lo, at)
        if not (ctx.attached(d) or ctx.in_name(d))
        and text.rfind("(", lo, d.start) <= text.rfind(")", lo, d.start)
    ]


def counted_date(ctx: Context, low: str, c0: int, ts: int, p1: int, block: int | None) -> str:
    """The date of a clause opening with "N tháng / năm sau," (or "Trước đó N năm,": counted back) counted from the
    last date told before it in the paragraph (see the module's docstring), or ""."""
    w0 = max(0, c0 - 40, ts - 300)
    back = low.find("trước đó", w0, ts) >= 0
    if low.find(" sau", w0, ts) < 0 and not back:
        return ""  # (the fast path: no "sau" nor "trước đó" before the trigger)
    lo = paragraph_start(ctx, c0, block)
    found = list(
        COUNTED.finditer(low, max(lo, c0 - 40, ts - 300), ts)
    )  # (it may stand before the clause's comma)
    sign = 1
    if not found and back:
        found = list(BACK_COUNTED.finditer(low, max(lo, c0 - 40, ts - 300), ts))
        sign = -1
    if not found:
        return ""
    m = found[-1]
    if own_date_after(ctx, m.end(), ts, p1):
        return ""  # "Ba năm sau, ngày 28/7/1995, ...": the clause's own date
    before = [d for d in told_before(ctx, lo, m.start()) if "/" not in d.value]
    if not before and opens_paragraph(low, lo, m.start()):
        # "Ba ngày sau, ..." opening a paragraph: counted from a date told before it (dates_earlier_paragraph)
        before = [d for d in told_in_earlier_paragraph(ctx, block) if "/" not in d.value]
    if not before:
        return ""
    word = m.group("n") or m.group("n2") if sign < 0 else m.group("n") or m.group("n3")
    unit = m.group("unit") or m.group("unit2") if sign < 0 else m.group("unit") or m.group("unit3")
    if word == "vài":  # "Chỉ vài tuần sau, ...": a few weeks on, to the month (a few years: no year told)
        shifted = shift(before[-1].value, sign * _FEW[unit], unit) if unit in _FEW else ""
        return shifted[:7] if len(shifted) >= 7 else shifted
    n = count_word(word)
    return shift(before[-1].value, sign * n, unit) if n else ""


# a nominal act coordinated with the next one of its kind, and what may stand between it and the shared date
_NOMINAL_HEAD: Final = re.compile(r"(?:các |những |hai )?(?:chuyến|cuộc) ")
_AND_NEXT: Final = re.compile(r"\s*(?:,|và|,\s*và|cùng)\s*$")
_PREDICATE: Final = re.compile(r"[,;:.()]|\b(?:đã|đang|sẽ|là|được|góp phần|tạo|mở ra|đánh dấu)\b")


def shared_nominal_date(ctx: Context, low: str, ts: int, te: int, p1: int) -> str:
    """ "Chuyến thăm Hy Lạp của Chủ tịch nước X và chuyến thăm Việt Nam của Tổng thống Y trong năm 2008 đã ...":
    two nominal acts coordinated as one subject share the date written after the second, before the predicate;
    the date of the first (with none of its own between ``te`` and ``p1``, the next trigger), or ""."""
    if not _NOMINAL_HEAD.match(low, ts) or not _AND_NEXT.search(low, max(te, p1 - 8), p1):
        return ""
    head = _NOMINAL_HEAD.match(low, p1)
    if head is None:
        return ""
    for d in ctx.dates_in(p1, p1 + 160):
        if _PREDICATE.search(low, head.end(), d.start):
            return ""  # the predicate has begun: "... đã diễn ra tháng 5": the second act's date only
        if not (ctx.attached(d) or ctx.in_name(d)):
            return d.value
    return ""


# ", năm 1993 hai bên ký ...": a date after a comma, then the clause's subject and verb with no comma between
_AFTER_COMMA: Final = re.compile(r",\s*(?:(?:vào|đến|tới)\s+)?(?:(?:ngày|tháng|năm)\s+)?$")


def fronted_clause_date(low: str, d0: int, d1: int, ts: int) -> bool:
    """Does the date at ``low[d0:d1]`` open the clause of the trigger at ``ts`` after a comma ("Sau khi hai nước
    bình thường hóa quan hệ vào tháng 11/1991, năm 1993 hai bên ký ...")? Then it is the trigger's, not the
    earlier trigger's of the sentence."""
    return (
        0 < ts - d1 <= 40
        and low.find(",", d1, ts) < 0
        and _AFTER_COMMA.search(low, max(0, d0 - 12), d0) is not None
    )


# "gia nhập các Công ước Giơ-ne-vơ năm 1949": an instrument's name right after the verb, its year after the name
_NAME_THEN_YEAR: Final = re.compile(
    r"\s+(?:các\s+|hai\s+)?(?:công ước|hiệp ước|nghị định thư|điều ước|quy chế)\s[^,.;:()\n]{1,80}?\s(?:năm\s+)?$"
)


# the name's year is a bare "(năm) 1949", not a time the act is told at ("vào cuối năm ngoái", "từ năm 2004")
_YEAR_LITERAL: Final = re.compile(r"(?:năm\s+)?(?:1[89]|20)\d\d(?!\d)")
_TIME_WORD: Final = re.compile(r"\b(?:vào|cuối|đầu|giữa|trong|từ|đến|tới|sau|trước|hồi)\s+(?:năm\s+)?$")


def instrument_year(ctx: Context, low: str, c0: int, ts: int, te: int, d0: int) -> bool:
    """Is the "năm YYYY" at ``d0`` the year of the instrument named between the trigger and it, the act being
    dated already by a date that opens the clause ("Năm 1957, X gia nhập các Công ước Giơ-ne-vơ năm 1949")? An
    undated act keeps the year after the name ("gia nhập Công ước Béc-nơ ... năm 2004")."""
    if d0 - te > 100 or _NAME_THEN_YEAR.fullmatch(low, te, d0) is None:
        return False
    if _YEAR_LITERAL.match(low, d0) is None or _TIME_WORD.search(low, max(te, d0 - 12), d0):
        return False  # "phê chuẩn Nghị định thư gia nhập vào cuối năm ngoái": the act's own time
    return any(low.startswith(",", x.end) and x.end <= ts for x in ctx.dates_in(c0, ts))


# an act on the occasion of an anniversary: "Nhân kỷ niệm 56 năm vụ thảm sát Sơn Mỹ (16/3/1968), đoàn ... sang thăm"
_OCCASION: Final = re.compile(r"(?<![^\W\d_])(?:nhân(?: dịp)?|chào mừng) (?:lễ )?kỷ niệm (?P<n>\d{1,3}) năm ")


def occasion_date(ctx: Context, low: str, c0: int, ts: int) -> str:
    """The date of an act told "Nhân (dịp) kỷ niệm N năm <event> (<its date>), ..." before it: the anniversary,
    that date N years on, to its month ("(16/3/1968)", 56 years: 2024-03); "" when the sentence has no such
    phrase before the trigger or writes a date of its own after the bracket. (An act of the anniversary's own
    name, "kỷ niệm 55 năm Ngày thiết lập ...", is events_dating's anniversary, not this.)"""
    if low.find("kỷ niệm", max(0, c0 - 150), ts) < 0:
        return ""
    found = list(_OCCASION.finditer(low, max(0, c0 - 150), ts))
    m = found[-1] if found else None
    if m is None or any(p in low[m.end() : ts] for p in (". ", ";", "\n")):
        return ""
    told = [d for d in ctx.dates_in(m.end(), ts) if not ctx.in_name(d)]
    if not told or "/" in told[0].value or not low.startswith("(", told[0].start - 1) or len(told) > 1:
        return ""  # (the remembered date in brackets, the only date before the trigger)
    v = told[0].value
    if not v[:4].isdigit():
        return ""
    return str(int(v[:4]) + int(m.group("n"))) + (v[4:7] if len(v) >= 7 else "")


# "Chỉ một năm sau khi Quốc vương X lên nắm quyền (23/7/1970), Ô-man gia nhập ...": a count before "sau khi" opening
# the clause, with the date of the act it counts from inside the "sau khi" phrase (round 28)
_AFTER_WHEN: Final = re.compile(
    r"(?:^|(?<=[,;:.]\s)|(?<=\n))\s*(?:(?:chỉ|đúng)\s+)*(?P<n>"
    + _NUMBER
    + r")\s+(?P<unit>năm|tháng|tuần|ngày)\s+sau\s+khi\s"
)


def after_when_date(ctx: Context, low: str, c0: int, ts: int, p1: int) -> str:
    """The date of an act whose sentence opens "N năm / tháng / ngày sau khi <act> (<its date>), ...": that date
    counted on, when the sentence writes no other date before the trigger or after it before a comma; else ""."""
    sent = ctx.doc.sentence_at(ts)
    if sent is None or low.find("sau khi", sent.start, ts) < 0:
        return ""  # (the fast path)
    m = _AFTER_WHEN.match(low, sent.start)
    if m is None:
        return ""
    comma = low.find(",", m.end(), ts)
    if comma < 0:
        return ""
    told = [d for d in ctx.dates_in(m.end(), comma) if not ctx.in_name(d) and "/" not in d.value]
    end = min(i for i in (low.find(",", ts, p1), low.find(";", ts, p1), max(ts, p1)) if i >= 0)
    own = [d for d in ctx.dates_in(comma, end) if not (ctx.attached(d) or ctx.in_name(d))]
    if not told or own:
        return ""
    n = count_word(m.group("n"))
    return shift(told[-1].value, n, m.group("unit")) if n else ""


# (round 41) "<main act> ngày 14/5/1955, ít ngày sau khi X được kết nạp vào NATO": the act after "sau khi" came a
# little (or N units) before the date told just before the phrase
_SHORTLY_AFTER_WHEN: Final = re.compile(
    r"\s*,\s*(?:(?:chỉ|đúng|khoảng|gần|hơn|chưa đầy)\s+)*(?P<n>ít|vài|mấy|" + _NUMBER[3:-1] + r")\s+"
    r"(?P<unit>năm|tháng|tuần|ngày)\s+sau\s+khi\s+"
)


_CLAUSE_END: Final = re.compile(r"[;.:]\s")


def before_when_date(ctx: Context, low: str, c0: int, ts: int) -> str:
    """The date of an act told in a "(ít / N) ngày sau khi <act>" phrase right after the date of another act
    ("..., ký ngày 14/5/1955, ít ngày sau khi X được kết nạp vào NATO"): that date counted back, to the month for
    "ít / vài / mấy"; "" when the phrase does not hold the trigger at ``ts`` or writes a date of its own."""
    lo = max(0, c0 - 80)
    k = low.find("sau khi", lo, ts)
    if k < 0:
        return ""
    told = [
        d for d in ctx.dates_in(lo, k) if not ctx.in_name(d) and d.value[:4].isdigit() and "/" not in d.value
    ]
    if not told:
        return ""
    m = _SHORTLY_AFTER_WHEN.match(low, told[-1].end)
    if (
        m is None
        or m.end() > ts
        or ts - m.end() > 80
        or ctx.dates_in(m.end(), ts)
        or _CLAUSE_END.search(low, m.end(), ts)
    ):
        return ""  # (the trigger in the phrase: not "..., chỉ một tuần sau khi giành độc lập; nước bạn ...")
    value, word, unit = told[-1].value, m.group("n"), m.group("unit")
    if word in (
        "ít",
        "vài",
        "mấy",
    ):  # a few days or weeks before: that month (a few years or months: no date)
        return value[:7] if unit in ("ngày", "tuần") and len(value) >= 7 else ""
    n = count_word(word)
    return shift(value, -n, unit) if n else ""
