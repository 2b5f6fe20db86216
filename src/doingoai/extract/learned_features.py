"""What the models of :mod:`events_learned` read in a sentence: its words with names and dates replaced by
placeholders (:func:`sentence_words`, :func:`sentence_tokens`), the word, pair and triple features of the kinds
model, a kind's trigger word, and the features of a named party's role and of Vietnam left unstated. Shared by
the run-time reading and ``scripts/train_events_model.py``, so that both read a sentence alike."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from doingoai.extract.events_codes import acting_code
from doingoai.extract.learned_model import LinearModel
from doingoai.extract.places import VNM
from doingoai.model import DateExpr, Mention

PARTY_KINDS: Final = frozenset({"country", "organisation", "party", "body", "person", "pair", "collective"})
_WORD: Final = re.compile(r"[^\W\d_]+|\d+")


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


def spans_of(mentions: list[Mention], dates: list[DateExpr]) -> list[tuple[int, int, str, str, str]]:
    """Names and dates in text order (the longer first where two start together): start, end, placeholder,
    the code a name acts as, its kind."""
    spans: list[tuple[int, int, str, str, str]] = [
        (m.start, m.end, "<vnm>" if (c := acting_code(m)) == VNM else f"<{m.kind}>", c, m.kind)
        for m in mentions
    ]
    spans += [(d.start, d.end, "<date>", "", "date") for d in dates]
    spans.sort(key=lambda s: (s[0], -s[1]))
    return spans


def _words(low: str, start: int, end: int) -> list[str]:
    """``_WORD.findall(low, start, end)`` (speed round 30): the text split at white space (which no match holds),
    a piece of letters alone its one word (``str.isalpha``: no letter is a decimal digit or "_"), the engine asked
    only about the other pieces ("2024", "nam,", "(apec)"); its per-character class tests cost more than the split."""
    out: list[str] = []
    for t in low[start:end].split():
        if t.isalpha():
            out.append(t)
        else:
            out += _WORD.findall(t)
    return out


def sentence_words(low: str, start: int, end: int, spans: list[tuple[int, int, str, str, str]]) -> list[str]:
    """:func:`sentence_tokens`'s words alone (what the kinds model reads), found faster."""
    words: list[str] = []
    pos = start
    for a, b, placeholder, _, _ in spans:
        if a < pos or a >= end:
            continue
        words += _words(low, pos, a)
        words.append(placeholder)
        pos = b
    words += _words(low, pos, end)
    return words


def sentence_tokens(low: str, start: int, end: int, mentions: list[Mention], dates: list[DateExpr]) -> Tokens:
    """The words of ``low[start:end]`` (the lower-cased text), names and dates replaced by placeholders (an
    overlapping name or date after the first is left out)."""
    spans = spans_of(mentions, dates)
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
    get = _kind_weights(kinds, kinds.classes.index(kind)).get
    best, top = None, 0.0
    n = len(words)
    for i in range(n):
        w = words[i]
        if w.startswith("<"):
            continue
        weight = get(f"u:{w}")
        if weight is not None and weight > top:
            best, top = i, weight
        weight = get(f"b:{w}_{words[i + 1] if i + 1 < n else ''}")
        if weight is not None and weight > top:
            best, top = i, weight
    return best


# (speed round 32) per model and class, each feature's highest weight for that class when above 0.0 (no lower one
# can be the trigger's: the best so far starts at 0.0 and only grows), so that trigger_index reads one float per
# feature instead of every class's pair; the model held beside its tables, so its id is not reused while they stand
_KIND_WEIGHTS: Final[dict[int, tuple[LinearModel, dict[int, dict[str, float]]]]] = {}


def _kind_weights(kinds: LinearModel, k: int) -> dict[str, float]:
    held = _KIND_WEIGHTS.get(id(kinds))
    if held is None or held[0] is not kinds:
        held = (kinds, {})
        _KIND_WEIGHTS.update({id(kinds): held})  # (.update: the Final name bound once, as trigger_scan's)
    table = held[1].get(k)
    if table is None:
        table = {}
        for f, pairs in kinds.weights.items():
            top = 0.0
            for c, weight in pairs:
                if c == k and weight > top:
                    top = weight
            if top > 0.0:
                table[f] = top
        held[1][k] = table
    return table


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
    own = "vn" if p.code == VNM else "fo"
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
    named = any(p.code == VNM for p in tokens.parties)
    return [
        *plain,
        *(f"k={kind}|{f}" for f in plain),
        f"k={kind}",
        f"wvn={writer_vietnamese}",
        f"vn_named={named}",
    ]
