"""Who visits whom when the destination or the receiver is written (round 213, session 23).

Two readings that turn a visit's parties round, applied by :func:`doingoai.extract.events.find_events` to the
drafts of all stages:

* Vietnam named as the place visited: "Nhân chuyến thăm cấp Nhà nước Việt Nam của ông tháng 11/2017, ...",
  "Phối hợp chuẩn bị chuyến thăm Việt Nam của đoàn Phòng Thương mại X", "khi ông thăm Việt Nam hồi tháng 1/2018".
  "thăm" (with its attributes: "chính thức", "cấp Nhà nước" ...) followed by "Việt Nam" makes Vietnam the visit's
  destination, so a visit read Vietnam -> X (one foreign state, the report's side taken as the unstated visitor)
  is X's visit to Vietnam. Only when the sentence writes "thăm" once and Vietnam stands alone there (not "Việt Nam
  và X", "Việt Nam – X").
* A delegation received: "(phối hợp) đón đoàn tỉnh X sang thăm và làm việc với tỉnh ..., thúc đẩy ... của Y",
  "tiếp đón đoàn giảng viên của Học viện ... (X)": the one who receives (the report's side, unstated, or a
  Vietnamese body) is the host, so the visit of the state named in the delegation goes to Vietnam, not to another
  foreign state the sentence names elsewhere (a partner of another clause, an aside). Only a visit X -> Y whose X
  is the one state named in the received delegation (or, with no name there, a state the sentence does not name: a
  place's, "đoàn tỉnh Nakhon Phanom"), whose Y is never written as a place ("tại Y": a mission abroad that receives,
  "Đại sứ quán ta tại Y đón đoàn ..."; "sang Y", "đến Y": the place the delegation comes to) nor as the subject
  of the receiving verb ("Tổng thống Y đã tiếp đoàn ...", no comma or "và" between).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from doingoai.extract.events_anaphora import country_of
from doingoai.extract.events_merge import Draft
from doingoai.extract.events_org_unstated import is_state
from doingoai.extract.places import VNM
from doingoai.model import Document, EventKind, by_start

_VISIT: Final = EventKind.VISIT
# "thăm" and its attributes, then "Việt Nam" standing alone (no pair, no list after it)
_VISITS_VIETNAM: Final = re.compile(
    r"\bthăm(?: (?:cấp nhà nước|chính thức|hữu nghị|làm việc|cấp cao|lịch sử|đầu tiên|lần này|lần đầu|cấp bộ"
    r"|thứ (?:hai|ba|tư|năm|\d+)|lần thứ (?:hai|ba|tư|năm|\d+)))* việt nam(?! và | – | - |-| cùng )"
)


def vietnam_visited(doc: Document, low: str, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` with each visit Vietnam -> X of a sentence "... thăm (chính thức ...) Việt Nam ..." turned
    X -> Vietnam."""
    out = drafts
    seen: dict[tuple[int, int], bool] = {}  # (each sentence read once: a long one holds many drafts)
    for i, d in enumerate(drafts):
        if d.kind is not _VISIT or d.actors != (VNM,) or len(d.recipients) != 1:
            continue
        x = d.recipients[0]
        if x == VNM or not is_state(x):
            continue
        visited = seen.get(d.sentence)
        if visited is None:
            visited = seen[d.sentence] = _visits_vietnam(doc, low, *d.sentence)
        if not visited:
            continue
        if out is drafts:
            out = list(drafts)
        out[i] = d._replace(actors=(x,), recipients=(VNM,))
    return out


def _visits_vietnam(doc: Document, low: str, s0: int, s1: int) -> bool:
    """Does the sentence ``[s0, s1)`` write "thăm" once, as "thăm (attributes) Việt Nam" with no place after?"""
    at = low.find("thăm", s0, s1)
    if at < 0 or low.find("thăm", at + 4, s1) >= 0:
        return False  # (one visit written in the sentence)
    m = _VISITS_VIETNAM.match(low, at)
    if m is None:
        return False
    k = bisect_left(doc.mentions, m.end(), key=by_start)
    # ("thăm Việt Nam, Lào": a list of places)
    return not (k < len(doc.mentions) and doc.mentions[k].start < m.end() + 4 and doc.mentions[k].code != VNM)


_RECEIVES: Final = re.compile(
    r"\b(?:tiếp đón|đón tiếp|tiếp|đón)\s+(?:các\s+|một\s+|\d+\s+)?(?:đoàn|phái đoàn)\b"
)
# the end of the delegation's phrase: its coming, its purpose, a clause's end
_DELEGATION_END: Final = re.compile(
    r"[,.;:\n]| sang | đến | tới | thăm | làm việc| về | để | nhằm | và (?!các )"
)
_REACH: Final = 100  # characters the delegation's phrase may run
# the delegation's coming to a written place: "sang Y", "đến Y", "tại Y"
_COMES_TO: Final = re.compile(r"\b(?:sang|đến|tới|tại|ở)\s+$")
# between a name and the receiving verb: another clause ("ký thỏa thuận với X và tiếp đón đoàn ...")
_SUBJECT_BREAK: Final = re.compile(r"[,;:()]| và ")
_SUBJECT_REACH: Final = 120  # characters from the receiver's name to its verb


def received_delegations(doc: Document, low: str, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` with each visit X -> Y of a sentence "... (tiếp|đón) đoàn <... X ...> ..." whose Y is named
    outside the delegation and is not the receiver's place turned X -> Vietnam."""
    out = drafts
    mentions = doc.mentions
    receiving: dict[tuple[int, int], re.Match[str] | None] = {}
    for i, d in enumerate(drafts):
        if d.kind is not _VISIT or len(d.actors) != 1 or len(d.recipients) != 1:
            continue
        x, y = d.actors[0], d.recipients[0]
        if x == VNM or y == VNM or not is_state(x) or not is_state(y):
            continue
        s0, s1 = d.sentence
        if d.sentence not in receiving:  # (each sentence read once: a long one holds many drafts)
            found = list(_RECEIVES.finditer(low, s0, s1)) if low.find("đoàn", s0, s1) >= 0 else []
            receiving[d.sentence] = found[0] if len(found) == 1 else None
        m = receiving[d.sentence]
        if m is None:
            continue
        stop = _DELEGATION_END.search(low, m.end(), min(s1, m.end() + _REACH))
        end = stop.start() if stop is not None else min(s1, m.end() + _REACH)
        k = bisect_left(mentions, m.end(), key=by_start)
        named: set[str] = set()
        while k < len(mentions) and mentions[k].start < end:
            named.add(country_of(mentions[k].code))
            k += 1
        if named and named != {x}:
            continue  # (the delegation names the visitor alone)
        placed = False
        x_named = False
        j = bisect_left(mentions, s0, key=by_start)
        while j < len(mentions) and mentions[j].start < s1:
            e = mentions[j]
            j += 1
            c = country_of(e.code)
            if c == x:
                x_named = True
            elif c == y and (
                _COMES_TO.search(low, max(s0, e.start - 8), e.start) is not None
                or m.start() - _SUBJECT_REACH <= e.end <= m.start()
                and _SUBJECT_BREAK.search(low, e.end, m.start()) is None
            ):  # (the receiver's place, "Đại sứ quán ta tại Y", the one gone to, "sang Y", or the receiver:
                # "Tổng thống Y đã tiếp đoàn ...")
                placed = True
        if placed or (not named and x_named):
            continue  # (no name in the delegation: its visitor is read from a place name there, "đoàn tỉnh X")
        if out is drafts:
            out = list(drafts)
        out[i] = d._replace(recipients=(VNM,))
    return out


# (round 213) "đề nghị (phía) X (xem xét / tiếp tục ...) cấp / cung cấp / hỗ trợ ...": the one asked gives
_REQUEST: Final = re.compile(r"\bđề nghị (?:phía |chính phủ |bạn )?")
_JOINER: Final = re.compile(r"\s*(?:,|và|, và)\s*")
_ASKED_ACT: Final = re.compile(
    r"(?: (?:xem xét|tiếp tục|sớm|tích cực|nghiên cứu|quan tâm))* (?:(cung cấp|hợp tác)|cấp|hỗ trợ|viện trợ|tài trợ"
    r"|giúp đỡ|giúp|trao|tặng|đào tạo)\b"
)
_GIVES: Final = frozenset({EventKind.AID, EventKind.COOPERATE})


def requested_givers(doc: Document, low: str, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` with each aid or cooperation Vietnam -> X of a sentence "... đề nghị (phía) X (tiếp tục) cấp /
    cung cấp / hỗ trợ ..." turned X -> Vietnam: the state asked is the one that gives, Vietnam (who asks) the one
    given to."""
    out = drafts
    mentions = doc.mentions
    requests: dict[tuple[int, int], re.Match[str] | None] = {}
    for i, d in enumerate(drafts):
        if d.kind not in _GIVES or d.actors != (VNM,) or not d.recipients or VNM in d.recipients:
            continue
        s0, s1 = d.sentence
        if d.sentence not in requests:  # (each sentence read once)
            at = low.find("đề nghị", s0, s1)
            one = at >= 0 and low.find("đề nghị", at + 7, s1) < 0  # (one request written in the sentence)
            requests[d.sentence] = _REQUEST.match(low, at) if one else None
        m = requests[d.sentence]
        if m is None:
            continue
        k = bisect_left(mentions, m.end(), key=by_start)
        pos, asked = m.end(), []
        while k < len(mentions) and (
            mentions[k].start == pos or _JOINER.fullmatch(low, pos, mentions[k].start) is not None
        ):
            asked.append(country_of(mentions[k].code))
            pos = mentions[k].end
            k += 1
        if not asked or set(asked) != set(d.recipients):
            continue
        act = _ASKED_ACT.match(low, pos)
        if act is None or (act.group(1) is not None) != (d.kind is EventKind.COOPERATE):
            continue  # (the draft of the act asked: "cung cấp dầu thô" a cooperation, "hỗ trợ giảng viên" an aid;
            # a cooperation read from another verb, "phối hợp với Bộ ... đề nghị X hỗ trợ", is left alone)
        if out is drafts:
            out = list(drafts)
        out[i] = d._replace(actors=d.recipients, recipients=(VNM,))
    return out
