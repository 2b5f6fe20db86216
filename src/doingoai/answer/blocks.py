"""Which search hits may be evidence, read with the block each sentence is in.

* Evidence is body text: a paragraph, a list item, a heading at most; never the front matter of a
  journal article (its authors, affiliations, keywords) or its references: "Việt Nam; Malaysia;
  ASEAN; ..." names every actor of the article and states nothing. A title is kept only to introduce
  what follows it (:data:`INTRODUCES_ONLY`): the evidence is then the body text after it.
* A sentence cut after a word introducing a date ("... thiết lập quan hệ ngoại giao ngày" / "30/3/1973.",
  a line broken inside a sentence and split into two blocks) is read with the date that follows it.
* Superlatives ("lớn nhất", "largest", "đầu tiên"): a question asking for the largest partner is only
  answered from a sentence that says "lớn nhất".
* Precision: "ngày nào" / "what date" asks for a day, "tháng nào" for a month: a year is a last resort.
"""

from __future__ import annotations

import re
from typing import Any

from doingoai.answer.tables import header_of
from doingoai.answer.terms import contains_all
from doingoai.question import Question

NOT_EVIDENCE = frozenset({"author", "affiliation", "keywords", "reference"})
INTRODUCES_ONLY = frozenset({"title"})  # a title may introduce the section it heads, never be the evidence
# a legal text's status line above its title, a fact of its own: "Có hiệu lực từ ngày 15/7/2026"
_IN_FORCE_LINE = re.compile(
    r"^\s*(?:Có hiệu lực|Ngày có hiệu lực|Ngày hiệu lực)(?:\s+(?:từ|kể từ))?(?:\s+ngày)?\s*:?\s*"
    r"\d{1,2}/\d{1,2}/(?:19|20)\d\d\.?\s*$",
    re.I,
)


def in_force_line(text: str) -> bool:
    """The block is a legal text's status line stating when it takes effect ("Có hiệu lực từ ngày 15/7/2026"):
    evidence, though read as part of the title."""
    return _IN_FORCE_LINE.match(text) is not None


_DANGLING = re.compile(r"(?:\b(?:ngày|tháng|năm|vào|từ|on|in|since))\s*$", re.I)
_DATE_OPENING = re.compile(r"^\s*(?:\d{1,2}\s*/\s*)?\d{1,2}\s*/\s*(?:1[89]|20)\d\d\b")


def with_blocks(kb, hits: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The hits that may be evidence, each with its block's ``type``; a hit cut before its date is
    joined to the sentence holding the date. Hits without a document (no ``doc_id``) are kept."""
    out: list[dict[str, Any]] = []
    lookup = getattr(kb, "sentences_after", None)
    for h in hits:
        if lookup is None or "doc_id" not in h or "sentence" not in h:
            out.append(h)
            continue
        rows = lookup(h["doc_id"], h["sentence"] - 1, 2)
        if not rows or rows[0].get("idx", h["sentence"]) != h["sentence"]:
            out.append(h)
            continue
        kind = rows[0].get("type")
        if kind in NOT_EVIDENCE:
            continue
        h = {**h, "type": kind}
        if kind == "table":  # a row is read under its header ("Cửa khẩu phía Trung Quốc")
            header = header_of(kb, h)
            if header:
                h["header"] = header
                h["passage"] = header + "\n" + h.get("passage", "")
        nxt = rows[1] if len(rows) > 1 else None
        if nxt is not None and _DANGLING.search(h["text"]) and _DATE_OPENING.match(nxt["text"]):
            h["text"] = h["text"].rstrip() + " " + nxt["text"].strip()
            h["end"] = nxt["end"]
        out.append(h)
    return out


# --- superlatives --------------------------------------------------------------------------------
_VI_SUPERLATIVE = re.compile(
    r"(?<!\w)(?:[^\W\d_]+\s+)?nhất(?!\w)(?!\s+(?:trí|định|quán|là|thể|loạt|thiết|hạng|đẳng)(?!\w))", re.I
)
_EN_SUPERLATIVES: dict[str, tuple[str, ...]] = {
    "largest": ("lớn nhất",),
    "biggest": ("lớn nhất",),
    "greatest": ("lớn nhất",),
    "highest": ("cao nhất",),
    "smallest": ("nhỏ nhất",),
    "lowest": ("thấp nhất",),
    "oldest": ("lâu đời nhất", "lâu nhất"),
    "only": ("duy nhất",),
    "sole": ("duy nhất",),
}
_NOT_SUPERLATIVE = frozenset({"thống nhất", "hợp nhất", "duy nhất", "nhất trí", "thứ nhất"})


def superlatives(q: Question) -> list[tuple[str, ...]]:
    """The superlatives the evidence must write, each as its alternatives ("lớn nhất")."""
    if q.lang == "en":
        words = re.findall(r"[a-z]+", q.text.lower())
        return [_EN_SUPERLATIVES[w] for w in words if w in _EN_SUPERLATIVES and w not in ("only", "sole")]
    out: list[tuple[str, ...]] = []
    for m in _VI_SUPERLATIVE.finditer(q.text):
        phrase = " ".join(m.group(0).lower().split())
        if phrase != "nhất" and phrase not in _NOT_SUPERLATIVE and not phrase.startswith("nhất"):
            out.append((phrase,))
    return out


def says_superlatives(wanted: list[tuple[str, ...]], text: str) -> bool:
    low = " ".join(text.lower().split())
    return all(any(re.search(rf"(?<!\w){re.escape(a)}(?!\w)", low) for a in alts) for alts in wanted)


# --- precision -----------------------------------------------------------------------------------
def wanted_precision(q: Question) -> int:
    """2 for a day ("ngày nào", "what date"), 1 for a month ("tháng nào"), 0 otherwise."""
    return 2 if q.asks_day else 1 if q.asks_month else 0


_EN_MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_DAY = re.compile(
    rf"\d{{1,2}}/\d{{1,2}}/\d{{4}}|\d{{4}}-\d\d-\d\d|\d\s+tháng\s+\d{{1,2}}\s+năm|\d {_EN_MONTH} \d{{4}}"
)
_MONTH = re.compile(rf"tháng|\d{{1,2}}/\d{{4}}|\d{{4}}-\d\d|{_EN_MONTH} \d{{4}}", re.I)


def precision_of(date: str) -> int:
    """2 for a day ("30/3/1973", ISO "1973-03-30", an English answer's "30 March 1973"), 1 for a month
    ("tháng 3/1973", "March 1973"), 0 for a year or a span."""
    return 2 if _DAY.search(date) else 1 if _MONTH.search(date) else 0


_DAY_MONTH = re.compile(
    # (or the days of a range: "ngày 14 đến 17/4", "từ ngày 11 – 12/6", "5 và 6/2")
    r"(?:(?:từ\s+)?(?:ngày\s+)?\d{1,2}(?:/\d{1,2})?(?:\s*[–-]\s*|\s+(?:và|đến|tới)\s+(?:ngày\s+)?))?"
    r"(?:(?:ngày\s+)?\d{1,2}/\d{1,2}|(?:ngày\s+)?\d{1,2}\s+tháng\s+\d{1,2}|\d{1,2} " + _EN_MONTH + ")",
    re.I,
)


def names_day(date: str) -> bool:
    """A day and its month, no year ("18/3", "ngày 5 tháng 2", "18 March"), or the days of a range ("ngày 14
    đến 17/4"): the day a "ngày nào" asks, in a text whose year goes without saying."""
    return _DAY_MONTH.fullmatch(date.strip()) is not None


_MONTHS = "January February March April May June July August September October November December".split()


def day_and_month(date: str) -> tuple[int, int] | None:
    """(day, month) of the first date written ("ngày 31/1" and "31/1/2020" -> (31, 1), "31 January
    2020" -> (31, 1)), else None."""
    m = re.search(rf"(\d{{1,2}})(?:/(\d{{1,2}})|\s+tháng\s+(\d{{1,2}})|\s+({_EN_MONTH}))", date, re.I)
    if m is None:
        return None
    month = m.group(2) or m.group(3)
    return int(m.group(1)), int(month) if month else _MONTHS.index(m.group(4).capitalize()) + 1


FOCUS_DOCS = 2  # documents searched again on their own when nothing answers
FOCUS_HITS = 5  # hits taken from each


def focused(kb, query: str, hits: list[dict[str, Any]], context, required) -> list[dict[str, Any]]:
    """Hits from the documents about the question's actors, searched on their own: a joint statement
    titled "... Việt Nam và Vương quốc Đan Mạch" whose item says "quan hệ ... giữa hai nước, kể từ khi
    được thiết lập ngày 25/11/1971" ranks below other documents' sentences naming the actors."""
    if not required:
        return []
    docs: list[str] = []
    for h in hits:
        if "doc_id" not in h or h["doc"] in docs:
            continue
        if contains_all(required, context.title(h["doc_id"]) + " " + h["text"] + " " + h.get("passage", "")):
            docs.append(h["doc"])
        if len(docs) == FOCUS_DOCS:
            break
    seen = {(h.get("doc_id"), h["start"]) for h in hits}
    more = [x.to_dict() for d in docs for x in kb.search(query, limit=FOCUS_HITS, doc=d)]
    return [h for h in more if (h.get("doc_id"), h["start"]) not in seen]
