"""Events: a programme's term is no signing date (round 165).

"Hai hội ký chương trình hợp tác giai đoạn 2026 – 2028", "Hai bên ký Biên bản ghi nhớ về hợp tác nghiên cứu lịch sử
quan hệ Việt Nam – Campuchia giai đoạn 1979 – 1993": the years after "giai đoạn" / "thời kỳ" bound what the
document signed is about (its programme, the period studied). ``events_dating.date_of`` gives the term when the
clause tells no other date (right for a seat's term, "được bầu ... nhiệm kỳ 2020 – 2021"); for a signing the term
is set aside: the act takes the last date of its paragraph before it ("Từ ngày 4 đến 6/9, đoàn ... thăm tỉnh X. Hai
tỉnh ký ...": during the visit), else the paragraph's, section's or document's (a report of 2025 signs in 2025),
inferred; with none of these the term stays. A term the act happened within ("ký trong giai đoạn 1998 – 2003")
dates it and is kept, as is a seat's term ("nhiệm kỳ").
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.dates_terms import term_or_target
from doingoai.extract.events_context import Context
from doingoai.extract.events_dating import TERM_KEY

# the words before the term's first year that make it a programme's period: "giai đoạn", "thời kỳ", not after
# "trong" / "suốt" (the time the act happened within)
_PROGRAMME_TERM: Final = re.compile(
    r"(?<!trong )(?<!suốt )\b(?:giai\s+đoạn|thời\s+k[ỳì])\s*$"
    # (round 178) a target in the document's name: "thông qua Tuyên bố chung về Tầm nhìn ... đến năm 2030"
    r"|\b(?:tầm\s+nhìn(?:\s+(?:đến|tới))?|đến|tới)\s+năm\s*$|\btầm\s+nhìn\s*$"
)


def programme_term(ctx: Context, text: str, date: str, te: int, p1: int, block: int) -> str:
    """The paragraph's, section's or document's date when ``date`` (the one found for the signing trigger ending
    at ``te``) is only the term of the signed programme ("ký chương trình hợp tác giai đoạn 2026 – 2028"), else ""
    (also when the text tells no such date: the term is then all there is). ``text`` is the lower-cased text."""
    if not date or ctx.cache.get((TERM_KEY, te)) != date:
        return ""
    first = date.partition("/")[0][:4]
    k = text.find(first, te, p1)
    if k < 0 or _PROGRAMME_TERM.search(text, max(te, k - 24), k) is None:
        return ""
    return _told_before(ctx, text, te, block) or ctx.fallback_date(block)


def _told_before(ctx: Context, text: str, te: int, block: int) -> str:
    """The last date written before the trigger in its paragraph ("Từ ngày 4 đến 6/9, đoàn ... thăm tỉnh X. Hai tỉnh
    ký Biên bản ... giai đoạn 2025 – 2030": the visit's), not one of a name, a term or a target, nor an interval
    of years (an anniversary's "(5/9/1962 – 5/9/2025)"); else ""."""
    if block is None or block >= len(ctx.doc.blocks):
        return ""
    b0 = ctx.doc.blocks[block].start
    for d in reversed(ctx.dates_in(b0, te)):
        if ctx.attached(d) or ctx.in_name(d) or term_or_target(text, d.start, b0):
            continue
        a, _, b = d.value.partition("/")
        if b and a[:4] != b[:4]:
            continue
        return d.value
    return ""
