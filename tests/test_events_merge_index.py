"""Merging drafts through an index (events_merge): a draft is tried only against the groups sharing a key with it
(its parties or agreement, and a year its date may share), so the events are those of trying it against every
earlier group that shares a party — on random drafts of every kind — and a long table of agreements, each row its
own event, tries no row against another (it was one try per earlier row: ~13 s for 4,000 rows)."""

from __future__ import annotations

import random
from operator import attrgetter

from doingoai.extract import events_merge as em
from doingoai.extract.events_merge import Draft, merge
from doingoai.model import Event, EventKind, Span, Status

_PARTIES = ("VNM", "LAO", "KHM", "JPN", "ASEAN", "CHN")
_DATES = ("", "1977", "1977-07", "1977-07-18", "1978", "1975/1985", "1960/1990", "2020-H2", "2020", "2020-Q4")
_AGREEMENTS = ("", "", "EVFTA", "Hiệp định A", "Hiệp định B")


def _all_pairs_merge(drafts: list[Draft]) -> list[Event]:
    """The merge before its index: each draft tried against every earlier group that shares a party."""
    groups: list[tuple[Draft, list[tuple[int, int]]]] = []
    written: dict[int, list[str]] = {}

    def parties(d: Draft) -> set[str]:
        return set(d.actors) | (set(d.recipients) if d.kind in em._SYMMETRIC else set())

    for d in sorted(drafts, key=attrgetter("sentence")):
        for i, (g, sents) in enumerate(groups):
            if g.kind is d.kind and parties(g) & parties(d) and em._same(g, d):
                groups[i] = (em._join(g, d), sents + [d.sentence])
                if d.kind in em._ONE_DAY_KINDS and d.explicit and d.date:
                    written.setdefault(i, [g.date] if g.explicit and g.date else []).append(d.date)
                break
        else:
            groups.append((d, [d.sentence]))
    out = []
    for i, (g, sents) in enumerate(groups):
        if len(written.get(i, ())) > 1:
            g = g._replace(date=em._one_day_date(written[i]) or g.date)
        date = em._quarter_months(g.date) if em._QUARTER.fullmatch(g.date) else g.date
        evidence = tuple(Span(s, e) for s, e in sorted(set(sents)))
        out.append(Event(g.kind, g.actors, g.recipients, date, g.status, evidence, g.attrs))
    return out


def _random_drafts(rnd: random.Random, n: int) -> list[Draft]:
    kinds = (EventKind.AGREEMENT_SIGN, EventKind.RELATIONS_ESTABLISH, EventKind.VISIT, EventKind.AID)
    out = []
    for k in range(n):
        actors = tuple(rnd.sample(_PARTIES, rnd.randint(0, 2)))
        recipients = tuple(rnd.sample(_PARTIES, rnd.randint(0, 2)))
        attrs: list[tuple[str, str]] = []
        if agreement := rnd.choice(_AGREEMENTS):
            attrs.append(("agreement", agreement))
        if rnd.random() < 0.1:
            attrs.append(("meeting", rnd.choice(("Hội nghị A", "Hội nghị B"))))
        status = rnd.choice(
            (Status.OCCURRED, Status.OCCURRED, Status.ONGOING, Status.PLANNED, Status.NEGATED)
        )
        start = rnd.randrange(0, 40) * 10  # (several drafts of one sentence)
        draft = Draft(rnd.choice(kinds), actors, recipients, rnd.choice(_DATES), status, (start, start + 5))
        out.append(
            draft._replace(attrs=tuple(sorted(attrs)), explicit=rnd.random() < 0.7) if k % 3 else draft
        )
    return out


def test_the_index_merges_as_trying_every_earlier_group_does():
    for seed in range(300):
        drafts = _random_drafts(random.Random(seed), 40)
        assert merge(drafts) == _all_pairs_merge(drafts), seed


def test_one_telling_of_an_agreement_merges_with_another_under_its_year():
    a = Draft(
        EventKind.AGREEMENT_SIGN, ("VNM", "LAO"), (), "1977", Status.OCCURRED, (0, 10), (("agreement", "A"),)
    )
    again = a._replace(date="1977-07-18", sentence=(20, 30))
    later = a._replace(date="1979", sentence=(40, 50))  # another signing of it, two years on
    undated = a._replace(date="", sentence=(60, 70))
    events = merge([a, again, later, undated])
    assert [(e.date, len(e.evidence)) for e in events] == [("1977", 3), ("1979", 1)]


def _table_rows(n: int) -> list[Draft]:
    """A table of ``n`` agreements Vietnam signed, with eight partners over thirty years (events_table_rows)."""
    partners = ("LAO", "KHM", "JPN", "FRA", "IDN", "THA", "IND", "CUB")
    return [
        Draft(
            EventKind.AGREEMENT_SIGN,
            ("VNM", partners[i % 8]),
            (),
            f"{1990 + i % 30}-{1 + i % 12:02d}",
            Status.OCCURRED,
            (i * 50, i * 50 + 40),
            (("agreement", f"Hiệp định hợp tác số {i + 1}"),),
        )
        for i in range(n)
    ]


def _tries(drafts: list[Draft]) -> int:
    """How many earlier groups the drafts are tried against (the index merge builds, each draft its own group)."""
    index: dict[tuple, set[int]] = {}
    tries = 0
    for i, d in enumerate(drafts):
        tries += len({g for key in em._lookup_keys(d) for g in index.get(key, ())})
        for key in em._group_keys(d):
            index.setdefault(key, set()).add(i)
    return tries


def test_a_long_table_of_agreements_tries_no_row_against_another():
    rows = _table_rows(4000)
    assert _tries(rows) == 0
    assert len(merge(rows)) == 4000


def test_a_long_table_of_memberships_tries_no_row_against_another():
    rows = [
        d._replace(kind=EventKind.MEMBERSHIP_JOIN, actors=("VNM",), recipients=(f"ORG{i}",))
        for i, d in enumerate(_table_rows(4000))
    ]
    assert _tries(rows) == 0


def test_rows_of_one_partner_and_year_are_tried_against_each_other():  # (the negative twin: no key lost)
    rows = _table_rows(240)
    assert (
        _tries([r._replace(attrs=()) for r in rows]) == 120
    )  # the same parties, no agreement named: 1 in 120
