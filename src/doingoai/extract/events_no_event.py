"""Triggers that state no event, checked where :func:`doingoai.extract.events.find_events` places each
trigger (see docs/decisions.md, "Events").

* :func:`not_an_event`: a war named as a time ("sau chiến tranh"), negotiations left ("rút khỏi đàm phán"), a
  candidacy, a plan approved, the slogan "hòa bình, hợp tác và phát triển", a meeting's or an article's topic
  ("Bài viết phân tích quan hệ ..."), a coordination whose manner is another act ("phối hợp với X hoàn thành ...").
* :func:`in_capitalised_name`: a capitalised treaty name is one unit ("Hiệp ước Hữu nghị và Hợp tác").
* :func:`first_task_end`: where the first task after "phối hợp với <partner>" ends (also read by
  :mod:`doingoai.extract.events_shapes`).

Called by :mod:`doingoai.extract.events` (``not_an_event``, ``in_capitalised_name``) and
:mod:`doingoai.extract.events_shapes` (``first_task_end``).
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.cue_tries import AGREEMENT_NOUN_CUE
from doingoai.extract.events_candidacy_backed import backed_candidacy
from doingoai.extract.events_joint import ACTIVITY_MEETING, co_held_meeting
from doingoai.extract.events_non_acts import non_act
from doingoai.extract.events_tasks import requested
from doingoai.extract.members import members
from doingoai.extract.rx_boundary import WORD_START
from doingoai.extract.triggers import Hit, scan
from doingoai.model import EventKind

K = members(EventKind)  # (plain attribute reads: see extract/members.py)

_TIME_WORD: Final = re.compile(
    r"(?:\b(?:sau|trước|từ sau|kể từ sau|thời|thời kỳ|thời hậu|hậu|giai đoạn)\s+)$"
)
# ... or concluded in a signed text ("ký văn bản kết thúc đàm phán": the signing is the event)
_LEFT: Final = re.compile(
    r"(?:\b(?:(?:rút|rút lui|rời|ra) khỏi|(?:văn bản|biên bản|thỏa thuận|nghị định thư) (?:kết thúc|hoàn tất))"
    r"(?: các| cuộc| các cuộc| tiến trình| vòng)?\s+)$"
)
# a noun phrase "các nước tham gia X", "12 nền kinh tế thành viên tham gia X" names participants, no joining
_NOT_PARTY: Final = re.compile(r"\b(?:không|chưa) (?:phải )?là (?:một )?bên $")
_PARTICIPANTS: Final = re.compile(
    r"(?:\b(?:các|những|mọi|\d+)\s+(?:nước|quốc gia|nền kinh tế|bên|đoàn|đại biểu|đối tác|thành viên|lực lượng)"
    r"(?:\s+thành viên)?|\bnước thành viên)\s+(?:đã\s+|đang\s+)?$"
)
_CANDIDATE: Final = re.compile(WORD_START + r"(?:ứng cử viên|ứng viên|(?:đơn )?xin)\s+(?:chính thức\s+)?$")
# (round 91) a partner's support given to a candidacy: "Bhutan đã ủng hộ Việt Nam ứng cử ...", "Phía bạn khẳng định
# ủng hộ Việt Nam ứng cử ...", "ủng hộ Hàn Quốc ứng cử ...": the support is the event, no election of its own; support
# asked for ("vận động các nước ủng hộ Việt Nam ứng cử", "đề nghị X ủng hộ ...") keeps the candidacy (the campaign)
# (round 170: also right after the verb, "Lào đã ủng hộ ứng cử viên của Việt Nam ...")
_BACKED: Final = re.compile(r"\bủng hộ\s+(?:việc\s+)?[^,;:.()]{0,40}$")
_ASKED: Final = re.compile(r"\b(?:vận động|đề nghị|kêu gọi|đề xuất|mong|mời|yêu cầu|tranh thủ)\b")
_TO_JOIN: Final = re.compile(r"\s+(?:để\s+)?(?:gia nhập|trở thành thành viên)\b")
_PLAN_OBJECT: Final = re.compile(
    r"\s+(?:(?:bản|các|những)\s+)?(?:kế hoạch|đề án|chương trình|quy hoạch|dự án|danh sách|chủ trương|báo cáo"
    r"|dự toán|phương án|chiến lược|nhiệm vụ|quy chế|điều lệ)\b"
)
# later triggers that are no manner of a coordination ("..., đồng thời phấn đấu mở rộng thương mại": a second task)
_NO_MANNER: Final = (
    "join_take_part",
    "coordinate",
    "consult_discuss",
    "trade_grow",
    "coop_promotion",
    "coop_promotion_held",
)
_CLAUSE_STOP: Final = re.compile(r"[.;:\n]")
# (round 30) "phối hợp với UNESCO tổ chức hội thảo quốc tế về ...": an activity held with the partner is the
# cooperation itself (events_joint), not a hosting the coordination is the manner of
_ACTIVITY_HELD: Final = re.compile(
    r"tổ chức(?: thành công)?(?: tại [^\W\d_]+(?: [^\W\d_]+){0,2})?(?: các| một| nhiều| chuỗi| hai| ba)?"
    r" (?:hội thảo|tọa đàm|triển lãm|tuần lễ|tuần văn hóa|tuần phim|ngày văn hóa|những ngày văn hóa|chương trình"
    r"|hoạt động|liên hoan|khóa|lớp|diễn đàn|ngày hội|" + ACTIVITY_MEETING + r")(?![^\W\d_])"
)  # (round 204: "tổ chức Diễn đàn doanh nghiệp ...", "tổ chức tại Hà Nội hội thảo ...", "tổ chức lớp tập huấn")
# (round 204) the topic of the activity held: "tổ chức hội thảo về hợp tác nông nghiệp ..." (no act of its own)
_ACTIVITY_TOPIC: Final = re.compile(r"[^,;.]*? về ")
# (round 143) a setting, not an act: "tổ chức các hoạt động ... bên lề chuyến thăm" (the visit is the occasion)
_SETTING_BEFORE: Final = re.compile(r"\b(?:bên lề|nhân dịp|trong dịp|trong khuôn khổ) $")
_CONTRIBUTE: Final = re.compile(r"\bgóp phần (?:vào )?(?:việc )?$")
# what the coordination leads to, not its manner: "..., góp phần tổ chức ...", "rà soát pháp lý để sớm ký ..." (a
# purpose after the coordination's own task: the coordination is the event, the purpose a later one)
_PEACEKEEPER: Final = re.compile(
    r"\b(?:bệnh viện dã chiến|đội công binh|sĩ quan(?: gìn giữ hòa bình)?|lực lượng gìn giữ hòa bình"
    r"|quân nhân gìn giữ hòa bình|(?:đội|đơn vị) (?:công binh|quân y|bộ binh))\b[^.;:!?]*$"
)
_COMPLETING: Final = re.compile(r"\b(?:hoàn tất|hoàn thành|kết thúc)\b")
_CONTRIBUTE_AFTER: Final = re.compile(r",? góp phần\b|\S \b(?:để|nhằm|tiến tới)\b")
_MEETING_TOPIC: Final = re.compile(
    r"\b(?:phiên(?: họp| thảo luận)?(?: mở)?|thảo luận mở|cuộc thảo luận|hội thảo|tọa đàm|toạ đàm|chủ đề|đề tài)"
    r"(?: (?:chuyên đề|quốc tế|khoa học|cấp cao))? về $"
)
_SLOGAN: Final = re.compile(r"hòa bình,\s*hợp tác và phát triển|hợp tác và phát triển\b")
_TOPIC: Final = re.compile(
    r"\s*(?:(?:tóm tắt|abstract)\s*[:.]?\s*)?(?:bài viết|bài báo|nghiên cứu này|tham luận|chuyên đề|cuốn sách|luận án|luận văn"
    r"|báo cáo(?: này)?(?= (?:phân tích|trình bày|đánh giá|khảo sát|tìm hiểu|làm rõ|tổng quan)))\b"  # (a report's topic)
)


_CAP_NOUN: Final = re.compile(
    r"(?:Hiệp định|Hiệp ước|Công ước|Nghị định thư|Thỏa thuận|Thoả thuận|Bản ghi nhớ|Tuyên bố chung|Hiến chương)"
    r"(?: khung)?(?: về| về việc)? [A-ZĐÀ-Ỹ](?:[^,.;:()“”\"]|, [A-ZĐÀ-Ỹ])*$"  # "Hiệp định khung về Đối tác và Hợp tác
    # toàn diện", "Hiệp ước Hòa bình, Hữu nghị và Hợp tác"
)
_OUT_OF_NAME: Final = re.compile(r" (?:với|của|cho|giữa|tại|ở|được|đã|năm|ngày|nhằm|để) ")


def in_capitalised_name(text: str, s0: int, pos: int) -> bool:
    """Is the capitalised word at ``pos`` inside a capitalised agreement name that started shortly before it
    ("Hiệp ước Hữu nghị và Hợp tác", "Hiệp định về Hợp tác Kinh tế")?"""
    head = text[max(s0, pos - 60) : pos]
    m = _CAP_NOUN.search(head)
    return m is not None and _OUT_OF_NAME.search(head, m.start()) is None


# a mission's or a group's name opening on what it does (round 35): "Phái bộ Hỗ trợ", "Nhóm hỗ trợ chuyển tiếp"
_MISSION_NAMED: Final = re.compile(r"\b(?:phái bộ|nhóm|lực lượng) $")
# (round 44) a committee's or an office's name opening on what it does: "Ủy ban Hỗ trợ phát triển (DAC)", "Văn phòng
# Liên hợp quốc hỗ trợ hội nhập tại Haiti (BINUH)"; financing terrorism fought, no aid: "tài trợ khủng bố"
_OFFICE_NAMED: Final = re.compile(r"\b(?:ủy ban|uỷ ban|văn phòng)(?: liên hợp quốc| lhq)? $")
_TERROR_FUNDED: Final = re.compile(r" (?:cho )?(?:các )?(?:hoạt động |tổ chức )?khủng bố\b")
# (round 44) accession negotiated, not yet joined: "đang đàm phán gia nhập EU", "tiến trình gia nhập CPTPP" (the
# negotiation is the event: the "đàm phán" trigger's)
# (round 44) training as a topic, not given: "ký Thỏa thuận hợp tác về đào tạo cán bộ", "nhất là trong đào tạo cán bộ"
_TOPIC_WORD: Final = re.compile(r"\b(?:về|trong) $")
# (round 44) a seminar held with a partner: "phối hợp với Đại sứ quán X tổ chức hội thảo ..." (the cooperation's, the
# coordination's event: events_joint), no hosting of its own
_COORDINATED_BEFORE: Final = re.compile(r"\bphối hợp với [^.;:\n]{2,100}$")
# (round 44) a country's candidate status for accession, no seat elected: "được công nhận là nước ứng cử viên"
_ACCESSION_CANDIDATE: Final = re.compile(r"\bnước ứng cử viên\b")
# (round 44) the minutes signed, not the talks: "hai bên ký Biên bản hội đàm về hợp tác năm 2025" (the signing's)
_MINUTES: Final = re.compile(r"\bbiên bản $")
# (round 44) a text signed before and now carried out: "triển khai Biên bản ghi nhớ đã ký", "theo thỏa thuận đã được ký"
_CARRIED_OUT: Final = re.compile(
    r"\b(?:theo|triển khai|thực hiện|trên cơ sở|căn cứ|cụ thể hóa)(?: các| những)? (?:bản ghi nhớ|biên bản ghi nhớ"
    r"|biên bản|thỏa thuận|thoả thuận|hiệp định|văn kiện|kế hoạch|văn bản|nghị định thư)[^,.;:()]{0,40}? (?:đã|đã được) $"
)
_ACCESSION_TALKS: Final = re.compile(r"\b(?:đàm phán|tiến trình) $")


# (round 95: not a date range's "đến / tới", "Từ ngày 14 đến 16/1, Đại sứ làm việc với ...")
_ON_A_VISIT: Final = re.compile(r"\b(?:sang|tới(?! \d)|đến(?! \d)|thăm|chuyến công tác|đoàn công tác)\b")


def not_an_event(low: str, h: Hit, s0: int, index=None) -> bool:
    """Triggers that state no event: a war named as a time ("sau chiến tranh"), negotiations left ("rút
    khỏi đàm phán": the leaving is the event), the policy slogan "hòa bình, hợp tác và phát triển", and
    relations that are only an article's topic ("Bài viết phân tích quan hệ Việt Nam – Ấn Độ ...")."""
    kind, ts = h.trigger.kind, h.start
    if non_act(low, h, s0):
        return True  # a visit restated, "cùng nộp đơn": no act of their own (events_non_acts, round 51)
    if kind is K.CONFLICT:
        return _TIME_WORD.search(low, max(0, ts - 20), ts) is not None
    if kind is K.AID and _MISSION_NAMED.search(low, max(0, ts - 12), ts):
        return True  # "Phái bộ Hỗ trợ của Liên hợp quốc tại X", "Nhóm hỗ trợ chuyển tiếp": a body's name (round 35)
    if kind is K.AID and _OFFICE_NAMED.search(low, max(0, ts - 30), ts):
        return True  # "Ủy ban Hỗ trợ phát triển (DAC)": a body's name (round 44)
    if kind is K.AID and _TERROR_FUNDED.match(low, h.end):
        return True  # "điều tra tài trợ khủng bố": the financing fought (round 44)
    if h.trigger.name == "aid_training" and _TOPIC_WORD.search(low, max(0, ts - 6), ts):
        return True  # "hợp tác về đào tạo cán bộ": training the topic, no aid (round 44)
    if (
        kind is K.HOST
        and _ACTIVITY_HELD.match(low, ts)
        and _COORDINATED_BEFORE.search(low, max(s0, ts - 110), ts)
    ):
        return True  # "phối hợp với JICA tổ chức hội thảo": held together, no host of its own (round 44)
    if h.trigger.name == "candidacy" and _ACCESSION_CANDIDATE.search(low, max(0, ts - 5), h.end + 1):
        return True  # "được trao quy chế nước ứng cử viên": a status for joining (round 44)
    if kind is K.CONSULT and _MINUTES.search(low, max(0, ts - 10), ts):
        return True  # "ký Biên bản hội đàm": a document's name (round 44)
    if h.trigger.name == "sign" and _CARRIED_OUT.search(low, max(s0, ts - 90), ts):
        return True  # "triển khai Biên bản ghi nhớ đã ký": signed before, carried out now (round 44)
    if kind is K.MEMBERSHIP_JOIN and _ACCESSION_TALKS.search(low, max(0, ts - 20), ts):
        return True  # "mở đàm phán gia nhập EU": the talks, no joining (round 44)
    if kind is K.AGREEMENT_NEGOTIATE:
        return _LEFT.search(low, max(0, ts - 30), ts) is not None
    if kind is K.MEMBERSHIP_JOIN and _CANDIDATE.search(low, max(0, ts - 30), ts):
        return True  # "trở thành ứng cử viên gia nhập EU", "nộp đơn xin gia nhập": a candidacy, no joining
    if h.trigger.name == "candidacy" and (backed := _BACKED.search(low, max(s0, ts - 45), ts)):
        clause_at = max(low.rfind(c, s0, backed.start()) for c in ",;:")
        if not _ASKED.search(low, max(s0, clause_at + 1, backed.start() - 60), backed.start()):
            return True  # "Bhutan đã ủng hộ Việt Nam ứng cử ...": a partner's support given (round 91)
    if h.trigger.name == "candidacy" and backed_candidacy(low, h.end):
        return True  # "Ứng cử của Việt Nam đã được các nước ASEAN ủng hộ": the support given (round 170)
    if h.trigger.name == "candidacy" and _TO_JOIN.match(low, h.end):
        return True  # "ứng cử viên gia nhập EU": a candidate to join, no seat elected
    if kind is K.AGREEMENT_RATIFY and _PLAN_OBJECT.match(low, h.end):
        return True  # "Phê duyệt Kế hoạch kỷ niệm ...", "phê duyệt đề án": a plan approved, no treaty
    if h.trigger.name == "ratify_pass":  # "Quốc hội Nhật Bản thông qua hiệp định": only a parliament ratifies
        return _PARLIAMENT.search(low, max(s0, ts - 60), ts) is None
    if kind is K.AGREEMENT_SIGN and _DESCRIBED.search(low, max(s0, ts - 90), ts):
        return True  # "VIFTA là hiệp định ... đầu tiên Israel ký với ...": what it is, not a signing
    if kind is K.HOST and _CONTRIBUTE.search(low, max(0, ts - 20), ts):
        return True  # "góp phần tổ chức thành công Hội nghị ...": helping another host
    if h.trigger.name == "consult_work_body":  # "sang Thái Lan làm việc với Bộ ...": the visit's own part
        return _ON_A_VISIT.search(low, max(s0, ts - 100), ts) is not None
    if h.trigger.name == "coordinate" and co_held_meeting(low, h.end, min(len(low), h.end + 160)):
        return False  # "phối hợp với phía bạn tổ chức kỳ họp ...": the meeting held together (events_joint)
    if h.trigger.name == "coordinate":  # "phối hợp với Cam-pu-chia hoàn thành ký ...": the manner of that act
        stop = _CLAUSE_STOP.search(low, h.end, h.end + 160)
        tail = low[h.end : stop.start() if stop else h.end + 160]
        cut = _CONTRIBUTE_AFTER.search(tail)  # "..., góp phần tổ chức ...": what it leads to, not its manner
        if cut and _COMPLETING.search(tail, 0, cut.start()):
            cut = None  # "phối hợp với X hoàn tất thủ tục để Y gia nhập": the joining's procedure, its manner
        tail = tail[: cut.start()] if cut else tail
        first = first_task_end(low, index, h.end, tail) if index is not None else -1
        later = scan(tail[:first] if first >= 0 else tail)  # (a second task's act is no manner of the first)
        held = _ACTIVITY_HELD.search(tail)  # (round 204: the activity held with the partner, its topic after)
        return any(
            x.trigger.name not in _NO_MANNER  # (a seminar organised: the act)
            and not (
                (x.trigger.kind is K.HOST or x.trigger.name == "aid_course")
                and _ACTIVITY_HELD.match(tail, x.start)
            )  # (round 30; round 204: a course held)
            and not (
                held is not None
                and x.start >= held.end()
                and _ACTIVITY_TOPIC.match(tail, held.end(), x.start)
            )
            and not _SETTING_BEFORE.search(tail, 0, x.start)  # (round 143)
            and not requested(tail, 0, x.start)
            and not (index is not None and _in_name(index, h.end + x.start))  # "Diễn đàn Hợp tác Á – Âu"
            for x in later  # ("phối hợp với EU vận động các nước sớm phê chuẩn": the request is the manner)
        )
    if (
        h.trigger.name == "peacekeeping_serve"
    ):  # only a peacekeeping unit's service: "Bệnh viện dã chiến ... làm
        return _PEACEKEEPER.search(low, max(s0, ts - 90), ts) is None  # nhiệm vụ tại ...", not anyone's duty
    if h.trigger.name == "accede":  # "các Bên tham gia Công ước khung": the parties, no accession told
        # ("X không phải là bên tham gia Công ước": not a party, no accession either; round 35)
        return bool(
            _PARTICIPANTS.search(low, max(0, ts - 30), ts) or _NOT_PARTY.search(low, max(0, ts - 30), ts)
        )
    if h.trigger.name == "join_take_part":  # "các nước tham gia Hội nghị Cấp cao Đông Á": who takes part
        # "tham gia ARF ngay từ phiên họp đầu tiên": attending its sessions from the start, no joining told
        return bool(_PARTICIPANTS.search(low, max(0, ts - 30), ts) or _FROM_SESSION.match(low, h.end))
    if kind is K.COOPERATE and (_SLOGAN.match(low, max(0, ts - 11)) or _SLOGAN.match(low, ts)):
        return True
    if (
        kind is K.COOPERATE
        and low.endswith("về ", max(s0, ts - 3), ts)
        and _MEETING_TOPIC.search(low, max(s0, ts - 40), ts)
    ):
        return True  # "chủ trì phiên thảo luận mở về hợp tác giữa LHQ và ...": the topic of a meeting, no act
    if kind is K.COOPERATE and AGREEMENT_NOUN_CUE.search(" ".join(low[max(s0, ts - 60) : ts].split()[-5:])):
        return True  # "Bản ghi nhớ về hợp tác giữa X và Y được ký": the topic of an agreement (then X, Y are the signing's)
    if kind in (K.RELATIONS, K.COOPERATE):  # "(Tóm tắt:) Bài viết phân tích quan hệ ..."
        return _TOPIC.match(low, s0) is not None
    return False


def _in_name(index, pos: int) -> bool:
    """Is ``pos`` inside an actor's name (a word of "Diễn đàn Hợp tác Á – Âu" is no act)?"""
    return any(m.start <= pos < m.end for m in index.between(max(0, pos - 80), pos + 80))


_TASK_BREAK: Final = re.compile(r",\s|\s(?:và|rồi|đồng thời)\s")
_PARTNER_GAP: Final = re.compile(r"\s*(?:,|và|cùng|/)\s*")


def first_task_end(low: str, index, te: int, tail: str) -> int:
    """Where the first task after "phối hợp với <partner>" ends in ``tail`` (the text from ``te``): the first ", " or
    "và" after the partner's names ("phối hợp với phía bạn tổ chức các hoạt động kỷ niệm và chuẩn bị các chuyến
    thăm ..."), else -1 (no partner named right after it)."""
    ms = index.between(te, te + len(tail))
    if not ms or ms[0].start - te > 40 or not low.startswith(" với", te):
        return -1
    end = ms[0].end
    for m in ms[1:]:
        if m.start < end:
            continue
        if not _PARTNER_GAP.fullmatch(low, end, m.start):
            break
        end = m.end  # "với Nhật Bản và Ấn Độ chuẩn bị ...": the partners' list
    b = _TASK_BREAK.search(tail, end - te)
    return b.start() if b else -1


_FROM_SESSION: Final = re.compile(
    r" [^,.;:()]{1,40}? (?:ngay )?từ (?:phiên họp|hội nghị|kỳ họp|cuộc họp|phiên) (?:đầu tiên|thứ nhất|khai mạc)\b"
)
_PARLIAMENT: Final = re.compile(r"\b(?:quốc hội|nghị viện|thượng viện|hạ viện|quốc vụ viện)\b")
_DESCRIBED: Final = re.compile(
    r"\blà (?:một |bản )?(?:hiệp định|hiệp ước|thỏa thuận|văn kiện)\b[^,;:()]{0,60}?\b(?:đầu tiên|duy nhất|thứ \w+)"
    r"[^,;:()]{0,40}$"
)
