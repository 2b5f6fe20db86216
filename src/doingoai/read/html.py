"""Main text of an HTML page with trafilatura (see docs/decisions.md, "HTML main text").

Menus, sidebars, related links, comments and footers are dropped (``favor_precision``); each kept
element (paragraph, heading, list item, table row) becomes one line and lines are separated by a
blank line; the page title is the first line: the <h1> when trafilatura kept it, else the <title>
without its site name (" | Báo X"; an en dash is part of the title: "Việt Nam – Lào"), or the <h1>
that the <title> repeats beside a site name. The page's publication date comes from its markup
(:func:`page_date`). :func:`read_page` also hands on what the markup says of the lines (:class:`Page`
``markup``, from :mod:`doingoai.read.html_markup`): the page's own headings (h2–h6, with levels) and
the short lines set as plain paragraphs, which the structure stage prefers to its guesses from the
text (structure/markup.py).
"""

from __future__ import annotations

import codecs
import html as html_lib
import re
import unicodedata
import warnings
from dataclasses import dataclass
from typing import Any

from doingoai.errors import Code, DoingoaiError
from doingoai.read.text import Decoded, decode_bytes

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_SPACES = re.compile(r"\s+")
MIN_WORDS = 4  # a page whose kept lines are all shorter than this holds only menu fragments
_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1\s*>", re.I | re.S)
_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.I | re.S)
_TAGS = re.compile(r"<[^>]*>")
_SITE_SUFFIX = re.compile(r"^(.*\S)\s+(?:\||-|—|::|»|/)\s+(\S[^|]*)$")
_SNIFF_INSTEAD = frozenset({"ascii", "latin-1", "iso8859-1", "cp1252"})


def decode_html(data: bytes, name: str) -> Decoded:
    """Decode by BOM, then the declared <meta charset>, then as a text file."""
    if not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        m = _CHARSET.search(data[:4096])
        if m:
            charset = m.group(1).decode("ascii").lower()
            try:
                text = data.decode(charset).replace("\r\n", "\n")
                codec = codecs.lookup(charset).name
            except (LookupError, UnicodeDecodeError):
                pass  # a wrong or unknown declaration: fall back to sniffing
            else:
                if codec in _SNIFF_INSTEAD:  # often wrong: UTF-8 or legacy Vietnamese bytes behind it
                    return decode_bytes(data, name)
                if codec == "cp1258":  # tone marks are combining characters in Windows-1258
                    text = unicodedata.normalize("NFC", text)
                return Decoded(text, codec)
    return decode_bytes(data, name)


@dataclass(frozen=True)
class Page:
    """A page's main text (one element a line, a blank line between), its title, and what its markup
    says of the lines: ``{"headings": [[start, end, level], ...], "plain": [[start, end], ...]}``,
    offsets into ``text`` (None when it says nothing)."""

    text: str
    title: str | None
    markup: dict[str, Any] | None = None
    date: str | None = None  # the date of the page's time stamp line, left out of the text ("2016-09-03")


def html_main_text(html: str, name: str) -> tuple[str, str | None]:
    """(main text with blank lines between elements, page title or None); raises E112."""
    page = read_page(html, name)
    return page.text, page.title


def read_page(html: str, name: str) -> Page:
    """The page's main text, title and markup roles (:class:`Page`); raises E112."""
    import trafilatura

    html = unwrap_layout_tables(html)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # trafilatura/htmldate deprecations are not our users' concern
            result = trafilatura.bare_extraction(
                html, favor_precision=True, include_comments=False, include_tables=True, with_metadata=False
            )
    except Exception as exc:  # a third-party parser on untrusted markup: any failure is "no text"
        raise DoingoaiError(
            Code.E112_HTML_NO_TEXT, f"the page cannot be parsed ({type(exc).__name__}: {exc})", name
        ) from None
    text = (result.text if result is not None else None) or ""
    if not any(len(line.split()) >= MIN_WORDS for line in text.splitlines()):
        found = f" (only {text.strip()[:60]!r})" if text.strip() else ""
        raise DoingoaiError(Code.E112_HTML_NO_TEXT, f"no main text found in the page{found}", name)
    lines = [ln.strip() for ln in result.text.splitlines()]
    from doingoai.read import html_parts as parts

    lines, rows = parts.table_rows([ln for ln in lines if ln])  # a data table's rows, cells apart
    lines = parts.drop_pull_quotes(html, lines) or lines
    lines, stamped = parts.drop_time_stamps(lines)  # ("Cập nhật lúc 21:05 ngày 03/09/2016": page furniture)
    if not lines:
        raise DoingoaiError(Code.E112_HTML_NO_TEXT, "no main text found in the page (only its date)", name)
    title, site = _page_title(html, lines[0])
    if site:  # the first line is the <h1> holding the site's name, not the article's
        lines[0] = title
    elif title is not None and title != lines[0]:
        k = parts.headline_at(lines, title)
        if k:  # the headline under a kicker or a date line: it is the title, set first (not twice)
            del lines[k]
        lines.insert(0, title)
    lead = parts.lead_of(html, lines)
    if lead:
        lines.insert(1 if title is not None else 0, lead)
    # after the title and the lead are back: a subhead right under a dropped lead stands between the
    # lead and the first kept line, not above the article
    lines, subheads = parts.restore_subheads(html, lines)
    from doingoai.read.html_markup import line_roles, list_lines

    listed = list_lines(result.body, lines)  # (takes off the dash trafilatura writes before an <li>)
    markup = line_roles(html, result.body, lines, title is not None, subheads, listed)
    if rows:  # a table's rows: each a block of its own (structure/table_rows.py)
        markup = {**(markup or {}), "rows": parts.row_spans(lines, rows)}
    return Page("\n\n".join(lines), title, markup, stamped)


_STRUCTURAL = ("h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote", "article")
_LAYOUT_TAGS = {
    "table": "div",
    "tbody": "div",
    "thead": "div",
    "tfoot": "div",
    "tr": "div",
    "td": "div",
    "th": "div",
}


def unwrap_layout_tables(html: str) -> str:
    """A page laid out with tables (<table><tr><td class="content"><h1>…<p>…): the tables holding
    paragraphs, headings or other blocks become plain <div>s, so their text is read as the page's
    paragraphs, not flattened into one table row; tables of data (cells of text) are kept."""
    if "<table" not in html and "<TABLE" not in html:
        return html
    import lxml.etree
    import lxml.html

    try:  # (lxml refuses a str that declares its encoding: the page is already decoded)
        root = lxml.html.document_fromstring(_XML_DECLARATION.sub("", html, count=1))
    except (ValueError, lxml.etree.ParserError):  # unparsable markup: trafilatura reports it
        return html
    layout = [t for t in root.iter("table") if _holds_page_blocks(t)]
    if not layout:
        return html
    parts = [
        el
        for table in layout
        for el in table.iter("tbody", "thead", "tfoot", "tr", "td", "th")
        if _owned_by(el, table)
    ]  # (all found before any is renamed)
    for el in parts + layout:
        el.tag = _LAYOUT_TAGS[el.tag]
    return lxml.html.tostring(root, encoding="unicode")


_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")
_LONG_BLOCK = 200  # characters: a paragraph of an article, not the text of a cell


def _holds_page_blocks(table) -> bool:
    """The table lays out a page: it holds headings, lists or other tables, or paragraphs of article
    length (a table of data may put "<p>2023</p>" in its cells)."""
    if any(table.find(f".//{tag}") is not None for tag in _STRUCTURAL):
        return True
    return any(len(el.text_content()) > _LONG_BLOCK for tag in ("p", "div") for el in table.iter(tag))


def _owned_by(el, table) -> bool:
    """``el`` is part of ``table`` itself, not of a table nested in one of its cells."""
    parent = el.getparent()
    while parent is not None and parent is not table:
        if parent.tag == "table":
            return False
        parent = parent.getparent()
    return True


def _page_title(html: str, first: str) -> tuple[str | None, bool]:
    """(the page's title, whether the first extracted line is an <h1> holding only the site's name).

    The title is the <h1> (or the first line) when the <title> repeats it beside a shorter site name
    ("<h1> – Bộ X", "Báo X | <h1>"); the rest of the <title> when the <h1> is the site's name
    ("<h1>Báo X</h1>" in "Báo X | Article title"); else the first extracted line when it is the <h1>
    or the <title>, else the <title> without its site-name suffix, else a substantial <h1>; None when
    the page has none."""
    h1s = [t for t in (_inner_text(m.group(1)) for m in _H1.finditer(html)) if t]
    m = _TITLE.search(html)
    full = _inner_text(m.group(1)) if m else ""
    head = _norm(first)
    for k, h in enumerate((*h1s, first)):
        rest = _beside(full, h)
        if rest is None:
            continue
        words, other = len(h.split()), len(rest.split())
        if words >= 3 and (other < words or _SITE_WORDS.match(rest) and not _SITE_WORDS.match(h)):
            return h, False
        if (
            k < len(h1s)
            and _norm(h) == head
            and other >= 3
            and other > words
            and _is_site_name(html, h, rest)
        ):
            return _strip_site_name(rest), True
    if any(_norm(h) == head for h in h1s) or (
        full and _norm(full).startswith(head) and len(head) >= 0.5 * len(_norm(full))
    ):
        return first, False
    substantial = [h for h in h1s if len(h.split()) >= 3]
    if full and substantial and len(full.split()) < 3:  # "<title>Tin tức</title>" over the article's <h1>
        return substantial[0], False
    if full:
        return _strip_site_name(full), False
    return (substantial[0] if substantial else None), False


_SITE_META = re.compile(
    r"<meta\b[^>]*?(?:property|name)\s*=\s*[\"'](?:og:site_name|application-name|twitter:site)[\"'][^>]*>",
    re.I,
)
_CONTENT = re.compile(r"\bcontent\s*=\s*[\"']([^\"']*)[\"']", re.I)


# how the names of news sites and portals begin ("Báo Thế giới", "Cổng thông tin điện tử Bộ Ngoại giao")
_SITE_WORDS = re.compile(
    r"(?:báo|tạp chí|cổng thông tin|trang thông tin|trang tin|thông tấn|đài|tin tức|vnexpress|dân trí|tuổi trẻ"
    r"|thanh niên|vietnamnet|vtv|vov|ttxvn)\b|\S+\.(?:vn|com|net|org)\b",
    re.I,
)


def _is_site_name(html: str, h1: str, rest: str) -> bool:
    """The <h1> is the site's name beside the article's title in the <title>: the page's own meta tags say
    so (og:site_name, application-name), or the <h1> reads as a site's name and the rest does not. A short
    article title beside a longer site name ("Báo điện tử … | Thủ tướng thăm Lào") is still the article's."""
    for m in _SITE_META.finditer(html):
        c = _CONTENT.search(m.group(0))
        if c and _norm(_inner_text(c.group(1))) == _norm(h1):
            return True
    return bool(_SITE_WORDS.match(h1.strip())) and not _SITE_WORDS.match(rest.strip())


_SEP = r"(?:\||-|–|—|::|:|»|«|/|·)"
_SEP_AFTER = re.compile(rf"\s*{_SEP}\s+(?=\S)")  # "<h1> – Site"
_SEP_BEFORE = re.compile(rf"(?<=\S)\s+{_SEP}\s*$")  # "Site | <h1>"


def _beside(full: str, h1: str) -> str | None:
    """The other part of a <title> made of the <h1> and something else set apart by a separator, after
    or before it ("Hội nghị … lần thứ hai – Bộ Tài nguyên và Môi trường" -> "Bộ Tài nguyên và Môi
    trường"); None when the <title> is not made so."""
    full, head = " ".join(full.split()), " ".join(h1.split())
    n = len(head)
    if not head or len(full) <= n:
        return None
    if full[:n].casefold() == head.casefold():
        m = _SEP_AFTER.match(full, n)
        return full[m.end() :] if m else None
    if full[-n:].casefold() == head.casefold():
        m = _SEP_BEFORE.search(full[:-n])
        return full[: m.start()] if m else None
    return None


def _inner_text(fragment: str) -> str:
    return " ".join(html_lib.unescape(_TAGS.sub(" ", fragment)).split())  # (split: ~30x a regex)


def _strip_site_name(title: str) -> str:
    """'Article title | Site' -> 'Article title'. An en dash is not a separator: 'Việt Nam – Lào'."""
    for _ in range(2):
        m = _SITE_SUFFIX.match(title)
        if m and _SITE_WORDS.match(m.group(1)) and not _SITE_WORDS.match(m.group(2)):
            return m.group(2)  # "Site | Article title"
        if not m or len(m.group(2).split()) > 6 and not _SITE_WORDS.match(m.group(2)):
            break
        title = m.group(1)
    return title


def _norm(s: str) -> str:
    return " ".join(s.split()).casefold()


# (the page date lives in html_date; imported here last, as callers read it from this module)
from doingoai.read.html_date import _meta_line_date, page_date  # noqa: E402, F401
