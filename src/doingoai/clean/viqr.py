"""VIQR (RFC 1456, "Vie^.t Nam") -> Unicode, only on request (``viqr=True``).

Vowel marks: ``a(`` ă, ``a^ e^ o^`` â ê ô, ``o+ u+`` ơ ư; tones after the vowel: ``'`` sắc, `````
huyền, ``?`` hỏi, ``~`` ngã, ``.`` nặng; ``dd`` (at the start of a word) đ; a backslash escapes a
mark ("\\." is a full stop after a vowel), as RFC 1456 asks. A ``.`` ``?`` ``'`` after a vowel is
read as a tone, except after a syllable that has its tone already ("dda.o." is "đạo.").
"""

from __future__ import annotations

import re
import unicodedata

from doingoai.textmap import MappedText

_MODS = {"(": "\u0306", "^": "\u0302", "+": "\u031b"}
_TONES = {"'": "\u0301", "`": "\u0300", "?": "\u0309", "~": "\u0303", ".": "\u0323"}
_VIQR = re.compile(
    r"\\([(^+'`?~.\\])"  # an escaped mark
    r"|(?<![^\W\d_])([dD])([dD])"  # dd -> đ
    r"|(?<!\\)(?:([aA]\(|[aAeEoO]\^|[oOuU]\+)([`'?~.]?)|([aAeEiIoOuUyY])([`'?~.]))"
)
_TONED = re.compile(r"[aAeEiIoOuUyY(^+][`'?~.]")


def _convert(m: re.Match[str]) -> str:
    if m.group(1):
        return m.group(1)
    if m.group(2):
        return "Đ" if m.group(2) == "D" else "đ"
    if m.group(4):
        base, mod, tone = m.group(4)[0], _MODS[m.group(4)[1]], m.group(5)
    else:
        base, mod, tone = m.group(6), "", m.group(7)
    keep = ""
    word_start = max(m.string.rfind(" ", 0, m.start()), m.string.rfind("\n", 0, m.start())) + 1
    if tone and _TONED.search(m.string, word_start, m.start()):
        tone, keep = "", tone  # a syllable has one tone: this is punctuation
    return unicodedata.normalize("NFC", base + mod + _TONES.get(tone, "")) + keep


def viqr_to_unicode(text: str) -> str:
    """Convert VIQR text to Unicode (NFC)."""
    return _VIQR.sub(_convert, text)


def viqr(mt: MappedText) -> MappedText:
    """:func:`viqr_to_unicode` on a mapped text: each converted letter maps to its VIQR spelling."""
    return mt.sub(_VIQR, _convert)
