"""Dates: "trong năm <clause>" is a year named by what happens in it, not "that year" (round 187, session 22).

* :func:`year_named_by_clause`: "Phối hợp với phía bạn trong năm Ma-lai-xi-a đảm nhiệm cương vị Chủ tịch ASEAN",
  "sự kiện quan trọng trong năm Việt Nam giữ cương vị Chủ tịch ASEAN", "Trong năm Chủ tịch của bạn, ...": the
  bare "trong năm" runs into a clause (a name, a noun) that says which year; it refers to no year told before
  ("Trong năm đó, ...", "cùng năm"), so the event is dated as any other (its clause, its section, its
  document), not by the last date of the paragraph before it.

Called by :func:`doingoai.extract.events_dating.date_of`.
"""

from __future__ import annotations

import re
from typing import Final

# the word after a bare "trong năm ": a demonstrative, a relative year or a count keeps the old reading
_NOT_A_CLAUSE: Final = re.compile(r"(?:đó|này|ấy|nay|ngoái|qua|tới|sau|trước|kia|học|tài chính|\d)\b")


def year_named_by_clause(text: str, m: re.Match[str]) -> bool:
    """Is the match ``m`` of "trong năm" (no demonstrative) followed by a word that opens a clause naming the
    year ("trong năm Việt Nam giữ ...")?"""
    said = m.group(0)
    if not said.rstrip().endswith("năm") or "trong" not in said:
        return False
    at = m.end() if said.endswith(" ") else m.end() + 1
    if at >= len(text) or not text[at].isalpha():
        return False
    return _NOT_A_CLAUSE.match(text, at) is None
