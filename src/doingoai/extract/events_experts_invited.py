"""Experts invited to teach: the side they come from gives technical aid to the host (round 163).

A report's or plan's item "Mời chuyên gia Niu Di-lân sang tập huấn cho các hợp tác xã", "mời chuyên gia Đức sang hỗ
trợ xây dựng chương trình", "Mời chuyên gia của Tổ chức X sang giảng dạy chuyên đề" (trigger ``aid_experts_invited``,
trigger_lex163) tells aid from the experts' side, named right after the noun (after "của" if any), to the writer's
country, Vietnam. No side named there (bare "Mời chuyên gia sang ..."), or Vietnam's own experts: no event.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from doingoai.extract.places import VNM

_NEAR = 6  # " của " between the noun and the side's name, at most


def invited_roles(groups: Sequence[Any], te: int) -> tuple[list[str], list[str]] | None:
    """(the experts' side, [Vietnam]) for the trigger ending at ``te``, or None (see the module)."""
    first = next((g for g in groups if g.start >= te), None)
    if first is None or first.start - te > _NEAR:
        return None
    senders = [c for c in first.codes if c != VNM]
    return (senders, [VNM]) if senders and len(senders) == len(first.codes) else None
