"""Clause-level rules of the events stage that generalise beyond the seeds (see docs/decisions.md, "Events").

* :func:`not_an_event`: triggers that state no event ("sau chiến tranh", "rút khỏi đàm phán", the slogan
  "hòa bình, hợp tác và phát triển", an article's topic "Bài viết phân tích quan hệ ...").
* :func:`in_capitalised_name`: a capitalised treaty name is one unit ("Hiệp ước Hữu nghị và Hợp tác").
* :func:`coordinated_dates`: "năm 2010 và năm 2020" gives one event per date.
* :func:`resolve_same_time`: "cùng ngày", "Trong chuyến thăm, ..." take an earlier event's date ("cùng năm" its
  year, "cùng tháng" its month).
* :func:`agreement_before` / :func:`inner_parties`: passives with the parties inside a name.
* :func:`relative_roles`: "lệnh cấm vận mà Hoa Kỳ áp đặt đối với Cu-ba": the agent after "mà".
* :func:`standing`: "Việt Nam và Cu-ba luôn ủng hộ lẫn nhau": a standing state, undated and ongoing; a past state
  ("Sau chiến tranh, ... trong nhiều năm") occurred.
* :func:`restated`: an undated restatement ("Cu-ba là nước đầu tiên thiết lập quan hệ với Việt Nam") is
  the event dated where it was first told, not one of the document's date.
"""

from __future__ import annotations

import re

from doingoai.extract import gazetteer
from doingoai.extract.dates_visits import past_in_plan, visit_months, visit_under_way
from doingoai.extract.events_agreed import AGREED_KINDS, NOT_UNTIL, agreed_to
from doingoai.extract.events_context import Context, compatible
from doingoai.extract.events_groups import AGREEMENT_NOUN_CUE
from doingoai.extract.events_joint import co_held_meeting
from doingoai.extract.events_later_clause import again_after, invitation_fell_through, meeting_to_come
from doingoai.extract.events_merge import Draft
from doingoai.extract.events_news import COMPLETED, closing_dated, news_dated
from doingoai.extract.events_tasks import requested, same_time_as_named
from doingoai.extract.events_when import at_meeting
from doingoai.extract.members import members
from doingoai.extract.rx_boundary import WORD_START
from doingoai.extract.triggers import Hit, scan
from doingoai.model import EventKind, Status

ST = members(Status)  # (plain attribute reads: see extract/members.py)

K = members(EventKind)  # (plain attribute reads: see extract/members.py)

_TIME_WORD = re.compile(r"(?:\b(?:sau|trước|từ sau|kể từ sau|thời|thời kỳ|thời hậu|hậu|giai đoạn)\s+)$")
# ... or concluded in a signed text ("ký văn bản kết thúc đàm phán": the signing is the event)
_LEFT = re.compile(
    r"(?:\b(?:(?:rút|rút lui|rời|ra) khỏi|(?:văn bản|biên bản|thỏa thuận|nghị định thư) (?:kết thúc|hoàn tất))"
    r"(?: các| cuộc| các cuộc| tiến trình| vòng)?\s+)$"
)
# a noun phrase "các nước tham gia X", "12 nền kinh tế thành viên tham gia X" names participants, no joining
_PARTICIPANTS = re.compile(
    r"(?:\b(?:các|những|mọi|\d+)\s+(?:nước|quốc gia|nền kinh tế|bên|đoàn|đại biểu|đối tác|thành viên|lực lượng)"
    r"(?:\s+thành viên)?|\bnước thành viên)\s+(?:đã\s+|đang\s+)?$"
)
_CANDIDATE = re.compile(WORD_START + r"(?:ứng cử viên|ứng viên|(?:đơn )?xin)\s+(?:chính thức\s+)?$")
_TO_JOIN = re.compile(r"\s+(?:để\s+)?(?:gia nhập|trở thành thành viên)\b")
_PLAN_OBJECT = re.compile(
    r"\s+(?:(?:bản|các|những)\s+)?(?:kế hoạch|đề án|chương trình|quy hoạch|dự án|danh sách|chủ trương|báo cáo"
    r"|dự toán|phương án|chiến lược|nhiệm vụ|quy chế|điều lệ)\b"
)
# later triggers that are no manner of a coordination ("..., đồng thời phấn đấu mở rộng thương mại": a second task)
_NO_MANNER = ("join_take_part", "coordinate", "consult_discuss", "trade_grow")
_CLAUSE_STOP = re.compile(r"[.;:\n]")
_CONTRIBUTE = re.compile(r"\bgóp phần (?:vào )?(?:việc )?$")
# what the coordination leads to, not its manner: "..., góp phần tổ chức ...", "rà soát pháp lý để sớm ký ..." (a
# purpose after the coordination's own task: the coordination is the event, the purpose a later one)
_PEACEKEEPER = re.compile(
    r"\b(?:bệnh viện dã chiến|đội công binh|sĩ quan(?: gìn giữ hòa bình)?|lực lượng gìn giữ hòa bình"
    r"|quân nhân gìn giữ hòa bình|(?:đội|đơn vị) (?:công binh|quân y|bộ binh))\b[^.;:!?]*$"
)
_COMPLETING = re.compile(r"\b(?:hoàn tất|hoàn thành|kết thúc)\b")
_CONTRIBUTE_AFTER = re.compile(r",? góp phần\b|\S \b(?:để|nhằm|tiến tới)\b")
_MEETING_TOPIC = re.compile(
    r"\b(?:phiên(?: họp| thảo luận)?(?: mở)?|thảo luận mở|cuộc thảo luận|hội thảo|tọa đàm|toạ đàm|chủ đề|đề tài)"
    r"(?: (?:chuyên đề|quốc tế|khoa học|cấp cao))? về $"
)
_SLOGAN = re.compile(r"hòa bình,\s*hợp tác và phát triển|hợp tác và phát triển\b")
_TOPIC = re.compile(
    r"\s*(?:(?:tóm tắt|abstract)\s*[:.]?\s*)?(?:bài viết|bài báo|nghiên cứu này|tham luận|chuyên đề|cuốn sách|luận án|luận văn"
    r"|báo cáo(?: này)?(?= (?:phân tích|trình bày|đánh giá|khảo sát|tìm hiểu|làm rõ|tổng quan)))\b"  # (a report's topic)
)


_CAP_NOUN = re.compile(
    r"(?:Hiệp định|Hiệp ước|Công ước|Nghị định thư|Thỏa thuận|Thoả thuận|Bản ghi nhớ|Tuyên bố chung|Hiến chương)"
    r"(?: khung)?(?: về| về việc)? [A-ZĐÀ-Ỹ](?:[^,.;:()“”\"]|, [A-ZĐÀ-Ỹ])*$"  # "Hiệp định khung về Đối tác và Hợp tác
    # toàn diện", "Hiệp ước Hòa bình, Hữu nghị và Hợp tác"
)
_OUT_OF_NAME = re.compile(r" (?:với|của|cho|giữa|tại|ở|được|đã|năm|ngày|nhằm|để) ")


def in_capitalised_name(text: str, s0: int, pos: int) -> bool:
    """Is the capitalised word at ``pos`` inside a capitalised agreement name that started shortly before it
    ("Hiệp ước Hữu nghị và Hợp tác", "Hiệp định về Hợp tác Kinh tế")?"""
    head = text[max(s0, pos - 60) : pos]
    m = _CAP_NOUN.search(head)
    return m is not None and _OUT_OF_NAME.search(head, m.start()) is None


def not_an_event(low: str, h: Hit, s0: int, index=None) -> bool:
    """Triggers that state no event: a war named as a time ("sau chiến tranh"), negotiations left ("rút
    khỏi đàm phán": the leaving is the event), the policy slogan "hòa bình, hợp tác và phát triển", and
    relations that are only an article's topic ("Bài viết phân tích quan hệ Việt Nam – Ấn Độ ...")."""
    kind, ts = h.trigger.kind, h.start
    if kind is K.CONFLICT:
        return _TIME_WORD.search(low, max(0, ts - 20), ts) is not None
    if kind is K.AGREEMENT_NEGOTIATE:
        return _LEFT.search(low, max(0, ts - 30), ts) is not None
    if kind is K.MEMBERSHIP_JOIN and _CANDIDATE.search(low, max(0, ts - 30), ts):
        return True  # "trở thành ứng cử viên gia nhập EU", "nộp đơn xin gia nhập": a candidacy, no joining
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
        return any(
            x.trigger.name not in _NO_MANNER  # (a seminar organised: the act)
            and not requested(tail, 0, x.start)
            and not (index is not None and _in_name(index, h.end + x.start))  # "Diễn đàn Hợp tác Á – Âu"
            for x in later  # ("phối hợp với EU vận động các nước sớm phê chuẩn": the request is the manner)
        )
    if (
        h.trigger.name == "peacekeeping_serve"
    ):  # only a peacekeeping unit's service: "Bệnh viện dã chiến ... làm
        return _PEACEKEEPER.search(low, max(s0, ts - 90), ts) is None  # nhiệm vụ tại ...", not anyone's duty
    if h.trigger.name == "accede":  # "các Bên tham gia Công ước khung": the parties, no accession told
        return bool(_PARTICIPANTS.search(low, max(0, ts - 30), ts))
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


_TASK_BREAK = re.compile(r",\s|\s(?:và|rồi|đồng thời)\s")
_PARTNER_GAP = re.compile(r"\s*(?:,|và|cùng|/)\s*")


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


_FROM_SESSION = re.compile(
    r" [^,.;:()]{1,40}? (?:ngay )?từ (?:phiên họp|hội nghị|kỳ họp|cuộc họp|phiên) (?:đầu tiên|thứ nhất|khai mạc)\b"
)
_PARLIAMENT = re.compile(r"\b(?:quốc hội|nghị viện|thượng viện|hạ viện|quốc vụ viện)\b")
_DESCRIBED = re.compile(
    r"\blà (?:một |bản )?(?:hiệp định|hiệp ước|thỏa thuận|văn kiện)\b[^,;:()]{0,60}?\b(?:đầu tiên|duy nhất|thứ \w+)"
    r"[^,;:()]{0,40}$"
)
_DATE_AND = re.compile(r"\s*(?:,|và|,\s*và)\s*(?:(?:năm|nhiệm kỳ|khóa|tháng)\s+)?")


SAME_TIME = "="  # a date to take from an earlier event ("cùng ngày", "Trong chuyến thăm, ...")
# then "Y" or "M" when the cue gives a year or a month ("cùng năm", "cùng tháng"), then the fallback date
_PRECISION = {"Y": 4, "M": 7}
AT_MEETING = "@"  # (after SAME_TIME) the date of the visit or talks just before, else the fallback after it


def _to_precision(value: str, prec: str) -> str:
    """ "1995-07-12" cut to a year ("Y") or a month ("M"); intervals and coarser dates are kept."""
    n = _PRECISION.get(prec)
    if n is None or "/" in value or len(value) <= n or not value[:4].isdigit():
        return value
    return value[:n] if n == 4 or value[5:7].isdigit() else value


def resolve_same_time(ctx: Context, low: str, drafts: list[Draft]) -> list[Draft]:
    """Drafts dated "the same time" take the date of the nearest earlier event (this paragraph or the one before,
    with a blank block between them at most): of their own
    kind ("EVIPA được ký cùng ngày" after the EVFTA signing), else a visit ("Trong chuyến thăm, ..."),
    else the last date written before them. Then undated restatements join their event (:func:`restated`)."""
    from doingoai.extract.events_meeting import meeting_keys  # (it imports events_merge, as this module does)

    drafts = meeting_keys(ctx, low, drafts)  # two meetings hosted for one organisation stay two events
    if not any(d.date.startswith(SAME_TIME) for d in drafts):
        return visit_months(ctx, restated(ctx, drafts))  # acts at a visit: its month (dates_visits)
    out: list[Draft] = []
    for i, d in enumerate(drafts):
        named = same_time_as_named(ctx, low, d, drafts) if d.date.startswith(SAME_TIME) else None
        if named is not None:  # "ký cùng ngày với EVFTA": that agreement's date (events_tasks)
            d = d._replace(date=named)
        elif d.date.startswith(SAME_TIME):
            block = ctx.block_index(d.sentence[0]) or 0
            before = [
                e
                for e in drafts[:i]
                if e.date
                and not e.date.startswith(SAME_TIME)
                and e.sentence[0] < d.sentence[0]
                and block - 2 <= (ctx.block_index(e.sentence[0]) or 0) <= block
            ]  # this or the paragraph before
            rest = d.date[len(SAME_TIME) :]
            if rest.startswith(AT_MEETING):  # "Hai bên nhất trí ...": the meeting's date
                rest = rest[len(AT_MEETING) :]
                met = [e for e in before if e.kind in (K.VISIT, K.CONSULT)]  # the latest, not a past one told
                pick = (
                    max(met, key=lambda e: e.date) if met else None
                )  # in between ("từng thăm ... năm 1959")
            else:
                pick = at_meeting(low, d.sentence[0], before)  # "Tại hội nghị, ...": that meeting's date
                if pick is None:
                    pick = next((e for e in reversed(before) if e.kind is d.kind), None)
            if pick is None and "chuyến thăm" in low[d.sentence[0] : d.sentence[0] + 40]:
                pick = next((e for e in reversed(before) if e.kind is K.VISIT), None)
            prec = rest[:1] if rest[:1] in _PRECISION else ""
            d = d._replace(date=_to_precision(pick.date if pick is not None else rest[len(prec) :], prec))
        out.append(d)
    return visit_months(ctx, restated(ctx, out))


# kinds that happen once for a set of parties: a restatement anywhere in the document is the same event
_ONCE = frozenset({K.RELATIONS_ESTABLISH, K.MEMBERSHIP_JOIN, K.MEMBERSHIP_LEAVE})


def restated(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """A draft whose date is only inferred (the section's or the document's) and that states again an event
    dated elsewhere in the document (same kind, same parties; for what happens once for them: establishing
    relations, joining or leaving) loses the inferred date, so that the merge joins it to the dated event:
    "Ngày 2/12/1960, Việt Nam và Cu-ba thiết lập quan hệ ngoại giao. Cu-ba là nước Mỹ La-tinh đầu tiên thiết
    lập quan hệ ngoại giao với Việt Nam." (in a document dated 2020) is one event of 1960."""
    dated = [d for d in drafts if d.explicit and d.date and d.kind in _ONCE]
    by_sentence: dict[tuple[int, int], list[Draft]] = {}
    # "khởi động đàm phán từ tháng 12/2015 và đã trải qua nhiều phiên đàm phán": an undated trigger in the
    # sentence of a dated one restates it, whatever the kind
    for d in drafts:
        if d.explicit and d.date:
            by_sentence.setdefault(d.sentence, []).append(d)
    if not by_sentence:
        return drafts
    out: list[Draft] = []
    for d in drafts:
        if not d.explicit and d.date and (d.kind in _ONCE or d.sentence in by_sentence):
            for e in (dated if d.kind in _ONCE else []) + by_sentence.get(d.sentence, []):
                if not compatible(d.date, e.date) and _same_parties(d, e):
                    d = d._replace(date="")
                    break
        out.append(d)
    return out


def _same_parties(a: Draft, b: Draft) -> bool:
    """Same kind, both asserted (or both planned, or both negated), and the same parties."""
    if (
        a.kind is not b.kind
        or (a.status in _ASSERTED) != (b.status in _ASSERTED)
        or (a.status not in _ASSERTED and a.status is not b.status)
    ):
        return False
    if a.kind.symmetric:
        agr_a, agr_b = dict(a.attrs).get("agreement"), dict(b.attrs).get("agreement")
        if agr_a and agr_b:
            return agr_a == agr_b
        return set(a.actors) | set(a.recipients) == set(b.actors) | set(b.recipients)
    return bool(set(a.actors) & set(b.actors)) and (
        bool(set(a.recipients) & set(b.recipients)) or not (a.recipients or b.recipients)
    )


_ASSERTED = (Status.OCCURRED, Status.ONGOING)
_DURATIVE = frozenset({K.RELATIONS, K.COOPERATE, K.AID, K.SUPPORT, K.SANCTION, K.CONFLICT})
# a state that holds, not an act at a time: "luôn ủng hộ", "không ngừng được củng cố", "hiện là nhà tài trợ"
_CLAUSE_END = re.compile(r"[.;:!?\n]")
# a state that held in the past, not now: "Sau chiến tranh, ...", "... trong nhiều năm" (not "nhiều năm qua/liền")
PAST_STATE = re.compile(
    r"\b(?:sau (?:cuộc |khi )?(?:chiến tranh|kháng chiến|giải phóng|thống nhất)|(?:trong|suốt) (?:nhiều|mấy|những"
    r"|hàng chục|vài) (?:năm|thập kỷ|thập niên)(?! (?:liền|qua|nay|gần đây|trở lại))|những năm \d|thập niên \d)"
)
HABITUAL = re.compile(
    r"\b(?:luôn luôn|luôn|không ngừng|ngày càng|thường xuyên|từ lâu|lâu nay|hiện nay|(?<!thực )(?<!thể )(?<!xuất )"
    r"(?<!phát )hiện|vẫn|mãi mãi|trước sau như một|thủy chung|thuỷ chung|duy trì|tiếp tục|đang"
    r"|hằng năm|hàng năm(?! trời)|mỗi năm|thường niên|định kỳ)\b"
)
# a state a report's period kept up, not one told as its result ("quan hệ ... duy trì ổn định": occurred in it)
_KEPT = re.compile(
    r"\b(?:tiếp tục|vẫn|đang|hiện nay|(?<!thực )(?<!thể )(?<!xuất )"
    r"(?<!phát )hiện)\b"
)
# (kept up through a report's period, not an article's range of years)
_KEPT_KINDS = frozenset({K.RELATIONS, K.COOPERATE, K.AID, K.SUPPORT})
# a statement made at a meeting the document reports (a news page): the act is dated by the document
_AGREED = re.compile(r"\b(?:nhất trí|thống nhất|cam kết|tuyên bố|tuyên bố chung|bày tỏ|khẳng định)\b")
# a process still going on, said after its noun: "đàm phán về vấn đề này vẫn đang tiếp tục"
_STILL = re.compile(
    r"[^.;:!?\n,]{0,60}?\b(?:vẫn đang|vẫn|đang) (?:tiếp tục|tiến hành|diễn ra|được tiến hành)\b"
)
_WORD = re.compile(r"\w*")
# a modal governs the verbs coordinated after it up to the next comma: "cần sớm hoàn tất A và mở rộng B"
_MODAL = re.compile(
    r"\b(?:sẽ|cần phải|cần sớm|cần(?! thiết)|(?<!đã )(?<!không )(?<!buộc )(?<!đành )phải(?! (?:đối mặt|đối diện|chịu|gánh|trải qua|là))|dự kiến|dự định)"
    r"\s(?:(?!\b(?:đã|đang|vừa|từng|kỷ niệm)\b)[^,;.:!?()])*$"  # (not past a tense: "sẽ A và X đã ký B")
)
# an anniversary with its subject before the verb remembered: the remembered event happened
_REMEMBERED = re.compile(r"\bkỷ niệm (?:lần thứ )?\d{1,3} năm (?:ngày )?(?:[^\W\d_]+[ -]){1,5}$")


_MODAL_WORD = re.compile("sẽ|cần|phải|dự kiến|dự định")  # _MODAL's pre-check (its alternatives' words)
_STILL_WORD = re.compile("vẫn|đang")  # _STILL's pre-check: one of them starts within 60 characters


def _word_end(low: str, ts: int) -> int:
    return _WORD.match(low, ts).end()  # type: ignore[union-attr]


def _still(low: str, pos: int) -> bool:
    """``_STILL.match(low, pos)``, tried only where "vẫn" or "đang" starts within its reach."""
    return _STILL_WORD.search(low, pos, pos + 64) is not None and _STILL.match(low, pos) is not None


def standing(
    ctx: Context, low: str, kind: EventKind, status: Status, date: str, explicit: bool, c0: int, ts: int
) -> tuple[Status, str]:
    """Status and date of a relation, cooperation, aid, support, sanction or conflict the text gives no date
    for, in a document that covers no period (an article, a news page, a Party outline: its own date is when
    it was written, not when what it tells happened; a report on "6 tháng đầu năm 2020" or an article on
    "1975 đến 1985" does date what it tells). Undated: "" (SCHEMA.md). A standing state ("Việt Nam và Cu-ba
    luôn ủng hộ lẫn nhau", "hai nước duy trì hợp tác") is ongoing; a completed act ("đã giúp") occurred."""
    status = past_in_plan(ctx, low, status, date, explicit, c0, ts)  # a task list's past fact (dates_visits)
    status = visit_under_way(low, kind, status, date, c0, ts)  # "người đang thăm ...": occurred
    if kind is K.VISIT and status is not Status.NEGATED and invitation_fell_through(low, c0, ts):
        return Status.NEGATED, date  # "mời đoàn X sang dự ... nhưng X từ chối" (events_later_clause)
    if kind is K.CONSULT and status is Status.OCCURRED and meeting_to_come(low, ts, _word_end(low, ts)):
        # "Cuộc gặp giữa A và B dự kiến diễn ra vào tháng 2/2019" (events_later_clause)
        status = Status.PLANNED
    lo = max(c0, ts - 120)
    if (
        status is not ST.NEGATED
        and status is not ST.PLANNED
        and kind in AGREED_KINDS
        and agreed_to(low, c0, ts, ctx._mention_starts)  # (a name after a comma: a clause of its own)
    ):
        status = ST.PLANNED  # "Hai bên nhất trí phối hợp chặt chẽ tại Liên hợp quốc": agreed, to be done
    if (
        status is ST.OCCURRED
        and _MODAL_WORD.search(low, lo, ts)
        and _MODAL.search(low, lo, ts)
        and not NOT_UNTIL.search(low, lo, ts)  # "phải đến tháng 5/2023 Bru-nây mới phê chuẩn": done then
    ):
        status = ST.PLANNED  # "hai bên cần sớm hoàn tất việc phê chuẩn EVIPA và mở rộng hợp tác ..."
    if status is ST.PLANNED and not explicit and date and date == ctx.opening_date(ctx.block_index(ts)):
        return status, ""  # a plan is not dated by the date a narrative paragraph opens with
    if status is ST.PLANNED and explicit and _REMEMBERED.search(low, max(c0, ts - 60), ts):
        return ST.OCCURRED, date  # "Tổ chức kỷ niệm 15 năm Việt Nam gia nhập ASEAN (28/7/1995 – ...)"
    if status is ST.OCCURRED and _still(low, _word_end(low, ts)):
        return ST.ONGOING, date if explicit else ""  # "đàm phán về vấn đề này vẫn đang tiếp tục"
    reported = ctx.covered and "/" not in ctx.period
    if reported and not explicit and status is ST.OCCURRED and kind in _KEPT_KINDS:
        stop = _CLAUSE_END.search(low, ts, ts + 160)
        kept = _KEPT.search(low, max(c0, ts - 60), stop.start() if stop else ts + 160)
        # a report's "Tỉnh tiếp tục duy trì quan hệ ...": kept up through its period; "hiện": undated
        if kept:
            return ST.ONGOING, "" if kept.group(0).startswith("hiện") else date
    if status is not ST.OCCURRED and status is not ST.ONGOING or explicit or ctx.covered:
        return status, date  # (an ongoing one, "luôn ủng hộ", is undated below as an occurred one is)
    if date and date == ctx.period and closing_dated(ctx) and not COMPLETED.search(low, max(c0, ts - 60), ts):
        return status, date  # "Phía Đan Mạch ủng hộ ..." in a joint statement "Làm năm 2013": said that day
    if kind not in _DURATIVE:  # a visit, a signing, ... the text does not date: the date of a news page only
        dated = date and date == ctx.period and news_dated(ctx, low, c0, ts)
        return (status, date) if dated or date != ctx.period else (status, "")
    if date and date != ctx.period:
        return status, date  # the paragraph's opening date or the section's: written in the text
    near = low[max(c0, ts - 60) : ts]
    if _AGREED.search(near):
        return (
            status,
            date,
        )  # "Hai bên nhất trí tăng cường hợp tác": an agreement made when the text was written
    stop = _CLAUSE_END.search(low, ts, ts + 160)
    clause = low[max(c0, ts - 60) : stop.start() if stop else ts + 160]
    if HABITUAL.search(clause):  # a continuing state: "luôn ủng hộ", "không ngừng được củng cố"
        return ST.ONGOING, ""
    if kind is K.CONFLICT or COMPLETED.search(clause) or PAST_STATE.search(clause):
        return status, ""  # past: "đã giúp", "Sau chiến tranh, ... cấm vận ... trong nhiều năm"
    return ST.ONGOING, ""  # a state told in the present: "Việt Nam hợp tác giúp Cu-ba ..."


# after a date, a word that is not "và" / "và năm": a subject and its verb follow, the date opens their clause
_CLAUSE_OPENS = re.compile(r" (?!và\b|cùng\b|với\b)[^\W\d_]")


def coordinated_dates(ctx: Context, low: str, value: str, te: int, s1: int) -> list[str]:
    """Dates coordinated with the event's date: "năm 2010 và năm 2020", "nhiệm kỳ 2008 – 2009 và nhiệm kỳ
    2020 – 2021", "Năm APEC 2006 và Năm APEC 2017" (the same words around each date)."""
    ds = ctx.dates_in(te, min(s1, te + 200))
    i = next((j for j, d in enumerate(ds) if d.value == value), -1)
    if i < 0:
        return []
    out: list[str] = []
    prev = ds[i]
    for d in ds[i + 1 :]:
        gap = low[prev.end : d.start]
        if not (_DATE_AND.fullmatch(gap) or _same_frame(low, prev, d, gap)):
            break
        if "và" not in gap and _CLAUSE_OPENS.match(low, d.end) and not again_after(low, d.end, s1):
            break  # "... vào tháng 11/1991, năm 1993 hai bên ký ...": the next clause's fronted date (round 23)
        out.append(d.value)
        prev = d
    return out


_VOTES_AFTER = re.compile(r"\s*\(?(?:với |được )?\d{1,3}\s*/\s*\d{1,3} phiếu(?: (?:thuận|ủng hộ))?\)?")


def _same_frame(low: str, a, b, gap: str) -> bool:
    """ "Năm APEC 2006 và Năm APEC 2017": the words before the second date repeat those before the first (each may
    carry its votes: "nhiệm kỳ 2008 – 2009 với 183/190 phiếu và nhiệm kỳ 2020 – 2021")."""
    votes = _VOTES_AFTER.match(gap)
    if votes is not None:
        gap = gap[votes.end() :]
    if not gap.lstrip(" ,").startswith("và "):
        return False
    words = gap.lstrip(" ,")[3:].strip()
    return 0 < len(words) <= 20 and low[max(0, a.start - len(words) - 1) : a.start].strip() == words


PASSIVE_BEFORE = re.compile(r"\bđược (?:chính thức )?$")
_NAME_TAIL = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:(?:đã|cũng|chính thức|sẽ|dự kiến)\s+)*")


def agreement_before(ctx: Context, c0: int, ts: int) -> tuple[str, tuple[str, ...]]:
    """The agreement named as the subject of a passive signing ("Hiệp định ... (EVFTA) được ký"), with
    the parties it brings (its own code when it acts as a group, as in :func:`_agreement`)."""
    found = ctx.agreements_between(c0, ts)
    for m in reversed(found):
        tail = ctx.doc.text[m.end : ts].lower()
        if _NAME_TAIL.fullmatch(tail[: tail.rfind("được")] if "được" in tail else tail):
            e = gazetteer.entry(m.code)
            parties = tuple(e.attr("parties") or ()) if e else ()
            return m.code, parties or (m.code,)
    return "", ()


def inner_parties(
    gs: list, ts: int, te: int, actors: list[str], recips: list[str]
) -> tuple[list[str], list[str]]:
    """Names inside the trigger's own span: "nâng cấp quan hệ Việt Nam – Pháp lên Đối tác": a pair is the
    parties; "nâng cấp quan hệ với Pháp lên ...": the partner receives."""
    for g in gs:
        if g.start < ts or g.end > te:
            continue
        if len(g.codes) >= 2 and g.marker in ("", "giữa"):
            actors = list(actors) + [c for c in g.codes if c not in actors]
        elif g.marker in ("với", "đối với", "giữa", ""):
            recips = recips + [c for c in g.codes if c not in recips]
    return actors, recips


# "(lệnh) cấm vận (kinh tế) mà (chính quyền) Hoa Kỳ ...": the name right after "mà" acts
_RELATIVE_MA = re.compile(r"\bmà\s+(?:chính quyền\s+|chính phủ\s+|giới cầm quyền\s+)?$")
# "... áp đặt đối với / chống (lại) / lên / nhằm vào Cu-ba": the target of the relative clause
_RELATIVE_TARGET = re.compile(
    r"\b(?:đối với|chống|chống lại|lên|nhằm vào|vào|với)\s+(?:nhân dân\s+|nước\s+)?$"
)
_NOMINAL = re.compile(r"\b(?:lệnh|chính sách|cuộc|chiến dịch|hành động|các biện pháp|biện pháp)\s+$")
_RELATIVE_KINDS = frozenset(
    {K.SANCTION, K.SANCTION_LIFT, K.AID, K.SUPPORT, K.PROTEST, K.CONFLICT, K.RETREAT, K.VISIT}
)


def relative_roles(
    text: str, kind: EventKind, post: list, ts: int, te: int
) -> tuple[list[str], list[str]] | None:
    """A nominal action followed by a relative clause names its own agent and target, not the sentence's
    subject ("Việt Nam phản đối lệnh cấm vận mà Hoa Kỳ áp đặt đối với Cu-ba" -> USA -> CUB); so does a
    noun phrase "lệnh cấm vận của Hoa Kỳ đối với Cu-ba". ``text`` is lower-cased; ``post`` the name groups
    after the trigger. None when there is no such clause."""
    if kind not in _RELATIVE_KINDS or not post:
        return None
    agent = post[0]
    gap = text[te : agent.start]
    if agent.start - te > 60 or any(c in gap for c in ";.:"):
        return None
    if _RELATIVE_MA.search(gap) is None and not (
        agent.marker == "của" and agent.start - te <= 25 and _NOMINAL.search(text, max(0, ts - 20), ts)
    ):
        return None
    recips: list[str] = []
    for g in post[1:]:
        between = text[agent.end : g.start]
        if g.start - agent.end > 80 or any(c in between for c in ";.:"):
            break
        if _RELATIVE_TARGET.search(between):
            recips += [c for c in g.codes if c not in agent.codes and c not in recips]
            break
    return list(agent.codes), recips
