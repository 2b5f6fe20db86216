"""A necessary condition for a case-insensitive cue regex, cheaper than its search: one of the words it can match
with, looked for on the lower-cased text as a trie regex (whose first letters the engine skips to; a pattern
opening on ``\\b`` is tried at every position). Used before :func:`textscan.search_ci` on block intros."""

from __future__ import annotations

import re
from functools import lru_cache

from doingoai.extract.textscan import _ODD_CASE


@lru_cache(maxsize=32)
def _words_of(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    from doingoai.extract.cue_tries import literal_alternatives, trie_pattern
    from doingoai.extract.vi_regex import leading_alternatives

    words: set[str] = set()
    # "\\b(?:nhiệm vụ|...)\\b|\\b(?:chỉ thị|yêu cầu)\\s*:": each top-level branch's words
    for part in leading_alternatives("(?:" + rx.pattern + ")")[0]:
        found = literal_alternatives(part)
        if not found:
            return None
        words.update(found)
    return re.compile(trie_pattern(words)) if words else None


# (speed round 20) _words_of's answer by the pattern's identity (the pattern kept with it, so its id is not reused):
# a compiled pattern's hash is made from its whole code at every call (~8 µs for TASK_INTRO), which the lru_cache
# lookup paid each time
_WORDS_BY_ID: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}


def may_match_ci(rx: re.Pattern[str], text: str) -> bool:
    """False only when the case-insensitive ``rx`` (a cue ``\\b(?:A|B|...)...`` of lower-case words) cannot match
    ``text``: none of the strings its leading group matches occurs in the lower-cased text, and no letter of the
    text folds differently than it lower-cases ("ı", "ſ": then the regex decides)."""
    known = _WORDS_BY_ID.get(id(rx))
    if known is None or known[0] is not rx:
        known = _WORDS_BY_ID[id(rx)] = (rx, _words_of(rx))
    words = known[1]
    return words is None or words.search(text.lower()) is not None or _ODD_CASE.search(text) is not None
