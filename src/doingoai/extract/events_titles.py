""" "chuyến thăm Việt Nam của một lãnh đạo cấp cao Hung-ga-ri": a possessor's "của" further back than the marker
window (:data:`doingoai.extract.events_groups.MARKER_WINDOW`) when every word between it and the name belongs
to an office or delegation ("một đoàn đại biểu cấp cao", "Phó Thủ tướng kiêm Bộ trưởng Bộ Ngoại giao"). The
words are Vietnamese titles, not names: a gap with any other word ("của sự phát triển kinh tế") is no title.
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.trigger_cues import LEADER_NAME_GAP, TITLE_BEFORE
from doingoai.model import Mention

_TITLE_WORDS: Final = (
    "một các những hai ba đoàn phái đại biểu cấp cao lãnh đạo tổng thống thủ tướng chủ tịch phó bộ trưởng "
    "ngoại giao quốc phòng nước quốc hội chính phủ nhà vua quốc vương nữ hoàng hoàng thân thái tử đại sứ "
    "đặc phái viên tổng bí thư thư ký kiêm ủy viên thượng nghị sĩ nghị sĩ công tác quan chức thống đốc "
    "thị trưởng ngài bà ông hội đồng liên bang nhà nước"
).split()
_OF_TITLE: Final = re.compile(
    r"(?<![^\W\d_])của((?: (?:" + "|".join(sorted(set(_TITLE_WORDS), key=len, reverse=True)) + r"))+) $",
    re.IGNORECASE,
)


# (round 134) a minister's portfolio between the title and the state: "chuyến thăm Việt Nam của Bộ trưởng Thương mại
# và Công nghiệp Qatar" (only right after "Bộ trưởng / Thứ trưởng / Bộ": the words of a ministry's name)
_PORTFOLIO_WORDS: Final = (
    "thương mại công nghiệp nông nghiệp môi trường năng lượng tài chính kinh tế đầu tư giáo dục đào tạo y tế văn hóa "
    "thể thao du lịch giao thông vận tải lao động khoa học công nghệ tư pháp nội vụ phát triển thôn thủy sản lâm "
    "tài nguyên ngoại thương kế hoạch quốc phòng an ninh xây dựng thông tin truyền và"
).split()
_OF_MINISTER: Final = re.compile(
    r"(?<![^\W\d_])của((?: (?:"
    + "|".join(sorted(set(_TITLE_WORDS), key=len, reverse=True))
    + r"))*? (?:bộ|trưởng)(?: (?:"
    + "|".join(sorted(set(_PORTFOLIO_WORDS), key=len, reverse=True))
    + r"))+) $",
    re.IGNORECASE,
)


def title_possessor(gap: str) -> int:
    """Offset in ``gap`` (the text before a name) of a "của" followed only by title words (or a minister's title
    and portfolio), or -1."""
    if "của" not in gap and "Của" not in gap:
        return -1
    m = _OF_TITLE.search(gap) or _OF_MINISTER.search(gap)
    return m.start() if m is not None else -1


def unnamed_leaders(text: str, mentions: list[Mention]) -> list[Mention]:
    """Synthetic person mentions for a leader's name the gazetteer lacks, right after his state and before "và" and
    the next leader's title, a title before the state ("Thủ tướng Thái Lan Anutin Charnvirakul và Thủ tướng
    Cam-pu-chia ..."): the person is the state's (code the state's, ``via="title"``), so the two states are one
    coordinated group, as with a known name ("Tổng thống Hoa Kỳ Bill Clinton và Thủ tướng ...", COORD_GAP).
    ``text``: the document text (the name's capitals are read); ``mentions``: actor mentions sorted by start."""
    out: list[Mention] = []
    for a, b in zip(mentions, mentions[1:], strict=False):
        if a.kind != "country" or b.kind not in ("country", "person") or not 0 < b.start - a.end <= 90:
            continue
        m = LEADER_NAME_GAP.match(text[a.end : b.start])
        if m is None or not all(w[0].isupper() for w in m.group("name").split()):
            continue
        if TITLE_BEFORE.search(text, max(0, a.start - 40), a.start) is not None:
            name = m.group("name").rstrip()
            out.append(Mention(a.end + 1, a.end + 1 + len(name), a.code, "person", "title"))
    return out
