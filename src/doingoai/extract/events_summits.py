"""A summit named by its parties and told as held (round 22, docs/decisions.md Events): "Hội nghị Thượng đỉnh Hoa
Kỳ – Triều Tiên lần thứ hai tổ chức tại Hà Nội", "Hội nghị Cấp cao ASEAN – Hàn Quốc (đã) diễn ra tại Bu-san" is a
meeting (consult) of the parties joined by the dash. Made as a draft of its own after the trigger pass, not as a
trigger: a trigger's span took the organisation of a host's clause ("Hội nghị Cấp cao ASEAN ... do Việt Nam chủ
trì", round 21's attempt). A name not told as held ("chuẩn bị Hội nghị ...", "tại Hội nghị ...": the setting of
another act) gives nothing here; the other rules read those.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any, Final

from doingoai.extract.events_merge import Draft
from doingoai.extract.rx_boundary import compile_fast
from doingoai.extract.triggers import NEGATION
from doingoai.model import EventKind, Status

_PARTY_KINDS: Final = ("country", "organisation")
# the meeting's noun right before its first party ("Hội nghị Thượng đỉnh | Hoa Kỳ – Triều Tiên")
_SUMMIT_BEFORE: Final = compile_fast(
    r"\bhội nghị (?:thượng đỉnh|cấp cao|các nhà lãnh đạo|bộ trưởng(?: ngoại giao)?)(?: lần thứ \w+)? $"
)
_DASH: Final = re.compile(r"\s*[–—-]\s*")
# told as held right after the name: "(lần thứ hai) (đã) (được) tổ chức / họp / diễn ra / khai mạc ..."; the first
# of a series too: "Hội nghị Cấp cao ASEAN – Ấn Độ đầu tiên họp tại ..." (round 95)
_HELD: Final = re.compile(
    r"(?:\s+lần thứ [^\W\d]+| lần \d+| \(lần thứ [^)]{1,12}\)| đầu tiên| lần đầu(?: tiên)?)?,?\s+(?P<aux>(?:(?:đã|đang|sẽ|được|chính thức|vừa)\s+)*)"
    r"(?:tổ chức|nhóm họp|họp|diễn ra|khai mạc|bế mạc|kết thúc)\b"
)


def summits_held(
    low: str, sentence_starts: list[int], sentences: list[Any], index: Any, ctx: Any
) -> list[Draft]:
    """One consult draft per summit named "Hội nghị Thượng đỉnh A – B (– C)" and told as held."""
    if "hội nghị" not in low:
        return []
    out: list[Draft] = []
    ms = [m for m in index.mentions if m.kind in _PARTY_KINDS]
    for i, m in enumerate(ms):
        if _SUMMIT_BEFORE.search(low, max(0, m.start - 60), m.start) is None:
            continue
        parties = [m.code]
        end = m.end
        for n in ms[i + 1 :]:  # "A – B – C": the parties joined by dashes
            if n.start < end or _DASH.fullmatch(low, end, n.start) is None:
                break
            if n.code not in parties:
                parties.append(n.code)
            end = n.end
        held = _HELD.match(low, end) if len(parties) >= 2 else None
        if held is None:
            continue
        k = bisect_right(sentence_starts, m.start) - 1
        if k < 0:
            continue
        sent = sentences[k]
        if ctx.in_quote(m.start) or NEGATION.search(low, max(sent.start, m.start - 40), held.end()):
            continue  # ("không được tổ chức", "chưa họp")
        dates = [d for d in ctx.dates_in(sent.start, sent.end) if not ctx.attached(d)]
        planned = "sẽ" in held.group("aux").split()
        out.append(
            Draft(
                EventKind.CONSULT,
                tuple(parties),
                (),
                dates[0].value if dates else "",
                Status.PLANNED if planned else Status.OCCURRED,
                (sent.start, sent.end),
                explicit=bool(dates),
            )
        )
    return out
