"""An answer with its evidence sentence and the source its document cites there."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


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
    status: str | None = None  # the fact's status ("occurred", "planned", ...) when it comes from a fact

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


def evidence_of(hit: dict[str, Any], kb=None) -> dict[str, Any]:
    """The evidence sentence: document, text, offsets in the cleaned text and in the file as given."""
    ev = {
        k: hit[k]
        for k in ("doc", "path", "doc_id", "text", "start", "end", "raw_start", "raw_end")
        if k in hit
    }
    if kb is not None and "raw_start" not in ev and "doc_id" in ev:
        row = kb.sentence_at(ev["doc_id"], ev["start"])
        if row:
            ev["raw_start"], ev["raw_end"] = row["raw_start"], row["raw_end"]
    return ev


def kb_citation(kb, evidence: dict[str, Any]) -> dict[str, Any] | None:
    """The source the document cites for the evidence: the in-text citation closing its sentence."""
    if not evidence:
        return None
    return kb.citation_within(evidence.get("doc_id", evidence["doc"]), evidence["start"], evidence["end"] + 2)
