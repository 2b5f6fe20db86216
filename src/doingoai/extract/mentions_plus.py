"""Names written with a closing "+": "ADMM+" (the ADMM-Plus), "OPEC+" (OPEC and its partners).

The mention automaton matches on a copy of the text with punctuation turned into spaces, so a name ending in "+"
is no key of it (its key would be one character shorter than the name) and the text's "ADMM+" is read as the
"ADMM" before it. :func:`plus_rows` gives such a match, when a "+" ends the word right after it and the name with
the "+" is a gazetteer name (of another entry), that entry's code over the longer span. "ASEAN+3" (a "+" inside
a name) is an ordinary key and needs nothing here.
"""

from __future__ import annotations

from functools import lru_cache

from doingoai.extract import gazetteer


@lru_cache(maxsize=1)
def plus_names() -> dict[str, tuple[str, str]]:
    """Gazetteer names ending in "+" after a letter or digit ("ADMM+", "OPEC+") -> (code, kind)."""
    out: dict[str, tuple[str, str]] = {}
    for e in gazetteer.entries().values():
        for n in e.names:
            t = n.text
            if len(t) > 1 and t.endswith("+") and t[-2].isalnum():
                out.setdefault(t, (e.code, e.kind))
    return out


def plus_rows(text: str, rows: list[tuple]) -> list[tuple]:
    """``rows`` (mentions._greedy's: start, -end, end, code, kind, via), a name followed by "+" that with it is
    another entry's name ("OPEC" in "OPEC+") read as that entry over the longer span."""
    table = plus_names()
    n = len(text)
    out = rows
    for k, (s, _, e, code, _kind, via) in enumerate(rows):
        if e >= n or text[e] != "+" or (e + 1 < n and text[e + 1].isalnum()):
            continue
        hit = table.get(text[s : e + 1])
        if hit is None or hit[0] == code:
            continue
        if out is rows:
            out = list(rows)
        out[k] = (s, -(e + 1), e + 1, hit[0], hit[1], via)
    return out
