"""Round 47's family of the trigger lexicon (docs/decisions.md, Events, round 47): wordings of foreign-affairs
writing the misses of the working sets had no trigger for, or read as another kind. A session of a joint committee
("Kỳ họp thứ nhất Ủy ban hỗn hợp Việt Nam – X", "khóa họp lần thứ ba Ủy ban liên chính phủ về hợp tác kinh tế",
"phiên họp Ủy ban Hợp tác liên nghị viện"): the two sides meet, a consultation (not the cooperation its name
names). :mod:`doingoai.extract.triggers` puts the family first: it is more specific than the trigger starting at its
word.
"""

from __future__ import annotations

from typing import Final

from doingoai.extract.trigger_defs import Trigger
from doingoai.extract.vi_regex import NO_WORD as _NO_WORD
from doingoai.model import EventKind as K

_T = Trigger

# the joint committees two sides hold sessions of (their name may go on: "về hợp tác kinh tế", "Việt Nam – X")
_JOINT_COMMITTEE: Final = (
    r"(?:ủy ban (?:thương mại )?(?:hỗn hợp|liên chính phủ|liên hợp|hợp tác liên nghị viện|hợp tác song phương"
    r"|hợp tác kinh tế)"
    # (round 72) a body two sides hold together: "Nhóm công tác chung về nông nghiệp", "Ủy ban Thương mại chung",
    # "Tiểu ban hợp tác thương mại", "Tiểu ban Thương mại song phương"
    r"|(?:ủy ban|tiểu ban|nhóm công tác) (?:[^\W\d]+ ){0,2}chung"
    r"|tiểu ban (?:hợp tác )?(?:thương mại|kinh tế))"
)

LEX47: tuple[Trigger, ...] = (
    # a session of a joint committee: "Kỳ họp thứ nhất Ủy ban hỗn hợp Việt Nam – Pakistan diễn ra tại Hà Nội",
    # "phiên họp lần thứ tư Ủy ban Hợp tác liên nghị viện giữa Quốc hội Việt Nam và Duma Quốc gia Nga" (talks of
    # the two sides its name or its sentence names)
    _T(
        "consult_joint_session",
        K.CONSULT,
        ("kỳ họp", "khóa họp", "phiên họp"),
        r"(?:kỳ|khóa|phiên) họp(?: (?:lần )?thứ (?:\d+|nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)"
        r"| đầu tiên| thường niên(?: năm \d{4})?| tiếp theo| tới| lần \d+)?(?: của)? "
        + _JOINT_COMMITTEE
        + _NO_WORD,
    ),
)
