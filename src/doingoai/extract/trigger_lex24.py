"""Round 24's family of the trigger lexicon (docs/decisions.md, Events, round 24): wordings found missing when each
event kind's ways of being said were written down and filled with other parties and dates
(tests/test_extract_lexicon24_grid.py). Documents signed and exchanged at a ceremony ("ký và trao đổi các văn kiện hợp tác":
a signing; "trao đổi văn kiện phê chuẩn": a ratification), an ambassador summoned ("triệu Đại sứ X": a protest
to X), a meeting as a noun with its partner ("có cuộc gặp / buổi tiếp xúc với Tổng thống X": talks), a call ("nói
chuyện điện thoại với", "gọi điện cho"), parties meeting each other ("gặp nhau"), a trip begun on arrival ("đến X,
bắt đầu chuyến thăm"), relations inherited by a successor state ("kế thừa quan hệ"), a seat won ("giành ghế"),
goods sent to a country ("gửi hàng cứu trợ tới X": aid), negotiation by its other verbs ("thương lượng, thương thảo
về hiệp định"). :mod:`doingoai.extract.triggers` puts them before the older family: each is more specific than the
trigger starting at its word.
"""

from __future__ import annotations

from typing import Final

from doingoai.extract.trigger_defs import Trigger
from doingoai.extract.vi_regex import NO_WORD as _NO_WORD
from doingoai.model import EventKind as K

_T = Trigger
_DOCS: Final = r"(?:(?:các|những|hai|ba|nhiều|\d+) )?(?:văn kiện|văn bản|thỏa thuận|hiệp định|bản ghi nhớ)"
_TITLED: Final = (
    r"(?:ngài |bà |ông )?(?:tổng thống|thủ tướng|chủ tịch|bộ trưởng|ngoại trưởng|đại sứ|quốc vương|nhà vua|tổng bí thư"
    r"|phó tổng thống|phó thủ tướng|thứ trưởng|tổng thư ký|người đồng cấp|đoàn|phái đoàn|lãnh đạo(?! (?:tỉnh|thành phố"
    r"|địa phương|doanh nghiệp|công ty)\b))"
)
_GOODS: Final = (
    r"(?:hàng cứu trợ|hàng viện trợ|hàng hóa cứu trợ|hàng nhân đạo|vắc-?xin|vaccine|trang thiết bị y tế|vật tư y tế"
    r"|lương thực|gạo|thuốc men|nhu yếu phẩm)"
)

LEX24: tuple[Trigger, ...] = (
    # a successor state inherits the relations: "Từ năm 1993, Cộng hòa Séc kế thừa quan hệ với Việt Nam"
    _T(
        "relations_inherit",
        K.RELATIONS,
        ("kế thừa",),
        r"kế thừa(?: toàn bộ)?(?: các| mối)? quan hệ" + _NO_WORD,
    ),
    # a call: "Thủ tướng A nói chuyện điện thoại với Tổng thống B", "Tổng thống A gọi điện cho Tổng thống B" (talks with
    # a titled person; not a call to a customer)
    _T(
        "consult_call",
        K.CONSULT,
        ("nói chuyện", "gọi điện"),
        r"(?:nói chuyện (?:qua )?điện thoại|gọi điện(?: thoại)?)(?: trực tiếp)? (?:với|cho|tới)(?= "
        + _TITLED
        + _NO_WORD
        + ")",
    ),
    # arriving in a country to begin a trip: "Thủ tướng A đến B, bắt đầu chuyến thăm chính thức", "đặt chân tới B, mở
    # đầu chuyến công du" (the country right after the verb, as for "visit_go")
    _T(
        "visit_arrive",
        K.VISIT,
        ("đến", "tới", "sang", "đặt chân"),
        r"(?:đặt chân (?:đến|tới|lên)|đến|tới|sang)(?= [^,.;:()\n]{2,40}?,? (?:bắt đầu|mở đầu|khởi đầu) chuyến (?:thăm|công du"
        r"|công tác))",
    ),
    # a joint venture with a partner: "Nhật Bản liên doanh với Ấn Độ sản xuất ô tô" (material cooperation)
    _T("cooperate_venture", K.COOPERATE, ("liên doanh",), r"liên doanh(?= với )"),
    # two parties meeting each other: "Ngoại trưởng A và Ngoại trưởng B đã gặp nhau bên lề hội nghị"
    _T("consult_each_other", K.CONSULT, ("gặp",), r"gặp(?: gỡ| mặt)? nhau" + _NO_WORD),
    # a seat won is an election: "X giành một ghế tại Hội đồng Nhân quyền", "giành được ghế Ủy viên không thường trực"
    _T(
        "elect_seat_won",
        K.MEMBERSHIP_ELECT,
        ("giành",),
        r"giành(?: được)?(?: một| chiếc)? ghế(?: ủy viên| thành viên)?(?: không thường trực| thường trực)?"
        r"(?: (?:tại|trong|ở|của|vào))?(?= [^\W\d_])",
    ),
    # instruments of ratification exchanged: "hai bên trao đổi văn kiện phê chuẩn Hiệp định" (before the signing)
    _T(
        "ratify_exchange",
        K.AGREEMENT_RATIFY,
        ("trao đổi",),
        r"trao đổi (?:các |những )?(?:văn kiện|thư) phê (?:chuẩn|duyệt)" + _NO_WORD,
    ),
    # documents signed and exchanged at a ceremony: "ký và trao đổi các văn kiện hợp tác", "lễ ký kết và trao đổi
    # văn kiện", "hai bên trao đổi các văn bản hợp tác" (an exchange of documents is their signing)
    _T(
        "sign_exchange",
        K.AGREEMENT_SIGN,
        ("trao đổi",),  # (not the frequent "ký": searched for from three words before "trao đổi")
        r"(?:ký(?: kết)?,? và )?trao đổi(?= " + _DOCS + _NO_WORD + ")",
        back=3,
    ),
    # (round 156) documents handed over at a ceremony the leaders witness: "hai nhà lãnh đạo chứng kiến lễ trao các
    # văn kiện hợp tác" (the signed texts exchanged in their presence: their signing, as "lễ ký và trao đổi")
    _T(
        "sign_handover",
        K.AGREEMENT_SIGN,
        ("lễ trao",),
        r"lễ trao(?= " + _DOCS + _NO_WORD + ")",
    ),
    # an ambassador summoned is a protest to the ambassador's state: "Bộ Ngoại giao triệu Đại sứ X để phản đối",
    # "triệu tập Đại biện lâm thời X" (not a conference convened: "triệu tập hội nghị")
    _T(
        "protest_summon",
        K.PROTEST,
        ("triệu",),
        r"triệu(?: tập| gặp)?(?= (?:đại sứ|đại biện|đại diện sứ quán|đại diện đại sứ quán)" + _NO_WORD + ")",
    ),
    # a meeting as a noun with its partner: "đã có cuộc gặp với Tổng thống X", "buổi tiếp xúc với Đại sứ Y", "cuộc
    # trao đổi trực tuyến với người đồng cấp Z" (talks with a titled person; not "cuộc gặp với báo chí")
    _T(
        "consult_meeting_with",
        K.CONSULT,
        (
            "cuộc gặp",
            "buổi gặp",
            "cuộc tiếp xúc",
            "buổi tiếp xúc",
            "cuộc trao đổi",
            "buổi làm việc",
            "cuộc làm việc",
        ),
        r"(?:cuộc|buổi) (?:gặp(?: gỡ| mặt)?|tiếp xúc|trao đổi|làm việc)(?: (?:song phương|riêng|thân mật|trực tuyến"
        r"|qua điện thoại|ngắn|chính thức|bên lề))* với(?= " + _TITLED + _NO_WORD + ")",
    ),
    # goods sent to a country: "Việt Nam gửi hàng cứu trợ tới Thổ Nhĩ Kỳ", "chuyển 500 tấn gạo sang Cu-ba"
    _T(
        "aid_send",
        K.AID,
        ("gửi", "chuyển"),
        r"(?:gửi|chuyển)(?: tặng)?(?= (?:(?:thêm|hơn|gần|khoảng|trên|các|những|nhiều|một|hai|ba|lô|số|[\d.,]+|triệu"
        r"|nghìn|vạn|trăm|tấn|liều|chiếc|bộ|chuyến) )*"
        + _GOODS
        + r"(?: [^.;:,()\n]{0,30}?)? (?:tới|đến|sang|cho) )",
    ),
    # negotiation by its other verbs: "hai bên thương lượng về Hiệp định ...", "thương thảo với X về hiệp định"
    _T(
        "negotiate_other",
        K.AGREEMENT_NEGOTIATE,
        ("thương lượng", "thương thảo"),
        r"(?:thương lượng|thương thảo)(?= (?:với [^.;:\n]{2,40}? )?(?:về )?(?:việc )?(?:ký kết |ký )?(?:các |một |bản )?"
        r"(?:hiệp định|hiệp ước|thỏa thuận|công ước|nghị định thư|fta)" + _NO_WORD + ")",
    ),
)
