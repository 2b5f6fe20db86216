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
_PULL_CLASS = re.compile(r"\bclass\s*=\s*[\"'][^\"']*(?:pull|callout)", re.I)
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
    for m in _LEAD.finditer(html):
        text = _inner_text(m.group(2))
        if len(text.split()) >= 2 * _LINE_WORDS and _norm(text) not in kept:
            return text
    return None
