"""Character-level normalisation with offsets kept: invisibles and odd spaces, NFC, Đ for Ð.

Each function takes a :class:`MappedText` and returns one; a text with nothing to change is
returned as is after one fast check (a regex scan or ``unicodedata.is_normalized``).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from functools import cache

from doingoai.clean.edits import apply_edits
from doingoai.clean.syllable import VIETNAMESE_ONLY, is_syllable
from doingoai.textmap import MappedText

# --- invisibles, odd spaces, controls, line ends -------------------------------------------------

_DROP = (
    "\u00ad"  # soft hyphen (TCVN3 uses this code for ư: legacy conversion runs first)
    "\u200b\u200c\u200d\u2060\ufeff"  # zero-width space / non-joiner / joiner, word joiner, BOM
    "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"  # bidi marks and embeddings
    "\u2061\u2062\u2063\u2064\u180e\ufff9\ufffa\ufffb"  # invisible operators, annotation marks
)
_SPACES = "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_NEWLINES = "\x0b\u2028\u2029"  # Word's manual line break (VT), Unicode line/paragraph separators
_CONTROLS = "".join(chr(c) for c in [*range(0x20), *range(0x7F, 0xA0)] if chr(c) not in "\n\f\t\r\x0b")

_INVISIBLES_TABLE: dict[int, str | None] = {ord(c): None for c in _DROP + _CONTROLS}
_INVISIBLES_TABLE.update({ord(c): " " for c in _SPACES})
_INVISIBLES_TABLE[ord("\t")] = "  "  # two spaces: a tab parts the cells of a table row or two columns
_INVISIBLES_TABLE.update({ord(c): "\n" for c in _NEWLINES})
_INVISIBLE_CHARS = "[" + re.escape(_DROP + _SPACES + _NEWLINES + _CONTROLS) + "]"
# One character a match: a class without "+" is scanned several times faster by Python's re.
_INVISIBLES = re.compile(_INVISIBLE_CHARS)
_INVISIBLES_BUT_SOFT_HYPHEN = re.compile(_INVISIBLE_CHARS.replace("\u00ad", ""))
_SOFT_HYPHEN = re.compile("\u00ad")
_CR = re.compile(r"\r\n?")


def strip_invisibles(mt: MappedText, *, soft_hyphens: bool = True) -> MappedText:
    """Soft hyphens, zero-width and bidi marks and control characters removed; NBSP and other
    odd spaces -> " ", a tab -> two spaces (where columns part: tables, two-column headers); CR LF, CR,
    VT (Word's line break), U+2028/9 -> "\\n". Lines are never joined.
    ``soft_hyphens=False`` keeps U+00AD (TCVN3 writes ư with its code) for :func:`drop_soft_hyphens`."""
    if "\r" in mt.text:
        mt = mt.sub(_CR, "\n")
    rx = _INVISIBLES if soft_hyphens else _INVISIBLES_BUT_SOFT_HYPHEN
    # every character of the class is unprintable: a text printable but for its line and page breaks
    # has none (tested in C several times faster than the class tried at every position)
    flat = mt.text.replace("\n", " ")
    if "\f" in flat:
        flat = flat.replace("\f", " ")
    if flat.isprintable() or rx.search(mt.text) is None:
        return mt
    return mt.sub(rx, lambda m: m.group().translate(_INVISIBLES_TABLE))


def drop_soft_hyphens(mt: MappedText) -> MappedText:
    """Remove U+00AD (also at a line end, where it goes alone: the line break stays)."""
    if "\u00ad" not in mt.text:
        return mt
    return mt.sub(_SOFT_HYPHEN, "")


# --- NFC ------------------------------------------------------------------------------------------


@cache
def _nfc_pattern() -> re.Pattern[str]:
    """A character followed by the marks that may change under NFC, or a character NFC replaces.

    Built once, on the first text that is not NFC (the common case never pays for it).
    """
    marks: set[int] = set(range(0x1161, 0x1176)) | set(range(0x11A8, 0x11C3))  # Hangul V and T jamo
    singles: set[int] = set()
    top = min(sys.maxunicode, 0x2FFFF)
    for cp in range(0x80, top + 1):
        ch = chr(cp)
        if unicodedata.combining(ch):
            marks.add(cp)
        decomposition = unicodedata.decomposition(ch)
        if decomposition and not decomposition.startswith("<"):
            parts = decomposition.split()
            if len(parts) == 2:
                marks.add(int(parts[1], 16))
            if not unicodedata.is_normalized("NFC", ch):
                singles.add(cp)
    return re.compile(r"(?s).[" + _ranges(marks) + "]+|[" + _ranges(singles - marks) + "]")


def _ranges(cps: set[int]) -> str:
    out: list[str] = []
    run: list[int] = []
    for cp in sorted(cps):
        if run and cp == run[-1] + 1:
            run.append(cp)
            continue
        if run:
            out.append(_range(run[0], run[-1]))
        run = [cp]
    if run:
        out.append(_range(run[0], run[-1]))
    return "".join(out)


def _range(a: int, b: int) -> str:
    return re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"


def to_nfc(mt: MappedText) -> MappedText:
    """Unicode NFC (decomposed input, Windows-1258 style combining tone marks): each composed
    character maps to the source span of the base and marks it was made from."""
    if unicodedata.is_normalized("NFC", mt.text):
        return mt
    return mt.sub(_nfc_pattern(), lambda m: unicodedata.normalize("NFC", m.group()))


# --- Ð (Icelandic eth) typed for Đ ------------------------------------------------------------------

_ETH = re.compile(r"(?<![^\W\d_])[Ðð]([^\W\d_]*)")
_VI_CONTEXT = re.compile("[" + "".join(sorted(VIETNAMESE_ONLY)) + "]")
_CONTEXT = 200


def fix_eth(mt: MappedText) -> MappedText:
    """Ð (U+00D0) / ð (U+00F0) at the start of a word -> Đ / đ when the word then spells a
    Vietnamese syllable or Vietnamese letters are near; Icelandic words (eth inside) are kept."""
    text = mt.text
    if "Ð" not in text and "ð" not in text:
        return mt
    edits = []
    for m in _ETH.finditer(text):
        fixed = ("Đ" if m.group()[0] == "Ð" else "đ") + m.group(1)
        near = text[max(0, m.start() - _CONTEXT) : m.end() + _CONTEXT]
        if is_syllable(fixed) or _VI_CONTEXT.search(near):
            edits.append((m.start(), m.start() + 1, fixed[0]))
    return apply_edits(mt, edits)
