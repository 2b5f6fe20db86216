"""Round 164's family of the trigger lexicon (docs/decisions.md, Round 164): wordings of acts the "no trigger" misses
of the working sets share across sets and writers: troops sent in, military campaigns opened, a state ceasing to take
part in a body, a person chosen for an office, diplomatic ties held since a date. :mod:`doingoai.extract.triggers` puts them first.
"""

from __future__ import annotations

from doingoai.extract.trigger_defs import Trigger
from doingoai.extract.vi_regex import NO_WORD as _NO_WORD
from doingoai.model import EventKind as K

_T = Trigger

LEX164: tuple[Trigger, ...] = (
    # troops sent into another's land to fight: "Mỹ đưa quân chiến đấu vào miền Nam Việt Nam năm 1965", "đưa quân
    # sang tham chiến", "I-rắc đưa quân chiếm Cô-oét", "I-xra-en đưa quân vào miền Nam Li-băng" (an armed act on the
    # land's state; troops sent to help, to keep peace or on a mission are another act, not read here)
    _T(
        "conflict_troops_sent_in",
        K.CONFLICT,
        ("đưa quân",),
        r"đưa quân(?: đội)?(?: chiến đấu)?(?: (?:vào|sang|tới|đến))?(?= (?:tham chiến|chiếm|xâm lược|xâm chiếm|tấn công)\b"
        r"|(?<= vào)(?! (?:làm nhiệm vụ|giúp|hỗ trợ|gìn giữ)\b)[^.;:,\n]{2,60}?(?:[.;:,\n]|$| (?:năm|tháng|ngày|từ)\b)"
        r"|(?<= sang)(?= [^.;:,\n]{2,40}? (?:tham chiến|chiến đấu)\b))",
    ),
    # a person chosen for an office is elected to it: "nhất trí chọn Ngoại trưởng Ru-an-đa ... làm Tổng Thư ký Tổ
    # chức Quốc tế Pháp ngữ", "được Hội đồng Điều hành chọn làm Giám đốc điều hành đầu tiên" (as "bầu ... làm")
    _T(
        "elect_chosen_as",
        K.MEMBERSHIP_ELECT,
        ("chọn",),
        r"(?:(?:đã |được |nhất trí )?(?:lựa )?chọn)(?= (?:[^.;:\n]{2,90}? )?làm (?:tổng thư ký|chủ tịch|phó chủ tịch|giám đốc"
        r"|tổng giám đốc|tổng giám đốc điều hành|giám đốc điều hành|người đứng đầu|chánh án|thẩm phán)\b)",
    ),
    # a military campaign opened against a foe: "quân chính phủ mở chiến dịch lớn nhằm vào các căn cứ của LTTE", "Nga
    # tiến hành chiến dịch quân sự đặc biệt tại U-crai-na", "phát động chiến dịch không kích" (not a campaign of
    # canvassing or of aid: "chiến dịch vận động", "chiến dịch Maitri" with no arms told)
    _T(
        "conflict_campaign_opened",
        K.CONFLICT,
        ("chiến dịch",),
        r"(?:mở|phát động|tiến hành|mở màn|bắt đầu) (?:một |các )?(?:cuộc )?chiến dịch"
        r"(?: (?:quân sự|tấn công|không kích|phản công|tấn công trên bộ|trên bộ)(?: (?:lớn|đặc biệt|quy mô lớn))?"
        r"| (?:lớn|quy mô lớn)(?= nhằm vào\b)|(?= nhằm vào\b))" + _NO_WORD,
        back=2,
    ),
    # a state leaving a body of its own will: "Ác-hen-ti-na, Bra-xin ... tạm ngừng tham gia các hoạt động của tổ
    # chức", "chính phủ ... đình chỉ sự tham gia của Bra-xin vào CELAC" (a member suspended by the others is a
    # sanction, events_suspended's; "không ngừng tham gia": taking part all along; the body
    # told by a bare noun, "các hoạt động của tổ chức", is left alone: its drafts took a topic's state for the body)
    _T(
        "leave_suspended_own",
        K.MEMBERSHIP_LEAVE,
        ("tham gia",),
        r"(?:(?<!không )(?:tạm )?(?:ngừng|đình chỉ|ngưng) (?:sự )?tham gia(?= (?:các hoạt động (?:của|trong)|vào) (?!(?:tổ chức|khối|liên minh|cộng đồng|diễn đàn|nhóm|hiệp hội)\b))"
        r"|đình chỉ sự tham gia(?= của [^.;:,\n]{1,40}? vào ))",
        back=3,
    ),
    # ties held since a date are ties set up then: "Tanzania, nước có quan hệ ngoại giao với Việt Nam từ ngày
    # 14/2/1965" (the date right after; "có quan hệ ... tốt đẹp" with no start told is no act)
    _T(
        "establish_held_since",
        K.RELATIONS_ESTABLISH,
        ("có quan hệ ngoại giao",),
        r"có quan hệ ngoại giao(?= với [^.;:,()\n]{2,40}? (?:từ|kể từ) (?:ngày|năm|tháng) \d)",
    ),
)
