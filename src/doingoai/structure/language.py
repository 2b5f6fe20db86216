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
# ă Ă đ Đ ơ Ơ ư Ư ĩ Ĩ ũ Ũ: the letters of _VI_LETTERS outside U+1EA0-U+1EF9
_VI_TWO_BYTE = "\u0103\u0102\u0111\u0110\u01a1\u01a0\u01b0\u01af\u0129\u0128\u0169\u0168"
_OTHER_E1 = re.compile(rb"\xe1(?:\xba[\x80-\x9f]|\xbb[\xba-\xbf])")  # U+1E80-U+1E9F, U+1EFA-U+1EFF
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
    words = sample.count(" ") + 1
    ascii = sample.isascii()
    n_vi = 0 if ascii else _count_vi(sample, words)
    if n_vi >= 2 and n_vi * 5 >= 2 * words:
        return "vi"  # Vietnamese letters in many words (not just a Vietnamese name in English text)
    words = _WORD.findall(sample)
    if not words:
        return None
    if not ascii and _CJK.search(sample):
        return "zh"
    if not ascii and len(_CYRILLIC.findall(sample)) >= 3:
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


def _count_vi(sample: str, words: int) -> int:
    """``len(_VI_LETTERS.findall(sample))``, or a part of it already enough to call the sample
    Vietnamese (2 and 40% of ``words``); counted with ``count``, as a character class scanned over
    Vietnamese text costs several times more. U+1EA0-U+1EF9 are the UTF-8 sequences E1 BA A0 ..
    E1 BB B9, so E1 BA / E1 BB count them unless U+1E80-U+1E9F or U+1EFA-U+1EFF are there too."""
    b = sample.encode()
    n = b.count(b"\xe1\xba") + b.count(b"\xe1\xbb")
    if n and _OTHER_E1.search(b):
        return len(_VI_LETTERS.findall(sample))
    if n >= 2 and n * 5 >= 2 * words:
        return n
    return n + sum(map(sample.count, _VI_TWO_BYTE))


def is_vietnamese_fragment(word: str) -> bool:
    """True when ``word`` carries Vietnamese-only letters (used to keep line-end hyphens)."""
    return _VI_LETTERS.search(word) is not None
