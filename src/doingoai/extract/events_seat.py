"""The body of a term won (round 23): "Việt Nam trúng cử nhiệm kỳ 2020 – 2021" names no body; a term is a seat
on a council or committee (the Security Council, the Human Rights Council), never membership of a whole
organisation. When the nearest name before it is an organisation ("Phái đoàn ... tại Liên hợp quốc"), the seat
is on the last body of that organisation named after a seat word earlier in the text ("ủy viên không thường trực
Hội đồng Bảo an").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from doingoai.extract import gazetteer
from doingoai.model import Mention

# a seat word right before a body's name: "ủy viên (không thường trực) Hội đồng Bảo an", "ghế ... tại"
_SEAT_END: Final = re.compile(
    r"(?:(?:thành|ủy|uỷ) viên(?: (?:chính thức|không thường trực|thường trực))?|ghế(?: [^\W\d_]+){0,3})"
    r"(?: của| tại| trong)? $"
    r"|\b(?:bầu|trúng cử|tái cử|đắc cử|ứng cử)\b[^.;:]{0,40} vào $"  # "bầu Ca-dắc-xtan vào Hội đồng Nhân quyền"
)


def _parent(code: str) -> str:
    e = gazetteer.entry(code)
    return (e.parent or "") if e is not None and e.kind == "body" else ""


def term_body(low: str, mentions: list[Mention], starts: list[int], found: Mention, s: int) -> Mention:
    """The body a term's seat is on: ``found`` (the last organisation or body before the term at ``s``) when it is
    a body, else the last body of ``found``'s organisation named after a seat word before ``s``."""
    if found.kind == "body":
        return found
    for x in reversed(mentions[: bisect_left(starts, s)]):
        if (
            x.kind == "body"
            and x.via != "anaphora"
            and _parent(x.code) == found.code
            and _SEAT_END.search(low, max(0, x.start - 80), x.start) is not None
        ):
            return x
    return found


# a companion phrase after a clause: "X ký văn kiện gia nhập TAC tại Gia-các-ta, cùng với " (A and B joined X's
# act; they are not the "hai bên" told next)
_COMPANION: Final = re.compile(r"(?:[^\W\d_]+\s+)(?:\S+\s+){2,}cùng(?: với)?\s+$")
_LIST_GAP: Final = re.compile(r"\s*(?:,|và|,\s*và)\s*")
_COMPANION_REACH: Final = 200


def companions_dropped(text: str, ms: list[Mention], lo: int) -> list[Mention]:
    """``ms`` (a sentence's state mentions, in order) without those named in a companion phrase ("..., cùng với
    Pa-na-ma và Cô-oét"): the first after "cùng (với)", and the ones listed with it."""
    out: list[Mention] = []
    dropping = False
    for i, x in enumerate(ms):
        prev = ms[i - 1].end if i else max(lo, x.start - _COMPANION_REACH)
        if dropping and _LIST_GAP.fullmatch(text, prev, x.start):
            continue
        dropping = _COMPANION.search(text, prev, x.start) is not None
        if not dropping:
            out.append(x)
    return out


# a subordinate clause opening the sentence: "Sau khi Môn-tê-nê-grô tuyên bố độc lập năm 2006, ..."
_SUBORDINATE: Final = re.compile(
    r"\s*(?:[Ss]au khi|[Kk]hi|[Tt]rước khi|[Tt]ừ khi|[Kk]ể từ khi|[Mm]ặc dù|[Dd]ù|[Tt]uy)\s[^,.;:]{1,200},"
)


def main_clause(text: str, ms: list[Mention], lo: int) -> list[Mention]:
    """``ms`` without the names of a subordinate clause opening the sentence at ``lo`` ("Sau khi A ..., B kế thừa
    quan hệ với C. Hai nước ...": the pair is B and C)."""
    m = _SUBORDINATE.match(text, lo)
    return [x for x in ms if x.start >= m.end()] if m is not None else ms


# round 124: an election told before ("Đại hội đồng ... đã bầu Ca-dắc-xtan làm Ủy viên không thường trực Hội đồng Bảo
# an", "X đã được bầu làm Chủ tịch Ủy ban AU"): the verb, then the body of its seat within the clause
_ELECTED: Final = re.compile(r"(?<![\w-])(?:bầu|trúng cử|tái cử|đắc cử)(?![\w-])")
_CLAUSE_STOP: Final = re.compile(r"[.;:!?\n]")
_TOLD_REACH: Final = 2500  # how far back the election told before may stand
_SEAT_MENTIONS: Final = frozenset({"organisation", "body"})


def seat_told_before(low: str, mentions: list[Mention], starts: list[int], lo: int) -> str:
    """The body of the nearest election told before ``lo`` (a sentence's start) in the lower-cased ``low``: the
    first organisation or body named after its verb (within 80 characters, same clause), or "" when that election
    names none (then nothing is guessed). Its seat is the one a later election naming no body ("Cũng trong ngày,
    X, Y và Z trúng cử ngay từ vòng đầu.") is to."""
    cues = list(_ELECTED.finditer(low, max(0, lo - _TOLD_REACH), lo))
    if not cues:
        return ""
    cue = cues[-1]
    end = cue.end() + 80
    stop = _CLAUSE_STOP.search(low, cue.end(), end)
    end = stop.start() if stop is not None else end
    for x in mentions[bisect_left(starts, cue.end()) : bisect_left(starts, end)]:
        if x.kind in _SEAT_MENTIONS and x.via != "anaphora":
            return x.code
    return ""
