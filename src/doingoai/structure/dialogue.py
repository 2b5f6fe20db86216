"""Lines of remembered dialogue (round 183): a memoir or a story sets a spoken line on a line of its own,
opened by an em dash ("— Các anh có biết …", "— Anh thấy không? — chị Mai nói."), and a quotation's
author-date line under it the same way ("— Vũ Thị Hồng Nhung (2021, tr. 88)"). The dash is no list's
bullet (lists are set with "-", "–", "•"): such a line is a paragraph."""

from __future__ import annotations

from doingoai.model import BlockType

_DASH = "\u2014 "  # an em dash and a space


def has_dialogue(text: str) -> bool:
    """Some line of ``text`` may open with an em dash (cheap guard)."""
    return "\u2014" in text and ("\n" + _DASH in text or text.startswith(_DASH))


def retype(blocks: list, texts: list[str]) -> None:
    """List items opening with an em dash made paragraphs; ``texts[k]`` is block k's text."""
    for b, t in zip(blocks, texts, strict=True):
        if b.type is BlockType.LIST_ITEM and t.startswith(_DASH) and len(t) > 2 and not t[2].islower():
            b.type, b.level = BlockType.PARAGRAPH, None
