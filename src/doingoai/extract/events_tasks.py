"""Frames of the events stage from heldout8's constructions (see docs/decisions.md, "Events", "Construction grid,
sixth round"): tasks and plans of official documents (a past signing described inside a task, a request to others
inside a coordination, a project document's items), one party's acts on a multilateral instrument ("Việt Nam sẽ ký
Công ước", "tham gia các phiên đàm phán", "trình cấp có thẩm quyền phê chuẩn", "đăng cai Lễ mở ký") and an agreement
implemented ("Triển khai Hiệp định ..."). Used by :mod:`doingoai.extract.events_draft` and :mod:`events_rules`."""

from __future__ import annotations

import re

from doingoai.extract import gazetteer
from doingoai.model import BlockType, Document, EventKind, Status

K = EventKind

# "Phối hợp với phía EU vận động các nước thành viên sớm phê chuẩn EVIPA": the act after a causative verb is asked
# of others ("vận động X làm Y"), not done
_REQUEST = re.compile(
    r"\b(?:vận động|kêu gọi|yêu cầu|thuyết phục|đề nghị|thúc giục)\s+(?!của\b)(?:[^\W\d_]+\s+){1,6}$"
)
_REQUEST_WORD = re.compile("vận động|kêu gọi|yêu cầu|thuyết phục|đề nghị|thúc giục")  # its pre-check


def requested(text: str, start: int, ts: int) -> bool:
    """Is the trigger at ``ts`` the act a causative verb after ``start`` asks of someone ("vận động các nước thành
    viên sớm phê chuẩn")?"""
    lo = max(start, ts - 60)
    return _REQUEST_WORD.search(text, lo, ts) is not None and _REQUEST.search(text, lo, ts) is not None


# one party's act on a multilateral instrument: "Việt Nam sẽ ký Công ước", "tham gia các phiên đàm phán (của Ủy
# ban ... soạn thảo Công ước)", "trình cấp có thẩm quyền phê chuẩn", "đăng cai Lễ mở ký"
_MULTILATERAL = re.compile(r"\s*(?:(?:bản|các|những) )?(?:công ước|hiến chương|nghị định thư gia nhập)\b")
_TAKE_PART = re.compile(
    r"\btham gia (?:tích cực |chủ động )?(?:vào )?(?:các |những )?(?:phiên |vòng |cuộc |quá trình |tiến trình )?$"
)
_SUBMIT = re.compile(
    r"\btrình (?:(?:lên )?(?:cấp có thẩm quyền|cơ quan có thẩm quyền|quốc hội|chủ tịch nước|chính phủ|thủ tướng"
    r"(?: chính phủ)?)\s+)?(?:xem xét,?\s+)?(?:quyết định\s+)?$"
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
    if kind is K.HOST:  # (not "Việc đăng cai ...": the hosting told before, named again)
        return trigger == "host" and text.startswith("đăng cai", ts) and not text.endswith("việc ", c0, ts)
    return False


def submitted(text: str, c0: int, ts: int) -> bool:
    """ "(Bộ Công an phối hợp với Bộ Ngoại giao) trình cấp có thẩm quyền phê chuẩn": a ratification proposed through
    Vietnam's own procedure (its ministries act for the State)."""
    return (
        text.find("trình", max(c0, ts - 70), ts) >= 0
        and _SUBMIT.search(text, max(c0, ts - 70), ts) is not None
    )


# "Triển khai Hiệp định ... (UKVFTA) được ký ngày 29/12/2020": inside a task, the agreement's past signing is described
_PAST_PARTICIPLE = re.compile(r"\s*(?:vào |từ )?(?:ngày|tháng|năm) \d")
_PASSIVE = re.compile(r"\bđược (?:chính thức )?$")


def described_past(text: str, c0: int, ts: int, te: int) -> bool:
    """Is the agreement act at ``ts`` a passive participle with its own date ("... được ký ngày 29/12/2020"), a past
    fact told about the object of a task rather than the task?"""
    return (
        _PASSIVE.search(text, max(c0, ts - 20), ts) is not None
        and _PAST_PARTICIPLE.match(text, te) is not None
    )


# a project document or plan: its numbered items are what is to be done ("ĐỀ ÁN Tổ chức ...", "KẾ HOẠCH ...")
_PLAN_TITLE = re.compile(r"\s*(?:đề án|kế hoạch|chương trình hành động|phương án)\b")
_PLAN_KEY = "plan_document"


def plan_item(doc: Document, low: str, cache: dict, block: int) -> bool:
    """Is ``block`` a numbered item of a project document or plan (its title opens with "ĐỀ ÁN", "KẾ HOẠCH")? Its
    subjectless items ("4. Phối hợp với UNODC ...") are tasks."""
    plan = cache.get(_PLAN_KEY)
    if plan is None:
        title = next((b for b in doc.blocks if b.type is BlockType.TITLE), None)
        plan = cache[_PLAN_KEY] = title is not None and _PLAN_TITLE.match(low, title.start) is not None
    if not plan or block is None or block >= len(doc.blocks):
        return False
    return doc.blocks[block].type is BlockType.LIST_ITEM


def implemented_parties(agreements: list, te: int) -> list[str]:
    """ "Triển khai / thực hiện (hiệu quả) Hiệp định ...": the parties of the agreement named right after the
    trigger ending at ``te`` (``agreements``: its agreement mentions after it), from the gazetteer's ``parties``,
    else the agreement itself when it acts as a group (CPTPP, RCEP)."""
    for m in agreements[:1]:
        if m.start - te > 30:
            break
        e = gazetteer.entry(m.code)
        parties = tuple(e.attr("parties") or ()) if e else ()
        return list(parties) or [m.code]
    return []


_AGREEMENT_KINDS = frozenset({K.AGREEMENT_SIGN, K.AGREEMENT_RATIFY, K.AGREEMENT_NEGOTIATE})
_WILL = re.compile(r"\b(?:sẽ|dự kiến|dự định|sắp)\b")


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
    if status is Status.PLANNED:
        if (
            kind in _AGREEMENT_KINDS
            and described_past(low, c0, ts, te)
            and not _WILL.search(low, max(c0, ts - 30), ts)
        ):
            return Status.OCCURRED
        return status
    if status is Status.OCCURRED and kind is K.AGREEMENT_RATIFY and submitted(low, c0, ts):
        return Status.PLANNED  # "trình cấp có thẩm quyền phê chuẩn": the ratification is to come
    if status in (Status.OCCURRED, Status.ONGOING) and not any(g.marker == "" for g in pre):
        if plan_item(doc, low, cache, block):
            return Status.PLANNED
    return status


# "chấp thuận đề nghị của Việt Nam đăng cai Lễ mở ký": the proposer is who would act, and the act is to come
_PROPOSAL_OF = re.compile(r"\b(?:đề nghị|đề xuất|sáng kiến|mong muốn|nguyện vọng|yêu cầu) của\s+$")


def proposer(text: str, pre: list, ts: int) -> tuple[str, ...]:
    """The codes of the name right before the trigger at ``ts`` when it is the owner of a proposal ("đề nghị của
    Việt Nam đăng cai ..."), else ()."""
    if not pre or pre[-1].marker != "của" or text[pre[-1].end : ts].strip():
        return ()
    g = pre[-1]
    return g.codes if _PROPOSAL_OF.search(text, max(0, g.start - 30), g.start) else ()
