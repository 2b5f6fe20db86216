"""Clean: ``doc.raw`` -> ``doc.text`` with a map back into ``raw``.

Steps, in order (each usable on its own, each a ``MappedText -> MappedText`` function):

1. :func:`strip_invisibles` — zero-width and control characters; odd spaces -> " "; CR LF -> LF;
   soft hyphens stay for now (TCVN3 writes ư with their code). Lines are never joined: the
   structure stage repairs layout. Then :func:`to_nfc` and :func:`fix_eth` (Ð/ð typed for Đ/đ),
   so that words are whole and final for step 2.
2. :func:`convert_legacy` — TCVN3 (.VnTime/.VnTimeH) and VNI runs to Unicode, run by run.
3. :func:`viqr` — VIQR ("Vie^.t Nam"), only when asked (``viqr=True`` or ``doc.meta["viqr"]``).
4. :func:`drop_soft_hyphens` — the remaining soft hyphens; :func:`to_nfc` — NFC, also for
   decomposed and Windows-1258 style combining tone marks.
5. :func:`normalise_tone_marks` — one placement for oa/oe/uy (``tone_style``, default traditional:
   hòa, thủy; or ``doc.meta["tone_style"]``).
6. When step 2 met telling characters, legacy detection once more on the result (words split by
   soft hyphens, tones moved), until nothing changes: cleaning a cleaned text changes nothing.

Ordinary NFC Unicode text passes every step after one scan each and comes out unchanged.
``doc.meta["legacy"]`` lists the legacy encodings that were converted, when any were.
"""

from __future__ import annotations

from doingoai.clean.detect import convert_legacy, find_legacy
from doingoai.clean.legacy import Legacy, tcvn3_to_unicode, vni_to_unicode
from doingoai.clean.normalise import drop_soft_hyphens, fix_eth, strip_invisibles, to_nfc
from doingoai.clean.syllable import is_syllable
from doingoai.clean.tones import ToneStyle, normalise_tone_marks
from doingoai.clean.viqr import viqr, viqr_to_unicode
from doingoai.model import Document
from doingoai.textmap import MappedText

__all__ = [
    "Legacy",
    "ToneStyle",
    "clean_document",
    "clean_text",
    "convert_legacy",
    "drop_soft_hyphens",
    "find_legacy",
    "fix_eth",
    "is_syllable",
    "normalise_tone_marks",
    "strip_invisibles",
    "tcvn3_to_unicode",
    "to_nfc",
    "viqr",
    "viqr_to_unicode",
    "vni_to_unicode",
]


def clean_mapped(
    mt: MappedText,
    *,
    tone_style: ToneStyle | str = ToneStyle.TRADITIONAL,
    viqr_input: bool = False,
    found: set[Legacy] | None = None,
) -> MappedText:
    """All clean steps on a mapped text (see the module docstring)."""
    # words whole and final before legacy detection, so that a second clean finds nothing new
    stripped = strip_invisibles(mt, soft_hyphens=False)
    nfc = to_nfc(stripped)
    before = fix_eth(nfc)
    hits: list[int] = []
    mt = converted = convert_legacy(before, found, hits)
    if (
        converted is not before
    ):  # letters just decoded may be the Vietnamese context an eth needed ("ViÖt Ð¶NG")
        mt = converted = fix_eth(converted)
    if viqr_input:
        mt = fix_eth(viqr(mt))
    after = mt
    dropped = drop_soft_hyphens(mt)
    if dropped is not stripped or nfc is not stripped:  # (a text found in NFC above, unchanged since)
        dropped = to_nfc(dropped)
    mt = normalise_tone_marks(dropped, tone_style)
    if not hits[0] or (converted is before and mt is after):
        return mt  # no telling character (the steps since add none), or nothing changed at all
    # Dropping soft hyphens or moving a tone changes words near telling characters: look again
    # until nothing changes, so that cleaning a cleaned text finds nothing new.
    for _ in range(3):
        again = convert_legacy(mt, found)
        if again is mt:
            break
        mt = normalise_tone_marks(to_nfc(again), tone_style)
    return mt


def clean_text(
    text: str, *, tone_style: ToneStyle | str = ToneStyle.TRADITIONAL, viqr_input: bool = False
) -> str:
    """The cleaned form of ``text`` (no offsets): for queries, gazetteer names and tests."""
    return clean_mapped(MappedText.identity(text), tone_style=tone_style, viqr_input=viqr_input).text


def clean_document(
    doc: Document, *, tone_style: ToneStyle | str | None = None, viqr: bool | None = None
) -> Document:
    """Clean ``doc.raw`` into ``doc.text``/``doc.map``; options default to ``doc.meta["tone_style"]``
    and ``doc.meta["viqr"]``, then to traditional tone placement and no VIQR."""
    style = ToneStyle(tone_style or doc.meta.get("tone_style") or ToneStyle.TRADITIONAL)
    use_viqr = bool(doc.meta.get("viqr")) if viqr is None else viqr
    if doc.map is None and doc.text != doc.raw:
        doc.text = doc.raw  # a freshly read document: clean starts from what the user gave
    found: set[Legacy] = set()
    doc.set_text(clean_mapped(doc.mapped(), tone_style=style, viqr_input=use_viqr, found=found))
    if found:
        doc.meta["legacy"] = sorted(e.value for e in found)
    return doc
