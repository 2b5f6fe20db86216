"""The date of a clause that opens on "tại đây" (round 218): "Việt Nam đăng cai Hội nghị Cấp cao ASEM 5 tại Hà Nội
ngày 8 – 9/10/2004; tại đây, ASEM kết nạp ..." -- "there" points back to the occasion the clause before told, and the
act told after it happened then. The clause names no date of its own (the dating of
:func:`doingoai.extract.events_dating.date_of` finds none nearer); the last date of the clause before the ";" is its
date. Only a clause after ";" (a new clause of the same sentence) and only the adverb of place opening it.
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.events_context import Context

# "; tại đây, ... <trigger>" / "; tại hội nghị này, ...": the clause opened by "there", its subject before the trigger
_THERE: Final = re.compile(
    r";\s*(?:tại|ở)\s+(?:đây|đó|hội nghị này|hội nghị đó|phiên họp này|sự kiện này)\s*,\s*[^,;:.]{0,60}$"
)


def there_date(ctx: Context, text: str, ts: int) -> str:
    """The last date (not a name's) of the clause before "; tại đây, ..." opening the trigger's clause, else "".
    ``text``: the lower-cased document text; ``ts``: the trigger's start."""
    lo = max(0, ts - 90)
    if text.find("; ", lo, ts) < 0:  # (cheap guard)
        return ""
    m = _THERE.search(text, lo, ts)
    if m is None:
        return ""
    sentence = ctx.doc.sentence_at(m.start())
    s0 = sentence.start if sentence is not None else max(0, m.start() - 300)
    dates = [d for d in ctx.dates_in(s0, m.start()) if not ctx.attached(d) and not ctx.in_name(d)]
    return dates[-1].value if dates else ""
