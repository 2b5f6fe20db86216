"""A city standing for its country: "1. Tháng 9, cử đoàn sang Brasília và Goiânia làm việc với …" in a
plan's list is about Brazil, though the item never writes "Brazil"; a question naming the country
("Đoàn … sẽ sang những thành phố nào của Brazil?") may be answered from it.

The places are the gazetteer's (``data/curated_places.tsv``, the table the extraction stage reads:
:func:`doingoai.extract.places.place_keys`): a capitalised name the sentence writes that the table
places in an asked country stands for it, when every actor the sentence leaves out is a country the
sentence so names and it names no other country itself (:func:`cities_of`), unless the place is
written as the one acting, not where something is ("…, Gia-các-ta đứng trước thách thức …"). Read by
:mod:`doingoai.answer.engine` with the other ways a sentence leaves out an asked actor.
"""

from __future__ import annotations

import re
from typing import Any

from doingoai.answer import actors as actor_names
from doingoai.answer.persons import UPPER
from doingoai.answer.terms import contains_all, required_actors

_NAME = re.compile(rf"(?<![\w-])[{UPPER}][\w'’-]*(?:\s+[{UPPER}][\w'’-]*)*")


def _places(sentence: str) -> dict[str, str]:
    """The country of every capitalised name (or its first or last word) the table knows as a place."""
    from doingoai.extract.places import place_keys

    known = place_keys()
    out: dict[str, str] = {}
    for m in _NAME.finditer(sentence):
        words = m.group(0).split()
        for name in {m.group(0), words[0], words[-1]}:
            country = known.get(name.lower())
            if country:
                out[name] = country
    return out


# a place named as where something is, not as who acts: "tại Gia-các-ta", "sang Bắc Kinh", "ở Oa-sinh-tơn"
_LOCATIVE = re.compile(r"(?<!\w)(?:tại|ở|sang|đến|tới|từ|về|thăm|trong|ngoài|khắp|quanh)\s+$", re.I)


def _stands_for(text: str, places: dict[str, str], missing: set[str]) -> bool:
    """Every place of an asked country is written as an actor, not where something is ("Nhận chức …,
    Gia-các-ta đứng trước thách thức …": Jakarta for Indonesia, though Russia is named after it)."""
    own = [name for name, country in places.items() if country in missing]
    return bool(own) and all(
        (at := text.find(name)) >= 0 and not _LOCATIVE.search(text, max(0, at - 8), at) for name in own
    )


def cities_of(context, hit: dict[str, Any], codes: set[str]) -> str | None:
    """The names of the asked actors, when every one the sentence does not name is a country a place
    it writes belongs to, and it names no other country ("sang Brasília và Goiânia" for Brazil);
    else None."""
    text = hit["text"]
    missing = {c for c in codes if not contains_all(required_actors({c}), text)}
    if not missing or any(actor_names.kind(c) != "country" for c in missing):
        return None
    places = _places(text)
    if any(m.kind == "country" and m.code not in codes for m in context._mentions(text)) and not _stands_for(
        text, places, missing
    ):
        return None  # another country named: the city may be its
    countries = set(places.values())
    if not missing <= countries or countries - codes:
        return None  # (a city of another country: "Hà Nội" in a sentence about Brazil's cities)
    return " ".join(actor_names.display(c) for c in sorted(missing))
