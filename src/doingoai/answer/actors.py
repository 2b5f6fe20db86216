"""Actor names for questions, from the gazetteer: which actors a question names (Vietnamese or
English), every name of an actor (to match evidence), and a display name for answers."""

from __future__ import annotations

import re
from functools import lru_cache

from doingoai.model import Document


def _gazetteer():
    from doingoai.extract import gazetteer

    return gazetteer


@lru_cache(maxsize=1)
def _by_code() -> dict[str, dict]:
    return {e.code: e for e in _gazetteer().load_gazetteer().entries}


def codes_in(text: str) -> set[str]:
    """Codes of the actors named in ``text`` (the mention finder, plus English names)."""
    from doingoai.extract.mentions import find_mentions

    doc = Document(name="<question>", raw=text, text=text)
    return {m.code for m in find_mentions(doc).mentions if m.via != "deixis"}


def names(code: str) -> list[str]:
    e = _by_code().get(code)
    return list(e.all_names) if e else []


def abbreviations(code: str) -> list[str]:
    e = _by_code().get(code)
    return list(e.abbreviations) if e else []


def display(code: str, lang: str = "vi") -> str:
    e = _by_code().get(code)
    if e is None:
        return code
    return (e.name_en if lang == "en" else e.name_vi) or code


def strip_names(text: str, code: str) -> str:
    """``text`` without the names of ``code`` (so they are not counted twice as words)."""
    for n in sorted(names(code), key=len, reverse=True):
        text = re.sub(r"(?<!\w)" + re.escape(n) + r"(?!\w)", " ", text, flags=re.I)
    return text
