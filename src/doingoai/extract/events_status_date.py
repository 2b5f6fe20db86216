"""Events: a draft's status and date: the status its words give (a negation or passive's agent, a task, an
invitation, a proposal, a cancellation, an anniversary, a standing relation in force since a date, a time clause)
and the date read around the trigger, or the one of the occasion, the founding, the treaty it is done under, the
meeting or poll told before; a date after the document's own is still to come. Used by
:func:`doingoai.extract.events_draft.draft_event`."""

from __future__ import annotations

import re
from typing import Any, Final

from doingoai.extract.dates_clauses import named_year, occasion_frame
from doingoai.extract.dates_disaster import calamity_date
from doingoai.extract.events_context import Context
from doingoai.extract.events_coordinated_date import coordinated_date
from doingoai.extract.events_dating import TERM_KEY, date_of
from doingoai.extract.events_instruments import instrument_date, told_meeting_date
from doingoai.extract.events_invited import received_opener
from doingoai.extract.events_modal_scope import modal_carried
from doingoai.extract.events_not_carried import not_carried_out
from doingoai.extract.events_occasion import (
    after_document,
    funded_not_carried_out,
    negated_nominal,
    occasion_opens,
    unfinished,
)
from doingoai.extract.events_offices import invited_visit, meeting_as_setting, not_admitted
from doingoai.extract.events_ongoing import told_in_present, told_now
from doingoai.extract.events_phrases import invited, passive_negated
from doingoai.extract.events_shapes import poll_date, role_status
from doingoai.extract.events_span import Span
from doingoai.extract.events_standing import standing
from doingoai.extract.events_status import status_of
from doingoai.extract.events_tasks import celebrates, task_status, treaty_opening_date
from doingoai.extract.events_term_date import programme_term
from doingoai.extract.events_unasserted import MEETING_KINDS, attended_after_all, called_off, expected_after
from doingoai.extract.events_when import founding_date, when_clause
from doingoai.extract.members import members
from doingoai.extract.triggers import Hit
from doingoai.model import Document, EventKind, Status

K = members(EventKind)  # (plain attribute reads: see extract/members.py)
ST = members(Status)  # (the ~7,800 reads per MB of status_and_date: speed round 12)
_NOMINAL_KINDS: Final = frozenset({K.AID, K.SUPPORT, K.COOPERATE})  # named as a negated predicate's subject
_CARRIED_KINDS: Final = frozenset(
    {K.VISIT, K.CONSULT, K.HOST, K.COOPERATE, K.AID, K.AGREEMENT_SIGN, K.RELATIONS_ESTABLISH, K.RELATIONS}
)  # (events_not_carried; agreements and relations: round 211, "Việc ký Bản ghi nhớ ... chưa thực hiện được")
_DURATIVE: Final = frozenset({K.SANCTION, K.RELATIONS, K.COOPERATE, K.AID, K.CONFLICT})
_SINCE: Final = re.compile(
    r"\s*(?:kể )?từ (?:năm |ngày |tháng )?[\d/]+(?: năm \d{4})?\s*,"
)  # "Từ năm 1975, ..." (no "đến")


def status_and_date(
    doc: Document,
    text: str,
    ctx: Context,
    hit: Hit,
    sp: Span,
    block: int,
    kind: EventKind,
    pre: list[Any],
    prev: int,
    proposed: tuple[str, ...],
    relative: Any,
    decided: Any,
) -> tuple[Status, Any, bool, Any, Any]:
    """(status, date, whether the date is written, whether a celebration is to come, whether one was held) of a
    draft. ``text`` is the lower-cased document text; ``prev`` the start of an earlier trigger of the clause."""
    held: Any
    trig = hit.trigger
    ts, te = hit.start, hit.end
    sentence, s0, c0, c1 = sp.sentence, sp.s0, sp.c0, sp.c1
    own0, p1, recent, anniv = sp.own0, sp.p1, sp.recent, sp.anniv
    last_name = c0  # the last name's end (one before c0 counts as c0 below)
    for g in pre:
        if last_name < g.end <= ts:
            last_name = g.end
    predicate = text[max(last_name, c0, ts - 80) : ts]
    if kind is K.VISIT:  # "Chuẩn bị đón đoàn X sang thăm": the task before the visitor (events_invited)
        predicate = received_opener(text, pre, c0) + predicate
    agent = pre[-1] if pre and pre[-1].end == last_name else None
    if (
        agent is not None and agent.marker in ("được", "bị") and agent.marker_pos >= c0
    ):  # "chưa được (đại diện) X
        predicate = (
            text[max(c0, agent.marker_pos - 30) : agent.marker_pos + 4] + predicate
        )  # ký": the negation
    status = status_of(ctx, text, block, recent, te, c1, predicate)  # stands before the passive's agent
    # "X nên sớm mở ... và thúc đẩy hợp tác": the modal governs the coordinated verbs (events_modal_scope, round 211)
    if status is ST.OCCURRED and modal_carried(predicate):
        status = ST.PLANNED
    status = task_status(doc, text, ctx.cache, block, kind, status, pre, c0, ts, te)  # events_tasks
    if status is ST.OCCURRED and invited_visit(trig.name, text, ts):
        status = ST.PLANNED  # "mời đoàn ... sang dự": an invited delegation's visit is to come (round 23)
    elif status is ST.PLANNED and meeting_as_setting(trig.name, text, c0, ts):
        status = ST.OCCURRED  # "được X đề xuất tại cuộc gặp đầu tiên của ...": the setting took place
    if kind in MEETING_KINDS and status is not ST.NEGATED and called_off(text, te, c1):
        status = ST.NEGATED  # "Chuyến thăm ... đã bị hủy bỏ": it did not take place
    if status is ST.OCCURRED and expected_after(text, te, sentence[1], c0, ts):
        status = ST.PLANNED  # "X thăm Việt Nam, dự kiến vào tháng 10/2026": expected (events_unasserted)
    elif status is ST.PLANNED and kind in MEETING_KINDS and attended_after_all(text, ts, te, sentence[1]):
        status = ST.OCCURRED  # "đã chuẩn bị tham dự Hội nghị X và ... đã dự Hội nghị": it took place
    status = role_status(
        text, kind, trig.name, status, c0, ts
    )  # a role denied, held now; a candidacy (planned)
    if trig.subject_first and status is not ST.NEGATED and passive_negated(text, ts, te):
        status = ST.NEGATED  # "Quan hệ ngoại giao giữa A và B chưa được thiết lập" (events_phrases)
    if kind is K.MEMBERSHIP_JOIN and status is ST.OCCURRED and invited(text, c0, ts):
        status = ST.PLANNED  # "Ai Cập được mời gia nhập BRICS": an invitation, the joining is to come
    if proposed and status is ST.OCCURRED:
        status = ST.PLANNED  # a proposal (accepted or not) is an act to come
    if (
        kind in _NOMINAL_KINDS
        and status is not ST.NEGATED
        and negated_nominal(text, c0, ts, te, c1, kind is K.COOPERATE)
    ):
        status = ST.NEGATED  # "..., nên viện trợ ... của các tổ chức này không còn giữ vai trò như trước"
    if kind is K.AID and status is not ST.NEGATED and funded_not_carried_out(text, c0, ts, te):
        status = ST.NEGATED  # "Dự án ... do Quỹ X tài trợ chưa được triển khai" (round 112)
    # "Đoàn ... dự kiến sang X ... chưa thực hiện được": not carried out (events_not_carried, round 159)
    if status is not ST.NEGATED and kind in _CARRIED_KINDS and not_carried_out(text, c0, ts, te, c1):
        status = ST.NEGATED
    if kind is K.AGREEMENT_NEGOTIATE and unfinished(text, c0, ts, te, c1):
        status = ST.NEGATED  # "Đàm phán Hiệp định ... chưa kết thúc": no conclusion, no event
    celebrated = anniv and status is ST.PLANNED  # "Tổ chức kỷ niệm 60 năm thiết lập quan hệ ..." (a task)
    held = (
        anniv and status is ST.OCCURRED and celebrates(text, pre, c0, ts)
    )  # "Năm 2023, hai bên kỷ niệm ..."
    if anniv and status is not ST.NEGATED:
        status = ST.OCCURRED  # the celebration may be planned; the event it remembers happened
    if status is ST.OCCURRED and kind in _DURATIVE and _SINCE.match(text, c0):
        status = ST.ONGOING  # "Từ năm 1975, Hoa Kỳ cấm vận Việt Nam": in force since then
    when = when_clause(ctx, text, s0, c1, ts)  # ", khi X đảm nhiệm ...": the main clause's time (events_when)
    if when is not None and when[1] and status is ST.OCCURRED:
        status = ST.PLANNED
    # "Nhân chuyến thăm ... tháng 3/2025 của X, hai nước ...", "Trong cuộc bầu chọn ngày 6/6/2023, X trúng cử
    # ...": the occasion's date is the main clause's too (events_occasion, dates_clauses)
    if prev >= own0 and (occasion_opens(text, own0, prev, ts) or occasion_frame(text, own0, prev, ts)):
        prev = -1
    # (round 95) "ký ... ngày 22/10/1989 dưới sự trung gian của X": the act's manner, on the act's date
    if trig.name == "mediate_by":
        prev = -1
    date, explicit = date_of(
        ctx, text, ts, te, own0, p1, block, prev if prev >= own0 else -1, status is ST.PLANNED, c1
    )
    if prev >= own0 and (joined := coordinated_date(ctx, text, prev, ts, te, c1, date)):
        date, explicit = joined, True  # "thăm Lát-vi-a ngày 19 – 20/10/2017 và hội kiến ..." (round 165)
    if kind is K.SUPPORT and explicit and ctx.cache.get((TERM_KEY, te)) == date:
        date, explicit = (
            ctx.fallback_date(block),
            False,
        )  # "ủng hộ Việt Nam ... nhiệm kỳ 2008 – 2009": the seat's
    elif kind is K.AGREEMENT_SIGN and explicit and (told := programme_term(ctx, text, date, te, p1, block)):
        date, explicit = told, False  # "ký chương trình ... giai đoạn 2026 – 2028" (round 165)
    if (
        when is not None and when[0]
    ):  # (round 54: before any other date of the sentence, "ký ngày 30/6/2019, được
        date, explicit = when[0], True  # phê chuẩn ngày 12/2/2020, khi Crô-a-ti-a đang giữ ...": the latter)
    if not explicit and kind is K.AGREEMENT_SIGN and (named := named_year(ctx, te, min(c1, te + 160))):
        date, explicit = named, True  # "ký Hiệp định RCEP năm 2020": the agreement's year (dates_clauses)
    if not explicit and kind is K.MEMBERSHIP_JOIN:  # a founding member: the founding's date (events_when)
        b0 = doc.blocks[block].start if block < len(doc.blocks) else s0
        founded = instrument_date(ctx, text, te, min(c1, te + 300))  # "theo Hiệp ước X (1991)" (instruments)
        founded = founded or founding_date(ctx, text, b0, sentence[0], c0, p1)
        date, explicit = (founded, True) if founded else (date, explicit)
    if (
        not explicit and status is not ST.PLANNED
    ):  # "Theo Hiệp định Pa-ri (1973), X tham gia ...": the treaty's
        under = treaty_opening_date(ctx, text, c0, ts)  # year dates what is done under it
        date, explicit = (under, True) if under else (date, explicit)
    if not explicit and trig.name == "host_by" and (told := told_meeting_date(ctx, text, c0, ts)):
        date, explicit = told, True  # "Hội nghị do X chủ trì.": the meeting told before (events_instruments)
    if kind is K.MEMBERSHIP_ELECT and (held := poll_date(ctx, text, te, sentence[1])):
        date, explicit = held, True  # "...; cuộc bầu cử dự kiến diễn ra vào tháng 6/2019"
    if not explicit and kind in (K.AID, K.SUPPORT) and (calamity := calamity_date(ctx, text, own0, p1)):
        date, explicit = (
            calamity,
            True,
        )  # "Sau trận động đất ngày 28/3/2021, X cử đội cứu hộ" (dates_disaster)
    status, date = standing(ctx, text, kind, status, date, explicit, c0, ts)  # undated standing relations
    if trig.name == "apply_join" and status is not ST.NEGATED:  # "X nộp đơn xin gia nhập Y": to come, or
        denied = not_admitted(text, te, sentence[1])  # denied: "... nhưng chưa được kết nạp" (round 23)
        status = ST.NEGATED if denied else ST.PLANNED
    if trig.name == "member_from" and not explicit and status is ST.OCCURRED:
        status = ST.ONGOING  # "X hiện là thành viên G20": a standing membership, undated (events_members)
    if (
        kind is K.MEMBERSHIP_ELECT
        and status is ST.OCCURRED
        and explicit
        and ctx.cache.get((TERM_KEY, te)) == date
        and after_document(doc.meta.get("date"), date)
    ):  # "VIỆT NAM TRÚNG CỬ HỘI ĐỒNG NHÂN QUYỀN ... NHIỆM KỲ 2023 – 2025" told on 12/10/2022: the term is to
        date, explicit = doc.meta.get("date") or date, False  # come, the election told as done (round 172)
    if status is ST.OCCURRED and explicit and after_document(doc.meta.get("date"), date):
        status = ST.PLANNED  # "Hà Nội, ngày 2 tháng 10 năm 2024 ... trong tháng 11/2024": to come
    if decided and not explicit:
        date = doc.meta.get("date") or date
    if relative and not explicit and status is ST.OCCURRED and kind in _DURATIVE:
        status = ST.ONGOING  # "lệnh cấm vận mà Hoa Kỳ áp đặt đối với Cu-ba": undated, still in force
    if status is ST.OCCURRED and not explicit and told_in_present(text, kind, s0, own0, ts, te, p1):
        status = ST.ONGOING  # "Hiện nay, ta duy trì quan hệ ...": a standing practice (events_ongoing)
    now = doc.meta.get("date") or ""  # "X hiện là nhà đầu tư lớn nhất ...": the day of a dated document (a
    now = "" if ctx.covered else now  # (a report on a period leaves its standing states undated: round 21)
    if status is ST.ONGOING and not explicit and len(now) == 10 and told_now(text, own0, ts):
        date = now  # briefing, a speech; a journal's year leaves the state undated)
    return status, date, explicit, celebrated, held
