"""Round 152's family of the trigger lexicon (docs/decisions.md, Events, round 152): wordings of acts the "no
trigger" misses of the working sets share across sets and writers. :mod:`doingoai.extract.triggers` puts them first.
"""

from __future__ import annotations

from doingoai.extract.trigger_defs import _PARTNERS, Trigger
from doingoai.model import EventKind as K

_T = Trigger

LEX152: tuple[Trigger, ...] = (
    # a declaration issued by its parties is made by them, as one signed: "Anh và Mô-ri-xơ ra tuyên bố chung",
    # "các nước G7 ra Tuyên bố chính trị với Việt Nam", "lãnh đạo hai nước ra Tuyên bố Ankara" (a named declaration:
    # capitalised, checked by the extractor, events_declared); not one about a partnership, its upgrade
    # (declare_partnership), not a statement's wording given after it ("như sau")
    _T(
        "sign_declared",
        K.AGREEMENT_SIGN,
        ("ra tuyên bố", "ra bản tuyên bố"),
        r"ra (?:bản )?tuyên bố(?= (?:chung|chính trị)\b| [^\W\d_])"
        r"(?! (?:chung|chính trị)?,? ?(?:như sau|sau đây)\b)"
        # (its content another act of the declarers, read there: "ra tuyên bố chung, cam kết cung cấp ...", "..., cho
        # biết rút khỏi ECOWAS")
        r"(?! (?:chung|chính trị)?,? ?(?:cam kết|cho biết|thông báo)\b)"
        r"(?![^.;:\n]{0,60}?(?:quan hệ |\b)" + _PARTNERS + r")",
    ),
    # a foreign firm, association or bank worked with: "Đại sứ làm việc với Hãng hàng không Qatar Airways", "Ban làm
    # việc với Tập đoàn Tài chính ...", "đoàn làm việc với Liên đoàn Nông nghiệp Nam Phi" (beside consult_work_body's
    # ministries and offices; its party from the name, else nothing is read)
    _T(
        "consult_work_firm",
        K.CONSULT,
        ("làm việc",),
        r"(?<!thăm và )(?<!thăm, )làm việc với(?= (?:các )?(?:tập đoàn|công ty|hãng|hiệp hội|liên đoàn|hội hữu nghị"
        r"|ngân hàng|quỹ|tổng cục|tổng vụ|trụ sở|thị trưởng)\b)",
    ),
    # a ceasefire agreed by the sides is one made: "hai bên nhất trí ngừng bắn tại Pu-tra-gia-y-a", "A và B đồng ý
    # đình chiến", "đã nhất trí dừng mọi hoạt động quân sự" (the sides named before the verb, as for "ký")
    _T(
        "sign_ceasefire",
        K.AGREEMENT_SIGN,
        ("nhất trí", "đồng ý", "thống nhất"),
        r"(?:nhất trí|đồng ý|thống nhất)(?= (?:tạm )?(?:ngừng bắn|đình chiến|dừng (?:mọi|các|toàn bộ) hoạt động quân sự)\b)",
    ),
)
