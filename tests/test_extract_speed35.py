"""Speed round 35 (docs/decisions.md): session 23's later rounds (205-213) by stage, and two calls bought back.

Two steps of those rounds run for every trigger read and give nothing for nearly all: round 212's paired predicates
(``events_paired_predicates.first_predicate``, from ``events_roles.roles``) and round 207's guests received together
(``events_received_group.received_together``, from ``events_unstated.unstated_sides``). Each is now called only past
its own first test, written at the call (", vừa " in the clause before the trigger; a visit with two actors or
more). The old calls are kept here as the references (``_paired_212``, ``_received_207``) and checked against the new
ones (``_paired_35``, ``_received_35``, as the call sites read) on hypothesis inputs and on the corpus' texts.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from doingoai.extract.events_paired_predicates import first_predicate
from doingoai.extract.events_received_group import received_together
from doingoai.model import EventKind
from speed_corpus import speed_corpus


def _paired_212(text: str, c0: int, before: str) -> tuple[int, int]:
    """events_roles.roles' call before speed round 35."""
    return first_predicate(text, c0, c0 + len(before))


def _paired_35(text: str, c0: int, before: str) -> tuple[int, int]:
    """events_roles.roles' call now."""
    return first_predicate(text, c0, c0 + len(before)) if ", vừa " in before else (0, 0)


def _received_207(
    text: str, kind: EventKind, actors: list[str], recips: list[str], c0: int, ts: int
) -> tuple[list[str], list[str]] | None:
    """events_unstated.unstated_sides' call before speed round 35."""
    return received_together(text, kind, actors, recips, c0, ts)


def _received_35(
    text: str, kind: EventKind, actors: list[str], recips: list[str], c0: int, ts: int
) -> tuple[list[str], list[str]] | None:
    """events_unstated.unstated_sides' call now."""
    if kind is EventKind.VISIT and len(actors) >= 2:
        return received_together(text, kind, actors, recips, c0, ts)
    return None


_WORDS = st.sampled_from(["vừa", ", vừa ", " vừa ", ",", " ", "x", "tôi", " và ", "tổ chức", "\n"])


@settings(max_examples=3000, deadline=None)
@given(st.lists(_WORDS, max_size=30), st.integers(0, 200), st.integers(0, 200))
def test_paired(parts: list[str], c0: int, ts: int) -> None:
    text = "".join(parts)
    before = text[c0:ts]
    assert _paired_35(text, c0, before) == _paired_212(text, c0, before)


@settings(max_examples=3000, deadline=None)
@given(
    st.sampled_from(list(EventKind)),
    st.lists(st.sampled_from(["VNM", "JPN", "IND", "AUS"]), max_size=3),
    st.lists(st.sampled_from(["VNM", "JPN"]), max_size=2),
    st.lists(
        st.sampled_from(["đón ", "tiếp đón ", "đón nhận ", "x ", ", trong đó có ", "thăm ", "\n"]),
        max_size=12,
    ),
    st.integers(0, 40),
)
def test_received(kind: EventKind, actors: list[str], recips: list[str], parts: list[str], c0: int) -> None:
    text = "".join(parts)
    ts = len(text)
    assert _received_35(text, kind, actors, recips, c0, ts) == _received_207(
        text, kind, actors, recips, c0, ts
    )


def test_on_corpus() -> None:
    kinds = list(EventKind)
    for path in speed_corpus(every_set=True)[:400]:
        low = path.read_text(encoding="utf-8", errors="replace").lower()
        for k in range(0, len(low), 97):  # clauses of the text: from a point, up to 200 characters on
            ts = min(len(low), k + (k % 200))
            assert _paired_35(low, k, low[k:ts]) == _paired_212(low, k, low[k:ts])
            kind = kinds[k % len(kinds)]
            actors = ["JPN", "IND", "AUS"][: k % 4]
            assert _received_35(low, kind, actors, [], k, ts) == _received_207(low, kind, actors, [], k, ts)
