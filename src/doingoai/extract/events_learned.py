"""A learned reading of the sentences the rules leave without an event (issue 3, session 13).

The rules of :mod:`events_draft` are written shape by shape; on text they were not written on most events
missed are sentences they read no event in (a verb the lexicon lacks, "đón đoàn doanh nghiệp X sang khảo sát", a
party the clause rules cannot place). Here three small linear models, trained on the held-out sets' gold
(``scripts/train_events_model.py``; the shipped weights are ``data/events_model.json``), read such a sentence:

* **kinds**: one logistic model per event kind over the sentence's words, word pairs and triples, each name
  replaced by its kind ("<country>", "<organisation>", "<vnm>" for Vietnam) and each date by "<date>";
* **roles**: for each party named in the sentence, actor, recipient or neither, from where it stands against
  the kind's strongest word (before or after, how far), the words right before and after it, its kind;
* **Vietnam unstated**: whether Vietnam, unnamed in the sentence, acts or receives (a report's "tỉnh đã đón ...").

A sentence is read so only when the rules placed a trigger in it and let it go for want of parties (the "no
event" misses of ``bench/event_misses.py --why``, as :mod:`events_fallback` reads them too) and nothing has read an
event there since; when it asserts something (no "không", "chưa", "chẳng"; no hypothetical, no question) and is
not a private group's act or an unknown actor's (as the rules decline them); and only in a text the rules read an
event in or that names Vietnam. Reading every sentence without an event instead added half again as many right
events and three times the wrong ones at a fifth of the extraction time (docs/decisions.md, session 13). The date
is the nearest date in the sentence, else the paragraph's, section's or document's
(:meth:`Context.fallback_date`); the status as for any trigger.
``DOINGOAI_EVENTS_MODEL`` names a model file of one's own (the same JSON), or ``none`` to read by the rules alone.
"""

from __future__ import annotations

import json
import math
import os
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from doingoai.errors import Code, DoingoaiError
from doingoai.extract.events_block_modes import SKIP_BLOCKS
from doingoai.extract.events_codes import acting_code
from doingoai.extract.events_context import Context
from doingoai.extract.events_fallback import requested
from doingoai.extract.events_merge import Draft
from doingoai.extract.events_status import not_a_fact, status_of
from doingoai.extract.events_unstated import someone_named
from doingoai.extract.events_unstated import writer_vietnamese as names_vietnam_itself
from doingoai.extract.events_vocab import private_subject
from doingoai.extract.places import own_unit
from doingoai.model import BlockType, DateExpr, Document, EventKind, Mention, Sentence, Status

MODEL_ENV = "DOINGOAI_EVENTS_MODEL"
PARTY_KINDS = frozenset({"country", "organisation", "party", "body", "person", "pair", "collective"})
# kinds whose parties are one set (as events_quality matches them): all named are parties, none receives
_BOTH_SIDES = frozenset({"agreement.sign", "relations.establish", "relations.upgrade"})
_MOST_PARTIES = 4  # (on heldout69–85 every reading with more, outside the one-set kinds, was wrong: 5 of 5)
_WORD = re.compile(r"[^\W\d_]+|\d+")
_NEGATION = re.compile(r"\b(?:không|chưa|chẳng)\b")
_VNM = "VNM"
_CLOSERS = " \t\n)\"'\u201d\u00bb\u2019]"


@dataclass(frozen=True)
class LinearModel:
    """Weights of a one-vs-rest linear model: ``weights[feature]`` lists (class index, weight) pairs."""

    classes: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, tuple[tuple[int, float], ...]]

    def scores(self, features: list[str]) -> list[float]:
        out = list(self.bias)
        get = self.weights.get
        for f in features:
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
        return cls(
            tuple(d["classes"]),
            tuple(float(b) for b in d["bias"]),
            {f: tuple((int(k), float(w)) for k, w in pairs) for f, pairs in d["weights"].items()},
        )


_Pairs = tuple[tuple[int, float], ...]


class NgramScorer:
    """The kinds model's word, pair and triple weights keyed by word ids (built once at load): a sentence is
    scored by looking up its words' ids and their tuples, with no feature string built (the same sums as
    :meth:`LinearModel.scores` over :func:`sentence_features`, at a third of the time)."""

    def __init__(self, model: LinearModel) -> None:
        self.bias = list(model.bias)
        self.ids: dict[str, int] = {}
        self.uni: dict[int, _Pairs] = {}
        self.bi: dict[tuple[int, int], _Pairs] = {}
        self.tri: dict[tuple[int, int, int], _Pairs] = {}
        for f, pairs in model.weights.items():
            head, _, rest = f.partition(":")
            if head not in ("u", "b", "t"):
                continue
            key = tuple(self.ids.setdefault(w, len(self.ids)) for w in rest.split("_"))
            if head == "u":
                self.uni[key[0]] = pairs
            elif head == "b":
                self.bi[(key[0], key[1])] = pairs
            else:
                self.tri[(key[0], key[1], key[2])] = pairs

    def scores(self, words: list[str]) -> list[float]:
        out = list(self.bias)
        get = self.ids.get
        ids = [get(w, -1) for w in words]
        found: list[_Pairs] = []
        uni, bi, tri = self.uni, self.bi, self.tri
        n = len(ids)
        for i in range(n):
            a = ids[i]
            if a < 0:
                continue
            p = uni.get(a)
            if p is not None:
                found.append(p)
            if i + 1 < n and ids[i + 1] >= 0:
                b = ids[i + 1]
                p = bi.get((a, b))
                if p is not None:
                    found.append(p)
                if i + 2 < n and ids[i + 2] >= 0:
                    p = tri.get((a, b, ids[i + 2]))
                    if p is not None:
                        found.append(p)
        for pairs in found:
            for k, w in pairs:
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
    scorer: NgramScorer | None = None  # the kinds model keyed by word ids (from_json builds it)

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
        kinds = LinearModel.from_json(d["kinds"])
        return cls(
            kinds,
            LinearModel.from_json(d["roles"]),
            LinearModel.from_json(d["vietnam"]),
            float(d["threshold"]),
            frozenset(d["read"]),
            tuple(d.get("trained_on", ())),
            NgramScorer(kinds),
        )


def load_model(path: str | Path | None = None) -> EventsModel | None:
    """The model at ``path``, else at $DOINGOAI_EVENTS_MODEL, else the bundled one; None when the variable says
    "none". A file that is missing or not a model is a coded error (E202)."""
    where = str(path) if path is not None else os.environ.get(MODEL_ENV, "")
    if where.strip().lower() == "none":
        return None
    return _load(where)


@lru_cache(maxsize=4)
def _load(where: str) -> EventsModel:
    try:
        if where:
            raw = Path(where).read_text(encoding="utf-8")
        else:
            raw = resources.files("doingoai").joinpath("data/events_model.json").read_text(encoding="utf-8")
        return EventsModel.from_json(json.loads(raw))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise DoingoaiError(
            Code.E202_EVENTS_MODEL, f"the events model cannot be read ({type(exc).__name__})", where or None
        ) from exc


@dataclass(frozen=True)
class Party:
    token: int  # index of its placeholder among the sentence's tokens
    code: str  # the code it acts as (a ministry for its state, a leader for their country)
    kind: str  # its mention kind


@dataclass(frozen=True)
class Tokens:
    words: list[str]  # lower-cased words; names and dates replaced by placeholders
    offsets: list[int]  # each word's start in the document text
    parties: list[Party]  # the names of parties, in order


def _spans(mentions: list[Mention], dates: list[DateExpr]) -> list[tuple[int, int, str, str, str]]:
    """Names and dates in text order (the longer first where two start together): start, end, placeholder,
    the code a name acts as, its kind."""
    spans: list[tuple[int, int, str, str, str]] = [
        (m.start, m.end, "<vnm>" if (c := acting_code(m)) == _VNM else f"<{m.kind}>", c, m.kind)
        for m in mentions
    ]
    spans += [(d.start, d.end, "<date>", "", "date") for d in dates]
    spans.sort(key=lambda s: (s[0], -s[1]))
    return spans


def sentence_words(low: str, start: int, end: int, spans: list[tuple[int, int, str, str, str]]) -> list[str]:
    """:func:`sentence_tokens`'s words alone (what the kinds model reads), found faster."""
    words: list[str] = []
    pos = start
    for a, b, placeholder, _, _ in spans:
        if a < pos or a >= end:
            continue
        words += _WORD.findall(low, pos, a)
        words.append(placeholder)
        pos = b
    words += _WORD.findall(low, pos, end)
    return words


def sentence_tokens(low: str, start: int, end: int, mentions: list[Mention], dates: list[DateExpr]) -> Tokens:
    """The words of ``low[start:end]`` (the lower-cased text), names and dates replaced by placeholders (an
    overlapping name or date after the first is left out)."""
    spans = _spans(mentions, dates)
    words: list[str] = []
    offsets: list[int] = []
    parties: list[Party] = []
    pos = start
    for a, b, placeholder, code, kind in spans:
        if a < pos or a >= end:
            continue
        for m in _WORD.finditer(low, pos, a):
            words.append(m.group(0))
            offsets.append(m.start())
        if code and kind in PARTY_KINDS:
            parties.append(Party(len(words), code, kind))
        words.append(placeholder)
        offsets.append(a)
        pos = b
    for m in _WORD.finditer(low, pos, end):
        words.append(m.group(0))
        offsets.append(m.start())
    return Tokens(words, offsets, parties)


def sentence_features(words: list[str]) -> list[str]:
    """Words ("u:"), word pairs ("b:") and triples ("t:") of a sentence."""
    out = [f"u:{w}" for w in words]
    out += [f"b:{a}_{b}" for a, b in zip(words, words[1:], strict=False)]
    out += [f"t:{a}_{b}_{c}" for a, b, c in zip(words, words[1:], words[2:], strict=False)]
    return out


def trigger_index(kinds: LinearModel, kind: str, words: list[str]) -> int | None:
    """The word (not a placeholder) whose own or pair weight for ``kind`` is highest: the kind's trigger."""
    k = kinds.classes.index(kind)
    best, top = None, 0.0
    get = kinds.weights.get
    for i, w in enumerate(words):
        if w.startswith("<"):
            continue
        nxt = words[i + 1] if i + 1 < len(words) else ""
        for f in (f"u:{w}", f"b:{w}_{nxt}"):
            for c, weight in get(f, ()):
                if c == k and weight > top:
                    best, top = i, weight
    return best


def role_features(
    kind: str, tokens: Tokens, trigger: int | None, j: int, writer_vietnamese: bool
) -> list[str]:
    """What tells the role of the ``j``-th party: its side of the trigger and distance, its neighbours, its kind,
    whether it is Vietnam; each alone and with the event's kind."""
    words, parties = tokens.words, tokens.parties
    p = parties[j]
    pos = p.token
    side = "na" if trigger is None else ("b" if pos < trigger else "a")
    dist = 0 if trigger is None else abs(pos - trigger)
    far = "0" if dist <= 2 else "1" if dist <= 5 else "2" if dist <= 10 else "3"
    p1 = words[pos - 1] if pos >= 1 else "^"
    p2 = words[pos - 2] if pos >= 2 else "^"
    n1 = words[pos + 1] if pos + 1 < len(words) else "$"
    own = "vn" if p.code == _VNM else "fo"
    place = "first" if j == 0 else "mid" if j < len(parties) - 1 else "last"
    base = [
        f"side={side}",
        f"db={far}",
        f"sd={side}{far}",
        f"mk={p.kind}",
        f"vn={own}",
        f"p1={p1}",
        f"p2={p1}_{p2}",
        f"n1={n1}",
        f"pos={place}",
        f"side_mk={side}{p.kind}",
        f"side_vn={side}{own}",
        f"p1side={p1}{side}",
        f"nm={min(len(parties), 4)}",
        f"wvn={writer_vietnamese}",
    ]
    return [f"|{b}" for b in base] + [f"k={kind}|{b}" for b in base]


def vietnam_features(kind: str, tokens: Tokens, writer_vietnamese: bool) -> list[str]:
    """What tells whether Vietnam, left unstated, acts or receives: the sentence's words and pairs, alone and
    with the kind, the kind, whether the text names Vietnam and whether this sentence does."""
    words = tokens.words
    plain = [f"u:{w}" for w in words] + [f"b:{a}_{b}" for a, b in zip(words, words[1:], strict=False)]
    named = any(p.code == _VNM for p in tokens.parties)
    return [
        *plain,
        *(f"k={kind}|{f}" for f in plain),
        f"k={kind}",
        f"wvn={writer_vietnamese}",
        f"vn_named={named}",
    ]


def read_parties(
    model: EventsModel,
    kind: str,
    tokens: Tokens,
    trigger: int | None,
    writer_vietnamese: bool,
    add_vietnam: bool = True,
) -> tuple[list[str], list[str]]:
    """The actors and recipients of a ``kind`` event whose trigger is the ``trigger``-th word: each party named
    once, by its role; then Vietnam when the model reads it unstated on one side."""
    actors: list[str] = []
    recips: list[str] = []
    seen: set[str] = set()
    for j, p in enumerate(tokens.parties):
        if p.code in seen:
            continue
        seen.add(p.code)
        role = model.roles.best(role_features(kind, tokens, trigger, j, writer_vietnamese))
        if role == "A":
            actors.append(p.code)
        elif role == "R":
            recips.append(p.code)
    unstated = model.vietnam.best(vietnam_features(kind, tokens, writer_vietnamese)) if add_vietnam else "N"
    if unstated == "A" and _VNM not in actors:
        actors.insert(0, _VNM)
    elif unstated == "R" and _VNM not in recips:
        recips.append(_VNM)
    return actors, recips


def kind_scores(model: EventsModel, words: list[str]) -> list[float]:
    """Each kind's score (log-odds) for a sentence of these words."""
    if model.scorer is not None:
        return model.scorer.scores(words)
    return model.kinds.scores(sentence_features(words))


def kind_probabilities(model: EventsModel, words: list[str]) -> list[float]:
    """Each kind's probability for a sentence of these words (its one-vs-rest logistic model)."""
    return [1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, s)))) for s in kind_scores(model, words)]


def _kinds_read(model: EventsModel, words: list[str]) -> list[str]:
    """The kinds the model reads in the sentence: probability at least its threshold (a score at least its
    logit), among those it adds events of."""
    scores = kind_scores(model, words)
    least = math.log(model.threshold / (1.0 - model.threshold))
    classes, read = model.kinds.classes, model.read
    return [classes[k] for k, s in enumerate(scores) if s >= least and classes[k] in read]


def learned_drafts(
    doc: Document, low: str, ctx: Context, drafts: list[Draft], writer_vietnamese: bool, let_go: set[int]
) -> list[Draft]:
    """Drafts the model reads in the sentences whose trigger the rules let go (``let_go``: their starts; the
    triggers :func:`events_draft.draft_event` found no parties for) and that have no draft since (``drafts``:
    the fallback's and every other reading's)."""
    model = load_model()
    if model is None:
        return []
    itself = names_vietnam_itself(doc, ctx)
    if not drafts and not itself:
        return []  # a text on other things (no event of the rules', Vietnam never named): XQuAD's Wikipedia
    add_vietnam = itself or bool(own_unit(doc))  # (Vietnam unstated only where the text names it, or is a
    # Vietnamese province's own report: not in a short text the rules take as Vietnam's by default)
    taken = {d.sentence[0] for d in drafts}
    mentions = doc.mentions
    starts = [m.start for m in mentions]
    out: list[Draft] = []
    for sent in doc.sentences:
        if sent.start not in let_go or sent.start in taken or not _running_text(doc, sent):
            continue
        lo, hi = bisect_left(starts, sent.start), bisect_left(starts, sent.end)
        named = [m for m in mentions[lo:hi] if m.kind in PARTY_KINDS]
        if not named:
            continue
        within = ctx.dates_in(sent.start, sent.end)
        spans = _spans(mentions[lo:hi], within)
        kinds = _kinds_read(model, sentence_words(low, sent.start, sent.end, spans))
        if not kinds or not _asserts(low, sent):
            continue  # (most sentences: their words alone are read; tokens with offsets only where a kind is)
        tokens = sentence_tokens(low, sent.start, sent.end, mentions[lo:hi], within)
        dates = [d for d in within if not ctx.in_name(d)]
        for kind in kinds:
            d = _draft(model, kind, tokens, doc, ctx, low, sent, dates, writer_vietnamese, add_vietnam)
            if d is not None:
                out.append(d)
    return out


def _running_text(doc: Document, sent: Sentence) -> bool:
    """A sentence of running text: not a title, a reference or the like (events_block_modes.SKIP_BLOCKS)."""
    block = doc.blocks[sent.block] if sent.block < len(doc.blocks) else None
    return block is None or block.type not in SKIP_BLOCKS and block.type is not BlockType.TITLE


def _asserts(low: str, sent: Sentence) -> bool:
    """No negation word ("không", "chưa", "chẳng") and not a question."""
    if _NEGATION.search(low, sent.start, sent.end) is not None:
        return False
    return not low[sent.start : sent.end].rstrip(_CLOSERS).endswith("?")


def _declined(
    doc: Document, low: str, ctx: Context, tokens: Tokens, trigger: int, sent: Sentence, ts: int
) -> bool:
    """Does the sentence tell what the rules decline to read as a state's act: a private group as the subject
    ("doanh nghiệp Việt Nam đầu tư ...", events_vocab.private_subject), someone the gazetteer lacks or a third
    person acting with no party named before the trigger ("Ta-li-ban ký ...", events_unstated.someone_named)?
    (A request, "Đề nghị X hỗ trợ ...", is read: a plan's item the gold writers mark as planned; declining it as
    events_fallback does cost three events and saved none on heldout69–85.)"""
    lo = max(sent.start, ts - 120)
    if private_subject(low, sent.start, ts):
        return True
    named_before = any(p.token < trigger for p in tokens.parties)
    return not named_before and someone_named(doc, ctx, low, sent.start, lo, ts)


def _draft(
    model: EventsModel,
    kind: str,
    tokens: Tokens,
    doc: Document,
    ctx: Context,
    low: str,
    sent: Sentence,
    dates: list[DateExpr],
    writer_vietnamese: bool,
    add_vietnam: bool,
) -> Draft | None:
    trigger = trigger_index(model.kinds, kind, tokens.words)
    if trigger is None or ctx.in_quote(tokens.offsets[trigger]):
        return None  # no word of the kind's (only names and dates); a quotation (a line quoted, not an act)
    actors, recips = read_parties(model, kind, tokens, trigger, writer_vietnamese, add_vietnam)
    recips = [c for c in recips if c not in actors]
    if not actors:
        return None
    collective = {p.code for p in tokens.parties if p.kind == "collective"}
    if kind in _BOTH_SIDES:  # a signing, relations established or upgraded: its parties are one set
        actors, recips = list(dict.fromkeys(actors + recips)), []
    named = {p.code for p in tokens.parties}
    if not set(actors) - collective and (len(actors) + len(recips) < 2 or not set(recips) <= named):
        return None  # "nhiều nước ..." alone, or with Vietnam guessed unstated beside it: two guesses at once
    elif not recips or len(actors) + len(recips) > _MOST_PARTIES:
        return None  # a visit, aid or sanction among five names or more: a list read, not one act
    ts = tokens.offsets[trigger]
    te = ts + len(tokens.words[trigger])
    if _declined(doc, low, ctx, tokens, trigger, sent, ts):
        return None
    recent = low[max(sent.start, ts - 160) : ts].split()[-25:]
    if not_a_fact(ctx, sent.block, recent):
        return None  # a hypothetical, a purpose, a line of a policy list
    status = status_of(ctx, low, sent.block, recent, te, sent.end, low[max(sent.start, ts - 80) : ts])
    if status is Status.NEGATED:
        return None
    if status is not Status.PLANNED and requested(low, max(sent.start, ts - 120), ts):
        status = (
            Status.PLANNED
        )  # "Đề nghị X hỗ trợ ...", "Tỉnh đề nghị đoàn công tác sớm sang ...": asked for
    if dates:
        date, explicit = min(dates, key=lambda d: abs(d.start - ts)).value, True
    else:
        date, explicit = ctx.fallback_date(sent.block), False
    return Draft(
        EventKind(kind), tuple(actors), tuple(recips), date, status, (sent.start, sent.end), (), explicit
    )
