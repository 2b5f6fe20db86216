"""The agent a relative clause names for a nominal act: "sự ủng hộ quý báu mà nhân dân An-giê-ri dành cho cuộc đấu
tranh của nhân dân ta", "sự giúp đỡ to lớn mà Liên Xô đã dành cho Việt Nam": in "<act> (qualities) mà X dành /
trao / gửi (cho Y)" X acts, Y (else whoever the sentence's subject is: the one who remembers or thanks) receives.
"mà" followed by another verb ("sự ủng hộ của Cu-ba mà Việt Nam luôn ghi nhớ") names no agent.

The subject of a passive "được" before a verb of giving receives: "40 sinh viên Cam-pu-chia được cấp học bổng",
"sinh viên Lào được tỉnh cấp 40 suất học bổng" (the writer's own unit as the agent: Vietnam), never gives; and
"(tuyến metro số 2) do ADB, KfW và EIB tài trợ": the names after "do" right before the verb give. Used by
:mod:`doingoai.extract.events_unstated`."""

from __future__ import annotations

import re
from typing import Any, Final

from doingoai.extract.events_donor import passive_agent
from doingoai.extract.members import members
from doingoai.model import EventKind

K = members(EventKind)  # (plain attribute reads: see extract/members.py)
NOMINAL_GIVEN: Final = frozenset({K.AID, K.SUPPORT})
# the qualities a nominal act may carry before "mà" ("quý báu", "to lớn và hiệu quả")
_MA: Final = re.compile(r"(?:\s+(?:và\s+)?[^\W\d_]+){0,4}?\s+mà\s+")
_GIVEN: Final = re.compile(
    r"\s+(?:(?:đã|luôn|luôn luôn|vẫn|từng|đang|không ngừng)\s+)*(?:dành|giành|trao|gửi|dành tặng)(?![^\W\d_])"
)


def relative_agent(text: str, groups: list[Any], te: int, c1: int) -> tuple[list[str], list[str]] | None:
    """(X, Y) in "<nominal act ending at te> ... mà X dành cho Y" (Y empty when not a name), or None."""
    if text.find(" mà ", te, min(c1, te + 60)) < 0:
        return None
    m = _MA.match(text, te)
    if m is None:
        return None
    # (the agent may carry a head noun before its name: "nhân dân An-giê-ri", "Chính phủ và nhân dân Lào")
    g = next((g for g in groups if m.end() <= g.start <= m.end() + 12), None)
    v = _GIVEN.match(text, g.end) if g is not None and g.codes else None
    if g is None or v is None:
        return None
    to = next((h for h in groups if v.end() <= h.start <= v.end() + 6 and h.end <= c1), None)
    given = [c for c in to.codes if c not in g.codes] if to is not None and _TO.match(text, v.end()) else []
    return list(g.codes), given


_TO: Final = re.compile(r"\s+cho\s")


# "được" right before the verb, or with the writer's own unit, unnamed, as its agent ("được tỉnh cấp")
_PASSIVE_GIVEN: Final = re.compile(
    r"(?<![^\W\d_])được(?P<own> (?:tỉnh|thành phố|nhà nước|chính phủ|ta|phía ta|bộ|sở))?"
    r"(?: (?:tiếp tục|trực tiếp|thường xuyên))?\s*$"
)


def passive_receiver(text: str, groups: list[Any], c0: int, ts: int) -> tuple[list[str], bool] | None:
    """(the subject's codes, whether the writer's own unit is the agent) when the giving verb at ``ts`` is a
    passive with no agent named ("X được cấp ...", "X được tỉnh cấp ..."), else None."""
    if text.find("được", max(c0, ts - 30), ts) < 0:
        return None
    m = _PASSIVE_GIVEN.search(text, max(c0, ts - 30), ts)
    if m is None:
        return None
    subject = [g for g in groups if c0 <= g.start and g.end <= m.start()]
    if not subject or any(m.start() <= g.start < ts for g in groups):
        return None
    return list(subject[-1].codes), m.group("own") is not None


# the gift right after a passive giving verb and its giver in "của X": "được cấp (40 suất) học bổng của Chính phủ
# Việt Nam", "được nhận khoản viện trợ không hoàn lại của Nhật Bản"
_GIFT_OF: Final = re.compile(
    r"(?:\s+(?:[\d.,]+\s+)?(?:(?:suất|khoản|gói|lô)\s+)?(?:học bổng|viện trợ|tài trợ|hỗ trợ|trợ cấp|kinh phí|vốn))?"
    r"(?:\s+(?:toàn phần|bán phần|ngắn hạn|dài hạn|không hoàn lại|hiệp định|đại học|sau đại học)){0,2}\s+của\s+"
)
_GIVER_HEAD: Final = 14  # "Chính phủ ", "Nhà nước ", "nhân dân " before the giver's name


def genitive_giver(text: str, groups: list[Any], te: int, c1: int, receivers: list[str]) -> list[str]:
    """The codes of X in "<passive giving verb ending at te> (<gift>) của X" (the trigger may end on the gift:
    "cấp học bổng"), unless X is a receiver, or []."""
    m = _GIFT_OF.match(text, te) if text.find("của", te, min(c1, te + 80)) >= 0 else None
    if m is None:
        return []
    g = next((g for g in groups if m.end() <= g.start <= m.end() + _GIVER_HEAD and g.end <= c1), None)
    if g is None or not g.codes or set(g.codes) & set(receivers):
        return []
    return list(g.codes)


# between the agent and the verb: its abbreviation in brackets, an adverb ("do ADB (Ngân hàng ...) đã tài trợ")
_BY_GAP: Final = re.compile(r"(?:\s*\([^()]{1,30}\))?(?:\s+(?:đã|cùng|trực tiếp|đồng))*\s*")


def by_agent(text: str, groups: list[Any], c0: int, ts: int) -> list[str]:
    """The codes of X in "... do X <verb at ts>" (the agent of a "do" passive right before the verb), or []."""
    if text.find("do ", max(c0, ts - 200), ts) < 0:
        return []
    g = next((g for g in reversed(groups) if g.end <= ts), None)
    if g is None or g.start < c0 or g.marker or not passive_agent(text, g, c0):
        return []
    gap = _BY_GAP.match(text, g.end)
    return list(g.codes) if gap is not None and gap.end() == ts else []
