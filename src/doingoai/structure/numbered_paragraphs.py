"""Numbered blocks that are a document's own paragraphs, not a list's items, a list's lead-in, and a "see
also" section's lines (run after :func:`doingoai.structure.classify.refine`):

* a communiqué's numbered paragraphs: a run "1. …", "2. …" opening where no lead-in ends in ":" that holds
  a list of its own (a numbered paragraph ending in ":", its dash items, then the numbering goes on);
* a short unnumbered line ending in ":" right over a list's items ("Nội dung làm việc:") introduces them: a
  paragraph, not a heading;
* the short lines under a "Xem thêm" / "See also" heading (two or more, names of other pages: no sentence
  end, no ";"): a list's items.
"""

from __future__ import annotations

import re

from doingoai.model import BlockType
from doingoai.structure import headings
from doingoai.structure.lines import ends_sentence

_NUMBER = re.compile(r"(\d{1,2})\.\s+\S")
_SEE_ALSO = re.compile(r"(?:Xem thêm|Xem them|See also|Liên kết ngoài)\s*:?", re.IGNORECASE)
MAX_LINK = 80  # characters of a "see also" line (a page's name)
# a wiki page's own sections, which end a "see also" list ("Chú thích", "Tham khảo", "Liên kết ngoài")
_SECTION = re.compile(
    r"(?:Chú thích|Ghi chú|Tham khảo|Tài liệu tham khảo|Liên kết ngoài|Đọc thêm|Notes|References|External links)\s*:?",
    re.IGNORECASE,
)


def apply(blocks: list, texts: list[str]) -> None:
    """Retype ``blocks`` in place; ``texts[k]`` is block k's text."""
    _numbered_runs(blocks, texts)
    _see_also(blocks, texts)
    _lead_ins(blocks, texts)


def _numbered_runs(blocks: list, texts: list[str]) -> None:
    n = len(blocks)
    k = 0
    while k < n:
        m = _NUMBER.match(texts[k]) if blocks[k].type is BlockType.LIST_ITEM else None
        if m is None or m.group(1) != "1":
            k += 1
            continue
        prev = next((texts[j] for j in range(k - 1, -1, -1) if texts[j]), "")
        run, inner, j = [k], False, k + 1
        while j < n:
            t = texts[j]
            if not t:
                j += 1
                continue
            if blocks[j].type is not BlockType.LIST_ITEM:
                break
            if headings.is_bullet(t):
                if not texts[run[-1]].rstrip().endswith(":"):
                    break
                while (
                    j + 1 < n
                    and blocks[j + 1].type is BlockType.LIST_ITEM
                    and headings.is_bullet(texts[j + 1])
                ):
                    j += 1
                inner = True
                j += 1
                continue
            if not headings.next_number(texts[run[-1]], t):
                break
            run.append(j)
            j += 1
        if inner and len(run) >= 3 and not prev.rstrip().endswith(":") and _NUMBER.match(texts[run[-1]]):
            after_list = any(
                headings.is_bullet(texts[i]) for i in range(run[0], run[-1]) if texts[i]
            )  # the numbering goes on after the inner list
            if after_list:
                for i in run:
                    blocks[i].type = BlockType.PARAGRAPH
        k = max(j, k + 1)


def _see_also(blocks: list, texts: list[str]) -> None:
    n = len(blocks)
    for k in range(n):
        if blocks[k].type is not BlockType.HEADING or not _SEE_ALSO.fullmatch(texts[k].strip()):
            continue
        j = k + 1
        links = []
        while j < n and _link_shaped(blocks[j], texts[j].strip()):
            links.append(j)
            j += 1
        if len(links) >= 2 and (j == n or blocks[j].type is BlockType.HEADING):
            for i in links:
                blocks[i].type = BlockType.LIST_ITEM


def _link_shaped(b, t: str) -> bool:
    """A line under "Xem thêm" naming another page: a short paragraph, or one taken for an unnumbered heading
    (a short line before another), not ending like a sentence, not a page's own section ("Chú thích")."""
    if not t or len(t) > MAX_LINK or ends_sentence(t) or ";" in t or _SECTION.fullmatch(t):
        return False
    return b.type is BlockType.PARAGRAPH or (
        b.type is BlockType.HEADING and b.rank is None and not t.isupper()
    )


def _lead_ins(blocks: list, texts: list[str]) -> None:
    for k in range(len(blocks) - 1):
        b, t = blocks[k], texts[k].rstrip()
        if (
            b.type is BlockType.HEADING
            and b.rank is None
            and t.endswith(":")
            and not t.isupper()
            and blocks[k + 1].type is BlockType.LIST_ITEM
        ):
            b.type = BlockType.PARAGRAPH
