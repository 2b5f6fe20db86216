"""A news feed (RSS 2.0, RSS 1.0 or Atom; .xml, .rss, .atom) -> its items as a feed reader shows them.

Read as plain text, a feed showed its tags, its escaped HTML ("&lt;p&gt;Sáng nay, …") and CDATA marks, and
"sáng nay" had no day. Here the XML is first checked by ``defusedxml`` (an entity declaration, the way of an
"XML bomb", or an external entity is refused: E115), its root must be a feed's (``rss``, ``feed``, ``RDF``;
any other XML is E115, "not a news feed"), and ``feedparser`` (BSD) reads the channel and its items (RSS and
Atom alike; entities and CDATA decoded, the HTML of descriptions sanitised). Then:

* the channel's title is the first line;
* each item: its title a heading (level 1), its description's text a paragraph (the HTML's paragraphs one a
  line, an image left out), then its full article (``content:encoded``, Atom ``content``) paragraph by
  paragraph (``<p>``, a heading, a list's item, a figure's caption; tags removed, entities decoded); an article
  that repeats the description is not written twice;
* each item is a dated part of the text (read/outline.py ``sections``): the day of its pubDate (Atom
  ``published``/``updated``) in the time zone it is written in, against which "sáng nay", "chiều 4/11" are read.
"""

from __future__ import annotations

import datetime as dt
from email.utils import parsedate_to_datetime
from typing import Any

from doingoai.errors import Code, DoingoaiError
from doingoai.read.outline import Outline
from doingoai.read.safe_xml import parse_xml

__all__ = ["read_feed"]

_FEED_ROOTS = ("rss", "feed", "RDF", "rdf:RDF")
_BLOCK_TAGS = frozenset(
    ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "figcaption", "blockquote", "pre", "dt", "dd", "td", "th")
)


def _check_xml(data: bytes, shown: str) -> None:
    root = parse_xml(data, Code.E115_FEED_BROKEN, "the XML", shown)
    tag = root.tag.rsplit("}", 1)[-1]
    if tag not in _FEED_ROOTS:
        raise DoingoaiError(
            Code.E115_FEED_BROKEN, f"an XML file of <{tag}>, not a news feed (RSS/Atom)", shown
        )


def html_lines(html: str) -> list[str]:
    """The text of an HTML fragment as a reader sees it: its block elements' text one a line (images left
    out, entities decoded); a fragment without block elements is one line."""
    import lxml.html
    from lxml import etree

    if "<" not in html:
        return [" ".join(html.split())] if html.strip() else []
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return [" ".join(html.split())]
    lines: list[str] = []
    loose: list[str] = [root.text or ""]

    def flush() -> None:
        text = " ".join("".join(loose).split())
        if text:
            lines.append(text)
        loose.clear()

    def walk(el: Any) -> None:
        for child in el:
            if not isinstance(child.tag, str):  # a comment
                loose.append(child.tail or "")
                continue
            name = child.tag.lower()
            if name in _BLOCK_TAGS:
                flush()
                text = " ".join(child.text_content().split())
                if text:
                    lines.append(text)
            elif name in ("script", "style"):
                pass
            elif any(isinstance(g.tag, str) and g.tag.lower() in _BLOCK_TAGS for g in child.iter()):
                flush()
                loose.append(child.text or "")
                walk(child)
                flush()
            elif name == "br":
                loose.append(" ")
            else:
                loose.append(child.text_content())
            loose.append(child.tail or "")

    walk(root)
    flush()
    return lines


def _item_date(entry: Any) -> str:
    """The item's day as written (its own time zone): pubDate (RFC 822) or an Atom date (ISO 8601)."""
    for key in ("published", "updated", "created"):
        # (dict.get: feedparser's own get maps a missing "updated" to "published" with a DeprecationWarning)
        value = str(dict.get(entry, key) or "").strip()
        if not value:
            continue
        when: dt.datetime | None
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            try:
                when = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                when = None
        if when is not None:
            return when.date().isoformat()
        parsed = dict.get(entry, f"{key}_parsed")
        if parsed:
            return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"
    return ""


def read_feed(data: bytes, shown: str) -> tuple[str, dict[str, Any]]:
    """The feed's text and meta (``title``, ``markup``, ``sections``);
    raises DoingoaiError (E115) for a file that is not a feed or not safe to parse."""
    import feedparser

    _check_xml(data, shown)
    parsed = feedparser.parse(data)
    if not parsed.get("version") and not parsed.entries:
        raise DoingoaiError(Code.E115_FEED_BROKEN, "no feed found in the XML", shown)
    out = Outline()
    title = " ".join(str(parsed.feed.get("title") or "").split())
    out.title(title)
    for entry in parsed.entries:
        start = out.pos
        out.put(" ".join(str(entry.get("title") or "").split()), "heading", 1)
        lead = html_lines(str(entry.get("summary") or ""))
        body: list[str] = []
        for content in entry.get("content") or ():
            body.extend(html_lines(str(content.get("value") or "")))
        if lead and body and " ".join(lead) == " ".join(body):
            lead = []  # (an Atom entry's summary that is its content)
        for line in [*lead, *body]:
            out.put(line, "text")
        out.section(start, _item_date(entry))
    text, meta = out.result()
    if title:
        meta["title"] = title
    return text, meta
