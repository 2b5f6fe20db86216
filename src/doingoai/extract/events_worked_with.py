"""A foreign firm, association or bank worked with (round 152, trigger ``consult_work_firm``): a consultation only
when no trip is told before it in the sentence.

"Tháng trước, Đại sứ làm việc với Hãng hàng không Qatar Airways về ..." is the embassy's consultation with the firm;
"cử đoàn công tác sang Bắc Kinh làm việc với Tổng cục Hải quan Trung Quốc", "đoàn ... thăm Vác-sa-va, làm việc
với Hội Hữu nghị ..." tell a trip whose work is its purpose: the visit is the event read there (visit_go,
visit_come, the delegation's triggers), not a second one.
"""

from __future__ import annotations

import re
from typing import Final

# a trip told before the work: a movement verb, a visit, a working delegation ("đến" / "tới" as "about" or "towards"
# is no movement: "liên quan đến", "quan tâm tới", "đề cập đến", "hướng tới", "tiến tới"; review 20)
_TRIP: Final = re.compile(
    r"(?<!\w)(?:sang|(?<!liên quan )(?<!quan tâm )(?<!đề cập )(?<!hướng )(?<!tiến )(?:đến|tới)|thăm|đoàn công tác)"
    r"(?!\w)"
)


def worked_with_here(low: str, start: int, at: int) -> bool:
    """Whether the sentence from ``start`` up to the trigger at ``at`` tells no trip (no "sang", "đến", "tới", "thăm",
    "đoàn công tác" before it)."""
    return _TRIP.search(low, start, at) is None
