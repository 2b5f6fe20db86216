"""A time counted from an act named by its place (round 195): "Tám năm sau Băng Cốc, chính Hà Nội đón ..."
(for :func:`doingoai.extract.events_dating.date_of`).

A narrative (a memoir above all) counts on from an act it told before by naming where it was: "Tám năm sau Băng
Cốc," is eight years after the act told with "Băng Cốc" ("Đầu tháng 3/1996, tôi được cử đi Băng Cốc ..." -> 2004).
The phrase opens its sentence, its anchor is one to three capitalised words ending at a comma, and the clause
writes no date of its own after it. The anchor is the last earlier sentence naming it: its date told before the
name (not in brackets, not a name's) is the one counted from; with none, nothing is dated. Years and months only.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Final

from doingoai.extract.dates_counted import _NUMBER, own_date_after, shift, told_before
from doingoai.extract.dates_spoken import count_word
from doingoai.extract.events_context import Context

_UPPER: Final = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
# on the document's text: "Tám năm sau Băng Cốc, ..." opening its sentence (the anchor capitalised, then a comma)
_AFTER_NAMED: Final = re.compile(
    r"(?P<n>(?i:"
    + _NUMBER
    + r"))\s+(?P<unit>năm|tháng)\s+sau\s+(?P<name>["
    + _UPPER
    + r"][\w-]*(?:\s+["
    + _UPPER
    + r"][\w-]*){0,2})\s*,",
)


def after_named_date(ctx: Context, low: str, c0: int, ts: int, p1: int) -> str:
    """The date of a sentence opening "N năm / tháng sau <place>," counted from the date told before the place in
    the last earlier sentence naming it, or ""."""
    w0 = max(0, c0 - 40, ts - 300)
    at = low.find(" sau ", w0, ts)
    if at < 0:
        return ""  # (the fast path)
    text = ctx.doc.text
    starts = ctx.sentence_starts()
    k = bisect_right(starts, at) - 1
    if k < 0:
        return ""
    s0 = starts[k]
    m = _AFTER_NAMED.match(text, s0 + (len(text[s0:at]) - len(text[s0:at].lstrip())))
    if m is None or m.end() > ts or m.start() > at:
        return ""
    name = m.group("name")
    if not name[0].isupper() or not m.group("n")[0].isupper():
        return ""  # the count opens the sentence, the anchor is a name
    if own_date_after(ctx, m.end(), ts, p1):
        return ""
    seen = text.rfind(name, 0, s0)
    if seen < 0:
        return ""
    j = bisect_right(starts, seen) - 1
    lo = starts[j] if j >= 0 else 0
    before = told_before(ctx, lo, seen)
    if not before:
        return ""
    word = m.group("n").lower()
    n = count_word(word)
    if n <= 0:
        return ""
    return shift(before[-1].value, n, m.group("unit").lower())
