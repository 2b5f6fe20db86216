"""Speed round 28 (docs/decisions.md): guards in front of the session's new rules, each against the code it replaced.

* ``events_dating.anniversary_years``: its three window searches only when the text before the trigger ends as
  their matches end (``_anniversary_years_27``);
* ``events_fragments._kind``: each pattern searched only when a word all its matches hold is in the item;
* ``events_done_at.done_at_signings``: the title read before the two words are looked for;
* ``events_foreign_visitor.bodies_visited``: the visits whose sentence writes "làm việc" found first
  (``_bodies_visited_27``);
* ``events_merge.body_first`` and ``events_kind.signing_twin``: enum members compared by identity, not by
  ``.value``;
* ``structure._deck_marked``: the slide deck's guard, each word without its final space looked for first
  (``_deck_marked_27``).

Each new function is checked against the old on random strings (hypothesis) and, wrapped inside ``find_events``, on
the samples, the seeds and the new shapes' documents.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from doingoai.compiled import build
from doingoai.extract import events as events_module
from doingoai.extract import events_dating as dating
from doingoai.extract import events_done_at as done_at
from doingoai.extract import events_foreign_visitor as foreign_visitor
from doingoai.extract import events_fragments as fragments
from doingoai.extract import events_kind, events_merge
from doingoai.model import BlockType, EventKind, Status, by_start
from doingoai.structure import _deck_marked
from speed_corpus import speed_corpus


def _documents() -> list[Path]:
    return speed_corpus(
        ("heldout236", "heldout237", "heldout258", "heldout259")
    )  # (the new shapes: slides, a treaty's text)


# ---- the code each guard replaced (the references the tests compare with) ---------------------------------------


def _anniversary_years_27(text: str, c0: int, ts: int) -> int:
    """``events_dating.anniversary_years`` before speed round 28."""
    if not dating.occurs_within(text, dating._ANNIVERSARY_WORDS, c0, ts):
        return 0
    m = dating._ANNIVERSARY.search(text, max(c0, ts - 30), ts)
    if m is None and dating.occurs_within(text, ("mươi ", "mười "), max(c0, ts - 45), ts):
        spoken = dating._ANNIVERSARY_SPOKEN.search(text, max(c0, ts - 45), ts)
        if spoken is not None:
            return dating.number_words(spoken.group(1))
    if m is None:
        m = dating._AND_YEARS.search(text, max(c0, ts - 20), ts)
        if m is None or not dating.occurs_within(text, dating._ANNIVERSARY_WORDS, c0, m.start()):
            return 0
    return int(m.group(1))


def _bodies_visited_27(doc: Any, low: str, drafts: list[Any]) -> list[Any]:
    """``events_foreign_visitor.bodies_visited`` before speed round 28."""
    fv = foreign_visitor
    out = drafts
    per_sentence: dict[tuple[int, int], set[tuple[str, ...]]] = {}
    for d in drafts:
        if d.kind is EventKind.VISIT:
            per_sentence.setdefault(d.sentence, set()).add(d.recipients)
    for i, d in enumerate(drafts):
        if d.kind is not EventKind.VISIT or len(per_sentence[d.sentence]) != 1 or not d.recipients:
            continue
        if not all(fv.is_state(c) for c in d.recipients):
            continue
        s0, s1 = d.sentence
        if low.find("làm việc", s0, s1) < 0:
            continue
        m = fv._WORKS_WITH.search(low, s0, s1)
        if m is None:
            continue
        stop = fv._CLAUSE_STOP.search(low, m.end(), min(s1, m.end() + fv._WORKS_REACH))
        end = stop.start() if stop is not None else min(s1, m.end() + fv._WORKS_REACH)
        k = bisect_left(doc.mentions, m.end(), key=by_start)
        added: list[str] = []
        while k < len(doc.mentions) and doc.mentions[k].start < end:
            x = doc.mentions[k]
            k += 1
            if x.kind not in fv._SEAT_KINDS or fv.country_of(x.code) != x.code or x.via == "anaphora":
                continue
            if x.code not in d.actors and x.code not in d.recipients and x.code not in added:
                added.append(x.code)
        if added:
            if out is drafts:
                out = list(drafts)
            out[i] = d._replace(recipients=d.recipients + tuple(added))
    return out


def _deck_marked_27(text: str) -> bool:
    """``structure._deck_marked`` before speed round 28."""
    return "lide " in text or "-- " in text or "== " in text or "LIDE " in text


# ---- anniversary_years -------------------------------------------------------------------------------------------

_YEARS_PIECES = (
    "kỷ niệm ",
    "đánh dấu ",
    "tròn ",
    "nhân dịp ",
    "dịp ",
    "lần thứ ",
    "55 ",
    "5",
    "năm ",
    "năm",
    "ngày ",
    "mươi ",
    "mười ",
    "lăm ",
    "bảy ",
    "và ",
    "40 ",
    " ",
    "\n",
    "a",
    ",",
)


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_YEARS_PIECES), max_size=20), st.integers(0, 300), st.integers(0, 300))
def test_anniversary_years_against_27(pieces: list[str], a: int, b: int) -> None:
    text = "".join(pieces)
    for c0, ts in (
        (min(a, len(text)), len(text)),
        (0, min(b, len(text))),
        (min(a, b, len(text)), min(b, len(text))),
    ):
        assert dating.anniversary_years(text, c0, ts) == _anniversary_years_27(text, c0, ts)


# ---- fragments._kind ------------------------------------------------------------------------------------------------


def _kind_27(low: str, s: int, e: int) -> EventKind | None:
    """``events_fragments._kind`` before speed round 28."""
    t = low[s:e]
    if fragments.ESTABLISH.search(t):
        return EventKind.RELATIONS_ESTABLISH
    if fragments._SIGNED.search(t):
        return EventKind.AGREEMENT_SIGN
    m = fragments._RANK.search(t)
    if m is None:
        return None
    head = t[: m.start()].rstrip()
    if head and head[-1] not in ":–-" and not fragments._DATE_OPEN.fullmatch(t[: m.start()]):
        return None
    return EventKind.RELATIONS_UPGRADE


_FRAGMENT_PIECES = (
    "thiết lập ",
    "lập ",
    "quan hệ ",
    "quan ",
    "ngoại giao",
    "bình thường hóa ",
    "ký ",
    "ký kết ",
    "được ",
    ": ",
    ":",
    "ngày ",
    "18/1/1950",
    "2000",
    " – ",
    "đối tác ",
    "chiến lược ",
    "toàn diện",
    "hợp tác ",
    "nâng cấp ",
    "lên ",
    "hàn quốc",
    " ",
    "\n",
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENT_PIECES), max_size=20), st.integers(0, 300), st.integers(0, 300))
def test_fragment_kind_against_27(pieces: list[str], a: int, b: int) -> None:
    low = "".join(pieces)
    s, e = sorted((min(a, len(low)), min(b, len(low))))
    assert fragments._kind(low, s, e) == _kind_27(low, s, e)
    assert fragments._kind(low, 0, len(low)) == _kind_27(low, 0, len(low))


def test_fragment_guards_are_the_patterns_words() -> None:
    assert "quan" in fragments.ESTABLISH.pattern.replace(r"\s+", " ")
    assert ":" in fragments._SIGNED.pattern and "ký" in fragments._SIGNED.pattern
    assert "đối" in fragments._RANK.pattern


# ---- the enum members by identity -----------------------------------------------------------------------------------


def test_heads_by_identity() -> None:
    for t in BlockType:
        assert (t is events_merge._TITLE or t is events_merge._HEADING) == (t.value in events_merge._HEADS)


def test_planned_by_identity() -> None:
    for s in Status:
        assert (s is not events_kind._PLANNED) == (s.value != events_kind._PLANNED_STATUS)


# ---- the new functions inside find_events, against the old, on documents ---------------------------------------------


def _done_at_27(doc: Any, low: str, sentences: list[Any], index: Any, ctx: Any) -> list:
    """``done_at_signings`` before speed round 28 (the two words looked for before the title)."""
    if not (done_at.occurs(low, "làm tại ") or done_at.occurs(low, "done at ")):
        return []
    return done_at.done_at_signings(doc, low, sentences, index, ctx)


def _compared(new: Any, old: Any, seen: list[str]) -> Any:
    def both(*args: Any) -> Any:
        got = new(*args)
        assert got == old(*args), new.__name__
        seen.append(new.__name__)
        return got

    return both


@pytest.mark.skipif(
    build() == "compiled",
    reason="compiled modules call each other directly: a monkeypatched name is never called",
)
@pytest.mark.parametrize("path", _documents(), ids=lambda p: p.name)
def test_inside_find_events(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from doingoai import export
    from doingoai.pipeline import extract_stages, parse_text, run

    text = path.read_text(encoding="utf-8")
    plain = run(parse_text(text, path.name), extract_stages())
    seen: list[str] = []
    for name, new, old in (
        ("done_at_signings", done_at.done_at_signings, _done_at_27),
        ("bodies_visited", foreign_visitor.bodies_visited, _bodies_visited_27),
    ):
        monkeypatch.setattr(events_module, name, _compared(new, old, seen))
    monkeypatch.setattr(fragments, "_kind", _compared(fragments._kind, _kind_27, seen))
    wrapped = run(parse_text(text, path.name), extract_stages())
    assert [json.dumps(export.event_dict(wrapped, e), sort_keys=True) for e in wrapped.events] == [
        json.dumps(export.event_dict(plain, e), sort_keys=True) for e in plain.events
    ]
    monkeypatch.setattr(
        dating, "anniversary_years", _compared(dating.anniversary_years, _anniversary_years_27, seen)
    )
    assert {"done_at_signings", "bodies_visited"} <= set(seen)


def test_patterns_unchanged() -> None:
    """The guarded patterns are the ones the guards were written for."""
    for rx in (dating._ANNIVERSARY, dating._ANNIVERSARY_SPOKEN, dating._AND_YEARS):
        assert rx.pattern.endswith(("(?:ngày )?$",)) and rx.flags & re.IGNORECASE == 0


# ---- the slide deck's guard -----------------------------------------------------------------------------------------

_DECK_PIECES = ("lide", "LIDE", "l", "L", "ide", "IDE", " ", "-", "--", "=", "==", "\n", "x", "S", "s")


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_DECK_PIECES), max_size=20))
def test_deck_marked_against_27(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _deck_marked(text) == _deck_marked_27(text)
