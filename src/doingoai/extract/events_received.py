"""A delegation received by a report's or plan's writer, named by a body the text placed in a country before.

A Vietnamese body's report or plan lists "Tháng 9, đón đoàn Đại học X sang khảo sát", "Mời đoàn Trường Y sang làm
việc": the visiting body is a university, an agency or an association the gazetteer does not know, so the item names
no party and is left out. The same writer named that body earlier, with its country ("Nhân chuyến thăm Israel ...,
Học viện và Trường Nông nghiệp thuộc Đại học X đã ký ..."; "làm việc với Cơ quan Xúc tiến xuất khẩu Chile
(ProChile)"): the body is that country's, as a reader of the report takes it. A synthetic mention (``via="anaphora"``)
of that country stands on the body's name, so the visit is drafted as any "đón đoàn <country's body> sang ..." is.
Only a name of capitalised first word right after "đón / mời (các) đoàn (chuyên gia của)" and right before "sang", not
holding a party already, found earlier in the text in a sentence naming exactly one foreign state; in a plan whose
title names one partner (events_plan_tasks), a name not found before is that partner's.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from doingoai.extract.events_anaphora import country_of
from doingoai.extract.events_plan_tasks import plan_partner
from doingoai.model import Document, Mention

_RECEIVED = re.compile(
    r"\b(?:[Đđ]ón(?: tiếp)?|[Mm]ời) (?:các )?đoàn (?:chuyên gia (?:của )?)?"
    r"(?P<name>[A-ZĐ][^\W\d_]*(?:[- ][^\W\d_]+){0,8}?) sang\b"
)
_VNM = "VNM"
_PARTIES = ("country", "organisation", "body", "person")


def received_mentions(doc: Document, low: str, mentions: list[Mention], cache: dict) -> list[Mention]:
    """A mention of the country of each received delegation's body named before with one foreign state (see the
    module). ``mentions``: the party mentions (with places and capitals standing for states), sorted by start."""
    if "đoàn" not in low or " sang" not in low:
        return []
    text = doc.text
    starts = [m.start for m in mentions]
    out: list[Mention] = []
    for m in _RECEIVED.finditer(text):
        s, e = m.span("name")
        k = bisect_left(starts, s)
        if k < len(mentions) and mentions[k].start < e:
            continue  # (a party named there: read as it is)
        sent = doc.sentence_at(s)
        if sent is None:
            continue
        lo = bisect_left(starts, sent.start)
        if any(x.start < sent.end and x.kind in _PARTIES and x.code != _VNM for x in mentions[lo:]):
            continue  # (the sentence names a foreign party of its own)
        code = _placed_before(doc, text, mentions, starts, m.group("name"), s)
        if not code:
            code = plan_partner(doc, mentions, cache)
        if code and code != _VNM:
            out.append(Mention(s, e, code, "country", "anaphora"))
    return out


def _placed_before(
    doc: Document, text: str, mentions: list[Mention], starts: list[int], name: str, pos: int
) -> str:
    """The one foreign state named in the last earlier sentence holding ``name`` (before ``pos``), else ""."""
    at = text.rfind(name, 0, pos)
    if at < 0:
        return ""
    sent = doc.sentence_at(at)
    if sent is None:
        return ""
    named = {
        country_of(x.code)
        for x in mentions[bisect_left(starts, sent.start) : bisect_left(starts, sent.end)]
        if x.kind == "country"
    } - {_VNM}
    return next(iter(named)) if len(named) == 1 else ""
