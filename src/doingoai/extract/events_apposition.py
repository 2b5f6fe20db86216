"""Events: appositives after a state's name (fifteenth round).

* "Cô-lôm-bi-a, thành viên Tổ chức Hợp tác và Phát triển Kinh tế (OECD) từ ngày 28/4/2020, ...": a membership
  dated by "từ" in an appositive is the state's joining, as "X là thành viên OECD từ ..." is (trigger
  ``member_apposed``); only right after a state's (or an organisation's) name, not a person's ("ông A, thành
  viên Bộ Chính trị từ năm 2016": no state joins anything).
* "Ca-na-đa, thành viên NATO từ năm 1949, ký hiệp định với Việt Nam năm 2019": the appositive's date dates the
  appositive, not the verb after it (events_dating.date_of skips it).
"""

from __future__ import annotations

import re
from typing import Final

_STATES: Final = ("country", "organisation")
# ", thành viên ...", ", một thành viên ...", ", nước thành viên ..." (lower-cased text): a role noun opens it
# (not ", các nước Nam Á là ...: ngày 7/6/2019, nước ta ...", a clause)
_OPEN: Final = re.compile(
    r",\s*(?:(?:vốn )?là )?(?:một )?(?:nước |quốc gia )?(?:thành viên|ủy viên|hội viên) "
)


def apposed_member(index, hs: int, te: int = -1, low: str = "", s0: int = 0) -> bool:
    """Is the ", " before the trigger at ``hs`` right after a state's or an organisation's name that opens its clause,
    and (given ``te``, the trigger's end) does an organisation's name start right after "thành viên (chính thức) "?
    "Ông Tanaka, Đại sứ Nhật Bản, thành viên Hội đồng quản trị ADB từ năm 2015" (a title before the state; a board,
    not ADB, after the noun) and "Hà Nội, thủ đô Việt Nam, thành viên ..." (a city's appositive) join nothing."""
    name = next(
        (x for x in index.between(max(0, hs - 80), hs) if x.end == hs - 2 and x.kind in _STATES), None
    )
    if name is None:
        return False
    if te >= 0 and not any(
        x.start == te + 1 and x.kind == "organisation" for x in index.between(te, te + 80)
    ):
        return False
    if low:
        lo = max(s0, name.start - 80)
        for m in _CLAUSE_BREAK.finditer(low, lo, name.start):
            lo = m.end()
        if _STATE_OPENS.fullmatch(low, lo, name.start) is None or any(
            x.kind == "person" for x in index.between(lo, name.start)
        ):
            return False  # "Đại sứ Nhật Bản", "thủ đô Việt Nam", "ông Tanaka và Nhật Bản"
    return True


_CLAUSE_BREAK: Final = re.compile(r"[,;:()\n]")
# the state's name opens its clause or follows a connective or a preposition ("quan hệ giữa Việt Nam với Chi-lê,
# thành viên OECD từ ..."), never a title or a noun ("Đại sứ Nhật Bản", "thủ đô Việt Nam")
_STATE_OPENS: Final = re.compile(
    r"\s*|(?:.*\s)?(?:và|với|của|cho|cùng|giữa|tại|ở|như|là|còn|nhưng|song|đó|ra|riêng|cả|đến|tới|từ)\s+"
)


def apposed_name(index, ts: int) -> list[str]:
    """The code of the name right before the ", " of the trigger at ``ts`` (as a one-item list), else []."""
    return [x.code for x in index.between(max(0, ts - 80), ts) if x.end == ts - 2][:1]


def in_appositive(text: str, c0: int, ds: int, de: int, ts: int) -> bool:
    """Is the date at ``ds:de`` (before the trigger at ``ts``) inside an appositive that opens after a name
    (", thành viên NATO từ năm 1949,") and closes before the trigger?"""
    comma = text.find(",", c0, ds)
    if comma < 0 or text.find("viên ", comma, ds) < 0:
        return False  # (no comma, or no role noun after it: the common case, one C-level scan each)
    last = None
    for m in _OPEN.finditer(text, comma, ds):
        last = m
    if last is None or text.find(",", last.end(), ds) >= 0:
        return False  # no appositive open at the date
    return text.find(",", de, ts) >= 0


# ", khi đó là một nước cộng hòa thuộc Liên Xô,": an aside on the name before it (what it was then, still is, used to
# be); the names inside it are not the clause's subject
_ASIDE: Final = re.compile(
    r",\s*(?:khi đó|lúc đó|khi ấy|lúc ấy|vốn|nay|hiện nay|trước đây|từng|thời đó)\s+(?:đã\s+|vẫn\s+)?là\b[^,;:()]*$"
)


def aside_groups(text: str, pre: list, ts: int) -> list:
    """``pre`` without the groups inside an aside that follows a name and closes with a comma before the trigger
    ("U-crai-na, khi đó là một nước cộng hòa thuộc Liên Xô, trở thành ...")."""
    if len(pre) < 2 or text.find("là", pre[0].end, ts) < 0:
        return pre  # (the common case: one name, or no copula after the first)
    out = [pre[0]]
    for g in pre[1:]:
        if _ASIDE.search(text, out[-1].end, g.start) and text.find(",", g.end, ts) >= 0:
            continue
        out.append(g)
    return out
