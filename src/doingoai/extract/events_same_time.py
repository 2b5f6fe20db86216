"""Dates taken from an earlier event, after drafting (see docs/decisions.md, "Events").

* :func:`resolve_same_time`: "cùng ngày", "Trong chuyến thăm, ..." take an earlier event's date ("cùng năm" its
  year, "cùng tháng" its month); :data:`SAME_TIME` and :data:`AT_MEETING` are the marks
  :mod:`doingoai.extract.events_dating` writes in a draft's date for it.
* :func:`restated`: an undated restatement ("Cu-ba là nước đầu tiên thiết lập quan hệ với Việt Nam") is
  the event dated where it was first told, not one of the document's date.

Called by :mod:`doingoai.extract.events` (``resolve_same_time``, on a document's drafts) and
:mod:`doingoai.extract.events_dating` (the marks).
"""

from __future__ import annotations

from typing import Final

from doingoai.extract.dates_visits import visit_months
from doingoai.extract.events_context import Context
from doingoai.extract.events_merge import Draft
from doingoai.extract.events_same_time_far import far_same_time, on_trip
from doingoai.extract.events_tasks import same_time_as_named
from doingoai.extract.events_when import at_meeting
from doingoai.extract.events_years import compatible
from doingoai.extract.members import members
from doingoai.model import EventKind, Status

K = members(EventKind)  # (plain attribute reads: see extract/members.py)

SAME_TIME: Final = "="  # a date to take from an earlier event ("cùng ngày", "Trong chuyến thăm, ...")
# then "Y" or "M" when the cue gives a year or a month ("cùng năm", "cùng tháng"), then the fallback date
_PRECISION: Final = {"Y": 4, "M": 7}
AT_MEETING: Final = (
    "@"  # (after SAME_TIME) the date of the visit or talks just before, else the fallback after it
)


def _to_precision(value: str, prec: str) -> str:
    """ "1995-07-12" cut to a year ("Y") or a month ("M"); intervals and coarser dates are kept."""
    n = _PRECISION.get(prec)
    if n is None or "/" in value or len(value) <= n or not value[:4].isdigit():
        return value
    return value[:n] if n == 4 or value[5:7].isdigit() else value


def resolve_same_time(ctx: Context, low: str, drafts: list[Draft]) -> list[Draft]:
    """Drafts dated "the same time" take the date of the nearest earlier event (this paragraph or the one before,
    with a blank block between them at most): of their own
    kind ("EVIPA được ký cùng ngày" after the EVFTA signing), else a visit ("Trong chuyến thăm, ..."),
    else the last date written before them. Then undated restatements join their event (:func:`restated`)."""
    from doingoai.extract.events_meeting import meeting_keys  # (it imports events_merge, as this module does)

    drafts = meeting_keys(ctx, low, drafts)  # two meetings hosted for one organisation stay two events
    if not any(d.date.startswith(SAME_TIME) for d in drafts):
        return visit_months(ctx, restated(ctx, drafts))  # acts at a visit: its month (dates_visits)
    out: list[Draft] = []
    for i, d in enumerate(drafts):
        named = same_time_as_named(ctx, low, d, drafts) if d.date.startswith(SAME_TIME) else None
        if named is not None:  # "ký cùng ngày với EVFTA": that agreement's date (events_tasks)
            d = d._replace(date=named)
        elif d.date.startswith(SAME_TIME):
            block = ctx.block_index(d.sentence[0]) or 0
            before = [
                e
                for e in drafts[:i]
                if e.date
                and not e.date.startswith(SAME_TIME)
                and e.sentence[0] < d.sentence[0]
                and block - 2 <= (ctx.block_index(e.sentence[0]) or 0) <= block
            ]  # this or the paragraph before
            rest = d.date[len(SAME_TIME) :]
            at_meet = rest.startswith(AT_MEETING)
            if at_meet:  # "Hai bên nhất trí ...": the meeting's date
                rest = rest[len(AT_MEETING) :]
                met = [e for e in before if e.kind in (K.VISIT, K.CONSULT)]  # the latest, not a past one told
                if d.status is not Status.PLANNED:
                    # (round 132) an act done at the meeting: one held, not one planned ("kỳ họp tới năm 2027")
                    met = [e for e in met if e.status is not Status.PLANNED]
                pick = (
                    max(met, key=lambda e: e.date) if met else None
                )  # in between ("từng thăm ... năm 1959")
            else:
                pick = at_meeting(low, d.sentence[0], before)  # "Tại hội nghị, ...": that meeting's date
                if pick is None:
                    pick = next((e for e in reversed(before) if e.kind is d.kind), None)
            if pick is None and on_trip(low, d.sentence[0]):  # "Trong chuyến thăm / công du / đi, ..."
                pick = next((e for e in reversed(before) if e.kind is K.VISIT), None)
            prec = rest[:1] if rest[:1] in _PRECISION else ""
            if pick is None and not rest[len(prec) :]:  # nothing told near it: a dated event further back
                pick = far_same_time(d, drafts[:i], SAME_TIME, at_meet)
            d = d._replace(date=_to_precision(pick.date if pick is not None else rest[len(prec) :], prec))
        out.append(d)
    return visit_months(ctx, restated(ctx, out))


# kinds that happen once for a set of parties: a restatement anywhere in the document is the same event
_ONCE: Final = frozenset({K.RELATIONS_ESTABLISH, K.MEMBERSHIP_JOIN, K.MEMBERSHIP_LEAVE})


def restated(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """A draft whose date is only inferred (the section's or the document's) and that states again an event
    dated elsewhere in the document (same kind, same parties; for what happens once for them: establishing
    relations, joining or leaving) loses the inferred date, so that the merge joins it to the dated event:
    "Ngày 2/12/1960, Việt Nam và Cu-ba thiết lập quan hệ ngoại giao. Cu-ba là nước Mỹ La-tinh đầu tiên thiết
    lập quan hệ ngoại giao với Việt Nam." (in a document dated 2020) is one event of 1960."""
    dated = [d for d in drafts if d.explicit and d.date and d.kind in _ONCE]
    by_sentence: dict[tuple[int, int], list[Draft]] = {}
    # "khởi động đàm phán từ tháng 12/2015 và đã trải qua nhiều phiên đàm phán": an undated trigger in the
    # sentence of a dated one restates it, whatever the kind
    for d in drafts:
        if d.explicit and d.date:
            by_sentence.setdefault(d.sentence, []).append(d)
    if not by_sentence:
        return drafts
    out: list[Draft] = []
    for d in drafts:
        if not d.explicit and d.date and (d.kind in _ONCE or d.sentence in by_sentence):
            for e in (dated if d.kind in _ONCE else []) + by_sentence.get(d.sentence, []):
                if not compatible(d.date, e.date) and _same_parties(d, e):
                    d = d._replace(date="")
                    break
        out.append(d)
    return out


def _same_parties(a: Draft, b: Draft) -> bool:
    """Same kind, both asserted (or both planned, or both negated), and the same parties."""
    if (
        a.kind is not b.kind
        or (a.status in _ASSERTED) != (b.status in _ASSERTED)
        or (a.status not in _ASSERTED and a.status is not b.status)
    ):
        return False
    if a.kind.symmetric:
        agr_a, agr_b = dict(a.attrs).get("agreement"), dict(b.attrs).get("agreement")
        if agr_a and agr_b:
            return agr_a == agr_b
        return set(a.actors) | set(a.recipients) == set(b.actors) | set(b.recipients)
    return bool(set(a.actors) & set(b.actors)) and (
        bool(set(a.recipients) & set(b.recipients)) or not (a.recipients or b.recipients)
    )


_ASSERTED: Final = (Status.OCCURRED, Status.ONGOING)
