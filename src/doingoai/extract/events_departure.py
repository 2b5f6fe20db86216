"""Events: the place a traveller leaves, told first, is no subject; a receiving verb coordinated with the act.

"Rời A-rập Xê-út, Thủ tướng sẽ thăm chính thức Ca-ta", "Sau khi rời Hà Nội, đoàn ...": the state after a clause-opening
"rời (khỏi)" is where the trip starts; the traveller is the main clause's (round 159).
"""

from __future__ import annotations

import re
from typing import Final

_LEFT_FROM: Final = re.compile(
    r"(?:^|[.;:!?\n]\s*|,\s*)(?:sau khi\s+|ngay sau khi\s+)?(?:đã\s+)?rời(?: khỏi)?\s+$", re.IGNORECASE
)


def departure_point(text: str, start: int, c0: int) -> bool:
    """Is the name starting at ``start`` the object of a "rời (khỏi)" that opens its sentence or clause?"""
    lo = max(0, start - 40)
    if text.find("ời", lo, start) < 0:
        return False
    return _LEFT_FROM.search(text, lo, start) is not None


# "Bun-ga-ri đã tiếp nhận, đào tạo hơn 5.000 sinh viên Việt Nam": "tiếp nhận" joined to the trigger by "," / "và"
# shares its object (people taken in to be trained): the subject gives, it receives nothing (round 159)
_JOINED: Final = re.compile(r"\s*(?:,|và|,\s*và)\s*$")


def taken_in_to(text: str, receive_end: int, ts: int) -> bool:
    """Is the receiving verb ending at ``receive_end`` coordinated with the trigger starting at ``ts``?"""
    return ts - receive_end <= 6 and _JOINED.match(text, receive_end, ts) is not None
