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
from doingoai.answer.extractors import extract, find_date, find_name
from doingoai.answer.terms import (
    Concept,
    content_terms,
    flat,
    required_concepts,
    required_names,
    search_query,
    words,
)
from doingoai.errors import Code, DoingoaiError
from doingoai.question import Question, Wants, analyse, mentions_kind

MAX_QUESTION = 10_000
MIN_SUPPORT = 0.5  # share of the question's content terms the evidence sentence must contain
STRONG_SUPPORT = 0.75  # a factoid question with no extractable span gets the sentence only above this
_RANGE = re.compile(r"\d{4}\s*[–-]\s*\d{4}")  # a year range: a period, not the date of one event


@dataclass(frozen=True)
class Answer:
    question: str
    answer: str | None
    evidence: dict[str, Any] | None = None
    citation: dict[str, Any] | None = None
    via: str = "none"  # event | text | sentence | section | none
    alternatives: list[dict[str, Any]] = field(default_factory=list)
    value: str | None = None  # the answer normalised (ISO 8601 for dates) when it comes from a fact
    fact: int | None = None  # the id of the event (fact) the answer comes from

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "answer": self.answer,
            "evidence": self.evidence,
            "citation": self.citation,
            "via": self.via,
            "value": self.value,
            "fact": self.fact,
            "alternatives": self.alternatives,
        }


def support(concepts: list[Concept], sentence: str) -> float:
    """Share of the question's concepts that the sentence contains (whole words, accent-folded)."""
    if not concepts:
        return 0.0
    folded = " " + words(sentence) + " "
    return sum(1 for alts in concepts if any(f" {a} " in folded for a in alts)) / len(concepts)


def contains_all(required: list[Concept], sentence: str) -> bool:
    """Every required concept is in the sentence, with its case and accents (names: "Pháp" is not "pháp")."""
    text = (
        " " + " ".join(re.findall(r"[\w/%]+", sentence)) + " " + " ".join(re.findall(r"\w+", sentence)) + " "
    )
    return all(any(f" {a} " in text for a in alts) for alts in required)


def _evidence(hit: dict[str, Any], kb=None) -> dict[str, Any]:
    """The evidence sentence: document, text, offsets in the cleaned text and in the file as given."""
    ev = {k: hit[k] for k in ("doc", "doc_id", "text", "start", "end", "raw_start", "raw_end") if k in hit}
    if kb is not None and "raw_start" not in ev and "doc_id" in ev:
        row = kb.sentence_at(ev["doc_id"], ev["start"])
        if row:
            ev["raw_start"], ev["raw_end"] = row["raw_start"], row["raw_end"]
    return ev


def _date_answer(value: str) -> str:
    return value.replace("/", "–") if "/" in value and len(value) == 9 else value


def _date_precision(date: str) -> float:
    """1 for a day, less for a month, a year, a half-year or an interval; 0 for no date."""
    if not date:
        return 0.0
    if "/" in date:
        return 0.1
    return {10: 1.0, 7: 0.7}.get(len(date), 0.4)


def _written_precision(written: tuple[str, int, int] | None) -> float:
    if not written or _RANGE.search(written[0]):
        return 0.0
    slashes = written[0].count("/")
    return 1.0 if slashes >= 2 else 0.7 if slashes == 1 or "tháng" in written[0].lower() else 0.4


def _party_codes(codes: set[str]) -> tuple[set[str], set[str]]:
    """Actor codes, with a named agreement standing for its parties; and the agreements named."""
    parties: set[str] = set()
    agreements: set[str] = set()
    for code in codes:
        named = actor_names.parties_of(code)
        if named:
            agreements.add(code)
            parties.update(named)
        else:
            parties.add(code)
    return parties, agreements


def _from_events(
    kb, q: Question, codes: set[str], terms: list[Concept], required: list[Concept]
) -> Answer | None:
    """The best-supported event of the asked kind among the actors named (and year, if given)."""
    if not q.kinds or not (codes or q.year is not None):
        return None
    wanted, agreements = _party_codes(codes)
    # every wanted code other than VNM must be a party (and VNM, when it is all that is wanted):
    # let the store filter on one of them instead of scoring every event of the kind
    anchor = min(wanted - {"VNM"} or wanted) if wanted else None
    best: tuple[float, dict, dict] | None = None
    for kind in q.kinds:
        for ev in kb.events(kind=kind, actor=anchor):
            parties = set(ev["actors"]) | set(ev["recipients"])
            if wanted and (not wanted <= parties | {"VNM"} or not (wanted & parties)):
                continue
            if ev.get("status") == "negated":
                continue
            if q.year is not None and not _year_in(ev.get("date", ""), q.year):
                continue
            bonus = 0.3 * (ev.get("agreement") in agreements) + 0.2 * (
                q.planned == (ev.get("status") == "planned")
            )
            for evid in ev["evidence"]:
                if not contains_all(required, evid["text"]):
                    continue
                written = find_date(q, evid["text"], flat(terms)) if q.wants is Wants.DATE else None
                if written and not any(
                    _year_in(ev.get("date", ""), int(y)) for y in re.findall(r"\d{4}", written[0])
                ):
                    written = None
                score = (
                    support(terms, evid["text"])
                    + 0.2 * (wanted <= parties)
                    + bonus
                    + 0.1 * max(_date_precision(ev.get("date", "")), _written_precision(written))
                    + 0.15
                    * bool(written and not _RANGE.search(written[0]))  # the sentence dates the event itself
                    - 0.0001 * len(evid["text"])
                )
                if best is None or score > best[0]:
                    best = (score, ev, evid)
    if best is None or best[0] < MIN_SUPPORT * 0.6:
        return None
    _, ev, evid = best
    answer: str | None = None
    if q.wants is Wants.DATE and ev.get("date"):
        written = find_date(q, evid["text"], flat(terms))
        precise = (
            written
            and not _RANGE.search(written[0])
            and _date_precision(ev["date"]) < 1.0
            and any(_year_in(ev["date"], int(y)) for y in re.findall(r"\d{4}", written[0]))
        )  # the sentence's own writing of this fact's date, never another date in it
        answer = written[0] if precise else _date_answer(ev["date"])  # as the text writes it when sharper
    elif q.wants is Wants.ACTOR:
        others = [c for c in list(ev["actors"]) + list(ev["recipients"]) if c not in wanted]
        answer = ", ".join(actor_names.display(c, q.lang) for c in others) or None
    elif q.wants in (Wants.NAME, Wants.LIST):
        agreement = ev.get("agreement")
        if agreement and re.fullmatch(r"[A-Z][A-Z0-9_]+", agreement):
            agreement = actor_names.display(agreement, "vi")  # a gazetteer code -> its name
        objects = ", ".join(ev["objects"]) if ev.get("objects") else None
        from_text = find_name(q, evid["text"]) if q.head else None  # the name as the text writes it
        named = from_text[0] if from_text else agreement
        answer = (objects or named) if q.wants is Wants.LIST else (named or objects)
    elif q.wants is Wants.NUMBER:
        answer = ev.get("votes")
    if not answer:
        return None
    return Answer(
        q.text,
        answer,
        _evidence(evid, kb),
        kb_citation(kb, evid),
        via="event",
        value=ev.get("date") if q.wants is Wants.DATE else None,
        fact=ev.get("id"),
    )


def _year_in(date: str, year: int) -> bool:
    if not date:
        return False
    parts = date.replace("-H", "/").split("/")
    years = [int(p[:4]) for p in parts if p[:4].isdigit()]
    return bool(years) and min(years) <= year <= max(years)


def kb_citation(kb, evidence: dict[str, Any]) -> dict[str, Any] | None:
    """The source the document cites for the evidence: the in-text citation closing its sentence."""
    if not evidence:
        return None
    return kb.citation_within(evidence.get("doc_id", evidence["doc"]), evidence["start"], evidence["end"] + 2)


def _following(kb, hit: dict[str, Any], limit: int = 3) -> list[dict[str, Any]]:
    """The body sentences after ``hit`` in its document (headings and front matter skipped)."""
    rows = kb.sentences_after(hit["doc_id"], hit["sentence"], limit + 2)
    out = [
        {k: r[k] for k in ("doc", "doc_id", "text", "start", "end", "raw_start", "raw_end")}
        for r in rows
        if r["type"] in ("paragraph", "list_item")
    ]
    return out[:limit]


def _introduces(hit: dict[str, Any]) -> bool:
    """A heading, a sentence ending in ":", or a one-sentence paragraph: the answer follows it."""
    text = hit["text"].rstrip()
    passage = (hit.get("passage") or "").strip()
    return (
        text.endswith(":")
        or passage == text
        or hit.get("passage_start") != hit.get("start")
        and passage.endswith(text)
        and len(passage) - len(text) < 12
    )


def ask(kb, question: str, dense: bool = False) -> Answer:
    text = " ".join((question or "").split())
    if not text:
        raise DoingoaiError(Code.E401_BAD_QUERY, "the question is empty")
    if len(text) > MAX_QUESTION:
        raise DoingoaiError(Code.E401_BAD_QUERY, f"the question is {len(text)} characters long")
    q = analyse(text)
    codes = actor_names.codes_in(q.text)
    terms = content_terms(q, codes)
    required = required_concepts(q, codes) + ([(str(q.year),)] if q.year is not None else [])
    from_events = _from_events(kb, q, codes, terms, required_names(q, codes))
    hits = [h.to_dict() for h in kb.search(search_query(q, codes), limit=10, dense=dense)]
    supported = [
        (support(terms, h["text"]) + 0.25 * support(terms, h.get("passage", "")), i, h)
        for i, h in enumerate(hits)
    ]
    supported = [
        s
        for s in supported
        if s[0] >= MIN_SUPPORT * 0.8 and contains_all(required, s[2]["text"] + " " + s[2].get("passage", ""))
    ]
    supported.sort(key=lambda s: (-s[0], s[1]))
    if from_events is not None and (
        not supported or support(terms, from_events.evidence["text"]) >= supported[0][0] - 0.25
    ):
        return from_events  # a fact whose evidence is about as close to the question as the best sentence
    alternatives = [_evidence(h) for _, _, h in supported[1:4]]
    for _, _, hit in supported[:5]:
        if q.wants in (Wants.DATE, Wants.NUMBER) and not mentions_kind(q.kinds, hit["text"]):
            continue  # a date or amount is only taken from a sentence about the action asked
        found = extract(q, hit["text"], flat(terms))
        if found:
            return Answer(
                q.text, found[0], _evidence(hit), kb_citation(kb, hit), via="text", alternatives=alternatives
            )
    strong = q.wants in (Wants.ACTOR, Wants.NAME) and supported and supported[0][0] >= STRONG_SUPPORT
    if supported and (q.wants in (Wants.TEXT, Wants.LIST) or strong):
        hit = supported[0][2]
        if _introduces(hit) and "doc_id" in hit:
            rest = _following(kb, hit)
            if rest:
                answer = " ".join(r["text"] for r in rest)
                return Answer(
                    q.text,
                    answer,
                    rest[0],
                    kb_citation(kb, rest[0]),
                    via="section",
                    alternatives=[_evidence(hit)] + alternatives,
                )
        return Answer(
            q.text,
            hit["text"],
            _evidence(hit),
            kb_citation(kb, hit),
            via="sentence",
            alternatives=alternatives,
        )
    return Answer(
        q.text, None, None, None, via="none", alternatives=[_evidence(h) for _, _, h in supported[:3]]
    )
