"""A full dialogue partnership taken (round 170): "Hàn Quốc trở thành Đối tác đối thoại đầy đủ của ASEAN năm 1991"
raises the relations with the organisation from the sectoral or partial partnership before it, an upgrade, not the
bare relations "trở thành đối tác đối thoại của ASEAN" reads (trigger ``dialogue_partner``). Used by
:func:`doingoai.extract.events_kind.first_kind`."""

from __future__ import annotations

import re
from typing import Final

_FULL: Final = re.compile(r"trở thành(?: một)? đối tác đối thoại(?: (?:chính thức|đầu tiên))* đầy đủ\b")


def full_partnership(low: str, ts: int, te: int) -> bool:
    """The ``dialogue_partner`` trigger from ``ts`` to ``te`` (lower-cased text) is becoming a full partner."""
    return _FULL.match(low, ts, te) is not None
