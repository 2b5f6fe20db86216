"""Present at a meeting: attending it (round 26, docs/decisions.md Events).

"Ma-rốc có mặt tại Hội nghị thượng đỉnh đầu tiên của Phong trào Không liên kết", "Tổng thống A và Thủ tướng B đều
có mặt ở Hội nghị Cấp cao Đông Á": being present at a meeting is attending it, a consultation with the
organisation whose meeting it is (the convention of "dự Hội nghị ...": `attend` in trigger_meetings.py). Not a trigger:
the mention groups read "tại <meeting> <organisation>" as a place, so the organisation would be dropped; made as
a draft after the trigger pass instead, only when a meeting noun follows "có mặt tại / ở" and an organisation is
named in the meeting's name (up to the next punctuation), and the one present is a state named right before
(coordinated names together, titles and personal names between allowed). Nothing when negated, asked, supposed
("nếu") or only possible ("có thể"); planned when wished for or to come ("mong muốn", "dự kiến", "sẽ").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any, Final

from doingoai.extract.events_dating import date_of
from doingoai.extract.events_merge import Draft
from doingoai.extract.events_status import not_a_fact, status_of
from doingoai.extract.textscan import occurs
from doingoai.extract.trigger_cues import NEGATION
from doingoai.extract.word_find import whole_words
from doingoai.model import EventKind, Status

# tried only where "có mặt" starts a word (str.find: no regex pass over the whole text; review of session 9, 12)
_PRESENT: Final = re.compile(
    r"có mặt (?:tại|ở) (?P<name>(?:các |cả )?(?:hội nghị|thượng đỉnh|diễn đàn|kỳ họp|khóa họp|phiên họp|đại hội đồng))\b"
)
_NAME_END: Final = re.compile(r"[,.;:()\n]|\s(?:tại|ở|và|vào|khi|để|nhằm)\s")
_STATE: Final = ("country",)
_ORG: Final = ("organisation", "body")
_ASIDE: Final = re.compile(r"\s(?:và|cùng|cùng với)\s")
_TO_COME: Final = re.compile(r"\b(?:sẽ|dự kiến)\s+(?:[^\W\d_]+\s+)?$")
_SUBJECT_REACH: Final = (
    60  # the nearest state before "có mặt": at most this far (a title and a personal name between)
)


def present_at(
    low: str, sentence_starts: list[int], sentences: list[Any], index: Any, ctx: Any
) -> list[Draft]:
    """One consult draft per state told present at an organisation's meeting."""
    if not occurs(low, "có mặt"):
        return []
    out: list[Draft] = []
    for i, _ in whole_words(low, ("có mặt",)):
        m = _PRESENT.match(low, i)
        if m is None:
            continue
        k = bisect_right(sentence_starts, m.start()) - 1
        if k < 0:
            continue
        sent = sentences[k]
        stop = _NAME_END.search(low, m.end(), sent.end)
        name_end = stop.start() if stop else sent.end
        orgs = [x.code for x in index.between(m.start("name"), name_end) if x.kind in _ORG]
        if not orgs:
            continue
        c0 = max(sent.start, low.rfind(";", sent.start, m.start()) + 1)
        before = [x for x in index.between(c0, m.start()) if x.kind in _STATE]
        if not before or m.start() - before[-1].end > _SUBJECT_REACH:
            continue
        present = [before[-1]]
        for x in reversed(before[:-1]):  # "Tổng thống A ... và Thủ tướng B ...": the coordinated states
            if (
                present[0].start - x.end > _SUBJECT_REACH
                or _ASIDE.search(low, x.end, present[0].start) is None
            ):
                break
            present.insert(0, x)
        if ctx.in_quote(m.start()) or low[sent.start : sent.end].rstrip().endswith("?"):
            continue
        if NEGATION.search(low, max(c0, m.start() - 25), m.start()):
            continue  # "Ấn Độ không có mặt tại hội nghị"
        # as a trigger's status: a hypothetical or a possibility ("Nếu được mời, X có mặt ...", "X có thể có mặt
        # ...") is no event, a wish or a plan ("mong muốn / hy vọng / dự kiến / sẽ có mặt") is planned (review of
        # session 9, finding 4)
        recent = low[c0 : m.start()].rsplit(None, 25)[-25:]
        if not_a_fact(ctx, sent.block, recent):
            continue
        status = status_of(ctx, low, sent.block, recent, m.end(), sent.end, low[present[-1].end : m.start()])
        if status is Status.NEGATED:
            continue
        date, explicit = date_of(ctx, low, m.start(), m.end(), c0, name_end, sent.block)  # (as a trigger's)
        if _TO_COME.search(low, max(c0, m.start() - 20), m.start()) is not None:
            status = Status.PLANNED
        out.append(
            Draft(
                EventKind.CONSULT,
                tuple(dict.fromkeys(x.code for x in present)),
                tuple(dict.fromkeys(orgs[:1])),
                date,
                status,
                (sent.start, sent.end),
                explicit=explicit,
            )
        )
    return out
