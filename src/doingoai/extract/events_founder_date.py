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

Round 205 (session 23): the founding told *before* "sáng lập". "ASEM ra đời tại Hội nghị Cấp cao lần thứ nhất ở
Băng Cốc ngày 1 – 2/3/1996; Việt Nam là thành viên sáng lập", "ACD ... chính thức ra đời tại Cha-am tháng 6/2002;
Việt Nam là một trong 18 thành viên sáng lập" (the same sentence); "Cộng đồng ... (CPLP) được thành lập tại Li-xbon
ngày 17/7/1996." then, under "Thành viên", "Bảy thành viên sáng lập gồm ..." (an earlier sentence naming the body
before its verb): the founders joined when the body was founded, and the writers date it so. The founding is a
founding verb ("thành lập", "ra đời", "khai trương") with a date within a short reach after it (a day, a month, a
year; a range only within one year; not a date attached to a name); from an earlier sentence only when it names one
of the joining's bodies before its verb (the first such founding told).
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
_FOUNDED: Final = re.compile(r"\b(?:thành lập|ra đời|khai trương)\b")
_VERB_REACH: Final = 90  # characters after the founding verb its date may stand


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
            value = _founded_before(ctx, low, d, at)
            if not value:
                continue
        else:
            value = date.value
        if out is drafts:
            out = list(drafts)
        out[i] = d._replace(date=value, explicit=True)
    return out


def _founding_date(ctx: Context, low: str, lo: int, hi: int) -> str:
    """The date of the last founding told in ``[lo, hi)`` ("... ra đời tại X ngày D"), or ""."""
    verb = None
    for m in _FOUNDED.finditer(low, lo, hi):
        verb = m
    if verb is None:
        return ""
    date = next(iter(ctx.dates_in(verb.end(), min(hi, verb.end() + _VERB_REACH))), None)
    if date is None or ctx.attached(date) or ctx.in_name(date):
        return ""
    value = date.value
    if "/" in value and value[:4] != value.split("/", 1)[1][:4]:
        return ""  # a period ("2020 – 2025"), not a founding's day
    return value


def _founded_before(ctx: Context, low: str, d: Draft, at: int) -> str:
    """The founding told before "sáng lập" at ``at``: in its sentence, else the first sentence before it that tells
    the founding of one of the joining's bodies (named before the verb: "ECOWAS ... được thành lập ... ngày D");
    "" when none is told."""
    s0 = d.sentence[0]
    value = _founding_date(ctx, low, s0, at)
    if value:
        return value
    for verb in _FOUNDED.finditer(low, 0, s0):
        sent = ctx.doc.sentence_at(verb.start())
        if sent is None or not any(
            m.code in d.recipients for m in ctx.mentions_between(sent.start, verb.start())
        ):
            continue
        value = _founding_date(ctx, low, sent.start, min(sent.end, verb.end() + _VERB_REACH))
        if value:
            return value
    return ""
