"""Actor codes of names and groups: who a name acts for (a ministry for its state, a person for their country,
"hai nước" for the pair it refers to), the organisation behind a body or a meeting, de-duplicated code lists."""

from __future__ import annotations

import dataclasses
from functools import lru_cache
from typing import TYPE_CHECKING

from doingoai.extract import gazetteer
from doingoai.extract.events_anaphora import country_of
from doingoai.model import Event, Mention

if TYPE_CHECKING:
    from doingoai.extract.events_groups import Group


def _codes(m: Mention) -> tuple[str, ...]:
    """The codes a name stands for: a body acts for its state or party, a person for their country,
    "hai nước" for the pair it refers to (events_anaphora: codes joined by "|")."""
    if m.kind == "body":
        return (_acting(m.code),)
    if m.kind == "person":
        return (country_of(m.code),)
    if m.via == "anaphora":
        return tuple(m.code.split("|"))
    return (m.code,)


@lru_cache(maxsize=4096)
def _acting(code: str) -> str:
    e = gazetteer.entry(code)
    parent = e.parent if e is not None else None
    p = gazetteer.entry(parent) if parent else None
    return parent if p is not None and p.kind in ("country", "party") else code  # type: ignore[return-value]


def acting_code(m: Mention) -> str:
    """The code a name acts as: a ministry or Party organ acts for its state or party ("Bộ Ngoại giao" -> VNM);
    a body of an international organisation keeps its own code (UNSC); a person acts for their country."""
    return _codes(m)[0]


@lru_cache(maxsize=4096)
def _parent_of_body(code: str) -> str:
    e = gazetteer.entry(code)
    parent = e.parent if e is not None and e.kind == "body" else None
    return parent if parent and gazetteer.entry(parent) is not None else code


def as_actor(codes: list[str]) -> list[str]:
    """Who acts: a body of an organisation acting stands for it ("Nghị viện châu Âu phê chuẩn" -> EU);
    as a recipient a body keeps its code ("được bầu vào HĐBA" -> UNSC)."""
    return list(dict.fromkeys(map(_parent_of_body, codes)))  # (_dedupe, inline)


def codes_of(gs: list[Group]) -> list[str]:
    out: list[str] = []
    for g in gs:
        for c in g.codes:
            if c not in out:
                out.append(c)
    return out


@lru_cache(maxsize=1024)
def _meeting_of(code: str) -> str:
    """A meeting body of an organisation hosted, named by it ("Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng" ->
    ASEAN): the organisation. A series with a name of its own ("Hội nghị Cấp cao Đông Á", EAS) is its own
    (round 23: hosting the East Asia Summit is hosting EAS, not ASEAN)."""
    e = gazetteer.entry(code)
    if e is None or e.kind != "body" or not e.parent or not e.vi.startswith("Hội nghị"):
        return code
    p = gazetteer.entry(e.parent)
    if p is None or p.kind != "organisation":
        return code
    return e.parent if e.parent in e.vi or p.vi in e.vi else code


@lru_cache(maxsize=4096)
def _is_party(code: str) -> bool:
    e = gazetteer.entry(code)
    return (e is not None and e.kind == "party") or code == "POLITICAL_PARTIES"


def _dedupe(xs: list[str]) -> list[str]:
    return list(dict.fromkeys(xs))  # first occurrences, in order


@lru_cache(maxsize=4096)
def _also(code: str) -> str:
    """The other code the writers give an entity (gazetteer attr ``also``: a peacekeeping mission is coded as
    itself or as the UN, UNMISS or UNO; a body the writers mostly code as its organisation, the European
    Commission as EU), or ""."""
    e = gazetteer.entry(code)
    return (e.attr("also") or "") if e is not None else ""


def _with_also(codes: tuple[str, ...]) -> tuple[str, ...]:
    out: list[str] = []
    for c in codes:
        out.append(c)
        a = _also(c)
        if a and a not in codes and a not in out:
            out.append(a)
    return tuple(out)


def also_coded(events: list[Event]) -> list[Event]:
    """Each event whose parties name an entity with an ``also`` code lists that code after it too ("VNM ->
    UNMISS, UNO"): one party, two codes, so a reader keyed on either finds the event (round 87)."""
    out = []
    for ev in events:
        actors, recipients = _with_also(ev.actors), _with_also(ev.recipients)
        if actors != ev.actors or recipients != ev.recipients:
            ev = dataclasses.replace(ev, actors=actors, recipients=recipients)
        out.append(ev)
    return out
