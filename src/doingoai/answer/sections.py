"""When no span answers: the text itself. A question asking for text (or a factoid whose best sentence
is close enough) gets the body after the heading or lead-in that introduces it (a section), else
its best body sentence; a sentence that is itself a question is never evidence."""

from __future__ import annotations

import re
from typing import Any

from doingoai.answer.blocks import INTRODUCES_ONLY
from doingoai.answer.required import mentions_theme
from doingoai.answer.result import Answer, evidence_of, kb_citation
from doingoai.question import Question, Wants

STRONG_SUPPORT = 0.75  # a factoid question with no extractable span gets the sentence only above this
TABLE_ROWS = 12  # rows of a table taken whole after the sentence introducing it


def following(kb, hit: dict[str, Any], limit: int = 3) -> list[dict[str, Any]]:
    """The body sentences after ``hit`` in its document (headings and front matter skipped)."""
    rows = kb.sentences_after(hit["doc_id"], hit["sentence"], limit + 2 + TABLE_ROWS)
    rows = [r for r in rows if r["type"] in ("paragraph", "list_item", "table")]
    keys = ("doc", "path", "doc_id", "text", "start", "end", "raw_start", "raw_end")
    out = [{k: r[k] for k in keys} for r in rows[:limit]]
    if rows[:limit] and rows[limit - 1 if len(rows) >= limit else -1]["type"] == "table":
        more = rows[limit:]  # a table the lead-in introduces: every row of it (up to TABLE_ROWS)
        more = more[: next((i for i, r in enumerate(more) if r["type"] != "table"), len(more))]
        out += [{k: r[k] for k in keys} for r in more[:TABLE_ROWS]]
    return out


# A paragraph opening an enumeration: "Trước hết, ...", "Thứ nhất, ...", "Một là, ...", "First, ..."
_ENUMERATION = re.compile(
    r"(?:trước hết|trước tiên|đầu tiên|thứ nhất|một là|first(?:ly)?|1[.)]|a\))\s*[,:.)]?\s", re.I
)


def introduces(kb, hit: dict[str, Any]) -> bool:
    """A heading, a sentence ending in ":", or a paragraph's last sentence followed by a paragraph
    opening an enumeration ("... bộc lộ một số hạn chế." / "Trước hết, ...") introduces what follows
    it (the answer). A paragraph of one sentence alone does not: Word exports and news pages write one
    sentence a line."""
    if hit["text"].rstrip().endswith(":"):
        return True
    if "doc_id" not in hit or "sentence" not in hit:
        return False
    rows = kb.sentences_after(hit["doc_id"], hit["sentence"] - 1, 2)
    if not rows or rows[0]["idx"] != hit["sentence"]:
        return False
    if rows[0]["type"] in ("heading", "title"):
        return True
    following = rows[1] if len(rows) > 1 else None
    return (
        following is not None
        and following["start"] >= hit.get("passage_end", hit["end"])
        and following["type"] in ("paragraph", "list_item")
        and bool(_ENUMERATION.match(following["text"]))
    )


def asks(sentence: str) -> bool:
    """Whether a sentence of the text is itself a question (a review question, a Q&A page's "Hỏi:"
    line): never evidence for its own answer."""
    return sentence.rstrip().endswith("?")


def from_text(
    kb, q: Question, supported: list, denied: set[int], negation: Any, alternatives: list
) -> Answer:
    """The section or the sentence answering ``q`` from the ``supported`` hits (best first, as
    ``(score, index, hit)``; ``denied``: indices of sentences saying the contrary)."""
    if q.asks_theme:  # a theme is a factoid: only a sentence that states one can answer
        supported = [x for x in supported if mentions_theme(x[2]["text"])]
    if q.asks_body or q.asks_state:  # "Which organisations ...": of the closest, one naming others first
        supported = _naming_others_first(q, supported)
    named = q.named_head is not None  # "quy chế nào": a factoid, like "hiệp định nào"
    strong = (
        (q.wants in (Wants.ACTOR, Wants.NAME) or named) and supported and supported[0][0] >= STRONG_SUPPORT
    )
    if supported and (q.wants in (Wants.TEXT, Wants.LIST) and not named or strong):
        hit = supported[0][2]
        says = negation is not None or supported[0][1] in denied  # the sentence itself says "chưa ..."
        if introduces(kb, hit) and "doc_id" in hit and (not says or hit["text"].rstrip().endswith(":")):
            rest = following(kb, hit)
            if rest:  # the body text after the heading or the title is the evidence
                answer = " ".join(r["text"] for r in rest)
                return Answer(
                    q.text,
                    answer,
                    rest[0],
                    kb_citation(kb, rest[0]),
                    via="section",
                    alternatives=[evidence_of(hit)] + alternatives,
                )
        body = [h for _, _, h in supported if h.get("type") not in INTRODUCES_ONLY and not asks(h["text"])]
        if not body:
            return Answer(q.text, None, None, None, via="none", alternatives=alternatives)
        hit = hit if hit in body else body[0]
        return Answer(
            q.text,
            hit["text"],
            evidence_of(hit),
            kb_citation(kb, hit),
            via="sentence",
            alternatives=alternatives,
        )
    return Answer(
        q.text, None, None, None, via="none", alternatives=[evidence_of(h) for _, _, h in supported[:3]]
    )


def _naming_others_first(q: Question, supported: list) -> list:
    """``supported`` with, among the sentences as close to the question as the best, those naming
    an actor the question does not first ("Chúng tôi cảm ơn WHO, UNICEF ..." before "... lô vắc-xin
    do Cơ chế COVAX hỗ trợ ..." for "Which organisations did X thank ... on COVAX?")."""
    if len(supported) < 2 or supported[1][0] < supported[0][0]:
        return supported
    from doingoai.answer import actors

    asked = actors.codes_in(q.text, english=q.lang == "en")
    best = [x for x in supported if x[0] >= supported[0][0]]
    others = [x for x in best if actors.codes_in(x[2]["text"]) - asked - {"VNM"}]
    return others + [x for x in supported if x not in others] if others else supported
