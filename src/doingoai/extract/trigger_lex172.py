"""Round 172's family of the trigger lexicon (docs/decisions.md, Round 172): a city or a state receiving a forum's
leaders at its meeting hosts it ("Đà Nẵng đón các nhà lãnh đạo APEC trong Tuần lễ Cấp cao năm 2017", "Hà Nội
đón lãnh đạo các nước ASEAN dự Hội nghị Cấp cao"). :mod:`doingoai.extract.triggers` puts them first.
"""

from __future__ import annotations

from doingoai.extract.trigger_defs import Trigger
from doingoai.model import EventKind as K

_T = Trigger

LEX172: tuple[Trigger, ...] = (
    # the forum's leaders received, for its meeting: the receiver hosts the forum (a leader received alone, "đón
    # Tổng thống X", is a visit read elsewhere; the leaders of a forum's member states at its meeting are the forum's)
    _T(
        "host_leaders_received",
        K.HOST,
        ("đón",),
        r"đón(?: tiếp)? (?:các |những )?(?:nhà lãnh đạo|lãnh đạo|nguyên thủ)(?: (?:các|những) (?:nền kinh tế|nước))?"
        r"(?: thành viên)?(?= (?:apec|asean|asem|g20|g7|brics|mekong|cica|acd)\b[^.;:\n]{0,40}?"
        r"\b(?:hội nghị|tuần lễ|cấp cao|thượng đỉnh)\b)",
    ),
)
