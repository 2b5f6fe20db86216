"""States that follow suit (round 98): "Ri-át tuyên bố cắt đứt quan hệ ngoại giao với I-ran; Ba-ranh và Xu-đăng cũng
làm theo", "Hoa Kỳ tuyên bố rút khỏi WHO; Ác-hen-ti-na cũng đưa ra quyết định tương tự vài tuần sau đó". The states
named right before "(cũng) làm theo / làm tương tự / có quyết định tương tự ..." take the act told just before (in
their sentence, or in the sentence before when they open theirs): the same kind towards the same recipients, dated by
their clause's own date, else by the year of the act they follow. Only when that act is one (a single kind and one
set of recipients among the drafts there) and the phrase ends its clause or a time follows it ("làm theo mô hình
này" follows a model, no act). Called once per document by :func:`doingoai.extract.events.find_events`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any, Final

from doingoai.extract.events_merge import Draft
from doingoai.extract.events_org_unstated import is_state
from doingoai.extract.textscan import find_all

# (speed) a sentence holding none of these words is not searched
_WORDS: Final = ("làm theo", "tương tự", "như vậy", "theo chân", "noi theo")
_FOLLOW: Final = re.compile(
    r"(?:\s+(?:cũng|đã|lập tức|nhanh chóng|liền|sau đó|lần lượt|đều))*\s+"
    r"(?:làm theo|noi theo|theo chân|làm (?:điều )?tương tự|làm như vậy"
    r"|(?:có|đưa ra|ra|thông qua) (?:quyết định|động thái|bước đi|tuyên bố|biện pháp) tương tự)"
    r"(?![^\W\d_])"
)
# what may follow the phrase: its clause's end, or a time ("chỉ sau đó một ngày", "vào năm 2019", "ngay hôm sau")
_AFTER: Final = re.compile(
    r"\s*(?:$|[.;,!?)]|(?:chỉ |ngay |ít |vài |một |hai |ba |vào |trong |từ |năm |tháng |ngày |hôm |tuần |sau )"
    r"|\d)"
)
# what may stand before the states: the sentence's start, a clause's boundary, a fronted time's comma
_OPENS: Final = re.compile(r"(?:^|[;:]\s*|,\s*(?:và\s+|còn\s+|rồi\s+)?|\b(?:sau đó|rồi|còn|và)\s+)$")
_GAP: Final = re.compile(r"\s*(?:,\s*(?:và\s+)?|và\s+)")
_RELATIVE: Final = re.compile(r"\bsau\b")


def _subjects(low: str, index: Any, s0: int, at: int) -> tuple[list[str], int] | None:
    """The states coordinated right before ``at`` (and where the first begins), or None."""
    names = index.between(s0, at)
    codes: list[str] = []
    pos = at
    for x in reversed(names):
        if x.kind != "country" or not is_state(x.code) or x.end > pos:
            break
        gap = low[x.end : pos]
        if (not codes and gap.strip()) or (codes and not _GAP.fullmatch(gap)):
            break
        codes.insert(0, x.code)
        pos = x.start
    if not codes or not _OPENS.search(low, max(s0, pos - 12), pos) and pos != s0:
        return None
    return codes, pos


def _the_act(
    drafts: list[Draft], span: tuple[int, int], new: set[str], told_in: set[str] | None
) -> Draft | None:
    """The one act told in ``span`` (a sentence) by others than ``new``, or None (none or two); with ``told_in``,
    only an act whose actor is among those codes (the names before the states: an act told after them is not
    the one they follow)."""
    told = [
        d
        for d in drafts
        if d.sentence == span
        and d.actors
        and not new & set(d.actors)
        and (told_in is None or set(d.actors) & told_in)
    ]
    if not told or len({(d.kind, d.recipients) for d in told}) != 1:
        return None
    return told[-1]


def _holds(cues: list[tuple[int, int]], first: list[int], start: int, end: int) -> bool:
    """Does one of ``cues`` (spans, sorted; ``first`` their starts) lie wholly inside ``start`` .. ``end``?"""
    j = bisect_left(first, start)
    while j < len(cues) and cues[j][0] < end:
        if cues[j][1] <= end:
            return True
        j += 1
    return False


def follow_suit(low: str, sentences: list[Any], index: Any, ctx: Any, drafts: list[Draft]) -> list[Draft]:
    """One draft per group of states told to follow the act told before them."""
    out: list[Draft] = []
    # (speed) the words' occurrences, found once in the document: a sentence is searched when one lies wholly
    # inside it, which is what ``low.find(w, sent.start, sent.end) >= 0`` for one of the words asked of each
    # sentence; most documents hold none of them and no sentence is looked at
    cues = sorted((i, i + len(w)) for w in _WORDS for i in find_all(low, w))
    if not cues:
        return out
    cue_starts = [i for i, _ in cues]
    for k, sent in enumerate(sentences):
        if not _holds(cues, cue_starts, sent.start, sent.end):
            continue
        for x in index.between(sent.start, sent.end):
            m = _FOLLOW.match(low, x.end, sent.end)
            if m is None or _AFTER.match(low, m.end(), sent.end) is None:
                continue
            got = _subjects(low, index, sent.start, x.end)
            if got is None:
                continue
            codes, first = got
            c0 = low.rfind(";", sent.start, first) + 1 or sent.start  # the states' clause
            c1 = low.find(";", m.end(), sent.end)
            c1 = sent.end if c1 < 0 else c1
            span = (sent.start, sent.end)
            if c0 > sent.start:  # the act told earlier in the sentence, by the names before the clause
                act = _the_act(drafts, span, set(codes), {y.code for y in index.between(sent.start, c0)})
            elif k > 0:  # the states' clause opens the sentence: the act of the sentence before
                act = _the_act(drafts, (sentences[k - 1].start, sentences[k - 1].end), set(codes), None)
            else:
                act = None
            if act is None:
                continue
            recipients = tuple(r for r in act.recipients if r not in codes)
            if not recipients and act.recipients:
                continue
            own = [d for d in ctx.dates_in(c0, c1) if not ctx.attached(d)]
            if own:
                date = own[0].value
            elif _RELATIVE.search(low, m.end(), c1) and act.date[:4].isdigit():
                date = act.date[:4]  # "chỉ sau đó một ngày", "vài tuần sau đó": the year of the act followed
            else:
                date = act.date
            out.append(Draft(act.kind, tuple(codes), recipients, date, act.status, span, act.attrs))
    return out
