"""A cheap language guess for a block: Vietnamese, English, a few others, or None.

Vietnamese is recognised by letters no other Latin-script language uses together (ă, đ, ơ, ư and the
tone-marked vowels of U+1EA0-U+1EF9), or, for text typed without diacritics, by its most frequent
syllables; English by its stop-words. Only the first ``SAMPLE`` characters are looked at.
"""

from __future__ import annotations

import re

SAMPLE = 160

_VI_LETTERS = re.compile(
    "[\u0103\u0102\u0111\u0110\u01a1\u01a0\u01b0\u01af\u0129\u0128\u0169\u0168\u1ea0-\u1ef9]"
)
_WORD = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_CJK = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")

_EN = frozenset(
    "the of and to in is are was were for on with as by that this from an be or at which it its has have "
    "their not but also been will".split()
)
_FR = frozenset("le la les des et du est une dans que pour sur au aux par sont".split())
# frequent Vietnamese syllables as written without diacritics
_VI_PLAIN = frozenset(
    "va cua cac nhung trong duoc voi nguoi mot khong nay cho tren nuoc viet nam doi".split()
)


def detect(text: str) -> str | None:
    """ "vi", "en", "fr", "ru", "zh" or None when the text is too short or unclear."""
    sample = text[:SAMPLE]
    n_vi = len(_VI_LETTERS.findall(sample))
    if n_vi >= 2 and n_vi * 5 >= 2 * (sample.count(" ") + 1):
        return "vi"  # Vietnamese letters in many words (not just a Vietnamese name in English text)
    words = _WORD.findall(sample)
    if not words:
        return None
    if _CJK.search(sample):
        return "zh"
    if len(_CYRILLIC.findall(sample)) >= 3:
        return "ru"
    lower = [w.lower() for w in words]
    en = sum(w in _EN for w in lower)
    if en and en * 12 >= len(lower):
        return "en"
    if sum(w in _FR for w in lower) * 10 >= len(lower) > 3:
        return "fr"
    if n_vi or sum(w in _VI_PLAIN for w in lower) * 5 >= len(lower) > 3:
        return "vi"
    return None


def is_vietnamese_fragment(word: str) -> bool:
    """True when ``word`` carries Vietnamese-only letters (used to keep line-end hyphens)."""
    return _VI_LETTERS.search(word) is not None
