"""Markdown (.md) -> plain text: what the markup says kept, the markup itself left out.

A note or article kept in Markdown writes its title as "# ...", its sections as "## ...", emphasis as
"**...**" and links as "[text](url)". Read as plain text, the hashes hid the title ("# Việt Nam và ASEAN"
is no title line) and the evidence sentences kept the asterisks and the addresses. Here each line
loses its markup; the first top-level heading stays the document's first line (its title, found by the
structure stage as for any text), and the other headings are handed on as the HTML reader hands on a
page's h2–h6 (``meta["markup"]["headings"]``, offsets into the text returned), so the structure stage
takes them for headings whatever their shape. Offsets are into this text (``doc.raw``), as for HTML.
"""

from __future__ import annotations

import re
from typing import Any

_ATX = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")  # "Tiêu đề" / "=====" (level 1) or "-----" (level 2)
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_QUOTE = re.compile(r"^ {0,3}>[ \t]?")
_IMAGE = re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)")
_LINK = re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EM_STAR = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_EM_UNDERSCORE = re.compile(r"(?<!\w)_(?=\S)([^_\n]+?)(?<=\S)_(?!\w)")
_CODE = re.compile(r"`([^`\n]+)`")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|])")

_FRONT_FIELD = re.compile(r"^(title|date)[ \t]*:[ \t]*(.*?)[ \t]*$", re.IGNORECASE)
_FRONT_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})\b")
# "- …", "* …", "1. …", "2) …" (nested: indented)
_LIST = re.compile(r"^(\s*)(?:[-*+]|\d{1,3}[.)])[ \t]+(?=\S)")
_TABLE_ROW = re.compile(r"^ {0,3}\|.*\|[ \t]*$")  # "| 1990 | Sự kiện |"
# "|---|:--:|": a table's rule under its header row
_TABLE_RULE = re.compile(r"^ {0,3}\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$")
_NOTE_DEF = re.compile(r"^ {0,3}\[\^[^\]\s]+\]:[ \t]*")  # "[^1]: text of the note"


def inline_text(line: str) -> str:
    """``line`` without its inline markup: images by their alt text, links by their text, emphasis and
    code by what they hold, escapes by the character."""
    line = _IMAGE.sub(r"\1", line)
    line = _LINK.sub(r"\1", line)
    line = _CODE.sub(r"\1", line)
    line = _STRONG.sub(r"\2", line)
    line = _EM_STAR.sub(r"\1", line)
    line = _EM_UNDERSCORE.sub(r"\1", line)
    return _ESCAPE.sub(r"\1", line)


def _front_matter(lines: list[str]) -> tuple[list[str], str, str]:
    """The lines after a leading front-matter block ("---" / "+++" fenced metadata: "title: ...", "date: ..."),
    which is no text of the document, with the block's title and its date (ISO, "" when it has none)."""
    if not lines or lines[0].strip() not in ("---", "+++"):
        return lines, "", ""
    fence = lines[0].strip()
    title = date = ""
    for i in range(1, len(lines)):
        if lines[i].strip() in (fence, "..."):
            return lines[i + 1 :], title, date
        field = _FRONT_FIELD.match(lines[i])
        if field:
            value = field.group(2).strip("\"'")
            if field.group(1).lower() == "title":
                title = inline_text(value)
            else:
                m = _FRONT_DATE.match(value)
                if m and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31:
                    date = f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    return lines, "", ""  # (no closing fence: a rule, then text)


_CELL_BAR = re.compile(r"(?<!\\)\|")  # a "|" that parts two cells (an escaped "\|" is the cell's own bar)


def _cells(line: str) -> str:
    """A pipe table's row as its cells joined by " | " ("| 1990 | Sự kiện |" -> "1990 | Sự kiện"); an escaped
    "\\|" inside a cell is that cell's "|" ("| 2019 | EVFTA \\| EVIPA |" -> "2019 | EVFTA | EVIPA", round 208)."""
    row = line.strip()
    inner = row[1:-1]
    if "\\|" not in inner:
        return " | ".join(inline_text(c.strip()) for c in inner.split("|"))
    return " | ".join(inline_text(c.strip()) for c in _CELL_BAR.split(inner))


def read_markdown(source: str) -> tuple[str, dict[str, Any]]:
    """The plain text of a Markdown document, and the markup it hands on: ``{"headings": [[start, end,
    level], ...], "items": [[start, end], ...], "text": [...], "notes": [...], "date": "YYYY-MM-DD"}``
    (headings; list items and a table's rows; lines of plain text, a table's header row, a quotation;
    footnotes; the front matter's date). The front matter's title is the first line (the title), and every
    "#" heading a heading of its level; without one, the first top-level heading is the title."""
    lines, front_title, date = _front_matter(source.splitlines())
    first = next((line for line in lines if line.strip()), "")
    if front_title and (atx := _ATX.match(first)) and inline_text(atx.group(2)) == front_title:
        front_title = ""  # the title written again as the first "# …": that line is the title
    out: list[str] = []
    heads: list[tuple[int, int]] = []  # (line number in out, number of hashes)
    roles: dict[int, str] = {}  # line number in out -> "items" / "text" / "notes"
    if front_title:
        out += [front_title, ""]
    fenced = False
    n = len(lines)
    for k, line in enumerate(lines):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
            continue  # (a fence's lines are kept as written; the fence itself is no text)
        if fenced:
            out.append(line)
            continue
        setext = _SETEXT.match(line)
        if setext and out and out[-1].strip() and (not heads or heads[-1][0] != len(out) - 1):
            heads.append((len(out) - 1, 1 if setext.group(1)[0] == "=" else 2))
            roles.pop(len(out) - 1, None)
            continue
        if "|" in line and _TABLE_ROW.match(line):
            if _TABLE_RULE.match(line):
                continue  # "|---|---|": no text
            header = k + 1 < n and "|" in lines[k + 1] and _TABLE_RULE.match(lines[k + 1]) is not None
            roles[len(out)] = "text" if header else "items"
            out.append(_cells(line))
            continue
        if _RULE.match(line):
            out.append("")
            continue
        atx = _ATX.match(line)
        if atx:
            heads.append((len(out), len(atx.group(1))))
            out.append(inline_text(atx.group(2)))
            continue
        quoted = _QUOTE.match(line)
        if quoted:
            line = line[quoted.end() :]
        note = _NOTE_DEF.match(line)
        listed = None if note else _LIST.match(line)
        if note:
            line = line[note.end() :]
        elif listed:
            line = line[listed.end() :]
        text = inline_text(line.strip())
        if text:
            roles[len(out)] = "notes" if note else "items" if listed else "text"
        out.append(text)
    title = None if front_title else next((i for i, level in heads if level == 1), None)
    top = 1 if front_title else min((level for i, level in heads if i != title), default=1)
    starts, pos = [], 0
    for line in out:
        starts.append(pos)
        pos += len(line) + 1
    marked: dict[str, Any] = {}
    headings = [[starts[i], starts[i] + len(out[i]), level - top + 1] for i, level in heads if i != title]
    if headings:
        marked["headings"] = headings
    for i, role in sorted(roles.items()):
        marked.setdefault(role, []).append([starts[i], starts[i] + len(out[i])])
    if date:
        marked["date"] = date
    text = "\n".join(out) + "\n"
    return text, marked
