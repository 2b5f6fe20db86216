"""Events: the date of one draft event (see docs/decisions.md, "Events": Dates).

* :func:`date_of`: the nearest date of the trigger's clause (not one that dates a name, an appositive, an anchor
  "Sau ... 1975", an object's participle, nor one after an earlier trigger of the clause), else a date taken from
  an event before it ("cùng ngày", "Trong chuyến thăm, ...": marked with ``SAME_TIME`` for
  :func:`doingoai.extract.events_same_time.resolve_same_time`), else the task list's, the paragraph's, the
  section's or the document's (inferred).
* :func:`anniversary_years`: "kỷ niệm 55 năm Ngày ...": the years of an anniversary before the trigger.
* :data:`SEPARATOR`: the words between enumerated items (", ", " và").

Called by :func:`doingoai.extract.events_status_date.status_and_date` (the draft's date), and by the drafts made
outside it: :mod:`doingoai.extract.events_attended`, :mod:`doingoai.extract.events_held`;
:mod:`doingoai.extract.events_span` and :mod:`doingoai.extract.events_clause` read ``SEPARATOR`` and
``anniversary_years``.
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.dates import is_bare_month, is_day_interval
from doingoai.extract.dates_clauses import (
    earlier_predicate,
    far_own_date,
    object_appositive,
    opens_clause_here,
    opens_next_clause,
)
from doingoai.extract.dates_counted import (
    after_when_date,
    before_when_date,
    counted_date,
    fronted_clause_date,
    instrument_year,
    occasion_date,
    shared_nominal_date,
)
from doingoai.extract.dates_counted_after import after_named_date
from doingoai.extract.dates_next_day import next_day_date
from doingoai.extract.dates_planned_year import planned_year
from doingoai.extract.dates_spoken import number_words
from doingoai.extract.dates_terms import term_or_target
from doingoai.extract.dates_year_clause import year_named_by_clause
from doingoai.extract.events_anniversary_day import anniversary_day
from doingoai.extract.events_apposition import in_appositive
from doingoai.extract.events_context import Context
from doingoai.extract.events_same_time import AT_MEETING, SAME_TIME
from doingoai.extract.word_spans import occurs_within

_MODAL_BEFORE: Final = re.compile(r",\s*(?:dự kiến|dự định|theo kế hoạch|theo dự kiến)\b")  # (session 9)
# "kỷ niệm 55 năm Ngày ...", also "đánh dấu / tròn / nhân dịp 30 năm (Ngày) thiết lập ..." (the word before the years)
_ANNIVERSARY: Final = re.compile(
    r"\b(?:kỷ niệm|đánh dấu|tròn|nhân dịp|dịp) (?:lần thứ )?(\d{1,3})(?: năm)? (?:ngày )?$"
)
_ANNIVERSARY_WORDS: Final = ("kỷ niệm", "đánh dấu", "tròn ", "dịp ")  # one of them precedes every match
# the years spoken in words (a bulletin's script): "kỷ niệm năm mươi lăm năm", "tròn bảy mươi năm", "mười lăm năm"
# (their value: dates_spoken.number_words)
_TENS_WORDS: Final = r"(?:hai|ba|bốn|năm|sáu|bảy|tám|chín)\s+mươi|mười"
_UNIT_WORDS: Final = r"mốt|một|hai|ba|bốn|tư|lăm|sáu|bảy|tám|chín"
_ANNIVERSARY_SPOKEN: Final = re.compile(
    r"\b(?:kỷ niệm|đánh dấu|tròn|nhân dịp|dịp) (?:lần thứ )?"
    rf"((?:{_TENS_WORDS})(?:\s+(?:{_UNIT_WORDS}))?) năm (?:ngày )?$"
)

_AND_YEARS: Final = re.compile(
    r"\bvà (\d{1,3}) năm (?:ngày )?$"
)  # "kỷ niệm 55 năm Ngày ... và 40 năm Ngày ký ..."
_THEN: Final = re.compile(
    r"\s*(?:cũng |ngay )?(?:trong|nhân|tại|trong dịp|nhân dịp|trong khuôn khổ) (?:(?:chuyến thăm|chuyến công du|chuyến đi|cuộc hội đàm|cuộc gặp|"
    r"dịp|hội nghị|sự kiện)(?: này| đó| ấy)?|(?:dịp|thời gian) (?:này|đó|ấy))\s*,"
    r"|\s*(?:cùng với|song song với|đồng thời với|ngay sau) việc [^,;.]{1,40},"
    # (round 214) "Tại đây, ...": at the place of the act told before; "Trong hội đàm với Chủ tịch nước X, ...":
    # the talks of the visit told before, named by their partner (no date of their own: \d)
    r"|\s*(?:cũng |ngay )?tại đây\s*,"
    r"|\s*(?:cũng |ngay )?(?:trong|tại|sau|nhân) (?:các |những )?(?:cuộc |buổi )?(?:hội đàm|hội kiến|gặp|gặp gỡ|làm việc)"
    r" với [^,;.()\d]{1,60},"
)  # ("Cùng với việc gia nhập, nước ta tham gia AFTA": at the joining told before)
# (round 116) "Trong thời gian ở Hà Nội, X hội kiến ...": during the stay, at the visit or talks told before
_STAY: Final = re.compile(
    r"\s*(?:trong|nhân) thời gian (?:ở|tại|lưu lại|có mặt tại|thăm|làm việc tại) [^,;.]{1,40},"
)
_SAME_TIME: Final = re.compile(
    r"\b(?:cùng ngày|cùng (?P<m>tháng)|cùng (?P<y>năm)|cùng thời điểm|cùng dịp|cùng lúc|ngay sau đó)\b"
)
_SAME_TIME_WORD: Final = re.compile("cùng |ngay sau đó")  # _SAME_TIME's pre-check
# (round 109) the cue opening the clause: "Cùng ngày, ...", "Theo chương trình, chiều cùng ngày X sẽ ..."
_SAME_TIME_OPENS: Final = re.compile(
    r"\s*(?:(?:theo (?:chương trình|kế hoạch|dự kiến)|cũng),?\s+)?(?:(?:vào\s+)?(?:sáng|chiều|tối|trưa|đêm)\s+)?"
    r"(?:cùng ngày|cùng (?P<m>tháng)|cùng (?P<y>năm))(?: (?:đó|này|ấy))?(?=[\s,])"
)
_PARTICIPLE: Final = re.compile(r",\s*(?:và\s+)?(?:đã\s+)?được\b[^,;]*$")
# without a comma, the object's own origin: "làm sâu sắc quan hệ Đối tác ... được xác lập năm ngoái" (round 21)
_ORIGIN: Final = re.compile(
    r"\S\s+(?:đã\s+)?được\s+(?:chính thức\s+)?(?:xác lập|thiết lập|ký kết|ký|thông qua|ban hành"
    r"|nâng cấp|nâng lên|phê chuẩn|phê duyệt)\b[^,;.()]{0,40}$"
)
# a date opening a new clause after an earlier trigger: ", và ngày 7/6/2019 X ...", "...: ngày 7/6/2019, X ..." (a colon
# opens what it announces)
_NEW_CLAUSE: Final = re.compile(
    r"(?:,\s*(?:và|rồi|sau đó)|[;:]|\b(?:nhưng|song))\s+(?:(?:phải|mãi|chỉ)\s+(?:chờ\s+|đợi\s+)?(?:đến|tới)\s+)?"
    r"(?:(?:vào\s+)?(?:ngày|tháng|năm)\s+)?$"
)  # (", nhưng phải đến tháng 5/2023 X mới ...": the contrast's own date)
_ITEM: Final = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[a-zđ][.)]|[-–•+*])[ \t]+")  # a list item's number or bullet
_AGREED_PAIR: Final = re.compile(
    r"\s*(?:(?:kết thúc|sau) (?:cuộc )?(?:hội đàm|hội kiến),\s*)?"  # ("Kết thúc hội đàm, hai nhà lãnh đạo …", round 156)
    r"(?:hai bên|hai nước|hai phía|hai nhà lãnh đạo|hai thủ tướng|hai bộ trưởng|hai chủ tịch|hai tổng thống"
    r"|hai ngoại trưởng|hai tổng bí thư|hai đoàn)(?: đã| cũng| còn)?"
    r"(?: ra tuyên bố chung,?(?: và)?)? (?:nhất trí|thống nhất|cam kết|quyết định|đồng ý|hội đàm|hội kiến|chứng kiến)\b"
)  # ("Hai Thủ tướng đã hội đàm", "... quyết định nâng quan hệ": at the visit told just before)
_PAIR: Final = re.compile(r"\s*(?:hai bên|hai nước|hai phía|hai nhà lãnh đạo)\b")
_SAME_MONTH: Final = re.compile(r"\b(?:trong|ngay trong) tháng (?:đó|này|ấy)\b")
# (not "một trong năm nước sáng lập": one of five)
_SAME_YEAR: Final = re.compile(
    r"(?<!một )\b(?:(?:trong|cùng|ngay trong) năm (?:đó|này|ấy)?|cũng (?:trong )?năm (?:đó|ấy))"
)
# "Sau đại thắng mùa xuân 1975, ...": a date anchoring a time before or after it; not the adverb "(một năm) sau
# (đó)", "trước đây" ("Việt Nam chưa đầy một năm sau đã gia nhập APEC năm 1998")
_ANCHOR: Final = re.compile(
    r"(?<!năm )(?<!tháng )(?<!ngày )(?<!tuần )\b(?:sau|trước|từ sau)\b(?! (?:đó|này|ấy|đây|kia|đã|khi)\b)(?!.*[,;])"
)
_ANCHOR_WORD: Final = re.compile("sau|trước")  # _ANCHOR's pre-check
SEPARATOR: Final = (",", " và", ",và")
TERM_KEY = "date_term"  # ctx.cache key: date_of's date is only the term of the event's object
QUALIFIER_KEY = "date_qualifier"  # ctx.cache key: the qualifier of date_of's date, read by attributes


_FIRST: Final = re.compile(r"\b(?:đầu tiên|lần đầu)\b")
_OPEN_BRACKET: Final = re.compile(r"\(\s*(?:ngày\s+)?$")
# "...; hiệp định có hiệu lực từ ngày 28/8/2024": the entry into force's date, no act's (round 104)
_IN_FORCE: Final = re.compile(r"\bhiệu lực\s+(?:(?:kể\s+)?từ|vào)?\s*(?:ngày|tháng|năm)?\s*$")


def date_of(
    ctx: Context,
    text: str,
    ts: int,
    te: int,
    c0: int,
    p1: int,
    block: int,
    prev: int = -1,
    planned: bool = False,
    c1: int = -1,
) -> tuple[str, bool]:
    """The nearest date of the clause (not one that dates a name, nor one after an earlier trigger of the
    clause: that one is the earlier event's), else the task list's; these are written for the event
    (True). Else the paragraph's, the section's, the document's: inferred (False)."""
    best, dist, qualifier, bracketed, after = "", 10**9, "", False, False
    bare = None  # the month without its year that best is, if it is one (round 41)
    years = anniversary_years(text, c0, ts)
    remembered = _anniversary_start(ctx, text, ts, te, c0, p1) if years else ""
    if remembered:
        return remembered, True
    counted = counted_date(ctx, text, c0, ts, p1, block)  # "hai tháng sau, ..." (dates_counted)
    if not counted:  # "Tám năm sau Băng Cốc, ...": counted from the act told there (dates_counted_after)
        counted = after_named_date(ctx, text, c0, ts, p1)
    if not counted:  # "ngay hôm sau, X sang thăm ...": the day after the one told (dates_next_day)
        counted = next_day_date(ctx, text, c0, ts, p1, block)
    if not counted and not years:  # "Nhân kỷ niệm 56 năm X (16/3/1968), ...": the anniversary (dates_counted)
        counted = occasion_date(ctx, text, c0, ts)
    if not counted:  # "Chỉ một năm sau khi X lên nắm quyền (23/7/1970), ...": counted on (dates_counted)
        counted = after_when_date(ctx, text, c0, ts, p1)
    if not counted:  # "..., ký ngày 14/5/1955, ít ngày sau khi X được kết nạp ...": counted back (round 41)
        counted = before_when_date(ctx, text, c0, ts)
    if counted:
        return counted, True
    lo = max(c0, ts - 60)  # "..., trong năm Việt Nam giữ vai trò Chủ tịch ASEAN"
    if (text.find("trong năm ", lo, ts) >= 0 or text.find("ng năm ", lo, ts) >= 0) and _SAME_YEAR.search(
        text, lo, ts
    ):
        earlier = [d for d in ctx.dates_in(c0, ts) if d.value[:4].isdigit() and not ctx.in_name(d)]
        if earlier:
            return earlier[-1].value[:4], True
        said_year = _SAME_YEAR.search(text, lo, ts)
        if said_year is not None and said_year.group(0).rstrip() != "năm":  # "Trong năm đó, ...": an earlier
            if not year_named_by_clause(text, said_year):  # (not "trong năm X giữ ...": dates_year_clause)
                return _same_time(ctx, text, c0, block, "Y"), True  # sentence's year (resolve_same_time)
    if text.find("trong tháng ", lo, ts) >= 0 and (said := _SAME_MONTH.search(text, lo, ts)):
        if not _this_month(ctx, said, c0, block):  # "Trong tháng này" with no month told before it:
            return _same_time(ctx, text, c0, block, "M"), True  # the document's month (its own date below)
    if prev >= 0 and text[max(c0, ts - 5) : ts].rstrip().endswith(SEPARATOR):
        for d in ctx.dates_in(te, p1):  # an item of an enumeration ("..., gia nhập APEC tháng 11/1998 và trở
            if (
                not (ctx.attached(d) or ctx.in_name(d))
                and d.start - te <= 100
                and not term_or_target(text, d.start, te)  # ("ký ... giai đoạn 2025 – 2027": round 178)
            ):  # thành thành viên WTO ngày ...")
                return d.value, True  # keeps the date written after it, not the previous item's
    finer: list[str] = []
    term = ""
    for d in ctx.dates_in(c0, p1):
        if (
            ctx.attached(d)
            or ctx.in_name(d)
            or ts <= d.start < te
            or prev >= 0
            and prev <= d.start < ts
            and not _NEW_CLAUSE.search(text, max(prev, d.start - 16), d.start)  # ", và ngày 7/6/2019 X ..."
            and not opens_clause_here(text, max(prev, d.start - 24), d.start)  # "... và năm 1995 X ..."
            and not fronted_clause_date(
                text, d.start, d.end, ts
            )  # ", năm 1993 hai bên ký ..." (dates_counted)
            and not ctx.doc.text[d.start].isupper()  # (a capital "Năm
        ):  # 1999, ..." opens a new sentence, e.g. after a heading run into its paragraph)
            continue
        if d.start >= te and object_appositive(text, te, d.start, d.end):
            continue  # "gia nhập Liên Hợp Quốc, tổ chức được thành lập năm 1945, vào ...": the object's (dates_clauses)
        if d.start >= te and opens_next_clause(text, te, d.start, d.end, p1):
            continue  # "X gia nhập ASEAN và ngày 14/11/1998 X trở thành ...": the next clause's (dates_clauses)
        if d.start >= te and d.qualifier == "since" and _FIRST.search(text, max(c0, ts - 24), d.start):
            continue  # "chuyến thăm Áo đầu tiên ... kể từ năm 1983": the time before, not this visit's (round 135)
        if d.start >= te and _in_force_date(ctx, text, c0, ts, te, d.start):
            continue  # "Ngày 9/11/2023, X ký Hiệp ước ..., có hiệu lực từ ngày 28/8/2024": not the signing's date
        if d.start >= te and not planned and _MODAL_BEFORE.search(text, te, d.start) is not None:
            continue  # "X đã gia nhập ASEAN, dự kiến năm 2030 sẽ ...": the expectation's time, not the act's
        if d.start >= te and instrument_year(ctx, text, c0, ts, te, d.start):
            continue  # "Năm 1957, X gia nhập các Công ước Giơ-ne-vơ năm 1949": the name's year (dates_counted)
        if _ANCHOR_WORD.search(text, max(c0, d.start - 25), d.start) and _ANCHOR.search(
            text, max(c0, d.start - 25), d.start
        ):
            continue  # "Sau đại thắng mùa xuân 1975, ...": an anchor, not the event's date
        if d.end <= ts and in_appositive(text, c0, d.start, d.end, ts):
            continue  # "Ca-na-đa, thành viên NATO từ năm 1949, ký ...": the appositive's date (events_apposition)
        if (
            d.start >= te
            and text.find("được", te, d.start) >= 0
            and (_PARTICIPLE.search(text, te, d.start) or _ORIGIN.search(text, te, d.start))
        ):
            continue  # "Phê duyệt Thỏa thuận Paris ..., được thông qua ngày 12/12/2015": the object's date
        gap = ts - d.end if d.end <= ts else d.start - te
        if d.start >= te and gap <= 100 and term_or_target(text, d.start, te):
            term = term or d.value  # "ký thỏa thuận giai đoạn 2025 – 2030 ... trong năm nay" (dates_terms)
            continue
        if 0 <= gap and (d.end <= ts or gap <= 100):
            finer.append(d.value)
            if is_bare_month(text, d):
                finer.append("?" + d.value[4:])  # "Năm 1995, ... vào tháng 7": that year's month (round 41)
            if d.end <= ts and earlier_predicate(text, c0, d.start, d.end, ts):
                gap += 10**6  # "giành độc lập năm 1971 và là ...": another predicate's date comes last
            if gap < dist:
                best, dist, qualifier, after = d.value, gap, d.qualifier, d.start >= te
                bare = d if is_bare_month(text, d) else None
                bracketed = (
                    d.start >= te
                    and d.start - te <= 80
                    and _OPEN_BRACKET.search(text, max(te, d.start - 12), d.start) is not None
                    and text.startswith(")", d.end)
                )  # "... quan hệ ngoại giao (Việt Nam – Mê-hi-cô) (19/5/1975)": the one date in brackets
    if not best and not term and c1 > te:  # "... tại phiên bỏ phiếu ... ngày 7/6/2019": the clause's own
        best = far_own_date(ctx, text, te, p1, c1)
    # "Tháng 10/2024, đoàn ... thăm tỉnh X; hai bên ký Biên bản ... giai đoạn 2025 – 2030": the sentence's date,
    # not the programme's term (round 30)
    if not best and term:
        best, bare = _heading_date(ctx, text, ts, block)
    if bare is not None and best == bare.value:  # "Tháng 9, ..." under "Phương hướng năm 2025": 2025-09
        best = _month_in_context(ctx, text, bare, c0, block, best)
    if not best and term:  # "được bầu ... nhiệm kỳ 2020 – 2021": the term is all the clause says
        best = term
        ctx.cache[(TERM_KEY, te)] = term  # (a support's object's term is not when it was given: round 109)
    best = best or shared_nominal_date(ctx, text, ts, te, p1)  # "Chuyến thăm A và chuyến thăm B năm 2008"
    if len(best) == 4 and not qualifier:  # "Năm 2010, ... ngày 23/7/2010": the clause's finer date
        best = next(
            (
                best + v[1:] if v[0] == "?" else v
                for v in finer
                if (v.startswith(best + "-") or v[0] == "?") and ("/" not in v or is_day_interval(v))
            ),
            best,
        )
    if best:
        if qualifier and "/" not in best:  # "Trước năm 1986, ...": the year bounds the event (see attributes)
            ctx.cache[(QUALIFIER_KEY, te)] = qualifier
        n = years
        if (
            n and bracketed
        ):  # "kỷ niệm 60 năm Ngày thiết lập quan hệ ngoại giao (5/9/1962)": the day it remembers
            return best, True
        if n and after and text.find("được ", ts, te) >= 0:  # "kỷ niệm 30 năm quan hệ ASEAN – Nga, được thiết
            return best, True  # lập năm 1996": the participle's own date is the day remembered
        if n and best[:4].isdigit():  # "nhân kỷ niệm 60 năm thiết lập quan hệ ngoại giao" (2022) -> 1962
            y = int(best[:4])  # "(1973 – 2023)" after it: the interval's start
            return (
                str(y) if "/" in best and best[-4:].isdigit() and int(best[-4:]) - y == n else str(y - n)
            ), True
        if text.find("kỷ niệm ", te, min(p1, te + 120)) >= 0:  # "dự lễ kỷ niệm 100 năm ... (1926 – 2026)"
            best = anniversary_day(ctx, text, te, p1, best)  # the anniversary's day (round 159)
        return best, True
    same = (
        _SAME_TIME.search(text, max(c0, ts - 40), min(p1, te + 20))
        if _SAME_TIME_WORD.search(text, max(c0, ts - 40), min(p1, te + 20))
        else None
    )
    if same is None and ts - c0 > 40:  # "Cùng ngày, Bộ trưởng Ngoại giao hai nước trao đổi ...": the clause
        same = _SAME_TIME_OPENS.match(text, c0, ts)  # opens with it, however long its subject (round 109),
        if same is not None and _same_time(ctx, text, c0, block, "") == SAME_TIME:
            same = None  # after a day told in its paragraph (else the page's date, as before)
    # a numbered paragraph: "2. Hai bên nhất trí ...", "3. Nhân dịp chuyến thăm, ..."
    item = _ITEM.match(text, c0)
    c1 = item.end() if item else c0
    if same is None and item and _THEN.match(text, c1):
        # (round 132) a communiqué's numbered paragraph opening "Nhân dịp chuyến thăm": on the visit (its date,
        # else as before)
        return SAME_TIME + AT_MEETING + _fallback_date(ctx, block), True
    if same is not None or _THEN.match(text, c0):
        # "Trong chuyến thăm, hai bên ...", "... được ký cùng ngày": the date of an event before it, cut to the
        # cue's precision ("cùng năm": its year; "cùng tháng": its month)
        prec = "" if same is None else "Y" if same.group("y") else "M" if same.group("m") else ""
        return _same_time(ctx, text, c0, block, prec), True
    if _STAY.match(text, c1):  # (the meeting's date, else the paragraph's or the document's)
        return SAME_TIME + AT_MEETING + _fallback_date(ctx, block), True
    if _PAIR.match(text, c0) and text.rfind(";", max(0, c0 - 3), c0 + 1) >= 0:
        b0 = ctx.doc.blocks[block].start if block is not None and block < len(ctx.doc.blocks) else c0
        told = [d for d in ctx.dates_in(max(b0, c0 - 200), c0) if not (ctx.attached(d) or ctx.in_name(d))]
        if told:  # "Từ ngày 28/2 đến 2/3/2001, X thăm Y; hai bên ký ...": the clause before it dates it
            return told[-1].value, True
    if _AGREED_PAIR.match(text, c1):  # agreed at the visit or talks told just before
        return SAME_TIME + AT_MEETING + _fallback_date(ctx, block), True
    mode = ctx.modes.get(block)
    if mode is not None and mode.date:
        return mode.date, True
    if planned and (year := planned_year(ctx)) and _fallback_date(ctx, block) == ctx.period:
        return year, False  # (round 192) a plan's task in the year the plan is for (dates_planned_year)
    if planned and ctx.period != ctx.doc.meta.get("date"):
        return "", False  # an intention in an article about a past period is not dated by that period
    return _fallback_date(ctx, block), False


def _in_force_date(ctx: Context, text: str, c0: int, ts: int, te: int, ds: int) -> bool:
    """Is the date at ``ds`` (after the trigger) the entry into force of what the clause tells ("..., có hiệu lực
    từ ngày 28/8/2024") while a date of the clause's own stands before the trigger ("Ngày 9/11/2023, X ký ...")?
    Alone, it dates an act that takes effect then ("X rút khỏi Tòa, có hiệu lực từ ngày 27/10/2017")."""
    lo = max(te, ds - 30)
    if text.find("hiệu lực", lo, ds) < 0 or _IN_FORCE.search(text, lo, ds) is None:
        return False
    return any(not (ctx.attached(d) or ctx.in_name(d)) for d in ctx.dates_in(c0, ts))


_SENTENCE_END: Final = re.compile(r"[.!?]\s|\n\s*\n")


def _heading_date(ctx: Context, text: str, ts: int, block: int):
    """The last date written before ``ts`` in its sentence (not one of a name), else "": the occasion at which an
    act whose object only bears a term ("Kế hoạch hợp tác giai đoạn 2025 – 2027") is done; and that date's
    expression when it is a month without its year ("Tháng 8, ...; ... ký kế hoạch ... giai đoạn ...")."""
    b0 = ctx.doc.blocks[block].start if block is not None and block < len(ctx.doc.blocks) else ts
    for d in reversed(ctx.dates_in(max(b0, ts - 250), ts)):
        if ctx.attached(d) or ctx.in_name(d) or _SENTENCE_END.search(text, d.end, ts):
            continue
        if term_or_target(text, d.start, 0):
            continue  # "A là Ủy viên ... nhiệm kỳ 2011 – 2012, còn B được bầu ...": another term, no occasion
        return d.value, (d if is_bare_month(text, d) else None)
    return "", None


def _month_in_context(ctx: Context, text: str, bare, c0: int, block: int, value: str) -> str:
    """The month ``bare`` (written without its year, valued in the document's year) in the year of its context:
    a year told before it in its sentence ("Năm 1995, ... vào tháng 7"), else the task list's, the paragraph's
    opening, the section's or the document's period."""
    told = [d for d in ctx.dates_in(c0, bare.start) if d.value[:4].isdigit() and not is_bare_month(text, d)]
    told = [d for d in told if not (ctx.attached(d) or ctx.in_name(d))]
    mode = ctx.modes.get(block)
    year = (
        told[-1].value[:4]
        if told
        else (mode.date if mode is not None and mode.date else "")[:4] or _context_year(ctx, text, block)
    )
    return year + value[4:] if year.isdigit() else value


def _context_year(ctx: Context, text: str, block: int) -> str:
    """The year of the paragraph's opening date (not a month without its year), else the section's, else the
    document period's."""
    opening = ctx.opening_date(block)
    if opening and block is not None and block < len(ctx.doc.blocks):
        first = ctx.dates_in(ctx.doc.blocks[block].start, ctx.doc.blocks[block].end)
        if first and is_bare_month(text, first[0]):
            opening = ""
    if opening:
        return opening[:4]
    section = ctx._section_date.get(block) if block is not None else ""
    return (section or ctx.period or "")[:4]


def _this_month(ctx: Context, said: re.Match[str], c0: int, block: int) -> bool:
    """ "Trong tháng này" (``said``) is the month of the document's date (dates.py resolves it) when no date is
    told before it in its paragraph; after one ("Tháng 7/1995, ... Trong tháng này, ...") it is that month."""
    if not said.group(0).endswith("này"):
        return False
    b0 = ctx.doc.blocks[block].start if block is not None and block < len(ctx.doc.blocks) else c0
    return not any(not (ctx.attached(d) or ctx.in_name(d)) for d in ctx.dates_in(b0, c0))


def _fallback_date(ctx: Context, block: int) -> str:
    """``ctx.fallback_date(block)``, computed once per block (ctx.cache)."""
    key = ("fallback", block)
    found = ctx.cache.get(key)
    if found is None:
        found = ctx.cache[key] = ctx.fallback_date(block)
    return found


def _same_time(ctx: Context, text: str, c0: int, block: int, prec: str) -> str:
    """A date to take from an event before it (resolved by :func:`events_same_time.resolve_same_time`), with the
    precision the cue gives ("Y" year, "M" month, "" as written); the last date before it is the fallback."""
    b0 = ctx.doc.blocks[block].start if block is not None and block < len(ctx.doc.blocks) else c0
    earlier = [d for d in ctx.dates_in(b0, c0) if not (ctx.attached(d) or ctx.in_name(d))]
    told = [d for d in earlier if text.rfind("(", b0, d.start) <= text.rfind(")", b0, d.start)]
    earlier = told or earlier  # "(Ủy ban này được thành lập năm 1863 ...). Cũng năm đó, ...": not an aside's
    return SAME_TIME + prec + (earlier[-1].value if earlier else "")


def anniversary_years(text: str, c0: int, ts: int) -> int:
    """The number of years of an anniversary written right before the trigger at ``ts`` ("kỷ niệm 55 năm
    Ngày thiết lập ...", "... và 40 năm Ngày ký ..." after an earlier "kỷ niệm" of the clause), else 0."""
    if not _years_end(text, c0, ts):
        return 0  # (speed round 28) no match of the three patterns can end at ``ts``
    if not occurs_within(text, _ANNIVERSARY_WORDS, c0, ts):
        return 0  # both patterns need one of the words: their positions instead of two regex searches
    m = _ANNIVERSARY.search(text, max(c0, ts - 30), ts)
    if m is None and occurs_within(text, ("mươi ", "mười "), max(c0, ts - 45), ts):
        spoken = _ANNIVERSARY_SPOKEN.search(text, max(c0, ts - 45), ts)
        if spoken is not None:
            return number_words(spoken.group(1))  # "kỷ niệm năm mươi lăm năm thiết lập …" (in words)
    if m is None:
        m = _AND_YEARS.search(text, max(c0, ts - 20), ts)
        if m is None or not occurs_within(text, _ANNIVERSARY_WORDS, c0, m.start()):
            return 0
    return int(m.group(1))


def _years_end(text: str, c0: int, ts: int) -> bool:
    """(speed round 28) Does the text before ``ts`` end as a match of _ANNIVERSARY, _ANNIVERSARY_SPOKEN or
    _AND_YEARS does (each searched in a window from ``max(c0, ts - 45)`` at the widest to ``ts``): on "năm " or
    "ngày ", or a digit and a space, right before ``ts`` (or before a line break there, where ``$`` matches too)? A
    necessary condition: the three searches, which try each start of their window, run only when it holds."""
    lo = max(c0, ts - 45)
    e = ts - 1 if ts > lo and text[ts - 1] == "\n" else ts
    return text.endswith(_YEARS_ENDS, lo, e) or (e - 2 >= lo and text[e - 1] == " " and text[e - 2].isdigit())


_YEARS_ENDS: Final = ("năm ", "ngày ")


def _anniversary_start(ctx: Context, text: str, ts: int, te: int, c0: int, p1: int) -> str:
    """ "kỷ niệm 55 năm Ngày thiết lập quan hệ ... (5/9/1962 – 5/9/2017)": the start of the interval written
    after the trigger whose span is the anniversary's number of years (a date of a name counts too)."""
    n = anniversary_years(text, c0, ts)
    if not n:
        return ""
    ds = [d for d in ctx.dates_in(te, min(p1 + 1, te + 160)) if d.value[:4].isdigit()]
    for i, d in enumerate(ds):
        a, _, b = d.value.partition("/")
        if b[:4].isdigit() and a[:4].isdigit() and int(b[:4]) - int(a[:4]) == n:
            return a  # "(1962 – 2022)"
        nxt = ds[i + 1] if i + 1 < len(ds) else None
        if nxt is not None and nxt.start - d.end <= 5 and int(nxt.value[:4]) - int(d.value[:4]) == n:
            return d.value  # "(5/9/1962 – 5/9/2017)": two dates
    return ""
