"""Readings a sentence only mentions aside, dropped from the drafts of every stage (round 122, false positives on
unseen text, session 18).

* An establishment of relations read from an anniversary ("kỷ niệm 30 năm thiết lập quan hệ ngoại giao") whose
  year the sentence does not write: "Chuyến thăm diễn ra đúng dịp hai nước kỷ niệm 30 năm thiết lập quan hệ ngoại
  giao", "Năm ngoái, hai nước kỷ niệm 75 năm ...". The sentence tells the occasion, not the establishment; its
  date is the occasion's. An anniversary that writes the day it remembers ("(5/9/1962 – 5/9/2022)", "(1973 –
  2023)") or the year it is held ("Năm 2022, hai nước kỷ niệm 30 năm ...": 1992, counted back) keeps its event.
* A visit in a sentence that only tells when the visit told before took place or what it will bring: "Chuyến thăm
  diễn ra đúng dịp ...", "chuyến thăm này diễn ra trong bối cảnh ...", "chúng tôi tin tưởng chuyến thăm sẽ đưa quan
  hệ hai nước lên tầm cao mới" (a back-reference, no new visit).
* Talks read between co-mediators: "Lệnh ngừng bắn do Mỹ và Ca-ta làm trung gian", "Nhóm Minsk, do Nga, Mỹ và
  Pháp đồng chủ trì, đã làm trung gian cho ...": the parties named before "làm trung gian" mediate together; they
  do not hold talks with one another. A consultation every party of which is named only before it is dropped (the
  mediator and the sides it mediates between, "Ô-man làm trung gian cho các cuộc tiếp xúc giữa Hoa Kỳ và I-ran",
  keep theirs).

Applied by :func:`doingoai.extract.events.find_events` to the drafts of all stages (rules, fallback, learned).
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.events_context import ANNIVERSARY_YEARS as _ANNIVERSARY
from doingoai.extract.events_merge import Draft
from doingoai.model import EventKind, Mention

K = EventKind

_YEAR: Final = re.compile(r"\b(?:1[89]|20)\d\d\b")
_VISIT_TOLD: Final = re.compile(
    r"\bchuyến (?:thăm|công du)(?: này| lần này)?,? (?:diễn ra|sẽ (?:đưa|góp phần|tạo|mở ra)|đã góp phần|góp phần)\b"
)
_MEDIATE: Final = re.compile(r"\b(?:đã |sẽ |cùng )?làm trung gian\b")


def _year_unwritten(text: str, date: str, years: list[int]) -> bool:
    """Is the year of ``date`` neither written in ``text`` nor counted back by ``years`` from a year written there
    ("Năm 2022, hai nước kỷ niệm 30 năm ..." -> 1992)?"""
    year = date[:4]
    if not year.isdigit():
        return True
    if year in text:
        return False
    if len(date) == 4:
        written = {int(y) for y in _YEAR.findall(text)}
        return not any(int(year) + n in written for n in years)
    return True


def _only_before(mentions: list[Mention], codes: set[str], s0: int, s1: int, cut: int) -> bool:
    """Is every code of ``codes`` named in the sentence, and only before ``cut``?"""
    seen: set[str] = set()
    for m in mentions:
        if s0 <= m.start < s1 and m.code in codes:
            if m.start >= cut:
                return False
            seen.add(m.code)
    return seen == codes


def told_aside(text: str, low: str, mentions: list[Mention], drafts: list[Draft]) -> list[Draft]:
    """``drafts`` without the readings of a sentence that only mentions them aside (see the module's doc). Each
    sentence is searched once per cue (a long line without a stop is one sentence of many drafts)."""
    seen: dict[tuple[int, int, int], object] = {}

    def once(key: int, s0: int, s1: int, find):
        k = (key, s0, s1)
        if k not in seen:
            seen[k] = find(s0, s1)
        return seen[k]

    out = []
    for d in drafts:
        s0, s1 = d.sentence
        if d.kind is K.RELATIONS_ESTABLISH:
            years = once(0, s0, s1, lambda a, b: [int(m.group(1)) for m in _ANNIVERSARY.finditer(low, a, b)])
            if years and _year_unwritten(text[s0:s1], d.date, years):
                continue
        elif d.kind is K.VISIT and once(1, s0, s1, lambda a, b: _VISIT_TOLD.search(low, a, b) is not None):
            continue
        elif (
            d.kind is K.CONSULT
            and (m := once(2, s0, s1, lambda a, b: _MEDIATE.search(low, a, b))) is not None
        ):
            codes = set(d.actors) | set(d.recipients)
            # a table row's cells run on as one sentence: the mediator's cell starts at its last cell break
            cell = max(low.rfind(" | ", s0, m.start()), low.rfind("  ", s0, m.start()))
            if len(codes) > 1 and _only_before(mentions, codes, max(s0, cell), s1, m.start()):
                continue
        out.append(d)
    return out
