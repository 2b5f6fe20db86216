"""Memberships told as a standing state, and joinings told in the passive with a group named before.

"Nước này hiện là thành viên Nhóm G20", "Việt Nam và Cu-ba cùng là thành viên Phong trào Không liên kết", "Pháp và
Đức đều là thành viên NATO": a named subject is a member now (a membership, ongoing, undated), unlike a bare "là
thành viên" in a description ("các nước là thành viên ..."), which stays unread. See docs/decisions.md (Events,
round 18).
"""

from __future__ import annotations

import re
from typing import Any, Final

# the adverb before the copula that makes it a standing fact of the subject: "hiện (nay) là", "cùng là", "đều là",
# "vẫn là", "đã là", "cũng là", "nay là"
_STANDING: Final = re.compile(
    r"(?:\bhiện nay|\bhiện|\bhiện tại|\bcùng|\bđều|\bvẫn|\bđã|\bcũng|\bnay|\bvốn|\bđồng thời)\s+(?:đang\s+)?$"
)
# what may not open the clause of such a copula: a description of an unnamed set ("các nước ... hiện là thành
# viên", "những nước đều là thành viên")
_DESCRIBED: Final = re.compile(r"\b(?:các|những|mọi|nhiều|một số)\s+(?:nước|quốc gia|thành viên|bên)\b")


def standing_member(low: str, s0: int, ts: int) -> bool:
    """Is the "là thành viên" at ``ts`` a standing membership of the clause's subject ("X hiện là thành viên", "X và Y
    cùng là thành viên")?"""
    if _STANDING.search(low, max(s0, ts - 16), ts) is None:
        return False
    c0 = max(low.rfind(";", s0, ts), low.rfind(",", s0, ts)) + 1 or s0
    return _DESCRIBED.search(low, max(c0, s0), ts) is None


# "Việt Nam là thành viên của Tổ chức Quốc tế Pháp ngữ": with no adverb, a state's name opening its clause right
# before the copula is the member (the gold of every set: membership, ongoing); a subject described ("các nước
# ASEAN là ...") or negated ("chưa là") is not. Round 19.
_CLAUSE_OPEN: Final = re.compile(r"(?:^|[.;:!?\n]|,|^\W*\d+\.|\b(?:hiện nay|hiện tại|ngày nay|nay|hiện))\W*$")


_COORDINATED: Final = re.compile(r"\s*(?:,|và|cùng(?: với)?|,\s*và)\s*")
_VAGUE_SINCE: Final = re.compile(r"[^.;:\n]*?\btừ\s+(?:rất\s+)?(?:lâu|trước|sớm)\b")


def named_member(index: Any, low: str, s0: int, ts: int) -> bool:
    """Is the "là thành viên" at ``ts`` said of a party named right before it, opening its clause?"""
    before = index.between(max(s0, ts - 80), ts)
    if not before or low[before[-1].end : ts].strip() != "":
        return False
    first = before[-1]
    for x in reversed(before[:-1]):  # "Việt Nam cùng Lào, Cam-pu-chia và Thái Lan là thành viên X": the first
        if _COORDINATED.fullmatch(low, x.end, first.start) is None:  # of the coordinated names (round 21)
            break
        first = x
    if _VAGUE_SINCE.match(low, ts, min(len(low), ts + 100)) is not None:
        return (
            False  # "Na Uy là thành viên NATO từ lâu": a vague "since" read as no event (round 9's decision)
        )
    return _CLAUSE_OPEN.search(low, max(s0, first.start - 20), first.start) is not None or first.start == s0


# "củng cố quan hệ láng giềng tốt đẹp, hữu nghị truyền thống, hợp tác toàn diện ... giữa hai nước": "hợp tác" is one of
# the qualities listed after "quan hệ", no act of cooperation of its own
_QUALITIES: Final = re.compile(r"(?:\s+[^\W\d][\w-]*){1,6}(?:,(?:\s+[^\W\d][\w-]*){1,6})*,\s+(?:và\s+)?$")
_VERBISH: Final = re.compile(r"\b(?:và các|là|được|đã|sẽ|nhằm|để|trong đó|thông qua|ký|tổ chức)\b")


def relation_quality(low: str, rel_end: int, hs: int) -> bool:
    """Is the "hợp tác" at ``hs`` an item of the list of qualities that follows "quan hệ" ending at ``rel_end``?"""
    if rel_end < 0 or hs - rel_end > 120 or not low.endswith("quan hệ", 0, rel_end):
        return False
    if maintained_relation(low, rel_end, hs):
        return True
    return _QUALITIES.fullmatch(low, rel_end, hs) is not None and _VERBISH.search(low, rel_end, hs) is None


# "duy trì / củng cố quan hệ (hữu nghị,) hợp tác (truyền thống) với X", "Quan hệ hữu nghị, hợp tác giữa A và B ...":
# the ties kept up or told as a subject are the relations themselves (the gold of most sets: relations), unlike
# "tăng cường / có quan hệ hợp tác với X" (cooperation). Round 19.
_KEPT_BEFORE: Final = re.compile(
    r"(?:(?:\bduy trì|\bcủng cố|\bgiữ vững|\bgiữ gìn|\bgìn giữ|\bvun đắp)(?:\s+(?:các|mối|những))?\s+"
    r"|(?:^|[.;:!?\n]\s*|^\W*\d+\.\s+))quan hệ$"
)
_KEPT_GAP: Final = re.compile(
    r"(?:\s+(?:hữu nghị|đoàn kết|truyền thống|láng giềng|tốt đẹp|gắn bó)){0,3}\s*(?:,|\s+và)?\s+$"
)


def maintained_relation(low: str, rel_end: int, hs: int) -> bool:
    """Is the "hợp tác" at ``hs`` part of the name of ties kept up ("duy trì quan hệ hợp tác", "Quan hệ hữu nghị,
    hợp tác giữa ...") after the "quan hệ" ending at ``rel_end``?"""
    return (
        _KEPT_GAP.fullmatch(low, rel_end, hs) is not None
        and _KEPT_BEFORE.search(low, max(0, rel_end - 40), rel_end) is not None
    )


_LISTED_GAP: Final = re.compile(
    r"(?:\s+(?:hữu nghị|đoàn kết|truyền thống|láng giềng|tốt đẹp|gắn bó|đặc biệt)){1,3}\s*(?:,|\s+và)\s+$"
)


def listed_ties(low: str, ts: int, hs: int, te: int) -> bool:
    """Is the "hợp tác" at ``hs`` listed with friendship after the "quan hệ" opening a subject at ``ts`` ("Quan hệ
    hữu nghị, hợp tác giữa A và B tiếp tục được củng cố": the relations, as the golds write them; "Quan hệ hợp tác
    kinh tế giữa A và B" stays cooperation; round 22), or the ties a subject ending at ``te`` says are kept up
    ("Quan hệ hợp tác (toàn diện) với tỉnh X (Lào) tiếp tục được duy trì": a province's report, round 26)?"""
    if not low.startswith("quan hệ", ts):
        return False
    return _LISTED_GAP.fullmatch(low, ts + 7, hs) is not None or (
        low.startswith(" hợp tác", ts + 7)
        and _KEPT_QUALITY.match(low, hs + 7) is not None
        and _KEPT_VERB.search(low, max(ts, te - 12), te) is not None
    )


# "Quan hệ hợp tác (toàn diện, hữu nghị) với / giữa ...": no sector after "hợp tác" ("hợp tác kinh tế" is one)
_KEPT_QUALITY: Final = re.compile(
    r"(?: (?:toàn diện|hữu nghị|truyền thống|tốt đẹp|chặt chẽ|nhiều mặt))*,? (?:với|giữa)\b"
)
_KEPT_VERB: Final = re.compile(r"\b(?:duy trì|giữ vững|củng cố|vun đắp)$")


# "(Hội An) được UNESCO công nhận là Di sản văn hóa thế giới": a site recognised by an agent; its country (unnamed, the
# document's own) receives the recognition
# (round 19: "được UNESCO ghi danh là ...", "được UNESCO công nhận năm 2003", "ghi danh vào Danh sách ...")
_HERITAGE: Final = (
    r"(?:di sản|khu dự trữ sinh quyển|công viên địa chất|kỳ quan|danh thắng|thành phố sáng tạo|khu ramsar"
    r"|vườn di sản|khu đất ngập nước)"
)
_RECOGNISED_AS: Final = re.compile(
    r"(?:công nhận|ghi danh)(?:\s+là\s+(?:một\s+)?"
    + _HERITAGE
    + r"|\s+vào\s+danh sách[^.;:]{0,40}?"
    + _HERITAGE
    + r"|\s+(?:vào\s+)?(?P<year>(?:năm|ngày|tháng)\s+\d))"
)
_BY_AGENT: Final = re.compile(r"\bđược\s+[^,;.\s][^,;.]{0,40}$")
# a recognition dated without its object names an organisation as the agent ("được UNESCO công nhận năm 2003")
_AGENCY: Final = re.compile(
    r"\b(?:unesco|liên hợp quốc|tổ chức|ủy ban|quỹ|chương trình|hiệp hội|asean|fao|who)\b"
)


def recognised_as(low: str, c0: int, ts: int) -> bool:
    """Is the trigger at ``ts`` "công nhận là <a heritage title>" after an agent ("được X công nhận là Di sản ...";
    not "được Nhật Bản công nhận là kỹ sư": review 6b)?"""
    m = _RECOGNISED_AS.match(low, ts)
    agent = _BY_AGENT.search(low, max(c0, ts - 50), ts) if m is not None else None
    if m is None or agent is None:
        return False
    return m.group("year") is None or _AGENCY.search(agent.group(0)) is not None


_BEFORE_VERB: Final = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?(?:(?:đã|cùng|chính thức|cùng nhau)\s+)*$")


def name_right_before(index: Any, low: str, hs: int) -> bool:
    """Is a party named right before the verb at ``hs`` (its subject: "Việt Nam và Nhật Bản thông qua ...")?
    An agreement adopted by a parliament or a government ("Quốc hội Hoa Kỳ thông qua thỏa thuận ...") is approved,
    not made (round 117)."""
    before = index.between(max(0, hs - 60), hs)
    if not before or _BEFORE_VERB.fullmatch(low, before[-1].end, hs) is None:
        return False
    return not (low.startswith(_AGREED, hs + 9) and _LEGISLATURE.search(low, max(0, hs - 60), hs))


_AGREED: Final = (" thỏa thuận", " thoả thuận")  # (right after "thông qua", 9 characters)
_LEGISLATURE: Final = re.compile(
    r"\b(?:quốc hội|nghị viện|hạ viện|thượng viện|quốc vụ viện|chính phủ|nội các)\b"
)


# "được kết nạp vào nhóm", "gia nhập khối này": the group by its head noun alone, the organisation named before
_GROUP_HEAD: Final = re.compile(
    r"\s+(?:vào\s+)?(?:nhóm|khối|tổ chức|hiệp hội|diễn đàn|liên minh)(?:\s+(?:này|đó|ấy))?(?=\s*[,.;:)]|\s*$|\s+(?:năm|tháng|ngày|vào|từ)\b)"
)
_GROUP_REACH: Final = 400


def group_by_head(low: str, index: Any, te: int, ts: int, joiners: list[str]) -> list[str]:
    """The organisation a bare "vào nhóm" after a joining verb refers to: the last one named before the trigger
    (within ``_GROUP_REACH``) that is not one of the ``joiners``; [] when the verb is followed by no such head
    noun."""
    if _GROUP_HEAD.match(low, te) is None:
        return []
    orgs = [
        m.code
        for m in index.between(max(0, ts - _GROUP_REACH), ts)
        if m.kind == "organisation" and m.code not in joiners
    ]
    return orgs[-1:]


# "(Tháng trước,) đoàn công tác của tỉnh làm việc tại thành phố X", "cử đoàn đại biểu ... làm việc tại tỉnh X": a
# delegation, the verb's subject, works in a place (a visit); not "cán bộ làm việc tại ...", "đoàn ... đã làm việc
# với" (talks). Round 19.
_DELEGATION: Final = re.compile(
    r"(?<!công )\bđoàn\s+(?:công tác|đại biểu|cán bộ|lãnh đạo|khảo sát|doanh nghiệp|chuyên gia|cấp cao|liên ngành"
    r"|xúc tiến|nghiên cứu|thanh tra|học tập|quân sự|kinh tế|thương mại|ngoại giao|chính phủ|quốc hội)\b"
    r"(?:\s+(?!làm\b|là\b|và\b|đã\b|sẽ\b)[^\W\d][\w-]*|\s+\([^()]{1,40}\)){0,9}\s+(?:(?:đã|sẽ|đến|sang|tới)\s+)*$"
)  # (a delegation by its head noun: not "công đoàn", "đoàn viên", "Đoàn Thanh niên" or the surname Đoàn; review 6b)


def delegation_before(low: str, s0: int, ts: int) -> bool:
    """Is the "làm việc tại" at ``ts`` said of a delegation named right before it ("đoàn công tác của tỉnh ...")?"""
    return _DELEGATION.search(low, max(s0, ts - 90), ts) is not None
