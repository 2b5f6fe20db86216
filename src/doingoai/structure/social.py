"""The chrome of a post copied from a social network's page (round 160): the lines the page draws around
a post and its comments, no text of either: the time line ("30 tháng 12 lúc 20:15 · 🌏", "2 giờ · 🌏"),
"Xem bản dịch", the reactions ("👍❤️ 1,2K"), the counts ("356 bình luận", "89 lượt chia sẻ"), the buttons
("Thích · Bình luận · Chia sẻ", under a comment "Thích · Phản hồi · 3 giờ"), "Phù hợp nhất", the page's
followers ("Cơ quan chính phủ · 12K người theo dõi"), the badge "Tác giả" over the page's own reply. Dropped as
running lines are (``doc.meta["removed_lines"]``); the time line still dates the post
(extract/dates_posts.py reads it from the text).

Only in a document holding the buttons line ("Thích · Bình luận", "Thích · Phản hồi"): the shapes are
the page's, so no body line is taken for one elsewhere.
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.model import BlockType

_CHROME: Final = re.compile(
    r"^(?:"
    r"\d{1,2}\s+tháng\s+\d{1,2}(?:,\s*\d{4})?\s+lúc\s+\d{1,2}:\d{2}(?:\s*·.*)?"  # the time line
    r"|(?:Hôm qua|Hôm nay)\s+lúc\s+\d{1,2}:\d{2}(?:\s*·.*)?"
    r"|\d{1,2}\s+(?:phút|giờ|ngày|tuần)\s*·.*"  # "2 giờ · 🌏"
    r"|Thích\s+·\s+(?:Bình luận|Phản hồi)(?:\s+·.*)?"  # the buttons
    r"|[\d.,]+\s*K?\s+(?:bình luận|lượt chia sẻ|lượt xem|chia sẻ)"  # the counts, one or more on a line
    r"(?:\s+[\d.,]+\s*K?\s+(?:bình luận|lượt chia sẻ|lượt xem|chia sẻ))*"
    r"|[^\w\s]{1,8}\s*[\d.,]+\s*K?"  # the reactions: "👍❤️ 1,2K"
    r"|(?:[^·]{1,40}·\s*)?[\d.,]+\s*K?\s+(?:người theo dõi|lượt thích)"  # "Cơ quan chính phủ · 12K người theo dõi"
    r"|Xem bản dịch|Xem thêm|Phù hợp nhất|Tất cả bình luận|Mới nhất|Đã chỉnh sửa"
    r"|Tác giả"  # the badge under the page's own name where it answers a comment
    r")$"
)
_BUTTONS: Final = re.compile(r"Thích\s+·\s+(?:Bình luận|Phản hồi)")
_TIME: Final = re.compile(
    r"^(?:\d{1,2}\s+tháng\s+\d{1,2}(?:,\s*\d{4})?|Hôm qua|Hôm nay)\s+lúc\s+\d{1,2}:\d{2}"
    r"|^\d{1,2}\s+(?:phút|giờ|ngày|tuần)\s*·"
)


def chrome_lines(texts: list[str], full: str) -> list[int]:
    """Indices of the page's chrome lines among ``texts`` (stripped lines) of a post copied with it."""
    if "Thích" not in full or _BUTTONS.search(full) is None:
        return []
    return [i for i, t in enumerate(texts) if t and len(t) <= 60 and _CHROME.match(t)]


def is_post(full: str) -> bool:
    """The text holds a post's buttons ("Thích · Bình luận", "Thích · Phản hồi")."""
    return _BUTTONS.search(full) is not None


def page_name_lines(texts: list[str]) -> list[int]:
    """Indices of the page's name over each post: the line right above a post's time line (round 167).
    The name repeats over every post the page holds; it is the page's (its title), not a running line."""
    return [
        i
        for i in range(len(texts) - 1)
        if texts[i] and _TIME.match(texts[i + 1]) and not _TIME.match(texts[i])
    ]


def retype(blocks: list, texts: list[str], line_texts: list[str]) -> None:
    """A post's blocks as the page sets them (round 167): the page's name over a second post is a heading
    (over the first it is the title), the post's first line is its text, not a heading ("📌 VIỆT NAM TRÚNG
    CỬ …"), and a comment's first line, a name alone over its text and buttons, is the commenter's
    (an author), the comment under it a paragraph. ``texts[k]`` is block k's text; ``line_texts`` the document's stripped lines."""
    names = set(page_name_lines(line_texts))
    if not names:
        return
    n = len(line_texts)
    after_name = False
    for b, t in zip(blocks, texts, strict=True):
        if not t:
            continue
        first = b.lines[0]
        if first in names:
            if b.type is not BlockType.TITLE:
                b.type, b.level, b.rank = BlockType.HEADING, 1, None
            after_name = True
            continue
        if after_name and b.type is BlockType.HEADING:
            b.type, b.level, b.rank = BlockType.PARAGRAPH, None, None
        after_name = False
        if b.type in _NAMED and len(b.lines) == 1 and _commenter(line_texts, first, n):
            b.type, b.level, b.rank = BlockType.AUTHOR, None, None
            after_name = True  # the comment's text under its commenter: a paragraph, never a heading


def _commenter(line_texts: list[str], i: int, n: int) -> bool:
    """Line ``i`` is a name over a comment: a short line in capitalised words, the comment's text under it,
    then (after "Xem bản dịch" maybe) the comment's buttons "Thích · Phản hồi …"; or any name with the
    badge "Tác giả" under it (the page answering)."""
    t = line_texts[i]
    if i + 1 < n and line_texts[i + 1] == "Tác giả":
        return len(t) <= 80  # the page's own name over its reply, with the badge under it
    words = t.split()
    if not 2 <= len(words) <= 6 or not all(w[0].isupper() for w in words) or t[-1] in ".!?:":
        return False
    for j in range(i + 2, min(n, i + 4)):
        if _REPLY.match(line_texts[j]):
            return True
    return False


_REPLY: Final = re.compile(r"Thích\s+·\s+Phản hồi")
_NAMED: Final = (BlockType.HEADING, BlockType.PARAGRAPH)
