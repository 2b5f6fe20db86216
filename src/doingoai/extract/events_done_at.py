"""The signing clause of an agreement's own text: "Làm tại Hà Nội, ngày 10 tháng 3 năm 2025, thành hai bản, mỗi bản
bằng tiếng Việt và tiếng …" closes a treaty or a memorandum as published (a treaty database, the Official Gazette)
above its signature columns. It is the signing of the agreement the text is, by the parties its title names
("HIỆP ĐỊNH / GIỮA / CHÍNH PHỦ NƯỚC … VIỆT NAM / VÀ / CHÍNH PHỦ … / VỀ …"), on the date it gives.

Only a clause opening its sentence ("Làm tại <place>, ngày …" or "Done at <place>, on …") with a date, in a text whose
title opens with an instrument's kind and names two states or more; the parties are the states the title names, in
its order. The text's own articles are not read here.
"""

from __future__ import annotations

import re
from typing import Any, Final

from doingoai.extract.events_merge import Draft
from doingoai.extract.textscan import occurs
from doingoai.model import BlockType, Document, EventKind, Status

# an instrument's kind opening its title
_INSTRUMENT: Final = re.compile(
    r"(?:hiệp\s+định|hiệp\s+ước|công\s+ước|nghị\s+định\s+thư|bản\s+ghi\s+nhớ|biên\s+bản\s+ghi\s+nhớ|thỏa\s+thuận|"
    r"thoả\s+thuận|điều\s+ước|agreement|treaty|convention|protocol|memorandum)\b"
)
_DONE: Final = re.compile(r"(?:làm\s+tại|done\s+at)\s+[^,;.]{2,60},\s*(?:ngày|on|the)?\s*\d")


def done_at_signings(doc: Document, low: str, sentences: list[Any], index: Any, ctx: Any) -> list[Draft]:
    """One signing per "Làm tại <place>, ngày <date>" sentence of an agreement's text, by the title's parties."""
    # (speed round 28) the title first: one anchored match, where the two words were looked for through the text
    title = next((b for b in doc.blocks if b.type is BlockType.TITLE), None)
    if title is None or _INSTRUMENT.match(low, title.start) is None:
        return []
    if not (occurs(low, "làm tại ") or occurs(low, "done at ")):
        return []
    parties = tuple(
        dict.fromkeys(m.code for m in index.between(title.start, title.end) if m.kind == "country")
    )
    if len(parties) < 2:
        return []
    out: list[Draft] = []
    for sent in sentences:
        if low[sent.start : sent.start + 4] not in ("làm ", "done") or _DONE.match(low, sent.start) is None:
            continue
        dates = ctx.dates_in(sent.start, sent.end)
        if not dates:
            continue
        out.append(
            Draft(
                EventKind.AGREEMENT_SIGN, parties, (), dates[0].value, Status.OCCURRED, (sent.start, sent.end)
            )
        )
    return out
