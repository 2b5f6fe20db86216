"""The events model of :mod:`events_learned`: three one-vs-rest linear models (kinds, roles, Vietnam unstated),
their JSON file (``data/events_model.json``, written by ``scripts/train_events_model.py``) and how it is found:
``DOINGOAI_EVENTS_MODEL`` names a file of one's own, ``none`` turns the learned reading off (E202 when a file
cannot be read). The kinds model is also kept keyed by word ids (:class:`NgramScorer`), to score a sentence
without building its feature strings."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import chain, repeat
from pathlib import Path
from typing import Any, Final

from doingoai.errors import Code, DoingoaiError
from doingoai.model import EventKind

MODEL_ENV: Final = "DOINGOAI_EVENTS_MODEL"


@dataclass(frozen=True)
class LinearModel:
    """Weights of a one-vs-rest linear model: ``weights[feature]`` lists (class index, weight) pairs."""

    classes: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, tuple[tuple[int, float], ...]]

    def scores(self, features: list[str]) -> list[float]:
        """Bias plus the weight of each feature present (once, however often it occurs: it was trained on
        presence, not counts)."""
        out = list(self.bias)
        get = self.weights.get
        for f in dict.fromkeys(features):
            pairs = get(f)
            if pairs is not None:
                for k, w in pairs:
                    out[k] += w
        return out

    def best(self, features: list[str]) -> str:
        s = self.scores(features)
        return self.classes[max(range(len(s)), key=s.__getitem__)]

    def to_json(self) -> dict[str, Any]:
        return {
            "classes": list(self.classes),
            "bias": [round(b, 5) for b in self.bias],
            "weights": {f: [[k, round(w, 5)] for k, w in pairs] for f, pairs in sorted(self.weights.items())},
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> LinearModel:
        if len(d["bias"]) != len(d["classes"]) or not isinstance(d["weights"], dict):
            raise ValueError("classes, bias and weights do not agree")
        return cls(
            tuple(d["classes"]),
            tuple(float(b) for b in d["bias"]),
            {f: tuple((int(k), float(w)) for k, w in pairs) for f, pairs in d["weights"].items()},
        )


_Pairs = tuple[tuple[int, float], ...]
# (a pair's number, its weights or None, its triples' third words: their numbers and weights, or None)
_Next = tuple[int, _Pairs | None, dict[int, tuple[int, _Pairs]] | None]


class NgramScorer:
    """The kinds model's word, pair and triple weights keyed by word ids (built once at load): a sentence is
    scored by looking up its words' ids and their tuples, with no feature string built (the same sums as
    :meth:`LinearModel.scores` over :func:`sentence_features`, at a third of the time)."""

    def __init__(self, model: LinearModel, kept: frozenset[str] | None = None) -> None:
        """``kept``: the classes scored (the kinds read); the others' weights are left out and their scores stay
        at their bias. Each kept class's sum is the same: its weights are added in the same order."""
        self.bias = list(model.bias)
        self.ids: dict[str, int] = {}
        self.uni: dict[int, _Pairs] = {}
        self.bi: dict[tuple[int, int], _Pairs] = {}
        self.tri: dict[tuple[int, int, int], _Pairs] = {}
        for f, pairs in model.weights.items():
            head, _, rest = f.partition(":")
            if head not in ("u", "b", "t"):
                continue
            if kept is not None:
                pairs = tuple([(k, w) for k, w in pairs if model.classes[k] in kept])
                if not pairs:
                    continue  # (a feature of the classes left out only: it adds nothing)
            key = tuple(self.ids.setdefault(w, len(self.ids)) for w in rest.split("_"))
            if head == "u":
                self.uni[key[0]] = pairs
            elif head == "b":
                self.bi[(key[0], key[1])] = pairs
            else:
                self.tri[(key[0], key[1], key[2])] = pairs
        # (speed round 21) the words a pair or a triple with weights opens on, and the pairs a triple opens on:
        # a pair (a, b) is looked up only when ``a`` opens one, a triple only when its pair opens one (a key not
        # built is a key not found: the same features, in the same order)
        self.firsts: frozenset[int] = frozenset([k[0] for k in self.bi] + [k[0] for k in self.tri])
        self.tri_heads: frozenset[tuple[int, int]] = frozenset([(k[0], k[1]) for k in self.tri])
        # (speed round 29) the same weights as lists indexed by word id, for :meth:`scores`: ``_uni_at[a]`` the
        # word's own pairs, ``_next_at[a]`` the words that follow ``a`` in a pair or a triple, each mapped to
        # (the feature's number, the pair's weights, the third words of its triples with theirs); a feature's
        # number is unique (a word's own is its id), so a sentence's features are told apart by numbers, with no
        # tuple of ids built per word. One more slot at the end holds None: id -1 (an unknown word) reads it.
        n = len(self.ids)
        self._uni_at: list[_Pairs | None] = [self.uni.get(a) for a in range(n)] + [None]
        self._next_at: list[dict[int, _Next] | None] = [None] * (n + 1)
        number = n
        for (a, b), pairs in self.bi.items():
            after = self._next_at[a]
            if after is None:
                after = self._next_at[a] = {}
            after[b] = (number, pairs, None)
            number += 1
        for (a, b, c), pairs in self.tri.items():
            after = self._next_at[a]
            if after is None:
                after = self._next_at[a] = {}
            got = after.get(b)
            if got is None:
                got = after[b] = (number, None, {})
                number += 1
            elif got[2] is None:
                got = after[b] = (got[0], got[1], {})
            thirds = got[2]
            assert thirds is not None
            thirds[c] = (number, pairs)
            number += 1

    def scores(self, words: list[str]) -> list[float]:
        out = list(self.bias)
        ids = list(map(self.ids.get, words, repeat(-1, len(words))))  # (one C-level pass: speed round 21)
        found: dict[int, _Pairs] = {}  # (each feature once, by its number: the model was trained on presence)
        uni_at, next_at = self._uni_at, self._next_at
        # each word with the next two (-1 past the end, as for an unknown word: no pair or triple then), read in
        # one pass of zip instead of indexing ``ids`` three times a word (speed round 19); (speed round 29) the
        # features found in the same order as before (the word's, its pair's, its triple's), so the sums are too:
        # a pair or triple is looked up only after a word that opens one (speed round 21), by the next word's id
        # (-1 is no key), and an unknown word (-1) reads the lists' last slot, None
        nxt = ids[1:] + [-1]
        for a, b, c in zip(ids, nxt, nxt[1:] + [-1], strict=False):  # (all n long; [-1] each when n is 0)
            p = uni_at[a]
            if p is not None:
                found[a] = p
            after = next_at[a]
            if after is not None:
                got = after.get(b)
                if got is not None:
                    number, p, thirds = got
                    if p is not None:
                        found[number] = p
                    if thirds is not None:
                        third = thirds.get(c)
                        if third is not None:
                            found[third[0]] = third[1]
        # (the features' weights in the same order as before, in one loop)
        for k, w in chain.from_iterable(found.values()):
            out[k] += w
        return out


@dataclass(frozen=True)
class EventsModel:
    kinds: LinearModel  # event kinds (one-vs-rest; a kind is read at probability >= threshold)
    roles: LinearModel  # "A" actor, "R" recipient, "N" neither, for a party named
    vietnam: LinearModel  # the same for Vietnam left unstated
    threshold: float
    read: frozenset[str]  # the kinds it adds events of (the others' precision was too low to add any)
    trained_on: tuple[str, ...]  # the sets its gold came from (never score it on them)
    scorer: NgramScorer | None = None  # the kinds read, keyed by word ids (from_json builds it)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": 1,
            "threshold": self.threshold,
            "read": sorted(self.read),
            "trained_on": list(self.trained_on),
            "kinds": self.kinds.to_json(),
            "roles": self.roles.to_json(),
            "vietnam": self.vietnam.to_json(),
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> EventsModel:
        """The model of a JSON object as :meth:`to_json` writes it; ValueError when it is not one."""
        if d.get("format") != 1:
            raise ValueError(f"format {d.get('format')!r}, not 1")
        kinds = LinearModel.from_json(d["kinds"])
        threshold = float(d["threshold"])
        if not 0.0 < threshold < 1.0:
            raise ValueError(f"threshold {threshold} outside (0, 1)")
        if not set(d["read"]) | set(kinds.classes) <= {k.value for k in EventKind}:
            raise ValueError("a kind read or modelled that is no event kind")
        return cls(
            kinds,
            LinearModel.from_json(d["roles"]),
            LinearModel.from_json(d["vietnam"]),
            float(d["threshold"]),
            frozenset(d["read"]),
            tuple(d.get("trained_on", ())),
            NgramScorer(kinds, frozenset(d["read"])),
        )


def load_model(path: str | Path | None = None) -> EventsModel | None:
    """The model at ``path``, else at $DOINGOAI_EVENTS_MODEL, else the bundled one; None when the variable says
    "none". A file that is missing or not a model is a coded error (E202)."""
    where = (str(path) if path is not None else os.environ.get(MODEL_ENV, "")).strip()
    if where.lower() == "none":
        return None
    if not where:
        return _load("", 0)
    file = Path(where).resolve()
    try:
        stamp = file.stat().st_mtime_ns  # (a file rewritten in place is read again)
    except OSError as exc:
        raise DoingoaiError(
            Code.E202_EVENTS_MODEL, f"the events model cannot be read ({exc.strerror})", where
        ) from exc
    return _load(str(file), stamp)


@lru_cache(maxsize=4)
def _load(where: str, stamp: int) -> EventsModel:
    """The model file at ``where`` (the bundled one when empty) as of ``stamp`` (its modification time)."""
    try:
        if where:
            raw = Path(where).read_text(encoding="utf-8")
        else:
            raw = resources.files("doingoai").joinpath("data/events_model.json").read_text(encoding="utf-8")
        return EventsModel.from_json(json.loads(raw))
    except Exception as exc:  # noqa: BLE001 - whatever is wrong in the file, the one coded error names it
        raise DoingoaiError(
            Code.E202_EVENTS_MODEL,
            f"the events model cannot be read ({type(exc).__name__}: {exc})",
            where or None,
        ) from exc
