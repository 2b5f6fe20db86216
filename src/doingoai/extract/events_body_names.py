"""(round 150) Words of a name or a modifier read as an act (false positives on unseen text):

* "hợp tác" as a word of a body's name, no act of cooperation: a forum, centre or framework programme named after
  what it is for ("Diễn đàn Hợp tác Ấn Độ – các quốc đảo Thái Bình Dương", "nhất trí thành lập Trung tâm hợp tác
  nguồn nước", "Chương trình khung hợp tác nghiên cứu BRICS"), an organisation or office whose capitalised name opens
  on "Hợp tác" or joins it with "và" ("Tổ chức Hợp tác Thượng Hải (SCO)", "Bộ Ngoại giao và Hợp tác quốc tế
  Campuchia", "Viện Đào tạo và Hợp tác kỹ thuật của WTO"), an association named for cooperation ("Hiệp hội Nam Á vì
  sự hợp tác khu vực"). (A fund is left alone: "dùng Quỹ hợp tác Mê Công – Hàn Quốc cho các dự án" is read as the
  cooperation by writers as often as not.)
* "trao đổi" naming a kind of student, grant, programme or channel, no talks: "sinh viên trao đổi", "học bổng trao
  đổi", "chương trình trao đổi bác sĩ", "cơ chế trao đổi thông tin", "Bản ghi nhớ về hợp tác và trao đổi quốc phòng";
  or a text passed over: "hai bên đã trao đổi dự thảo Bản ghi nhớ nhưng chưa ký" (the negotiation, its own trigger's),
  "thiết lập quan hệ ngoại giao thông qua việc trao đổi công hàm" (the establishment is the event).

* aid as the topic of a procedure, a policy, a concept or a need, no aid given: "vướng thủ tục tiếp nhận viện trợ",
  "rà soát chính sách viện trợ của các thành viên", "khái niệm viện trợ phát triển chính thức", "từ vị thế nhận viện
  trợ", "hai bên chuyển dần từ viện trợ sang hợp tác cùng có lợi", "khảo sát nhu cầu hỗ trợ giáo dục", "đề xuất biện
  pháp hỗ trợ doanh nghiệp";
* a forum or a meeting held together with a foreign partner: "phối hợp với Đại sứ quán Ô-xtrây-li-a tổ chức Diễn
  đàn giáo dục Việt Nam – Ô-xtrây-li-a", "Liên đoàn phối hợp tổ chức Diễn đàn Doanh nghiệp" (the joint activity is
  the cooperation, as round 44 reads a seminar held together: events_no_event); held with a Vietnamese body it is
  still a hosting ("Sở phối hợp với Bộ Ngoại giao tổ chức Hội nghị xúc tiến thương mại với châu Phi").

Such a trigger is drafted (it bounds its neighbours' clauses, as a plan's name: events_non_acts) but its draft is not
reported (:func:`doingoai.extract.events.find_events`).
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.events_groups import MentionIndex
from doingoai.extract.members import members
from doingoai.extract.triggers import Hit
from doingoai.model import EventKind

K = members(EventKind)

# (lower-cased text) a forum's, centre's or framework programme's name right before "hợp tác"
_BODY_NAMED: Final = re.compile(r"\b(?:diễn đàn|trung tâm|chương trình khung) $")
# (lower-cased text) "Hiệp hội Nam Á vì sự hợp tác khu vực"
_ASSOCIATION_FOR: Final = re.compile(r"\bhiệp hội [^.;:,()]{0,40}? vì sự $")
# (original text) a capitalised body's name opening on "Hợp tác", or joining it with "và" a few words after its head
_BODY_HEAD: Final = re.compile(
    r"(?:Tổ chức|Cơ quan|Hiệp hội|Viện|Học viện|Bộ|Cục|Vụ|Văn phòng)(?: (?:[^\s,.;:()“”\"]+ ){0,4}và)? $"
)
# (lower-cased text) "trao đổi" as what a student, a grant, a programme or a channel is for
_EXCHANGE_KIND: Final = re.compile(r"\b(?:sinh viên|học sinh|học bổng|chương trình|cơ chế|hợp tác và) $")
_TEXT_PASSED: Final = re.compile(r" (?:các |những )?(?:dự thảo|công hàm)\b")
# (lower-cased text) aid as the topic of a procedure, a policy, a concept or a need, or what a relation moved away
# from
_AID_TOPIC: Final = re.compile(
    r"\b(?:(?:thủ tục|chính sách|khái niệm|vị thế|cơ chế|nhu cầu|biện pháp)(?: tiếp nhận| nhận| quản lý| sử dụng)?"
    r"|chuyển(?: dần)? từ) $"
)
# (lower-cased text) a forum or a meeting organised ...
_FORUM_HELD: Final = re.compile(
    r"tổ chức(?: thành công)?(?: các| một| nhiều)? (?:diễn đàn|hội nghị|hội chợ|phiên họp|kỳ họp|cuộc họp)(?![^\W\d_])"
)
# ... together: "phối hợp tổ chức", "phối hợp với X tổ chức" (the partner's span in group 1)
_TOGETHER: Final = re.compile(r"\bphối hợp(?: với ([^.;:\n]{2,100}?))? (?:cùng )?$")


def named_not_done(
    text: str, low: str, h: Hit, s0: int, index: MentionIndex, drafted: EventKind | None = None
) -> bool:
    """Is the trigger ``h`` (sentence from ``s0``) a word of a name or a modifier, or a forum held together with a
    foreign partner (``drafted``: the kind its draft came out as; a joint forum read as the cooperation already,
    events_joint, stays): no act of its own?"""
    name, ts = h.trigger.name, h.start
    if drafted is K.HOST:
        if not _FORUM_HELD.match(low, ts) or (m := _TOGETHER.search(low, max(s0, ts - 120), ts)) is None:
            return False
        return m.group(1) is None or any(x.code != "VNM" for x in index.between(m.start(1), m.end(1)))
    if name == "cooperate":
        if _BODY_NAMED.search(low, max(s0, ts - 20), ts) or _ASSOCIATION_FOR.search(
            low, max(s0, ts - 60), ts
        ):
            return True
        return text[ts] == "H" and ts > s0 and _BODY_HEAD.search(text, max(s0, ts - 60), ts) is not None
    if name == "aid":
        return _AID_TOPIC.search(low, max(s0, ts - 30), ts) is not None
    if name == "consult" and low.startswith("trao đổi", ts):
        return bool(_EXCHANGE_KIND.search(low, max(s0, ts - 12), ts) or _TEXT_PASSED.match(low, ts + 8))
    return False
