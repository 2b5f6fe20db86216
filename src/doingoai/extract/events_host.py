"""The host country named by its role: "Trong chuyến thăm, Thủ tướng nước chủ nhà đã hội đàm với Thủ tướng X" — "nước
chủ nhà" / "phía chủ nhà" is the country the visit told before went to (the destination named after "thăm"). A
synthetic mention (``via="anaphora"``) of that country. See docs/decisions.md (Events, round 18).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from doingoai.model import Document, Mention

_HOST = re.compile(
    r"\b(?:nước chủ nhà|phía chủ nhà|quốc gia chủ nhà|nước sở tại)\b"
)  # (not "vai trò chủ nhà")
# the destination of a visit: "thăm (chính thức | cấp Nhà nước | làm việc tại) X", "chuyến thăm X"
_VISITED = re.compile(
    r"\bthăm(?: chính thức| cấp nhà nước| hữu nghị| làm việc)*(?:,? và làm việc)?(?: tại| ở)?\s+$"
)
_REACH = 800


def host_mentions(doc: Document, low: str, mentions: list[Mention]) -> list[Mention]:
    """A mention of the visited country for each "nước chủ nhà" whose visit is told in the ``_REACH`` before it."""
    if "chủ nhà" not in low and "sở tại" not in low:
        return []
    starts = [m.start for m in mentions]
    out: list[Mention] = []
    for h in _HOST.finditer(low):
        s = h.start()
        k = bisect_left(starts, s) - 1
        while k >= 0 and s - mentions[k].end <= _REACH:
            x = mentions[k]
            if x.kind == "country" and _VISITED.search(low, max(0, x.start - 40), x.start):
                out.append(Mention(s, h.end(), x.code, "country", "anaphora"))
                break
            k -= 1
    return out
