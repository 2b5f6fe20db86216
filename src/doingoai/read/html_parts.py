"""Parts of an article trafilatura gets wrong: the lead it often drops (:func:`lead_of`) and the
pull-quote it keeps (:func:`drop_pull_quotes`); read by :func:`doingoai.read.html.read_page`.

Pull-quotes: a sentence of the article set again, large, between its paragraphs (``<blockquote
class="pullquote">``, ``<aside class="pull-quote">``). trafilatura keeps it as a line of the main
text, where it repeats a sentence and, with no full stop, runs into the paragraph after it. It is left
out when its element's class says so ("pull", "callout") or when its text stands again inside another
line of the article; a quotation of another source (a ``<blockquote>`` said once) stays.
"""

from __future__ import annotations

import re

from doingoai.read.html import MIN_WORDS as _LINE_WORDS
from doingoai.read.html import _inner_text, _norm

MIN_PULL_WORDS = 4  # words of a repeated pull-quote (a short phrase may well occur twice)
_QUOTE_BOX = re.compile(r"<(blockquote|aside)\b([^>]*)>(.*?)</\1\s*>", re.I | re.S)
# "pullquote", "pull-quote", "callout"; not Bootstrap's "pull-left" / "pull-right" (a real quotation floated)
_PULL_CLASS = re.compile(r"\bclass\s*=\s*[\"'](?:[^\"']*[\s\"'])?(?:pull-?quote|callout)", re.I)
_QUOTES = "“”\"'‘’«»"


def drop_pull_quotes(html: str, lines: list[str]) -> list[str]:
    """``lines`` (the main text's lines) without the pull-quotes the page sets."""
    if "<blockquote" not in html and "<aside" not in html and "<BLOCKQUOTE" not in html:
        return lines  # (the common case)
    pulled: set[str] = set()
    for m in _QUOTE_BOX.finditer(html):
        text = _norm(_inner_text(m.group(3)).strip(_QUOTES + " "))
        if not text:
            continue
        if _PULL_CLASS.search(m.group(2)) or len(text.split()) >= MIN_PULL_WORDS and _said_again(text, lines):
            pulled.add(text)
    if not pulled:
        return lines
    return [ln for ln in lines if _norm(ln).strip(_QUOTES + " ") not in pulled]


def _said_again(text: str, lines: list[str]) -> bool:
    """``text`` stands inside a longer line of the article (the sentence the pull-quote repeats)."""
    return any(len(ln) > len(text) + 2 and text in _norm(ln) for ln in lines)


# The lead ("sapo" in Vietnamese newsrooms: <div class="detail-sapo">, <p class="sapo">, <h2
# class="description">) is the article's first paragraph, styled apart; trafilatura often drops it.
_LEAD = re.compile(
    r"<(div|p|h2|span|section)\b[^>]*\bclass\s*=\s*[\"'][^\"']*?\b(?:[\w-]*sapo|lead|chapeau|description|summary|dek|deck|standfirst|teaser)"
    r"\b[^\"']*[\"'][^>]*>(.*?)</\1\s*>",
    re.I | re.S,
)


def lead_of(html: str, lines: list[str]) -> str | None:
    """The page's lead paragraph when the extracted text lacks it (None otherwise)."""
    kept = _norm(" ".join(lines))
    for m in _LEAD.finditer(html):  # the first lead-classed element long enough is the page's own lead;
        text = _inner_text(m.group(2))  # later ones are related articles' summaries ("teaser", "summary")
        if len(text.split()) >= 2 * _LINE_WORDS:
            return None if _norm(text) in kept else text
    return None


# A subhead trafilatura's fallback extractor drops (it keeps a page's <p>s only, when the page's main
# container has no class it knows): an <h2>–<h6> standing between two kept lines is put back there.
_SUBHEAD = re.compile(r"<h([2-6])\b[^>]*>(.*?)</h\1\s*>", re.I | re.S)
_ANY_SUBHEAD = re.compile(r"<h[2-6]\b", re.I)
_TAG = re.compile(r"<[^>]*>")
MAX_SUBHEAD = 160  # characters (as html_markup.MAX_HEADING)
_ANCHOR_WORDS = 4
MAX_STOP_WORDS = 10  # words of a subhead ending in a full stop (as html_markup's)


def restore_subheads(html: str, lines: list[str]) -> tuple[list[str], dict[str, int]]:
    """(``lines`` with the page's dropped subheads put back in place, {normalised subhead: tag rank})."""
    if len(lines) < 2 or _ANY_SUBHEAD.search(html) is None:
        return lines, {}
    kept = {_norm(ln) for ln in lines}
    heads = []
    for m in _SUBHEAD.finditer(html):
        text = _inner_text(m.group(2))
        if not text or len(text) > MAX_SUBHEAD or _norm(text) in kept or _LEAD.match(html, m.start()):
            continue  # (a lead set as a heading, <h2 class="sapo">, is the reader's lead_of)
        if text[-1] not in ".!…" or len(text.split()) <= MAX_STOP_WORDS:
            heads.append((m.start(), text, int(m.group(1))))
    if not heads:
        return lines, {}
    bare = _TAG.sub(lambda t: " " * len(t.group()), html)  # (tags blanked: offsets kept)
    anchors = [_anchor(bare, ln) for ln in lines]
    before: dict[int, list[str]] = {}
    ranks: dict[str, int] = {}
    for pos, text, rank in heads:
        k = next(
            (
                k
                for k in range(1, len(lines))
                if anchors[k - 1] is not None and anchors[k] is not None and anchors[k - 1] < pos < anchors[k]
            ),
            None,
        )
        if k is None:
            continue  # above the article's first line or below its last (a sidebar's "Tin liên quan")
        before.setdefault(k, []).append(text)
        ranks[_norm(text)] = rank
    if not before:
        return lines, {}
    return [x for k, ln in enumerate(lines) for x in (*before.get(k, ()), ln)], ranks


def _anchor(bare: str, line: str) -> int | None:
    """Where the line's first words stand in the page (tags blanked), None when not found."""
    words = line.split()[:_ANCHOR_WORDS]
    if not words:
        return None
    m = re.search(r"\s+".join(map(re.escape, words)), bare)
    return m.start() if m else None
