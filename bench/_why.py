"""Why a trigger gave no event: the events stage re-run on one document with tracing, in this process only.

For each trigger word of a kind in a sentence, the step that ended it and its reason:

* ``scan``               the document's one-pass scan reads another trigger over the word (longest match);
* ``events (placement)`` a filter of :func:`doingoai.extract.events.find_events` dropped the trigger before
  drafting (the ``continue`` it took: a question, a sentence naming no party, a name, a title, not an event ...);
* ``events_span`` ... ``events_unstated``  a step of :func:`~doingoai.extract.events_draft.draft_event` returned
  None (the ``return None`` line it took: no named party, a topic line, not a fact, no act of its own ...);
* ``drafted: other kind`` a draft came out, of another kind (changed by ``events_kind`` or the parties' step);
* ``resolve_same_time`` / ``outcome_told``  drafted, then dropped before the merge;
* ``merge``              drafted, merged into an event told first elsewhere;
* ``reported_events``    the event is a negated statement (listed apart, never reported);
* ``reported``           the event is reported (with parties or a date the gold does not share).

Nothing in ``src/`` changes: a ``sys.settrace`` hook sees which ``continue`` of ``find_events``'s trigger loop and
which ``return None`` of a step ran (the reason is that line's comment, or its ``if``), and the list steps after
drafting are wrapped by monkeypatching the ``events`` module for the one traced call (restored after).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path
from types import CodeType, FrameType
from typing import Any

from _why_lines import called_in_if, fired_part, loop_continues, reason_at, via_reason, where

from doingoai.extract import events, events_draft
from doingoai.extract.triggers import lower_same_length, scan
from doingoai.model import Document, Status
from doingoai.pipeline import extract_stages, parse_file, parse_text, run

# the steps of draft_event that may end a trigger (module, function), in the order it calls them
_STEPS: dict[CodeType, str] = {
    getattr(import_module(f"doingoai.extract.{m}"), f).__code__: m
    for m, f in (
        ("events_span", "trigger_span"),
        ("events_sides", "clause_sides"),
        ("events_parties", "trigger_roles"),
        ("events_signing", "signing"),
        ("events_unstated", "unstated_sides"),
        ("events_status_date", "status_and_date"),
    )
}
_FIND = events.find_events.__code__
_DRAFT = events_draft.draft_event.__code__

# how far a trigger got: a miss is put under the furthest of its triggers' steps
ORDER = (
    *("scan", "events (placement)", "events_span", "events_sides", "events_parties", "events_signing"),
    *("events_unstated", "events_status_date", "drafted: other kind", "resolve_same_time", "outcome_told"),
    *("merge", "reported_events", "reported", "untraced"),
)


@dataclass(frozen=True)
class Fate:
    """What became of one trigger: ``step`` (one of :data:`ORDER`), ``reason``, ``where`` (file:line)."""

    trigger: str
    start: int
    end: int
    word: str
    step: str
    reason: str
    where: str = ""
    state: str = ""  # what the step had when it gave up: "kind=... actors=[...] recips=[...]"


@dataclass
class Traced:
    """One document's events stage, traced. Keys are (start, end, trigger name) of a hit."""

    doc: Document
    placement: dict[tuple, tuple] = field(default_factory=dict)  # hit -> (line of its `continue`, the check's
    # (name, file, line it returned at) or None)
    ended: dict[tuple, tuple] = field(default_factory=dict)  # hit -> (step, file, line, the check's or None)
    spanned: dict[tuple, Any] = field(default_factory=dict)  # hit -> the kind trigger_span gave
    drafted: dict[tuple, Any] = field(default_factory=dict)  # hit -> draft_event's result
    lists: dict[str, tuple[list, list]] = field(default_factory=dict)  # list step -> (in, out)
    reproduced: bool = True  # the traced run gave the product's events


def _key(hit: Any) -> tuple:
    return (hit.start, hit.end, hit.trigger.name)


# -- the traced run --------------------------------------------------------------------------------------


class _Tracer:
    def __init__(self, t: Traced) -> None:
        self.t = t
        self.head, self.continues = loop_continues()
        self.calls: list[tuple[str, str, int]] = []  # (name, file, line it returned at) of this hit's checks
        self.step_calls: list[tuple[str, str, int]] = []  # the same, of the step running

    def __call__(self, frame: FrameType, event: str, arg: Any) -> Callable | None:
        code = frame.f_code
        if code is _FIND:
            return self._line
        back = frame.f_back.f_code if frame.f_back is not None else None
        if code is _DRAFT or (code in _STEPS and back is _DRAFT):
            self.step_calls.clear()
            frame.f_trace_lines = False
            return self._return
        if back is _FIND:  # a check find_events makes: where it returned tells why
            frame.f_trace_lines = False
            return self._check
        if back in _STEPS:  # a check a step makes
            frame.f_trace_lines = False
            return self._step_check
        return None

    def _check(self, frame: FrameType, event: str, arg: Any) -> Callable:
        if event == "return":
            self.calls.append((frame.f_code.co_name, frame.f_code.co_filename, frame.f_lineno))
        return self._check

    def _step_check(self, frame: FrameType, event: str, arg: Any) -> Callable:
        if event == "return":
            self.step_calls.append((frame.f_code.co_name, frame.f_code.co_filename, frame.f_lineno))
        return self._step_check

    def _line(self, frame: FrameType, event: str, arg: Any) -> Callable:
        if event != "line":
            return self._line
        if frame.f_lineno == self.head:
            self.calls.clear()
        elif frame.f_lineno in self.continues:
            h = frame.f_locals.get("h")
            if h is not None:
                called = self.continues[frame.f_lineno]
                via = next((c for c in reversed(self.calls) if c[0] in called), None)
                part = fired_part(frame, _FIND.co_filename, frame.f_lineno)
                self.t.placement[_key(h)] = (frame.f_lineno, via, part)
        return self._line

    def _return(self, frame: FrameType, event: str, arg: Any) -> Callable:
        if event == "return":
            hit = frame.f_locals.get("hit")
            if hit is not None:
                code, key = frame.f_code, _key(hit)
                if code is _DRAFT:
                    self.t.drafted[key] = arg
                elif arg is None and key not in self.t.ended:
                    called = called_in_if(code.co_filename, frame.f_lineno)
                    via = next((c for c in reversed(self.step_calls) if c[0] in called), None)
                    loc = frame.f_locals
                    state = " ".join(
                        f"{n}={_show(loc[n])}" for n in ("kind", "actors", "recips") if n in loc
                    )  # what the step had when it gave up
                    self.t.ended[key] = (_STEPS[code], code.co_filename, frame.f_lineno, via, state)
                elif _STEPS[code] == "events_span":
                    self.t.spanned[key] = arg[1]
        return self._return


def _show(v: Any) -> str:
    if hasattr(v, "value"):
        return str(v.value)
    if isinstance(v, list | tuple):
        return "[" + ",".join(str(getattr(x, "codes", x)) for x in v) + "]"
    return str(v)


def _recording(t: Traced, name: str, fn: Callable) -> Callable:
    def wrapper(*args: Any) -> Any:
        got = fn(*args)
        given = next((a for a in args if isinstance(a, list)), [])
        t.lists[name] = (list(given), list(got))
        return got

    return wrapper


def prepared(source: str | Path | Document, *, text: bool = False) -> Document:
    """A document with every extraction stage but events run (``text=True``: ``source`` is the text)."""
    if isinstance(source, Document):
        doc = source
    else:
        doc = parse_text(str(source), "<why>") if text else parse_file(source)
    return run(doc, [(n, s) for n, s in extract_stages() if n != "events"])


def trace(doc: Document, expected: list | None = None) -> Traced:
    """Run the events stage on ``doc`` (every other stage done) with tracing; ``expected``: the product's
    events for the same document, to check the traced run reproduces them."""
    t = Traced(doc)
    saved = {n: getattr(events, n) for n in ("resolve_same_time", "outcome_told", "merge")}
    old = sys.gettrace()
    try:
        for n, fn in saved.items():
            setattr(events, n, _recording(t, n, fn))
        sys.settrace(_Tracer(t))
        events.find_events(doc)
    finally:
        sys.settrace(old)
        for n, fn in saved.items():
            setattr(events, n, fn)
    if expected is not None:
        t.reproduced = list(doc.events) == list(expected)
    return t


# -- fates ------------------------------------------------------------------------------------------------


def _parties(d: Any) -> str:
    who = ",".join(d.actors) + (" -> " + ",".join(d.recipients) if d.recipients else "")
    return f"{d.kind.value} {who or '(no party)'} {d.date or '?'} {d.status.value}"


_LOOSE = (
    lambda x: (x.sentence, x.kind, x.status, x.actors, x.recipients),  # (a date may be resolved)
    lambda x: (x.sentence, x.kind, x.status),  # (parties may be split off: events_coord)
)


def _find(xs: list, d: Any) -> Any:
    """``d`` in ``xs``, or the draft it became there (the closest key)."""
    if d in xs:
        return d
    for key in _LOOSE:
        k = key(d)
        found = next((x for x in xs if key(x) == k), None)
        if found is not None:
            return found
    return None


def _followed(lists: tuple[list, list] | None, d: Any) -> tuple[bool, Any]:
    """Did a list step keep ``d`` (and what it became)?"""
    if lists is None:
        return True, d
    given, got = lists
    if _find(given, d) is None:
        return True, d  # (not this step's to drop)
    after = _find(got, d)
    return after is not None, after if after is not None else d


def _after_draft(t: Traced, hit: Any, d: Any, kind: str) -> tuple[str, str]:
    if d.kind.value != kind:
        first = t.spanned.get(_key(hit))
        by = "events_kind" if first is not None and first is not hit.trigger.kind else "events_parties/draft"
        return "drafted: other kind", f"drafted as {_parties(d)} (kind set by {by})"
    for step in ("resolve_same_time", "outcome_told"):
        kept, d = _followed(t.lists.get(step), d)
        if not kept:
            return step, f"draft {_parties(d)} dropped"
    for ev in t.doc.events:
        spans = [(s.start, s.end) for s in ev.evidence]
        if ev.kind is d.kind and d.sentence in spans:
            if ev.status is Status.NEGATED:
                return "reported_events", f"a negated statement, listed apart: {_parties(ev)}"
            # (its sentence kept as evidence; the parties and date are the event's)
            if spans[0] != d.sentence:
                first = t.doc.text[spans[0][0] : spans[0][1]][:60]
                return "merge", f"draft {_parties(d)} merged into {_parties(ev)} told first in «{first}»"
            return "reported", f"reported as {_parties(ev)}"
    return "merge", f"draft {_parties(d)} in no event after the merge"


def fate(t: Traced, hit: Any, kind: str) -> Fate:
    """What became of one hit of the document scan."""
    key = _key(hit)
    word = t.doc.text[hit.start : hit.end]
    base = (hit.trigger.name, hit.start, hit.end, word)
    if key in t.placement:
        line, via, part = t.placement[key]
        reason, at0 = reason_at(_FIND.co_filename, line), where(_FIND.co_filename, line)
        more, at = via_reason(via)  # the check the `if` called, and where it decided
        if more:
            reason, at0 = f"{more} | {reason}", f"{at0} via {at}"
        elif part:  # "if A or B": the part that was true
            reason = f"[{part}] {reason}"
        return Fate(*base, "events (placement)", reason, at0)
    if key in t.ended:
        step, filename, line, via, state = t.ended[key]
        reason, at0 = reason_at(filename, line), where(filename, line)
        more, at = via_reason(via)
        if more:
            reason, at0 = f"{more} | {reason}", f"{at0} via {at}"
        return Fate(*base, step, reason, at0, state)
    if key in t.drafted and t.drafted[key] is not None:
        step, reason = _after_draft(t, hit, t.drafted[key], kind)
        return Fate(*base, step, reason)
    return Fate(*base, "untraced", "no filter, step or draft seen for it")


def fates(t: Traced, kind: str, spans: list[tuple[int, int]]) -> list[Fate]:
    """Per trigger of ``kind`` in the sentences ``spans`` (offsets in ``t.doc.text``), what ended it. A trigger
    the sentence's own scan finds but the document's reads otherwise is a ``scan`` fate."""
    text = t.doc.text
    doc_hits = [h for h in scan(text, lower_same_length(text)) if any(s <= h.start < e for s, e in spans)]
    out = [fate(t, h, kind) for h in doc_hits if h.trigger.kind.value == kind]
    seen = {(h.start, h.end) for h in doc_hits if h.trigger.kind.value == kind}
    for s, e in spans:
        for h in scan(text[s:e]):
            a, b = s + h.start, s + h.end
            if h.trigger.kind.value != kind or (a, b) in seen:
                continue
            over = [x.trigger.name for x in doc_hits if x.start < b and a < x.end]
            reason = (
                f"the document's scan reads {', '.join(over)} here"
                if over
                else "not a hit of the document's scan"
            )
            out.append(Fate(h.trigger.name, a, b, text[a:b], "scan", reason))
            seen.add((a, b))
    return sorted(out, key=lambda f: f.start)


def furthest(fs: list[Fate]) -> Fate | None:
    """The fate of the trigger that got furthest (the one a fix would most likely turn into the event)."""
    return max(fs, key=lambda f: ORDER.index(f.step), default=None)


def why_text(text: str, kind: str, evidence: str | None = None) -> list[Fate]:
    """The fates of the triggers of ``kind`` in the sentence(s) holding ``evidence`` (every sentence when
    None) of a text run through the pipeline: for tests and quick looks."""
    t = trace(prepared(text, text=True))
    doc = t.doc
    if evidence is None:
        spans = [(s.start, s.end) for s in doc.sentences]
    else:
        at = doc.text.find(evidence)
        spans = [
            (s.start, s.end)
            for s in doc.sentences
            if at >= 0 and (s.start <= at < s.end or at <= s.start < at + len(evidence))
        ]
    return fates(t, kind, spans)
