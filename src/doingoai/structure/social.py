"""The chrome of a post copied from a social network's page (round 160): the lines the page draws around
a post and its comments, no text of either: the time line ("30 tháng 12 lúc 20:15 · 🌏", "2 giờ · 🌏"),
"Xem bản dịch", the reactions ("👍❤️ 1,2K"), the counts ("356 bình luận", "89 lượt chia sẻ"), the buttons
("Thích · Bình luận · Chia sẻ", under a comment "Thích · Phản hồi · 3 giờ"), "Phù hợp nhất". Dropped as
running lines are (``doc.meta["removed_lines"]``); the time line still dates the post
(extract/dates_posts.py reads it from the text).

Only in a document holding the buttons line ("Thích · Bình luận", "Thích · Phản hồi"): the shapes are
the page's, so no body line is taken for one elsewhere.
"""

from __future__ import annotations

import re
from typing import Final

_CHROME: Final = re.compile(
    r"^(?:"
    r"\d{1,2}\s+tháng\s+\d{1,2}(?:,\s*\d{4})?\s+lúc\s+\d{1,2}:\d{2}(?:\s*·.*)?"  # the time line
    r"|(?:Hôm qua|Hôm nay)\s+lúc\s+\d{1,2}:\d{2}(?:\s*·.*)?"
    r"|\d{1,2}\s+(?:phút|giờ|ngày|tuần)\s*·.*"  # "2 giờ · 🌏"
    r"|Thích\s+·\s+(?:Bình luận|Phản hồi)(?:\s+·.*)?"  # the buttons
    r"|[\d.,]+\s*K?\s+(?:bình luận|lượt chia sẻ|lượt xem|chia sẻ)"  # the counts
    r"|[^\w\s]{1,8}\s*[\d.,]+\s*K?"  # the reactions: "👍❤️ 1,2K"
    r"|Xem bản dịch|Xem thêm|Phù hợp nhất|Tất cả bình luận|Mới nhất|Đã chỉnh sửa"
    r")$"
)
_BUTTONS: Final = re.compile(r"Thích\s+·\s+(?:Bình luận|Phản hồi)")


def chrome_lines(texts: list[str], full: str) -> list[int]:
    """Indices of the page's chrome lines among ``texts`` (stripped lines) of a post copied with it."""
    if "Thích" not in full or _BUTTONS.search(full) is None:
        return []
    return [i for i, t in enumerate(texts) if t and len(t) <= 60 and _CHROME.match(t)]
