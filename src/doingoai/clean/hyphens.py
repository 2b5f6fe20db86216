"""The hyphenated orthography of old documents (round 160): "Chánh-phủ Việt-nam Dân-chủ Cộng-hòa",
"đặt quan-hệ ngoại-giao", "Hiệp-định", "Liên-xô", "Trung-quốc".

Until the 1970s (and in archives typed then) the syllables of a compound word were joined by hyphens. Read
as written, no name, title or cue word was found: "Việt-nam" is no "Việt Nam", "quan-hệ ngoại-giao" no
"quan hệ ngoại giao". In a document written so, the hyphen of a two-syllable word whose second syllable is
in lower case ("quan-hệ", "Chánh-phủ", "Liên-xô") is read as the space of today's spelling while the
extraction stages read the text (names, dates, cue words, events), and given back before anything is
told: the hyphen is one character and the space one, so every offset stays where it was, and the blocks, the
sentences and the evidence keep the document's own spelling ("Chánh-phủ Việt-nam"). Longer
chains are transliterations that today's spelling still hyphenates ("In-đô-nê-xi-a", "Giơ-ne-vơ") and are
left as they are, as is "Á-Phi" (both parts capitalised) and anything with a digit ("30-12-1955").

A document is in this orthography when such words are frequent: at least eight of them whose first
syllable is in lower case too ("quan-hệ", "báo-cáo", "chỉ-thị"), one in every 600 characters or more;
today's text hyphenates no such pair ("e-mail", "vi-rút" are rare and alone).
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.clean.syllable import is_syllable
from doingoai.model import Document

_PAIR: Final = re.compile(r"(?<![\w-])([^\W\d_]{1,7})-([^\W\d_]{1,7})(?![\w-])")
_MIN_PAIRS: Final = 8
_CHARS_PER_PAIR: Final = 600


def _word_start(text: str, i: int) -> int:
    """The start of the run of letters ending before ``i`` (looked at up to 8 letters back)."""
    j = i
    while j > 0 and i - j < 8 and text[j - 1].isalpha():
        j -= 1
    return j


def _word_end(text: str, i: int) -> int:
    """The end of the run of letters starting at ``i`` (looked at up to 8 letters on)."""
    j, n = i, len(text)
    while j < n and j - i < 8 and text[j].isalpha():
        j += 1
    return j


def old_orthography(text: str) -> bool:
    """Is ``text`` written with hyphens between the syllables of its words ("quan-hệ ngoại-giao")? (The
    hyphens are visited one by one: most documents have few; the count stops once it is enough.)"""
    if text.count("-") < _MIN_PAIRS:
        return False
    need = max(_MIN_PAIRS, -(-len(text) // _CHARS_PER_PAIR))
    n = 0
    i = text.find("-")
    end = len(text) - 1
    while 0 <= i < end:  # (a hyphen at 0 joins nothing but does not end the count: "- quan-hệ ...")
        if i > 0 and text[i - 1].islower() and text[i + 1].islower():
            a, b = _word_start(text, i), _word_end(text, i + 1)
            if (
                i - a <= 7
                and b - i - 1 <= 7
                and (a == 0 or text[a - 1] not in "-" and not text[a - 1].isalnum())
                and (b >= len(text) or text[b] != "-" and not text[b].isalnum())
                and text[a:b].islower()
            ):
                n += 1
                if n >= need:
                    return True
        i = text.find("-", i + 1)
    return False


def _space(m: re.Match[str]) -> str:
    a, b = m.group(1), m.group(2)
    if b[0].islower() or (a.isupper() and b.isupper() and len(a) > 1 and len(b) > 1):
        return a + " " + b  # "quan-hệ", "Chánh-phủ"; "BÁO-CÁO", "QUAN-HỆ" of a heading
    return m.group(0)


# OCR's "rn" for "m" ("nărn 1959", "rnột"): no Vietnamese syllable holds "rn"; a word with a Vietnamese
# letter that becomes a syllable with "m" for it is read so, its freed character a space after it. (Each
# "rn" is looked at where it stands: English words have many.)


def _ocr_m(text: str) -> str:
    out: list[str] = []
    pos = 0
    i = text.find("rn")
    while i >= 0:
        a, b = _word_start(text, i), _word_end(text, i)
        word = text[a:b]
        whole = (a == 0 or not text[a - 1].isalnum()) and (b >= len(text) or not text[b].isalnum())
        if a >= pos and whole and not word.isascii():
            fixed = word.replace("rn", "m")
            if is_syllable(fixed):
                out += [text[pos:a], fixed, " " * (len(word) - len(fixed))]
                pos = b
        i = text.find("rn", max(i + 2, b))
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


_KEPT: Final = "hyphenated_text"


def fold_for_reading(doc: Document) -> Document:
    """The extraction stages' first step: ``doc.text`` with its syllable hyphens as spaces (same length, the
    map unchanged), the text as written kept for :func:`unfold_after_reading`."""
    folded = doc.text
    if "rn" in folded:
        folded = _ocr_m(folded)
    if "-" in folded and old_orthography(folded):
        folded = _PAIR.sub(_space, folded)
    if folded != doc.text:
        doc.meta[_KEPT] = doc.text
        doc.text = folded
    return doc


def unfold_after_reading(doc: Document) -> Document:
    """The extraction stages' last step: the document's own text back (the offsets are the same)."""
    kept = doc.meta.pop(_KEPT, None)
    if isinstance(kept, str) and len(kept) == len(doc.text):
        doc.text = kept
    return doc
