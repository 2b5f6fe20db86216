"""A trip to attend a meeting is dated by the meeting (round 190): "Chủ tịch nước sang Phi-líp-pin dự Tuần lễ Cấp cao
APEC 2015" is a visit of 2015, not of the article's date.

The attendance ("dự Hội nghị ... <date>", a consultation drafted at "dự") closes the visit's clause, so the date
written after the meeting's name is the attendance's only; a visit of the same sentence and the same actors whose date
is not written for it (the section's or document's) takes the attendance's written date. Used by
:mod:`doingoai.extract.events` on the drafts before they are merged.
"""

from __future__ import annotations

from doingoai.extract.events_merge import Draft
from doingoai.model import EventKind


def meeting_dated_trips(drafts: list[Draft]) -> list[Draft]:
    """The drafts, each undated-for-itself visit given the written date of an attendance by the same actors told in
    its sentence."""
    visit, consult = EventKind.VISIT, EventKind.CONSULT
    if not any(d.kind is visit and not d.explicit for d in drafts):
        return drafts
    dated = {
        (d.sentence, a): d.date
        for d in drafts
        if d.kind is consult and d.explicit and d.date
        for a in d.actors
    }
    if not dated:
        return drafts
    out = []
    for d in drafts:
        if d.kind is visit and not d.explicit:
            date = next((dated[(d.sentence, a)] for a in d.actors if (d.sentence, a) in dated), "")
            if date:
                d = d._replace(date=date, explicit=True)
        out.append(d)
    return out
