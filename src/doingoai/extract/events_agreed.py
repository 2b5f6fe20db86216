"""Status cues of round 23 (session 8), for ``events_standing.standing``.

* "Hai bên nhất trí (sẽ) tăng cường trao đổi đoàn, thúc đẩy hợp tác ...": a cooperation or a negotiation the
  parties agreed on is to come: planned (7 of 7 development golds of "nhất trí" + a cooperation), as "nhất trí
  tiếp tục" already was; what the clause tells as past in between ("đã", "vừa", "từng") is not governed.
* "phải / phải chờ đến <time> X mới <verb>" ("phải đến tháng 5/2023 Bru-nây mới phê chuẩn"): not until then, but
  done; the "phải" is no obligation, so the modal rule does not make it planned.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from doingoai.model import EventKind as K

# "Hai bên nhất trí (sẽ) tăng cường trao đổi đoàn, thúc đẩy hợp tác ...": the cooperation agreed on is to come (7
# of 7 development golds), as "nhất trí tiếp tục" already is; a past told in between ("đã", "vừa") is not governed
AGREED_TO: Final = re.compile(
    r"\b(?:nhất trí|đồng ý|cam kết)\b(?![^.;:!?]*\b(?:đã|đang|vừa|từng)\b)[^.;:!?]{0,100}$"
)
AGREED_KINDS: Final = frozenset({K.COOPERATE, K.AGREEMENT_NEGOTIATE})


def agreed_to(low: str, c0: int, ts: int, starts: list[int] | None = None) -> bool:
    """Does the clause before the trigger at ``ts`` say the parties agreed to it ("nhất trí / đồng ý / cam kết
    ...")? (A cheap find first: most clauses have none of the words.) ``starts``: the mentions' starts, sorted."""
    lo = max(c0, ts - 110)
    if (
        low.find("nhất trí", lo, ts) < 0
        and low.find("đồng ý", lo, ts) < 0
        and low.find("cam kết", lo, ts) < 0
    ):
        return False
    m = AGREED_TO.search(low, lo, ts)
    if m is None:
        return False
    cue = _CUE.search(low, m.start(), ts)
    between = low[cue.end() if cue is not None else m.start() : ts]
    # "nhất trí đánh giá / cho rằng / với nhận định rằng hợp tác ... phát triển tốt": an opinion shared, not an act
    # agreed to (review of round 23, 2)
    if _OPINION.search(between) is not None:
        return False
    # "phía Nhật Bản cam kết viện trợ, Việt Nam và Nhật Bản hợp tác ...": a name after the comma opens a clause
    # of its own, whose act the cue does not govern
    comma = between.rfind(", ")
    if comma >= 0 and starts is not None:
        base = ts - len(between) + comma
        k = bisect_left(starts, base)
        if k < len(starts) and starts[k] < ts:
            return False
    return True


_CUE: Final = re.compile(r"\b(?:nhất trí|đồng ý|cam kết)\b")
_OPINION: Final = re.compile(
    r"\b(?:đánh giá|cho rằng|rằng|khẳng định|ghi nhận|nhận định|nhận thấy|thấy|chia sẻ quan điểm|là)\b"
    r"|^\s*(?:hoàn toàn )?với\b"
)


# "phải / mãi / phải chờ đến <time> X mới <verb>": it happened only then (the "phải" is no obligation)
NOT_UNTIL: Final = re.compile(
    r"\bphải (?:chờ |đợi |đợi tới |chờ tới )?(?:đến|tới|sang|sau) [^.;:!?]{2,70}?\bmới (?:(?:chính thức|được|bị|thực sự) )*$"
)
