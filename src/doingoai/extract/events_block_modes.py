"""Task lists and policy lists: the blocks an intro governs ("Một số nhiệm vụ, giải pháp ... 6 tháng cuối năm
2020:" -> the list after it is planned, dated 2020-H2; "đường lối ... tập trung vào ba định hướng:" -> no events),
and the block types that hold no events (:data:`SKIP_BLOCKS`).

Called by :class:`doingoai.extract.events_context.Context` (``block_modes``, once per document: ``ctx.modes``);
``SKIP_BLOCKS`` is read by :mod:`doingoai.extract.events` and :mod:`doingoai.extract.events_nominal`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from doingoai.extract.members import members
from doingoai.extract.triggers import vi_compile
from doingoai.model import Block, BlockType, DateExpr, Document

BT = members(BlockType)  # (plain attribute reads: see extract/members.py)

SKIP_BLOCKS: Final = frozenset(
    {
        BlockType.AUTHOR,
        BlockType.AFFILIATION,
        BlockType.KEYWORDS,
        BlockType.REFERENCE,
        BlockType.SOURCE,
        BlockType.CAPTION,
        BlockType.CLOSING,  # an official document's signature and list of recipients
    }
)

# an intro to a list of tasks ("Một số nhiệm vụ, giải pháp ... 6 tháng cuối năm 2020:")
TASK_INTRO: Final = vi_compile(
    r"\b(?:nhiệm vụ|giải pháp|phương hướng|kế hoạch|thời gian tới|(?:6|sáu) tháng cuối năm|năm tới|sắp tới|giai đoạn tới"
    r"|cần tập trung|kiến nghị|đề xuất)\b"
    r"|\b(?:chỉ thị|yêu cầu)\s*:\s*$"  # "..., Thủ tướng Chính phủ chỉ thị:" (a directive's operative lead-in)
)
# an intro to a list of policy orientations ("đường lối ... tập trung vào ba định hướng chính:")
POLICY_INTRO: Final = vi_compile(
    r"\b(?:định hướng|đường lối|chủ trương|quan điểm|nguyên tắc|phương châm|bài học)\b"
)
LIST_START: Final = vi_compile(
    r"^\s*(?:thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)|(?:một|hai|ba|bốn|năm|sáu) là|[-–•+*]|\d{1,2}[.)]|[a-zđ][.)])"
)
_COUNT_WORDS: Final = {
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "2": 2,
    "3": 3,
    "4": 4,
    "5": 5,
    "6": 6,
    "7": 7,
}
COUNT: Final = vi_compile(
    r"\b(hai|ba|bốn|năm|sáu|bảy|[2-7])\s+(?:định hướng|nhiệm vụ|giải pháp|nội dung|điểm|vấn đề|mục tiêu|trụ cột)"
)


@dataclass(frozen=True)
class BlockMode:
    mode: str  # "planned" (a task list) | "policy" (policy orientations: not events)
    date: str  # the date the intro gives ("6 tháng cuối năm 2020" -> "2020-H2"), or ""


def block_modes(doc: Document, dates_in: Callable[[int, int], list[DateExpr]]) -> dict[int, BlockMode]:
    """Which blocks are task lists ("planned") or policy lists ("policy", no events), with the date their
    intro gives; ``dates_in(start, end)``: the document's dates there (:meth:`Context.dates_in`)."""
    from doingoai.extract.cue_words import may_match_ci
    from doingoai.extract.textscan import search_ci

    modes: dict[int, BlockMode] = {}
    blocks = doc.blocks
    for i, b in enumerate(blocks):
        if b.type in SKIP_BLOCKS or b.type is BT.TITLE:
            continue
        text = doc.block_text(b).rstrip()
        heading = b.type is BT.HEADING
        if not (heading or text.endswith(":")):
            continue
        text = text[text.rfind(". ", 0, len(text) - 1) + 1 :]  # the intro is the block's last sentence
        if may_match_ci(TASK_INTRO, text) and search_ci(TASK_INTRO, text):
            mode = "planned"
        elif not heading and may_match_ci(POLICY_INTRO, text) and search_ci(POLICY_INTRO, text):
            mode = "policy"
        else:
            continue
        dates = dates_in(b.start, b.end)
        date = dates[-1].value if dates else ""
        m = COUNT.search(text)
        count = _COUNT_WORDS.get(m.group(1).lower()) if m else None
        if heading:
            modes[i] = BlockMode(mode, date)  # the heading itself is not an event
        for j in _governed(doc, blocks, i, heading, count):
            modes[j] = BlockMode(mode, date)
    return modes


def _governed(doc: Document, blocks: list[Block], i: int, heading: bool, count: int | None) -> list[int]:
    """Blocks an intro governs: its section (heading), ``count`` blocks, or the list items after it."""
    out: list[int] = []
    level = blocks[i].level or 1
    for j in range(i + 1, len(blocks)):
        b = blocks[j]
        if b.type in (BT.SOURCE, BT.REFERENCE):
            break
        if b.type is BT.HEADING and (not heading or (b.level or 1) <= level):
            break
        if count is not None:
            if len(out) >= count:
                break
        elif not heading and not (b.type is BT.LIST_ITEM or LIST_START.match(doc.block_text(b))):
            break
        out.append(j)
    return out
