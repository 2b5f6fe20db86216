"""A membership told in a relative clause after the organisation (round 22, docs/decisions.md Events): "UNESCO, tổ
chức mà nước ta là thành viên từ năm 1976", "APEC, diễn đàn mà Việt Nam tham gia từ năm 1998" is the subject's
joining in that year. The trigger ("là thành viên") wants its organisation after it (``events.find_events``'
filter): this draft is made after the trigger pass, its organisation the one the relative clause describes.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any, Final

from doingoai.extract.events_merge import Draft
from doingoai.extract.mention_kinds import ORG_KINDS
from doingoai.extract.textscan import occurs
from doingoai.model import EventKind, Status

# "(, tổ chức / diễn đàn ...) mà <subject> (đã) là thành viên / gia nhập / tham gia (chính thức) (kể) từ <date>"
_RELATIVE: Final = re.compile(
    r"(?:,\s+(?:một\s+)?(?:tổ chức|diễn đàn|hiệp hội|khối|nhóm|cơ chế|liên minh|cộng đồng)(?:\s+[^\W\d][\w-]*){0,3}?"
    r"|,)?\s+mà\s+"  # (round 38) or right after the name: "Hội đồng Tương trợ Kinh tế (SEV), mà Việt Nam là ..."
    r"(?P<subject>[^,.;:()\n]{2,40}?)\s+(?:đã\s+|chính thức\s+)*"
    r"(?:là\s+(?:một\s+)?(?:thành viên|hội viên)(?:\s+chính thức|\s+đầy đủ)?|gia nhập|tham gia)"
    r"\s+(?:(?:kể\s+)?từ|vào|năm|ngày|tháng)\b"
)

_BRACKET: Final = re.compile(r"\s*\([^()]{1,20}\)")
_NOT: Final = re.compile(r"\b(?:không|chưa|chẳng|chưa từng|không còn|sẽ|dự kiến)\b")


def relative_members(
    low: str, sentence_starts: list[int], sentences: list[Any], index: Any, ctx: Any
) -> list[Draft]:
    """One membership draft per "ORG, tổ chức mà X là thành viên từ <date>" with X a state and the date given."""
    if not occurs(low, " mà "):
        return []
    out: list[Draft] = []
    for org in (m for m in index.mentions if m.kind in ORG_KINDS):
        if low.find(" mà ", org.end, org.end + 80) < 0:
            continue
        b = _BRACKET.match(low, org.end)  # ("Tổ chức Y tế Thế giới (WHO), tổ chức mà ...")
        m = _RELATIVE.match(low, b.end() if b else org.end)
        if m is None or _NOT.search(m.group("subject")):
            continue  # ("tổ chức mà Việt Nam chưa là thành viên từ ...")
        subject = [x for x in index.between(m.start("subject"), m.end("subject")) if x.kind == "country"]
        k = bisect_right(sentence_starts, org.start) - 1
        if not subject or k < 0:
            continue
        sent = sentences[k]
        dates = [d for d in ctx.dates_in(m.end() - 6, min(sent.end, m.end() + 40)) if not ctx.attached(d)]
        if not dates or dates[0].start > m.end() + 12:
            continue  # (a standing membership with no date is no joining)
        out.append(
            Draft(
                EventKind.MEMBERSHIP_JOIN,
                tuple(dict.fromkeys(x.code for x in subject)),
                (org.code,),
                dates[0].value,
                Status.OCCURRED,
                (sent.start, sent.end),
            )
        )
    return out
