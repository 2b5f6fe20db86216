"""Events: a second act of the same kind told with its parties left out (round 175).

"Chủ tịch nước ... thăm Ăng-gô-la vào tháng 10/2002, còn Tổng Bí thư ... sang thăm vào tháng 4/2008", "Việt Nam
ký Hiệp định ... với Ai Cập năm 1994 và tiếp tục ký Nghị định thư năm 2005": the second trigger names its own date
(and maybe its actor) but no party of its own, so the rules let it go (nobody or no one to meet named) and the
gold's second act went missing. When a trigger the rules let go writes a date of its own right after it in its
clause, and the same sentence (before it) or the sentence right before has exactly one event of the trigger's kind
with both sides named and another date (the sentence's own before the sentence before's), the act is that event's, with its own date. Any country or organisation
named in the trigger's clause that is not among the first event's parties leaves it (another act, another
party; in a new sentence, anywhere before the trigger); so does a negated trigger, a passive or topic between
the trigger and its date ("được", "về", "chương trình"), and a trigger right after a document's noun ("nghị định thư
gia nhập", "thỏa thuận trở thành thành viên": a name). Called by :func:`doingoai.extract.events.find_events` before the fallback.
"""

from __future__ import annotations

import re
from typing import Any, Final

from doingoai.extract.events_context import Context
from doingoai.extract.events_merge import Draft
from doingoai.model import Status

_REACH: Final = 40  # characters after the trigger its date may be written ("sang thăm vào tháng 4/2008")
_BACK: Final = 80  # characters before the trigger its clause may open
_CLAUSE: Final = re.compile(r"[;:.?!]|,\s*(?:còn|nhưng|song)\b|\b(?:còn|và|rồi|tiếp đó|sau đó)\b")
_NEGATED: Final = re.compile(r"\b(?:không|chưa|chẳng|hủy|hoãn)\s+(?:\S+\s+){0,2}$")
_NOT_OWN: Final = re.compile(r"\b(?:không|chưa|được|bị|về|cho|của|chương trình|kế hoạch|giai đoạn)\b")
_NAMED: Final = re.compile(
    r"\b(?:nghị định thư|hiệp định|hiệp ước|công ước|thỏa thuận|văn kiện|đơn|quyết định)\s*$"
)
_BETWEEN_DATE: Final = re.compile(r"[^,;:.]*$")  # the date in the trigger's own clause


def second_acts(
    ctx: Context, low: str, index: Any, dropped: list[Any], drafts: list[Draft]
) -> tuple[list[Draft], list[Any]]:
    """Drafts for the let-go triggers that repeat an event just told, and the let-go triggers left."""
    if not dropped or not drafts:
        return [], dropped
    out: list[Draft] = []
    left = []
    for h, sent in dropped:
        d = _second(ctx, low, index, h, sent, drafts)
        if d is None:
            left.append((h, sent))
        else:
            out.append(d)
    return out, left


def _second(ctx: Context, low: str, index: Any, h: Any, sent: Any, drafts: list[Draft]) -> Draft | None:
    kind = h.trigger.kind
    if kind is None:
        return None
    end = min(sent.end, h.end + _REACH)
    own = [x for x in ctx.dates_in(h.end, end) if not (ctx.attached(x) or ctx.in_name(x))]
    if not own or not _BETWEEN_DATE.fullmatch(low, h.end, own[0].start):
        return None
    date = own[0]
    if _NEGATED.search(low, max(sent.start, h.start - 30), h.start) or _NOT_OWN.search(
        low, h.end, date.start
    ):
        return None  # negated; a passive or a topic between ("được ký từ năm 2006", "về chương trình ... năm 2025")
    if _NAMED.search(low, max(sent.start, h.start - 20), h.start):
        return None  # "nghị định thư gia nhập", "thỏa thuận trở thành thành viên": a document's name, no act
    # the trigger's clause: from the last clause mark before it (its subject is in it)
    c0 = max(sent.start, h.start - _BACK)
    marks = list(_CLAUSE.finditer(low, c0, h.start))
    if marks:
        c0 = marks[-1].end()
    elif h.start - _BACK > sent.start:
        return None  # (a long clause: its subject too far to tell)
    firsts = [
        d
        for d in drafts
        if d.kind is kind
        and (d.recipients or (d.kind.symmetric and len(d.actors) > 1))
        and d.date
        and d.explicit
        and (
            (d.sentence[0] == sent.start and d.sentence[1] == sent.end)
            or (
                d.sentence[0] < sent.start
                and 0 <= sent.start - d.sentence[1] <= 3
                and "\n" not in low[d.sentence[1] : sent.start]  # (the same paragraph: no list's next item)
            )
        )
    ]
    same = [d for d in firsts if d.sentence[0] == sent.start]
    firsts = same or firsts  # (the sentence's own first act before the sentence before's)
    pairs = {(d.actors, d.recipients) for d in firsts}
    if len(pairs) != 1:
        return None
    first = firsts[-1]
    if first.date == date.value or any(d.date == date.value for d in firsts):
        return None
    if first.sentence[0] == sent.start:  # the first act's date written before the trigger
        told = [x for x in ctx.dates_in(sent.start, c0) if x.value == first.date]
        if not told:
            return None
    parties = set(first.actors) | set(first.recipients)
    m0 = (
        c0 if first.sentence[0] == sent.start else sent.start
    )  # (a new sentence: all of it before the trigger)
    for m in index.between(m0, min(sent.end, date.end + 1)):
        if m.kind in ("country", "organisation", "body") and m.code not in parties:
            return None
    status = first.status if first.status is not Status.NEGATED else Status.OCCURRED
    return first._replace(date=date.value, status=status, sentence=(sent.start, sent.end), explicit=True)
