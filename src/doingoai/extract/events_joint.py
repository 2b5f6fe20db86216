"""Events: a meeting two states hold together is their consultation, not one state's hosting.

"Năm nay, hai nước dự kiến tổ chức kỳ họp tiếp theo của Ủy ban hỗn hợp", "Việt Nam và Lào tổ chức Hội nghị
hợp tác biên giới": the host trigger (tổ chức / đăng cai + a meeting) with two or more states as its subject and
no organisation whose meeting it is tells a meeting of those states (SCHEMA: consult), not a host's act for an
organisation ("Việt Nam và Thái Lan đăng cai Hội nghị ASEAN" stays a hosting of ASEAN).
"""

from __future__ import annotations

from doingoai.extract import gazetteer

_NO_SUBJECT_MARKERS = ("với", "cho", "của", "tại", "ở")  # a group after these is no subject of the verb


def joint_meeting(pre: list, actors: list[str], recips: list[str]) -> bool:
    """Are all parties of a host draft states named in its subject, two or more of them?"""
    parties = set(actors) | set(recips)
    return len(parties) >= 2 and in_subject(pre, list(parties)) and all(_is_state(c) for c in parties)


def in_subject(pre: list, codes: list[str]) -> bool:
    """Are all ``codes`` (two or more) named in the subject groups of ``pre`` ("Hai bên", "Việt Nam và Lào"), none
    after "với / cho / của ..."?"""
    if len(codes) < 2:
        return False
    subject: set[str] = set()
    for g in pre:
        if g.marker not in _NO_SUBJECT_MARKERS:
            subject.update(g.codes)
    return set(codes) <= subject


def _is_state(code: str) -> bool:
    e = gazetteer.entry(code)
    return e is not None and e.kind == "country"
