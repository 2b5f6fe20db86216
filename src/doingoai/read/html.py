"""Main text of an HTML page with trafilatura (see docs/decisions.md, "HTML main text").

Menus, sidebars, related links, comments and footers are dropped (``favor_precision``); each kept
element (paragraph, heading, list item, table row) becomes one line and lines are separated by a
blank line; the page title is the first line: the <h1> when trafilatura kept it, else the <title>
without its site name (" | Báo X"; an en dash is part of the title: "Việt Nam – Lào"). The page's
publication date comes from its markup (:func:`page_date`).
"""

from __future__ import annotations

import codecs
import html as html_lib
import re
import unicodedata
import warnings

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


def html_main_text(html: str, name: str) -> tuple[str, str | None]:
    """(main text with blank lines between elements, page title or None); raises E112."""
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
    lines = [ln for ln in lines if ln]
    title = _page_title(html, lines[0])
    if title is not None and title != lines[0]:
        lines.insert(0, title)
    lead = _lead(html, lines)
    if lead:
        lines.insert(1 if title is not None else 0, lead)
    return "\n\n".join(lines), title


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


# The lead ("sapo" in Vietnamese newsrooms: <div class="detail-sapo">, <p class="sapo">, <h2
# class="description">) is the article's first paragraph, styled apart; trafilatura often drops it.
_LEAD = re.compile(
    r"<(div|p|h2|span|section)\b[^>]*\bclass\s*=\s*[\"'][^\"']*?\b(?:[\w-]*sapo|lead|chapeau|description|summary)"
    r"\b[^\"']*[\"'][^>]*>(.*?)</\1\s*>",
    re.I | re.S,
)


def _lead(html: str, lines: list[str]) -> str | None:
    """The page's lead paragraph when the extracted text lacks it (None otherwise)."""
    kept = _norm(" ".join(lines))
    for m in _LEAD.finditer(html):
        text = _inner_text(m.group(2))
        if len(text.split()) >= 2 * MIN_WORDS and _norm(text) not in kept:
            return text
    return None


def page_date(html: str) -> str | None:
    """The page's own publication date as ISO 8601 ("2009-11-18"), from its markup only: meta tags
    (article:published_time, og:..., pubdate, ...), ``<time datetime>``, itemprop="datePublished", an
    element whose class or id says "date" ("<span class="date">18/11/2009 | 21:15</span>", read day
    first). htmldate (shipped with trafilatura) does this; its extensive search over the text is off,
    since it takes any date in the page (a date in the article, a copyright year) for the page's.
    Edit dates ("article:modified_time", itemprop="dateModified", "updated") are not publication
    dates and are removed first. None when the markup gives none."""
    from htmldate import find_date

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = find_date(
                _MODIFIED.sub("", html), extensive_search=False, original_date=True, outputformat="%Y-%m-%d"
            )
    except Exception:  # a third-party parser on untrusted markup: no date rather than no document
        return None
    return found if found and _ISO_DAY.match(found) else _meta_line_date(html)


# A news page's date line styled as its "meta"/"time"/"post-info" element, which htmldate does not read:
# <p class="meta">Thứ Sáu, 08/03/2024, 06:30 (GMT+7)</p> (day first; an update line is not the publication)
_META_LINE = re.compile(
    r"<(p|div|span|time)\b[^>]*\bclass\s*=\s*[\"'][^\"']*?\b(?:meta|time|post-info|publish[\w-]*|datetime)\b"
    r"[^\"']*[\"'][^>]*>(.{0,200}?)</\1\s*>",
    re.I | re.S,
)
_DAY_FIRST = re.compile(r"(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)(?!\d)")
_UPDATED = re.compile(r"cập nhật|updated|sửa", re.I)


def _meta_line_date(html: str) -> str | None:
    """The first day-first date ("08/03/2024") in a meta/time element's text, None when there is none."""
    h1 = _H1.search(html)  # the article's own date line stands near its headline, not in a list before it
    for m in _META_LINE.finditer(html, max(0, h1.start() - 600) if h1 else 0):
        text = _inner_text(m.group(2))
        d = _DAY_FIRST.search(text)
        if d is not None and not _UPDATED.search(text):
            day, month = int(d.group(1)), int(d.group(2))
            if 1 <= day <= 31 and 1 <= month <= 12:
                return f"{d.group(3)}-{month:02d}-{day:02d}"
    return None


_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Tags that date an edit, not the publication: htmldate falls back to them when nothing else dates
# the page, and an encyclopedia page edited in 2024 would then date every undated event 2024.
_MODIFIED = re.compile(
    r"<(?:meta|time|span|div|p|abbr)\b[^>]*?(?:modif|updated|dateUpdated|last-edit|lastmod)[^>]*>", re.I
)


def _page_title(html: str, first: str) -> str | None:
    """The page's title: the first extracted line when it is the <h1> or the <title>, else the
    <title> without its site-name suffix, else a substantial <h1>; None when the page has none."""
    h1s = [t for t in (_inner_text(m.group(1)) for m in _H1.finditer(html)) if t]
    m = _TITLE.search(html)
    full = _inner_text(m.group(1)) if m else ""
    head = _norm(first)
    if any(_norm(h) == head for h in h1s) or (
        full and _norm(full).startswith(head) and len(head) >= 0.5 * len(_norm(full))
    ):
        return first
    if full:
        return _strip_site_name(full)
    substantial = [h for h in h1s if len(h.split()) >= 3]
    return substantial[0] if substantial else None


def _inner_text(fragment: str) -> str:
    return _SPACES.sub(" ", html_lib.unescape(_TAGS.sub(" ", fragment))).strip()


def _strip_site_name(title: str) -> str:
    """'Article title | Site' -> 'Article title'. An en dash is not a separator: 'Việt Nam – Lào'."""
    for _ in range(2):
        m = _SITE_SUFFIX.match(title)
        if not m or len(m.group(2).split()) > 6:
            break
        title = m.group(1)
    return title


def _norm(s: str) -> str:
    return _SPACES.sub(" ", s).strip().casefold()
