"""A sentence whose subject is only the head noun of the name its section heading or title writes.

"Ủy ban gồm mười chuyên gia độc lập …" under the heading "Ủy ban chống tra tấn", "Công ước có hiệu
lực …" in a page titled "Công ước chống tra tấn": the sentence speaks of what the heading (else the
title) names, and is read with it when its support for a question is weighed. Only a sentence opening
with the heading's first two words (after, at most, a short lead "Theo Điều 20, "), then going on with
other words (its own verb, not the rest of the name), inherits the heading.

`kind_headed`: a sentence opening with the two-word kind the question writes before the title's name
("Sáng kiến do X đề xuất …" in an entry titled "Liên minh …", asked "Ai đề xuất sáng kiến Liên minh …?")
names what the title names: the question's names (and parties) may be found in the title.
"""

from __future__ import annotations

import re
from typing import Any

from doingoai.answer.context import _section_head

HEADING_LINES = 4  # non-empty lines looked back for the section's heading
REACH = 3000  # characters looked back for them
_WORDS = re.compile(r"[^\W\d_]+")
_LEAD = re.compile(r"^[^,.;:]{1,40},\s+")  # "Theo Điều 20, Ủy ban …", "Năm 2002, Công ước …"


def _opens_with_head(sentence: str, heading: str) -> bool:
    head = _WORDS.findall(heading)
    if len(head) < 3 or not heading[:1].isupper():
        return False
    for text in (sentence, _LEAD.sub("", sentence, count=1)):
        words = _WORDS.findall(text[:80])
        if (
            len(words) >= 3
            and [w.lower() for w in words[:2]] == [w.lower() for w in head[:2]]
            and text.lstrip().startswith(words[0])
            and words[2].lower() != head[2].lower()
        ):
            return True
    return False


def headed(context, hit: dict[str, Any]) -> str:
    """The section heading (else the document's title) whose name the sentence's bare head noun
    stands for ("Ủy ban chống tra tấn" for "Ủy ban gồm …"); else ""."""
    if "doc_id" not in hit or "start" not in hit:
        return ""
    text, title = context.document(hit["doc_id"])
    sentence = hit["text"]
    before = text[max(0, hit["start"] - REACH) : hit["start"]]
    lines = [ln.strip() for ln in before.split("\n") if ln.strip()]
    for ln in reversed(lines[-HEADING_LINES:]):
        if _section_head(ln) and len(ln) < len(sentence):
            if _opens_with_head(sentence, ln):
                return ln
            break  # the nearest heading decides
    if title and _opens_with_head(sentence, title.strip()):
        return title.strip()
    return ""


def kind_headed(context, hit: dict[str, Any], question: str) -> str:
    """The document's title when the sentence opens with the kind the question writes before the title's
    name ("Sáng kiến do …" for "Ai đề xuất sáng kiến Liên minh …?"); else "". The sentence then names
    what the title names (unlike a bare head noun, which only adds to its support)."""
    if "doc_id" not in hit:
        return ""
    _, title = context.document(hit["doc_id"])
    if title and _opens_with_kind(hit["text"], question, title.strip()):
        return title.strip()
    return ""


_KIND_OPEN = re.compile(r"^\s*([^\W\d_]+\s+[^\W\d_]+)\s+(?:do|được|đã|là|có|ra đời|bao gồm)\s")


def _opens_with_kind(sentence: str, question: str, title: str) -> bool:
    """The sentence opens with the kind ("Sáng kiến do …") the question writes right before the title's
    name ("Ai đề xuất sáng kiến Liên minh …?" in an entry titled "Liên minh …")."""
    m = _KIND_OPEN.match(_LEAD.sub("", sentence, count=1)) or _KIND_OPEN.match(sentence)
    head = _WORDS.findall(title)
    if not m or not m.group(1)[:1].isupper() or len(head) < 2:
        return False
    kind = " ".join(_WORDS.findall(m.group(1).lower()))
    asked = " ".join(_WORDS.findall(question.lower()))
    return f"{kind} {head[0].lower()} {head[1].lower()}" in asked
