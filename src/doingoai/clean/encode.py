"""Unicode -> legacy encodings (TCVN3, VNI-Windows, VIQR): the inverse of the clean stage's tables.

For tests and sample documents: it writes text as a .VnTime / VNI-Times user would have typed it.
TCVN3 has no codes for capital letters with tones (users switched to the .VnTimeH font, which draws
capitals at the lower-case codes), so those are written with the lower-case code.
"""

from __future__ import annotations

import unicodedata

from doingoai.clean.legacy import TCVN3_CODES, TCVN3_UNICODE, VNI_ALONE, VNI_MARKS
from doingoai.clean.viqr import _MODS, _TONES

_TO_TCVN3 = dict(zip(TCVN3_UNICODE, TCVN3_CODES, strict=True))
_MARK_OF = {(mod, tone, low): ch for ch, (mod, tone) in VNI_MARKS.items() for low in (ch.islower(),)}
_ALONE_OF = {v: k for k, v in VNI_ALONE.items()}
_VIQR_MOD = {v: k for k, v in _MODS.items()}
_VIQR_TONE = {v: k for k, v in _TONES.items()}
_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")


def unicode_to_tcvn3(text: str) -> str:
    out = []
    for ch in unicodedata.normalize("NFC", text):
        code = _TO_TCVN3.get(ch)
        if code is None and ch.lower() != ch:
            code = _TO_TCVN3.get(ch.lower())
        out.append(code if code is not None else ch)
    return "".join(out)


def _parts(ch: str) -> tuple[str, str, str]:
    """(base letter, vowel modifier, tone) of a Vietnamese letter."""
    d = unicodedata.normalize("NFD", ch)
    tone = "".join(c for c in d if c in _TONE_MARKS)
    mod = "".join(c for c in d[1:] if c not in _TONE_MARKS)
    return d[0], mod, tone


def unicode_to_vni(text: str) -> str:
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in _ALONE_OF:
            out.append(_ALONE_OF[ch])
            continue
        base, mod, tone = _parts(ch)
        if not (mod or tone) or base.lower() not in "aeiouyđ":
            out.append(ch)
            continue
        if mod == "\u031b":  # ơ, ư with a tone
            base = _ALONE_OF[unicodedata.normalize("NFC", base + mod)]
            mod = ""
        if base in "iI" and not mod:
            out.append(_ALONE_OF[ch])
            continue
        if base in "yY" and tone == "\u0323":
            out.append(base + ("î" if base.islower() else "Î"))
            continue
        out.append(base + _MARK_OF[(mod, tone, base.islower())])
    return "".join(out)


def unicode_to_viqr(text: str) -> str:
    """VIQR as RFC 1456 writes it: a mark character right after a vowel is escaped."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in _VIQR_TONE.values() or ch in "(^+":
            prev = out[-1][-1:] if out else ""
            if prev.lower() in set("aeiouy") | set(_VIQR_TONE.values()) | set("(^+"):
                out.append("\\" + ch)
                continue
        if ch in "đĐ":
            out.append("dd" if ch == "đ" else "DD")
            continue
        base, mod, tone = _parts(ch)
        if not (mod or tone) or not base.isascii():
            out.append(ch)
            continue
        out.append(base + _VIQR_MOD.get(mod, "") + _VIQR_TONE.get(tone, ""))
    return "".join(out)
