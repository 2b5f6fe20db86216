"""Round 40's family of the trigger lexicon (docs/decisions.md, Events, round 40): wordings of foreign-affairs
writing the misses of the working sets had no trigger for. Criticism voiced ("lên tiếng chỉ trích X": a protest),
representations made to a foreign side ("Đại sứ quán giao thiệp với phía bạn": talks), a promotion programme held
or joined abroad ("tổ chức chương trình xúc tiến du lịch tại Xơ-un (Hàn Quốc)": a visit, its country found as a
delegation's is: events_parties), force used to seize a place ("dùng vũ lực chiếm đá X của Y": a conflict),
equipment handed over ("bàn giao thiết bị ... cho cảng X": aid) and volunteers of a foreign agency received
("tiếp nhận 2 tình nguyện viên của JICA": aid). :mod:`doingoai.extract.triggers` puts them before the older
families: each is more specific than the trigger starting at its word.
"""

from __future__ import annotations

from doingoai.extract.trigger_defs import Trigger
from doingoai.extract.vi_regex import NO_WORD as _NO_WORD
from doingoai.model import EventKind as K

_T = Trigger

LEX40: tuple[Trigger, ...] = (
    # criticism voiced against a state or its act: "Đại diện Mỹ và nhiều nước phương Tây đã lên tiếng chỉ trích Nga",
    # "Ba nước chỉ trích các lệnh trừng phạt mà khối này áp đặt" (a protest; not "tự phê bình", not a critic's noun)
    _T(
        "protest_criticise",
        K.PROTEST,
        ("chỉ trích",),
        r"(?:(?:lên tiếng|công khai|cũng|đã|gay gắt|mạnh mẽ) )*(?<!bị )(?<!những lời )(?<!lời )(?<!ý kiến )(?<!sự )chỉ trích(?: gay gắt| mạnh mẽ)?"
        + _NO_WORD,
        back=3,
    ),
    # representations made to a foreign side: "Đại sứ quán Việt Nam tại X giao thiệp với phía bạn", "tiếp tục giao
    # thiệp với phía Ma-lai-xi-a để sớm trả tự do cho ngư dân" (talks with that side); not representations that are
    # the protest told right after them, "giao thiệp với phía X, cực lực phản đối việc ..." (the protest alone, round 116)
    _T(
        "consult_representations",
        K.CONSULT,
        ("giao thiệp",),
        r"giao thiệp(?= với"
        + _NO_WORD
        + r")(?![^.;:\n]{0,60}?,\s*(?:(?:cực lực|kiên quyết|mạnh mẽ|và)\s+)?phản đối)",
    ),
    # a promotion programme held or joined abroad is a visit to the place's country: "Tổ chức chương trình xúc tiến
    # du lịch tại Xơ-un (Hàn Quốc)", "đoàn doanh nghiệp của tỉnh tham gia hoạt động xúc tiến thương mại tại Côn Minh"
    # (the country of the place, as for a delegation sent: events_parties; a conference is "host": promotion)
    _T(
        "visit_promotion",
        K.VISIT,
        ("tổ chức", "tham gia", "tham dự"),
        r"(?:tổ chức|tham gia|tham dự) (?:các |một số |nhiều )?(?:chương trình|hoạt động|sự kiện|tuần lễ|ngày hội)"
        r" xúc tiến(?: (?:thương mại|du lịch|đầu tư|xuất khẩu)(?:,? (?:và )?(?:thương mại|du lịch|đầu tư))?)?"
        r"(?= (?:[^\W\d_]+ ){0,4}?(?:tại|ở) )",
    ),
    # force used to seize a place: "Ngày 14/3/1988, Trung Quốc dùng vũ lực chiếm đá Gạc Ma thuộc quần đảo Trường Sa
    # của Việt Nam", "sử dụng vũ lực chiếm giữ quần đảo Hoàng Sa" (a conflict with the place's owner; "đánh chiếm",
    # "xâm chiếm" alone are the older "conflict")
    _T(
        "conflict_seize",
        K.CONFLICT,
        ("vũ lực",),
        r"(?:dùng|sử dụng) vũ lực (?:để )?(?:chiếm giữ|chiếm đóng|chiếm|đánh chiếm|xâm chiếm)" + _NO_WORD,
        back=1,
    ),
    # equipment handed over by a foreign body is aid: "Cơ quan X của Hoa Kỳ bàn giao thiết bị phát hiện phóng xạ cho
    # cảng Y", "trao tặng 20 xe cứu thương cho tỉnh" (goods "aid_supply" does not list; not a contractor's handover)
    _T(
        "aid_equipment",
        K.AID,
        ("bàn giao", "trao tặng"),
        r"(?<!thầu )(?:bàn giao|trao tặng)(?= (?:các |một số |nhiều |lô |bộ |[\d.,]+ )*(?:thiết bị|máy móc|xe cứu thương"
        r"|phương tiện)" + _NO_WORD + ")",
    ),
    # volunteers or experts sent by a foreign agency and received: "Tiếp nhận 2 tình nguyện viên của Cơ quan Hợp tác
    # quốc tế Nhật Bản (JICA)", "tiếp nhận chuyên gia tình nguyện của KOICA" (aid from the agency's state)
    _T(
        "aid_volunteers",
        K.AID,
        ("tình nguyện viên", "chuyên gia tình nguyện"),
        # (the noun, after the receiving verb: the subject before it receives, events_roles.RECEIVE)
        r"(?:(?<=tiếp nhận )|(?<=đón nhận ))(?:thêm |các |[\d.,]+ )*(?:tình nguyện viên|chuyên gia tình nguyện)"
        r"(?=(?: [^.;:,()\n]{0,20}?)? (?:của|do|từ) )",
        back=2,
    ),
)
