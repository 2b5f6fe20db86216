"""The learned detector's events (:mod:`event_model`): a kind the rules did not find in a sentence, when the
model's score for it passes the kind's threshold, with parties from the role model and status and date from the
rules' own machinery (docs/decisions.md, "Learned detector"). Called by find_events after the rules."""

from __future__ import annotations

import numpy as np

from doingoai.extract import event_model
from doingoai.extract.events_merge import Draft
from doingoai.model import BlockType, Document, EventKind, Status

K = EventKind


def propose(doc: Document, low: str, ctx, index, drafts: list[Draft]) -> list[Draft]:
    """Drafts for the kinds the model finds in sentences where the rules found none of that kind."""
    if not event_model.wanted():
        return []
    model = event_model.active()
    fresh_only = model is not None and model.fresh_only and not event_model._recorders  # (training reads all)
    cands = candidates(doc, low, index, drafts, fresh_only)
    for rec in event_model._recorders:
        rec.append((doc, cands))
    if model is None or not cands:
        return []
    over = np.argwhere(model.scores(cands) > model.thresholds)
    out = []
    for j, k in over.tolist():
        kind = model.kinds[k]
        if kind in cands[j].ruled or model.fresh_only and cands[j].ruled:
            continue
        d = draft(doc, low, ctx, model, cands[j], k)
        if d is not None:
            out.append(d)
    return out


def draft(doc: Document, low: str, ctx, model, cand, k: int) -> Draft | None:
    from doingoai.extract.events_draft import _vietnam_by_default
    from doingoai.extract.events_roles import AGREEMENT_KINDS, as_actor, defaults
    from doingoai.extract.events_status import date_of, not_a_fact, status_of

    kind = model.kinds[k]
    s0, s1, block = cand.start, cand.end, cand.block
    ts, te = model.anchor(low, cand, k)
    if te <= ts or ctx.quotes and ctx.in_quote(ts):
        return None  # no cue; or a quoted directive or slogan, not a reported fact (as for the rules)
    recent = low[s0:ts].rsplit(None, 25)[-25:]
    if not_a_fact(ctx, block, recent):
        return None  # a hypothetical, a purpose, a policy line: no event (as for the rules)
    actors, recips = model.roles(low, cand, kind, ts, te)
    if kind.symmetric:
        actors, recips = actors + [c for c in recips if c not in actors], []
    named = (*actors, *recips)
    if not named:
        return None
    got, recips = defaults(kind, actors, recips, low[max(s0, ts - 60) : ts])
    if got is None or _vietnam_by_default(doc, ctx, block, named, got, recips):
        return None
    actors = as_actor(got)
    if not recips and not (kind.symmetric or kind in AGREEMENT_KINDS or len(actors) >= 2):
        return None  # one party only, of an act done to someone: whom it concerns is unknown
    if set(actors) & set(recips) and not kind.symmetric:
        recips = [c for c in recips if c not in actors]
        if not recips:
            return None
    subject_end = max((b for a, b, _, _ in cand.names if b <= ts), default=s0)
    status = status_of(ctx, low, block, recent, te, s1, low[subject_end:ts])
    date, explicit = date_of(ctx, low, ts, te, s0, s1, block, planned=status is Status.PLANNED)
    return Draft(kind, tuple(actors), tuple(recips), date, status, (s0, s1), (), explicit)


def candidates(
    doc: Document, low: str, index, drafts, fresh_only: bool = False
) -> list[event_model.Candidate]:
    """The sentences that name at least one party (not in skipped blocks nor questions), with their features;
    ``fresh_only``: only those where the rules found no event."""
    from doingoai.extract.events_codes import acting_code
    from doingoai.extract.events_context import SKIP_BLOCKS

    ruled: dict[int, set[EventKind]] = {}
    for d in drafts:
        ruled.setdefault(d.sentence[0], set()).add(d.kind)
    actors = index.mentions
    others = [m for m in doc.mentions if m.kind in ("agreement", "conflict", "congress", "document")]
    blocks, text = doc.blocks, doc.text
    out: list[event_model.Candidate] = []
    i = j = 0
    for s in doc.sentences:
        while i < len(actors) and actors[i].start < s.start:
            i += 1
        if i >= len(actors) or actors[i].end > s.end:
            continue
        b = blocks[s.block] if s.block < len(blocks) else None
        if b is not None and (b.type in SKIP_BLOCKS or b.type is BlockType.TITLE):
            continue
        if text[s.start : s.end].rstrip(" \t\n)\"'\u201d\u00bb\u2019]").endswith("?"):
            continue
        if fresh_only and s.start in ruled:
            continue
        names = []
        k = i
        while k < len(actors) and actors[k].start < s.end:
            m = actors[k]
            if m.end <= s.end:
                codes = tuple(m.code.split("|")) if m.via == "anaphora" else (acting_code(m),)
                names.append((m.start, m.end, codes, event_model.placeholder(m.code, m.kind, m.via)))
            k += 1
        while j < len(others) and others[j].start < s.start:
            j += 1
        k = j
        spans = [(a, e, ph) for a, e, _, ph in names]
        while k < len(others) and others[k].start < s.end:
            m = others[k]
            spans.append((m.start, m.end, event_model.placeholder(m.code, m.kind, m.via)))
            k += 1
        spans.sort()
        feats = event_model.sentence_features(low, s.start, s.end, spans)
        out.append(
            event_model.Candidate(
                s.start, s.end, s.block, feats, tuple(names), frozenset(ruled.get(s.start, ()))
            )
        )
    return out
