"""The trigger lexicon's cooperation family: peacekeeping, trade and investment, agreements ratified, adopted
or acceded to, joining by taking part, cooperation, partnerships (declared, held, reached), pilots, events
organised together.

Part of :data:`doingoai.extract.triggers.LEXICON` (read only there: the order of the families is the lexicon's
order, and at one position the trigger listed first wins); the trigger record is
:class:`doingoai.extract.trigger_defs.Trigger`.
"""

from __future__ import annotations

from doingoai.extract.trigger_cues import JOINT
from doingoai.extract.trigger_defs import _PARTNERS, Trigger
from doingoai.extract.vi_regex import NO_WORD as _NO_WORD
from doingoai.model import EventKind as K

_T = Trigger

COOPERATION: tuple[Trigger, ...] = (
    _T(
        "peacekeeping",
        K.COOPERATE,
        ("tham gia",),
        r"tham gia(?: tích cực| có trách nhiệm)?(?: vào)?(?: các| lực lượng| hoạt động)*(?: hoạt động| lực lượng)? gìn giữ hòa bình"
        + _NO_WORD,
    ),
    # "triển khai Bệnh viện dã chiến cấp 2 số 1 tới Phái bộ LHQ tại Nam Xu-đăng": a peacekeeping deployment
    _T(
        "peacekeeping_deploy",
        K.COOPERATE,
        ("triển khai", "cử", "điều động"),
        r"(?:triển khai|cử|điều động)(?: thêm)?(?: các| một| hai| ba| nhiều)?(?: [\d.]+)?(?: lượt)?"
        r" (?:bệnh viện dã chiến|đội công binh|sĩ quan|lực lượng|quân nhân|chiến sĩ)"
        r"(?=[^.;:]{0,120}?(?:phái bộ|gìn giữ hòa bình))" + _NO_WORD,
    ),
    # "hai sĩ quan của Việt Nam lên đường làm nhiệm vụ tại Phái bộ ...", "Đội Công binh số 1 đến khu vực Abyei": a
    # peacekeeping unit serving (the unit before it is checked by events_no_event.not_an_event)
    _T(
        "peacekeeping_serve",
        K.COOPERATE,
        ("làm nhiệm vụ", "đến khu vực", "tới khu vực"),
        r"(?:lên đường )?làm nhiệm vụ(?= (?:gìn giữ hòa bình|tại|ở)\b)|(?:đến|tới) khu vực" + _NO_WORD,
        back=2,
    ),
    # "tham gia tích cực vào ARF": taking an active part in an organisation one belongs to (an organisation
    # named right after it, checked by the extractor), not a join
    _T(
        "take_part_active",
        K.COOPERATE,
        ("tham gia",),
        r"tham gia (?:tích cực|chủ động|có trách nhiệm|sâu rộng)(?:(?:,| và) (?:tích cực|chủ động|có trách nhiệm))?"
        r"(?: hơn(?: nữa)?)?(?: vào| trong)?" + _NO_WORD,
    ),
    # "đưa kim ngạch thương mại song phương lên 10 tỷ USD": a trade target of the parties
    _T(
        "trade_target",
        K.COOPERATE,
        ("kim ngạch",),
        r"(?:đưa|nâng) (?:tổng )?kim ngạch(?= [^.;:\n]{0,50}? lên )" + _NO_WORD,
        back=2,
    ),
    # "kim ngạch thương mại hai chiều Việt Nam – Trung Quốc đạt 175 tỷ USD": trade reached, the parties in the
    # subject (a country's own exports, "kim ngạch xuất khẩu của Việt Nam", name one side only)
    _T(
        "trade_reached",
        K.COOPERATE,
        ("kim ngạch", "thương mại hai chiều", "thương mại song phương", "xuất khẩu", "nhập khẩu"),
        r"(?:(?:tổng )?kim ngạch (?:thương mại|xuất nhập khẩu|trao đổi thương mại|thương mại song phương|thương mại hai chiều"
        r"|xuất khẩu|nhập khẩu)|thương mại (?:hai chiều|song phương)|(?:xuất|nhập) khẩu(?: hàng hóa)?(?= của ))"
        r"[^.;:“”\"\n]{0,80}? (?:đã |năm \d{4} |năm \d{4}, )?(?:đạt|lên tới|lên đến|tăng lên|vượt)"
        + _NO_WORD,
        subject_first=True,
    ),
    # "Mỹ là thị trường xuất khẩu lớn nhất của Việt Nam", "X là nước nhập khẩu gạo lớn nhất của Việt Nam": a standing
    # trade partner
    _T(
        "trade_market",
        K.COOPERATE,
        ("xuất khẩu", "nhập khẩu", "tiêu thụ"),
        r"(?:(?<=là )|(?<=là một trong những )|(?<=là một trong các ))(?:thị trường|nước|quốc gia|đối tác) (?:xuất khẩu"
        r"|nhập khẩu|tiêu thụ)(?: [^\W\d_]+){0,3}? (?:lớn nhất|lớn thứ \w+|lớn|hàng đầu|quan trọng|chủ lực|số một"
        r"|truyền thống)(?= (?:của|cho) )",
        back=2,
    ),
    # "Hải quân Việt Nam và Ấn Độ tổ chức diễn tập chung", "tập trận chung với Nga": joint military drills
    _T(
        "cooperate_drill",
        K.COOPERATE,
        ("tập trận", "diễn tập", "tuần tra"),
        r"(?:(?:cuộc |các )?(?:tập trận|diễn tập|tuần tra) (?:chung|song phương|liên hợp|hỗn hợp)|(?:tập trận|diễn tập)(?= với))"
        + _NO_WORD,
    ),
    # "hai bên phấn đấu khai thác tốt hơn các ưu đãi của CPTPP": the parties use an agreement's terms together
    # (round 22; the agreement after "của / từ / trong" is checked by events_use.agreement_used)
    _T(
        "cooperate_use",
        K.COOPERATE,
        ("khai thác", "tận dụng"),
        r"(?:khai thác|tận dụng)(?: (?:tốt|hiệu quả|triệt để|tối đa|có hiệu quả))?(?: hơn(?: nữa)?)?(?: (?:các|những))?"
        r" (?:cam kết|ưu đãi|lợi ích|cơ hội)(?: (?:thuế quan|thương mại|mở cửa thị trường))?(?= (?:của|từ|trong) )"
        + _NO_WORD,
    ),
    # "Việt Nam xuất khẩu gạo sang Phi-líp-pin", "nhập khẩu ... từ Nhật Bản": trade with a named partner
    _T(
        "trade",
        K.COOPERATE,
        ("xuất khẩu", "nhập khẩu"),
        r"(?<!kim ngạch )(?<!hạn chế )(?<!cấm )(?:xuất khẩu|nhập khẩu)(?= [^.;:,()\n]{0,50}?(?:sang|từ) )",
    ),
    # "Hàn Quốc là nhà đầu tư nước ngoài lớn nhất tại Việt Nam" (the country invested in after the place word:
    # events_vocab), "các doanh nghiệp Nhật Bản đầu tư 4 tỷ USD vào Việt Nam" (investment: material cooperation)
    _T(
        "invest_standing",
        K.COOPERATE,
        ("nhà đầu tư",),
        r"(?:(?<=là )|(?<=là một trong những )|(?<=là một trong các ))nhà đầu tư(?: trực tiếp)?(?: nước ngoài)?(?: (?:lớn nhất"
        r"|lớn thứ \w+|lớn|hàng đầu|số một|thứ \w+|quan trọng|chủ chốt|chính|fdi))*"
        r"(?: của [^.;:,\n]{1,45}? (?:tại|ở)| (?:tại|ở|vào|của))?(?= )",
    ),
    # projects counted with their investors' countries (round 36): "tỉnh cấp mới 92 dự án FDI, chủ yếu của nhà đầu tư
    # Trung Quốc, Hàn Quốc", "tiếp nhận thêm 12 dự án của nhà đầu tư Nhật Bản" (investment in the writer's side)
    _T(
        "invest_projects",
        K.COOPERATE,
        ("dự án",),
        r"dự án(?=(?: (?:fdi|đầu tư(?: trực tiếp)?(?: nước ngoài)?|mới|[^\W\d_]+(?: [^\W\d_]+){0,3}))?,?(?: chủ yếu| phần lớn"
        r"| đa số)? của (?:các )?nhà đầu tư (?!trong nước|nước ngoài|việt nam|tư nhân))" + _NO_WORD,
    ),
    _T(
        "invest",
        K.COOPERATE,
        ("đầu tư", "rót vốn", "góp vốn"),
        r"(?:(?<!nhà )(?<!vốn )(?<!thu hút )(?<!môi trường )(?<!xúc tiến )(?<!kêu gọi )đầu tư(?: trực tiếp)?|rót vốn|góp vốn)"
        r"(?= [^.;:,()\n]{0,40}?(?:vào|sang) )",  # (round 24: "đầu tư sang X", "góp vốn vào")
    ),
    # "Nghị viện châu Âu đã thông qua hai hiệp định này": a parliament's approval (the parliament is checked by
    # the extractor) ratifies
    _T(
        "ratify_pass",
        K.AGREEMENT_RATIFY,
        ("thông qua",),
        r"thông qua(?= (?:hai |các |cả hai |những )?(?:hiệp định|hiệp ước|công ước|nghị định thư)"
        + _NO_WORD
        + ")",
    ),
    # "Các nhà lãnh đạo đã thông qua Tuyên bố Thành phố Hồ Chí Minh": a declaration adopted by a meeting's parties is
    # signed by them (a verb after its subject or an aspect word; not "thể hiện thông qua ...": by means of)
    _T(
        "adopt",
        K.AGREEMENT_SIGN,
        ("thông qua",),
        r"(?:(?<=đã )|(?<=vừa )|(?<=cùng )|(?<=nhất trí )|(?<=chính thức )|(?<=sẽ )|(?<=đồng thanh )|(?<=lãnh đạo )"
        r"|(?<=hội nghị )|(?<=bộ trưởng )|(?<=nguyên thủ )|(?<=hai bên )|(?<=hai nước )|(?<=các bên ))thông qua(?= (?:bản |các |hai )?(?:tuyên bố|chương trình hành động|kế hoạch hành động"
        r"|hiến chương|tầm nhìn|chiến lược)" + _NO_WORD + ")",
    ),
    # "Việt Nam và Nhật Bản thông qua Tuyên bố chung ...": a joint or political declaration adopted by the parties
    # named right before the verb (checked by the extractor: events_members.name_right_before)
    _T(
        "adopt_named",
        K.AGREEMENT_SIGN,
        ("thông qua",),
        # (round 40: a declaration by its place, a charter, a master plan or a set of guidelines too: "lãnh đạo A,
        # B và C thông qua Tuyên bố Bagan", "hai bên mới thông qua Bộ Hướng dẫn thực hiện DOC")
        # (round 117: an agreement the named parties adopt is one they make: "Việt Nam và Tòa Thánh thông qua Thỏa
        # thuận về ...", "hai bên thông qua Thỏa thuận ..."; a parliament's approval is ratify_pass's, a single body's)
        r"thông qua(?= (?:bản )?(?:tuyên bố (?:chung|chính trị|[^\W\d_]+)|hiến chương|kế hoạch tổng thể|bộ hướng dẫn"
        r"|bộ quy tắc|thỏa thuận|thoả thuận)" + _NO_WORD + ")",
    ),
    # "tham gia APEC": a join only when an organisation is named right after it (checked by the extractor)
    # ("tham gia khởi động / thành lập IPEF": a founding member joins)
    # acceding to a treaty or convention is becoming a party to it, a signing (SCHEMA: "a treaty ... signed"):
    # "Việt Nam tham gia Hiệp ước Thân thiện và Hợp tác ở Đông Nam Á (TAC)"; "tham gia Hiệp định CPTPP" (an
    # agreement that acts as a group) stays a joining
    _T(
        "accede",
        K.AGREEMENT_SIGN,
        ("tham gia",),
        r"tham gia(?= (?:hiệp ước|công ước|nghị định thư)(?![^\W\d_]))",
    ),
    _T(
        "join_take_part",
        K.MEMBERSHIP_JOIN,
        ("tham gia",),
        r"tham gia(?: vào| khởi động| thành lập)?" + _NO_WORD,
    ),
    _T(
        "cooperate",
        K.COOPERATE,
        ("hợp tác",),
        r"(?<!cơ chế )(?<!khuôn khổ )(?<!cơ hội )(?<!không gian )(?<!lĩnh vực )(?<!chương trình )(?<!quan hệ )(?<!đối tác )"
        # ("Cơ quan hợp tác phát triển của nước bạn": an agency's name; "A cùng B và C lập nên nhóm hợp tác ...": the
        # group founded, its founders' joining, round 28)
        r"(?<!cơ quan )(?<!lập nên nhóm )(?<!lập ra nhóm )hợp tác(?! xã)" + _NO_WORD,
    ),
    # "hai nước ký Tuyên bố chung về quan hệ Đối tác chiến lược": a partnership declared is an upgrade (the
    # signing is the "sign" trigger's; "nâng cấp ... lên" inside the name is the upgrade triggers')
    _T(
        "declare_partnership",
        K.RELATIONS_UPGRADE,
        ("tuyên bố chung",),
        r"(?:(?<=ký )|(?<=kết )|(?<=ra )|(?<=qua )|(?<=công bố ))tuyên bố chung(?= (?:về )?(?:việc )?"
        r"(?:(?:thiết lập|xác lập) )?(?:khuôn khổ )?(?:quan hệ )?" + _PARTNERS + _NO_WORD + ")",
    ),
    # "Triển khai Hiệp định ... (UKVFTA)", "khai thác CPTPP": implementing an agreement is cooperating with its
    # parties (events_tasks)
    _T(
        "implement",
        K.COOPERATE,
        ("triển khai", "thực hiện", "thực thi", "khai thác", "tận dụng"),
        r"(?<!được )(?<!đã được )(?:triển khai|thực hiện|thực thi|khai thác|tận dụng)"
        r"(?: (?:có hiệu quả|hiệu quả|tốt|đầy đủ|nghiêm túc|triệt để|tối đa))?(?= (?:các |những |cam kết (?:trong |của )?)?"
        r"(?:hiệp định|hiệp ước|thỏa thuận|thoả thuận|công ước|nghị định thư|cptpp|rcep|[a-z]{0,4}fta|[a-z]{0,4}ipa)"
        + _NO_WORD
        + ")",
    ),
    # "Phối hợp với Nhật Bản và Ấn Độ chuẩn bị ...", "hai nước thường xuyên phối hợp tại các diễn đàn"
    _T("coordinate", K.COOPERATE, ("phối hợp",), r"(?<!sự )(?<!cơ chế )phối hợp(?: chặt chẽ)?" + _NO_WORD),
    # "Phía bạn khẳng định sẵn sàng cùng Việt Nam xây dựng ...": a joint undertaking offered (planned)
    _T(
        "together",
        K.COOPERATE,
        ("cùng",),
        # (or opening a sentence or an item: "2. Cùng các nước ASEAN xây dựng Cộng đồng Kinh tế ASEAN", not a time)
        r"(?:(?<=sẵn sàng )|(?<=mong muốn )|(?<=cam kết )|(?<=quyết tâm )|(?<=^)|(?<=\n)|(?<=\. )|(?<=: )|(?<=- )"
        r"|(?<=– )|(?<=\+ ))cùng(?: với)?(?! (?:năm|tháng|ngày|thời|lúc|kỳ|giai đoạn|đó|với đó|nhau|lúc)\b)"
        r"(?= [^,.;:()]{2,40}? "
        r"(?:xây dựng|phát triển|thúc đẩy|giải quyết|bảo vệ|duy trì|triển khai|thực hiện|gìn giữ)"
        + _NO_WORD
        + ")",
    ),
    # "Việt Nam và Ma-lai-xi-a cùng nộp Báo cáo chung ...": a joint act of the parties before it (events_frames)
    _T("joint", K.COOPERATE, ("cùng", "báo cáo chung"), JOINT),
    # "UNDP là đối tác lâu năm của Chính phủ", "Bra-xin là đối tác thương mại lớn nhất của Việt Nam": a standing
    # partnership (not "đối tác chiến lược": a level of relations, the upgrade triggers')
    _T(
        "partner_of",
        K.COOPERATE,
        ("đối tác",),
        r"(?:(?<!phải là )(?<=là )|(?<!phải là một )(?<=là một )|(?<=là một trong những )|(?<=là một trong các ))đối tác"
        r"(?: (?:lâu năm|tin cậy|quan trọng|hàng đầu|truyền thống|hợp tác|phát triển|thương mại|đầu tư|viện trợ|lớn nhất|lớn"
        r"|thân thiết|chủ chốt|chính))*(?= của )",
    ),
    # "Hai nước hiện là Đối tác toàn diện", "X là đối tác chiến lược của Y", "Quan hệ X – Y hiện ở tầm Đối tác ...": a
    # standing level of relations (reaching it, "trở thành / thiết lập ... Đối tác", is an upgrade)
    _T(  # "... là Đối tác chiến lược từ năm 2009": the level reached then (as "là thành viên ... từ năm 1995")
        "partner_since",
        K.RELATIONS_UPGRADE,
        ("đối tác",),
        r"(?:(?<!phải là )(?<=là )|(?<!phải là một )(?<=là một ))"
        + _PARTNERS
        + r"(?=[^.;:\n]{0,60}? (?:kể )?từ "
        r"(?:năm |tháng \d{1,2}/|ngày \d{1,2}/\d{1,2}/)?\d{4}\b)",
    ),
    _T(
        "partner_level",
        K.RELATIONS,
        ("đối tác",),
        r"(?:(?<!phải là )(?<=là )|(?<!phải là một )(?<=là một )|(?<=là những )|(?<=ở tầm )|(?<=ở mức )|(?<=ở cấp độ ))"
        + _PARTNERS
        + _NO_WORD,
    ),
    # (round 80) "Belarus trở thành đối tác đối thoại của SCO năm 2009", "Trung Quốc và Mi-an-ma là đối tác đối thoại
    # của Ủy hội từ năm 1996": a status taken in an organisation other than ASEAN, a joining (ASEAN's dialogue partners
    # are its relations, below)
    _T(
        "dialogue_partner_status",
        K.MEMBERSHIP_JOIN,
        ("đối tác đối thoại",),
        r"(?:(?<!phải )(?<!chỉ )là|trở thành)(?: một)?(?: trong những)? đối tác đối thoại"
        r"(?: (?:đầy đủ|chính thức|đầu tiên|theo lĩnh vực|toàn diện|lâu năm|quan trọng))*"
        r"(?= của (?!asean\b|hiệp hội các quốc gia đông nam á\b))",
        back=4,
    ),
    # "Ô-xtrây-li-a trở thành đối tác đối thoại đầu tiên của ASEAN năm 1974": relations with the organisation (a
    # dialogue partner is no member; "đối tác đối thoại" is no consultation)
    _T(
        "dialogue_partner",
        K.RELATIONS,
        ("đối tác đối thoại",),
        r"(?:(?<!phải )là|trở thành)(?: một)?(?: trong những)? đối tác đối thoại"
        r"(?: (?:đầy đủ|chính thức|đầu tiên|theo lĩnh vực|toàn diện|lâu năm|quan trọng))*(?= của )",
        back=4,
    ),
    # "Việt Nam cùng An-ba-ni, ... thí điểm sáng kiến “Thống nhất hành động” của Liên Hợp Quốc": an organisation's
    # initiative piloted, cooperation with the organisation
    _T(
        "pilot",
        K.COOPERATE,
        ("thí điểm",),
        r"thí điểm(?= (?:sáng kiến|chương trình|mô hình|cơ chế|dự án)[^.;:]{0,80}? của )" + _NO_WORD,
    ),
    # "Đại sứ quán Việt Nam cùng Hội Hữu nghị Mông Cổ – Việt Nam tổ chức chiêu đãi": an activity organised together
    _T(
        "co_organise",
        K.COOPERATE,
        ("cùng",),
        r"cùng(?: với)?(?= [^,.;:()]{2,60}? (?:phối hợp |đồng )?tổ chức(?: các| một| nhiều)?"
        r" (?:buổi|cuộc|lễ|chương trình|hoạt động|tuần|ngày|hội thảo|triển lãm|chiêu đãi|hội chợ|liên hoan|giao lưu"
        r"|tọa đàm|hội diễn)" + _NO_WORD + ")",
    ),
)
