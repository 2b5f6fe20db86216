"""What may stand between two names of one group, or between a marker word and a name, without breaking the reading
of :mod:`doingoai.extract.events_groups` (round 31, the journals' shapes)."""

from __future__ import annotations

import re
from typing import Final

# "đến / tới / sang <a time>" right before a name: the time is the marker's object ("phải đến năm 2000 X mới ...")
UNTIL_TIME: Final = re.compile(
    r"(?:đến|tới|sang)\s+(?:tận\s+)?(?:(?:đầu|cuối|giữa)\s+)?(?:năm|tháng|ngày|thập (?:kỷ|niên))\s+[\d/]+\s*",
    re.IGNORECASE,
)
# a vote count told between two states elected together: "A (192 phiếu) và B", "A, với 192/193 phiếu thuận, và B"
VOTES_GAP: Final = re.compile(
    r"^\s*(?:\(\s*(?:với\s+)?[\d/.,]+\s+phiếu(?:\s+(?:thuận|ủng hộ))?\s*\)|,\s*với\s+[\d/.,]+\s+phiếu"
    r"(?:\s+(?:thuận|ủng hộ))?\s*,)\s*(?:và|,)\s*$",
    re.IGNORECASE,
)
