"""Talks told by their form: parties that meet, the verb "họp" with the parties as its subject, and a mediation
(round 95, docs/decisions.md "Round 95 (session 17)").

"Lãnh đạo các nước ASEAN và Trung Quốc sẽ họp cấp cao đặc biệt tại Băng Cốc", "Năm ngoái, hai bên đã họp Nhóm
công tác chung tại Hà Nội", "Bộ trưởng Ngoại giao Pháp và Đức họp tại Bon": two or more states (or a state and an
organisation) named in the subject of "họp" hold a meeting together, their consultation (SCHEMA: consult), as "hai
nước tổ chức kỳ họp Ủy ban hỗn hợp" is (events_joint). A meeting told as the subject ("Hội nghị Cấp cao ... họp tại
X") is a hosting instead (host_at, events_held); a subject naming fewer than two parties ("Các nhà lãnh đạo NATO
họp ... để thông qua", "lãnh đạo các nước ASEAN họp tại ... đã thông qua") tells no talks between parties and gives
nothing here, except one organisation or council alone meeting for no act told after it ("Hội đồng Bảo an họp khẩn
về vụ việc"): its members' meeting, consult of that body (round 125).

A mediation told as the manner of another act, "A và B ký thỏa thuận dưới / với sự trung gian của X (, Y và Z)", is
the mediators' consultation with the sides (the golds of every set since heldout47 read "làm trung gian" so),
dated as the act it is the manner of; with the phrase opening the sentence ("Với sự trung gian của X, A và B ...")
where the mediators' list ends is not told, and nothing is read.
"""

from __future__ import annotations

import re
from typing import Any, Final

from doingoai.extract.events_joint import NO_SUBJECT_MARKERS
from doingoai.extract.events_places import MEETING

_PARTY_KINDS: Final = ("country", "organisation")
# triggers whose sentence nothing else reads when they are let go (not the fallback, not the learned stage): "Đại
# hội đồng WTO họp phiên đặc biệt thông qua việc kết nạp Việt Nam" holds no talks with Vietnam
OWN_READING: Final = frozenset({"consult_met", "mediate_by"})
_NUMBERS: Final = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
# the subject counting the parties: "hai bên", "ngoại trưởng sáu nước", "các nhà lãnh đạo bốn nước"
_COUNTED: Final = re.compile(r"\b(" + "|".join(_NUMBERS) + r") (?:nước|bên|phía)\b")


def met_parties(low: str, pre: list[Any], actors: list[str], s0: int, c0: int, ts: int) -> list[str] | None:
    """The parties (two or more, in order) named in the subject groups ``pre`` of the verb "họp" at ``ts`` (clause
    from ``c0``, sentence from ``s0``), else the subject's ``actors`` as the roles read them when the subject counts
    them ("hai bên", "lãnh đạo năm nước": as many as it says); None when a meeting is named before the verb in the
    sentence (the meeting is what meets: "Hội nghị ... không tổ chức tại X mà họp trực tuyến") or fewer than two
    parties are named. ``low``: lower-cased text."""
    if MEETING.search(low, max(s0, ts - 300), ts) is not None:
        return None
    met: list[str] = []
    for g in pre:
        if g.marker in NO_SUBJECT_MARKERS:
            continue
        met.extend(c for c, k in zip(g.codes, g.kinds, strict=False) if k in _PARTY_KINDS and c not in met)
    if len(met) >= 2:
        return met
    counted = _COUNTED.search(low, c0, ts)
    told = list(dict.fromkeys(actors))
    return told if counted is not None and len(told) == _NUMBERS[counted.group(1)] else None


def met_roles(
    name: str, low: str, pre: list[Any], groups: list[Any], actors: list[str], span: tuple[int, int, int, int]
) -> tuple | None:
    """The roles of a consultation read here: (actors, recipients); () for no event; None when the trigger named
    ``name`` is none of these (the bare verb "họp" of ``consult_met`` or ``host_at``, a mediation ``mediate_by``).
    ``span``: (sentence start, clause start, trigger start, trigger end)."""
    s0, c0, ts, te = span
    if name == "mediate_by":
        return mediated_roles(low, groups, te, actors) or ()
    if name not in ("consult_met", "host_at") or low[ts:te] not in ("họp", "nhóm họp"):
        return None
    met = met_parties(low, pre, actors, s0, c0, ts)
    if met is None and name == "consult_met" and (own := _body_met(low, pre, s0, ts, te)):
        return (
            own,
            [],
        )  # "Hội đồng Bảo an họp khẩn", "các Bộ trưởng Ngoại giao ASEAN họp": its members' meeting
    if met is None:
        return () if name == "consult_met" else None  # (host_at: a meeting held there, its venue's host)
    return met[:1], met[1:]


# what a body's meeting is told for ("nhóm họp thường niên để thông qua tuyên bố chung"): that act is the event
_HELD_FOR: Final = re.compile(
    r"[^,.;:]{0,40}?\b(?:để|nhằm|và)\s+(?:thông qua|ra|ký|bầu|phê chuẩn|quyết định)\b"
)


def _body_met(low: str, pre: list[Any], s0: int, ts: int, te: int) -> list[str]:
    """(round 125) The one organisation or council named, alone, as the subject of "họp" at ``ts``: its members meet
    ("Hội đồng Bảo an Liên hợp quốc đã họp khẩn", "các Bộ trưởng Ngoại giao ASEAN đã họp trực tuyến"); [] when any
    state is named before the verb, the subject is more than one group, a meeting is named before it or the meeting
    is told for an act after it ("... họp để thông qua ...": that act is the event, round 95)."""
    subject = [g for g in pre if g.marker not in NO_SUBJECT_MARKERS]
    if len(subject) != 1 or len(pre) != 1 or MEETING.search(low, max(s0, ts - 300), ts) is not None:
        return []
    if _HELD_FOR.match(low, te) is not None:
        return []
    g = subject[0]
    if len(g.codes) != 1 or g.kinds[0] not in ("organisation", "body") or ts - g.end > 40:
        return []
    return list(g.codes)


_LISTED: Final = re.compile(r"\s*(?:,|và|,\s*và)\s*")  # names of one list


def mediated_roles(
    low: str, groups: list[Any], te: int, actors: list[str]
) -> tuple[list[str], list[str]] | None:
    """(the mediators, the sides) of "A và B ký ... dưới sự trung gian của X (, Y và Z)": the names right after the
    trigger ending at ``te`` (one list) mediate, the subject's ``actors`` (the roles' reading before it) are the
    sides. None when either is missing, and for the phrase opening the sentence ("Với sự trung gian của X, A và B
    ...": where the mediators' list ends is not told)."""
    after = [g for g in groups if g.start >= te]
    if not actors or not after or after[0].start - te > 3:
        return None
    k = 1
    while k < len(after) and _LISTED.fullmatch(low, after[k - 1].end, after[k].start):
        k += 1
    mediators = list(dict.fromkeys(c for g in after[:k] for c in g.codes))
    sides = [c for c in dict.fromkeys(actors) if c not in mediators]
    return (mediators, sides) if mediators and sides else None
