""" "Hội đồng châu Âu" read by what is done to it (round 144).

The name is written for two bodies: the European Council (the EU's heads of state or government: "Chủ tịch Hội
đồng châu Âu Charles Michel", "Hội đồng châu Âu đã trao quy chế nước ứng cử viên") and, in older usage, the
Council of Europe (COE, the Strasbourg organisation: "gia nhập Hội đồng châu Âu năm 1956"). No state joins the
European Council, so the name right after a joining verb ("gia nhập", "được kết nạp vào", "là thành viên (của)")
is the Council of Europe; elsewhere the name stays unread, as before.
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.rx_boundary import WORD_START

_NAME: Final = "hội đồng châu âu"
_JOINED: Final = re.compile(
    WORD_START
    + r"(?:gia nhập|kết nạp(?: vào)?|thành viên(?: của| chính thức của)?|tái gia nhập|rời khỏi|rút khỏi)"
    + r"\s+(?:vào\s+)?hội đồng châu âu(?![\w])"
)
_CODE: Final = "COE"


def council_rows(low: str) -> list[tuple]:
    """Rows (start, -end, end, code, kind, via) for "Hội đồng châu Âu" after a joining or leaving verb."""
    if _NAME not in low:
        return []
    out: list[tuple] = []
    for m in _JOINED.finditer(low):
        e = m.end()
        s = e - len(_NAME)
        out.append((s, -e, e, _CODE, "organisation", "gazetteer"))
    return out
