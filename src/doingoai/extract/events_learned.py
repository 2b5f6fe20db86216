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

import math
from bisect import bisect_left
from typing import Final

from doingoai.extract.events_block_modes import SKIP_BLOCKS
from doingoai.extract.events_context import Context
from doingoai.extract.events_fallback import requested
from doingoai.extract.events_merge import Draft
from doingoai.extract.events_qa import asks
from doingoai.extract.events_status import not_a_fact, status_of
from doingoai.extract.events_unstated import someone_named
from doingoai.extract.events_unstated import writer_vietnamese as names_vietnam_itself
from doingoai.extract.events_vocab import private_subject
from doingoai.extract.learned_features import (
    PARTY_KINDS,
    Party,
    Tokens,
    role_features,
    sentence_features,
    sentence_tokens,
    sentence_words,
    spans_of,
    trigger_index,
    vietnam_features,
)
from doingoai.extract.learned_model import MODEL_ENV, EventsModel, LinearModel, NgramScorer, load_model
from doingoai.extract.places import VNM, own_unit
from doingoai.extract.rx_boundary import compile_fast
from doingoai.model import BlockType, DateExpr, Document, EventKind, Sentence, Status

__all__ = [  # (read by scripts/train_events_model.py and the tests from here)
    "MODEL_ENV",
    "PARTY_KINDS",
    "Draft",
    "EventsModel",
    "LinearModel",
    "NgramScorer",
    "Party",
    "Tokens",
    "learned_drafts",
    "load_model",
    "read_parties",
    "role_features",
    "sentence_features",
    "sentence_tokens",
    "sentence_words",
    "trigger_index",
    "vietnam_features",
]

# kinds whose parties are one set (as events_quality matches them): all named are parties, none receives
_BOTH_SIDES: Final = frozenset({"agreement.sign", "relations.establish", "relations.upgrade"})
_MOST_PARTIES: Final = (
    4  # (on heldout69–85 every reading with more, outside the one-set kinds, was wrong: 5 of 5)
)
_NEGATION: Final = compile_fast(r"\b(?:không|chưa|chẳng)\b")  # (skips to the words: speed round 21)


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
    if unstated == "A" and VNM not in actors:
        actors.insert(0, VNM)
    elif unstated == "R" and VNM not in recips:
        recips.append(VNM)
    return actors, recips


def kind_scores(model: EventsModel, words: list[str]) -> list[float]:
    """Each kind's score (log-odds) for a sentence of these words (with the model's scorer, the kinds read only:
    the others' stay at their bias)."""
    if model.scorer is not None:
        return model.scorer.scores(words)
    return model.kinds.scores(sentence_features(words))


def _kinds_read(model: EventsModel, words: list[str]) -> list[str]:
    """The kinds the model reads in the sentence: probability at least its threshold (a score at least its
    logit), among those it adds events of."""
    scores = kind_scores(model, words)
    least = math.log(model.threshold / (1.0 - model.threshold))
    classes, read = model.kinds.classes, model.read
    return [classes[k] for k, s in enumerate(scores) if s >= least and classes[k] in read]


def learned_drafts(
    doc: Document, low: str, ctx: Context, drafts: list[Draft], names_vietnam: bool, let_go: set[int]
) -> list[Draft]:
    """Drafts the model reads in the sentences whose trigger the rules let go (``let_go``: their starts; the
    triggers :func:`events_draft.draft_event` found no parties for) and that have no draft since (``drafts``:
    the fallback's and every other reading's)."""
    model = load_model()  # (first: a model file that cannot be read is told for every document)
    if model is None or not let_go:
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
        spans = spans_of(mentions[lo:hi], within)
        kinds = _kinds_read(model, sentence_words(low, sent.start, sent.end, spans))
        if not kinds or not _asserts(low, sent):
            continue  # (most sentences: their words alone are read; tokens with offsets only where a kind is)
        tokens = sentence_tokens(low, sent.start, sent.end, mentions[lo:hi], within)
        dates = [d for d in within if not ctx.in_name(d)]
        for kind in kinds:
            d = _draft(model, kind, tokens, doc, ctx, low, sent, dates, names_vietnam, add_vietnam)
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
    return not asks(low, sent)


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
    named = {p.code for p in tokens.parties}
    if not set(actors) - collective and (len(actors) + len(recips) < 2 or not set(recips) <= named):
        return None  # "nhiều nước ..." alone, or with Vietnam guessed unstated beside it: two guesses at once
    if kind in _BOTH_SIDES:  # a signing, relations established or upgraded: its parties are one set
        actors, recips = list(dict.fromkeys(actors + recips)), []
    elif not recips or len(actors) + len(recips) > _MOST_PARTIES:
        return None  # a visit, aid or sanction with no one receiving, or among five names or more (a list)
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
