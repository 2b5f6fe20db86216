"""An HTML page's own publication date, from its markup only (read by :func:`doingoai.read.read_file`
through :mod:`doingoai.read.html`, which re-exports :func:`page_date`)."""

from __future__ import annotations

import re
import warnings

from doingoai.read.html import _H1, _inner_text


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
    r"<(p|div|span|time)\b[^>]*\bclass\s*=\s*[\"'](?![^\"']*(?:modif|updat))[^\"']*?(?<![\w-])(?:meta|time|post-info|publish[\w-]*|datetime|date)(?![\w])"
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
