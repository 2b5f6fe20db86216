"""The ratification of "this agreement" (round 161): its partners are the signers the sentence names.

"tháng 12/2022 hai bên ký Hiệp định phân định vùng đặc quyền kinh tế; Việt Nam phê chuẩn Hiệp định này năm 2024":
the ratification names no partner, but "Hiệp định này" is the one just signed in the same sentence, by the
ratifying state and its partners. :func:`ratified_this` gives a ratification read with no recipient, whose
instrument is "… này" / "… đó" / "… trên", the other signers of a signing read from the same sentence that the
ratifier is one of.
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.events_merge import Draft
from doingoai.model import EventKind

_THIS: Final = re.compile(
    r"phê\s+(?:chuẩn|duyệt)\s+(?:hiệp\s+định|hiệp\s+ước|công\s+ước|nghị\s+định\s+thư|thỏa\s+thuận|văn\s+kiện|"
    r"văn\s+bản)\s+(?:này|đó|trên)\b"
)


def ratified_this(low: str, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` with each such ratification given the signing's other parties (see the module)."""
    if not any(d.kind is EventKind.AGREEMENT_RATIFY and not d.recipients and d.actors for d in drafts):
        return drafts
    out = []
    for d in drafts:
        if d.kind is EventKind.AGREEMENT_RATIFY and not d.recipients and d.actors:
            s, e = d.sentence
            if _THIS.search(low, s, e) is not None:
                others = next(
                    (
                        tuple(a for a in x.actors + x.recipients if a not in d.actors)
                        for x in drafts
                        if x.kind is EventKind.AGREEMENT_SIGN
                        and x.sentence == d.sentence
                        and set(d.actors) <= set(x.actors)
                    ),
                    (),
                )
                if others:
                    d = d._replace(recipients=others)
        out.append(d)
    return out
