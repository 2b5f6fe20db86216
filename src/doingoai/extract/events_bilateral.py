""" "Hung-ga-ri và Ru-ma-ni cùng đặt quan hệ ngoại giao với Việt Nam": diplomatic relations are bilateral, so a
list of states as the subject of an establishment or an upgrade with one partner is one relation per state of
the list (each with the partner). Only states named in the sentence are split (an organisation's "quan hệ" is
no diplomatic relation of each member; a place "tại Bỉ" is no party).
"""

from __future__ import annotations

from typing import Final

from doingoai.extract import gazetteer
from doingoai.extract.events_anaphora import country_of
from doingoai.extract.events_groups import MentionIndex
from doingoai.extract.events_merge import Draft
from doingoai.model import EventKind

K = EventKind
_PLACE_MARKERS: Final = (" tại ", " ở ")
BILATERAL: Final = frozenset({K.RELATIONS_ESTABLISH, K.RELATIONS_UPGRADE})


def bilateral_pairs(d: Draft, index: MentionIndex, low: str) -> list[Draft]:
    """One draft per pair of states for a relation with a list on one side, the first pair first; [] when
    there is nothing to split. Each state of the list must be named in the sentence (a party the context gave
    is not split off into a relation of its own)."""
    if d.kind not in BILATERAL or not d.actors or not d.recipients:
        return []
    if len(d.actors) < 2 or len(d.recipients) != 1:
        return []  # (a list of partners, "với Hàn Quốc và Nam Phi", stays one event: the issue's "coordination
    many, one = d.actors, d.recipients  # gives every party" and tests/test_extract_grid.py's est-coord)
    if one[0] in many or not all(gazetteer.is_country(c) for c in (*many, *one)):
        return []
    ms = [m for m in index.between(*d.sentence) if m.via != "anaphora"]
    if not {country_of(m.code) for m in ms}.issuperset(many):
        return []
    if any(
        low.endswith(_PLACE_MARKERS, max(0, m.start - 5), m.start) for m in ms if country_of(m.code) in many
    ):
        return []  # "Đại sứ quán Việt Nam tại Bỉ và Lúc-xăm-bua": where an office is, no list of parties
    return [d._replace(actors=(c,)) for c in many]
