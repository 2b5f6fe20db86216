""" "chuyến thăm Việt Nam của một lãnh đạo cấp cao Hung-ga-ri": a possessor's "của" further back than the marker
window (:data:`doingoai.extract.events_groups.MARKER_WINDOW`) when every word between it and the name belongs
to an office or delegation ("một đoàn đại biểu cấp cao", "Phó Thủ tướng kiêm Bộ trưởng Bộ Ngoại giao"). The
words are Vietnamese titles, not names: a gap with any other word ("của sự phát triển kinh tế") is no title.
"""

from __future__ import annotations

import re

_TITLE_WORDS = (
    "một các những hai ba đoàn phái đại biểu cấp cao lãnh đạo tổng thống thủ tướng chủ tịch phó bộ trưởng "
    "ngoại giao quốc phòng nước quốc hội chính phủ nhà vua quốc vương nữ hoàng hoàng thân thái tử đại sứ "
    "đặc phái viên tổng bí thư thư ký kiêm ủy viên thượng nghị sĩ nghị sĩ công tác quan chức thống đốc "
    "thị trưởng ngài bà ông hội đồng liên bang nhà nước"
).split()
_OF_TITLE = re.compile(
    r"(?<![^\W\d_])của((?: (?:" + "|".join(sorted(set(_TITLE_WORDS), key=len, reverse=True)) + r"))+) $",
    re.IGNORECASE,
)


def title_possessor(gap: str) -> int:
    """Offset in ``gap`` (the text before a name) of a "của" followed only by title words, or -1."""
    if "của" not in gap and "Của" not in gap:
        return -1
    m = _OF_TITLE.search(gap)
    return m.start() if m is not None else -1
