"""Events: agreements told in the passive with an agent the mention groups do not carry (round 21).

"Hiệp định X được 15 nước ký kết": a count of states signs (`MANY_COUNTRIES`); "X được Quốc hội phê chuẩn":
a bare assembly (Vietnam's, when :func:`own_parliament` says so) ratifies; ", được Quốc hội Việt Nam phê
chuẩn ngày ..." after "X được 11 nước ký tại ...": a second passive predicate shares the first one's subject,
the agreement; "Hiệp ước X là ..., được Tổng thống C của A và Tổng thống D của B ký": named leaders (round 34). Used by :func:`doingoai.extract.events_draft.draft_event` for the agreement kinds only.
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract import gazetteer
from doingoai.extract.events_context import Context
from doingoai.extract.events_shapes import own_parliament
from doingoai.model import Document, EventKind

MANY: Final = "MANY_COUNTRIES"
# triggers of a partnership told set up on a date ("Quan hệ Đối tác toàn diện xác lập năm 2018"): with no party in
# their clause, the pair the text is about (trigger_defs, round 21); round 103: so is "quan hệ được nâng lên Đối tác
# chiến lược" with no party named ("nhân chuyến thăm của Tổng thống X, quan hệ được nâng lên ...")
TOLD_PARTNERSHIP: Final = frozenset({"upgrade_told", "upgrade_told_s", "upgrade_s"})

_NUMBER_WORDS: Final = "ba|bốn|năm|sáu|bảy|tám|chín|mười|mười một|mười hai|hàng chục|hàng trăm|nhiều|các"
# the agent between "được"/"do" and the verb: a count of states, or a bare legislature / government
_AGENT: Final = re.compile(
    r"\b(?P<by>được|do) (?:(?:chính thức|sớm|đồng thời|lần lượt) )?"
    r"(?:(?P<count>(?:\d{1,3}|" + _NUMBER_WORDS + r") (?:nước|quốc gia|bên|thành viên|nước thành viên)"
    r"(?: (?:thành viên|tham gia|khác|đàm phán|sáng lập))?(?: (?!đã |cùng )[^\W\d_][\w-]*){0,2}?)"
    r"|(?P<house>quốc hội|nghị viện|chính phủ|thượng viện))"
    r" (?:(?:đã|cùng|chính thức|xem xét|thông qua,?(?: và)?) )*$"
)
_NOUN_SUBJECT: Final = re.compile(
    r"\b(?:hiệp định|hiệp ước|công ước|nghị định thư|thỏa thuận|hiến chương|tuyên bố|bản ghi nhớ)\b"
)
# what may stand between an agreement's name and its "được": a short abbreviation in brackets, a comma (a
# participial clause: "Công ước ... năm 1982, được Quốc hội phê chuẩn ngày ..."), adverbs
_NAME_TAIL: Final = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?,?\s*(?:(?:đã|cũng|chính thức|sẽ|sớm|dự kiến|sau đó)\s+)*"
)
# a second passive predicate: ", được Quốc hội ... phê chuẩn", "và được ... ký"
_SECOND_PASSIVE: Final = re.compile(r"(?:,|\bvà|\brồi|\bsau đó|\btiếp đó)(?: (?:đã|cũng|sẽ|chính thức))* $")


def _agreement_subject(ctx: Context, text: str, lo: int, by: int) -> tuple[str, tuple[str, ...]]:
    """The agreement named right before the passive's "được" at ``by`` (its name, then at most a bracket and
    adverbs), with the parties it brings (its own code when it acts as a group)."""
    for m in reversed(ctx.agreements_between(lo, by)):
        if _NAME_TAIL.fullmatch(text, m.end, by):
            e = gazetteer.entry(m.code)
            parties = tuple(e.attr("parties") or ()) if e else ()
            return m.code, parties or (m.code,)
        return "", ()
    return "", ()


def shared_subject(ctx: Context, text: str, s0: int, c0: int, ts: int) -> tuple[str, tuple[str, ...]]:
    """ "X được 11 nước ký tại A ngày B, được Quốc hội phê chuẩn ngày C": the trigger's "được" opens a
    second passive predicate (after a comma or "và") whose subject is the agreement of the sentence's first."""
    own = text.rfind(" được ", max(s0, c0, ts - 70), ts)
    if own < 0:
        return "", ()
    code, parties = _agreement_subject(ctx, text, s0, own + 1)  # "X sẽ sớm được", "Công ước X, được ..."
    if code or _SECOND_PASSIVE.search(text, max(s0, own - 24), own + 1) is None:
        return code, parties
    first = text.find(" được ", s0, own)
    while first >= 0:
        code, parties = _agreement_subject(ctx, text, s0, first + 1)
        if code:
            return code, parties
        first = text.find(" được ", first + 6, own)
    return "", ()


def by_named(text: str, pre: list, ts: int) -> list[str]:
    """ "Hiệp ước do Nga, Bê-la-rút và Ca-dắc-xtan ký": the named agent of a passive "do ... ký" right before
    the trigger, whatever marker its group took from further back ("ra đời từ Hiệp ước do ...")."""
    if not pre or ts - pre[-1].end > 12:
        return []
    g0 = pre[-1].start
    k = text.rfind("do ", max(0, g0 - 40), g0)
    if k < 0 or k > 0 and text[k - 1].isalnum() or text.find(",", k, g0) >= 0 or pre[-1].marker_pos > k:
        return []
    return list(pre[-1].codes)


# an agreement defined by its sentence, then signed in the passive by named leaders (round 34): "Hiệp ước X là hiệp
# ước giữa A và B ..., được Tổng thống C của A và Tổng thống D của B ký tại ..."; the agent's groups follow "được"
_DEFINED: Final = re.compile(
    r"\s*(?:hiệp định|hiệp ước|công ước|nghị định thư|thỏa thuận|hiến chương|hòa ước|định ước|bản ghi nhớ)\b"
)
_AGENT_GAP: Final = re.compile(r"[^,.;:()]{1,160}")


def leaders_agent(text: str, pre: list, s0: int, ts: int) -> list[str]:
    """The states of the named agent between "được" and the trigger at ``ts`` in a sentence (from ``s0``) that
    opens on an agreement: two or more, or none."""
    k = text.rfind(" được ", s0, ts)
    if k < 0 or _DEFINED.match(text, s0) is None or _AGENT_GAP.fullmatch(text, k + 6, ts) is None:
        return []
    codes = list(dict.fromkeys(c for g in pre if g.start > k for c in g.codes))
    return codes if len(codes) >= 2 else []


# an agent that names no state of its own: "được hai bên ký", "do các nước ký", "do Bộ trưởng Kinh tế các nước
# thành viên ký", "được đại diện hai chính phủ ký" (round 26): the parties are the agreement's (its name's, the
# gazetteer's), told as its subject right before
_COLLECTIVE: Final = re.compile(
    r"\b(?:được|do) (?:(?:đại diện|bộ trưởng|lãnh đạo|các nhà lãnh đạo|nguyên thủ|người đứng đầu|thủ tướng)"
    r"(?: [^\W\d_][\w-]*){0,3}? )?(?:cả )?(?:hai|các) (?:bên|nước|phía|quốc gia|chính phủ)"
    r"(?: thành viên| ký kết| tham gia)?(?: (?:đã|cùng|chính thức|đồng thời))* $"
)


def collective_agent(text: str, c0: int, ts: int) -> int:
    """Where the "được / do" of an agent naming no state ("được hai bên", "do các nước") right before the trigger
    at ``ts`` starts, or -1."""
    m = _COLLECTIVE.search(text, max(c0, ts - 70), ts)
    return m.start() if m is not None else -1


def passive_agent(text: str, c0: int, ts: int) -> re.Match[str] | None:
    """The agent of a passive right before the trigger at ``ts``: "được 15 nước", "do 11 nước thành viên",
    "được Quốc hội (xem xét)"."""
    return _AGENT.search(text, max(c0, ts - 70), ts)


def agent_roles(
    doc: Document,
    ctx: Context,
    text: str,
    kind: EventKind,
    s0: int,
    c0: int,
    ts: int,
    actors: list[str],
) -> tuple[str, tuple[str, ...], list[str]] | None:
    """An agreement signed or ratified in the passive with a counted or bare agent: (the agreement, its
    parties, the acting parties), or None when the construction is not this one. A bare "Quốc hội" is
    Vietnam's only where :func:`events_shapes.own_parliament` says so."""
    m = passive_agent(text, c0, ts)
    if m is None:
        return _submitted(ctx, text, kind, s0, c0, ts, actors)
    agreement, parties = _agreement_subject(ctx, text, s0, m.start())
    if not agreement:
        agreement, parties = shared_subject(ctx, text, s0, c0, ts)
    if not agreement and (
        m.group("count") is None or not _NOUN_SUBJECT.search(text, max(c0, m.start() - 160), m.start())
    ):
        return None
    named = [c for c in actors if c != agreement and c not in parties]
    if m.group("count") is not None:
        if m.group("count").startswith("các"):  # "được các nước thành viên ký": the group's own members
            return agreement, parties, named or [c for c in parties if c != agreement] or [agreement]
        return agreement, parties, named or [MANY]
    if not own_parliament(doc, c0, ts):
        return None  # a foreign assembly or government named before: its own story
    return agreement, parties, named or ["VNM"]


# a ratification still to come, told in the passive: "sẽ được trình Quốc hội A và Nghị viện B phê chuẩn" (the
# bodies submitted to ratify), "để Hiệp định X sớm được phê chuẩn" (no agent: the issuer's own procedure)
_SUBMIT: Final = re.compile(r"\bđược (?:đệ )?trình (?:lên )?(?:[^.;:]{1,80}? )?(?:xem xét,? )?(?:để |và )?$")
_SOON: Final = re.compile(r"\b(?:sớm|sẽ|để|cần|phải|dự kiến)(?: (?:sớm|sẽ|cần|phải))* được $")


def _submitted(
    ctx: Context, text: str, kind: EventKind, s0: int, c0: int, ts: int, actors: list[str]
) -> tuple[str, tuple[str, ...], list[str]] | None:
    if kind is not EventKind.AGREEMENT_RATIFY:
        return None
    m = _SUBMIT.search(text, max(c0, ts - 100), ts) or _SOON.search(text, max(c0, ts - 30), ts)
    if m is None:
        return None
    agreement, parties = _agreement_subject(ctx, text, s0, m.start())
    if not agreement:
        return None
    return agreement, parties, [c for c in actors if c != agreement] or ["VNM"]


# "Hiệp định RCEP mà Việt Nam cùng 14 nước khác vừa ký": the agreement a relative clause's verb signs
_RELATIVE: Final = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)? mà [^,.;:()]{1,60}$")


def relative_agreement(ctx: Context, text: str, c0: int, ts: int) -> tuple[str, tuple[str, ...]]:
    """The agreement named right before "mà" when the trigger at ``ts`` ends that relative clause."""
    k = text.rfind(" mà ", max(c0, ts - 80), ts)
    if k < 0:
        return "", ()
    found = ctx.agreements_between(max(c0, k - 200), k + 1)
    if not found or _RELATIVE.match(text, found[-1].end, ts) is None:
        return "", ()
    m = found[-1]
    e = gazetteer.entry(m.code)
    parties = tuple(e.attr("parties") or ()) if e else ()
    return m.code, parties or (m.code,)


_UPGRADED: Final = re.compile(r"\bnâng(?: cấp| tầm)? (?:mối )?$")


def upgraded_owner(text: str, groups: list, c0: int, ts: int) -> list[str]:
    """ "A và B nâng quan hệ, vốn được thiết lập từ năm 1972, lên Đối tác ...": relations told established in an
    aside (a subject-first trigger naming no party) are those of the upgrade's subject, the last unmarked name
    before the verb."""
    if _UPGRADED.search(text, max(c0, ts - 14), ts) is None:
        return []
    subject = [g for g in groups if g.end <= ts and g.marker == ""]
    return list(subject[-1].codes) if subject else []
