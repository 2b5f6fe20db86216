"""Frames of the events stage from heldout8's constructions (see docs/decisions.md, "Events", "Construction grid,
sixth round"): tasks and plans of official documents (a past signing described inside a task, a request to others
inside a coordination, a project document's subjectless items), one party's acts on a multilateral instrument
("Việt Nam sẽ ký Công ước", "tham gia các phiên đàm phán", "trình cấp có thẩm quyền phê chuẩn", "đăng cai ..."), a
proposal's owner ("đề nghị của X đăng cai"), an agreement implemented ("Triển khai Hiệp định ..."), an anniversary
celebrated by the clause's subject, a treaty opening the clause that dates what is done under it, and "cùng ngày
với <agreement>". Used by :mod:`doingoai.extract.events_draft`,
:mod:`doingoai.extract.events_same_time` and :mod:`doingoai.extract.events_no_event`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from doingoai.extract import gazetteer
from doingoai.extract.members import members
from doingoai.model import BlockType, Document, EventKind, Status

ST = members(Status)  # (plain attribute reads: see extract/members.py)
BT = members(BlockType)  # (plain attribute reads: see extract/members.py)

if TYPE_CHECKING:
    from doingoai.extract.events_context import Context
    from doingoai.extract.events_merge import Draft

K = members(EventKind)  # (plain attribute reads: see extract/members.py)

# "Phối hợp với phía EU vận động các nước thành viên sớm phê chuẩn EVIPA": the act after a causative verb is asked
# of others ("vận động X làm Y"), not done
_REQUEST: Final = re.compile(
    r"\b(?:vận động|kêu gọi|yêu cầu|thuyết phục|đề nghị|thúc giục)\s+(?!của\b)(?:[^\W\d_]+\s+){1,6}$"
)
_REQUEST_WORD: Final = re.compile("vận động|kêu gọi|yêu cầu|thuyết phục|đề nghị|thúc giục")  # its pre-check


def requested(text: str, start: int, ts: int) -> bool:
    """Is the trigger at ``ts`` the act a causative verb after ``start`` asks of someone ("vận động các nước thành
    viên sớm phê chuẩn")?"""
    lo = max(start, ts - 60)
    return _REQUEST_WORD.search(text, lo, ts) is not None and _REQUEST.search(text, lo, ts) is not None


# one party's act on a multilateral instrument: "Việt Nam sẽ ký Công ước", "tham gia các phiên đàm phán (của Ủy
# ban ... soạn thảo Công ước)", "trình cấp có thẩm quyền phê chuẩn", "đăng cai Lễ mở ký"
_MULTILATERAL: Final = re.compile(
    r"\s*(?:(?:bản|các|những) )?(?:công ước|hiến chương|nghị định thư gia nhập)\b"
)
_TAKE_PART: Final = re.compile(
    r"\btham gia (?:tích cực |chủ động )?(?:vào )?(?:các |những )?(?:phiên |vòng |cuộc |quá trình |tiến trình )?$"
)
_SUBMIT: Final = re.compile(
    r"\btrình (?:(?:lên )?(?:cấp có thẩm quyền|cơ quan có thẩm quyền|quốc hội|chủ tịch nước|chính phủ|thủ tướng"
    r"(?: chính phủ)?)\s+)?(?:xem xét,?\s+)?(?:quyết định\s+)?$"
)


_MEETING: Final = re.compile(
    r"\s*(?:tổ chức )?(?:các |một )?(?:lễ|hội nghị|hội thảo|diễn đàn|kỳ họp|phiên họp|cuộc họp|thượng đỉnh|đối thoại"
    r"|tuần lễ cấp cao)\b"
)


def one_party_act(text: str, kind: EventKind, trigger: str, c0: int, ts: int, te: int, c1: int) -> bool:
    """May the act at ``[ts, te)`` have a single party? A signing of a convention (open to all states), a part taken
    in negotiations, a ratification submitted, a hosting ("đăng cai"): none names a partner."""
    if kind is K.AGREEMENT_SIGN:
        return _MULTILATERAL.match(text, te) is not None
    if kind is K.AGREEMENT_NEGOTIATE:
        return _TAKE_PART.search(text, max(c0, ts - 40), ts) is not None and (
            text.find("công ước", te, c1) >= 0 or text.find("hiệp định", te, c1) >= 0
        )
    if kind is K.AGREEMENT_RATIFY:
        return submitted(text, c0, ts)
    if (
        kind is K.HOST
    ):  # (not "Việc đăng cai ...": the hosting told before, named again; a meeting, not games)
        return (
            trigger == "host"
            and text.startswith("đăng cai", ts)
            and not text.endswith("việc ", c0, ts)
            and _MEETING.match(text, te) is not None
        )
    return False


def submitted(text: str, c0: int, ts: int) -> bool:
    """ "(Bộ Công an phối hợp với Bộ Ngoại giao) trình cấp có thẩm quyền phê chuẩn": a ratification proposed through
    Vietnam's own procedure (its ministries act for the State)."""
    return (
        text.find("trình", max(c0, ts - 70), ts) >= 0
        and _SUBMIT.search(text, max(c0, ts - 70), ts) is not None
    )


# "Triển khai Hiệp định ... (UKVFTA) được ký ngày 29/12/2020": inside a task, the agreement's past signing is described
_PAST_PARTICIPLE: Final = re.compile(r"\s*(?:vào |từ )?(?:ngày|tháng|năm) \d")
_PASSIVE: Final = re.compile(r"\bđược (?:chính thức )?$")


def described_past(text: str, c0: int, ts: int, te: int) -> bool:
    """Is the agreement act at ``ts`` a passive participle with its own date ("... được ký ngày 29/12/2020"), a past
    fact told about the object of a task rather than the task?"""
    return (
        _PASSIVE.search(text, max(c0, ts - 20), ts) is not None
        and _PAST_PARTICIPLE.match(text, te) is not None
    )


# a project document or plan: its numbered items are what is to be done ("ĐỀ ÁN Tổ chức ...", "KẾ HOẠCH ...")
_PLAN_TITLE: Final = re.compile(r"\b(?:đề án|kế hoạch|chương trình hành động|phương án)\b")
_REPORT_TITLE: Final = re.compile(r"\b(?:báo cáo|kết quả|thực hiện|tổng kết|sơ kết|đánh giá)\b")
_PLAN_KEY = "plan_document"


def plan_item(doc: Document, low: str, cache: dict, block: int) -> bool:
    """Is ``block`` a numbered item of a project document or plan (its title opens with "ĐỀ ÁN", "KẾ HOẠCH")? Its
    subjectless items ("4. Phối hợp với UNODC ...") are tasks."""
    plan = cache.get(_PLAN_KEY)
    if plan is None:
        title = next((b for b in doc.blocks if b.type is BT.TITLE), None)
        m = title and _PLAN_TITLE.search(low, title.start, min(title.end, title.start + 40))
        plan = cache[_PLAN_KEY] = bool(m) and not _REPORT_TITLE.search(low, title.start, m.start())  # type: ignore[union-attr,operator]
        # (the issuer may be run into the title, "BỘ NGOẠI GIAO ĐỀ ÁN"; a report on a plan is no plan: "BÁO CÁO KẾT
        # QUẢ THỰC HIỆN KẾ HOẠCH ...")
    if not plan or block is None or block >= len(doc.blocks):
        return False
    return doc.blocks[block].type is BT.LIST_ITEM


def implemented_parties(agreements: list, te: int) -> list[str]:
    """ "Triển khai / thực hiện (hiệu quả) Hiệp định ...": the parties of the agreement named right after the
    trigger ending at ``te`` (``agreements``: its agreement mentions after it), from the gazetteer's ``parties``,
    else the agreement itself when it acts as a group (CPTPP, RCEP)."""
    for m in agreements[:1]:
        if m.start - te > 30:
            break
        e = gazetteer.entry(m.code)
        parties = tuple(e.attr("parties") or ()) if e else ()
        if parties:
            return list(parties)
        # (a convention or charter is abided by, not a partner: "thực hiện nghiêm túc Công ước ... Luật Biển")
        return [] if e is None or e.vi.startswith(("Công ước", "Hiến chương")) else [m.code]
    return []


_AGREEMENT_KINDS: Final = frozenset({K.AGREEMENT_SIGN, K.AGREEMENT_RATIFY, K.AGREEMENT_NEGOTIATE})
_WILL: Final = re.compile(r"\b(?:sẽ|dự kiến|dự định|sắp)\b")


def task_status(
    doc: Document,
    low: str,
    cache: dict,
    block: int,
    kind: EventKind,
    status: Status,
    pre: list,
    c0: int,
    ts: int,
    te: int,
) -> Status:
    """The status of a trigger in a task or plan: an agreement's past act described in a task ("Triển khai Hiệp
    định ... được ký ngày 29/12/2020") occurred; a subjectless numbered item of a project document ("4. Phối hợp
    với UNODC ...") is planned."""
    if status is ST.PLANNED:
        if (
            kind in _AGREEMENT_KINDS
            and described_past(low, c0, ts, te)
            and not _WILL.search(low, max(c0, ts - 30), ts)
        ):
            return ST.OCCURRED
        return status
    if status is ST.OCCURRED and kind is K.AGREEMENT_RATIFY and submitted(low, c0, ts):
        return ST.PLANNED  # "trình cấp có thẩm quyền phê chuẩn": the ratification is to come
    if status in (ST.OCCURRED, ST.ONGOING) and plan_item(doc, low, cache, block):
        if not any(g.marker == "" for g in pre):
            return ST.PLANNED
    return status


# "chấp thuận đề nghị của Việt Nam đăng cai Lễ mở ký": the proposer is who would act, and the act is to come
_PROPOSAL_OF: Final = re.compile(r"\b(?:đề nghị|đề xuất|sáng kiến|mong muốn|nguyện vọng|yêu cầu) của\s+$")


def proposer(text: str, pre: list, ts: int) -> tuple[str, ...]:
    """The codes of the name right before the trigger at ``ts`` when it is the owner of a proposal ("đề nghị của
    Việt Nam đăng cai ..."), else ()."""
    if not pre or pre[-1].marker != "của" or text[pre[-1].end : ts].strip():
        return ()
    g = pre[-1]
    return g.codes if _PROPOSAL_OF.search(text, max(0, g.start - 30), g.start) else ()


# "Năm 2023, hai bên kỷ niệm 50 năm thiết lập quan hệ ngoại giao": the parties celebrate, as the clause's predicate
# (not "nhân dịp kỷ niệm ...", "trong năm hai nước kỷ niệm ...": an occasion or a time)
_OPENER: Final = re.compile(
    r"\s*(?:[-•+*]\s*)?(?:(?:vào |trong )?(?:đầu |cuối |giữa )?(?:năm|tháng|ngày) [\d/]+\s*[,:]\s*)?$"
)
_CELEBRATE: Final = re.compile(r"\s*(?:(?:đã|cùng|cùng nhau|long trọng|trọng thể|chính thức)\s+)*kỷ niệm\b")


def celebrates(low: str, pre: list, c0: int, ts: int) -> bool:
    """Is the anniversary before the trigger at ``ts`` celebrated by the clause's subject ("X và Y / hai nước kỷ niệm
    N năm ...", the subject opening the clause after at most a date)? Then the celebration is a relations event of
    its own date, besides the event it remembers (docs/decisions.md, "anniversaries")."""
    if not pre or pre[-1].marker != "":
        return False
    g = pre[-1]
    m = _CELEBRATE.match(low, g.end)
    return m is not None and m.end() <= ts and _OPENER.fullmatch(low, c0, g.start) is not None


# "Theo Hiệp định Pa-ri (1973), Ca-na-đa cùng Ba Lan ... tham gia ICCS": an act done under a treaty opening the clause
_UNDER: Final = re.compile(
    r"\s*(?:theo|căn cứ(?: vào)?|thực hiện|thi hành)\s+(?:(?:quy định|các điều khoản) của\s+)?$"
)


def treaty_opening_date(ctx: Context, low: str, c0: int, ts: int) -> str:
    """The year of a treaty opening the clause ("Theo Hiệp định Pa-ri (1973), ..."), which dates an act done under it
    when the clause gives no date of its own; else ""."""
    for m in ctx.agreements_between(c0, ts):
        if not _UNDER.fullmatch(low, c0, m.start):
            return ""
        year = ctx.attached_date(m.end)
        close = low.find(",", m.end, ts)
        return year if year[:4].isdigit() and 0 <= close - m.end <= 12 else ""
    return ""


# "EVIPA, ký cùng ngày với EVFTA": the same time as a named agreement's act, wherever that act is told (a table row
# after it), not the nearest earlier event's
_SAME_AS: Final = re.compile(r"\bcùng (?:ngày|tháng|năm|thời điểm|dịp) với\s+")


def same_time_as_named(ctx: Context, low: str, d: Draft, drafts: list[Draft]) -> str | None:
    """The date of the act of the agreement named after "cùng ngày với" in ``d``'s sentence (another draft with that
    agreement and a date of its own, else a date written right after that agreement's name elsewhere: a table row
    "EVFTA  30/6/2019"), or None when the sentence names none or no such date is told."""
    s0, s1 = d.sentence
    if low.find("cùng ", s0, s1) < 0:
        return None
    for m in _SAME_AS.finditer(low, s0, s1):
        named = ctx.agreements_between(m.end(), m.end() + 3)
        if not named:
            continue
        code = named[0].code
        for e in drafts:
            if (
                e is not d
                and e.kind is d.kind
                and e.date[:4].isdigit()
                and dict(e.attrs).get("agreement") == code
            ):
                return e.date
        for other in ctx.agreements_between(0, len(low)):  # its name with a date written after it elsewhere
            if (
                other.code == code
                and other.start != named[0].start
                and ctx.attached_date(other.end)[:4].isdigit()
            ):
                return ctx.attached_date(other.end)
    return None
