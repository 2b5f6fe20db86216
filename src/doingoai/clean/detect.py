"""Legacy-font runs (TCVN3/ABC ".VnTime", VNI-Windows) found and converted, run by run.

Documents typed in the 1990s-2000s with .VnTime or VNI-Times fonts reach us as Latin-1 / Windows-1252
characters: "QUAN HÖ §OµN KÕT" (TCVN3), "Vieät Nam" (VNI). Such runs also sit inside otherwise
Unicode text (a pasted heading), so the decision is made per run of words, never per document:

1. Only stretches of text around a character (or pair) that Unicode Vietnamese never uses are
   looked at (``_TRIGGERS``), so ordinary text costs a few regex scans.
2. Each word is decoded with both tables. A word *gains* when its decoding spells a Vietnamese
   syllable and the word as written does not (:mod:`doingoai.clean.syllable`); it is a *loss* when
   the reverse holds; a word with letters beyond Latin-1 (ư, ạ, ...) is Unicode.
3. Runs are the words between Unicode words and losses. A run is converted when it has more gains
   than words that read as nothing either way, and at least 60% of its words (acronyms aside) are
   Vietnamese syllables once converted: French "où" or German "Müller" stay as they are. A word
   that reads both ways ("cã": TCVN3 "có" or Unicode "cã") follows the table only when a gain
   stands between the same quotes, brackets or sentence ends.
4. A document written in one table (20 gains or more, few letters beyond Latin-1) is converted
   line by line, every word holding a code ("§CSVN" too), still sparing Unicode words.

The tables are in :mod:`doingoai.clean.legacy`. The .VnTimeH fonts draw capitals at TCVN3's
lower-case codes, so words whose Latin letters are capitals are upper-cased after decoding.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache

from doingoai.clean.edits import Edit, apply_edits, narrow
from doingoai.clean.legacy import TCVN3_SET, VNI_SET, Legacy
from doingoai.clean.legacy_words import (
    TOKEN,
    Found,
    Reading,
    Run,
    Word,
    candidates,
    capitals,
    promising,
    read_word,
    words_between,
)
from doingoai.textmap import MappedText

# Vietnamese letters in Latin-1: Unicode Vietnamese text uses these, so they prove nothing.
_VI_LATIN1 = frozenset("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")
_STRONG = "".join(sorted((TCVN3_SET | VNI_SET) - _VI_LATIN1))
# One character class (scanned at some 200 MB/s). VNI pairs that Unicode Vietnamese lacks ("caùc")
# would catch a short VNI phrase with no such character, at three times the cost: in a VNI document
# its other lines bring the table into use, and then every line with a VNI code is looked at.
_TRIGGERS = (re.compile("[" + re.escape(_STRONG) + "]"),)
_CODES = {
    Legacy.TCVN3: re.compile("[" + re.escape("".join(sorted(TCVN3_SET))) + "]"),
    Legacy.VNI: re.compile("[" + re.escape("".join(sorted(VNI_SET))) + "]"),
}
_UNICODE_LETTER = re.compile(r"[^\W\d_](?<=[^\x00-\xff])")
_SYMBOLS = "".join(c for c in sorted(TCVN3_SET | VNI_SET) if not c.isalpha())
_SYMBOL = re.compile("[" + re.escape(_SYMBOLS) + "]")


def _sentence_start(text: str, at: int) -> bool:
    """Nothing but spaces since the start of the text or the end of a sentence (on any line)."""
    return _SENTENCE_START.search(text, max(0, at - 40), at) is not None


Bounds = dict[int, tuple[int, int]]  # stretch -> starts of its first and last word


def _bounds(words: list[Word]) -> Bounds:
    out: Bounds = {}
    for w in words:
        out[w.segment] = (out.get(w.segment, (w.start, 0))[0], w.start)
    return out


def _converts(r: Reading, whole: bool, gains: Bounds, run: Bounds, stretch: Bounds | None) -> bool:
    """Whether a word of an accepted run is converted. In a document written with the table
    (``whole``) every word holding a code is. In a run, a word that reads both ways is when a gain of
    its stretch stands on each side of it, or the run goes on to the stretch's edge on that side (a
    Unicode word next to a legacy run reads both ways too); a word that reads neither way only when
    it holds a symbol code ("§CSVN"; "Vieät" may be another table's)."""
    if r.decoded is None or whole or r.gain:
        return r.decoded is not None
    if not r.ambiguous:
        return r.ok or _SYMBOL.search(r.word.text) is not None
    seg, at = r.word.segment, r.word.start
    if seg not in gains or stretch is None:
        return False
    left = gains[seg][0] < at or run[seg][0] == stretch[seg][0]
    right = gains[seg][1] > at or run[seg][1] == stretch[seg][1]
    return left and right


def _convert_run(
    text: str, enc: Legacy, run: Run, whole: bool, stretch: Bounds | None = None
) -> tuple[list[Edit], list[int]]:
    """Edits for one accepted run, and the starts of the words they convert."""
    upper = capitals(run) if enc is Legacy.TCVN3 else [False] * len(run)
    gains = _bounds([r.word for r in run if r.gain])
    bounds = _bounds([r.word for r in run])
    edits: list[Edit] = []
    starts: list[int] = []
    for r, up in zip(run, upper, strict=True):
        w, dec = r.word, r.decoded
        if dec is None or not _converts(r, whole, gains, bounds, stretch):
            continue
        if up:
            dec = dec.upper()
        elif enc is Legacy.TCVN3 and dec[0] != w.text[0] and _sentence_start(text, w.start):
            dec = dec[0].upper() + dec[1:]  # a capital the lower-case font could not write
        edits.extend(narrow(w.start, w.text, unicodedata.normalize("NFC", dec)))
        starts.append(w.start)
    return edits, starts


def _edits(
    text: str,
    words: list[Word],
    found: Found,
    encodings: tuple[Legacy, ...],
    votes: dict[Legacy, int],
    used: set[Legacy],
) -> list[Edit]:
    """Edits for the best runs of one stretch: most gains first, ties to the document's table,
    then to the table under which more words read. Words left over are looked at again, without
    the converted ones (a VNI word and a TCVN3 word may sit side by side)."""
    taken: set[int] = set()
    edits: list[Edit] = []
    stretch = _bounds(words)
    while found:
        # on a full tie VNI wins: its lone letters (ơ ư đ) are far more common than TCVN3's (ụ ử ủ)
        found.sort(key=lambda f: (-f[0], -votes.get(f[1], 0), -sum(r.ok for r in f[2]), f[1] is Legacy.TCVN3))
        before = len(taken)
        for _, enc, run in found:
            if any(r.word.start in taken for r in run if r.decoded is not None):
                continue
            more, starts = _convert_run(text, enc, run, whole=False, stretch=stretch)
            if starts:
                used.add(enc)
                taken.update(starts)
                edits.extend(more)
        if len(taken) == before:
            break
        found = candidates([None if w.start in taken else w for w in words], encodings)
    return edits


@lru_cache(maxsize=1 << 16)
def _word_edits(word: str, enc: Legacy) -> tuple[Edit, ...]:
    """The edits (offsets within the word) converting one word of a legacy document, if any."""
    reading = read_word(word, enc)
    if reading is None or reading[0] is None:
        return ()
    return tuple(narrow(0, word, unicodedata.normalize("NFC", reading[0])))


def _whole_edits(text: str, start: int, end: int, enc: Legacy) -> list[Edit]:
    """Edits for a line of a document written with ``enc``: every word holding a code converts,
    except Unicode words and real words the table would break.

    A line with no word in TCVN3 capitals takes a fast path: per-word edits come from a cache, and
    only a word starting a sentence with a code may need its capital back."""
    if enc is Legacy.VNI or not _CAPITALS.search(text, start, end):
        edits: list[Edit] = []
        for m in TOKEN.finditer(text, start, end):
            found = _word_edits(m.group(), enc)
            if not found:
                continue
            at = m.start()
            if enc is Legacy.TCVN3 and found[0][0] == 0 and _sentence_start(text, at):
                dec = read_word(m.group(), enc)[0]  # type: ignore[index]
                found = tuple(narrow(0, m.group(), unicodedata.normalize("NFC", dec[0].upper() + dec[1:])))
            edits.extend((at + s, at + e, new) for s, e, new in found)
        return edits
    edits = []
    run: Run = []
    for w in words_between(text, start, end):
        reading = read_word(w.text, enc)
        if reading is None:
            edits.extend(_convert_run(text, enc, run, whole=True)[0])
            run = []
            continue
        run.append(Reading(w, *reading))
    edits.extend(_convert_run(text, enc, run, whole=True)[0])
    return edits


_CAPITALS = re.compile(r"[A-Z][^\sa-z]*[A-Z]")  # two Latin capitals in a word: maybe .VnTimeH
_SENTENCE_START = re.compile(r"(?:\A|[.!?])\s*\Z")
_SAMPLE = 40  # stretches examined before deciding whether a whole document is legacy
_REACH = 120  # characters examined on each side of a trigger inside a long line


def _triggers(text: str) -> list[int]:
    """Positions of characters (or pairs) that Unicode Vietnamese never uses, in order."""
    if not any(map(text.__contains__, _STRONG)):  # (the usual case: each character searched for in C,
        return []  # several times faster than the class tried at every position)
    hits = [m.start() for rx in _TRIGGERS for m in rx.finditer(text)]
    hits.sort()
    return hits


def _spans(text: str, hits: list[int]) -> Iterator[tuple[int, int, list[int]]]:
    """Stretches of text around the trigger ``hits``: within one line, at most ``_REACH`` characters
    beyond the first and last hit (cut at a space), merged when they meet; with their hits."""
    k = 0
    while k < len(hits):
        first = hits[k]
        line_start = text.rfind("\n", 0, first) + 1
        line_end = text.find("\n", first)
        line_end = len(text) if line_end < 0 else line_end
        start = max(line_start, first - _REACH)
        if start > line_start:
            start = text.find(" ", start, first) + 1 or first
        j = k
        while j + 1 < len(hits) and hits[j + 1] < min(line_end, hits[j] + 1 + _REACH):
            j += 1
        last = hits[j] + 1
        end = min(line_end, last + _REACH)
        if end < line_end:
            cut = text.rfind(" ", last, end)
            end = cut if cut > 0 else end
        yield start, end, hits[k : j + 1]
        k = j + 1


def _lines(text: str, trigger: re.Pattern[str], skip: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Whole lines holding a match of ``trigger`` and no stretch of ``skip`` (sorted)."""
    starts = [s for s, _ in skip]
    pos = 0
    while (m := trigger.search(text, pos)) is not None:
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        k = bisect_left(starts, start)
        if not (k < len(skip) and skip[k][0] <= end) and not (k and skip[k - 1][1] >= start):
            yield start, end
        pos = end + 1


def _dominant(text: str, votes: dict[Legacy, int], coded: dict[Legacy, int]) -> Legacy | None:
    """The table a document is written in: 20 gains at least, four times the other table's, half its
    words that hold a code (not so for Danish "sø", "lø"), and more than the document has letters
    beyond Latin-1 (a Unicode document quoting a legacy heading is not written in the table)."""
    if not votes:
        return None
    enc, n = max(votes.items(), key=lambda kv: kv[1])
    other = sum(votes.values()) - n
    if n < 20 or n < 4 * other or n < 0.5 * coded.get(enc, 0):
        return None
    return enc if len(_UNICODE_LETTER.findall(text)) < n else None


def find_legacy(text: str, found: set[Legacy] | None = None, hits: list[int] | None = None) -> list[Edit]:
    """Edits converting the legacy-font runs of ``text`` to Unicode (empty for ordinary text).

    Stretches around a character (or pair) that Unicode Vietnamese never uses are examined first,
    for both tables; a tie goes to the table with more gains in the whole text. A document written
    in one table (:func:`_dominant`) is then converted line by line, every word holding a code
    ("§CSVN" too). Otherwise, once a table is seen in use, every other line holding one of its codes
    is examined too (a VNI line such as "COÂNG TAÙC" may have no telling character), run by run.
    """
    positions = _triggers(text)
    if hits is not None:
        hits.append(len(positions))
    if not positions:
        return []
    spans = list(_spans(text, positions))
    stretches: list[tuple[list[Word], Found]] = []
    votes: dict[Legacy, int] = {}
    coded: dict[Legacy, int] = {}
    whole = None
    for i, (s, e, span_hits) in enumerate(spans):
        words = words_between(text, s, e) if promising(text, span_hits) else []
        found_here = candidates(list(words), tuple(Legacy))
        stretches.append((words, found_here))
        for gains, enc, run in found_here:
            votes[enc] = votes.get(enc, 0) + gains
            coded[enc] = coded.get(enc, 0) + sum(r.decoded is not None for r in run)
        if i in (_SAMPLE, len(spans) - 1):  # a long legacy document is known from its first stretches
            whole = _dominant(text, votes, coded)
            if whole is not None:
                break
    edits: list[Edit] = []
    used: set[Legacy] = set()
    if whole is not None:
        used.add(whole)
        for start, end in _lines(text, _CODES[whole], []):
            edits.extend(_whole_edits(text, start, end, whole))
    else:
        for words, found_here in stretches:
            edits.extend(_edits(text, words, found_here, tuple(Legacy), votes, used))
        for enc in sorted(used):
            for start, end in _lines(text, _CODES[enc], [(s, e) for s, e, _ in spans]):
                words = words_between(text, start, end)
                edits.extend(_edits(text, words, candidates(list(words), (enc,)), (enc,), votes, set()))
    if found is not None:
        found.update(used)
    return edits


def convert_legacy(
    mt: MappedText, found: set[Legacy] | None = None, hits: list[int] | None = None
) -> MappedText:
    """Convert TCVN3 and VNI runs to Unicode; every other character keeps its source offset.
    The encodings met are added to ``found``, the number of telling characters to ``hits``."""
    return apply_edits(mt, find_legacy(mt.text, found, hits))
