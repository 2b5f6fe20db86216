"""The status and date of an act the text gives no date for (see docs/decisions.md, "Events").

* :func:`standing`: "Việt Nam và Cu-ba luôn ủng hộ lẫn nhau": a standing state, undated and ongoing; a past
  state ("Sau chiến tranh, ... trong nhiều năm") occurred; a modal ("cần sớm hoàn tất ...") or an agreement
  ("Hai bên nhất trí ...") plans it; "vẫn đang tiếp tục" after it: ongoing.

Called by :func:`doingoai.extract.events_status_date.status_and_date`, once per draft.
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.dates_visits import past_in_plan, visit_under_way
from doingoai.extract.events_agreed import AGREED_KINDS, NOT_UNTIL, agreed_to
from doingoai.extract.events_context import Context
from doingoai.extract.events_dispatched import dispatched
from doingoai.extract.events_later_clause import invitation_fell_through, meeting_to_come
from doingoai.extract.events_news import COMPLETED, closing_dated, news_dated
from doingoai.extract.events_report_year import report_year
from doingoai.extract.members import members
from doingoai.model import EventKind, Status

ST = members(Status)  # (plain attribute reads: see extract/members.py)

K = members(EventKind)  # (plain attribute reads: see extract/members.py)

_DURATIVE: Final = frozenset({K.RELATIONS, K.COOPERATE, K.AID, K.SUPPORT, K.SANCTION, K.CONFLICT})
# a state that holds, not an act at a time: "luôn ủng hộ", "không ngừng được củng cố", "hiện là nhà tài trợ"
_CLAUSE_END: Final = re.compile(r"[.;:!?\n]")
# a state that held in the past, not now: "Sau chiến tranh, ...", "... trong nhiều năm" (not "nhiều năm qua/liền")
PAST_STATE: Final = re.compile(
    r"\b(?:sau (?:cuộc |khi )?(?:chiến tranh|kháng chiến|giải phóng|thống nhất)|(?:trong|suốt) (?:nhiều|mấy|những"
    r"|hàng chục|vài) (?:năm|thập kỷ|thập niên)(?! (?:liền|qua|nay|gần đây|trở lại))|những năm \d|thập niên \d)"
)
HABITUAL: Final = re.compile(
    r"\b(?:luôn luôn|luôn|không ngừng|ngày càng|thường xuyên|từ lâu|lâu nay|hiện nay|(?<!thực )(?<!thể )(?<!xuất )"
    r"(?<!phát )hiện|vẫn|mãi mãi|trước sau như một|thủy chung|thuỷ chung|duy trì|tiếp tục|đang"
    r"|hằng năm|hàng năm(?! trời)|mỗi năm|thường niên|định kỳ)\b"
)
# a state a report's period kept up, not one told as its result ("quan hệ ... duy trì ổn định": occurred in it)
_KEPT: Final = re.compile(
    r"\b(?:tiếp tục|vẫn|đang|hiện nay|(?<!thực )(?<!thể )(?<!xuất )"
    r"(?<!phát )hiện)\b"
)
# (kept up through a report's period, not an article's range of years)
_KEPT_KINDS: Final = frozenset({K.RELATIONS, K.COOPERATE, K.AID, K.SUPPORT})
# a statement made at a meeting the document reports (a news page): the act is dated by the document
_AGREED: Final = re.compile(r"\b(?:nhất trí|thống nhất|cam kết|tuyên bố|tuyên bố chung|bày tỏ|khẳng định)\b")
# a process still going on, said after its noun: "đàm phán về vấn đề này vẫn đang tiếp tục"
_STILL: Final = re.compile(
    r"[^.;:!?\n,]{0,60}?\b(?:vẫn đang|vẫn|đang) (?:tiếp tục|tiến hành|diễn ra|được tiến hành)\b"
)
_WORD: Final = re.compile(r"\w*")
# a modal governs the verbs coordinated after it up to the next comma: "cần sớm hoàn tất A và mở rộng B"
_MODAL: Final = re.compile(
    r"\b(?:sẽ|cần phải|cần sớm|cần(?! thiết)|(?<!đã )(?<!không )(?<!buộc )(?<!đành )phải(?! (?:đối mặt|đối diện|chịu|gánh|trải qua|là))|dự kiến|dự định)"
    r"\s(?:(?!\b(?:đã|đang|vừa|từng|kỷ niệm)\b)[^,;.:!?()])*$"  # (not past a tense: "sẽ A và X đã ký B")
)
# an anniversary with its subject before the verb remembered: the remembered event happened
_REMEMBERED: Final = re.compile(r"\bkỷ niệm (?:lần thứ )?\d{1,3} năm (?:ngày )?(?:[^\W\d_]+[ -]){1,5}$")


_MODAL_WORD: Final = re.compile("sẽ|cần|phải|dự kiến|dự định")  # _MODAL's pre-check (its alternatives' words)
_STILL_WORD: Final = re.compile("vẫn|đang")  # _STILL's pre-check: one of them starts within 60 characters


def _word_end(low: str, ts: int) -> int:
    return _WORD.match(low, ts).end()  # type: ignore[union-attr]


def _still(low: str, pos: int) -> bool:
    """``_STILL.match(low, pos)``, tried only where "vẫn" or "đang" starts within its reach."""
    return _STILL_WORD.search(low, pos, pos + 64) is not None and _STILL.match(low, pos) is not None


def standing(
    ctx: Context, low: str, kind: EventKind, status: Status, date: str, explicit: bool, c0: int, ts: int
) -> tuple[Status, str]:
    """Status and date of a relation, cooperation, aid, support, sanction or conflict the text gives no date
    for, in a document that covers no period (an article, a news page, a Party outline: its own date is when
    it was written, not when what it tells happened; a report on "6 tháng đầu năm 2020" or an article on
    "1975 đến 1985" does date what it tells). Undated: "" (SCHEMA.md). A standing state ("Việt Nam và Cu-ba
    luôn ủng hộ lẫn nhau", "hai nước duy trì hợp tác") is ongoing; a completed act ("đã giúp") occurred."""
    status = past_in_plan(ctx, low, status, date, explicit, c0, ts)  # a task list's past fact (dates_visits)
    status = visit_under_way(low, kind, status, date, c0, ts)  # "người đang thăm ...": occurred
    if kind is K.VISIT and status is not Status.NEGATED and invitation_fell_through(low, c0, ts):
        return Status.NEGATED, date  # "mời đoàn X sang dự ... nhưng X từ chối" (events_later_clause)
    if kind is K.CONSULT and status is Status.OCCURRED and meeting_to_come(low, ts, _word_end(low, ts)):
        # "Cuộc gặp giữa A và B dự kiến diễn ra vào tháng 2/2019" (events_later_clause)
        status = Status.PLANNED
    lo = max(c0, ts - 120)
    if (
        status is not ST.NEGATED
        and status is not ST.PLANNED
        and kind in AGREED_KINDS
        and agreed_to(low, c0, ts, ctx._mention_starts)  # (a name after a comma: a clause of its own)
    ):
        status = ST.PLANNED  # "Hai bên nhất trí phối hợp chặt chẽ tại Liên hợp quốc": agreed, to be done
    if (
        status is ST.OCCURRED
        and _MODAL_WORD.search(low, lo, ts)
        and _MODAL.search(low, lo, ts)
        and not NOT_UNTIL.search(low, lo, ts)  # "phải đến tháng 5/2023 Bru-nây mới phê chuẩn": done then
    ):
        status = ST.PLANNED  # "hai bên cần sớm hoàn tất việc phê chuẩn EVIPA và mở rộng hợp tác ..."
    if status is ST.PLANNED and not explicit and date and date == ctx.opening_date(ctx.block_index(ts)):
        return status, ""  # a plan is not dated by the date a narrative paragraph opens with
    if status is ST.PLANNED and explicit and _REMEMBERED.search(low, max(c0, ts - 60), ts):
        return ST.OCCURRED, date  # "Tổ chức kỷ niệm 15 năm Việt Nam gia nhập ASEAN (28/7/1995 – ...)"
    if status is ST.OCCURRED and _still(low, _word_end(low, ts)):
        return ST.ONGOING, date if explicit else ""  # "đàm phán về vấn đề này vẫn đang tiếp tục"
    reported = ctx.covered and "/" not in ctx.period
    if reported and not explicit and status is ST.OCCURRED and kind in _KEPT_KINDS:
        stop = _CLAUSE_END.search(low, ts, ts + 160)
        kept = _KEPT.search(low, max(c0, ts - 60), stop.start() if stop else ts + 160)
        # a report's "Tỉnh tiếp tục duy trì quan hệ ...": kept up through its period; "hiện": undated
        if kept:
            return ST.ONGOING, "" if kept.group(0).startswith("hiện") else date
    if status is not ST.OCCURRED and status is not ST.ONGOING or explicit or ctx.covered:
        return status, date  # (an ongoing one, "luôn ủng hộ", is undated below as an occurred one is)
    if date and date == ctx.period and closing_dated(ctx) and not COMPLETED.search(low, max(c0, ts - 60), ts):
        return status, date  # "Phía Đan Mạch ủng hộ ..." in a joint statement "Làm năm 2013": said that day
    if date and date == ctx.period and (year := report_year(ctx, ts)):
        return status, year  # a report's result listed undated: the year reported on (events_report_year)
    if kind not in _DURATIVE:  # a visit, a signing, ... the text does not date: the date of a news page only
        dated = date and date == ctx.period and news_dated(ctx, low, c0, ts)
        return (status, date) if dated or date != ctx.period else (status, "")
    if date and date != ctx.period:
        return status, date  # the paragraph's opening date or the section's: written in the text
    near = low[max(c0, ts - 60) : ts]
    if _AGREED.search(near):
        return (
            status,
            date,
        )  # "Hai bên nhất trí tăng cường hợp tác": an agreement made when the text was written
    stop = _CLAUSE_END.search(low, ts, ts + 160)
    clause = low[max(c0, ts - 60) : stop.start() if stop else ts + 160]
    welcome = low.startswith("hoan nghênh", ts)
    if welcome and not HABITUAL.search(low, max(c0, ts - 60), ts) and not COMPLETED.search(clause):
        return (
            status,
            date,
        )  # "Phía Việt Nam hoan nghênh ... và đề nghị phía bạn tiếp tục ...": the welcome is said
    if HABITUAL.search(clause):  # when the page was written; what it welcomes may go on (round 109)
        return ST.ONGOING, ""  # a continuing state: "luôn ủng hộ", "không ngừng được củng cố"
    if welcome and not COMPLETED.search(clause):
        return status, date  # "Chính phủ X hoan nghênh nghị quyết": a welcome said when the page was written
    if kind is K.CONFLICT or COMPLETED.search(clause) or PAST_STATE.search(clause):
        return status, ""  # past: "đã giúp", "Sau chiến tranh, ... cấm vận ... trong nhiều năm"
    if dispatched(ctx, low, kind, date, c0, ts):
        # (round 151) "X cử đội cứu hộ sang Y", "X công bố khoản hỗ trợ": the news' day's act
        return status, date
    return ST.ONGOING, ""  # a state told in the present: "Việt Nam hợp tác giúp Cu-ba ..."
