"""Round 36's family of the trigger lexicon (docs/decisions.md, Events, round 36): ways of leaving that the
misses of the working and development sets had no trigger for. A treaty denounced ("X tuyên bố bãi bỏ hiệp ước":
one party's act, no organisation to name: events_lone), a government taking its own country out ("chính phủ X
đưa nước này ra khỏi O": "nước này" inside the trigger, so the subject before the verb leaves).
:mod:`doingoai.extract.triggers` puts them before the older families: each starts words before the head the older
"leave" starts at.
"""

from __future__ import annotations

from doingoai.extract.trigger_defs import Trigger
from doingoai.extract.vi_regex import NO_WORD as _NO_WORD
from doingoai.model import EventKind as K

_T = Trigger

LEX36: tuple[Trigger, ...] = (
    # a treaty denounced (round 36): "Năm 1969, X tuyên bố bãi bỏ hiệp ước biên giới năm 1937 với nước láng giềng",
    # "đơn phương hủy bỏ hiệp định" (one party's act: the treaty is no organisation to name)
    _T(
        "leave_denounce",
        K.MEMBERSHIP_LEAVE,
        ("bãi bỏ", "hủy bỏ", "xé bỏ"),
        r"(?:tuyên bố |đơn phương )(?:bãi bỏ|hủy bỏ|xé bỏ)(?= (?:hiệp ước|hiệp định|công ước)"
        + _NO_WORD
        + ")",
        back=2,
    ),
    # a government taking its own country out (round 36): "chính phủ X đưa nước này ra khỏi O" ("nước này" is X)
    _T(
        "leave_own",
        K.MEMBERSHIP_LEAVE,
        ("ra khỏi",),
        r"đưa (?:đất )?nước (?:này |mình |ta )?ra khỏi" + _NO_WORD,
        back=3,
    ),
)
