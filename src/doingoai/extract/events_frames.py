"""Clause frames of the events stage that name a role by position (see docs/decisions.md, "Events",
heldout4's constructions): the owner of a treaty's name, a decision's article opening on its verb, the
organisation whose meeting admits a member, a place's country, a subordinate clause's own subject and the
organisation before "mà X đăng cai". Used by :func:`doingoai.extract.events_draft.draft_event`."""

from __future__ import annotations

import re

from doingoai.extract.triggers import HELP_TASK
from doingoai.model import EventKind

K = EventKind

_OWNER_OF = re.compile(r"\b(?:công ước|hiến chương|hiệp định|thỏa thuận|nghị định thư)(?: khung)? của\s+$")


def treaty_owner(text: str, kind: EventKind, g) -> bool:
    """ "phê duyệt ... Công ước khung của Liên Hợp Quốc": the organisation owning a treaty's name is no party."""
    return (
        kind in (K.AGREEMENT_RATIFY, K.AGREEMENT_SIGN)
        and _OWNER_OF.search(text, max(0, g.start - 30), g.start) is not None
    )


DECIDED = re.compile(r"\s*(?:[-+•]\s*)?(?:điều \d+\.?\s*)?")  # a decision's article opening on its verb
_MEETING_OF = re.compile(r"\b(?:hội nghị|phiên họp|đại hội đồng|kỳ họp)\b[^,;.:]{0,60}$")


def meeting_org(text: str, pre: list) -> list[str]:
    """ "tại Hội nghị Cấp cao của Phong trào Không liên kết ..., Việt Nam trở thành thành viên": the
    organisation whose meeting admits is the one joined."""
    for g in reversed(pre):
        if set(g.kinds) <= {"organisation", "body"} and _MEETING_OF.search(
            text, max(0, g.start - 80), g.start
        ):
            return list(g.codes)
    return []


_PLACE_AFTER = re.compile(r"\s*(?:[,.;:)]|$)")
_PLACE_BEFORE = re.compile(r"\b(?:ở|tại) [^\W\d_][^,;.:()]{0,30}, $")


def place_country(text: str, g) -> bool:
    """ "ở Paris, Cộng hòa Pháp", "tại Niu Oóc, Hoa Kỳ": the country of a place named before it."""
    return (
        g.marker == ""
        and _PLACE_AFTER.match(text, g.end) is not None  # (not "Tại Hà Nội, Việt Nam và Lào ký ...")
        and _PLACE_BEFORE.search(text, max(0, g.start - 40), g.start) is not None
    )


SUBORDINATE = re.compile(r"\b(?:từ khi|khi|sau khi|trước khi)\b")  # a clause with its own subject
_MA_BEFORE = re.compile(r"[^,;.:()]{0,30}\bmà\s+$")


def host_before_ma(text: str, pre: list) -> list[str]:
    """ "Năm APEC 2017 mà Việt Nam sẽ đăng cai", "Hội nghị Cấp cao ASEAN lần thứ 18 mà In-đô-nê-xi-a đăng cai":
    the organisation named right before "mà" is the meeting's (the name after it hosts)."""
    if len(pre) < 2 or not set(pre[-2].kinds) <= {"organisation", "body"}:
        return []
    return list(pre[-2].codes) if _MA_BEFORE.fullmatch(text, pre[-2].end, pre[-1].start) else []


_HELP_TASK = re.compile(r"\b" + HELP_TASK + r"\b")


def help_task_start(text: str, te: int, p1: int) -> int:
    """Where the task after "giúp X" starts ("giúp Việt Nam thanh toán khoản nợ với IMF"), else ``p1``."""
    m = _HELP_TASK.search(text, te, p1)
    return m.start() if m else p1
