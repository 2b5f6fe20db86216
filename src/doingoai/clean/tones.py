"""One tone-mark placement for the open rhymes oa, oe, uy (hòa/hoà, khỏe/khoẻ, thủy/thuỷ).

Vietnamese writes these rhymes two ways. The traditional placement puts the mark on the first vowel
(hòa, khỏe, thủy, Ủy ban): it is what the seeds and most official documents use, and the default.
The "new" placement (hoà, khoẻ, thuỷ) puts it on the second. Only a whole syllable made of an
onset and exactly o+a, o+e or u+y is touched: "hoàn", "thuyền", "khuya", "ngoài" have a further
letter and keep their only possible placement; after "qu" the u belongs to the onset ("quý").
"oé"/"oè" written with Latin-1 letters ("Noé", "Zoé") is changed only near Vietnamese letters.
"""

from __future__ import annotations

import re
from enum import Enum

from doingoai.clean.edits import Edit, apply_edits, narrow
from doingoai.clean.syllable import VIETNAMESE_ONLY, Tone, split_tone, with_tone
from doingoai.textmap import MappedText


class ToneStyle(str, Enum):
    TRADITIONAL = "traditional"  # hòa, khỏe, thủy
    MODERN = "modern"  # hoà, khoẻ, thuỷ
    KEEP = "keep"  # leave as written


def _toned(bases: str) -> str:
    return "".join(with_tone(b, t) for b in bases for t in Tone if t is not Tone.LEVEL)


_LETTER = re.compile(r"[^\W\d_]")
# The two vowels; a letter may not follow.
TONE_PATTERNS = {
    # the mark sits on the second vowel: move it to the first (one pattern a first vowel: a pattern
    # led by a literal character is searched for in C, several times faster than a class tried at
    # every position)
    ToneStyle.TRADITIONAL: tuple(
        re.compile(f"{first}[{_toned(second)}](?![^\\W\\d_])")
        for first, second in (("o", "aeAE"), ("O", "aeAE"), ("u", "yY"), ("U", "yY"))
    ),
    # the mark sits on the first vowel: move it to the second
    ToneStyle.MODERN: (
        re.compile(f"[{_toned('oO')}][aeAE](?![^\\W\\d_])"),
        re.compile(f"[{_toned('uU')}][yY](?![^\\W\\d_])"),
    ),
}
_ONSETS = frozenset("b c ch d đ g gh gi h k kh l m n ng ngh nh p ph r s t th tr v x".split()) | {""}
_FRENCH = frozenset("éèÉÈ")
_VI_CONTEXT = re.compile("[" + "".join(sorted(VIETNAMESE_ONLY)) + "]")
_CONTEXT = 200


def _moved(pair: str, style: ToneStyle) -> str:
    (b1, t1), (b2, t2) = split_tone(pair[0]), split_tone(pair[1])
    tone = t1 or t2
    if style is ToneStyle.TRADITIONAL:
        return with_tone(b1, tone) + b2
    return b1 + with_tone(b2, tone)


def tone_edits(text: str, style: ToneStyle = ToneStyle.TRADITIONAL) -> list[Edit]:
    if style is ToneStyle.KEEP:
        return []
    edits: list[Edit] = []
    pairs = sorted(m.end() - 2 for rx in TONE_PATTERNS[style] for m in rx.finditer(text))
    for first in pairs:  # the first vowel
        start = first
        while start > 0 and first - start < 4 and _LETTER.match(text, start - 1):
            start -= 1
        if start > 0 and _LETTER.match(text, start - 1):
            continue  # a longer word: no onset is that long
        if text[start:first].lower() not in _ONSETS:  # also leaves "qu" + y alone
            continue
        word = text[start : first + 2]
        if word[-1] in _FRENCH and not _VI_CONTEXT.search(text, max(0, first - _CONTEXT), first + _CONTEXT):
            continue  # "Noé", "Zoé": French unless Vietnamese letters are near
        edits.extend(narrow(first, word[-2:], _moved(word[-2:], style)))
    return edits


def normalise_tone_marks(mt: MappedText, style: ToneStyle | str = ToneStyle.TRADITIONAL) -> MappedText:
    """Place the tone of oa/oe/uy syllables by ``style`` (traditional: hòa, thủy; modern: hoà, thuỷ)."""
    return apply_edits(mt, tone_edits(mt.text, ToneStyle(style)))
