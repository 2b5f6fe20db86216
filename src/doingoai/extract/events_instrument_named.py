"""The pair of an instrument named by its head noun alone in a passive signing (round 128): "Phổ biến Hiệp định
Đối tác kinh tế toàn diện Việt Nam – UAE (CEPA) ngay sau khi Hiệp định được ký tại Abu Dhabi ngày 28/10/2024",
"Bản ghi nhớ hợp tác Việt Nam – Lào về ... đã hoàn tất. Bản ghi nhớ được ký ngày ...": the bare "Hiệp định" /
"Bản ghi nhớ" is the instrument last named with the same head noun before it in its paragraph, and that name
carries its two parties ("Việt Nam – UAE"), or is a known treaty of two states. Nothing when the nearest earlier
instrument with that head names no pair (the parties are then not certain), or a paragraph break lies between.

Used by :mod:`doingoai.extract.events_signing` (the actors) and :mod:`doingoai.extract.events_span` (the fast path).
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract import gazetteer
from doingoai.extract.events_context import Context

# "(sau khi) Hiệp định (này) (đã) được (chính thức) ký": the head noun alone, the subject of the passive
_BARE: Final = re.compile(
    r"(?<!\w)(?P<head>hiệp định|hiệp ước|bản ghi nhớ|thỏa thuận|thoả thuận|nghị định thư|công ước)"
    r"(?: (?:này|trên))?\s+(?:(?:đã|cũng|vừa)\s+)?được (?:chính thức )?$"
)
_LOOK_BACK: Final = 400
_NAME_END: Final = re.compile(r"[(,;.:\n]| (?:ngay|khi|sau|được|đã|và được|ký|có)\b")
_DASH: Final = re.compile(r"\s*[–—-]\s*")
_SIDE_KINDS: Final = ("country", "organisation")


def named_instrument_pair(ctx: Context, text: str, c0: int, ts: int) -> list[str]:
    """The two parties of the instrument a bare head noun before the passive "được ký" at ``ts`` refers to,
    else []. ``text`` is the lower-cased document text; ``c0`` the clause start."""
    m = _BARE.search(text, max(c0, ts - 60), ts)
    if m is None or text[m.start() - 1 : m.start()].isalpha():
        return []
    head, lo = m.group("head"), max(0, m.start() - _LOOK_BACK)
    brk = text.rfind("\n\n", lo, m.start())
    lo = brk + 2 if brk >= 0 else lo
    at = text.rfind(head, lo, m.start())
    while at >= 0 and text[at + len(head) : at + len(head) + 1].isalpha():
        at = text.rfind(head, lo, at)
    if at < 0 or not ctx.doc.text[at].isupper():  # a name ("Hiệp định ...") written before, not a noun
        return []
    end = at + len(head)
    stop = _NAME_END.search(text, end, min(len(text), end + 120))
    name_end = stop.start() if stop else min(len(text), end + 120)
    for a in ctx.agreements_between(at, at + 1):  # a known treaty of two states named there
        e = gazetteer.entry(a.code)
        parties = list(e.attr("parties") or ()) if e is not None else []
        if len(parties) == 2 and all(gazetteer.is_country(c) for c in parties):
            return parties
    named = [x for x in ctx.mentions_between(end, name_end) if x.kind in _SIDE_KINDS and x.end <= name_end]
    if len(named) != 2 or named[0].code == named[1].code:
        return []
    if not _DASH.fullmatch(
        text[named[0].end : named[1].start]
    ):  # "Việt Nam – UAE": the pair the name carries
        return []
    return [named[0].code, named[1].code]
