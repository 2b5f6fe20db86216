"""How an answer prints a date, and the dates a sentence coordinates for one act.

* One way per question language, whether the date comes from a stored fact (ISO "1995-07-28") or
  from the text ("Ngày 28/07/1995"). A Vietnamese question: day/month/year as Vietnamese text writes
  it, without leading zeros ("28/7/1995", "11/1/2007"), a month "tháng 7/2012", a year "2013". An
  English question: the English long form ("11 January 2007", "July 2012", "2013", a range of days
  "19–21 May 2023"), since "11/1/2007" reads as 1 November to many English readers. The ISO value
  stays in :attr:`Answer.value` for facts. A span of years, a Vietnamese question's range of days, a
  date counted from another step keep the sentence's own writing.
* "Việt Nam đăng cai APEC năm nào?" over "… năm 2006 tại Hà Nội và năm 2017 tại Đà Nẵng": the act
  asked has two dates and both are the answer ("2006, 2017", as list answers join their items). Dates
  are coordinated when only "và"/","/"and", "năm"/"ngày" and a place ("tại Hà Nội") stand between
  them: any other word, a verb of another act ("… ngày 11/7/1995 và xác lập quan hệ … năm 2013",
  "ký ngày … và có hiệu lực từ ngày …") or another name ("năm 1998 APEC và năm 2007 WTO"), ends it.
"""

from __future__ import annotations

import re

from doingoai.question import Question, Wants

_MONTHS_EN = "January February March April May June July August September October November December".split()
_ISO = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?")
_LEAD = re.compile(r"^(?:(?:vào|từ)\s+)?(?:ngày|tháng|năm|in|on)\s+", re.I)


def _parts(text: str) -> tuple[int, int | None, int | None] | None:
    """(year, month, day) of a text that is one plain date and nothing more, else None."""
    body = _LEAD.sub("", text.strip().rstrip(".,;"), count=1).strip()
    m = _ISO.fullmatch(body)
    if m:
        return int(m.group(1)), m.group(2) and int(m.group(2)), m.group(3) and int(m.group(3))
    from doingoai.extract.dates import dates_in

    found = dates_in(body)
    if len(found) != 1 or found[0].qualifier or found[0].end - found[0].start < len(body) - 1:
        return None
    m = _ISO.fullmatch(found[0].value)
    if not m or found[0].start > 1:
        return None
    return int(m.group(1)), m.group(2) and int(m.group(2)), m.group(3) and int(m.group(3))


# a range of days: "19 đến 21/5/2023", "19-20/6/2024", "30/6 – 2/7/2019", "8 – 9 tháng 11 năm 2023"
_DAY_RANGE = re.compile(
    r"(\d{1,2})(?:/(\d{1,2}))?\s*(?:[-–—]|đến|tới)\s*(?:ngày\s+)?(\d{1,2})(?:/|\s+tháng\s+)(\d{1,2})"
    r"(?:/|\s+năm\s+)(\d{4})",
    re.I,
)


def _days_en(text: str) -> str | None:
    """A range of days in English ("19–21 May 2023", "30 June – 2 July 2019"), else None."""
    m = _DAY_RANGE.fullmatch(_LEAD.sub("", text.strip().rstrip(".,;"), count=1).strip())
    if m is None:
        return None
    first, last, month, year = int(m.group(1)), int(m.group(3)), int(m.group(4)), m.group(5)
    first_month = int(m.group(2)) if m.group(2) else month
    if not (1 <= month <= 12 and 1 <= first_month <= 12 and 1 <= first <= 31 and 1 <= last <= 31):
        return None
    if first_month == month:
        return f"{first}–{last} {_MONTHS_EN[month - 1]} {year}"
    return f"{first} {_MONTHS_EN[first_month - 1]} – {last} {_MONTHS_EN[month - 1]} {year}"


def show_date(text: str, lang: str) -> str:
    """One plain date as answers print it: for a Vietnamese question "28/7/1995", a month "tháng
    7/2012", a year "2013"; for an English one ("en") "28 July 1995", "July 2012", "2013", a range of
    days "19–21 May 2023"; anything else unchanged (a Vietnamese question's range of days too)."""
    parts = _parts(text)
    if parts is None:
        return (_days_en(text) or text) if lang == "en" else text
    year, month, day = parts
    if month and not 1 <= month <= 12 or day and not 1 <= day <= 31:
        return text
    if lang == "en":
        if month:
            return f"{day} {_MONTHS_EN[month - 1]} {year}" if day else f"{_MONTHS_EN[month - 1]} {year}"
        return str(year)
    if day:
        return f"{day}/{month}/{year}"
    if month:
        return f"tháng {month}/{year}"
    return str(year)


# between two dates of one act: a joiner, maybe a place after "tại"/"ở"/"in"/"at", and "năm"/"ngày"
_JOINER = re.compile(r"(?:,|\s(?:và|and|cũng như|as well as)(?=\s))", re.I)
_PLACE = re.compile(r"\b(?:tại|ở|in|at)\s+(\S+(?:\s\S+){0,5}?)(?=\s*,|\s(?:và|and)\s|\s*$)", re.I)


def _unplaced(gap: str) -> str:
    """The gap without its places: "tại" / "in" and capitalised words ("tại Hà Nội", "in Da Nang")."""
    return _PLACE.sub(
        lambda m: (
            " "
            if all(w[:1].isupper() or w.lower() in _PLACE_HEADS for w in m.group(1).split())
            else m.group(0)
        ),
        gap,
    )


_PLACE_HEADS = {"thành", "phố", "tỉnh", "thủ", "đô", "city", "province", "the"}  # "tại thành phố Huế"


_GAP_MAX = 40
_FILLER = re.compile(r"(?:\s|\b(?:năm|ngày|tháng|vào|in|on)\b)*", re.I)


def _joins(gap: str) -> bool:
    """Only a joiner (with a place after "tại", and "năm"/"ngày"/"vào") stands between two dates: one
    act, several dates ("năm 2006 tại Hà Nội và năm 2017"); any other word ends the list ("… 30/6/2019
    và có hiệu lực từ ngày …", "năm 2009 và quan sát viên năm 2015")."""
    if len(gap) > _GAP_MAX or not _JOINER.search(gap):
        return False
    rest = _JOINER.sub(" ", _unplaced(gap))
    return _FILLER.fullmatch(rest) is not None


def coordinated(q: Question, sentence: str, start: int, end: int) -> list[tuple[int, int]]:
    """The dates the sentence coordinates with the one at ``start:end`` for the same act, in order
    (just that one when none is): for a date question naming no year, bound, first or precision."""
    if q.wants is not Wants.DATE or q.year is not None or q.bounds or q.earliest or q.planned:
        return [(start, end)]
    if q.asks_day or q.asks_month or q.asks_period:
        return [(start, end)]
    from doingoai.answer.date_spans import _CITATION_BEFORE, _DATE

    spans = [
        (m.start(), m.end())
        for m in _DATE.finditer(sentence)
        if not _CITATION_BEFORE.search(sentence[max(0, m.start() - 80) : m.start()])
    ]
    at = next((i for i, (a, b) in enumerate(spans) if a <= start < b or start <= a < end), None)
    if at is None:
        return [(start, end)]
    lo = hi = at
    while lo > 0 and _joins(sentence[spans[lo - 1][1] : spans[lo][0]]):
        lo -= 1
    while hi + 1 < len(spans) and _joins(sentence[spans[hi][1] : spans[hi + 1][0]]):
        hi += 1
    return spans[lo : hi + 1] if hi > lo else [(start, end)]


def shown(q: Question, sentence: str, text: str, start: int | None = None, end: int | None = None) -> str:
    """The date answer ``text`` as printed: every date coordinated with it for the act asked, each
    in the question's language. ``start``/``end``: where ``text`` stands in ``sentence`` (looked up
    when not given; a fact's ISO date is looked up by its year)."""
    if start is None or end is None:
        key = text if text in sentence else (_ISO.match(text).group(1) if _ISO.match(text) else "")
        pos = sentence.find(key) if key else -1
        start, end = (pos, pos + len(key)) if pos >= 0 else (None, None)
    spans = coordinated(q, sentence, start, end) if start is not None and end is not None else []
    if len(spans) > 1:
        return ", ".join(show_date(sentence[a:b], q.lang) for a, b in spans)
    return show_date(text, q.lang)
