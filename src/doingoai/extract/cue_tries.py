"""Regex pre-checks built from a cue's words: a set of plain strings as one trie regex (:func:`trie_pattern`), the
plain strings a cue pattern's leading group can match with (:func:`literal_alternatives`), and a cue whose regex
runs only where one of them occurs (:class:`FastCue`; :data:`AGREEMENT_NOUN_CUE`, the agreement nouns').

Called by :mod:`doingoai.extract.events_groups` (the marker words' pre-check), :mod:`doingoai.extract.events_roles`
(``FastCue``), :mod:`doingoai.extract.events_status` (the status and fact cues' pre-checks),
:mod:`doingoai.extract.cue_words` (block intros), and ``AGREEMENT_NOUN_CUE`` by :mod:`doingoai.extract.events_status`,
:mod:`doingoai.extract.events_signing`, :mod:`doingoai.extract.events_no_event`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from doingoai.extract.triggers import AGREEMENT_NOUN
from doingoai.extract.vi_regex import leading_alternatives, strip_opener


def trie_pattern(words: Iterable[str]) -> str:
    """One regex for a set of plain strings, as a trie ("lãnh (?:hải|thổ)"): the engine tries each first letter
    once at a position instead of every word in turn; it matches where (and only where) one of the words starts."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(node[ch]) for ch in sorted(node) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return emit(trie)


_LOOKAROUND: Final = re.compile(r"\(\?<?[!=][^()]*\)")  # "(?<!chuẩn )", "(?! thiết)"
_TONE_GROUP: Final = re.compile(r"\(\?:([^()|\\]*)\|([^()|\\]*)\)")  # vi_pattern's "(?:ỏa|oả)"
_META: Final = re.compile(r"[()\[\]{}?*+.^$|\\]")
# what may follow the leading group: nothing that makes it optional or offers another alternative at the top level
_REQUIRED_REST: Final = re.compile(
    r"(?![?*{])(?:[^()|\\]|\\[^()]|\((?:[^()\\]|\\[^()]|\((?:[^()\\]|\\[^()])*\))*\))*"
)


def literal_alternatives(pattern: str) -> set[str] | None:
    """The strings a cue pattern ``\\b(?:A|B|...)...`` can match with its leading group, when every alternative is
    a plain string once its look-arounds are dropped ("(?<!chuẩn )bị" -> "bị"; "th(?:ỏa|oả) thuận" -> both);
    else None. Every match of the pattern holds one of them."""
    body = strip_opener(pattern)  # ("\b" or vi_regex.WORD_START)
    if not body.startswith("(?:"):
        return None
    alts, close = leading_alternatives(body)
    if close < 0:
        return None
    if not _REQUIRED_REST.fullmatch(body, close + 1):
        return None  # the group is optional ("(?:A|B)?"), or an alternative outside it ("(?:A|B)|C") may match alone
    out: set[str] = set()
    for a in alts:
        forms, todo = set(), [_LOOKAROUND.sub("", a)]
        while todo:  # each tone group gives both spellings
            f = todo.pop()
            m = _TONE_GROUP.search(f)
            if m is None:
                forms.add(f)
            else:
                todo += [f[: m.start()] + choice + f[m.end() :] for choice in m.groups()]
        for f in forms:
            f = f.replace("\\ ", " ")
            if not f or _META.search(f):
                return None
            out.add(f)
    return out


class FastCue:
    """A :class:`vi_regex.Cue` whose regex runs only where one of its whole alternatives occurs (one trie scan:
    fewer false alarms than the Cue's first words), else (alternatives not plain strings) the Cue itself."""

    def __init__(self, cue) -> None:
        words = literal_alternatives(cue.pattern)
        self.rx = cue.rx
        self.pattern = cue.pattern
        self.pre = re.compile(trie_pattern(words)) if words else cue._pre

    def search(self, s: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(s) if endpos is None else endpos
        if self.pre.search(s, pos, end) is None:
            return None
        return self.rx.search(s, pos, end)


# an agreement's noun ("Hiệp định", "Công ước", ...): the one fast matcher the events rules share
AGREEMENT_NOUN_CUE = FastCue(AGREEMENT_NOUN)
