"""Clause frames of the events stage that name a role by position (see docs/decisions.md, "Events",
heldout4's constructions): the owner of a treaty's name, a decision's article opening on its verb, the
organisation whose meeting admits a member, a place's country, a subordinate clause's own subject and the
organisation before "mà X đăng cai". Used by :func:`doingoai.extract.events_draft.draft_event`."""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.rx_boundary import compile_fast
from doingoai.extract.trigger_aid import HELP_TASK
from doingoai.model import EventKind

K = EventKind

_OWNER_OF: Final = re.compile(
    r"\b(?:công ước|hiến chương|hiệp định|thỏa thuận|nghị định thư)(?: khung)? của\s+$"
)


def treaty_owner(text: str, kind: EventKind, g) -> bool:
    """ "phê duyệt ... Công ước khung của Liên Hợp Quốc": the organisation owning a treaty's name is no party."""
    return (
        kind in (K.AGREEMENT_RATIFY, K.AGREEMENT_SIGN)
        and _OWNER_OF.search(text, max(0, g.start - 30), g.start) is not None
    )


DECIDED: Final = re.compile(
    r"\s*(?:[-+•]\s*)?(?:điều \d+\.?\s*)?"
)  # a decision's article opening on its verb
_MEETING_OF: Final = re.compile(r"\b(?:hội nghị|phiên họp|đại hội đồng|kỳ họp)\b[^,;.:]{0,60}$")


def meeting_org(text: str, pre: list) -> list[str]:
    """ "tại Hội nghị Cấp cao của Phong trào Không liên kết ..., Việt Nam trở thành thành viên": the
    organisation whose meeting admits is the one joined."""
    for g in reversed(pre):
        if set(g.kinds) <= {"organisation", "body"} and _MEETING_OF.search(
            text, max(0, g.start - 80), g.start
        ):
            return list(g.codes)
    return []


_PLACE_AFTER: Final = re.compile(r"\s*(?:[,.;:)]|$)")
# (round 157) a level or an aspect is no place: "Ở cấp song phương, Việt Nam và Hàn Quốc, thiết lập ..., đã là ..."
_PLACE_BEFORE: Final = re.compile(
    r"\b(?:ở|tại) (?!(?:cấp|tầm|mức|bình diện|phương diện|góc độ|khía cạnh|lĩnh vực)\b)[^\W\d_][^,;.:()]{0,30}, $"
)


def place_country(text: str, g) -> bool:
    """ "ở Paris, Cộng hòa Pháp", "tại Niu Oóc, Hoa Kỳ": the country of a place named before it."""
    return (
        g.marker == ""
        and text.find(", ", max(0, g.start - 3), g.start) >= 0  # (where _PLACE_BEFORE's match must end)
        and _PLACE_AFTER.match(text, g.end) is not None  # (not "Tại Hà Nội, Việt Nam và Lào ký ...")
        and _PLACE_BEFORE.search(text, max(0, g.start - 40), g.start) is not None
    )


SUBORDINATE: Final = re.compile(r"\b(?:từ khi|khi|sau khi|trước khi)\b")  # a clause with its own subject
# (round 54) a result or causative verb whose object is the next clause's subject: "... bùng phát năm 2022 khiến Phần
# Lan và Thụy Điển gia nhập NATO", "... buộc Pháp rút quân", "... mở đường cho Việt Nam gia nhập ASEAN"
_RESULT_SUBJECT: Final = re.compile(
    r"\b(?:khiến(?: cho)?|buộc|làm cho|dẫn (?:đến|tới) việc|mở đường cho|tạo điều kiện (?:cho|để)|giúp cho"
    r"|thúc đẩy|đẩy|để)\s+(?:(?:cả|các|những|hai|ba|nhiều|nước|chính phủ|chính quyền)\s+){0,2}$"
)


# the result verb that ends the objects of the act before it: "Nga tấn công U-crai-na khiến Phần Lan ..."
_RESULT_CUT: Final = re.compile(
    r"(?<!ràng )(?<!cáo )(?<!bắt )\b(?:khiến|buộc|làm cho|dẫn (?:đến|tới) việc|mở đường cho|tạo điều kiện cho"
    r"|giúp cho)\s"
)


def result_cut(text: str, index, te: int, p1: int) -> int:
    """Where a result verb after the trigger ending at ``te`` starts when an object is named before it (its objects
    end there; round 54), else ``p1`` ("rút khỏi cơ chế, khiến Quad ...": the one named after it is the object)."""
    at = first_result_verb(text, te, p1)
    return at if at >= 0 and index.any_between(te, at) else p1


# the words :data:`_RESULT_CUT`'s matches start with (after its zero-width look-behinds and ``\b``)
_RESULT_FIRSTS: Final = ("khiến", "buộc", "làm cho", "dẫn ", "mở đường cho", "tạo điều kiện cho", "giúp cho")


def first_result_verb(text: str, start: int, end: int) -> int:
    """Where ``_RESULT_CUT.search(text, start, end)`` starts, else -1 (speed round 15). Every match starts with one of
    :data:`_RESULT_FIRSTS`: those are found with ``str.find`` and the pattern tried only there (its look-behinds at
    every position of the range made the search the events stage's costliest new one); the leftmost success over all
    of them is the search's match (``match`` with the same bounds sees the same characters before and after)."""
    best = -1
    for first in _RESULT_FIRSTS:
        i = text.find(first, start, end)
        while i >= 0 and (best < 0 or i < best):
            if _RESULT_CUT.match(text, i, end) is not None:
                best = i
                break
            i = text.find(first, i + 1, end)
    return best


def result_subject(text: str, prev: int, g) -> bool:
    """Is the group ``g`` after the earlier trigger at ``prev`` the subject of a result or causative clause (round
    54): "Cuộc xung đột Nga – U-crai-na ... khiến Phần Lan gia nhập NATO": Finland joins, not the war's sides?"""
    return g.marker == "" and _RESULT_SUBJECT.search(text, max(prev, g.start - 60), g.start) is not None


_MA_BEFORE: Final = re.compile(r"[^,;.:()]{0,30}\bmà\s+$")


def host_before_ma(text: str, pre: list) -> list[str]:
    """ "Năm APEC 2017 mà Việt Nam sẽ đăng cai", "Hội nghị Cấp cao ASEAN lần thứ 18 mà In-đô-nê-xi-a đăng cai":
    the organisation named right before "mà" is the meeting's (the name after it hosts)."""
    if len(pre) < 2 or not set(pre[-2].kinds) <= {"organisation", "body"}:
        return []
    return list(pre[-2].codes) if _MA_BEFORE.fullmatch(text, pre[-2].end, pre[-1].start) else []


_HELP_TASK: Final = re.compile(r"\b" + HELP_TASK + r"\b")


def help_task_start(text: str, te: int, p1: int) -> int:
    """Where the task after "giúp X" starts ("giúp Việt Nam thanh toán khoản nợ với IMF"), else ``p1``."""
    m = _HELP_TASK.search(text, te, p1)
    return m.start() if m else p1


_WHO_REL: Final = re.compile(r"[^,;:()\n]{0,60}?,\s*người (?:đang |đã |vừa |sẽ )?(?:có chuyến )?$")
# "phối hợp với Lào, nước lần đầu giữ cương vị Chủ tịch ASEAN năm 2016": the country before ", nước" is the
# subject of the relative clause (a verb follows "nước"; "Lào, nước Chủ tịch ASEAN" is an appositive, no event)
_COUNTRY_REL: Final = re.compile(
    r",\s*(?:nước|quốc gia) (?:(?:đang|đã|vừa|sẽ|cũng|hiện|từng|lần đầu(?: tiên)?|lần thứ \w+) )*"
    r"(?:(?:giữ|đảm nhiệm|đảm nhận|nắm) (?:cương vị|vai trò|chức|ghế) )?$"
)


def relative_subject(text: str, groups: list, c0: int, ts: int) -> list:
    """ "hội kiến Tổng thống In-đô-nê-xi-a Joko Widodo, người đang thăm Việt Nam": the person before
    "người" is the subject of the relative clause (a one-group ``pre``), else []."""
    if text.rfind("người", max(c0, ts - 25), ts) < 0:
        return _country_rel(text, groups, c0, ts)
    for g in reversed(groups):
        if g.end <= ts and g.start >= c0 and _WHO_REL.fullmatch(text, g.end, ts):
            return [g._replace(marker="", marker_pos=-1)]
    return []


def _country_rel(text: str, groups: list, c0: int, ts: int) -> list:
    """ "với Lào, nước lần đầu giữ cương vị Chủ tịch ASEAN": the one country right before ", nước <verb>"."""
    if text.rfind("nước", max(c0, ts - 60), ts) < 0 and text.rfind("quốc gia", max(c0, ts - 60), ts) < 0:
        return []
    for g in reversed(groups):
        if g.end <= ts:
            if len(g.codes) == 1 and g.kinds[0] == "country" and _COUNTRY_REL.fullmatch(text, g.end, ts):
                return [g._replace(marker="", marker_pos=-1)]
            return []
    return []


_CHAIR_ROLE: Final = re.compile(
    r"\b(?:(?:trên|ở) cương vị|với tư cách(?: là)?)(?: nước)? chủ tịch(?: luân phiên)?\s+$"
)


def chair_role(text: str, clause_groups: list, pre: list, ts: int) -> tuple[list[str], list]:
    """ "trên cương vị Chủ tịch ASEAN, Việt Nam chủ trì Hội nghị ...", "với tư cách Chủ tịch APEC": the
    organisation whose chair presides (the meeting is chaired, not only hosted), and ``pre`` without it;
    else ([], pre)."""
    for g in clause_groups:
        if g.end > ts:
            break
        if g.kinds[0] in ("organisation", "body") and _CHAIR_ROLE.search(text, max(0, g.start - 40), g.start):
            rest = [p for p in pre if p.start != g.start]
            # the meeting's own body, another one ("... Chủ tịch ASEAN, Việt Nam chủ trì Diễn đàn Khu vực ASEAN"):
            met = next((m for m in clause_groups if m.start > ts), None)  # hosts that body's meeting
            if met is not None and met.start - ts <= 20 and met.kinds[0] in ("organisation", "body"):
                if met.codes[0] != g.codes[0]:
                    return [], rest
            return [g.codes[0]], rest
    return [], pre


_AS_ROLE: Final = re.compile(r"\b(?:cương vị|tư cách|vai trò)\s+$")
_ROLE_OF: Final = re.compile(r"vai trò ")  # (8 characters before the role's head)
_HANDOVER: Final = re.compile(
    r"\b(?:chuyển giao|bàn giao|trao lại|chuyển lại)\s+(?:lại\s+)?(?:cương vị|tư cách)\s+$"
)


def role_holder(text: str, clause_groups: list, ts: int, te: int) -> tuple[list[str], list[str]] | None:
    """ "Với tư cách là Chủ tịch ASEAN năm 2022, Cam-pu-chia ...": the chair named after the comma, and the
    organisation chaired; None when the trigger is no such role phrase."""
    if not _AS_ROLE.search(text, max(0, ts - 20), ts):
        return None
    if _HANDOVER.search(text, max(0, ts - 40), ts):  # "chuyển giao cương vị Chủ tịch AIPA cho Bru-nây": the
        to = next((g for g in clause_groups if g.start >= te and g.marker == "cho"), None)  # next holder
        orgs = [c for g in clause_groups if te <= g.start < (to.start if to else te) for c in g.codes]
        return (list(to.codes), orgs[:1]) if to is not None and orgs else ([], [])
    own = next((g for g in clause_groups if te <= g.start <= te + 60 and g.marker == "của"), None)
    if own is not None and _ROLE_OF.match(text, ts - 8):  # "vai trò Chủ tịch ASEAN của Việt Nam": its holder
        orgs = [c for g in clause_groups if te <= g.start < own.start for c in g.codes]
        if orgs and "," not in text[te : own.start]:
            return list(own.codes), orgs
    comma = text.find(",", te)
    orgs = [c for g in clause_groups if te <= g.start and g.end <= comma for c in g.codes]
    holder = next((g for g in clause_groups if g.start > comma and g.marker == ""), None)
    return (list(holder.codes), orgs) if comma >= 0 and holder is not None and orgs else None


# the name before an apposed chair: "Thủ tướng Lào Sonexay Siphandone, | Chủ tịch ASEAN năm 2024": up to four words
# (a leader's name) between the country and the comma
_APPOSED: Final = re.compile(r"(?: [^\W\d_][\w-]*){0,4}, $")


def apposed_chair(text: str, clause_groups: list, ts: int, te: int) -> tuple[list[str], list[str]] | None:
    """ "do Lào, Chủ tịch ASEAN năm 2024, chủ trì": the country named right before the comma and the organisation
    right after the title (the chair that year); None when either is missing."""
    span = next((g for g in clause_groups if g.start < ts and g.end > te), None)
    if span is not None:  # one group "lào, chủ tịch asean": its country, its organisation
        pairs = list(zip(span.codes, span.kinds, strict=False))
        if len(pairs) == 2 and pairs[0][1] == "country" and pairs[1][1] in ("organisation", "body"):
            if _APPOSED.search(text, span.start, ts):
                return [pairs[0][0]], [pairs[1][0]]
        return None
    holder = next((g for g in reversed(clause_groups) if g.end <= ts), None)
    org = next((g for g in clause_groups if g.start >= te), None)
    if holder is None or org is None or org.start - te > 1 or not _APPOSED.fullmatch(text, holder.end, ts):
        return None
    if holder.kinds != ("country",) or org.kinds[0] not in ("organisation", "body"):
        return None
    return list(holder.codes), list(org.codes)


def joint_parties(pre: list) -> list[str]:
    """ "Việt Nam và Ma-lai-xi-a cùng nộp ...": the unmarked names before a joint act, each one a party."""
    out: list[str] = []
    for g in pre:
        if g.marker == "":
            out += [c for c in g.codes if c not in out]
    return out


# a protest's object that is an act ("lên án cuộc ném bom Hà Nội của Mỹ"): the act is the content of the protest
_ACT_NOUN: Final = (
    r"(?:cuộc |hành động |những |các |việc |hành vi )*(?:chiến tranh|ném bom|xâm lược|xâm lấn|xâm chiếm|tấn công"
    r"|đánh chiếm|chiếm đóng|bắn phá|oanh tạc|không kích|can thiệp|thảm sát|cấm vận|bao vây)"
)
_PROTESTED: Final = re.compile(
    r"\b(?:phản đối|lên án|tố cáo|kháng nghị)\s+" + r"(?:cuộc |hành động |những |các |việc |hành vi )*$"
)
_ACT_OBJECT: Final = re.compile(r"\s*" + _ACT_NOUN + r"\b")


def protested_act(text: str, c0: int, ts: int) -> bool:
    """ "Thủ tướng Palme lên án cuộc ném bom Hà Nội của Mỹ": a conflict named as the object of a protest is what
    the protest is about (its owner is the protest's target), not an event of its own."""
    return _PROTESTED.search(text, max(c0, ts - 40), ts) is not None


def act_owner(text: str, groups: list, te: int) -> list[str]:
    """The owner of the act a protest condemns, its target: "lên án cuộc ném bom Hà Nội của Mỹ" -> the USA (not
    Hanoi, the place bombed)."""
    if _ACT_OBJECT.match(text, te) is None:
        return []
    owners = [g for g in groups if g.marker == "của" and 0 <= g.start - te <= 80]
    return list(owners[0].codes) if owners else []


_NOUN_BEFORE: Final = compile_fast(r"\b(?:lời|sự|việc|hành động)\s+$")
_BACK_REFERENCE: Final = re.compile(r"\s+(?:đó|này|ấy|nói trên|trên)\b")


def refers_back(text: str, ts: int, te: int) -> bool:
    """ "lời lên án đó là “hành động … của một chính phủ phương Tây”": a nominal act referring back to one already
    told, characterised (no new act)."""
    return (
        _NOUN_BEFORE.search(text, max(0, ts - 14), ts) is not None
        and _BACK_REFERENCE.match(text, te) is not None
    )


# "Ba Lan, một thành viên sáng lập Hội đồng Tương trợ Kinh tế năm 1949, đã giúp Việt Nam ...": an indefinite
# appositive after the subject describes it; the names inside it are not the subject of the verb after it
_APPOSITIVE_OPEN: Final = re.compile(
    r",\s*(?:(?:vốn )?là )?(?:một|những|các|(?:nước |quốc gia )?(?:thành viên|ủy viên)) "
)  # ", thành viên Nhóm G20,": a bare role noun opens an appositive too (text lower-cased)


def appositive_subject(text: str, pre: list, ts: int) -> list:
    """``pre`` without the names of an appositive (", một ... ,") that follows its first unmarked name and closes
    before the trigger at ``ts``."""
    for i, g in enumerate(pre[:-1]):
        if g.marker == "" and _APPOSITIVE_OPEN.match(text, g.end):
            close = text.find(",", g.end + 1, ts)
            if close < 0:
                return pre
            return pre[: i + 1] + [h for h in pre[i + 1 :] if h.start > close]
    return pre
