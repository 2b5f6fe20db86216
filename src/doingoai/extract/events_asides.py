"""Acts a sentence mentions without telling them (round 188): readings dropped last before the merge.

* an invitation, not the attendance: "Việt Nam đã nhiều lần được mời dự hội nghị cấp cao với tư cách khách mời",
  "... là điều kiện để được mời dự Hội nghị Cấp cao Đông Á" — a meeting read in a sentence that says a party is
  (or would be) invited to attend is no meeting it attended; the consultations read there are dropped;
* the visit just told, weighed: "Đây là chuyến thăm Xy-ri đầu tiên của một tổng thống Mỹ trong 20 năm qua", "Đây là
  lần thứ năm ông Putin thăm Việt Nam" — a sentence opening on "Đây là" and the visit's rank tells the visit the
  document told before it (often with its parties turned round, or dated by a year of the aside), never a new
  one; its visits are dropped, unless the sentence names an earlier visit ("sau chuyến thăm ... năm 2011", "kể từ
  chuyến thăm ...", "đáp lại chuyến thăm ...") which stays;
* a meeting told as the time of a visit: "Tổng thống Biden tới Hà Nội ngay sau khi dự Hội nghị thượng đỉnh G20",
  "lần gần nhất là khi ông dự Hội nghị cấp cao APEC tại Đà Nẵng" — the sentence tells the visit, the meeting
  only dates it (a leader's earlier trip, the frame of the visit): its consultations are dropped.

Tried and left out: an undated joining in "Hai nước cùng là thành viên X" (a shared membership) — gold writers
disagree (the development sets count it as a joining).
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.events_merge import Draft
from doingoai.extract.events_visit_program import first_visit, told_again
from doingoai.model import EventKind

# "được mời dự", "được mời tham dự", "được mời đến dự"
_INVITED: Final = re.compile(r"được mời (?:đến |sang )?(?:tham )?dự\b")

# the sentence opens on the visit just told and its rank: "Đây là chuyến thăm ... đầu tiên", "Đây là lần thứ năm"
_THIS_VISIT: Final = re.compile(
    r"(?:[-–•*+]\s*|\d{1,2}[.)]\s*)?đây là (?:chuyến (?:thăm|công du)|lần (?:đầu tiên|thứ))"
)
# an earlier visit named in the sentence: "sau (các) chuyến thăm", "kể từ chuyến thăm", "đáp lại chuyến thăm",
# "sau khi dự ... và thăm"
_EARLIER_VISIT: Final = re.compile(
    r"(?:sau|kể từ|đáp lại|tiếp theo)(?: khi)? (?:các |những )?(?:chuyến (?:thăm|công du)|[^.;]{0,80}?\bthăm\b)"
)

# a meeting told as the time of a visit: "Tổng thống Biden tới Hà Nội ngay sau khi dự Hội nghị thượng đỉnh G20",
# "lần gần nhất là khi ông dự Hội nghị cấp cao APEC tại Đà Nẵng"
_VISIT_TIME: Final = re.compile(r"(?:sau khi|lần gần nhất[^.;]{0,40}?\bkhi(?: ông| bà)?) (?:tham )?dự\b")
_VISIT_WORD: Final = re.compile(r"\b(?:thăm|đến|tới|sang)\b")


def _invited(low: str, d: Draft) -> bool:
    return d.kind is EventKind.CONSULT and _INVITED.search(low, d.sentence[0], d.sentence[1]) is not None


def _visit_time(low: str, d: Draft) -> bool:
    s, e = d.sentence
    return (
        d.kind is EventKind.CONSULT
        and _VISIT_TIME.search(low, s, e) is not None
        and _VISIT_WORD.search(low, s, e) is not None
    )


def drop_asides(low: str, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` without the meetings a party was invited to, the visit told before weighed in "Đây là chuyến
    thăm ... đầu tiên", and the meetings told as the time of a visit (sentences of the lower-cased text
    ``low``)."""
    invited = "được mời" in low
    framed = "khi" in low and "dự" in low
    weighed = "đây là" in low
    if not (invited or framed or weighed):
        return drafts
    first = first_visit(drafts) if weighed else -1  # (the visit told again: events_visit_program)
    out = []
    for d in drafts:
        if invited and _invited(low, d):
            continue
        if framed and _visit_time(low, d):
            continue
        if first >= 0 and told_again(low, d, first, _THIS_VISIT, _EARLIER_VISIT):
            continue
        out.append(d)
    return out
