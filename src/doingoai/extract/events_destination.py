"""The destination a visit leaves unwritten: "đoàn đại biểu tỉnh Chăm-pa-sắc (Lào) sang thăm và làm việc", "Đại sứ
Ô-xtrây-li-a đã sang thăm và làm việc với lãnh đạo tỉnh". "sang" is movement over to the other side: a foreign
visitor who "sang thăm" with no place written after the verb (or only the writer's bare "tỉnh" / "thành phố")
comes to the writer's side, Vietnam. Not when another party is named before it in its clause (an inviter: "A mời
B sang thăm"), not for a firm's delegation (no state's side, as in events_anaphora); the caller keeps Vietnam out
of a text that never names it. Used by :mod:`doingoai.extract.events_unstated`."""

from __future__ import annotations

import re
from typing import Any

# "sang" (over to the other side) before a visit, or the visit verb "sang" itself
_OVER = re.compile(
    r"(?<![^\W\d_])sang(?: (?:thăm|dự|làm việc|công tác|tham dự))?(?: (?:chính thức|hữu nghị))?\s*$"
)
# no destination after the verb: the clause ends, or the next verb follows ("sang thăm, làm việc và ...")
_NO_DESTINATION = re.compile(
    r"\s*(?:(?:tỉnh|thành phố|địa phương)\s*)?"
    r"(?:[,.;:)]|$|và làm việc\s*[,.;:)]|(?:và )?(?:làm việc|dự|tham dự|tìm hiểu|trao đổi)\b)"
)
_FIRM = re.compile(r"\b(?:doanh nghiệp|công ty|tập đoàn|nhà đầu tư|hãng)\b")


def came_over(text: str, pre: list[Any], actors: list[str], ts: int, te: int) -> bool:
    """Does the visit at ``[ts, te)`` of ``actors`` (no recipient read) come over to Vietnam? ``text``: lower-cased."""
    if "VNM" in actors or not (text.endswith("sang ", max(0, ts - 5), ts) or _OVER.search(text, ts, te)):
        return False
    if _NO_DESTINATION.match(text, te) is None or _FIRM.search(text, max(0, ts - 80), ts) is not None:
        return False
    return all(c in actors for g in pre for c in g.codes)
