"""Events: a convention's session hosted is hosted for that convention.

"Ma-rốc đăng cai Hội nghị lần thứ 22 các bên tham gia Công ước khung của Liên hợp quốc về biến đổi khí hậu (COP22)",
"Bra-xin sẽ đăng cai COP30", "(COP28) do UAE đăng cai tại Đu-bai": the conference of the parties is the
convention's (the gazetteer names the sessions "COP22" ... under UNFCCC); a host that named no organisation hosts it
(round 159). The convention is an agreement mention, never a party of the groups, so it is read here.
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.events_context import Context

_SESSION: Final = re.compile(
    r"\s*(?:(?:thành công|phiên họp|kỳ họp|hội nghị)\s+)*(?:(?:lần thứ\s+)?[\dIVXL]+\s+)?"
    r"(?:(?:của\s+)?các\s+bên\s+(?:tham gia|ký kết|thành viên)?\s*)?$",
    re.IGNORECASE,
)
_REACH: Final = 90  # the convention's name at most this far after the trigger
# "(COP28) do UAE đăng cai": the session named before the passive agent and the trigger
_PASSIVE: Final = re.compile(r"\)?\s*,?\s*(?:do\s+[^,;()]{1,60})?")


def convention_session(ctx: Context, text: str, s0: int, ts: int, te: int, p1: int) -> list[str]:
    """(``text``: the document's text as written.) The convention whose session the host at ``ts``..``te`` hosts, named right after the trigger (a meeting of
    its parties or "COPn") or right before "do X" and the trigger; else none."""
    for m in ctx.agreements_between(te, min(p1, te + _REACH)):
        gap = text[te : m.start]
        if _SESSION.fullmatch(gap) is not None and ("bên" in gap.lower() or text.startswith("COP", m.start)):
            return [m.code]
        break
    before = ctx.agreements_between(max(s0, ts - 100), ts)
    if before:
        m = before[-1]
        passive = "do " in text[m.end : ts] or text.startswith("do ", ts)  # (the trigger may start on "do")
        if passive and text.startswith("COP", m.start) and _PASSIVE.fullmatch(text, m.end, ts) is not None:
            return [m.code]
    return []
