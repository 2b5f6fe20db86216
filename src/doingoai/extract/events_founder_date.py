"""A founding member's joining dated by the founding its sentence tells (round 151, session 20).

"Việt Nam là thành viên sáng lập của Ngân hàng ... (AIIB) và đã ký Hiệp định thành lập ngân hàng tại Bắc Kinh ngày
29/6/2015", "Argentina là một trong bốn nước sáng lập Mercosur theo Hiệp ước Asunción ký ngày 26/3/1991", "... thành
viên sáng lập ACCT ... tại hội nghị ở Ni-a-mây ngày 20/3/1970": a founder joined when the body was founded, and the
sentence goes on to tell that founding (the founding instrument signed, the founding meeting) with its date. The date
stands in a later clause, so the joining was left undated (dates_clauses: a date after "và" opens the next clause).
An undated joining of a sentence that writes "sáng lập" once and no other joining verb takes the first date after
"sáng lập" that names a day or a month (a bare year there is as often another act's: passed over), when the words
between tell the founding ("thành lập", "ra đời", "ký", "hiệp ước", "hiệp định", "hiến chương", "hội nghị", "quy
chế") and the date is a single day or month, not a range. Applied by
:func:`doingoai.extract.events.find_events` to the drafts of all stages.
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.events_context import Context
from doingoai.extract.events_merge import Draft
from doingoai.model import EventKind

_FOUNDING: Final = re.compile(r"\b(?:thành lập|ra đời|ký|hiệp ước|hiệp định|hiến chương|hội nghị|quy chế)\b")
_OTHER_JOIN: Final = re.compile(r"\b(?:gia nhập|kết nạp|trở thành thành viên)\b")
_REACH: Final = 200  # characters after "sáng lập" the founding's date may stand


def founders_dated(ctx: Context, low: str, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` with each undated founding member's joining dated by the founding its sentence tells."""
    out = drafts
    for i, d in enumerate(drafts):
        if d.kind is not EventKind.MEMBERSHIP_JOIN or d.date or not d.recipients:
            continue
        s0, s1 = d.sentence
        at = low.find("sáng lập", s0, s1)
        if at < 0 or low.find("sáng lập", at + 8, s1) >= 0 or _OTHER_JOIN.search(low, s0, s1):
            continue
        date = next((x for x in ctx.dates_in(at, min(s1, at + _REACH)) if "-" in x.value), None)
        if date is None or "/" in date.value or _FOUNDING.search(low, at + 8, date.start) is None:
            continue
        if out is drafts:
            out = list(drafts)
        out[i] = d._replace(date=date.value, explicit=True)
    return out
