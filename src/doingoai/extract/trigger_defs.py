"""The trigger record and the first family of the lexicon (:mod:`doingoai.extract.triggers` assembles it):
sanctions lifted or cut, troops withdrawn, agreements signed, ratified or negotiated, membership joined,
elected or left, relations established, upgraded or strengthened. Their order is their priority at one
position (longer and more specific phrases first).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from doingoai.extract.vi_regex import NO_WORD as _NO_WORD
from doingoai.model import EventKind as K


@dataclass(frozen=True)
class Trigger:
    name: str
    kind: K | None  # None: resolved by the extractor (a chain "đàm phán và ký kết")
    heads: tuple[str, ...]  # lower-case words one of which every match contains; found with an automaton
    pattern: str  # lower-case regex, matched on the lower-cased text at a word start
    back: int = 0  # how many words before its head a match may start ("đảm nhận vai trò | chủ tịch")
    subject_first: bool = False  # "Quan hệ với X ... được củng cố": roles sit between the start and the verb


_LEVEL: Final = r"đối tác (?:hợp tác )?(?:chiến lược|toàn diện)"  # a level, not "đối tác thương mại"
_PARTNERS: Final = r"[“\"«]?" + _LEVEL
_SET: Final = ("thiết lập", "xác lập", "trở thành")
# "... (giữa hai nước) (đã) (được) xác lập / thiết lập năm 2018": a date must follow (the partnership's start told)
_TOLD_SET: Final = (
    r"(?: (?:toàn diện|sâu rộng|bền vững|đặc biệt|và|tin cậy|,)){0,4}(?: (?:giữa|của) (?![^.;:“”\"\n]{0,40}?\b(?:trường|doanh nghiệp|công ty|tập đoàn|ngân hàng|đại học|hãng|bệnh viện)\b)"
    r"[^.;:“”\"\n]{2,40}?"
    # (round 119) its pair named, "Việt Nam – Pháp, được xác lập tháng 10/2024", or its partner, "với Australia, được"
    r"| [^\W\d_][^.;:“”\"\n,–]{1,25}? – [^.;:“”\"\n,–]{2,25}?,?| với [^.;:“”\"\n,]{2,30}?,)?"
    r" (?:(?:đã|được|vốn|chính thức|cũng) )*(?:xác lập|thiết lập)(?= (?:(?:từ|vào|hồi) )?(?:năm|tháng|ngày)\b)"
)  # "từ khi hai nước trở thành Đối tác chiến lược": an upgrade
_REL_VERBS: Final = (
    "củng cố",
    "duy trì",
    "tăng cường",
    "gia tăng",
    "phát triển",
    "mở rộng",
    "thắt chặt",
    "vun đắp",
    "thúc đẩy",
    "làm sâu sắc",
    "đẩy mạnh",
)
_REL_VERB: Final = "(?:" + "|".join(_REL_VERBS) + ")"
# ties told as a subject in a state (round 22): "Quan hệ chính trị giữa hai nước luôn tin cậy", "Quan hệ giữa tỉnh
# với các địa phương của X được giữ vững" (an adverb or the passive before it: not "quan hệ đối tác tin cậy")
REL_STATES: Final = ("tin cậy", "gắn bó", "bền chặt", "khăng khít", "thân thiết", "giữ vững")
_REL_STATE: Final = (
    r"|(?:(?<=ngày càng )|(?<=luôn )|(?<=vẫn )|(?<=rất )|(?<=hết sức )|(?<=đặc biệt ))"
    r"(?:tin cậy|gắn bó|bền chặt|khăng khít|thân thiết)|(?:(?<=được )|(?<=tiếp tục ))giữ vững"
)
# "quan hệ ... được củng cố" (relations_s): the adverbs before the verb, and a look-ahead for the first letters of
# the adverbs and the verbs and states (every match of what follows the gap starts with one; tests check it), so
# that the gap's lazy repeat tries the alternation only where it can start (not at each of up to 140 characters)
_REL_ADVERBS: Final = ("được", "ngày càng", "tiếp tục", "đã", "đang", "luôn", "không ngừng")
_REL_TAIL_OPENS: Final = (
    "(?=["
    + "".join(
        sorted(
            {w[0] for w in (*_REL_ADVERBS, *_REL_VERBS, "duy trì ổn định", "ổn định", "tốt đẹp", *REL_STATES)}
        )
    )
    + "])"
)
_T = Trigger

# the first family of the lexicon, in priority order
STANDING: tuple[Trigger, ...] = (
    _T(
        "lift",
        K.SANCTION_LIFT,
        ("dỡ bỏ", "bãi bỏ", "gỡ bỏ", "nới lỏng", "chấm dứt", "xóa bỏ", "hủy bỏ"),
        r"(?:dỡ bỏ|bãi bỏ|gỡ bỏ|nới lỏng|chấm dứt|xóa bỏ|hủy bỏ)(?: hoàn toàn)?(?:(?: (?:lệnh|chính sách|các biện pháp"
        # (round 80) "chấm dứt chương trình trừng phạt Zimbabwe", "chấm dứt lệnh phong tỏa" (a blockade)
        r"|chương trình))?(?: bao vây,?(?: và)?)? (?:cấm vận|trừng phạt|phong tỏa)"
        r"| lệnh cấm (?:bán|xuất khẩu|nhập khẩu|chuyển giao))" + _NO_WORD,
    ),
    # (round 99) a share of them lifted: "dỡ bỏ phần lớn các lệnh trừng phạt", "nới lỏng một phần lệnh cấm bán vũ
    # khí"; export curbs lifted: "dỡ bỏ các biện pháp hạn chế xuất khẩu" (only with its target named:
    # events_unstated)
    _T(
        "lift_share",
        K.SANCTION_LIFT,
        ("dỡ bỏ", "bãi bỏ", "gỡ bỏ", "nới lỏng", "xóa bỏ", "hủy bỏ"),
        r"(?:dỡ bỏ|bãi bỏ|gỡ bỏ|nới lỏng|xóa bỏ|hủy bỏ)(?: (?:phần lớn|một phần|toàn bộ)(?: các| những)?"
        r"(?: lệnh| biện pháp)? (?:cấm vận|trừng phạt|lệnh cấm (?:bán|xuất khẩu|nhập khẩu|chuyển giao))"
        r"| (?:các |những )?(?:biện pháp )?hạn chế (?:xuất khẩu|nhập khẩu))" + _NO_WORD,
    ),
    # the passive, subject first: "Lệnh cấm vận của Mỹ đối với Việt Nam được dỡ bỏ năm 1994"
    _T(
        "lift_s",
        K.SANCTION_LIFT,
        ("cấm vận", "trừng phạt"),
        r"(?:(?:lệnh|chính sách|các biện pháp|các lệnh) )?(?:bao vây,? (?:và )?)?(?:cấm vận|trừng phạt)"
        r"(?= )[^.;:!?\n]{0,80}? (?:đã |chính thức |cuối cùng |hoàn toàn |sau đó )*được (?:dỡ bỏ|bãi bỏ|gỡ bỏ|nới lỏng"
        r"|xóa bỏ|hủy bỏ)" + _NO_WORD,
        back=3,
        subject_first=True,
    ),
    _T(
        "cut",
        K.SANCTION,
        ("cắt", "ngừng", "đình chỉ", "chấm dứt", "thôi", "dừng"),
        # (round 26: "thôi / (tạm) dừng viện trợ", ceasing as "ngừng" does)
        r"(?:cắt(?: giảm| đứt)?|ngừng|(?<!không )dừng|(?<!không )thôi|đình chỉ|chấm dứt)(?: toàn bộ| mọi| các khoản)?"
        r" (?:viện trợ|hợp tác|quan hệ)" + _NO_WORD,
    ),
    _T(
        "retreat",
        K.RETREAT,
        ("rút", "triệt thoái"),
        r"(?:rút (?:toàn bộ |hết |phần lớn )?(?:quân|quân đội|quân tình nguyện|lực lượng quân sự|lực lượng)|triệt thoái)"
        + _NO_WORD,
    ),
    _T("sign_ratify", K.AGREEMENT_RATIFY, ("ký",), r"ký(?: kết)?,? và phê (?:chuẩn|duyệt)" + _NO_WORD),
    _T("negotiate_sign", None, ("đàm phán",), r"đàm phán,? (?:và |tiến tới )?ký(?: kết)?" + _NO_WORD),
    # an instrument of ratification or accession deposited is a ratification (round 27): "Năm 2013, X nộp văn kiện
    # gia nhập Công ước Cấm vũ khí hóa học" (before "gia nhập": no membership of an organisation)
    _T(
        "ratify_deposit",
        K.AGREEMENT_RATIFY,
        ("nộp", "lưu chiểu"),
        r"(?:nộp|lưu chiểu)(?: các| bản)? văn kiện (?:phê (?:chuẩn|duyệt)|gia nhập)" + _NO_WORD,
    ),
    _T("ratify", K.AGREEMENT_RATIFY, ("phê chuẩn", "phê duyệt"), r"phê (?:chuẩn|duyệt)" + _NO_WORD),
    _T(
        "sign",
        K.AGREEMENT_SIGN,
        ("ký",),
        r"(?<!đăng )(?<!thư )(?<!nhật )(?<!mở )ký(?: kết)?(?! (?:ức|hiệu|tên|giả|sự|túc|quỹ|sắc lệnh|lệnh hành pháp))"
        + _NO_WORD,
    ),
    _T("negotiate", K.AGREEMENT_NEGOTIATE, ("đàm phán",), r"đàm phán" + _NO_WORD),
    # an agreement completed is its negotiation concluded (round 22): "Hai bên phấn đấu sớm hoàn tất hiệp định này",
    # "Năm 2015, A và B hoàn tất Hiệp định X" (not "hoàn tất thủ tục phê duyệt Hiệp định": the noun right after)
    _T(
        "negotiate_complete",
        K.AGREEMENT_NEGOTIATE,
        ("hoàn tất", "hoàn thành"),
        r"(?:hoàn tất|hoàn thành)(?: việc)?(?: (?:xây dựng|soạn thảo))? (?:(?:các|hai|những|bản) )?"
        r"(?:hiệp định|hiệp ước|thỏa thuận|fta)" + _NO_WORD,
    ),
    _T(
        "join",
        K.MEMBERSHIP_JOIN,
        ("gia nhập", "kết nạp", "trở thành", "sáng lập"),
        r"(?:gia nhập|(?:tham gia |là (?:thành viên|nước) )?sáng lập|(?:được )?kết nạp|trở thành (?:thành viên|hội viên|quan sát viên"
        # (round 158) a body's partner-country status, not a partner in trade or aid: "trở thành nước đối tác thứ 10
        # của BRICS", "X trở thành quốc gia đối tác ngày 13/6/2025" (not "nước đối tác thương mại lớn nhất")
        r"|(?:nước|quốc gia) đối tác(?! (?:thương mại|kinh tế|đầu tư|ưu tiên|chiến lược|toàn diện|phát triển|quan trọng"
        r"|lớn|tin cậy|hàng đầu|chủ chốt|chính|tiềm năng|truyền thống|số)\b))(?: chính thức| đầy đủ| thứ (?:\d+|\w+))?"
        r"(?![^.;:\n]{1,80}? nhiệm kỳ \d{4}))" + _NO_WORD,  # (a seat for a term is an election: "seat_term")
        back=1,
    ),
    # the founders of an organisation join it: "năm nước ... thành lập ASEAN", "lập ra SAARC" (the extractor checks
    # that an organisation follows and its founders come right before: events_vocab.founders_named)
    _T(
        "found",
        K.MEMBERSHIP_JOIN,
        ("thành lập", "lập ra", "lập nên"),
        r"(?:thành lập|lập ra|lập nên)" + _NO_WORD,
    ),
    # a seat held for a term is an election to it: "Ai Cập là Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ
    # 2016 – 2017" (the term dates it; a seat with no term is no election told)
    _T(
        "seat_term",
        K.MEMBERSHIP_ELECT,
        ("ủy viên", "thành viên"),
        r"(?:là|trở thành) (?:một )?(?:ủy viên|thành viên)(?: không thường trực| thường trực)?(?=[^.;:\n]{1,80}? nhiệm kỳ \d{4})",
        back=2,
    ),
    # a standing membership dated by "từ": "X là thành viên EU từ năm 1995" dates the joining (not "từ lâu"; not an
    # observer or associate member: "thành viên quan sát", review 6b)
    _T(
        "member_since",
        K.MEMBERSHIP_JOIN,
        ("thành viên", "hội viên"),
        r"là (?:một )?(?:thành viên|hội viên)(?: chính thức| đầy đủ)?(?! quan sát| liên kết| dự khuyết)(?=[^.;:\n]{1,60}? (?:kể )?từ "
        r"(?:năm |tháng \d{1,2}/|ngày \d{1,2}/\d{1,2}/)?\d{4}\b)",
        back=1,
    ),
    # the same in an appositive: "Cô-lôm-bi-a, thành viên OECD từ ngày 28/4/2020, ..." (a state's name right
    # before the comma: checked by the extractor, events_apposition.apposed_member)
    _T(
        "member_apposed",
        K.MEMBERSHIP_JOIN,
        ("thành viên", "hội viên"),
        r"(?<=, )(?:thành viên|hội viên)(?: chính thức| đầy đủ)?(?! quan sát| liên kết| dự khuyết)(?=[^.;:,\n]{1,60}? (?:kể )?từ "
        r"(?:năm |tháng \d{1,2}/|ngày \d{1,2}/\d{1,2}/)?\d{4}\b)",
    ),
    # the same standing opened by "Từ <date>,": "Từ ngày 11/1/2007, nước ta là thành viên WTO" (the opening is
    # checked by the extractor: events_phrases.since_opening)
    _T(
        "member_from",
        K.MEMBERSHIP_JOIN,
        ("thành viên", "hội viên"),
        # (round 26: "là quốc gia / nước thành viên của X", the member named by its state)
        r"là (?:một )?(?:quốc gia |nước )?(?:thành viên|hội viên)(?: thứ \d{1,3})?(?: chính thức| đầy đủ)?(?! quan sát| liên kết| dự khuyết)"
        + _NO_WORD,
        back=1,
    ),
    _T(
        "elect",
        K.MEMBERSHIP_ELECT,
        ("bầu", "trúng cử", "đắc cử", "tái cử"),
        r"(?:(?:(?:đã |vừa )?được )?(?:tái )?bầu(?! cử)(?: làm| vào)?|(?:tái )?trúng cử|(?:tái )?đắc cử|(?:được )?tái cử(?: làm| vào)?)"
        + _NO_WORD,
        back=3,
    ),
    # a candidacy is an election to come: "Việt Nam ứng cử Ủy viên không thường trực HĐBA", "ra tranh cử", "là ứng
    # viên của ASEAN cho ghế ... nhiệm kỳ ..." (status planned: events_draft)
    _T(
        "candidacy",
        K.MEMBERSHIP_ELECT,
        ("ứng cử", "tranh cử", "ứng viên"),
        r"(?:(?:ra |tiếp tục |tái )?(?:ứng cử|tranh cử)(?! viên)(?: vào| làm| chức| vị trí| ghế)?"
        r"|(?:là |trở thành )?(?:ứng cử viên|ứng viên)(?: duy nhất| chính thức)?(?: cho| vào)?)" + _NO_WORD,
        back=2,
    ),
    _T(
        "leave",
        K.MEMBERSHIP_LEAVE,
        ("rút", "rời", "ra khỏi", "từ bỏ tư cách", "khai trừ"),
        r"(?:rút (?:hết |toàn bộ )?(?:tên )?(?:ra )?khỏi|rời khỏi|rút lui khỏi|ra khỏi|từ bỏ tư cách (?:thành viên|hội viên)|(?:bị )?khai trừ khỏi"  # a bare "rời" only before an organisation's head noun
        # (round 36: or the noun ending the clause: "Tháng 8/2018, X tuyên bố rời liên minh.")
        r"|rời(?= (?:tổ chức|liên minh|khối|hiệp hội|cộng đồng|liên đoàn|diễn đàn|hiệp ước)(?:[ ,.;:)]|$))"
        # (round 80) a decree withdrawing the signer's own country: "ký sắc lệnh rút Mỹ khỏi TPP"
        r"|(?<=sắc lệnh )rút [^.;:,\n]{1,30}? khỏi)" + _NO_WORD,
    ),
    _T(
        "upgrade",
        K.RELATIONS_UPGRADE,
        ("nâng",),
        r"(?:(?:nâng cấp|nâng tầm|nâng)(?: quan hệ)?[^.;:\n]{0,60}? lên(?: thành| tầm| mức| khuôn khổ)?(?: quan hệ)?"
        r"|nâng tầm(?: quan hệ)?) [“\"«]?đối tác" + _NO_WORD,
    ),
    # without the level it reaches: "nâng cấp quan hệ với Hoa Kỳ năm 2013" is an upgrade all the same
    _T("upgrade_bare", K.RELATIONS_UPGRADE, ("nâng",), r"(?:nâng cấp|nâng tầm) (?:mối )?quan hệ" + _NO_WORD),
    _T(
        "upgrade_set",
        K.RELATIONS_UPGRADE,
        _SET,
        r"(?:thiết lập|xác lập|trở thành) (?:khuôn khổ )?(?:quan hệ )?" + _PARTNERS + _NO_WORD,
    ),
    _T(
        "establish",
        K.RELATIONS_ESTABLISH,
        ("thiết lập", "bình thường hóa", "khôi phục", "nối lại", "lập quan hệ", "đặt quan hệ"),
        r"(?:(?:chính thức )?thiết lập|bình thường hóa|khôi phục|nối lại)(?: lại)?(?: mối)? quan hệ(?: ngoại giao)?"
        r"|bình thường hóa"
        # "Hai nước lập / đặt quan hệ ngoại giao ngày ...": with the diplomatic relations named (not "thành lập")
        r"|(?<!thành )(?<!thiết )(?<!xác )(?:lập|đặt) quan hệ ngoại giao" + _NO_WORD,
        back=1,
    ),
    # a partnership named, then told set up on a date: "Quan hệ Đối tác toàn diện giữa hai nước được thiết lập năm
    # 2009", "quan hệ Đối tác chiến lược (được) xác lập năm ngoái" (an upgrade, not the diplomatic ties; round 21)
    _T(
        "upgrade_told_s",
        K.RELATIONS_UPGRADE,
        ("quan hệ",),
        r"quan hệ "
        + _LEVEL
        + _TOLD_SET.replace("(?:xác lập|thiết lập)", "thiết lập"),  # (before "establish_s")
        subject_first=True,
    ),
    _T("upgrade_told", K.RELATIONS_UPGRADE, _SET[:2], _LEVEL + _TOLD_SET, back=9),
    # passives with the parties in the subject: "Quan hệ ngoại giao Việt Nam – Hoa Kỳ được thiết lập ngày ..."
    _T(
        "establish_s",
        K.RELATIONS_ESTABLISH,
        ("quan hệ",),
        r"quan hệ" + _NO_WORD + r"[^.;:“”\"\n]{0,80}?(?:đã |chính thức |cũng )*được (?:chính thức )?"
        r"(?:thiết lập|bình thường hóa|khôi phục)" + _NO_WORD,
        subject_first=True,
    ),
    _T(
        "upgrade_s",
        K.RELATIONS_UPGRADE,
        ("quan hệ",),
        r"quan hệ" + _NO_WORD + r"[^.;:“”\"\n]{0,80}?(?:đã |chính thức |cũng )*được (?:chính thức )?"
        r"(?:nâng cấp|nâng tầm|nâng)(?: lên)?(?: thành| tầm| mức| khuôn khổ)?(?: quan hệ)? đối tác"
        + _NO_WORD,
        subject_first=True,
    ),
    _T(
        "relations_v",
        K.RELATIONS,
        ("quan hệ",),
        _REL_VERB
        + r"(?:,? (?:và )?"
        + _REL_VERB
        + r")?(?: ổn định)?(?: hơn(?: nữa)?)?(?: các| mối)? quan hệ"
        + _NO_WORD,
        back=8,
    ),
    # trade grown by two named parties: "Việt Nam và Băng-la-đét phấn đấu mở rộng thương mại song phương" (the parties
    # are checked by the extractor: events_vocab.parties_named; not "thương mại điện tử / tự do")
    _T(
        "trade_grow",
        K.COOPERATE,
        ("thương mại",),
        _REL_VERB
        + r"(?: hơn(?: nữa)?)? (?:trao đổi )?thương mại(?: song phương| hai chiều)?(?! (?:điện tử|tự do|quốc tế|nội địa))"
        + _NO_WORD,
        back=4,
    ),
    _T(
        "relations_s",
        K.RELATIONS,
        ("quan hệ",),
        r"quan hệ"
        + _NO_WORD
        + r"(?:(?! hội nghị )[^.;:“”\"\n]){0,140}?"
        + _REL_TAIL_OPENS  # (a pre-check at each place the lazy gap above stops to try what follows: speed round 16)
        + r"(?:(?:"
        + "|".join(_REL_ADVERBS)
        + r") )*(?:"
        + _REL_VERB
        + r"|duy trì ổn định|ổn định|tốt đẹp"
        + _REL_STATE
        + r")"
        + _NO_WORD,
        subject_first=True,
    ),
)
