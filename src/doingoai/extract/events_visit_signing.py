"""Events: a document signed on a visit by the visit's two sides (round 196).

"Tháng 9/2024, đoàn cán bộ của Vụ sang Phnôm Pênh làm việc với Bộ Ngoại giao Campuchia; nhân dịp này, hai bên ký
Biên bản ghi nhớ về đào tạo", "đón đoàn Đại học X sang Hà Nội ký kế hoạch hợp tác", "thăm và làm việc tại Yerevan;
nhân dịp này, Trường ký Biên bản ghi nhớ ...": the signing's parties are the visit's (the delegation and its hosts),
often named only in the visit clause, so the "ký" step finds no signer of its own and lets it go. A visit
A -> B (two states) of a sentence that writes "ký (kết) <a document: biên bản, bản ghi nhớ, thỏa thuận, kế hoạch,
chương trình, hiệp định, văn bản ...>" after the visit's words, not negated ("chưa / không ký"), and no signing
read there, gives the signing by A and B with the visit's date and status. A firm's contract ("các doanh nghiệp
đã ký 3 hợp đồng") is no act of the two sides and is left alone. Applied by
:func:`doingoai.extract.events.find_events` to the drafts of all stages.
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.events_merge import Draft
from doingoai.extract.events_org_unstated import is_state
from doingoai.model import EventKind

_VISIT: Final = EventKind.VISIT
_SIGN: Final = EventKind.AGREEMENT_SIGN
_SIGNS: Final = re.compile(
    r"(?<!chưa )(?<!không )(?<!chưa thể )\bký(?: kết)?\s+(?:(?:các|một|hai|ba|\d+)\s+)?"
    r"(?:biên bản|bản ghi nhớ|thỏa thuận|thoả thuận|kế hoạch|chương trình|hiệp định|văn bản|nghị định thư)\b"
)


def visit_signings(low: str, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` and, for each visit sentence that writes an unread signing, the signing by the visit's pair."""
    signed = {d.sentence for d in drafts if d.kind is _SIGN}
    seen: set[tuple[int, int]] = set()
    more: list[Draft] = []
    for d in drafts:
        if d.kind is not _VISIT or len(d.actors) != 1 or len(d.recipients) != 1:
            continue
        s0, s1 = d.sentence
        if d.sentence in signed or d.sentence in seen or low.find("ký", s0, s1) < 0:
            continue  # (the fast path)
        a, b = d.actors[0], d.recipients[0]
        if a == b or not is_state(a) or not is_state(b):
            continue
        if _SIGNS.search(low, s0, s1) is None:
            continue
        seen.add(d.sentence)
        more.append(Draft(_SIGN, (a, b), (), d.date, d.status, d.sentence, (), d.explicit))
    return drafts + more if more else drafts
