"""Events (round 192): the numbered or bulleted items of a report take the partner its title names.

A report ("BÁO CÁO Kết quả hợp tác giữa tỉnh X và tỉnh Y của Lào năm 2024") lists what was done without repeating
the partner: "1. Ký Biên bản ghi nhớ về hợp tác giáo dục ...", "- Tổ chức đoàn công tác sang làm việc ...". A
reader takes the items' agreements and trips as the writer's with that partner, as a plan's tasks are taken
(events_plan_tasks). Only the items: a report's running sentence naming no party ("Tuyên bố chung được ký tại Viêng
Chăn ...") may tell of others' acts and is not read so.
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.model import BlockType, Document

_MARK: Final = re.compile(r"\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ][.)]|[-–•+*])\s")


def report_item(doc: Document, at: int) -> bool:
    """Is offset ``at`` in a numbered or bulleted item (a list item, or a block opening on "1." / "a)" / "-")?"""
    sent = doc.sentence_at(at)
    if sent is None or sent.block >= len(doc.blocks):
        return False
    block = doc.blocks[sent.block]
    return block.type is BlockType.LIST_ITEM or bool(_MARK.match(doc.text, block.start))
