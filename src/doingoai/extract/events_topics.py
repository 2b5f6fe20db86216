"""Events: who an electing body elects, and lines that name a topic, not an event (sixteenth construction grid,
docs/decisions.md "Construction grid, sixteenth round").

* "Đại hội đồng Liên hợp quốc bầu Việt Nam làm Ủy viên không thường trực Hội đồng Bảo an": the active "bầu" with
  a state right after it and "làm / vào / là" after that state: the state is the one elected (the actor), the
  body named after "làm / vào" its seat; the electing body before the verb is no member (:func:`elected_object`).
  The passive with its agent, "Y được X bầu làm Z", elects Y too (:func:`_passive_elected`).
* "1. Về quá trình tham gia ASEAN", "Về việc phê chuẩn Công ước ...": a line that opens on "Về (việc / quá trình /
  vấn đề / tình hình ...)" and holds no comma or main clause names the topic of what follows (a heading, a
  resolution's subject line), no event of its own (:func:`topic_line`).
* "các nhà lãnh đạo thông qua Chiến lược Xơ-un 2015 về hợp tác Mê Công – Hàn Quốc": the cooperation after "về" is
  the topic of the document adopted (its signing is the event), no cooperation told (:func:`adopted_topic`).
* "Quan hệ đối tác đối thoại ASEAN – Ấn Độ được thiết lập năm 1992": the pair after a longer name of the relations
  (words only, up to 50 characters) is still the relations' pair (:func:`qualified_pair`).
"""

from __future__ import annotations

import re
from typing import Any, Final

from doingoai.extract.events_roles import groups

_SEAT_WORD: Final = re.compile(r"\s+(?:làm|vào|là)\s")
_STATE_KINDS: Final = frozenset({"country"})
_ELECTED_KINDS: Final = frozenset({"country", "pair"})  # "hai nước cùng được ... bầu" (round 31)
# between the elected states and "được": "A và B cùng được ... bầu", "hai nước đều được" (round 31)
_ADVERBS: Final = re.compile(r"(?:\s+(?:cùng|đều|cũng|đã|lần lượt))*\s*")
_BODY_KINDS: Final = frozenset({"organisation", "body"})


def elected_object(text: str, index: Any, ts: int, te: int, p1: int) -> tuple[list[str], list[str]] | None:
    """ "X bầu Y làm Z": (the states Y, the bodies Z) when ``text[ts:te]`` is the bare active verb "bầu" and states
    follow it right away, then "làm / vào / là"; "Y được X bầu làm Z" likewise (:func:`_passive_elected`); else
    None. ``text`` is lower-cased."""
    if text[ts:te] != "bầu":  # "được bầu", "trúng cử": the subject is the one elected
        return _passive_elected(text, index, ts, te, p1)
    if _PERSON.match(text, te) is not None:  # "bầu bà Amy Pope (Hoa Kỳ) làm Tổng Giám đốc" (round 210)
        return _person_elected(text, index, te, p1)
    gs = groups(text, index.between(te, p1), te, p1)
    if not gs or text[te : gs[0].start].strip() or not set(gs[0].kinds) <= _STATE_KINDS:
        return None
    seat = _SEAT_WORD.match(text, gs[0].end)
    if seat is None:
        return None  # "bầu Việt Nam" with nothing after: not this shape
    bodies = [c for g in gs[1:] if g.start >= seat.end() and set(g.kinds) <= _BODY_KINDS for c in g.codes]
    return list(gs[0].codes), bodies


# a person right after the active "bầu": a courtesy title or an office, their state told with the name
_PERSON: Final = re.compile(
    r"\s+(?:ông|bà|ngài|cựu|nguyên|thủ tướng|tổng thống|phó tổng thống|ngoại trưởng|bộ trưởng|phó thủ tướng)\s"
)
_PERSON_SEAT: Final = re.compile(r"\s(?:làm|vào chức|vào vị trí|giữ chức)\s")
_PERSON_REACH: Final = 160  # the seat word after the person's name and its appositions
_SENTENCE_STOP: Final = re.compile(r"[.;!?\n]")


def _person_elected(text: str, index: Any, te: int, p1: int) -> tuple[list[str], list[str]] | None:
    """ "Hội đồng Thống đốc bầu ông X (Mô-ri-ta-ni), nguyên Chủ tịch ..., làm Chủ tịch thứ chín của AfDB", "các nhà
    lãnh đạo EU đã bầu Thủ tướng Bỉ Y làm Chủ tịch ...": the state of the person elected (the one state named between
    the verb and "làm") is the actor; the bodies named after "làm" the seat (none: the seat is told elsewhere)."""
    stop = _SENTENCE_STOP.search(text, te, te + _PERSON_REACH)  # (``p1`` may close the clause before "làm")
    seat = _PERSON_SEAT.search(text, te, stop.start() if stop is not None else te + _PERSON_REACH)
    if seat is None:
        return None
    end = _SENTENCE_STOP.search(text, seat.end())
    p1 = max(
        p1, end.start() if end is not None else len(text)
    )  # the seat named after "làm", to the sentence's end
    states = {m.code for m in index.between(te, seat.start()) if m.kind == "country"}
    if len(states) != 1:
        return None  # (two states: whose the person is is unsaid)
    after = groups(text, index.between(seat.end(), p1), seat.end(), p1)
    bodies = [c for g in after if set(g.kinds) <= _BODY_KINDS for c in g.codes]
    return [states.pop()], bodies


def _passive_elected(text: str, index: Any, ts: int, te: int, p1: int) -> tuple[list[str], list[str]] | None:
    """ "An-ba-ni được Đại hội đồng Liên hợp quốc bầu làm Ủy viên ... Hội đồng Bảo an": the states right before
    "được" are elected by the body named between "được" and the verb; the bodies after the verb are the seat."""
    if not text.startswith("bầu", ts):
        return None
    ms = index.between(max(0, ts - 120), ts)
    agent = [m for m in ms if text[m.end : ts].strip() == "" and m.kind in _BODY_KINDS]
    if not agent:
        return None
    a0 = agent[0].start
    while True:  # the agent's whole name ("Đại hội đồng Liên hợp quốc": body + organisation)
        prev = [m for m in ms if m.end <= a0 and text[m.end : a0].strip() == "" and m.kind in _BODY_KINDS]
        if not prev:
            break
        a0 = prev[-1].start
    k = text.rfind(" được ", max(0, a0 - 40), a0 + 1)
    if k < 0 or "," in text[k:a0]:
        return None  # no "được" just before the agent's name
    gs = groups(text, [m for m in ms if m.end <= k], max(0, ts - 120), k)
    if not gs or _ADVERBS.fullmatch(text, gs[-1].end, k) is None or not set(gs[-1].kinds) <= _ELECTED_KINDS:
        return None
    after = groups(text, index.between(te, p1), te, p1)
    bodies = [c for g in after if set(g.kinds) <= _BODY_KINDS for c in g.codes]
    return list(gs[-1].codes), bodies


_TOPIC: Final = re.compile(
    r"\s*(?:[0-9ivxlc]+[.)]\s*|[a-zđ][.)]\s*|[-+•–*]\s*)?về (?:việc |quá trình |vấn đề |tình hình |công tác |kết quả )"
)


def topic_line(text: str, s0: int, s1: int, ts: int) -> bool:
    """Does the sentence ``[s0, s1)`` open on a topic "Về việc / quá trình ..." holding the trigger at ``ts``, with
    no comma, colon or semicolon after the opening (no main clause)?"""
    if text.find("về ", s0, s0 + 14) < 0:
        return False  # (a C-level scan first: most sentences open otherwise)
    m = _TOPIC.match(text, s0)
    if m is None or m.end() > ts:
        return False
    body = text[m.end() : s1]
    return not any(p in body for p in ",;:")


_ADOPTED: Final = re.compile(
    r"\bthông qua (?:bản |các |hai )?(?:tuyên bố(?: chung)?|chiến lược|chương trình hành động"
    r"|kế hoạch hành động|tầm nhìn)\b[^,;:.()]{0,60}\bvề (?:việc )?(?:tăng cường |thúc đẩy |đẩy mạnh )?$"
)


def adopted_topic(text: str, c0: int, ts: int) -> bool:
    """Is the trigger at ``ts`` the topic after "về" of a declaration or strategy adopted in its clause?
    ``text`` is lower-cased."""
    if text.find("về ", max(c0, ts - 40), ts) < 0:
        return False  # most triggers have no "về" just before them
    return _ADOPTED.search(text, max(c0, ts - 110), ts) is not None


_WORDS_ONLY: Final = re.compile(r"(?:[^\W\d_]+\s+){2,8}")


def qualified_pair(text: str, ts: int, g0: int) -> bool:
    """Do only words (no digit, no punctuation) and at most 50 characters stand between the start ``ts`` of
    "quan hệ ..." and the pair named at ``g0``?"""
    return g0 - ts <= 50 and _WORDS_ONLY.fullmatch(text, ts, g0) is not None
