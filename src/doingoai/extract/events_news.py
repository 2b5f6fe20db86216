"""Is a document a news page, whose own date dates what it tells without a date of its own (see
docs/decisions.md, "Events")? A page with a dateline or a time stamp at its top is; an HTML page with a
publication date in its markup is, except for past narrative on an encyclopedia-like page ("Tổng thống Bill
Clinton đã thăm Việt Nam" on a page defining "Quan hệ Việt Nam – Hoa Kỳ"). Any other page is not: its date is
when it was written. Used by :func:`doingoai.extract.events_standing.standing`.
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.events_agreement_phrases import done_at_date
from doingoai.extract.events_context import Context
from doingoai.model import BlockType, Document

# a completed act: "Cu-ba đã giúp Việt Nam xây dựng ...", "từng viện trợ"
COMPLETED: Final = re.compile(
    r"\b(?:đã|từng|trước đây|trước kia|khi đó|khi ấy|lúc đó|hồi đó|thời đó|thời kỳ đó"
    r"|(?:trong|thời|thời kỳ) (?:cuộc |hai cuộc )?(?:kháng chiến|chiến tranh))\b"
)


# a dateline: "Bắc Kinh, 18/11/2009 – ...", "... (TTXVN)"
_DATELINE: Final = re.compile(
    r"\s*(?:[^\n,–—-]{2,40},\s*)?(?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}\s*[–—-]|[^\n]{0,80}\((?:TTXVN|VOV|VNA)\)"
)

# a time stamp of a web page: "12/5/2022 10:00", "10:00 12/5/2022", "Thứ năm, 12/5/2022 - 10:00"
_STAMP: Final = re.compile(
    r"\b\d{1,2}/\d{1,2}/\d{4}\s*(?:[-–|,]\s*)?\d{1,2}:\d{2}\b|\b\d{1,2}:\d{2}(?:\s*(?:GMT\+7|\(GMT\+7\)))?\s*[-–|,]?\s*(?:ngày\s+)?\d{1,2}/\d{1,2}/\d{4}\b"
)


# a reference page: an encyclopedia or wiki named in its title, or a first paragraph defining its subject
_REFERENCE_TITLE: Final = re.compile(r"\b(?:bách khoa|wikipedia|wiki|từ điển|encyclopedia)\b", re.IGNORECASE)
_DEFINITION: Final = re.compile(r"[^.,;:!?\n]{3,120}? là (?:một |quan hệ |mối quan hệ |tên gọi )")


def _news(ctx: Context) -> str:
    """What makes the document a news page, whose date dates what it tells without a date of its own: a
    dateline or a time stamp at its top ("dateline"), a publication date in an HTML page's markup ("markup",
    doc.meta["date"] from read/html.page_date), else "" (any other page: an encyclopedia's is no news)."""
    found = ctx.cache.get("news")
    if found is None:
        doc = ctx.doc
        if any(
            _DATELINE.match(doc.text, b.start, b.end)
            or _STAMP.search(doc.text, b.start, min(b.end, b.start + 200))
            for b in doc.blocks[:12]
        ):
            found = "dateline"
        elif done_at_date(
            doc
        ):  # "Làm tại Hà Nội, ngày ...": a joint statement states what is agreed that day
            found = "closing"
        elif doc.format == "html" and doc.meta.get("date"):
            found = "reference" if _reference_page(doc) else "markup"
        else:
            found = ""
        ctx.cache["news"] = found
    return found


def closing_dated(ctx: Context) -> bool:
    """Is the document a joint statement or treaty dated by its closing formula ("Làm tại Hà Nội, ngày ...")? What it
    states (support, cooperation agreed) is stated that day."""
    return _news(ctx) == "closing"


def _reference_page(doc: Document) -> bool:
    """An encyclopedia-like page: its title names an encyclopedia or a wiki, or its first paragraph defines
    its subject ("Quan hệ Việt Nam – Hoa Kỳ là quan hệ ngoại giao giữa hai nước")."""
    title = doc.title or ""
    if _REFERENCE_TITLE.search(title) or _REFERENCE_TITLE.search(str(doc.meta.get("title") or "")):
        return True
    first = next((b for b in doc.blocks if b.type is BlockType.PARAGRAPH), None)
    return first is not None and _DEFINITION.match(doc.text, first.start, first.end) is not None


def news_dated(ctx: Context, low: str, c0: int, ts: int) -> bool:
    """Does a news page's date date the undated act at ``ts``? Not on an encyclopedia-like page when the
    clause tells it as past narrative ("Tổng thống Bill Clinton đã thăm Việt Nam")."""
    news = _news(ctx)
    if news == "reference":
        return COMPLETED.search(low, max(c0, ts - 60), ts) is None
    return bool(news)
