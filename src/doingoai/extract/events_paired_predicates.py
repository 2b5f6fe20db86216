"""Paired predicates share their subject (round 212): "Năm ấy chúng tôi vừa tổ chức APEC, vừa hoàn tất đàm phán gia
nhập WTO", "Việt Nam vừa là đối tác, vừa là ..." — the second "vừa" predicate is said of the subject of the first, and
the first predicate's object (APEC) is nobody's subject. A spoken narrative (a memoir, a witness in a documentary)
strings its acts this way.

:func:`first_predicate` gives the span of the first predicate ("vừa" to ", vừa") when the trigger sits in the second;
the roles step passes over the names in it when it looks back for the trigger's subject, so the subject is the one
before the first "vừa" (or none named: the narrator's, as for any unnamed subject).
"""

from __future__ import annotations


def first_predicate(low: str, c0: int, ts: int) -> tuple[int, int]:
    """The span of the first "vừa" predicate of a pair whose second one holds the trigger at ``ts`` (from "vừa" to
    ", vừa"), or an empty span (0, 0)."""
    k = low.rfind(", vừa ", c0, ts)
    if k < 0:
        return 0, 0
    first = low.rfind(" vừa ", c0, k)
    if first < 0 or low.find(",", first, k) >= 0:  # (the pair "vừa A, vừa B": no comma inside the first)
        return 0, 0
    return first, k
