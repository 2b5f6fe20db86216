"""Answer a question from the knowledge base: events first, then the text; never invent.

1. Analyse the question (what it wants, the event kinds and actors it names, a year).
2. Search (BM25, optional dense) with a query expanded for English questions.
3. Try the events whose kind, actors and year fit the question, when their evidence sentence
   supports the question; otherwise extract the wanted span from the best supported sentences.
4. Return the answer with its evidence sentence (document, offsets) and the source the document
   cites there. When nothing supports an answer, say so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from doingoai.answer import actors as actor_names
from doingoai.answer.extractors import extract
from doingoai.answer.question import Question, Wants, analyse, fold
from doingoai.answer.terms import Concept, content_terms, flat, search_query
from doingoai.errors import Code, DoingoaiError

MAX_QUESTION = 10_000
MIN_SUPPORT = 0.5  # share of the question's content terms the evidence sentence must contain


@dataclass(frozen=True)
class Answer:
    question: str
    answer: str | None
    evidence: dict[str, Any] | None = None
    citation: dict[str, Any] | None = None
    via: str = "none"  # event | text | sentence | none
    alternatives: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "answer": self.answer,
            "evidence": self.evidence,
            "citation": self.citation,
            "via": self.via,
            "alternatives": self.alternatives,
        }


def support(concepts: list[Concept], sentence: str) -> float:
    """Share of the question's concepts that the sentence contains (whole words, accent-folded)."""
    if not concepts:
        return 0.0
    folded = " " + " ".join(re.findall(r"[\w/%]+", fold(sentence))) + " "
    return sum(1 for alts in concepts if any(f" {a} " in folded for a in alts)) / len(concepts)


def _evidence(hit: dict[str, Any]) -> dict[str, Any]:
    return {k: hit[k] for k in ("doc", "text", "start", "end") if k in hit}


def _date_answer(value: str) -> str:
    return value.replace("/", "–") if "/" in value and len(value) == 9 else value


def _from_events(kb, q: Question, codes: set[str], terms: list[Concept]) -> Answer | None:
    if not q.kinds or not codes:
        return None
    best: tuple[float, dict, dict] | None = None
    for kind in q.kinds:
        for ev in kb.events(kind=kind):
            parties = set(ev["actors"]) | set(ev["recipients"])
            if not codes <= parties | {"VNM"} or not (codes & parties):
                continue
            if ev.get("status") == "negated":
                continue
            if q.year is not None and not _year_in(ev.get("date", ""), q.year):
                continue
            for evid in ev["evidence"]:
                s = support(terms, evid["text"])
                if best is None or s > best[0]:
                    best = (s, ev, evid)
    if best is None or best[0] < MIN_SUPPORT * 0.6:
        return None
    _, ev, evid = best
    answer: str | None = None
    if q.wants is Wants.DATE and ev.get("date"):
        answer = _date_answer(ev["date"])
    elif q.wants is Wants.ACTOR:
        others = [c for c in list(ev["actors"]) + list(ev["recipients"]) if c not in codes]
        answer = ", ".join(actor_names.display(c, q.lang) for c in others) or None
    elif q.wants in (Wants.NAME, Wants.LIST):
        answer = ev.get("agreement") or (", ".join(ev["objects"]) if ev.get("objects") else None)
    elif q.wants is Wants.NUMBER:
        answer = ev.get("votes")
    if not answer:
        return None
    return Answer(q.text, answer, _evidence({**evid}), kb_citation(kb, evid), via="event")


def _year_in(date: str, year: int) -> bool:
    if not date:
        return False
    parts = date.replace("-H", "/").split("/")
    years = [int(p[:4]) for p in parts if p[:4].isdigit()]
    return bool(years) and min(years) <= year <= max(years)


def kb_citation(kb, evidence: dict[str, Any]) -> dict[str, Any] | None:
    finder = getattr(kb, "citation_near", None)
    if finder is None or not evidence:
        return None
    return finder(evidence["doc"], evidence["start"], evidence["end"])


def ask(kb, question: str, dense: bool = False) -> Answer:
    text = " ".join((question or "").split())
    if not text:
        raise DoingoaiError(Code.E401_BAD_QUERY, "the question is empty")
    if len(text) > MAX_QUESTION:
        raise DoingoaiError(Code.E401_BAD_QUERY, f"the question is {len(text)} characters long")
    q = analyse(text)
    codes = actor_names.codes_in(q.text)
    terms = content_terms(q, codes)
    from_events = _from_events(kb, q, codes, terms)
    hits = [h.to_dict() for h in kb.search(search_query(q, codes), limit=10, dense=dense)]
    supported = [(support(terms, h["text"]) + 0.25 * support(terms, h.get("passage", "")), i, h) for i, h in enumerate(hits)]
    supported = [s for s in supported if s[0] >= MIN_SUPPORT * 0.8]
    supported.sort(key=lambda s: (-s[0], s[1]))
    if from_events is not None:
        return from_events
    alternatives = [_evidence(h) for _, _, h in supported[1:4]]
    for _, _, hit in supported[:5]:
        found = extract(q, hit["text"], flat(terms))
        if found:
            return Answer(q.text, found[0], _evidence(hit), kb_citation(kb, hit), via="text", alternatives=alternatives)
    if supported and q.wants in (Wants.TEXT, Wants.LIST, Wants.NAME, Wants.ACTOR):
        hit = supported[0][2]
        return Answer(q.text, hit["text"], _evidence(hit), kb_citation(kb, hit), via="sentence", alternatives=alternatives)
    return Answer(q.text, None, None, None, via="none")
