"""Events (round 36, docs/decisions.md Events): acts of one party with no other to name, and the two sides of a
conflict named with a dash. Used by :func:`doingoai.extract.events_unstated.unstated_sides`.

* :func:`lone_act`: a conference of its own hosted by one state ("hội nghị về Li-bi do Pháp chủ trì", "X đã tổ chức
  Hội nghị cấp cao quốc tế về ..."; not a bilateral "cuộc họp do X chủ trì", nor a seminar), a treaty denounced
  ("X tuyên bố bãi bỏ hiệp ước ...": the treaty is no organisation to name).
* :func:`dash_sides`: "xung đột Nga – U-crai-na bùng nổ", "Chiến tranh I-ran – I-rắc", "xung đột giữa A và B" (round
  48): the first against the second.
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.events_org_unstated import is_state

_OWN_SIDE: Final = frozenset({"VNM", "CPV"})
# before "do X chủ trì": a conference on a subject or an international one
_CONFERENCE_BY: Final = re.compile(r"\bhội nghị (?:quốc tế )?(?:về|quốc tế)\b[^,.;:()\n]{0,40}$")
# after "X tổ chức": an international meeting of its own
_WORLD_MEETING: Final = re.compile(
    r"\s*(?:hội nghị|hội thảo|diễn đàn)(?: cấp cao| thượng đỉnh| bộ trưởng)? quốc tế\b"
)
# after a conflict's trigger: two names with a dash between them
_DASH_PAIR: Final = re.compile(
    r"\s+(?:(?:vũ trang|biên giới|quân sự)\s+)?(?:giữa\s+)?[^\W\d_][^–,.;:()\n]{1,30}?\s+[–-]\s+[^\W\d_]"
)
# after a conflict's trigger: "giữa A và B" (round 48: "xung đột quân sự giữa Ấn Độ và Pakistan bùng phát")
_BETWEEN_PAIR: Final = re.compile(
    r"\s+(?:(?:vũ trang|biên giới|quân sự)\s+)?giữa\s+[^\W\d_][^–,.;:()\n]{1,30}?\s+và\s+[^\W\d_]"
)


def lone_act(name: str, text: str, ts: int, te: int, c0: int, actors: list[str]) -> bool:
    """Is the trigger ``name`` at ``text[ts:te]`` (lower-cased; its clause from ``c0``) one party's own act, an
    event with ``actors`` alone? "vòng đàm phán sáu bên do Trung Quốc đăng cai" (round 32), a conference of its own
    hosted by one state, a treaty denounced."""
    if len(actors) != 1:
        return False
    if name == "leave_denounce":
        return True
    hosted = (
        name == "host_by"
        and ("đăng cai" in text[ts:te] or _CONFERENCE_BY.search(text, max(c0, ts - 60), ts) is not None)
        or name == "host"
        and _WORLD_MEETING.match(text, te) is not None
    )
    return hosted and actors[0] not in _OWN_SIDE and is_state(actors[0])


def dash_sides(text: str, te: int, actors: list[str], recips: list[str]) -> tuple[list[str], list[str]]:
    """A conflict with no actor whose two recipients follow its trigger (ending at ``te``) joined by a dash or
    "giữa A và B": the first against the second; else the sides as given."""
    if not actors and len(recips) == 2 and (_DASH_PAIR.match(text, te) or _BETWEEN_PAIR.match(text, te)):
        return recips[:1], recips[1:]
    return actors, recips
