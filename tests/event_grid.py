"""The harness shared by the construction grids (tests/test_extract_grid*.py).

A case is (id, text, kind, actors, recipients, date, status[, GAP]). It passes when some extracted
event has the kind, holds the parties (as one set when ``one_set``: "A và B ký", either may be the
actor), the date (when given) and the status (an undated standing fact reported "ongoing" counts as
"occurred"); a negated case passes when no event of its kind is asserted. A case marked GAP is a
construction not covered yet: a strict xfail, so it fails once it starts passing."""

from __future__ import annotations

import pytest

from doingoai.model import Event, EventKind, Status
from doingoai.pipeline import extract_text

K = EventKind
S = Status
GAP = "gap"
PARAMS = ("text", "kind", "actors", "recipients", "date", "status")


def params(cases: list[tuple]):
    for case in cases:
        cid, *args = case
        marks = (
            [pytest.mark.xfail(strict=True, reason="construction not covered yet")] if GAP in args[6:] else []
        )
        yield pytest.param(*args[:6], id=cid, marks=marks)


def show(events: list[Event]) -> list[tuple]:
    return [(e.kind.value, e.actors, e.recipients, e.date, e.status.value) for e in events]


def asserted_events(text: str) -> list[Event]:
    """The events of ``text`` that are stated as facts or plans (negated ones set aside)."""
    return [e for e in extract_text(text).events if e.status is not S.NEGATED]


def matches(e: Event, kind, actors, recipients, date, status, one_set: bool) -> bool:
    if e.kind is not kind:
        return False
    if one_set:
        ok = set(actors) | set(recipients) <= set(e.actors) | set(e.recipients)
    else:
        ok = set(actors) <= set(e.actors) and set(recipients) <= set(e.recipients)
    asserted = status is S.OCCURRED and e.status is S.ONGOING  # an undated standing fact is ongoing
    return ok and (not date or e.date == date) and (e.status is status or asserted)


def check(text, kind, actors, recipients, date, status, one_set: bool) -> None:
    got = extract_text(text).events
    if status is S.NEGATED:
        asserted = [e for e in got if e.kind is kind and e.status in (S.OCCURRED, S.ONGOING)]
        assert not asserted, asserted
        return
    assert any(matches(e, kind, actors, recipients, date, status, one_set) for e in got), show(got)
