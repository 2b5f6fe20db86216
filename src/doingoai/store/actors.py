"""Actor names for the ``actors`` table, from the gazetteer (:mod:`doingoai.extract.gazetteer`).

Per code the store keeps kind, Vietnamese and English names, Wikidata id and all names. A code the
gazetteer does not know (or a build without the extraction package) keeps the names the documents
used, which the caller supplies.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=4096)
def actor_info(code: str) -> dict[str, Any]:
    """{"kind", "name_vi", "name_en", "wikidata", "names"} for ``code``; empty when unknown."""
    try:
        from doingoai.extract.gazetteer import entry
    except ImportError:
        return {}
    e = entry(code)
    if e is None:
        return {}
    names = [e.vi, e.en, *(n.text for n in e.names)]
    return {
        "kind": e.kind,
        "name_vi": e.vi or None,
        "name_en": e.en or None,
        "wikidata": e.wikidata or None,
        "names": list(dict.fromkeys(n for n in names if n)),
    }
