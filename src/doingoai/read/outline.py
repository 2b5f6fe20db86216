"""The text a structured file's reader writes (calendar, feed, OpenDocument), with the markup it hands on.

Readers of files that say what each piece of text is (an iCalendar entry's SUMMARY, a feed item's title, an
OpenDocument heading with its outline level) write the text one block a line, a blank line between blocks, and
hand on the raw offsets of each line's role as ``doc.meta["markup"]`` (read by structure/markup.py, as an HTML
page's): ``title`` (the title the file names), ``headings`` ([start, end, level]), ``text`` (a paragraph, whatever its shape), ``items`` (a list's
item), ``rows`` (a table's row, its cells joined by " | ": a ``table`` block the events stage reads under its
header, exported as a list item) and ``notes`` (a footnote). The first line written is the title.

A reader may also mark a part of the text as one dated entry (``sections``: [start, end, iso date, status]): a
calendar entry's DTSTART, a feed item's pubDate. The dates stage resolves the part's relative dates ("sáng nay",
"chiều 4/11") against the entry's date and takes it as the part's date when a sentence gives none
(extract/dates_near.py); a status other than "" ("planned" for a TENTATIVE entry, "negated" for a
CANCELLED one) is the status of the events read in the part (extract/events.py).
"""

from __future__ import annotations

from typing import Any

__all__ = ["Outline"]


class Outline:
    """Lines of text with their roles; :meth:`result` gives the text and the markup."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self.pos = 0
        self.markup: dict[str, list[list[Any]]] = {}
        self.sections: list[list[Any]] = []

    def title(self, line: str) -> None:
        """The title the file names, as the first line (marked: the structure stage takes no other)."""
        self.put(line, "title")

    def put(self, line: str, role: str = "", level: int = 1) -> None:
        """One block (its spaces collapsed, a line break kept; an empty one is not written); ``role``: "" (the title, or a line
        left to the structure stage), "heading", "text", "items", "rows", "notes" or "title"."""
        line = "\n".join(t for t in (" ".join(ln.split()) for ln in line.split("\n")) if t)
        if not line:
            return
        if self.out:
            self.out.append("")
            self.pos += 1
        span: list[Any] = [self.pos, self.pos + len(line)]
        if role == "heading":
            self.markup.setdefault("headings", []).append([*span, level])
        elif role:
            self.markup.setdefault(role, []).append(span)
        self.out.append(line)
        self.pos += len(line) + 1

    def section(self, start: int, date: str, status: str = "") -> None:
        """Mark the text written since ``start`` (a :attr:`pos` taken before) as one dated entry."""
        if self.pos > start and (date or status):
            self.sections.append([start, self.pos, date, status])

    def result(self) -> tuple[str, dict[str, Any]]:
        meta: dict[str, Any] = {}
        if self.markup:
            meta["markup"] = self.markup
        if self.sections:
            meta["sections"] = self.sections
        return ("\n".join(self.out) + "\n" if self.out else ""), meta
