"""Aid sent or announced on a news page's day (round 151, session 20).

A news page tells "Trung Quốc cũng cử đội cứu hộ quốc tế sang Nepal", "Liên minh châu Âu công bố khoản hỗ trợ nhân
đạo ban đầu", "Nhật Bản quyết định viện trợ khẩn cấp", "Đại diện nhiều nước cũng lên tiếng ủng hộ Cu-ba": a team
dispatched, a package announced or decided, support voiced are acts done when the page reports them, not a standing
state ("Nhật Bản hỗ trợ Việt Nam ..." told in the present stays ongoing and undated). Only undated aid or support
on a news page (its date the page's, :func:`events_news.news_dated`) whose verb of sending, announcing or deciding
stands right before or at the trigger; a habitual or completed wording was read before (events_standing).
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.events_context import Context
from doingoai.extract.events_news import news_dated
from doingoai.model import EventKind

# the act's verb, right before the trigger or the trigger's own first word ("cử đội ... sang": the trigger)
_SENT: Final = re.compile(
    r"(?<![^\W\d_])(?:cử|điều|công bố|tuyên bố|thông báo|quyết định|lên tiếng)(?![^\W\d_])"
)
_KINDS: Final = frozenset({EventKind.AID, EventKind.SUPPORT})
_REACH: Final = 30  # characters before the trigger the verb may stand ("công bố khoản ", "quyết định ")


def dispatched(ctx: Context, low: str, kind: EventKind, date: str, c0: int, ts: int) -> bool:
    """Is the undated aid or support at ``ts`` sent, announced or voiced on the news page's day ``date``?"""
    if kind not in _KINDS or not date or date != ctx.period:
        return False
    lo = max(c0, ts - _REACH)
    m = _SENT.search(low, lo, ts + 4)
    if m is None or (kind is EventKind.SUPPORT) != (m.group(0) == "lên tiếng"):
        return False  # (support: only voiced; a decision or a dispatch is aid's)
    return news_dated(ctx, low, c0, ts)
