"""A meeting named with its venue and told as held: the venue's state hosts (round 26, docs/decisions.md Events).

"Hội nghị các nhà Lãnh đạo kinh tế APEC lần thứ 14 tại Hà Nội (2006) đã được tổ chức thành công", "Hội nghị Cấp
cao ASEAN lần thứ 26 tại Cu-a-la Lăm-pơ (Ma-lai-xi-a) đã thành công tốt đẹp": a Vietnamese reader knows the
meeting was hosted where it was held, by the state of that place (a country, a capital or city of the gazetteer,
"<city> (<country>)"), a meeting of the organisation its name holds. `host_at` (trigger_meetings.py) reads the venue after
"được tổ chức tại"; here the venue is part of the meeting's name, before the verb, so the draft is made after the
trigger pass. Only with the meeting noun opening the clause, no other verb between the name and the predicate,
and an organisation in the name; "sẽ (được) tổ chức" is planned, a negation ("chưa được tổ chức") gives nothing.
A venue that is the organisation's seat (gazetteer attr "seat": Geneva for the WTO, New York for the United
Nations, Brussels for NATO) names no host: the organisation meets at home (review of session 9, finding 5).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import Any, Final

from doingoai.extract import gazetteer
from doingoai.extract.events_dating import date_of
from doingoai.extract.events_merge import Draft
from doingoai.extract.events_places import CAPITALS
from doingoai.extract.events_states_then import state_then
from doingoai.extract.word_find import whole_words
from doingoai.model import EventKind, Status

# the meeting's name opening its clause, its venue, then the predicate "(đã) (được) tổ chức / diễn ra thành công"
_HELD: Final = re.compile(
    r"(?P<name>(?<![^\W\d_])(?:hội nghị|thượng đỉnh)\b"
    r"[^.;:,\n]{3,140}?) (?:tại|ở) (?P<place>[^.;:,()\n]{2,40}?)(?: \((?P<country>[^()\n]{2,40})\))?"
    r"(?: \((?:năm )?\d{4}\))?,?\s+(?P<aux>(?:(?:đã|đang|sẽ|vừa|cũng)\s+)*)(?:được\s+)?"
    r"(?:tổ chức|diễn ra|kết thúc|thành công)(?: (?:thành công|trọng thể|tốt đẹp))?\b"
)
_VERBISH: Final = re.compile(r"\b(?:là|đã|được|ký|thông qua|bày tỏ|nhất trí|quyết định)\b")
_ORG: Final = ("organisation", "body")
_NOUNS: Final = ("hội nghị", "thượng đỉnh")
_OPENING: Final = re.compile(
    r"\s*(?:(?:\d{1,2}|[a-zđ])[.)]\s*|[-–+•*]\s*)?"
)  # a list item's number or bullet


def _venue_state(text: str, index: Any, m: re.Match[str]) -> str:
    """The state of the venue: a country named in the brackets or as the place, else a capital or city's."""
    for group in ("country", "place"):
        s, e = m.span(group)
        if s < 0:
            continue
        for x in index.between(s, e):
            if x.kind == "country":
                return str(x.code)
    name = text[m.start("place") : m.end("place")]
    code = CAPITALS.get(name)
    return state_then(code, name, text, m.start("place"), m.end("place")) if code else ""


def _seats(code: str) -> tuple[str, ...]:
    """The place codes of an organisation's seat (gazetteer attr "seat"), else its parent organisation's."""
    e = gazetteer.entry(code)
    for _ in range(3):
        if e is None:
            return ()
        seat = e.attr("seat")
        if seat:
            return tuple(seat)
        e = gazetteer.entry(e.parent) if e.parent else None
    return ()


@lru_cache(maxsize=1)
def _place_codes() -> dict[str, str]:
    """Names of the gazetteer's places -> their codes (the seat's city as written in a venue)."""
    return {n.text: code for code, e in gazetteer.places().items() for n in e.names if n.type != "qualified"}


def seat_of(name: str, org: str) -> bool:
    """Is the place written ``name`` the seat of the organisation ``org`` (events_attend_trip)?"""
    place = _place_codes().get(name)
    return place is not None and place in _seats(org)


def _at_seat(text: str, m: re.Match[str], orgs: list[str]) -> bool:
    """Is the venue the seat of an organisation of the meeting's name ("Hội nghị Bộ trưởng WTO ... tại Giơ-ne-vơ")?
    A meeting of an organisation in its own seat is not hosted by the seat's state."""
    name = text[m.start("place") : m.end("place")]
    return any(seat_of(name, o) for o in orgs)


def meetings_held(
    doc: Any, low: str, sentence_starts: list[int], sentences: list[Any], index: Any, ctx: Any
) -> list[Draft]:
    """One host draft per meeting "<name> tại <venue> (đã) được tổ chức (thành công)"."""
    out: list[Draft] = []
    text = doc.text
    for i, _ in whole_words(low, _NOUNS):
        k = bisect_right(sentence_starts, i) - 1
        if k < 0:
            continue
        sent = sentences[k]
        c0 = max(sent.start, low.rfind(";", sent.start, i) + 1, low.rfind(":", sent.start, i) + 1)
        if i - c0 > 8 or _OPENING.fullmatch(low, c0, i) is None:
            continue  # (the meeting's name opens its clause: "Tại Hội nghị ... ở X, ..." is a setting)
        m = _HELD.match(low, i, sent.end)
        if m is None or _VERBISH.search(low, m.start("name"), m.end("name")):
            continue  # "Hội nghị đã thông qua ... tại ...": another predicate first
        orgs = [x.code for x in index.between(m.start("name"), m.end("name")) if x.kind in _ORG]
        host = _venue_state(text, index, m) if orgs and not _at_seat(text, m, orgs) else ""
        if not host or ctx.in_quote(i):
            continue
        ts, te = m.end("aux"), m.end()
        date, explicit = date_of(ctx, low, ts, te, i, sent.end, sent.block)
        planned = "sẽ" in m.group("aux").split()
        out.append(
            Draft(
                EventKind.HOST,
                (host,),
                (orgs[-1],),
                date,
                Status.PLANNED if planned else Status.OCCURRED,
                (sent.start, sent.end),
                explicit=explicit,
            )
        )
    return out
