"""Events (round 42): a foreign body introduced with its country in brackets stands for that country later on.

A report exported from Word by a school, a ministry or a province names its partners once with their country
("thăm và làm việc với Đại học X và Đại học Y (Italia)", "ký Biên bản ghi nhớ với Viện Z (Ca-na-đa)") and then by
the body's name alone ("đón đoàn giảng viên Đại học X sang ...", "Viện Z cử chuyên gia sang ..."). The body's name
is no gazetteer entry; :func:`bracketed_bodies` gives each later (or earlier) occurrence of it a synthetic mention
of the bracketed country (``via="anaphora"``), as a place standing for its state does (extract/places). Only
names opened by a body's head noun ("Đại học", "Viện", "Hội", ...) and with one more capitalised word; names
coordinated right before the bracket ("X và Y (Italia)") share it.
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.model import Document, Mention

_HEADS: Final = (
    r"(?:Trường Đại học|Đại học|Trường|Học viện|Viện|Hội|Hiệp hội|Quỹ|Công ty|Tập đoàn|Phòng Thương mại"
    r"|Cơ quan|Tổ chức|Trung tâm|Bệnh viện)"
)
_HEAD: Final = re.compile(r"(?<![^\W\d_])" + _HEADS + r" ")
_PARTS: Final = re.compile(r",\s*|\s+và\s+")
_STOP: Final = re.compile(r"[.;:()\n]")
_MAX_WORDS: Final = 7
_OWN: Final = "VNM"


def bracketed_bodies(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """Synthetic mentions of the bracketed country for every other occurrence of a body named before it (see the
    module's doc); ``mentions``: the document's actor mentions (sorted by start)."""
    text = doc.text
    if "(" not in text:
        return []
    names: dict[str, str] = {}
    for m in mentions:
        if m.kind != "country" or m.code == _OWN or m.via != "gazetteer":
            continue
        if text[m.start - 1 : m.start] != "(" or text[m.end : m.end + 1] != ")":
            continue
        for name in _names_before(text, m.start - 1):
            names.setdefault(name, m.code)
    if not names:
        return []
    taken = [(m.start, m.end) for m in mentions]
    out: list[Mention] = []
    for name, code in names.items():
        i = text.find(name)
        while i >= 0:
            j = i + len(name)
            nxt = text[j : j + 1]
            if not (nxt.isalnum() or nxt == "-") and not any(s < j and i < e for s, e in taken):
                out.append(Mention(i, j, code, "country", via="anaphora"))
            i = text.find(name, j)
    return out


def _names_before(text: str, end: int) -> list[str]:
    """The body names right before the "(" at ``end``: the last two parts of the list there ("X và Y (", "X, Y ("),
    each from its last head noun on, with a capitalised word after the head and at most :data:`_MAX_WORDS` words."""
    lo = max(0, end - 160)
    cut = lo
    for m in _STOP.finditer(text, lo, end):
        cut = m.end()
    seg = text[cut:end].rstrip()
    out = []
    for part in _PARTS.split(seg)[-2:]:
        heads = list(_HEAD.finditer(part))
        if not heads:
            continue
        name = part[heads[-1].start() :].strip()
        tail = name[heads[-1].end() - heads[-1].start() - 1 :]
        if any(w[:1].isupper() for w in tail.split()) and len(name.split()) <= _MAX_WORDS:
            out.append(name)
    return out
