"""Legacy Vietnamese font encodings: the TCVN3 (ABC, ".VnTime") and VNI-Windows tables and decoders.

TCVN3 is the TCVN 5712:1993 VN3 subset (as in glibc's TCVN5712-1 charmap): lower-case letters and
Ă Â Ê Ô Ơ Ư Đ, one code each. The upper-case .VnTimeH fonts draw capitals at the lower-case codes
(capitals are restored from context by :mod:`doingoai.clean.detect`). VNI-Windows writes a base
letter followed by mark characters (VNI Software's published layout): "Vieät" is "Việt".
Finding which words are written in them is :mod:`doingoai.clean.detect`'s job.
"""

from __future__ import annotations

import unicodedata
from enum import Enum


class Legacy(str, Enum):
    TCVN3 = "tcvn3"
    VNI = "vni"


TCVN3_CODES = "¡¢£¤¥¦§¨©ª«¬\xad®µ¶·¸¹»¼½¾ÆÇÈÉÊËÌÎÏÐÑÒÓÔÕÖ×ØÜÝÞßáâãäåæçèéêëìíîïñòóôõö÷øùúûüýþ"
TCVN3_UNICODE = "ĂÂÊÔƠƯĐăâêôơưđàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
_TCVN3 = str.maketrans(TCVN3_CODES, TCVN3_UNICODE)
TCVN3_SET = frozenset(TCVN3_CODES)

_CIRC, _BREVE, _HORN = "\u0302", "\u0306", "\u031b"
_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT = "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"
# VNI mark characters after a vowel: (vowel modifier, tone); lower and upper case forms.
VNI_MARKS: dict[str, tuple[str, str]] = {}
for _low, _mod, _tone in (
    ("â", _CIRC, ""), ("á", _CIRC, _ACUTE), ("à", _CIRC, _GRAVE), ("å", _CIRC, _HOOK),
    ("ã", _CIRC, _TILDE), ("ä", _CIRC, _DOT), ("ê", _BREVE, ""), ("é", _BREVE, _ACUTE),
    ("è", _BREVE, _GRAVE), ("ú", _BREVE, _HOOK), ("ü", _BREVE, _TILDE), ("ë", _BREVE, _DOT),
    ("ù", "", _ACUTE), ("ø", "", _GRAVE), ("û", "", _HOOK), ("õ", "", _TILDE), ("ï", "", _DOT),
):  # fmt: skip
    VNI_MARKS[_low] = VNI_MARKS[_low.upper()] = (_mod, _tone)
# VNI characters that stand alone: ơ ư đ and the toned i's.
VNI_ALONE = {"ô": "ơ", "ö": "ư", "ñ": "đ", "í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị"}
VNI_ALONE.update({k.upper(): v.upper() for k, v in list(VNI_ALONE.items())})
VNI_SET = frozenset(VNI_MARKS) | frozenset(VNI_ALONE) | {"î", "Î"}
_VOWELS = frozenset("aeiouyAEIOUYơưƠƯ")


def tcvn3_to_unicode(text: str) -> str:
    """Decode TCVN3 (.VnTime) characters in ``text`` (every character of the table)."""
    return unicodedata.normalize("NFC", text.translate(_TCVN3))


def vni_to_unicode(word: str) -> str | None:
    """Decode one VNI-Windows word; None when a mark character has no vowel to sit on."""
    parts: list[list[str]] = []  # [base, modifier, tone]
    for ch in word:
        alone = VNI_ALONE.get(ch)
        if alone is not None:
            parts.append([alone, "", ""])
            continue
        mark = VNI_MARKS.get(ch)
        if mark is None and ch in "îÎ":
            mark = ("", _DOT)
            if not parts or parts[-1][0] not in "yY":
                return None
        if mark is None:
            parts.append([ch, "", ""])
            continue
        if not parts or parts[-1][0] not in _VOWELS or parts[-1][2]:
            return None
        prev = parts[-1]
        mod, tone = mark
        if mod:
            base = prev[0].lower()
            if prev[1] or (mod == _CIRC and base not in "aeo") or (mod == _BREVE and base != "a"):
                return None
            prev[1] = mod
        prev[2] = tone
    return unicodedata.normalize("NFC", "".join("".join(p) for p in parts))


def decode_word(word: str, enc: Legacy) -> str | None:
    if enc is Legacy.TCVN3:
        return word.translate(_TCVN3)
    return vni_to_unicode(word)
