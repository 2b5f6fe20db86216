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
from doingoai.question_cues import KIND_RX, mentions_kind

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
    if q.asks_event:  # "What happened between X and Y in 2014?": only a sentence stating an act of that year
        supported = [x for x in supported if states_act(q, x[2])]
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


_ALL_KINDS = tuple(KIND_RX)


def states_act(q: Question, hit: dict[str, Any]) -> bool:
    """The sentence itself states an act (an event kind's cue word: "ký", "thăm", "nâng quan hệ") and
    writes the year the question names (or is dated by it: "Năm ngoái" in a text of that year)."""
    text = hit["text"]
    if q.year is not None and str(q.year) not in text + " " + hit.get("relative", ""):
        return False
    return mentions_kind(_ALL_KINDS, text)


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


# a Q&A page's question line ("Hỏi: …?", "Câu hỏi 3: …?", "Q: …?") and its answer's mark ("Đáp: …")
_ASKED = re.compile(r"(?:hỏi|câu hỏi(?:\s+\d+)?|q|question)\s*[:.]\s*\S", re.I)
_REPLY = re.compile(r"(?:đáp|trả lời|tl|a|answer)\s*:\s*\S", re.I)


def answers_to(kb, hits: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The answers of the Q&A question lines among ``hits`` ("Hỏi: … khi nào?" -> "Đáp: Ngày 7/1/1972."),
    which the search may rank low when they are short: each the sentence opening the answer right
    after the question line, not among the hits already."""
    lookup = getattr(kb, "sentences_after", None)
    if lookup is None:
        return []
    have = {(h.get("doc_id"), h.get("sentence")) for h in hits}
    out = []
    for h in hits:
        if "sentence" not in h or not asks(h["text"]) or not _ASKED.match(h["text"]):
            continue
        rows = lookup(h["doc_id"], h["sentence"], 1)
        if not rows or not _REPLY.match(rows[0]["text"]) or (h["doc_id"], rows[0]["idx"]) in have:
            continue
        r = rows[0]
        have.add((h["doc_id"], r["idx"]))
        keys = ("doc", "path", "doc_id", "text", "start", "end")
        out.append(
            {k: r[k] for k in keys}
            | {
                "sentence": r["idx"],
                "passage": r["text"],
                "passage_start": r["start"],
                "passage_end": r["end"],
            }
            | {"score": h.get("score", 0.0), "snippet": r["text"], "also": ()}
        )
    return out


# a dated entry of a chronology: "Ngày 4/2/1950: ", "Tháng 3/1951: ", "Năm 1955: " (a dash or bullet before)
_DATED = re.compile(r"(?:^[-–—•+*]\s*)?(?:(?<![^\W\d_])(?:ngày|tháng|năm)\s+)?[\d/.]+\d\s*:\s*", re.I)
_JOINERS = frozenset(("và", "cùng", "and"))


def elided(text: str) -> bool:
    """A chronology's entry writing only dates and names, its action left to the entries above it
    ("– Ngày 4/2/1950: Ba Lan; ngày 8/2/1950: Bun-ga-ri.")."""
    if len(text) > 160 or _DATED.match(text) is None:
        return False
    rest = _DATED.sub(" ", text.replace(";", " ; ")).replace(";", " ").replace(",", " ").rstrip(" .")
    names = rest.split()
    return bool(names) and all(w[0].isupper() or w.casefold() in _JOINERS for w in names)


def elided_action(kb, hit: dict[str, Any]) -> str:
    """What an elided entry of a chronology (:func:`elided`) says its names did: the entry before it with
    its date left out ("Hung-ga-ri và Ru-ma-ni cùng đặt quan hệ ngoại giao với Việt Nam."); else ""."""
    if "sentence" not in hit or hit["sentence"] < 1 or not elided(hit["text"]):
        return ""
    lookup = getattr(kb, "sentences_after", None)
    rows = lookup(hit["doc_id"], hit["sentence"] - 2, 1) if lookup is not None else []
    if not rows or rows[0]["idx"] != hit["sentence"] - 1 or elided(rows[0]["text"]):
        return ""
    return _DATED.sub("", rows[0]["text"], count=1) if _DATED.match(rows[0]["text"]) else ""


def elided_part(text: str, required: list[tuple[str, ...]]) -> str:
    """Of an elided entry dating several names ("Ngày 4/2/1950: Ba Lan; ngày 8/2/1950: Bun-ga-ri"), the
    part dating the asked one (``required``: its names, as :func:`~doingoai.answer.terms.required_actors`
    gives them); the whole entry when no one part names it or the entry is not elided."""
    if not required or not elided(text):
        return text
    cuts = [m.start() for m in _DATED_PART.finditer(text)]
    if len(cuts) < 2:
        return text
    parts = [text[a:b] for a, b in zip(cuts, cuts[1:] + [len(text)], strict=True)]
    written = [" " + " ".join(re.findall(r"[\w/%]+", p)) + " " for p in parts]  # (as the names are written)
    named = [
        p
        for p, w in zip(parts, written, strict=True)
        if all(any(f" {a.lstrip('~')} " in w for a in alts) for alts in required)
    ]
    return named[0] if len(named) == 1 else text


_DATED_PART = re.compile(r"(?<![^\W\d_])(?:ngày|tháng|năm)\s+[\d/.]+\d\s*:", re.I)


def opens_answer(sentence: str) -> bool:
    """The sentence opens a Q&A page's answer ("Đáp: Ngày 7/1/1972.")."""
    return _REPLY.match(sentence) is not None
