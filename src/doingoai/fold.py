"""Accent folding for matching Vietnamese without its marks: "Đổi Mới" -> "doi moi".

One definition for every stage that compares text loosely (search terms, question cues, citation
ids); it needs nothing beyond the standard library, so any stage may import it.
"""

from __future__ import annotations

import re
import unicodedata

_MARKS = re.compile(r"[\u0300-\u036f]")
_FOLD_EXTRA = str.maketrans({"đ": "d", "Đ": "d", "ð": "d", "Ð": "d"})


def fold(text: str) -> str:
    """Accent-folded, case-folded text: "Đổi Mới" -> "doi moi" (one character per character kept)."""
    text = unicodedata.normalize("NFD", text.translate(_FOLD_EXTRA))
    return unicodedata.normalize("NFC", _MARKS.sub("", text)).casefold()


def exact(text: str) -> str:
    """Case-folded text with accents kept (NFC)."""
    return unicodedata.normalize("NFC", text).casefold()
