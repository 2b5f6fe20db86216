"""Vietnamese-aware regular expressions for the events stage: both tone placements ("hóa"/"hoá"), and
:class:`Cue`, a cue pattern with a fast path (one C-level scan for its first words before the regex runs).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from doingoai.extract.rx_boundary import WORD_START, compile_fast, starts_word  # noqa: F401  (re-exported)

NO_WORD: Final = r"(?![\w])"  # the end of a word
# a pattern's leading word boundary ("\b", "(?<!\w)", "(?<![\w])") before a word or a group: a cue that must start
# a word, which a syllable after a hyphen does not ("xin" in "Bra-xin"); word_start() makes it WORD_START
_OPENER: Final = re.compile(r"\A(?:\\b|\(\?<!\\w\)|\(\?<!\[\\w\]\))(?=[^\W\d_]|\(\?:[^\W\d_])")


def word_start(pattern: str) -> str:
    """``pattern`` with a leading word boundary made hyphen-aware (:data:`WORD_START`); anything else as it is."""
    return _OPENER.sub(lambda _: WORD_START, pattern, count=1)


def strip_opener(pattern: str) -> str:
    """``pattern`` without its leading word boundary ("\\b" or :data:`WORD_START`)."""
    return pattern.removeprefix(WORD_START) if pattern.startswith(WORD_START) else pattern.removeprefix(r"\b")


# tone marks may sit on either vowel of "oa", "oe", "uy" ("hóa" / "hoá")
_TONE_PAIRS: Final = {
    "óa": "oá",
    "òa": "oà",
    "ỏa": "oả",
    "õa": "oã",
    "ọa": "oạ",
    "óe": "oé",
    "òe": "oè",
    "ỏe": "oẻ",
    "õe": "oẽ",
    "ọe": "oẹ",
    "úy": "uý",
    "ùy": "uỳ",
    "ủy": "uỷ",
    "ũy": "uỹ",
    "ụy": "uỵ",
}
_TONE_RX: Final = re.compile("|".join(_TONE_PAIRS))


def vi_pattern(pattern: str) -> str:
    """NFC, and accept both tone placements of "oa"/"oe"/"uy"."""
    pattern = unicodedata.normalize("NFC", pattern)
    return _TONE_RX.sub(lambda m: f"(?:{m.group(0)}|{_TONE_PAIRS[m.group(0)]})", pattern)


def vi_compile(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    return compile_fast(word_start(vi_pattern(pattern)), flags)


class Cue:
    """A lower-case cue pattern matched on the lower-cased text, with a fast path: the regex runs only
    when one of the first words of its alternatives occurs in the searched range (one scan for all of them)."""

    def __init__(self, pattern: str):
        self.rx = compile_fast(word_start(vi_pattern(pattern)))  # (the opener checked after the first word)
        self.pattern = self.rx.pattern
        self.needles = tuple(sorted({v for w in _first_words(pattern) for v in variants(w)}))
        self._pre = re.compile("|".join(map(re.escape, self.needles)))  # one C-level scan for any needle

    def search(self, s: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(s) if endpos is None else endpos
        if self._pre.search(s, pos, end) is None:
            return None
        return self.rx.search(s, pos, end)

    def finditer(self, s: str, pos: int = 0, endpos: int | None = None):
        return self.rx.finditer(s, pos, len(s) if endpos is None else endpos)


def needles_of(*cues: Cue) -> re.Pattern[str]:
    """One pre-check for several cues: no match means none of them can match."""
    return re.compile(
        "|".join(sorted({re.escape(n) for c in cues for n in c.needles}, key=len, reverse=True))
    )


def leading_alternatives(body: str) -> tuple[list[str], int]:
    """The top-level alternatives of the group ``(?:...)`` that ``body`` opens, and the index of its closing
    bracket (-1 when it does not close: the alternatives then run to the end). Escapes ("\\(", "\\|") and
    character classes ("[)|]") are copied as they are, never read as brackets or bars."""
    depth, alts, start, i, n = 0, [], 3, 3, len(body)
    while i < n:
        ch = body[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            close = body.find("]", i + 2)
            i = close + 1 if close >= 0 else n
            continue
        if ch == ")" and depth == 0:
            alts.append(body[start:i])
            return alts, i
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            alts.append(body[start:i])
            start = i + 1
        i += 1
    alts.append(body[start:])
    return alts, -1


def _first_words(pattern: str) -> list[str]:
    """The first word of each alternative of the pattern's leading group: r"\\b(?:nếu như|giả sử)" -> nếu, giả."""
    body = strip_opener(pattern)
    if not body.startswith("(?:"):
        return [re.match(r"[^\W\d_]+", body).group(0)]  # type: ignore[union-attr]
    alts, _ = leading_alternatives(body)
    # the longest plain word of each alternative: the rarest, so the fast path fails most often
    return [
        max(re.findall(r"[^\W\d_]+", re.sub(r"\(\?[^)]*\)|\[[^]]*\]", " ", a)) or [a[:1]], key=len)
        for a in alts
    ]


def variants(word: str) -> set[str]:
    """Both tone placements of every "oa"/"oe"/"uy" in ``word``."""
    out = {unicodedata.normalize("NFC", word)}
    for new, old in _TONE_PAIRS.items():
        out |= {w.replace(new, old) for w in out}
    return out


def cue(pattern: str) -> Cue:
    return Cue(pattern)


def rx(pattern: str) -> re.Pattern[str]:
    return compile_fast(word_start(vi_pattern(pattern)))
