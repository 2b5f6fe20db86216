"""Merge events repeated within a document, keeping every evidence sentence.

Two drafts are one event when they have the same kind, the same kind of status (asserted —
occurred/ongoing —, planned, or negated), compatible dates (years overlap, or one is unknown) and
the same parties: for symmetric kinds the same set of parties (or the same agreement), otherwise
overlapping actors and overlapping recipients. Parties are united; of two dates written for the event
the sharper is kept (else the one covering the other), and
"ongoing" wins over "occurred".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from operator import attrgetter
from typing import Any, Final, NamedTuple

from doingoai.extract.events_years import compatible, merge_dates, sharper_date, year_range
from doingoai.extract.members import members
from doingoai.model import BlockType, Document, Event, EventKind, Span, Status

ST = members(Status)  # (plain attribute reads: see extract/members.py)


class Draft(NamedTuple):  # one per trigger: a NamedTuple is cheaper to build than a dataclass
    kind: EventKind
    actors: tuple[str, ...]
    recipients: tuple[str, ...]
    date: str
    status: Status
    sentence: tuple[int, int]
    attrs: tuple[tuple[str, Any], ...] = ()
    explicit: bool = True  # the date is written for this event (not the section's or document's)


_STATUS_CLASS: Final = {
    s: ("asserted" if s in (Status.OCCURRED, Status.ONGOING) else s.value) for s in Status
}
_SYMMETRIC: Final = frozenset(
    k for k in EventKind if k.symmetric
)  # looked up per pair of drafts: no property call


def _status_class(s: Status) -> str:
    return _STATUS_CLASS[s]


def _same(a: Draft, b: Draft) -> bool:
    if (
        a.kind is not b.kind
        or _STATUS_CLASS[a.status] != _STATUS_CLASS[b.status]
        or not compatible(a.date, b.date)
    ):
        return False
    if _standing_and_act(a, b) or _two_months(a, b):
        return False
    ma, mb = dict(a.attrs).get("meeting"), dict(b.attrs).get("meeting")
    if ma and mb and ma != mb:
        return False  # two meetings hosted (events_meeting)
    if a.kind in _SYMMETRIC:
        agr_a, agr_b = dict(a.attrs).get("agreement"), dict(b.attrs).get("agreement")
        if agr_a and agr_b:
            return agr_a == agr_b
        return set(a.actors) | set(a.recipients) == set(b.actors) | set(b.recipients)
    if not set(a.actors) & set(b.actors):
        return False
    if a.recipients or b.recipients:
        return bool(set(a.recipients) & set(b.recipients))
    return True


def _standing_and_act(a: Draft, b: Draft) -> bool:
    """An undated standing donor ("Ô-xtrây-li-a là một trong những nhà tài trợ lớn nhất cho Việt Nam", ongoing)
    and a dated aid of the same parties ("Cầu ... khánh thành năm 2000, được xây dựng bằng nguồn viện trợ của
    nước này") are two facts, not one told twice."""
    if a.status is b.status or ST.ONGOING not in (a.status, b.status):
        return False  # (round 26: every kind, "Hai bên duy trì trao đổi đoàn ..." beside "đã hội đàm" in May)
    standing, act = (a, b) if a.status is ST.ONGOING else (b, a)
    return not standing.date and bool(act.date) and act.explicit


def _two_months(a: Draft, b: Draft) -> bool:
    """Two dates written for acts of a kind done more than once ("Ngày 5/3/2019, hai nước ký ..." and "Ngày
    10/9/2019, hai nước ký ..."), naming different months of one year: two acts, not one told twice (a
    one-day act told with two dates is :func:`_finer_day`'s)."""
    return (
        a.explicit
        and b.explicit
        and a.kind not in _ONE_DAY_KINDS
        and a.date[:7] != b.date[:7]
        and _MONTH_OR_DAY.fullmatch(a.date) is not None
        and _MONTH_OR_DAY.fullmatch(b.date) is not None
    )


def _union(xs: tuple[str, ...], ys: tuple[str, ...]) -> tuple[str, ...]:
    return xs + tuple(y for y in ys if y not in xs)


# acts done on one day: of two dates written for one of them, the one that names the day, or the month, of
# the other's year (or month) is the act's date; durative kinds keep the covering date ("Chủ tịch ASEAN 2020"
# is the year, not the day a task list names). Not agreements: their years are often their names' ("ký Nghị
# định thư sửa đổi Hiệp định năm 1995" in 2012 is not the 1995 signing on another day)
_ONE_DAY_KINDS: Final = frozenset(
    {
        EventKind.RELATIONS_ESTABLISH,
        EventKind.RELATIONS_UPGRADE,
        EventKind.MEMBERSHIP_JOIN,
        EventKind.MEMBERSHIP_ELECT,
        EventKind.MEMBERSHIP_LEAVE,
    }
)


_MONTH_OR_DAY: Final = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")


def _finer_day(a: Draft, b: Draft) -> str | None:
    if a.kind not in _ONE_DAY_KINDS or a.status is not b.status or not (a.date and b.date):
        return None
    if b.explicit and b.date.startswith(a.date + "-") and _MONTH_OR_DAY.fullmatch(b.date):
        return b.date
    if a.explicit and a.date.startswith(b.date + "-") and _MONTH_OR_DAY.fullmatch(a.date):
        return a.date
    if a.date == b.date:
        return None
    if a.explicit and b.explicit and _MONTH_OR_DAY.fullmatch(a.date) and _MONTH_OR_DAY.fullmatch(b.date):
        # two different days (or months) of one act: what they share ("1995-07-11" and "1995-07-12" -> "1995-07")
        if a.date[:7] == b.date[:7]:
            return a.date[:7]
        if a.date[:4] == b.date[:4]:
            return a.date[:4]
    return None


def _one_day_date(dates: list[str]) -> str | None:
    """The date of a one-day act told several times: the finest when every other is a part of it ("1973",
    "1973-08", "1973-08-01"), else what they all share ("1995-07-11", "1995-07-12" -> "1995-07"); None
    when one of them is no year, month or day."""
    if not all(_MONTH_OR_DAY.fullmatch(d) or _YEAR.fullmatch(d) for d in dates):
        return None
    finest = max(dates, key=len)
    if all(finest == d or finest.startswith(d + "-") for d in dates):
        return finest
    tips = [
        d for d in dates if not any(o != d and o.startswith(d + "-") for o in dates)
    ]  # not part of another
    parts = [d.split("-") for d in tips]
    shared = []
    for column in zip(*parts, strict=False):
        if len(set(column)) > 1:
            break
        shared.append(column[0])
    return "-".join(shared) or None


_YEAR: Final = re.compile(r"\d{4}")
_QUARTER: Final = re.compile(
    r"\d{4}-Q[1-4]"
)  # "quý IV/2023": SCHEMA.md writes no quarter, an interval of months


def _quarter_months(date: str) -> str:
    """ "2025-Q3" -> "2025-07/2025-09": a quarter as SCHEMA.md's interval of its three months."""
    first = 3 * int(date[-1]) - 2
    return f"{date[:4]}-{first:02d}/{date[:4]}-{first + 2:02d}"


def _join(a: Draft, b: Draft) -> Draft:
    attrs = dict(a.attrs)
    for k, v in b.attrs:
        if k == "objects" and k in attrs:
            attrs[k] = _union(attrs[k], v)
        else:
            attrs.setdefault(k, v)
    status = ST.ONGOING if ST.ONGOING in (a.status, b.status) else a.status
    actors = _union(a.actors, b.actors)
    recips = tuple(r for r in _union(a.recipients, b.recipients) if r not in actors)
    finer = _finer_day(a, b)
    if finer is not None:  # "thiết lập quan hệ ngoại giao năm 1973" and "... ngày 1/8/1973": the day
        date, explicit = finer, True
    elif a.explicit != b.explicit and a.date and b.date:  # a date written for the event beats an inferred one
        date, explicit = (a.date, True) if a.explicit else (b.date, True)
    else:
        # both written for the event: the sharper one; both inferred: the one covering the other
        date = sharper_date(a.date, b.date) if a.explicit and b.explicit else merge_dates(a.date, b.date)
        explicit = a.explicit or b.explicit
    return Draft(a.kind, actors, recips, date, status, a.sentence, tuple(sorted(attrs.items())), explicit)


# the index of :func:`merge`: each key a necessary condition of :func:`_same` (and of sharing a party), so a
# draft is tried against the groups it may join only: a table of 4,000 agreements signed by Vietnam is 4,000
# drafts sharing a party, which tried against every earlier group took ~13 s (events_table_rows)
_ALL, _WIDE = -1, -2  # (a group under every year key of its parties; a draft under the years it covers)
_NARROW: Final = (
    4  # a date spanning more years than this is looked up under _ALL, a group so dated under _WIDE
)


def _party_keys(d: Draft, as_group: bool) -> set[tuple]:
    """Two drafts that may merge share one: for a symmetric kind the same agreement and a party, or (when not
    both name an agreement) the same set of parties; else an actor and a recipient (or both no recipient)."""
    cls = _STATUS_CLASS[d.status]
    if d.kind not in _SYMMETRIC:
        return {("sides", d.kind, cls, a, r) for a in d.actors for r in (d.recipients or (None,))}
    parties = frozenset(d.actors) | frozenset(d.recipients)
    if not parties:
        return set()
    agreement = dict(d.attrs).get("agreement")
    keys: set[tuple] = {("agreement", d.kind, cls, agreement, p) for p in parties} if agreement else set()
    if as_group:  # (a group found under the set of its parties, and whether it names an agreement)
        keys.add(("parties", d.kind, cls, parties, bool(agreement)))
    else:  # a draft naming an agreement looks for groups naming none; one naming none, for either
        keys |= {
            ("parties", d.kind, cls, parties, named) for named in ((False,) if agreement else (False, True))
        }
    return keys


def _years(date: str) -> list[int]:
    """The years a date covers, or [] when it is unknown or spans more than :data:`_NARROW` years."""
    span = year_range(date)
    if span is None or span[1] - span[0] > _NARROW:
        return []
    return list(range(span[0], span[1] + 1))


def _group_keys(g: Draft, years: list[int] | None = None, party: set[tuple] | None = None) -> set[tuple]:
    """The keys a group is found under: each party key with _ALL and with each year of its date (or _WIDE).
    ``years`` and ``party``: ``_years(g.date)`` and ``_party_keys(g, True)`` when the caller has them."""
    cells = [_ALL, *((_years(g.date) if years is None else years) or [_WIDE])]
    return {(*key, y) for key in (_party_keys(g, True) if party is None else party) for y in cells}


def _lookup_keys(d: Draft, years: list[int] | None = None, party: set[tuple] | None = None) -> set[tuple]:
    """The keys of the groups a draft may join: those of a year its date covers and the widely dated ones; every
    group of its parties when its date is unknown or wide (a compatible date: :func:`compatible`). ``years`` and
    ``party``: ``_years(d.date)`` and ``_party_keys(d, False)`` when the caller has them."""
    years = _years(d.date) if years is None else years
    cells = [*years, _WIDE] if years else [_ALL]
    return {(*key, y) for key in (_party_keys(d, False) if party is None else party) for y in cells}


def merge(drafts: list[Draft]) -> list[Event]:
    """One :class:`Event` per distinct event, in order of first mention, with all its sentences."""
    groups: list[tuple[Draft, list[tuple[int, int]], set[tuple]]] = []  # (event so far, sentences, its keys)
    written: dict[int, list[str]] = {}  # group -> the dates written for a one-day act, in every telling
    index: dict[tuple, list[int]] = {}
    for d in sorted(drafts, key=attrgetter("sentence")):
        # (speed round 19) the draft's years and party keys read once for its lookup and, as a new group, its keys:
        # a kind not symmetric has the same party keys as a group and as a draft (_party_keys)
        years, party = _years(d.date), _party_keys(d, False)
        candidates = sorted({i for key in _lookup_keys(d, years, party) for i in index.get(key, ())})
        for i in candidates:
            g, sents, old = groups[i]
            if _same(g, d):
                joined = _join(g, d)
                sents.append(d.sentence)
                new = _group_keys(joined)
                groups[i] = (joined, sents, old | new)
                if d.kind in _ONE_DAY_KINDS and d.explicit and d.date:
                    written.setdefault(i, [g.date] if g.explicit and g.date else []).append(d.date)
                for key in new - old:  # the keys it had already point to it (an outdated one: _same says no)
                    index.setdefault(key, []).append(i)
                break
        else:
            keys = _group_keys(d, years, party if d.kind not in _SYMMETRIC else None)
            groups.append((d, [d.sentence], keys))
            for key in keys:
                index.setdefault(key, []).append(len(groups) - 1)
    out = []
    for i, (g, sents, _) in enumerate(groups):
        if len(written.get(i, ())) > 1:  # the same whatever order the tellings came in
            g = g._replace(date=_one_day_date(written[i]) or g.date)
        evidence = tuple(Span(s, e) for s, e in sorted(set(sents)))
        date = _quarter_months(g.date) if _QUARTER.fullmatch(g.date) else g.date
        out.append(Event(g.kind, g.actors, g.recipients, date, g.status, evidence, g.attrs))
    return out


def body_first(doc: Document, events: list[Event]) -> list[Event]:
    """Each event's evidence with the body's sentences before the title's and headings' lines: "1. Gia nhập
    APEC" names the act, "Tháng 11/1998, Việt Nam chính thức trở thành thành viên của APEC" tells it, and the
    first evidence is the one a citation quotes and a timeline prints."""
    # (blocks in order: sorted; speed round 28: the members by identity, not their ``.value``, a property read
    # through enum's descriptor, a Python call per block)
    heads = [(b.start, b.end) for b in doc.blocks if b.type is _TITLE or b.type is _HEADING]
    if not heads:
        return events
    starts = [a for a, _ in heads]
    out = []
    for ev in events:
        if len(ev.evidence) > 1 and _in_heads(ev.evidence[0].start, starts, heads):
            told = [s for s in ev.evidence if not _in_heads(s.start, starts, heads)]
            if told:
                named = [s for s in ev.evidence if _in_heads(s.start, starts, heads)]
                ev = Event(ev.kind, ev.actors, ev.recipients, ev.date, ev.status, (*told, *named), ev.attrs)
        out.append(ev)
    return out


_HEADS: Final = frozenset({"title", "heading"})  # (the values of _TITLE and _HEADING)
_TITLE: Final = BlockType.TITLE
_HEADING: Final = BlockType.HEADING


def _in_heads(pos: int, starts: list[int], heads: list[tuple[int, int]]) -> bool:
    """Is ``pos`` inside one of the (sorted, disjoint) heading spans? One bisection, not a scan of them all."""
    i = bisect_right(starts, pos) - 1
    return i >= 0 and pos < heads[i][1]
