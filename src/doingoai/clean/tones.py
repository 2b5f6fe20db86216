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


_ONSET = r"(?:[nN][gG][hH]|[nN][gG]|[nNcCgGkKpPtT][hH]|[gG][iI]|[tT][rR]|[bBcCdDđĐgGhHkKlLmMnNpPrRsStTvVxX])?"
_START = r"(?<![^\W\d_])"
_END = r"(?![^\W\d_])"
TONE_PATTERNS = {
    # the mark sits on the second vowel: move it to the first
    ToneStyle.TRADITIONAL: re.compile(
        f"{_START}{_ONSET}(?:[oO][{_toned('aeAE')}]|[uU][{_toned('yY')}]){_END}"
    ),
    # the mark sits on the first vowel: move it to the second
    ToneStyle.MODERN: re.compile(f"{_START}{_ONSET}(?:[{_toned('oO')}][aeAE]|[{_toned('uU')}][yY]){_END}"),
}
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
    for m in TONE_PATTERNS[style].finditer(text):
        word = m.group()
        if word[0] in "qQ":
            continue
        if word[-1] in _FRENCH and not _VI_CONTEXT.search(text, max(0, m.start() - _CONTEXT), m.end() + _CONTEXT):
            continue  # "Noé", "Zoé": French unless Vietnamese letters are near
        at = m.end() - 2
        edits.extend(narrow(at, word[-2:], _moved(word[-2:], style)))
    return edits


def normalise_tone_marks(mt: MappedText, style: ToneStyle | str = ToneStyle.TRADITIONAL) -> MappedText:
    """Place the tone of oa/oe/uy syllables by ``style`` (traditional: hòa, thủy; modern: hoà, thuỷ)."""
    return apply_edits(mt, tone_edits(mt.text, ToneStyle(style)))
