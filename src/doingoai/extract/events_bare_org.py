"""An organisation left as its capitalised head noun after a seat verb (round 93): "gia nhập Cộng đồng năm 2015",
"rút khỏi Tòa.", "thành viên thứ sáu của Sáng kiến" stand for the one organisation named before whose name starts
with that noun ("Cộng đồng Kinh tế ASEAN", "Tòa án Hình sự Quốc tế", "Sáng kiến Vành đai và Con đường"). Used by
:func:`doingoai.extract.events_unstated.unstated_sides` for a join, leave, election or chair with no organisation."""

from __future__ import annotations

import re

from doingoai.extract.events_context import Context
from doingoai.model import Document

# the capitalised head right after the verb, closing the clause (or before a date or a reason)
_HEAD = re.compile(
    r"\s*(?:(?:thứ \w+ )?(?:của|vào|khỏi|trong)\s+)?(?P<head>[A-ZĐÀ-Ỹ][^\W\d_]*(?: [a-zđà-ỹ]+)?)"
    r"(?=\s*(?:[,.;:)]|$|năm\b|vào\b|(?:kể )?từ\b|ngày\b|tháng\b|sau\b|do\b|vì\b|khi\b))"
)
_ORG_KINDS = frozenset({"organisation", "body"})
_REACH = 3000  # how far back the full name may stand


def bare_org_head(doc: Document, ctx: Context, te: int) -> str:
    """The code of the one organisation named before ``te`` whose name starts with the capitalised head noun
    right after the trigger ending at ``te`` (that noun no mention of its own), or ""."""
    m = _HEAD.match(doc.text, te)
    # (review 16: "À-Ỹ" spans lower-case letters too, "đại hội", "ủy ban": a capital is checked here)
    if m is None or not m.group("head")[0].isupper() or ctx.in_mention(m.start("head")):
        return ""
    head = m.group("head")
    found = {
        men.code
        for men in ctx.mentions_between(max(0, te - _REACH), te)
        if men.kind in _ORG_KINDS
        and men.end - men.start > len(head) + 2
        and doc.text.startswith(head + " ", men.start)
    }
    return (
        found.pop() if len(found) == 1 else ""
    )  # (not "Cộng đồng" after three "Cộng đồng ...": which one is unsaid)
