"""An organisation left as its capitalised head noun after a seat verb (round 93): "gia nhập Cộng đồng năm 2015",
"rút khỏi Tòa.", "thành viên thứ sáu của Sáng kiến" stand for the one organisation named before whose name starts
with that noun ("Cộng đồng Kinh tế ASEAN", "Tòa án Hình sự Quốc tế", "Sáng kiến Vành đai và Con đường"). Used by
:func:`doingoai.extract.events_unstated.unstated_sides` for a join, leave, election or chair with no organisation."""

from __future__ import annotations

import re
from typing import Any, Final

from doingoai.extract.events_context import Context
from doingoai.extract.mention_kinds import ORG_KINDS
from doingoai.extract.rx_boundary import WORD_START
from doingoai.model import Document

# the capitalised head right after the verb, closing the clause (or before a date or a reason)
_HEAD: Final = re.compile(
    r"\s*(?:(?:thứ \w+ )?(?:của|vào|khỏi|trong)\s+)?(?P<head>[A-ZĐÀ-Ỹ][^\W\d_]*(?: [a-zđà-ỹ]+)?)"
    r"(?=\s*(?:[,.;:)]|$|năm\b|vào\b|(?:kể )?từ\b|ngày\b|tháng\b|sau\b|do\b|vì\b|khi\b))"
)
_REACH: Final = 3000  # how far back the full name may stand


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
        if men.kind in ORG_KINDS
        and men.end - men.start > len(head) + 2
        and doc.text.startswith(head + " ", men.start)
    }
    return (
        found.pop() if len(found) == 1 else ""
    )  # (not "Cộng đồng" after three "Cộng đồng ...": which one is unsaid)


# round 113: "tham gia" closing its clause or followed by a date ("Năm 2011, Hoa Kỳ và Nga chính thức tham gia, nâng
# số thành viên lên 18", "X và Y tham gia năm 1991"), its subject a state named right before (adverbs between)
_TAKE_PART_CLOSED: Final = re.compile(
    r"\s*(?:[,.;)]|$|(?:(?:kể )?từ|năm|ngày|tháng|vào)\s+(?:năm |ngày |tháng )?\d"
    r"|(?:ngay |không lâu |ít lâu )?sau đó\s*[,.;)]|(?:cũng )?(?:trong )?(?:cùng năm|năm sau|năm đó)\s*[,.;)]"
    # (round 137) from a meeting of the body on: "Nga tham gia đầy đủ từ Hội nghị Denver năm 1997"
    r"|(?P<meeting>(?:đầy đủ |chính thức )?(?:kể )?từ (?:hội nghị|kỳ họp|cuộc họp)\b))"
)  # (round 124: "..., Nigeria tham gia ngay sau đó.", "X tham gia năm sau.": a time told relative to the last)
_MEETING_REACH: Final = 80  # how far after "tham gia từ hội nghị" a body's name would be the meeting's
_CLAUSE_END: Final = re.compile(r"[,.;:()]")
_ACRONYM: Final = re.compile(WORD_START + r"[A-Z]{3,}(?![\w-])")
_TAKE_PART_GAP: Final = re.compile(
    r"(?:\s+(?:cũng|đã|chính thức|đều|lần lượt|mới|sau đó|cùng|lại|sẽ|thì|mới|tiếp tục))*\s*", re.IGNORECASE
)


def take_part_closed(index: Any, text: str, low: str, s0: int, hs: int, he: int) -> bool:
    """Is "tham gia" at ``low[hs:he]`` told of a state named right before it in its sentence (from ``s0``), with
    nothing after it but a date or the clause's end, and no other body named before it in the sentence? Its
    organisation is then the one the text is about (:func:`doingoai.extract.events_unstated.unstated_sides`)."""
    closed = _TAKE_PART_CLOSED.match(low, he)
    if closed is None or _ACRONYM.search(text, s0, hs) is not None:
        return False  # ("Các thành viên sáng lập SADCC gồm ...; Namibia tham gia năm 1990": that body's)
    if closed.group("meeting") and any(m.kind in ORG_KINDS for m in index.between(he, _clause_end(low, he))):
        return False  # ("tham gia từ Hội nghị Bộ trưởng APEC": the meeting of a body named there)
    before = index.between(s0, hs)
    if any(m.kind in ORG_KINDS for m in before):
        return False
    if not before or before[-1].kind != "country" or low.endswith(" mà ", s0, before[-1].start):
        return False  # (not a relative clause: "tổ chức quốc tế đầu tiên mà nước này tham gia", told already)
    return _TAKE_PART_GAP.fullmatch(low, before[-1].end, hs) is not None


def _clause_end(low: str, start: int) -> int:
    """Where the clause from ``start`` ends: its first punctuation, at most :data:`_MEETING_REACH` characters on."""
    m = _CLAUSE_END.search(low, start, start + _MEETING_REACH)
    return m.start() if m else start + _MEETING_REACH
