"""Who gives the aid (round 23): two constructions where the donor stands after the aid word.

* "do X tài trợ" after the trigger: a passive agent of a later verb. "dự án viện trợ ..., phần lớn do các tổ
  chức của Hàn Quốc tài trợ": the aid's donor when the clause has none; "vốn ODA của Nhật Bản và tuyến số 2
  do ADB tài trợ": the second project's donor, neither the first aid's recipient nor its donor.
* "vốn ODA / chương trình viện trợ / sự hỗ trợ của X": the possessor of an aid NOUN gives it, whoever the subject
  of the clause is ("Việt Nam sử dụng vốn ODA của Nhật Bản", "Việt Nam là đối tác của ..., chương trình viện trợ
  của Chính phủ Ai-len": Japan, Ireland give; Vietnam receives). A verb's "của" is no donor ("hỗ trợ sự phát
  triển của Lào": Laos is helped).
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.members import members
from doingoai.model import EventKind

K = members(EventKind)  # (plain attribute reads: see extract/members.py)

# "do X", "do các tổ chức phi chính phủ (của) X", "do Chính phủ X": up to six lower-case words between "do" and
# the name (or its marker); not "do đó / do vậy" (so), "là do", nor a cause ("do ảnh hưởng / hậu quả của X")
_BY: Final = re.compile(
    r"(?<![\w])(?<!là )do (?!đó\b|vậy\b|này\b|thế\b|đâu\b|ảnh hưởng\b|hậu quả\b|tác động\b|tình hình\b"
    r"|thiếu\b|nhu cầu\b|sức ép\b|áp lực\b)(?P<words>(?:[^\W\d_]+ ){0,6})$",
)
# a noun of aid: the trigger (or the word just before it) names a sum, a programme, a project, a deed
_AID_NOUN: Final = re.compile(
    r"(?:^|\s)(?:vốn|nguồn vốn|khoản|nguồn|gói|dự án|chương trình|sự|các khoản|số|lô|chuyến hàng|hàng)"
    r"(?: [^\W\d_][\w-]*)?\s*$"  # ("lô vắc-xin viện trợ")
)
_AID_NOUN_START: Final = re.compile(
    r"(?:vốn|nguồn vốn|khoản|nguồn|gói|dự án|các dự án|hạn mức|dòng|oda|(?:theo|bằng) học bổng)\b"
)
# a donor noun: "nhà tài trợ ODA lớn nhất của Việt Nam": the possessor of a donor is the one it gives to
_DONOR_NOUN: Final = re.compile(r"\b(?:nhà|nước|bên|quốc gia|đối tác) (?:tài trợ|viện trợ|cấp vốn)\b")
_OF_GAP: Final = 25  # "viện trợ phát triển không hoàn lại của X": the possessor right after the noun


def passive_agent(text: str, g: object, lo: int) -> bool:
    """Is group ``g`` (a Group) the agent of a "do X <verb>" passive, after position ``lo``?"""
    start: int = g.marker_pos if g.marker_pos >= 0 else g.start  # type: ignore[attr-defined]
    m = _BY.search(text, max(lo, start - 50), start)
    return m is not None and (not m.group("words") or m.group("words").islower())


def nominal_aid(text: str, ts: int, te: int) -> bool:
    """Is the aid trigger at ts..te a noun ("vốn ODA", "chương trình viện trợ", "sự hỗ trợ")?"""
    return (
        _AID_NOUN_START.match(text, ts) is not None or _AID_NOUN.search(text, max(0, ts - 24), ts) is not None
    )


def donor_after(text: str, kind: EventKind, post: list, ts: int, te: int) -> tuple[str, ...]:
    """The codes of the "của X" possessor right after an aid noun, else ()."""
    if kind is not K.AID or not post:
        return ()
    g = post[0]
    if g.marker == "" and g.start - te <= 2 and text.endswith(("vốn vay", "vay vốn"), ts, te):
        return tuple(g.codes)  # (round 78) "sử dụng vốn vay Ngân hàng Thế giới", "vay vốn IFAD": the lender
    if g.marker == "" and _owned_aid(text, ts, te, g.start):
        return tuple(g.codes)
    if g.marker != "của" or g.marker_pos - te > _OF_GAP or text.find(",", te, g.marker_pos) >= 0:
        return ()
    if not nominal_aid(text, ts, te) or _DONOR_NOUN.search(text, max(0, ts - 30), g.marker_pos) is not None:
        return ()
    return tuple(g.codes)


# (round 207) the giver named right after a fund's noun, no "của": "(nhận) học bổng Chính phủ X", "vốn (vay) ODA X"
_BARE_OWNER: Final = re.compile(r" (?:(?:của )?(?:chính phủ|nhà nước|nhân dân) )?")
_FUND_NOUN: Final = ("học bổng", "oda")
# (round 207) an owner noun and its words between "của" and the name: "khoản viện trợ 85.000 USD của một tổ chức
# nhân đạo X", "(tiếp nhận) 4 tình nguyện viên của Chương trình Tình nguyện viên X" (X gives; the group has no marker)
_OWNER_OF: Final = re.compile(
    r" (?:[^,;:()]{1,20}? )?của (?:(?:một|các|những) )?(?:tổ chức|quỹ|hội|chính phủ|nhân dân|doanh nghiệp|công ty"
    r"|tập đoàn|cơ quan|chương trình)(?: [^\W\d_][\w-]*){0,4} "
)
_RECEIVED: Final = re.compile(
    r"\b(?:tiếp nhận|nhận được|nhận)\s+$"
)  # "tiếp nhận 4 tình nguyện viên": taken in


def _owned_aid(text: str, ts: int, te: int, gs: int) -> bool:
    """Does the name starting at ``gs`` (a group with no marker) own the aid at ts..te: right after a
    fund's noun ("học bổng Chính phủ X", "vốn ODA X"), or after "của" and an owner noun when the aid is a noun or
    received ("khoản viện trợ ... của một tổ chức nhân đạo X")?"""
    if gs - te > 60:
        return False
    if text.endswith(_FUND_NOUN, ts, te) and _BARE_OWNER.fullmatch(text, te, gs):
        return True
    if text.find("của ", te, gs) < 0 or _OWNER_OF.fullmatch(text, te, gs) is None:
        return False
    return bool(nominal_aid(text, ts, te) or _RECEIVED.search(text, max(0, ts - 14), ts)) and (
        _DONOR_NOUN.search(text, max(0, ts - 30), gs) is None
    )


# the people trained or helped, owned by the country they serve: "đào tạo 20 cán bộ (ngành thủy sản) của Ăng-gô-la"
_TRAINEES: Final = re.compile(
    r"\b(?:cán bộ|sinh viên|học viên|nghiên cứu sinh|lưu học sinh|chuyên gia|kỹ sư|bác sĩ|công chức|nhân lực)\b"
)


def trainees_of(text: str, kind: EventKind, post: list, te: int) -> tuple[str, ...]:
    """The codes of the "của X" right after the people an aid trains ("Hỗ trợ đào tạo 20 cán bộ của Bộ Công nghiệp
    ... Mô-dăm-bích", "đào tạo ngắn hạn cho 20 cán bộ ngành thủy sản của Ăng-gô-la": their country receives), else
    () (round 26)."""
    if kind is not K.AID or not post:
        return ()
    g = post[0]  # (its "của" may stand before the name of a ministry: "của Bộ Công nghiệp và Thương mại X")
    of = text.rfind(" của ", te, g.start)
    if of < 0 or g.start - te > 90 or text.find(",", te, g.start) >= 0:
        return ()
    return tuple(g.codes) if _TRAINEES.search(text, te, of) is not None else ()
