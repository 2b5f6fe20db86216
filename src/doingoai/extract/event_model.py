"""A learned event detector beside the rules (docs/decisions.md, "Learned detector").

The rules find an event only where a trigger of their lexicon stands; on unseen text that misses about half of
the events. This module reads every sentence that names at least one party with a small linear model (one
logistic regression per event kind over the sentence's syllable unigrams and bigrams, the names replaced by
their type: ``_vnm_``, ``_country_``, ``_org_`` ...) and proposes the kinds the rules did not find there. The
proposed event takes its parties from a second linear model (each name in the sentence: actor, recipient or
neither, from its side of the cue word, its type and the words around it) and its status and date from the
rules' own machinery (:func:`events_status.status_of`, :func:`events_status.date_of`), so a negated,
hypothetical or planned statement is read as the rules read it.

The weights are a JSON file made by ``scripts/train_event_model.py`` from the annotated sets listed in
``tests/data/training_sets.txt`` (see :mod:`event_model_train`). The detector is off by default (it did not
measure better than the rules alone); ``DOINGOAI_EVENT_MODEL=on`` switches the packaged model on, a path loads
another model file, ``off`` keeps the rules alone; a missing or damaged file gives one coded warning (E202)
and the rules alone.
"""

from __future__ import annotations

import json
import os
import re
import warnings
from contextlib import contextmanager
from importlib import resources
from typing import Any, NamedTuple

import numpy as np

from doingoai.errors import Code, DoingoaiError
from doingoai.model import Document, EventKind

ENV = "DOINGOAI_EVENT_MODEL"
FORMAT = "doingoai-event-model/1"
PACKAGED = "data/event_model.json"
ROLES = ("actor", "recipient", "none")
BIAS = "#"  # the feature every sentence (and every name) has: the bias
_TOKEN = re.compile(r"\w+")
_DIGITS = re.compile(r"\d+")
_PLACEHOLDER = {
    "country": "_country_",
    "organisation": "_org_",
    "body": "_org_",
    "party": "_party_",
    "collective": "_coll_",
    "person": "_person_",
    "agreement": "_agreement_",
    "conflict": "_conflict_",
    "congress": "_doc_",
    "document": "_doc_",
}
_OWN = frozenset({"VNM", "CPV"})


class EventModelWarning(UserWarning):
    """The learned event model could not be loaded; events come from the rules alone."""


class Candidate(NamedTuple):
    """One sentence the detector reads: its span, block, features, the parties named in it and the kinds the
    rules found there."""

    start: int
    end: int
    block: int
    feats: list[str]
    names: tuple[tuple[int, int, tuple[str, ...], str], ...]  # (start, end, codes, placeholder)
    ruled: frozenset[EventKind]


def placeholder(code: str, kind: str, via: str) -> str:
    if code in _OWN or via == "deixis":
        return "_vnm_"
    if via == "anaphora":
        return "_pair_"
    return _PLACEHOLDER.get(kind, "_name_")


def sentence_features(low: str, s0: int, s1: int, names: list[tuple[int, int, str]]) -> list[str]:
    """Unigrams and bigrams of the lower-cased sentence ``low[s0:s1]`` with each name ``(start, end,
    placeholder)`` replaced by its placeholder and every number by "0"; plus the bias and name counts."""
    parts, pos = [], s0
    n_own = 0
    for a, b, ph in names:
        if a < pos:
            continue
        parts.append(low[pos:a])
        parts.append(ph)
        n_own += ph == "_vnm_"
        pos = b
    parts.append(low[pos:s1])
    toks = _TOKEN.findall(_DIGITS.sub("0", " ".join(parts)))
    feats = [BIAS, f"#names{min(len(names), 3)}", "#own" if n_own else "#noown"]
    feats += toks
    feats += [a + " " + b for a, b in zip(toks, toks[1:], strict=False)]
    return feats


def role_features(low: str, cand: Candidate, i: int, kind: str, ts: int, te: int) -> list[str]:
    """Features of the ``i``-th name of ``cand`` for the event ``kind`` whose cue is ``low[ts:te]``."""
    a, b, _codes, ph = cand.names[i]
    side = "B" if b <= ts else "A" if a >= te else "I"
    before = _TOKEN.findall(low, max(cand.start, a - 24), a)
    after = _TOKEN.findall(low, b, min(cand.end, b + 16))
    p1 = before[-1] if before else "^"
    p2 = " ".join(before[-2:]) if len(before) >= 2 else "^"
    n1 = after[0] if after else "$"
    befores = [j for j, n in enumerate(cand.names) if n[1] <= ts]
    afters = [j for j, n in enumerate(cand.names) if n[0] >= te]
    near = "near" if (befores and befores[-1] == i) or (afters and afters[0] == i) else "far"
    gap = ts - b if side == "B" else a - te if side == "A" else 0
    dist = str(min(gap // 25, 4))
    between = low[b:ts] if side == "B" else low[te:a] if side == "A" else ""
    comma = "," if "," in between else "-"
    return [
        BIAS,
        f"s={side}",
        f"k={kind}|s={side}",
        f"t={ph}|s={side}",
        f"k={kind}|t={ph}|s={side}",
        f"p={p1}|s={side}",
        f"k={kind}|p={p1}|s={side}",
        f"pp={p2}|s={side}",
        f"n={n1}|s={side}",
        f"near={near}|s={side}",
        f"k={kind}|near={near}|s={side}",
        f"d={dist}|s={side}",
        f"c={comma}|s={side}",
        f"first={i == 0}|s={side}",
    ]


class EventModel:
    """The weights of one model file: kind scores over sentence features, role scores over name features."""

    def __init__(self, data: dict[str, Any]):
        if data.get("format") != FORMAT:
            raise ValueError(f"not a {FORMAT} file")
        self.data = data
        self.kinds = tuple(EventKind(k) for k in data["kinds"])
        nk = len(self.kinds)
        feats = data["features"]
        self.vocab = {f: i for i, f in enumerate(feats)}
        w = np.zeros((len(feats), nk), dtype=np.float64)
        for f, row in data["weights"].items():
            for k, x in row:
                w[self.vocab[f], int(k)] = float(x)
        self.weights = w
        self.thresholds = np.array([float(data["thresholds"][k.value]) for k in self.kinds])
        self.kind_index = {k: i for i, k in enumerate(self.kinds)}
        settings = data.get("settings", {})
        self.fresh_only = bool(settings.get("fresh_only", False))  # only sentences with no rule event
        self.min_cue = float(settings.get("min_cue", 0.0))  # the weight the cue word must have for the kind
        self._cues: dict[int, dict[str, float]] = {}
        if BIAS not in self.vocab:
            raise ValueError("the model has no bias feature")
        self.role_weights = {f: np.array(v, dtype=np.float64) for f, v in data["roles"].items()}
        if any(v.shape != (len(ROLES),) for v in self.role_weights.values()):
            raise ValueError("role weights must have one value per role")

    def scores(self, cands: list[Candidate]) -> np.ndarray:
        """``(len(cands), len(kinds))`` logits."""
        get = self.vocab.get
        ids: list[int] = []
        offsets: list[int] = []
        for c in cands:
            offsets.append(len(ids))
            ids += [i for i in map(get, c.feats) if i is not None]  # (the bias is always there)
        return np.add.reduceat(self.weights[np.array(ids)], np.array(offsets), axis=0)

    def anchor(self, low: str, cand: Candidate, k: int) -> tuple[int, int]:
        """The word (or two) of the sentence that weighs most for kind ``k`` (more than ``min_cue``), outside
        the names: where the event's cue stands, for its status, date and roles. Empty when none does."""
        cue = self._cues.get(k)
        if cue is None:  # the features weighing more than min_cue for the kind, once per model
            col = self.weights[:, k]
            keep = np.nonzero(col > self.min_cue)[0].tolist()
            feats = list(self.vocab)
            cue = self._cues[k] = {feats[i]: float(col[i]) for i in keep}
        best, span = self.min_cue, (cand.start, cand.start)
        names = sorted((a, b) for a, b, _, _ in cand.names)
        ni, prev, prev_start = 0, "", 0
        for m in _TOKEN.finditer(low, cand.start, cand.end):
            t0, t1 = m.span()
            while ni < len(names) and names[ni][1] <= t0:
                ni += 1
            if ni < len(names) and names[ni][0] <= t0:
                prev = ""  # a word of a name
                continue
            tok = _DIGITS.sub("0", m.group())
            w = cue.get(tok, 0.0)
            if w > best:
                best, span = w, (t0, t1)
            if prev:
                w = cue.get(prev + " " + tok, 0.0)
                if w > best:
                    best, span = w, (prev_start, t1)
            prev, prev_start = tok, t0
        return span

    def roles(
        self, low: str, cand: Candidate, kind: EventKind, ts: int, te: int
    ) -> tuple[list[str], list[str]]:
        actors: list[str] = []
        recips: list[str] = []
        zero = np.zeros(len(ROLES))
        for i, (_a, _b, codes, _ph) in enumerate(cand.names):
            score = zero.copy()
            for f in role_features(low, cand, i, kind.value, ts, te):
                v = self.role_weights.get(f)
                if v is not None:
                    score += v
            role = ROLES[int(np.argmax(score))]
            target = actors if role == "actor" else recips if role == "recipient" else None
            if target is not None:
                target += [c for c in codes if c not in actors and c not in recips]
        return actors, recips


# -- loading ------------------------------------------------------------------------------------------------

# Off by default: leave-one-set-out it adds as many false events as true ones (docs/decisions.md, "Learned
# detector"); ``DOINGOAI_EVENT_MODEL=on`` switches the packaged model on, a path loads another.
DEFAULT_ON = False
_cache: dict[str, EventModel | None] = {}
_override: list[EventModel | None] = []


def load(path: str | os.PathLike[str] | None = None) -> EventModel:
    """The model in ``path`` (default: the packaged file); E202 when it is missing or damaged."""
    where = str(path) if path is not None else PACKAGED
    try:
        if path is None:
            raw = resources.files("doingoai").joinpath(PACKAGED).read_text(encoding="utf-8")
        else:
            with open(path, encoding="utf-8") as f:
                raw = f.read()
        return EventModel(json.loads(raw))
    except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError) as exc:
        raise DoingoaiError(
            Code.E202_EVENT_MODEL,
            f"the learned event model could not be loaded ({type(exc).__name__}: {exc})",
            where,
        ) from exc


def active() -> EventModel | None:
    """The model find_events uses: one set by :func:`use`, else ``$DOINGOAI_EVENT_MODEL`` ("off": none), else
    the packaged file when the detector is on by default. A file that fails to load warns once (E202)."""
    if _override:
        return _override[-1]
    env = os.environ.get(ENV, "").strip()
    if env.lower() in ("off", "0", "none", "false"):
        return None
    if env.lower() in ("on", "1", "true", "default"):
        env = ""  # the packaged model, switched on
    elif not env and not DEFAULT_ON:
        return None
    key = env or PACKAGED
    if key not in _cache:
        try:
            _cache[key] = load(env or None)
        except DoingoaiError as err:
            _cache[key] = None
            warnings.warn(err.one_line(), EventModelWarning, stacklevel=2)
    return _cache[key]


@contextmanager
def use(model: EventModel | None):
    """Run find_events with ``model`` (None: the rules alone), whatever the environment says."""
    _override.append(model)
    try:
        yield
    finally:
        _override.pop()


def reset() -> None:
    """Forget loaded models (after ``$DOINGOAI_EVENT_MODEL`` changed)."""
    _cache.clear()


# -- recording ----------------------------------------------------------------------------------------------

_recorders: list[list[tuple[Document, list[Candidate]]]] = []


@contextmanager
def recording():
    """Collect ``(doc, candidates)`` of every find_events run inside (training and cross-validation)."""
    out: list[tuple[Document, list[Candidate]]] = []
    _recorders.append(out)
    try:
        yield out
    finally:
        _recorders.pop()


def wanted() -> bool:
    return bool(_recorders) or active() is not None
