"""Events (round 184): visitors a plan invites over without a delegation: "Mời doanh nghiệp thủy sản Ai-xơ-len sang
dự Hội chợ ...", "Vận động doanh nghiệp Thổ Nhĩ Kỳ sang dự ...", "Mời 30 hãng lữ hành Nga sang khảo sát ...".

A receiving or inviting verb before "sang" makes the movement the reception's (events_destination.coming_visitor):
"mời đoàn X sang" is read by the "delegation_received" trigger. Without "đoàn" no trigger reads the invitation, and
the ones invited to come over (firms, representatives, travel agencies, experts) are the visitors of the writer's
planned visit, as a reader of the plan takes it. Only "sang" (coming from abroad), only "mời" / "vận động" opening
the invited phrase in the same clause (no ";" / ":"), and only a phrase of these nouns with no "đoàn" in it.
"""

from __future__ import annotations

import re
from typing import Final

_INVITED: Final = re.compile(
    r"(?<![^\W\d_])(?:mời|vận động) (?:các |một số |\d+ )?(?:doanh nghiệp|đại diện|hãng|nhà đầu tư|nhà nhập khẩu"
    r"|chuyên gia|học giả)(?![^\W\d_])(?:(?!đoàn)[^;:\n]){0,70}$"
)


def invited_over(low: str, s0: int, ts: int) -> bool:
    """Is the "sang" at ``ts`` the coming of firms or representatives an inviting verb before it in its clause
    names ("Mời doanh nghiệp X sang dự ...")? (``low``: the lower-cased text, ``s0``: the sentence's start.)"""
    if not low.startswith("sang", ts):
        return False
    lo = max(s0, ts - 100)
    if low.find("mời", lo, ts) < 0 and low.find("vận động", lo, ts) < 0:
        return False
    return _INVITED.search(low, lo, ts) is not None
