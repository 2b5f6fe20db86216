"""What an HTML page's markup says of the lines of its main text (see docs/decisions.md, "HTML main
text"): which were its h2–h6 headings, and which short lines were plain elements (a ``<p>``, a
``<span>``, ...) not styled as headings. The structure stage prefers this to its guesses from the
text (structure/markup.py): an FAQ's questions end like sentences but are headings; a dateline
paragraph is short and has no full stop but is no heading. Offsets are into the reader's text
(``doc.raw``), so the clean stage's rewrites do not matter.
"""

from __future__ import annotations

import re
from typing import Any

from doingoai.read.html import _inner_text, _norm
from doingoai.read.html_parts import _LEAD

MAX_HEADING = 160  # characters: a longer <h2> is a lead set as a heading ("<h2 class="sapo">…")
_HEAD_TAG = re.compile(r"^h([2-6])$")
MAX_STOP_WORDS = 10  # words of a heading ending in a full stop ("Thứ nhất, tăng cường tin cậy chính trị.")
_INNER_SENTENCE = re.compile(r"[.!?…][\"”’)]*\s+[“\"]?[^\W\d_]")
# a plain element holding one line: a paragraph, or a <span>/<time>/<address>/<div> with no paragraph,
# <div> or element of its own kind inside (so a text never runs past the next such tag: an unclosed
# one costs no rescan of the page, and a <div> around paragraphs leaves them to be found)
_PLAIN = re.compile(
    r"<(p|span|time|address|div)\b([^>]*)>([^<]*(?:<(?!/?(?:p|div|\1)\b)[^<]*)*)</\1\s*>",
    re.I,
)
# a line all in bold (or styled bold, or with a class naming a heading or title) looks like a heading:
# there the text decides, not the markup; italics mark datelines, captions and notes, not headings
_EMPHASIS = re.compile(r"<(b|strong)\b[^>]*>(.*?)</\1\s*>", re.I | re.S)
_STYLED = re.compile(
    r"\b(?:class|style)\s*=\s*[\"']?[^\"'>]*?(?:bold|font-weight\s*:\s*[6-9]00|head|title|tieu[-_]?de)", re.I
)


def line_roles(
    html: str,
    body: Any,
    lines: list[str],
    titled: bool,
    restored: dict[str, int] | None = None,
    listed: tuple[set[int], set[int]] = (set(), set()),
) -> dict[str, Any] | None:
    """Offsets of the lines that are the page's h2–h6 headings (level 1 for the highest tag the text
    keeps) and of the short lines not ending like a sentence (what the text alone could take for a
    heading) set as plain elements (:data:`_PLAIN`); None when there are neither. Most pages have no
    such line, and the page is not scanned for them. ``restored``: subheads the reader put back
    (normalised text -> tag rank); ``listed``: the lines that were list items and numbered
    paragraphs (:func:`list_lines`), handed on as "items" and "paras"."""
    first = 1 if titled else 0  # (the title line is the structure stage's to find)
    short = [k for k in range(first, len(lines)) if len(lines[k]) <= MAX_HEADING]
    if not short and not any(listed):
        return None
    heads = _heading_tags(body, html)
    if restored:  # subheads put back by the reader (html_parts.restore_subheads)
        heads = {**restored, **heads}
    listed_any = listed[0] | listed[1]
    open_ended = [
        k
        for k in short
        if _norm(lines[k]) not in heads and not _SENTENCE_END.search(lines[k]) and k not in listed_any
    ]
    plain = _plain_lines(html, {_norm(lines[k]) for k in open_ended}) if open_ended else set()
    starts = [0] * len(lines)
    for k in range(1, len(lines)):
        starts[k] = starts[k - 1] + len(lines[k - 1]) + 2
    found = [(k, heads[key]) for k in short if (key := _norm(lines[k])) in heads]
    ranks = sorted({rank for _, rank in found})
    headings = [[starts[k], starts[k] + len(lines[k]), ranks.index(rank) + 1] for k, rank in found]
    plain_lines = [[starts[k], starts[k] + len(lines[k])] for k in open_ended if _norm(lines[k]) in plain]
    items, paras = ([[starts[k], starts[k] + len(lines[k])] for k in sorted(ks)] for ks in listed)
    if not headings and not plain_lines and not items and not paras:
        return None
    roles: dict[str, Any] = {"headings": headings, "plain": plain_lines}
    if items or paras:  # (pages without them keep the two keys they always had)
        roles.update(items=items, paras=paras)
    return roles


_NUMBERED = re.compile(r"\d{1,2}[.)]\s")
_DASH = "- "  # what trafilatura writes before a list item's text


def list_lines(body: Any, lines: list[str]) -> tuple[set[int], set[int]]:
    """The lines that were a list's items (``<li>``) and the numbered lines that were paragraphs
    (``<p>1. …</p>``): (indices of the one, of the other). The dash trafilatura writes before an
    item ("- ") is not the page's text and is taken off ``lines`` (in place)."""
    items: set[int] = set()
    paras: set[int] = set()
    if body is None:
        return items, paras
    dashed = [k for k, ln in enumerate(lines) if ln.startswith(_DASH)]
    if dashed:
        texts: dict[str, list[str]] = {}  # an item's line, or its first line -> the lines after it (<br>)
        for el in body.iter("item"):
            whole, *rest = _item_keys(el)
            texts.setdefault(whole, [])
            texts.setdefault(rest[0], rest[1:])
        joined: set[int] = set()
        for k in dashed:
            after = texts.get(_norm(lines[k][len(_DASH) :]))
            if after is None or k in joined:
                continue
            lines[k] = lines[k][len(_DASH) :].lstrip()
            items.add(k)
            n = len(after)
            if n and [_norm(ln) for ln in lines[k + 1 : k + 1 + n]] == after:
                lines[k] = " ".join(lines[k : k + 1 + n])  # the item's lines after a <br>: one item
                joined.update(range(k + 1, k + 1 + n))
        if joined:
            items = {k - sum(1 for j in joined if j < k) for k in items}
            lines[:] = [ln for k, ln in enumerate(lines) if k not in joined]
    numbered = [k for k, ln in enumerate(lines) if ln[:1].isdigit() and _NUMBERED.match(ln)]
    if numbered:
        texts_p = {_norm("".join(el.itertext())) for el in body.iter("p")}
        for k in numbered:
            if _norm(lines[k]) in texts_p and not _introduced(lines, k, paras):
                paras.add(k)
    return items, paras


def _introduced(lines: list[str], k: int, paras: set[int]) -> bool:
    """Numbered line ``k`` opens, or goes on, a run of numbered lines that a line ending in ":" introduces
    ("… chứng kiến lễ ký các văn kiện sau:" then "<p>1. Hiệp định …</p>"): the page's list, set as
    paragraphs. (A run a lead-in does not introduce, such as a press release's points, is paragraphs.)"""
    while k > 0 and k - 1 not in paras and _NUMBERED.match(lines[k - 1]):
        k -= 1  # (back to the run's first line: the lines before k that were kept as the run's items)
    return k > 0 and lines[k - 1].rstrip().endswith(":")


def _item_keys(item: Any) -> list[str]:
    """An item's text as trafilatura writes its line (paragraphs inside joined by a space), then its
    lines as split by ``<br>`` (the first, then those after it): a dashed line equal to the text or to
    its first line is the item's."""
    parts: list[str] = []

    def walk(el: Any) -> None:
        block = el is not item and el.tag in ("p", "item", "list", "head", "quote")
        if el.tag == "lb":
            parts.append("\n")
        elif block:
            parts.append(" ")
        parts.append(el.text or "")
        for child in el:
            walk(child)
            parts.append(child.tail or "")
        if block:
            parts.append(" ")

    walk(item)
    text = "".join(parts)
    return [_norm(text), *(_norm(line) for line in text.split("\n"))]


_SENTENCE_END = re.compile(r"[.!?…][\"”’)»]*$")


def _heading_tags(body: Any, html: str) -> dict[str, int]:
    """Heading text -> tag rank (2 for <h2>) of the headings trafilatura kept (``<head rend="h2">``),
    leaving out leads set as headings: long, more than one sentence, a sentence of more than
    ``MAX_STOP_WORDS`` words ending in a full stop, or styled as the lead (``<h2 class="sapo">``)."""
    found: dict[str, int] = {}
    if body is None:
        return found
    for el in body.iter("head"):
        m = _HEAD_TAG.match(el.get("rend") or "")
        if m is None:
            continue
        text = " ".join("".join(el.itertext()).split())
        if not text or len(text) > MAX_HEADING or _INNER_SENTENCE.search(text) is not None:
            continue
        if text[-1] == "." and len(text.split()) > MAX_STOP_WORDS:
            continue
        found.setdefault(_norm(text), int(m.group(1)))
    if found:
        for lead in _LEAD.finditer(html):
            found.pop(_norm(_inner_text(lead.group(2))), None)
    return found


def _plain_lines(html: str, keys: set[str]) -> set[str]:
    """Those of ``keys`` (normalised lines) that are the text of a plain element of the page
    (:data:`_PLAIN`) not emphasised or styled as a whole."""
    found: set[str] = set()
    styled: set[str] = set()  # a text set apart somewhere in the page (a nav link's twin of a bold heading)
    shortest = min(map(len, keys))  # (tags and entities only lengthen the markup of a text)
    for m in _PLAIN.finditer(html):
        _, attrs, inner = m.groups()
        if len(inner) < shortest or len(inner) > 4 * MAX_HEADING:
            continue
        text = _inner_text(inner) if "<" in inner or "&" in inner else " ".join(inner.split())
        key = _norm(text)
        if key not in keys:
            continue
        if _STYLED.search(attrs) or "<" in inner and _emphasised(inner, text):
            styled.add(key)
        else:
            found.add(key)
    return found - styled


def _emphasised(inner: str, text: str) -> bool:
    """All of the line's text is inside <b> or <strong>."""
    runs = "".join(_inner_text(m.group(2)) for m in _EMPHASIS.finditer(inner))
    return bool(runs) and "".join(runs.split()) == "".join(text.split())
