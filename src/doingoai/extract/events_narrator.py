"""The narrator's side told by the delegation they went with (round 212): a memoir or a first-person report says
"tôi được cử đi Băng Cốc trong đoàn Thủ tướng Võ Văn Kiệt dự Hội nghị ...", "chúng tôi sang Pa-ri theo đoàn Bộ
trưởng Nguyễn Cơ Thạch": the narrator ("tôi", "chúng tôi") names no state, the delegation does — its leader's
country, or the delegation's own ("đoàn ta", "đoàn Việt Nam").

Read only when the act names no actor, its clause's subject before the trigger is the narrator, and "trong / theo /
cùng (phái) đoàn ..." follows the trigger in the clause with a name (a person, a state, "ta") right after "đoàn".
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.events_codes import acting_code
from doingoai.extract.events_context import Context

_NARRATOR: Final = re.compile(r"(?<![\w])(?:tôi|chúng tôi)(?![\w])")
_IN_DELEGATION: Final = re.compile(
    r"(?<![\w])(?:trong|theo|cùng) (?:phái )?đoàn(?: đại biểu| công tác| cấp cao)?(?: của)? "
)
_LEADER_GAP: Final = 40  # the name within this many characters after "đoàn" (a title between)


def delegation_joined(ctx: Context, low: str, c0: int, ts: int, te: int, p1: int) -> str:
    """The state of the delegation the narrator went with (see the module's docstring), or ""."""
    if low.find("tôi", c0, ts) < 0 or not _NARRATOR.search(low, c0, ts):
        return ""
    hi = min(p1, te + 120)
    m = _IN_DELEGATION.search(low, te, hi)
    if m is None or low.find(",", te, m.start()) >= 0:
        return ""
    for x in ctx.mentions_between(m.end(), min(hi, m.end() + _LEADER_GAP)):
        if x.kind in ("person", "country") or x.via == "deixis":
            return acting_code(x)
        break  # (the first name after "đoàn" only)
    return ""
