"""English names in a query -> the Vietnamese names of the same actor, from the gazetteer.

"Soviet Union aid" also searches "Liên Xô"; "Comecon" also searches "Hội đồng Tương trợ Kinh tế" and
"SEV" (the main Vietnamese name and abbreviations; aliases such as "Liên bang Xô viết" would pull in
"Liên bang Nga"). The engine scores these names by their exact syllables and bigrams only. English names of four letters or more match in any case;
shorter ones ("UN", "US") only as written, so the English word "us" is not the United States.
Without the gazetteer module (or its data) nothing is added.
"""

from __future__ import annotations

import re
from functools import lru_cache

from doingoai.demonyms import DEMONYMS

MAX_NAMES_PER_ACTOR = 3  # the main name and the shortest abbreviations


@lru_cache(maxsize=1)
def _table() -> tuple[re.Pattern | None, re.Pattern | None, dict[str, tuple[str, ...]]]:
    try:
        from doingoai.extract import gazetteer
    except ImportError:
        return None, None, {}
    try:
        entries = gazetteer.entries()
    except (OSError, ValueError, KeyError):
        return None, None, {}
    names: dict[str, tuple[str, ...]] = {}
    for e in entries.values():
        others = sorted((n.text for n in e.names if n.lang == "vi" and n.type in ("name", "abbr")), key=len)
        vi = tuple(dict.fromkeys(v for v in [e.vi, *others] if v))[:MAX_NAMES_PER_ACTOR]
        if not vi:
            continue
        for n in e.names:
            if n.lang == "en" and n.text and n.text not in vi:
                names.setdefault(n.text.lower(), vi)
    if not names:
        return None, None, {}
    for adjective, country in DEMONYMS.items():  # "Soviet aid": the Soviet Union's names too
        if len(adjective) >= 5 and country.lower() in names:  # ("thai", "lao": unaccented Vietnamese words)
            names.setdefault(adjective, names[country.lower()])
    for side in (
        "north",
        "south",
        "east",
        "west",
        "central",
    ):  # "North Korean", "East German": that side's state
        for adjective, country in DEMONYMS.items():  # ("korean" alone is South Korea's, "german" Germany's)
            whole = country.lower().split()[-1] if country else ""
            names.setdefault(f"{side} {adjective}", names.get(f"{side} {whole}", ()))
    names.setdefault("indian ocean", ())  # an ocean, not India
    long_ = sorted((k for k in names if len(k) >= 4), key=len, reverse=True)
    short = sorted(
        (n.text for e in entries.values() for n in e.names if n.lang == "en" and 0 < len(n.text) < 4),
        key=len,
        reverse=True,
    )

    def alt(items):
        return (
            re.compile(
                r"(?<!\w)(" + "|".join(map(re.escape, items)) + r")(?!\w)", 0 if items is short else re.I
            )
            if items
            else None
        )

    return alt(long_), alt(short), names


def vietnamese_names(q: str) -> list[str]:
    """Vietnamese names of every actor named in English in ``q`` (in order, no repeats)."""
    long_, short, names = _table()
    out: list[str] = []
    for pat in (long_, short):
        if pat is None:
            continue
        for m in pat.finditer(q):
            for v in names.get(m.group(1).lower(), ()):
                if v not in out:
                    out.append(v)
    return out
