"""A meeting attended abroad is also a trip there (round 94, docs/decisions.md "Round 94 (session 17)").

"Thủ tướng dự Hội nghị Cấp cao ASEAN lần thứ 44 tại Viêng Chăn", "đoàn Quốc hội dự Đại hội đồng IPU lần thứ 147
tại Lu-an-đa (Ăng-gô-la)", "tham dự Đại hội đồng AIPA lần thứ 45 do Lào đăng cai": the attendance (`attend` in
trigger_meetings.py) is a consultation with the meeting's organisation; the sentence also tells that the
attendee went to the country where the meeting is held: a visit there, with the attendance's date and status.
The venue is the place right after "tại" in the attendance's clause (a country, or a capital or city of the
gazetteer; "<city> (<country>)": the country in brackets; no comma between the name and "tại"), or the state
"do X đăng cai". Only for Vietnam as the attendee and a delegation ("đoàn") in the attendance's clause ("đoàn Quốc
hội dự", "cử đoàn tham dự", "dẫn đầu đoàn Việt Nam dự"): a leader's bare "Thủ tướng dự Hội nghị ... tại X" is
written as the consultation alone in the older golds (dev) and as both in the newer, so it is left to the
consultation. A venue abroad, and not the seat of the meeting's organisation (the WTO in Geneva, the United Nations
in New York: a body meeting at home, as events_held reads the seat).

Round 166: any Vietnamese attendee (a leader's "Tổng Bí thư dự Hội nghị Thượng đỉnh Pháp ngữ tại Pháp", a task's
bare "Tham dự Đại hội đồng AIPA do Lào đăng cai") when the host state itself is named: the country right after "tại",
or "do <country> đăng cai". A city alone ("tại Băng Cốc", "tại Ô-xa-ca (Nhật Bản)") stays the delegation's only: the
older golds write a leader's attendance in a named city as the consultation alone (docs/decisions.md, Round 166)."""

from __future__ import annotations

import re
from typing import Any, Final

from doingoai.extract.events_held import seat_of
from doingoai.extract.events_places import CAPITALS
from doingoai.extract.events_states_then import state_then
from doingoai.extract.events_trip_pair import DELEGATION
from doingoai.extract.places import VNM
from doingoai.model import EventKind

_CLAUSE_END: Final = re.compile(r"[.;:\n]")
# the venue: "tại / ở (thủ đô | thành phố) <place>"
_AT: Final = re.compile(r"(?<![^\W\d_])(?:tại|ở) (?:thủ đô |thành phố |thủ phủ )?")
_HOSTED: Final = re.compile(r"(?<![^\W\d_])do (?:nước )?$")
_HOSTS: Final = re.compile(r"\s+(?:(?:làm )?nước chủ nhà|đăng cai)(?![^\W\d_])")
_BRACKET: Final = re.compile(r" \(")
# the attendee is a delegation: "đoàn Quốc hội dự ...", "cử đoàn tham dự ...", "dẫn đầu đoàn Việt Nam dự ..."
_DELEGATION: Final = re.compile(DELEGATION)  # (not "đoàn kết", "liên đoàn": events_trip_pair)
_SUBJECT_REACH: Final = 160  # the attendee's clause before the verb: at most this far back
_WORD_REACH: Final = 60  # the meeting's name between the verb and its venue: at most this long


def attendance_trip(
    d: Any, trigger_name: str, text: str, low: str, index: Any, ts: int, te: int, s0: int, s1: int
) -> list[Any]:
    """The visit to the venue's country of the attendance ``d`` whose trigger spans ``low[ts:te]``, else []."""
    if trigger_name != "attend" or d.kind is not EventKind.CONSULT or d.actors != (VNM,):
        return []
    lo = max(s0, ts - _SUBJECT_REACH)
    c0 = max([lo] + [m.end() for m in _CLAUSE_END.finditer(low, lo, ts)])
    end = _CLAUSE_END.search(low, te, s1)
    c1 = end.start() if end else s1
    if _DELEGATION.search(low, c0, ts) is not None:
        state = _venue(text, low, index, te, c1) or _host(low, index, te, c1)
    else:  # (round 166) a leader or a bare task: only the host state named
        state = _venue(text, low, index, te, c1, country_only=True) or _host(low, index, te, c1)
    if not state or state == VNM or state in d.recipients:
        return []
    return [d._replace(kind=EventKind.VISIT, recipients=(state,))]


def _venue(text: str, low: str, index: Any, te: int, c1: int, country_only: bool = False) -> str:
    """The state of the place after the first "tại" of the clause, not the seat of the meeting's organisation;
    ``country_only``: only a country named there, no city."""
    m = _AT.search(low, te, min(c1, te + _WORD_REACH + 20))
    if m is None or m.start() - te > _WORD_REACH or "," in low[te : m.start()]:
        return ""
    p = m.end()
    orgs = [x.code for x in index.between(te, m.start()) if x.kind in ("organisation", "body")]
    for x in index.between(p, c1):
        if x.start == p and x.kind == "country":
            return str(x.code)
        break
    if country_only:
        return ""
    name = _name_at(text, p)
    if not name or any(seat_of(name, o) for o in orgs):
        return ""
    code = CAPITALS[name]
    after = p + len(name)
    b = _BRACKET.match(text, after)
    if b is not None:
        for x in index.between(b.end(), min(c1, b.end() + 40)):
            if x.start == b.end() and x.kind == "country":
                code = x.code
            break
    return str(state_then(code, name, text, p, after))


def _name_at(text: str, p: int) -> str:
    """The longest of the gazetteer's capitals and cities written at ``p`` as a whole word, or ""."""
    for n in range(min(40, len(text) - p), 1, -1):
        name = text[p : p + n]
        if name in CAPITALS and not text[p + n : p + n + 1].isalnum():
            return name
    return ""


def _host(low: str, index: Any, te: int, c1: int) -> str:
    """ "(tham) dự Đại hội đồng AIPA lần thứ 45 do Lào đăng cai": the state hosting it."""
    for x in index.between(te, c1):
        if (
            x.kind == "country"
            and _HOSTED.search(low, max(te, x.start - 8), x.start)
            and _HOSTS.match(low, x.end)
        ):
            return str(x.code)
    return ""
