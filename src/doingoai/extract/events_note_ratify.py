"""A diplomatic note (công hàm) bringing an agreement into force: "Bộ Ngoại giao xin thông báo phía Việt Nam đã
hoàn tất các thủ tục nội bộ cần thiết để Hiệp định … có hiệu lực", and the reply "Phía X cũng đã hoàn tất các thủ
tục nội bộ cần thiết; do đó Hiệp định nêu trên có hiệu lực kể từ ngày …". Each side that says it has completed its
internal procedures has ratified (approved) the agreement for itself: an agreement.ratify by that side, towards
the other side of the chain, dated by the note's own place–date line below its body ("Hà Nội, ngày 9 tháng 1 năm
2023") — the dates inside the sentence are the earlier note's ("công hàm số 45/2023 ngày 3/1/2023"), the signing's
("ký tại Hen-xin-ki ngày 14/9/2022") or the entry into force, none of them the completion's.

Only in a text holding the notes' opening formula ("… gửi lời chào trân trọng tới …"), whose two sides are the
states named in it; the side is the state named as "phía X" right before "(cũng) đã hoàn tất". A plan ("sẽ hoàn
tất", "đang hoàn tất") is no completion and is not read.
"""

from __future__ import annotations

import re
from typing import Any, Final

from doingoai.extract.events_merge import Draft
from doingoai.extract.textscan import occurs
from doingoai.model import Document, EventKind, Status

_FORMULA: Final = "gửi lời chào trân trọng tới"
_DONE: Final = re.compile(
    r"\bphía\s+([^\W\d][^,;.:]{1,40}?)\s+(?:cũng\s+)?đã\s+hoàn\s+tất\s+(?:các\s+|mọi\s+)?thủ\s+tục\s+"
    r"(?:nội\s+bộ|pháp\s+lý|trong\s+nước)"
)
# the note's place–date line: "Hà Nội, ngày 9 tháng 1 năm 2023" on a line of its own (indented as typed)
_PLACE_DATE: Final = re.compile(
    r"\n[ \t]*[^\W\d][^\n,]{1,40},\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})[ \t.]*(?=\n|$)"
)


def note_ratifications(doc: Document, low: str, sentences: list[Any], index: Any) -> list[Draft]:
    """One agreement.ratify per "phía X (cũng) đã hoàn tất các thủ tục nội bộ" of a note chain."""
    if not occurs(low, "hoàn tất") or not occurs(low, _FORMULA):
        return []
    sides: list[str] = []
    at = low.find(_FORMULA)
    while at >= 0 and len(sides) < 2:
        s0, s1 = max(0, at - 300), min(len(low), at + 300)
        nl0 = low.rfind("\n", s0, at)
        nl1 = low.find("\n", at, s1)
        for m in index.between(nl0 + 1 if nl0 >= 0 else s0, nl1 if nl1 >= 0 else s1):
            if m.kind == "country" and m.code not in sides:
                sides.append(m.code)
        at = low.find(_FORMULA, at + 1)
    if len(sides) != 2:
        return []
    out: list[Draft] = []
    for sent in sentences:
        if "hoàn tất" not in low[sent.start : sent.end]:
            continue
        for m in _DONE.finditer(low, sent.start, sent.end):
            actor = next(
                (
                    x.code
                    for x in index.between(m.start(1), m.end(1))
                    if x.kind == "country" and x.code in sides
                ),
                None,
            )
            if actor is None:
                continue
            d = _PLACE_DATE.search(doc.text, sent.end, min(len(low), sent.end + 4000))
            if d is None or low.find(_FORMULA, sent.end, d.start()) >= 0:
                continue  # no place–date line before the next note opens
            day, month, year = int(d.group(1)), int(d.group(2)), d.group(3)
            if not (1 <= day <= 31 and 1 <= month <= 12):
                continue
            other = sides[1] if actor == sides[0] else sides[0]
            out.append(
                Draft(
                    EventKind.AGREEMENT_RATIFY,
                    (actor,),
                    (other,),
                    f"{year}-{month:02d}-{day:02d}",
                    Status.OCCURRED,
                    (sent.start, sent.end),
                )
            )
    return out
