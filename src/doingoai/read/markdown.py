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
_BULLET = re.compile(r"^(\s*)[*+][ \t]+")  # "* ..." and "+ ...": written "- ..." as plain text writes them
_IMAGE = re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)")
_LINK = re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EM_STAR = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_EM_UNDERSCORE = re.compile(r"(?<!\w)_(?=\S)([^_\n]+?)(?<=\S)_(?!\w)")
_CODE = re.compile(r"`([^`\n]+)`")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|])")


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


def _without_front_matter(lines: list[str]) -> list[str]:
    """The lines after a leading front-matter block ("---" / "+++" fenced metadata: "title: ...", "date: ..."),
    which is no text of the document."""
    if not lines or lines[0].strip() not in ("---", "+++"):
        return lines
    fence = lines[0].strip()
    for i in range(1, len(lines)):
        if lines[i].strip() in (fence, "..."):
            return lines[i + 1 :]
    return lines  # (no closing fence: a rule, then text)


def read_markdown(source: str) -> tuple[str, dict[str, Any]]:
    """The plain text of a Markdown document, and the markup it hands on (``{"headings": [[start, end,
    level], ...]}``: every heading but the first top-level one, which is the title)."""
    lines = _without_front_matter(source.splitlines())
    out: list[str] = []
    heads: list[tuple[int, int]] = []  # (line number in out, number of hashes)
    fenced = False
    for line in lines:
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
            continue  # (a fence's lines are kept as written; the fence itself is no text)
        if fenced:
            out.append(line)
            continue
        setext = _SETEXT.match(line)
        if setext and out and out[-1].strip() and (not heads or heads[-1][0] != len(out) - 1):
            heads.append((len(out) - 1, 1 if setext.group(1)[0] == "=" else 2))
            continue
        if _RULE.match(line):
            out.append("")
            continue
        atx = _ATX.match(line)
        if atx:
            heads.append((len(out), len(atx.group(1))))
            line = atx.group(2)
        line = _BULLET.sub(r"\1- ", _QUOTE.sub("", line))
        out.append(inline_text(line))
    title = next((i for i, level in heads if level == 1), None)
    top = min((level for i, level in heads if i != title), default=1)
    starts, pos = [], 0
    for line in out:
        starts.append(pos)
        pos += len(line) + 1
    headings = [[starts[i], starts[i] + len(out[i]), level - top + 1] for i, level in heads if i != title]
    text = "\n".join(out) + "\n"
    return text, ({"headings": headings} if headings else {})
