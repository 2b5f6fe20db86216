"""Sentences that describe rather than tell an act (round 169, false positives on the working sets).

Four wordings whose event, as read, is a description: the act is told elsewhere or not at all.

* **A plan's opening sentence** ("Thực hiện Hiệp định EVFTA ..., Bộ Tài chính xây dựng Kế hoạch hợp tác năm 2026 như
  sau:", "Căn cứ kết quả hợp tác với UNESCO ..., Bộ ... ban hành Kế hoạch năm 2026 như sau:"): the cooperation it
  names is the plan's basis or subject; its tasks (the items below) are the acts. A cooperation read there is
  dropped; a visit, a signing, an upgrade the basis dates are kept (writers code them).
* **A war as the time of something else** ("Trong hai cuộc kháng chiến chống thực dân Pháp và đế quốc Mỹ, hai Đảng
  ...", "giữa lúc cuộc kháng chiến chống Mỹ đang ở giai đoạn quyết liệt", a CV's heading "Kháng chiến chống Pháp:",
  "kể từ khi chiến tranh kết thúc năm 1975"): no conflict is told by the sentence.
* **The persons who signed or led the talks** ("Người ký là Ngoại trưởng Mỹ ... và Ngoại trưởng Hàn Quốc ...", "Năm
  người ký gồm ...", "Trưởng đoàn đàm phán hai bên là ...", "Trong số 23 bên ký kết ban đầu có ..."): the signing or
  talks were told before; the sentence names who, and reading it again makes parties of their countries.
* **A heading naming a visit as the first of its kind** ("Chuyến thăm đầu tiên của một Nhà vua Nhật Bản", "Chuyến
  thăm đầu tiên của người đứng đầu ILO"), a line without date or full stop over the paragraph that tells the visit:
  the heading's reading gives a visit without its date, its host often the visitor's own organisation.
* **A mission's service to its own firms or citizens** ("Đại sứ quán hỗ trợ 04 doanh nghiệp Việt Nam tham gia Hội chợ
  ...", "Thương vụ đã hỗ trợ doanh nghiệp chuẩn bị hồ sơ", "phối hợp với Bộ Ngoại giao Gioóc-đa-ni hỗ trợ 17 công dân
  ... về nước", "đề nghị tỉnh hỗ trợ công dân Nga"): consular or trade service, no aid between the states named. Not
  when the sentence also tells aid proper (viện trợ, tài trợ, a loan, ODA, scholarships, gifts) or asks the other
  side's help ("phía bạn").
* **A relation said to have grown since an act, or so that it grows** ("Kể từ khi thiết lập quan hệ ngoại giao ...
  và nâng lên Đối tác chiến lược năm 2013, quan hệ hai nước không ngừng phát triển", "Để quan hệ hai nước phát triển
  tương xứng ..., tôi xin đề xuất"): the establishment or upgrade is the act (kept); the standing relation is a
  description of it.

Applied by :func:`doingoai.extract.events.find_events` to the drafts of all stages (rules, fallback, learned
reading), as :mod:`doingoai.extract.events_article_topic`.
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.events_merge import Draft
from doingoai.extract.members import members
from doingoai.model import EventKind

K = members(EventKind)

# a plan's opening: "<body> xây dựng / ban hành Kế hoạch ... như sau:" closing the sentence
_PLAN_OPENING: Final = re.compile(
    r"\b(?:xây dựng|ban hành|đề ra)(?: và triển khai)? (?:kế hoạch|chương trình)\b[^.;]*\bnhư sau\s*:?\s*$"
)
# a war as a time frame: "trong (hai) cuộc kháng chiến chống", "giữa lúc cuộc kháng chiến", a heading
# "Kháng chiến chống Pháp:", "kể từ khi chiến tranh kết thúc"
_WAR_FRAME: Final = re.compile(
    r"(?:\b(?:trong|giữa lúc|suốt|thời kỳ|thời kì) (?:(?:các|hai|ba|những) )?(?:cuộc )?kháng chiến chống\b"
    r"|^\W*kháng chiến chống [^.;:]{0,40}:"
    r"|\b(?:kể từ khi|từ khi|sau khi) (?:cuộc )?chiến tranh (?:kết thúc|chấm dứt)\b)"
)
_FIGHTING: Final = re.compile(r"\b(?:tấn công|xâm lược|không kích|giao tranh|ném bom|pháo kích|đánh chiếm)\b")
# the persons who signed or headed the talks, named after the act was told
_SIGNERS: Final = re.compile(
    r"^\W*(?:(?:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d+) )?(?:người ký|trưởng đoàn đàm phán)"
    r"(?: (?:của )?hai bên)? (?:là|gồm)\b"
    r"|^\W*trong số (?:\d+|[^\W\d]+) bên ký kết ban đầu có\b"
)
# a relation grown since an act, or a purpose of its growth
_GROWN_SINCE: Final = re.compile(
    r"\b(?:kể từ khi|từ khi) (?:được )?(?:thiết lập|nâng|xác lập|bình thường hóa)\b[^.;]*?\bquan hệ\b[^.;]{0,60}?"
    r"\b(?:phát triển|được củng cố)\b"
    r"|^\W*để quan hệ\b[^.;,]{0,40}?\bphát triển\b"
)

# a heading over the visit's paragraph: "Chuyến thăm đầu tiên của ..." (no digit, no full stop)
_FIRST_VISIT_HEADING: Final = re.compile(r"^\W*chuyến thăm (?:[^\W\d]+ ){0,3}?đầu tiên của\b[^\d.;:!?]*$")

# a mission's (or a province's) service to firms or citizens: the helper right before "hỗ trợ"
_OWN_SERVICE: Final = re.compile(
    r"\b(?:đại sứ quán|thương vụ|tổng lãnh sự quán|lãnh sự quán|cơ quan đại diện|tỉnh|phối hợp với [^.;,]{1,60}?)"
    r"(?: [^\W\d]+){0,3}? hỗ trợ (?:\d+ |các |một số |những |hơn \d+ )?"
    r"(?:doanh nghiệp|công dân|người lao động|bà con)\b"
)
# (every _OWN_SERVICE match ends on one of them)
_SERVED: Final = ("doanh nghiệp", "công dân", "người lao động", "bà con")
_AID_PROPER: Final = re.compile(r"viện trợ|tài trợ|khoản vay|\boda\b|học bổng|trao tặng|phía bạn")


def _described(low: str, kind: EventKind, s0: int, s1: int) -> bool:
    # (speed round 32) each pattern is searched only when the sentence holds a literal every match of it holds
    # ("như sau"; "kháng chiến chống" / "chiến tranh kết thúc" / "chiến tranh chấm dứt"; "từ khi" / "để quan hệ";
    # " hỗ trợ " and one of _SERVED): a `str.find` over the sentence costs far less than the engine trying an
    # alternation at each of its positions
    if kind is K.COOPERATE:
        return low.find("như sau", s0, s1) >= 0 and _PLAN_OPENING.search(low, s0, s1) is not None
    if kind is K.CONFLICT:
        if (
            low.find("kháng chiến chống", s0, s1) < 0
            and low.find("chiến tranh kết thúc", s0, s1) < 0
            and low.find("chiến tranh chấm dứt", s0, s1) < 0
        ):
            return False
        return _WAR_FRAME.search(low[s0:s1]) is not None and _FIGHTING.search(low, s0, s1) is None
    if kind is K.AGREEMENT_SIGN or kind is K.AGREEMENT_NEGOTIATE:
        return _SIGNERS.search(low[s0:s1]) is not None
    if kind is K.RELATIONS:
        if low.find("từ khi", s0, s1) < 0 and low.find("để quan hệ", s0, s1) < 0:
            return False
        return _GROWN_SINCE.search(low[s0:s1]) is not None
    if kind is K.AID:
        if low.find(" hỗ trợ ", s0, s1) < 0 or not any(low.find(w, s0, s1) >= 0 for w in _SERVED):
            return False
        return _OWN_SERVICE.search(low, s0, s1) is not None and _AID_PROPER.search(low, s0, s1) is None
    if kind is K.VISIT:
        return _FIRST_VISIT_HEADING.match(low[s0:s1].strip()) is not None
    return False


_KINDS: Final = frozenset(
    (K.COOPERATE, K.CONFLICT, K.AGREEMENT_SIGN, K.AGREEMENT_NEGOTIATE, K.RELATIONS, K.VISIT, K.AID)
)


def described_only(low: str, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` without those whose sentence (in the lower-cased text ``low``) describes rather than tells their
    act: a cooperation in a plan's opening sentence, a conflict named as a time frame, a signing or talks restated
    by their signers, a visit named by a heading, a mission's service to its firms or citizens, a standing relation said to have grown since its establishment."""
    out = []
    seen: dict[tuple[int, EventKind], bool] = {}
    for d in drafts:
        if d.kind not in _KINDS:
            out.append(d)
            continue
        key = (d.sentence[0], d.kind)
        drop = seen.get(key)
        if drop is None:
            drop = seen[key] = _described(low, d.kind, d.sentence[0], d.sentence[1])
        if not drop:
            out.append(d)
    return out
