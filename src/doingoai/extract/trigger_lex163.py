"""Round 163's family of the trigger lexicon (docs/decisions.md, Round 163): wordings of list items in reports and
plans that the "no trigger" misses of the working sets share across writers. :mod:`doingoai.extract.triggers` puts
them first.
"""

from __future__ import annotations

from doingoai.extract.trigger_defs import Trigger
from doingoai.model import EventKind as K

_T = Trigger

# what invited experts come to do for their hosts: teach, train, guide, advise, help, share know-how
_TEACH = (
    r"(?:giảng dạy|giảng|dạy|tập huấn|hướng dẫn|đào tạo|huấn luyện|bồi dưỡng|tư vấn|hỗ trợ|giúp|chia sẻ kinh nghiệm"
    r"|chia sẻ kiến thức|truyền đạt)"
)

LEX163: tuple[Trigger, ...] = (
    # experts invited to teach are technical aid from their side: "Mời chuyên gia Niu Di-lân sang tập huấn cho các hợp
    # tác xã", "mời chuyên gia Đức sang hỗ trợ xây dựng chương trình đào tạo", "Mời chuyên gia Canada giảng dạy học
    # phần về ...", "Mời chuyên gia của Tổ chức X sang giảng dạy" (the experts' side named right after the noun gives,
    # the host receives: events_experts_invited; invited to attend or present is a visit, not read here; Vietnam's own
    # experts invited abroad are no aid to Vietnam)
    _T(
        "aid_experts_invited",
        K.AID,
        ("mời",),
        r"mời (?:(?:các|một số|một|hai|ba|\d+) )?(?:chuyên gia|giảng viên|giáo sư|nhà khoa học|huấn luyện viên)"
        r"(?= (?:của )?(?!việt nam\b|trong nước\b|các nước\b)[^\W\d_][^.;:,\n]{1,60}? (?:sang |đến |tới |qua )?"
        r"(?:(?:việt nam|hà nội|tỉnh|trường|viện) (?:để )?)?" + _TEACH + r"\b)",
    ),
    # diplomatic relations by their usual abbreviation in notes and slides: "Liên Xô đặt QHNG", "Trung Quốc công
    # nhận, đặt QHNG với VNDCCH", "thiết lập QHNG với Ba Lan" (QHNG: quan hệ ngoại giao)
    _T(
        "establish_abbreviated",
        K.RELATIONS_ESTABLISH,
        ("qhng",),
        r"(?:(?:chính thức )?(?:thiết lập|lập|đặt|bình thường hóa|khôi phục|nối lại) )qhng\b",
        back=3,
    ),
)
