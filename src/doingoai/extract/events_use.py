"""An agreement's terms used by the parties, and experts' help (round 22, docs/decisions.md Events): "hai bên phấn đấu khai thác tốt hơn
các ưu đãi của CPTPP", "hai bên sẽ khai thác các cam kết của Hiệp định Thương mại hàng hóa ASEAN (ATIGA)" is
cooperation of the two. The trigger (``cooperate_use`` in :mod:`doingoai.extract.triggers`) stops at the terms; an
agreement must be named right after "của / từ / trong (khuôn khổ)": an agreement noun or an abbreviation in
capitals ("CPTPP", "EVFTA"), not "các cơ hội của thị trường", "ưu đãi của ngân hàng".
"""

from __future__ import annotations

import re
from typing import Final

_AGREEMENT_AFTER: Final = re.compile(
    r" (?:của|từ|trong)(?: (?:khuôn khổ|việc thực thi|quá trình thực thi))?(?: (?:các|những|hai))?"
    r" (?:(?:[Hh]iệp định|[Hh]iệp ước|[Tt]hỏa thuận|[Tt]hoả thuận|FTA)\b|[A-ZĐ]{2,}[A-Z0-9+-]*(?![\w]))"
)


def agreement_used(text: str, end: int) -> bool:
    """Is an agreement named right after the terms ending at ``end`` ("khai thác các ưu đãi| của CPTPP")?
    ``text`` is the original (cased) text: an abbreviation is told by its capitals."""
    return _AGREEMENT_AFTER.match(text, end) is not None


# "Chuyên gia nông nghiệp Việt Nam (đã / tiếp tục) giúp Cu-ba ...": experts (of a state) open the clause of the help
_EXPERTS_BEFORE: Final = re.compile(
    r"(?:^|[.;:!?\n]\s*|,\s+|\d+\.\s+)(?:các |những |nhiều |đội ngũ |đoàn )?(?:chuyên gia|kỹ sư|bác sĩ|giáo viên"
    r"|thầy thuốc|cán bộ kỹ thuật)\b(?:(?!\s(?:nhận định|cho rằng|cho biết|đánh giá|khẳng định|nói)\b)[^,.;:()\n]){0,50}$",
    re.IGNORECASE,
)


def experts_before(text: str, s0: int, hs: int) -> bool:
    """Do experts open the clause of the "giúp" at ``hs`` (their help is aid, whatever the task)?"""
    return _EXPERTS_BEFORE.search(text, max(0, s0 - 2, hs - 90), hs) is not None
