"""Merging one act told twice: the date kept (events_merge)."""

from __future__ import annotations

from doingoai.extract.events_merge import Draft, merge
from doingoai.model import EventKind, Status


def _draft(kind: EventKind, date: str, sentence: int, explicit: bool = True) -> Draft:
    return Draft(kind, ("VNM", "SGP"), (), date, Status.OCCURRED, (sentence, sentence + 10), (), explicit)


def test_a_one_day_act_keeps_the_day_its_second_telling_writes():
    (event,) = merge(
        [
            _draft(EventKind.RELATIONS_ESTABLISH, "1973", 0),
            _draft(EventKind.RELATIONS_ESTABLISH, "1973-08-01", 20),
        ]
    )
    assert event.date == "1973-08-01" and len(event.evidence) == 2


def test_two_different_days_of_one_act_keep_what_they_share():
    (event,) = merge(
        [
            _draft(EventKind.RELATIONS_ESTABLISH, "1995-07-11", 0),
            _draft(EventKind.RELATIONS_ESTABLISH, "1995", 20),
            _draft(EventKind.RELATIONS_ESTABLISH, "1995-07-12", 40),
        ]
    )
    assert event.date == "1995-07"


def test_a_lasting_role_keeps_the_covering_year():
    (event,) = merge([_draft(EventKind.CHAIR, "2020", 0), _draft(EventKind.CHAIR, "2020-11", 20)])
    assert event.date == "2020"


def test_an_inferred_day_does_not_sharpen_a_written_year():
    (event,) = merge(
        [
            _draft(EventKind.MEMBERSHIP_JOIN, "1995", 0),
            _draft(EventKind.MEMBERSHIP_JOIN, "1995-07-28", 20, explicit=False),
        ]
    )
    assert event.date == "1995"


def test_the_date_of_one_act_told_three_times_does_not_depend_on_their_order():
    from itertools import permutations

    dates = ("1995-07-11", "1995-08-01", "1995-07")
    got = {
        merge([_draft(EventKind.RELATIONS_ESTABLISH, d, 20 * k) for k, d in enumerate(order)])[0].date
        for order in permutations(dates)
    }
    assert got == {"1995"}
