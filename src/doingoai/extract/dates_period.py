"""The period a report covers when its own date is a day: "BÁO CÁO Kết quả công tác đối ngoại 6 tháng đầu năm
2024" signed "Nghệ An, ngày 5 tháng 7 năm 2024" reports on 2024-H1; its results told without a date of their own
happened in that period (the gold convention of every development set's provincial reports: heldout17, 19, 22,
24–26, 28, 29). The document's own date (``doc.meta["date"]``) still resolves "tháng trước", "năm nay".
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.textscan import lowered_part
from doingoai.model import Block, Document

# a title that reports on a period ("báo cáo", "tổng kết", "kết quả", "kết luận ... về công tác"), not a plan
# ("kế hoạch", "chương trình") nor a decision about something to come
_REPORTS: Final = re.compile(r"\b(?:báo cáo|tổng kết|kết quả|kết luận)\b")
# a title date that is what is to be done, not what was done: "... và nhiệm vụ năm 2025"
_TO_DO: Final = re.compile(r"\b(?:nhiệm vụ|phương hướng|kế hoạch|chương trình|mục tiêu)\b[^;:]{0,40}$")
# a title of a plan or a programme: what it lists is to come, no period reported on
_PLAN_TITLE: Final = re.compile(r"\b(?:kế hoạch|chương trình|dự kiến|đề án)\b")
_PERIOD: Final = re.compile(r"(\d{4})(?:-(H[12]|Q[1-4]))?")
_LAST_MONTH: Final = {"H1": 6, "H2": 12, "Q1": 3, "Q2": 6, "Q3": 9, "Q4": 12, "": 12}
_FIRST_MONTH: Final = {"H1": 1, "H2": 7, "Q1": 1, "Q2": 4, "Q3": 7, "Q4": 10, "": 1}
LATE_MONTHS: Final = 4  # months after its period a report may be signed ("năm 2024" signed 10/1/2025)
# (code 23) a report's title opens on the word: "BÁO CÁO Kết quả hợp tác ...", "Báo cáo tình hình ..." (a title of
# the word alone, REPORT_BARE, has its subject in the block after it)
REPORT: Final = re.compile(r"\s*(?:BÁO CÁO|Báo cáo)\b")
REPORT_BARE: Final = re.compile(r"\s*(?:BÁO CÁO|Báo cáo)\s*$")
# the blocks a report's title is looked for in (its title, or a line after the number and the date)
HEAD_BLOCKS: Final = 8


def opens_report(text: str, start: int) -> bool:
    """Does the title (or heading line) at ``start`` name the document a report ("BÁO CÁO ...")?"""
    return REPORT.match(text, start) is not None


def report_title(doc: Document) -> Block | None:
    """The report's title among the document's first blocks (its title, or a line after its number and date), else
    None: the one reading of "this document is a report" that events_report_year and events_plan_tasks share."""
    return next((b for b in doc.blocks[:HEAD_BLOCKS] if opens_report(doc.text, b.start)), None)


def year_reported(day: str) -> str:
    """The year a report that names no period reports on, from its own date ``day`` (a day or a month): the year it
    is signed in, once past its first LATE_MONTHS months (signed early, it may still tell the year before), else ""."""
    if len(day) < 7 or not (day[:4] + day[5:7]).isdigit() or int(day[5:7]) <= LATE_MONTHS:
        return ""
    return day[:4]


def reported_period(meta: str, titles: list[tuple[str, list[tuple[int, str]]]]) -> str:
    """The period (a year, half-year or quarter) a report's title names, when the document's own date
    ``meta`` (a day or a month) falls within it or a few months after it; else "". ``titles``: each title
    block's lower-cased text and its dates as (offset in the title, value)."""
    if len(meta) < 7 or not meta[:4].isdigit() or not meta[5:7].isdigit():
        return ""
    signed = int(meta[:4]) * 12 + int(meta[5:7])
    report, plan, dated = False, False, False
    for low, dates in titles:
        plan = plan or _PLAN_TITLE.search(low) is not None
        if _REPORTS.search(low) is None:
            continue
        report, dated = True, dated or bool(dates)
        for at, value in dates:
            m = _PERIOD.fullmatch(value)
            if m is None or _TO_DO.search(low, 0, at):
                continue
            year, part = int(m.group(1)), m.group(2) or ""
            first, last = year * 12 + _FIRST_MONTH[part], year * 12 + _LAST_MONTH[part]
            if first <= signed <= last + LATE_MONTHS:
                return value
            break  # the title's first period is the one reported on
    if report and not dated and not plan:
        # (round 178) "BÁO CÁO Kết quả các hoạt động đối ngoại kỷ niệm ..." signed "ngày 16 tháng 12 năm 2024":
        # a report naming no period reports on the year it is signed in (past its first months, which may still
        # report on the year before); its results told without a date of their own happened that year
        return year_reported(meta)
    return ""


# a line giving the page's or entry's own date near the top: "Cập nhật: 12/6/2018", "Ngày đăng: 01/3/2016 –
# Chuyên mục: ...", "Bách khoa thư ..., cập nhật tháng 3/2021", "(Tài liệu tham khảo, cập nhật tháng 12/2023)"
_UPDATED: Final = re.compile(
    r"\b(?:cập nhật|ngày đăng|đăng ngày|đăng lúc|ngày ban hành|ngày xuất bản)\b[ \t:,]*(?:(?:lúc|vào)[ \t]+)?"
    r"(?:\d{1,2}[:h]\d\d[ \t,]*)?(?:ngày[ \t]+)?(?=\d|tháng)",
    re.IGNORECASE,
)
# a closing line dating the text itself: "Nghị quyết này đã được Quốc hội ... thông qua ngày 23 tháng 6 năm 1994",
# "Tuyên bố chung được ký tại Hà Nội ngày 11/10/2011"
_ADOPTED: Final = re.compile(
    r"(?m)^[ \t]*(?:(?:Nghị quyết|Nghị định|Quyết định|Luật|Pháp lệnh|Chỉ thị|Kết luận|Hiệp định|Hiệp ước|Công ước"
    r"|Nghị định thư|Thỏa thuận|Bản ghi nhớ|Văn kiện|Điều lệ|Quy chế|Tuyên bố|Thông cáo|Văn bản)\s+này"
    r"|Tuyên bố chung|Thông cáo chung)\s+(?:đã\s+)?được\s+[^.\n;]{0,160}?\b(?:thông qua|ký|ban hành)\b(?:\s+tại\s+[^\W\d_][^.\n;,]{0,40}?)?"
    r",?\s+(?:vào\s+)?ngày\s+(?=\d)",
    re.IGNORECASE,
)
# the closing formula of a treaty or joint statement: "Làm tại Hà Nội ngày 12/5/2023, thành hai bản ..." (round 26)
_DONE_AT: Final = re.compile(
    r"(?m)^[ \t]*Làm tại\s+[^\W\d_][^.\n;,]{0,40}?,?\s+(?:vào\s+)?ngày\s+(?=\d)", re.IGNORECASE
)
_HEAD: Final = 800  # characters: an update line stands under the title
_TAIL: Final = 1500  # characters: an adoption line closes the text before its signatures
_AFTER: Final = 400  # characters: what may follow the adoption line (signatures, a seal, "Nơi nhận")


def _line_opening(rx: re.Pattern[str], zone: str) -> re.Match[str] | None:
    """``rx.search(zone)`` for a pattern whose every match opens a line (``(?m)^``: _ADOPTED, _DONE_AT): tried at
    each line's start only (the engine's own scan tries it, case-insensitively, at every position)."""
    i = 0
    while True:
        m = rx.match(zone, i)
        if m is not None:
            return m
        i = zone.find("\n", i) + 1
        if i == 0:
            return None


def own_date_line(text: str, text_low: str | None = None) -> str:
    """The document's own date from an update line near its top ("Cập nhật: tháng 3/2025") or an adoption or
    signing line near its end ("... được ký tại Hà Nội ngày 11/10/2011"): a day or a month, else "".
    ``text_low``: ``text``'s lower case where its pieces lower-case as it does (textscan.lowered_part), or None."""
    from doingoai.extract.dates import dates_in  # (dates imports this module)

    n = len(text)
    tail = max(0, n - _TAIL)
    for zone, rx, a in (
        (text[:_HEAD], _UPDATED, 0),
        (text[-_TAIL:], _ADOPTED, tail),
        (text[-_TAIL:], _DONE_AT, tail),
    ):
        low = lowered_part(text, a, a + len(zone), text_low)
        if rx is _UPDATED and "cập nhật" not in low and "đăng" not in low and "ngày ban hành" not in low:
            continue
        if rx is _ADOPTED and "được" not in low or rx is _DONE_AT and "làm tại" not in low:
            continue
        m = rx.search(zone) if rx is _UPDATED else _line_opening(rx, zone)
        if m is None:
            continue
        line_end = zone.find("\n", m.end())
        if rx is not _UPDATED and line_end >= 0 and len(zone) - line_end > _AFTER:
            continue  # a narrated adoption ("Theo sử liệu, Hiệp định ... được ký ngày ...") with text after it
        found = dates_in(zone, "", m.end(), len(zone) if line_end < 0 else line_end)
        if found and found[0].start == m.end() and len(found[0].value) >= 7 and "/" not in found[0].value:
            return found[0].value
    return ""
