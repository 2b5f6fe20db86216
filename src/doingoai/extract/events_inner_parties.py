"""Parties a phrase names within itself, not the sentence's subject (see docs/decisions.md, "Events").

* :func:`agreement_before`: the agreement named as the subject of a passive ("Hiệp định ... (EVFTA) được ký"),
  with the parties it brings; :data:`PASSIVE_BEFORE` is the "được" before the trigger.
* :func:`inner_parties`: names inside the trigger's own span ("nâng cấp quan hệ Việt Nam – Pháp lên ...").
* :func:`relative_roles`: "lệnh cấm vận mà Hoa Kỳ áp đặt đối với Cu-ba": the agent after "mà", its target.

Called by :mod:`doingoai.extract.events_signing` (``agreement_before``, ``PASSIVE_BEFORE``) and
:mod:`doingoai.extract.events_parties` (``inner_parties``, ``relative_roles``).
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract import gazetteer
from doingoai.extract.events_context import Context
from doingoai.extract.members import members
from doingoai.model import EventKind

K = members(EventKind)  # (plain attribute reads: see extract/members.py)

PASSIVE_BEFORE: Final = re.compile(r"\bđược (?:chính thức )?$")
_NAME_TAIL: Final = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:(?:đã|cũng|chính thức|sẽ|dự kiến)\s+)*")


def agreement_before(ctx: Context, c0: int, ts: int) -> tuple[str, tuple[str, ...]]:
    """The agreement named as the subject of a passive signing ("Hiệp định ... (EVFTA) được ký"), with
    the parties it brings (its own code when it acts as a group, as in :func:`_agreement`)."""
    found = ctx.agreements_between(c0, ts)
    for m in reversed(found):
        tail = ctx.doc.text[m.end : ts].lower()
        if _NAME_TAIL.fullmatch(tail[: tail.rfind("được")] if "được" in tail else tail):
            e = gazetteer.entry(m.code)
            parties = tuple(e.attr("parties") or ()) if e else ()
            return m.code, parties or (m.code,)
    return "", ()


def inner_parties(
    gs: list, ts: int, te: int, actors: list[str], recips: list[str]
) -> tuple[list[str], list[str]]:
    """Names inside the trigger's own span: "nâng cấp quan hệ Việt Nam – Pháp lên Đối tác": a pair is the
    parties; "nâng cấp quan hệ với Pháp lên ...": the partner receives."""
    for g in gs:
        if g.start < ts or g.end > te:
            continue
        if len(g.codes) >= 2 and g.marker in ("", "giữa"):
            actors = list(actors) + [c for c in g.codes if c not in actors]
        elif g.marker in ("với", "đối với", "giữa", ""):
            recips = recips + [c for c in g.codes if c not in recips]
    return actors, recips


# "(lệnh) cấm vận (kinh tế) mà (chính quyền) Hoa Kỳ ...": the name right after "mà" acts
_RELATIVE_MA: Final = re.compile(r"\bmà\s+(?:chính quyền\s+|chính phủ\s+|giới cầm quyền\s+)?$")
# "... áp đặt đối với / chống (lại) / lên / nhằm vào Cu-ba": the target of the relative clause
_RELATIVE_TARGET: Final = re.compile(
    r"\b(?:đối với|chống|chống lại|lên|nhằm vào|vào|với)\s+(?:nhân dân\s+|nước\s+)?$"
)
_NOMINAL: Final = re.compile(r"\b(?:lệnh|chính sách|cuộc|chiến dịch|hành động|các biện pháp|biện pháp)\s+$")
_RELATIVE_KINDS: Final = frozenset(
    {K.SANCTION, K.SANCTION_LIFT, K.AID, K.SUPPORT, K.PROTEST, K.CONFLICT, K.RETREAT, K.VISIT}
)


def relative_roles(
    text: str, kind: EventKind, post: list, ts: int, te: int
) -> tuple[list[str], list[str]] | None:
    """A nominal action followed by a relative clause names its own agent and target, not the sentence's
    subject ("Việt Nam phản đối lệnh cấm vận mà Hoa Kỳ áp đặt đối với Cu-ba" -> USA -> CUB); so does a
    noun phrase "lệnh cấm vận của Hoa Kỳ đối với Cu-ba". ``text`` is lower-cased; ``post`` the name groups
    after the trigger. None when there is no such clause."""
    if kind not in _RELATIVE_KINDS or not post:
        return None
    agent = post[0]
    gap = text[te : agent.start]
    if agent.start - te > 60 or any(c in gap for c in ";.:"):
        return None
    if _RELATIVE_MA.search(gap) is None and not (
        agent.marker == "của" and agent.start - te <= 25 and _NOMINAL.search(text, max(0, ts - 20), ts)
    ):
        return None
    recips: list[str] = []
    for g in post[1:]:
        between = text[agent.end : g.start]
        if g.start - agent.end > 80 or any(c in between for c in ";.:"):
            break
        if _RELATIVE_TARGET.search(between):
            recips += [c for c in g.codes if c not in agent.codes and c not in recips]
            break
    return list(agent.codes), recips
