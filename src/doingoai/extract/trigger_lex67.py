"""Round 67's family of the trigger lexicon (docs/decisions.md, Events, round 67): wordings of reports and plans
the misses of the working sets had no trigger for. A trade or culture promotion held abroad ("Tổ chức Tuần hàng
Việt Nam tại X", "tổ chức gian hàng Việt Nam tại hội chợ ... ở X": cooperation with the place's country, found as
a delegation's is: events_parties), leaders meeting one another ("lãnh đạo ba nước gặp lại nhau tại X",
"hai nhà lãnh đạo đã có cuộc gặp thượng đỉnh": talks of the subject's parties, as a discussion's).
:mod:`doingoai.extract.triggers` puts them first: each is more specific than the trigger starting at its word.
"""

from __future__ import annotations

from typing import Final

from doingoai.extract.trigger_defs import Trigger
from doingoai.extract.vi_regex import NO_WORD as _NO_WORD
from doingoai.model import EventKind as K

_T = Trigger

# a promotion event of ours (events_places.capital_mentions reads the city after it as its country)
PROMOTION: Final = (
    r"(?:tuần hàng|gian hàng|hội chợ thương mại|(?:chương trình|sự kiện) giới thiệu|tuần (?:lễ )?văn hóa|ngày văn hóa"
    r"|những ngày văn hóa)"
)
# our goods or culture (not "Tuần văn hóa Ấn Độ tại Nha Trang": theirs, at home) and then the place
_OURS_THERE: Final = r"[^.;:\n]{0,60}?\b(?:việt|quốc gia)\b[^.;:\n]{0,60}?\b(?:tại|ở) "

LEX67: tuple[Trigger, ...] = (
    # a promotion of our goods or culture held abroad: "Tổ chức Tuần hàng Việt Nam tại Dubai", "tổ chức gian hàng
    # Việt Nam tại một hội chợ ở Santiago", "tổ chức Chương trình giới thiệu điểm đến Việt Nam tại Băng Cốc"
    # (cooperation with the country of the place: events_parties, as for a delegation sent; none at home)
    _T(
        "coop_promotion",
        K.COOPERATE,
        ("tổ chức",),
        r"(?:đồng )?tổ chức (?:các |một |hai |nhiều )?" + PROMOTION + r"(?= " + _OURS_THERE + ")",
    ),
    # leaders meeting one another: "lãnh đạo ba nước gặp lại nhau tại Xê-un", "Hai nhà lãnh đạo sẽ gặp nhau" (talks
    # of the subject's parties, named as a discussion's: events_vocab.DISCUSS)
    _T(
        "consult_meet_each",
        K.CONSULT,
        ("gặp",),
        r"gặp (?:lại |mặt |gỡ )?nhau" + _NO_WORD,
    ),
    # a meeting had by the subject's parties: "Tổng thống X và Chủ tịch Y đã có cuộc gặp kéo dài hai giờ", "các bộ
    # trưởng ASEAN đã có cuộc gặp không chính thức với Bộ trưởng Hoa Kỳ" (talks, named as a discussion's)
    _T(
        "consult_had_meeting",
        K.CONSULT,
        ("có cuộc gặp", "có buổi gặp", "có cuộc họp"),
        r"(?<=đã )có (?:cuộc|buổi) (?:gặp(?: gỡ| mặt)?|họp)(?: (?:thượng đỉnh|cấp cao|không chính thức|chính thức"
        r"|song phương|riêng|ba bên|lịch sử|đầu tiên|kéo dài))*" + _NO_WORD,
    ),
)
