"""The Vietnamese trigger lexicon for event extraction (the cue words around triggers are in
:mod:`doingoai.extract.trigger_cues`, the tone-tolerant regex helpers in :mod:`doingoai.extract.vi_regex`;
both are re-exported here). The trigger record and the lexicon's first family (sanctions lifted or cut,
agreements, membership, relations) are in :mod:`doingoai.extract.trigger_defs`.

:func:`scan` finds every trigger in one pass: an Aho-Corasick automaton over the lower-cased text
finds the head words, and only there is each candidate trigger's regex tried. Hits are chosen as one
alternation's ``finditer`` would choose them: leftmost first, and at one position the trigger listed
first wins, so longer and more specific phrases come first ("dỡ bỏ cấm vận" before "cấm vận",
"ký và phê chuẩn" before "ký"). Patterns are written in NFC with the new tone placement ("hóa"); both placements
("hóa"/"hoá", "thủy"/"thuỷ") are accepted.
"""

from __future__ import annotations

from typing import NamedTuple

from doingoai.extract.textscan import lower_same_length  # noqa: F401  (re-exported)
from doingoai.extract.trigger_acts import ACTS  # (round 23: applications, appointments, delegations)
from doingoai.extract.trigger_cues import (  # noqa: F401  (re-exported: the cue words around a trigger)
    CO_ACTOR,
    COMMUNICATE,
    CONTEXT,
    CONTEXT_WORDS,
    COORD_GAP,
    HYPOTHETICAL,
    JOINT,
    NEGATION,
    OBJECTS_INTRO,
    ONGOING,
    PATIENT,
    PLANNED,
    POST_STOP,
    PURPOSE,
    RECEIVE,
    STRONG_BREAK,
    VOTE_WORD,
    VOTES,
)
from doingoai.extract.trigger_defs import (  # noqa: F401  (re-exported: the record, the relation verbs)
    _PARTNERS,
    _REL_VERBS,
    STANDING,
    Trigger,
)
from doingoai.extract.trigger_lex24 import LEX24  # (round 24: wordings the kind-by-kind grid found missing)
from doingoai.extract.vi_regex import NO_WORD as _NO_WORD
from doingoai.extract.vi_regex import Cue, needles_of, vi_compile, vi_pattern  # noqa: F401  (re-exported)
from doingoai.extract.vi_regex import cue as _cue
from doingoai.model import EventKind as K

_AGREEMENT_NOUN = (
    r"(?:hiệp định|hiệp ước|thỏa thuận|thỏa ước|văn kiện|bản ghi nhớ|nghị định thư|công ước|tuyên bố chung"
    r"|tuyên bố chính trị|hiến chương|hợp đồng|văn bản|mou|fta|chương trình hợp tác|kế hoạch hành động|công hàm trao đổi)"
)
HELP_TASK = (  # "giúp X <task>": aid only with a building, training or paying task after the helped
    r"(?:xây dựng|đào tạo|huấn luyện|khắc phục|khôi phục|tái thiết|trang bị|rà phá|cải tạo|hiện đại hóa|thành lập"
    r"|phòng, chống|phòng chống|thanh toán|trả nợ)"
)
# the helped left unstated (Vietnam, as for any aid): "Nước này cũng giúp xây dựng Bệnh viện Nhi ở Hà Nội", only with a
# concrete work built (not "giúp xây dựng niềm tin")
_HELP_BUILD = (
    r" (?:xây dựng|cải tạo|khôi phục|tái thiết|xây)(?: lại)?(?: các| một| nhiều| hai| ba)?(?: công trình)? (?:bệnh viện"
    r"|nhà máy|cầu|trường|đường|cảng|khu|trung tâm|sân bay|đập|nhà|thủy điện|cơ sở|viện)\b"
)
_T = Trigger

LEXICON: tuple[Trigger, ...] = (
    ACTS
    + LEX24
    + STANDING
    + (
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
        # peacekeeping unit serving (the unit before it is checked by events_rules.not_an_event)
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
            r"|lớn thứ \w+|lớn|hàng đầu|số một|thứ \w+|quan trọng|chủ chốt|chính|fdi))*(?: (?:tại|ở|vào|của))?(?= )",
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
            r"thông qua(?= (?:bản )?tuyên bố (?:chung|chính trị)" + _NO_WORD + ")",
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
            r"(?<!cơ quan )hợp tác(?! xã)"
            + _NO_WORD,  # ("Cơ quan hợp tác phát triển của nước bạn": an agency's name)
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
        _T(
            "coordinate", K.COOPERATE, ("phối hợp",), r"(?<!sự )(?<!cơ chế )phối hợp(?: chặt chẽ)?" + _NO_WORD
        ),
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
        _T(
            "aid_credit",
            K.AID,
            ("tín dụng", "khoản vay", "vốn vay"),
            r"(?:(?:gói|khoản|hạn mức|dòng) tín dụng|khoản vay|vốn vay|tín dụng(?= ưu đãi))(?: ưu đãi)?"
            + _NO_WORD,
            back=2,
        ),
        _T(
            "aid",
            K.AID,
            ("viện trợ", "hỗ trợ", "giúp đỡ", "tài trợ", "cho vay", "trao tặng", "cứu trợ", "tặng"),
            r"(?:viện trợ|hỗ trợ|giúp đỡ|tài trợ|cho vay|trao tặng|cứu trợ"
            r"|tặng(?! (?:thưởng|huân chương|huy chương|bằng|danh hiệu|hoa|quà|kỷ niệm|sách)))" + _NO_WORD,
        ),
        # funds drawn from a named source: "tranh thủ nguồn tài chính / vốn (vay ưu đãi) từ X" (X gives; not an
        # investment: "nguồn vốn đầu tư từ X" is cooperation; round 21)
        _T(
            "aid_funds",
            K.AID,
            ("tài chính", "vốn"),
            # sought by the recipient ("tranh thủ / vận động nguồn vốn từ X") or named as aid ("nguồn vốn ODA từ X");
            # not any funds raised ("Công ty huy động nguồn vốn từ Singapore qua trái phiếu": review 7)
            r"(?:(?<=tranh thủ nguồn )|(?<=tranh thủ các nguồn )|(?<=vận động nguồn )|(?<=vận động các nguồn )"
            r"|(?<=nguồn )(?=(?:tài chính|vốn) (?:[^.;:,()\n]{0,30}? )?(?:oda|ưu đãi|không hoàn lại|viện trợ|tài trợ)\b))"
            r"(?:tài chính|vốn)(?! đầu tư| fdi| ngân sách| trong nước| xã hội| tư nhân)"
            r"(?= (?:[^.;:,()\n]{0,30}? )?từ )" + _NO_WORD,
        ),
        # goods or technology given: "Mỹ cung cấp cho Việt Nam hơn 40 triệu liều vắc-xin", "Nhật Bản chuyển giao công nghệ
        # ... cho Việt Nam", "bàn giao 2 tàu tuần tra cho Phi-líp-pin" (not "cung cấp thông tin", not "hợp tác chuyển giao")
        _T(
            "aid_supply",
            K.AID,
            ("cung cấp", "chuyển giao", "bàn giao", "trao"),
            r"(?<!hợp tác )(?<!nhà )(?:cung cấp|chuyển giao|bàn giao|trao)(?= (?:miễn phí |thêm )?(?:cho [^.;:,()\n]{2,40}? )?(?:(?:thêm|hơn"
            r"|gần|khoảng|trên|tổng cộng|các|những|nhiều|một|hai|ba|lô|số|[\d.,]+|triệu|nghìn|vạn|trăm|tấn|liều|chiếc|bộ|tỷ"
            r"|usd|đô la) )*(?:vắc-?xin|vaccine|trang thiết bị|thiết bị y tế|lương thực|gạo|thuốc|hàng cứu trợ|hàng viện trợ"
            r"|vật tư y tế|khẩu trang|máy thở|tàu tuần tra|công nghệ|khí tài)" + _NO_WORD + ")",
        ),
        # "Việt Nam nhận được 5 triệu liều vắc-xin từ Nhật Bản": goods received (the receiving verb before the goods, checked
        # by events_vocab, makes the subject the receiver and "từ X" the giver)
        _T(
            "aid_goods",
            K.AID,
            (
                "vắc-xin",
                "vắc xin",
                "vaccine",
                "trang thiết bị y tế",
                "hàng cứu trợ",
                "hàng viện trợ",
                "khẩu trang",
                "máy thở",
            ),
            r"(?:vắc-?xin|vaccine|trang thiết bị y tế|hàng cứu trợ|hàng viện trợ|khẩu trang|máy thở)"
            + _NO_WORD,
        ),
        # "Việt Nam đóng góp 1 triệu USD cho Quỹ ứng phó COVID-19 của ASEAN": money given to a fund or a partner
        _T(
            "aid_contribute",
            K.AID,
            ("đóng góp",),
            r"đóng góp(?= [^.;:,()\n]{0,30}?\d[^.;:,()\n]{0,20}?(?:usd|đô la|euro|yên|triệu đồng|tỷ đồng)"
            r"[^.;:\n]{0,12}? (?:cho|vào) )",
        ),
        # "Việt Nam ủng hộ nhân dân Thổ Nhĩ Kỳ 100.000 USD": money or goods given (before "support": same start)
        _T(
            "aid_donate",
            K.AID,
            ("ủng hộ", "quyên góp"),
            r"(?:ủng hộ|quyên góp)(?= (?:[^,.;:()\n]{2,40}? )?(?:(?:hơn|gần|khoảng|trên|tổng cộng|thêm) )?(?:[\d.,]+ ?(?:triệu |tỷ "
            r"|nghìn |vạn )?(?:usd|đô la|tấn|liều|euro|yên|nhân dân tệ|bộ|chiếc)|số tiền|tiền mặt|lương thực|hàng hóa)"
            + _NO_WORD
            + ")",
        ),
        # "Nga xóa 85% số nợ cho Việt Nam", "giãn nợ cho In-đô-nê-xi-a": debt relief is aid (not "trả nợ": a payment)
        _T(
            "aid_debt",
            K.AID,
            ("xóa", "miễn", "giãn", "hoãn", "cơ cấu lại"),
            r"(?:xóa|miễn|giãn|hoãn|cơ cấu lại)(?: toàn bộ| một phần| phần lớn| [\d.,]+ ?%)?(?: (?:số|các|khoản|khoản|món))? nợ"
            + _NO_WORD,
        ),
        # "Việt Nam cử đoàn cứu hộ sang Thổ Nhĩ Kỳ": a rescue or medical team sent abroad is aid
        _T(
            "aid_rescue",
            K.AID,
            ("cử", "điều động"),
            r"(?:cử|điều động)(?: các| một| hai| ba)?(?: đoàn| đội| lực lượng| chuyên gia| bác sĩ)(?: công tác)?"
            r" (?:cứu hộ|cứu nạn|cứu trợ|y tế|quân y|tìm kiếm cứu nạn)" + _NO_WORD,
        ),
        # "Việt Nam dành cho Campuchia các suất học bổng", "cấp cho Lào khoản viện trợ không hoàn lại"
        _T(
            "aid_grant",
            K.AID,
            ("dành cho", "cấp cho", "trao cho"),
            r"(?:dành|cấp|trao) cho(?= [^,.;:()\n]{2,50}? (?:các |những |nhiều |hàng trăm |hàng nghìn )?(?:suất học bổng"
            r"|học bổng|khoản viện trợ|viện trợ|khoản tín dụng|khoản vay)" + _NO_WORD + ")",
        ),
        # scholarships given or received are aid, whoever gives them: "Chính phủ Hung-ga-ri cấp học bổng cho sinh viên Việt
        # Nam", "dành 100 suất học bổng cho Cam-pu-chia", "sinh viên Lào nhận học bổng của Chính phủ Việt Nam"
        _T(
            "aid_scholarship",
            K.AID,
            ("học bổng",),
            r"(?:(?:cấp|dành|trao|trao tặng|tặng|cung cấp)(?: (?:các|những|nhiều|hàng trăm|hàng nghìn|hàng chục|hơn|gần"
            r"|khoảng|[\d.]+))*(?: suất)? |(?<=nhận )|(?<=nhận được ))học bổng" + _NO_WORD,
            back=5,
        ),
        # training given is aid: "Liên Xô đào tạo hàng vạn cán bộ cho Việt Nam", "đào tạo cho Lào 3.000 cán bộ"
        _T(
            "aid_training",
            K.AID,
            ("đào tạo",),
            r"(?<!được )đào tạo(?= (?:cho [^.;:,()]{2,40}? )?(?:(?:các|những|hàng|hơn|gần|khoảng|trên|nhiều|[\d.]+"
            r"|vạn|nghìn|ngàn|trăm|chục) )*(?:cán bộ|sinh viên|học viên|nghiên cứu sinh|lưu học sinh|chuyên gia|kỹ sư|bác sĩ"
            r"|sĩ quan|nhân lực|nguồn nhân lực)" + _NO_WORD + ")",
        ),
        # students taken in for training are aid to their country: "Việt Nam tiếp nhận hơn 1.000 lưu học sinh Lào"
        _T(
            "aid_students",
            K.AID,
            ("tiếp nhận", "đón nhận", "đón", "nhận"),
            r"(?:tiếp nhận|đón nhận|đón|nhận)(?= (?:(?:hơn|gần|khoảng|trên|hàng|các|những|nhiều|[\d.]+|vạn|nghìn|ngàn|trăm"
            r"|chục) )*(?:lưu học sinh|học viên|nghiên cứu sinh|sinh viên)" + _NO_WORD + ")",
        ),
        # "cung cấp 1 tỷ USD vốn ODA cho Việt Nam", "Liên Xô cho Việt Nam vay 2 tỷ rúp"
        _T(
            "aid_oda", K.AID, ("oda",), r"(?:(?:nguồn )?vốn |khoản |các dự án |dự án )?oda" + _NO_WORD, back=3
        ),
        _T("aid_lend", K.AID, ("cho",), r"cho(?= (?:[^\W\d_]+[ -]){1,5}vay" + _NO_WORD + ")"),
        # "Cu-ba đã giúp Việt Nam xây dựng bệnh viện": "giúp" is aid only with a building or training task after it
        # ("hợp tác giúp Cu-ba phát triển ...": the manner of the cooperation, not another event)
        _T(
            "aid_help",
            K.AID,
            ("giúp",),
            r"(?<!hợp tác )giúp(?! đỡ)(?: cho)?(?= [^,.;:()]{2,60}? "
            + HELP_TASK
            + _NO_WORD
            + "|"
            + _HELP_BUILD
            + ")",
        ),
        # experts as the helpers: "Chuyên gia nông nghiệp Việt Nam tiếp tục giúp Cu-ba phát triển sản xuất lúa gạo"
        # (round 22; any task: the experts before the verb are checked by events_use.experts_before)
        _T(
            "aid_help_experts",
            K.AID,
            ("giúp",),
            r"(?<!hợp tác )giúp(?! đỡ)(?: cho)?(?= [^,.;:()]{2,40}? (?:phát triển|nâng cao|sản xuất|trồng|chữa|khám"
            r"|điều trị|giảng dạy|nghiên cứu|chăn nuôi|nuôi trồng|cải thiện)" + _NO_WORD + ")",
        ),
        # experts sent to help: "Việt Nam đã cử nhiều chuyên gia sang giúp Lào phát triển trồng lúa" (technical aid; the
        # helped after the verb)
        _T(
            "aid_experts",
            K.AID,
            ("chuyên gia", "kỹ sư", "bác sĩ", "giáo viên", "thầy thuốc"),
            r"cử (?:(?:nhiều|các|những|hàng trăm|hàng nghìn|hàng ngàn|\d+|một số|đoàn) )?"
            r"(?:chuyên gia|kỹ sư|bác sĩ|giáo viên|thầy thuốc)(?: [^\W\d][\w-]*){0,4}? (?:sang|tới|đến) "
            r"(?:giúp đỡ|giúp|hỗ trợ)" + _NO_WORD,
            back=2,
        ),
        # "Năm 2007, Việt Nam được công nhận là thành viên thứ 150 của WTO": a membership granted is a join (not support)
        _T(
            "join_recognised",
            K.MEMBERSHIP_JOIN,
            ("công nhận",),
            r"(?:được )?(?:chính thức )?công nhận là (?:thành viên|hội viên)(?: chính thức| đầy đủ| thứ \d+)?"
            + _NO_WORD,
            back=2,
        ),
        # a site inscribed by an agent: "(Cố đô Huế) được UNESCO ghi danh là Di sản ..." (only after "được X":
        # events_members.recognised_as; round 19)
        _T("support_inscribed", K.SUPPORT, ("ghi danh",), r"ghi danh" + _NO_WORD),
        _T(
            "support",
            K.SUPPORT,
            ("ủng hộ", "công nhận", "hoan nghênh", "tán thành"),
            r"(?:ủng hộ|công nhận|hoan nghênh|tán thành)" + _NO_WORD,
        ),
        _T(
            "chair",
            K.CHAIR,
            ("chủ tịch",),
            r"(?:đảm nhận|đảm nhiệm|đảm đương|nắm giữ|giữ|nhận|tiếp nhận|tiếp quản|làm|là|trở thành)(?: thành công)?(?: vai trò| cương vị| chức| chức vụ| ghế)?"
            r" chủ tịch(?: luân phiên)?" + _NO_WORD,
            back=5,
        ),
        # an organisation's head office taken up: "nhậm chức / kế nhiệm Tổng Thư ký ASEAN", "giữ chức Tổng Giám đốc
        # WTO": an appointment, read as an election to the office (the organisation follows the title; round 21)
        _T(
            "take_office",
            K.MEMBERSHIP_ELECT,
            ("nhậm chức", "kế nhiệm", "giữ chức", "đảm nhiệm chức", "đảm nhận chức"),
            r"(?:nhậm chức|kế nhiệm(?: chức)?|(?:giữ|đảm nhiệm|đảm nhận) chức(?: vụ)?)"
            r" (?:tổng thư ký|tổng giám đốc)(?= [^\W\d_])" + _NO_WORD,
        ),
        # "chủ trì ARF lần thứ 27": an organisation's numbered meeting chaired, named by its abbreviation
        _T("chair_meeting", K.CHAIR, ("chủ trì",), r"chủ trì(?= [^\W\d_]{2,8} lần thứ)" + _NO_WORD),
        _T(
            "host",
            K.HOST,
            ("đăng cai", "tổ chức", "chủ trì"),
            # (the meeting is looked ahead at, not consumed: its name may be the organisation's body, "Tổ chức
            # Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng")
            r"(?:đăng cai(?: tổ chức)?|(?:tổ chức|chủ trì)(?: thành công| tốt)?(?: các| nhiều| một số)?"
            r"(?= (?:hội nghị|hội nghị cấp cao|hội nghị thượng đỉnh|thượng đỉnh|diễn đàn|kỳ họp|cuộc họp|phiên họp"
            r"|tuần lễ cấp cao|hội thảo|đối thoại|năm apec|năm asean|đại hội đồng)"
            + _NO_WORD
            + "))"
            + _NO_WORD,
        ),
        # "Thủ tướng dự Hội nghị Cấp cao đặc biệt ASEAN – Hoa Kỳ": attending a meeting whose name holds its parties
        # (checked by the extractor) is a consultation with them; one prepared for is planned (events_status)
        _T(
            "attend",
            K.CONSULT,
            ("dự",),
            # (round 26: "Khóa họp", an assembly's session; "Chuẩn bị tham dự ...", a task, is attending to come)
            r"(?:tham dự|(?<!tham )dự)(?= (?:hội nghị|thượng đỉnh|diễn đàn|kỳ họp|khóa họp|phiên họp|đại hội đồng)"
            + _NO_WORD
            + ")",
            back=1,
        ),
        # "Năm 2010, trên cương vị Chủ tịch ASEAN, Việt Nam ...": the role itself, its holder after the comma
        _T(
            "chair_role",
            K.CHAIR,
            ("chủ tịch",),
            r"(?:(?<=cương vị )|(?<=tư cách )|(?<=vai trò ))chủ tịch(?: luân phiên)?" + _NO_WORD,
        ),
        # "ta đảm nhiệm vai trò chủ nhà Năm APEC 2006", "Việt Nam là nước chủ nhà ASEAN 2020": the host's role
        _T(
            "host_role",
            K.HOST,
            ("chủ nhà",),
            r"(?:đảm nhận|đảm nhiệm|giữ|làm|là|với tư cách)(?: tốt| thành công)?(?: vai trò| cương vị)?(?: nước)? chủ nhà"
            + _NO_WORD,
            back=5,
        ),
        # "Hội nghị Cấp cao Á – Âu (ASEM 5) sẽ được tổ chức tại Hà Nội": a meeting held in Vietnam, Vietnam hosts
        _T(
            "host_here",
            K.HOST,
            ("tổ chức", "đăng cai"),
            r"được (?:tổ chức|đăng cai)(?= (?:tại|ở) (?:thủ đô |thành phố )?(?:hà nội|việt nam|tp\.? ?hồ chí minh"
            r"|hồ chí minh|đà nẵng|hải phòng|huế|nha trang|hạ long|cần thơ|hội an|quảng ninh|phú quốc)"
            + _NO_WORD
            + ")",
            back=1,
        ),
        # "Hội nghị ... được tổ chức tại Hua Hin (Thái Lan)": held abroad, the country of the place hosts (a meeting as
        # the subject and the country checked by the extractor: events_places)
        _T(
            "host_at",
            K.HOST,
            ("tổ chức", "đăng cai", "diễn ra", "khai mạc", "bế mạc", "họp"),
            # (round 23: "Hội nghị Cấp cao ASEAN lần thứ 25 đã khai mạc tại ...", "... lần thứ 28 của AU họp tại X";
            # round 26: "... bế mạc tại X", closed where it was held)
            r"(?:được (?:tổ chức|đăng cai)|(?<!là nơi )(?<!sẽ được )diễn ra|khai mạc|bế mạc"
            r"|(?<!cuộc )(?<!kỳ )(?<!phiên )(?<!buổi )(?<!đoàn )(?:nhóm )?họp)(?= (?:tại|ở) )",
            back=1,
        ),
        # "thành phố Sharm el-Sheikh của Ai Cập là nơi diễn ra COP27": the venue's country hosts (events_places)
        _T(
            "host_venue",
            K.HOST,
            ("nơi", "địa điểm"),
            r"là (?:nơi|địa điểm) (?:diễn ra|tổ chức|đăng cai)" + _NO_WORD,
            back=1,
        ),
        # "Hội nghị Cấp cao ASEAN ... do Việt Nam chủ trì": the host is the name after "do"
        _T(
            "host_by",
            K.HOST,
            ("chủ trì", "đăng cai"),
            # ("do Thái tử, Thủ tướng X chủ trì": one person's two titles, a comma between them)
            r"do (?:[^,.;:()\n]{2,20}, (?=thủ tướng|tổng thống|chủ tịch|bộ trưởng|ngoại trưởng|quốc vương))?"
            r"[^,.;:()\n]{2,60}? (?:chủ trì|đăng cai)(?: tổ chức)?" + _NO_WORD,
            back=7,
        ),
        # "Thủ tướng Nhật Bản đến thăm và làm việc tại Việt Nam": the place after "tại" is the destination (events_vocab)
        # a delegation's working trip: "đoàn công tác của tỉnh làm việc tại thành phố X" (only after "đoàn ...":
        # events_members.delegation_before; round 19)
        _T("visit_delegation", K.VISIT, ("làm việc",), r"làm việc (?:tại|ở)" + _NO_WORD),
        _T(
            "visit_work",
            K.VISIT,
            ("thăm",),
            r"(?:(?:chuyến|cuộc) )?thăm(?: chính thức| cấp nhà nước| hữu nghị)?,?(?: và)? làm việc (?:tại|ở)"
            + _NO_WORD,
            back=1,
        ),
        _T(
            "visit",
            K.VISIT,
            ("thăm", "công du"),
            r"(?:(?:chuyến|cuộc) )?thăm(?! (?:hỏi|dò|khám|quan|viếng|nom))(?: chính thức| cấp nhà nước| làm việc| hữu nghị)?"
            r"|công du" + _NO_WORD,
            back=1,
        ),
        # "Cử đoàn của thành phố tham gia Hội chợ ... tại Thượng Hải (Trung Quốc)": a delegation sent abroad visits the
        # country it goes to (named after "sang / tới / đến", or the country of the place: events_places)
        _T(
            "delegation",
            K.VISIT,
            ("cử",),
            r"cử (?:các |một |hai |ba |nhiều )?(?:đoàn|phái đoàn)(?: đại biểu| công tác| cấp cao| nghệ thuật| doanh nghiệp)?"
            + _NO_WORD,
        ),
        # "Chủ tịch nước sang Phi-líp-pin dự Tuần lễ Cấp cao APEC": going to a country (named right after the verb,
        # checked by the extractor) for a meeting or for work is a visit; not goods or a year ("đến năm 2020")
        _T(
            "visit_go",
            K.VISIT,
            ("sang", "đến", "tới"),
            r"(?:sang|đến|tới)(?= [^,.;:()\n]{2,40}? (?:dự(?! (?:kiến|định|thảo|án|báo|trữ|toán|phòng|bị))|tham dự|thăm"
            r"|làm việc|công tác|hội đàm|hội kiến)" + _NO_WORD + ")",
        ),
        _T(
            "consult",
            K.CONSULT,
            ("hội đàm", "điện đàm", "hội kiến", "tham vấn", "gặp gỡ", "gửi", "trao đổi", "đối thoại"),
            r"(?:hội đàm|điện đàm|hội kiến|tham vấn|gặp gỡ|gửi (?:thư|điện|công điện)|(?<!kim ngạch )(?<!công hàm )trao đổi(?: thư| điện| ý kiến| quan điểm)?"
            r"(?! (?:hàng|thương mại|mua bán|buôn bán|tù binh|sinh viên|học sinh|lao động|tiền tệ|ngoại tệ)\b)"
            r"|(?<!đối tác )(?<!quan hệ )đối thoại)"
            + _NO_WORD,  # not "đối tác/quan hệ đối thoại": a standing
        ),
        # "Chủ tịch nước tiếp Tổng thống Mê-hi-cô", "gặp Thủ tướng Nhật Bản": receiving or meeting a titled person
        _T(
            "consult_receive",
            K.CONSULT,
            ("tiếp", "đón tiếp", "tiếp kiến", "gặp", "hội ngộ", "chào xã giao"),
            r"(?:đón tiếp|tiếp kiến|tiếp(?: xã giao| thân mật| riêng)?|gặp(?: mặt)?|hội ngộ|chào xã giao)(?= (?:ngài |bà |ông )?(?:tổng thống|thủ tướng|chủ tịch"
            r"|người đồng cấp"
            r"|bộ trưởng|ngoại trưởng|đại sứ|quốc vương|nhà vua|hoàng thái tử|tổng bí thư|phó tổng thống|phó thủ tướng"
            r"|tổng thư ký|đoàn đại biểu|người đứng đầu"
            r"|tổng lãnh sự|lãnh sự|đại biện|tỉnh trưởng|phó tỉnh trưởng)"
            + _NO_WORD
            + ")",  # (consuls, governors)
        ),
        # "Bộ trưởng Ngoại giao làm việc với Đại sứ Nhật Bản", "tiếp xúc với Tổng thống Pháp bên lề ...", "gặp song
        # phương": working with a titled person, a delegation or the other side (not "làm việc với tỉnh ...")
        _T(
            "consult_work",
            K.CONSULT,
            ("làm việc", "tiếp xúc", "gặp", "gặp gỡ", "hội kiến", "hội đàm", "lễ đón"),
            r"(?:(?:làm việc|tiếp xúc(?: song phương)?) với|(?:chủ trì )?lễ đón(?: chính thức| trọng thể| cấp nhà nước)?)"
            r"(?= (?:ngài |bà |ông )?(?:tổng thống|thủ tướng|chủ tịch|bộ trưởng"
            r"|ngoại trưởng|đại sứ|quốc vương|nhà vua|tổng bí thư|phó tổng thống|phó thủ tướng|thứ trưởng|tổng thư ký"
            r"|đoàn|phái đoàn|trưởng đoàn|người đứng đầu|phía|tổng lãnh sự|lãnh sự|đại biện|tỉnh trưởng|phó tỉnh trưởng"
            r"|lãnh đạo(?! (?:tỉnh|thành phố|địa phương)\b))" + _NO_WORD + ")"
            r"|(?:tiếp xúc|gặp|gặp gỡ|hội kiến|hội đàm) song phương" + _NO_WORD,
            back=2,
        ),
        # "Phó Thủ tướng có chuyến công tác tại Nhật Bản": a working trip abroad (the country after the place word:
        # events_vocab; a province names no party)
        _T(
            "visit_trip",
            K.VISIT,
            ("chuyến công tác",),
            r"(?:(?<=có )|(?<=trong )|(?<=nhân )|(?<=trong dịp )|(?<=đã )|(?<=sẽ ))?chuyến công tác(?: chính thức| làm việc)?"
            r" (?:tới|đến|sang|tại|ở)" + _NO_WORD,
        ),
        # "Hai Bộ trưởng thảo luận về ...", "Việt Nam và Hàn Quốc tổ chức tọa đàm ...", "tham khảo chính trị": only
        # with the parties as the subject (events_vocab.discussed_by_parties)
        _T(
            "consult_discuss",
            K.CONSULT,
            ("thảo luận", "bàn bạc", "tọa đàm", "tham khảo chính trị", "bàn"),
            r"(?:thảo luận|bàn bạc|(?:(?:đồng )?tổ chức |dự |tham dự )?(?:cuộc |buổi )?tọa đàm"
            r"|(?:cuộc |vòng )?tham khảo chính trị"
            # (round 19) "hai bên sẽ bàn các biện pháp ...": the verb "bàn" after an aspect word or the parties
            r"|(?:(?<=sẽ )|(?<=đã )|(?<=cùng )|(?<=bên )|(?<=nước ))bàn(?= (?:về|các|những|cách|việc|biện pháp)\b))"
            + _NO_WORD,
            back=3,
        ),
        _T(
            "protest",
            K.PROTEST,
            ("phản đối", "lên án", "phản bác", "kháng nghị"),
            r"(?:phản đối|lên án|phản bác|kháng nghị)" + _NO_WORD,
        ),
        # "Việt Nam bác bỏ yêu sách của Trung Quốc" (a claim or stand rejected; not "bác bỏ thông tin": a denial), "yêu
        # cầu Trung Quốc chấm dứt ngay các hoạt động vi phạm" (a demand to stop at once). "bày tỏ quan ngại" is no
        # protest (a concern voiced: no trigger)
        _T(
            "protest_reject",
            K.PROTEST,
            ("bác bỏ",),
            r"(?:kiên quyết |hoàn toàn )?bác bỏ(?: hoàn toàn| mạnh mẽ)?(?= (?:mọi |các |những )?(?:yêu sách|cái gọi là"
            r"|tuyên bố chủ quyền|lập luận|luận điệu|đòi hỏi)" + _NO_WORD + ")",
            back=1,
        ),
        _T(
            "protest_demand",
            K.PROTEST,
            ("yêu cầu", "đề nghị", "kêu gọi"),
            r"(?:yêu cầu|đề nghị|kêu gọi)(?= [^,.;:()\n]{2,50}? (?:(?:lập tức|ngay lập tức) )?(?:chấm dứt|ngừng|dừng|rút)"
            r"(?: ngay| ngay lập tức| lập tức)(?: và vô điều kiện)?(?= )(?! cả)[^,.;:\n]{0,30}?(?:hành động|hành vi|hoạt động"
            r"|việc|vi phạm|giàn khoan|tàu)" + _NO_WORD + ")",
        ),
        _T(
            "sanction",
            K.SANCTION,
            ("bao vây", "cấm vận"),
            r"(?:bao vây,? (?:và )?cấm vận|cấm vận)" + _NO_WORD,
        ),
        # "Mỹ đưa Nga vào danh sách trừng phạt" (the target between the verb and the list), "hạn chế xuất khẩu vũ khí
        # sang Việt Nam", "lệnh cấm bán vũ khí đối với Nam Phi"
        _T(
            "sanction_list",
            K.SANCTION,
            ("đưa", "bổ sung"),
            r"(?:đưa|bổ sung)(?= [^,.;:()\n]{2,50}? vào (?:các )?danh sách (?:trừng phạt|cấm vận|đen|hạn chế)"
            + _NO_WORD
            + ")",
        ),
        # "Mỹ đóng băng tài sản của Nga": assets frozen
        _T(
            "sanction_freeze",
            K.SANCTION,
            ("đóng băng",),
            r"đóng băng(?: các| toàn bộ| một phần)? tài sản" + _NO_WORD,
        ),
        _T(
            "sanction_arms",
            K.SANCTION,
            ("hạn chế", "cấm", "lệnh cấm"),
            r"(?:áp đặt |áp dụng |duy trì )?(?:lệnh |các biện pháp )?(?:hạn chế|cấm) (?:xuất khẩu|bán|chuyển giao|cung cấp)"
            r" (?:vũ khí|khí tài|thiết bị quân sự|công nghệ quân sự|công nghệ lưỡng dụng)" + _NO_WORD,
        ),
        # ambiguous words ("trừng phạt thân thể", a military "bao vây"): only with a named target
        _T(
            "sanction_weak",
            K.SANCTION,
            ("bao vây", "trừng phạt", "phong tỏa"),
            r"(?:(?:các |lệnh |biện pháp )?trừng phạt|phong tỏa|bao vây)" + _NO_WORD,
        ),
        _T(
            "conflict",
            K.CONFLICT,
            tuple(
                "kháng chiến|chiến tranh|xâm lược|xâm lấn|xâm chiếm|tấn công|tiến công|đánh phá|xung đột|đánh chiếm|chiếm đóng|ném bom"
                "|bắn phá|oanh tạc|không kích".split("|")
            ),
            r"(?:kháng chiến chống|chiến tranh(?! lạnh)(?: xâm lược)?|xâm lược|xâm lấn|xâm chiếm|tấn công(?! mạng)|tiến công|đánh phá|"
            r"xung đột(?: vũ trang)?|đánh chiếm|chiếm đóng|ném bom(?: hủy diệt)?|bắn phá|oanh tạc|không kích)"
            + _NO_WORD,
        ),
        # "hải quân Trung Quốc đụng độ với Việt Nam tại Gạc Ma", "giao tranh ở biên giới", "chiến sự giữa Nga và U-crai-na":
        # armed clashes (not "đụng độ quan điểm": only with a party, a place or a time after it)
        _T(
            "conflict_clash",
            K.CONFLICT,
            ("đụng độ", "giao tranh", "chiến sự", "nổ súng", "pháo kích", "bắn chìm", "đánh chìm"),
            r"(?:nổ súng|pháo kích|bắn chìm|đánh chìm)"
            + _NO_WORD
            + r"|(?:(?:cuộc |các )?(?:đụng độ|giao tranh)(?: vũ trang| quân sự| ác liệt| dữ dội)?(?= (?:với|tại|ở|trên|giữa|năm"
            r"|ngày|tháng|biên giới)"
            + _NO_WORD
            + r")|(?:cuộc )?giao tranh|chiến sự(?= (?:giữa|tại|ở|với)"
            + _NO_WORD
            + "))"
            + _NO_WORD,
        ),
    )
)
BY_NAME = {t.name: t for t in LEXICON}


class Hit(NamedTuple):  # one per trigger word in a text: a NamedTuple is cheaper to build than a dataclass
    trigger: Trigger
    start: int
    end: int


def scan(text: str, low: str | None = None) -> list[Hit]:
    """Every trigger in ``text``, leftmost first, not overlapping (like one alternation's ``finditer``);
    the automaton and the scan are in :mod:`doingoai.extract.trigger_scan`."""
    from doingoai.extract.trigger_scan import scan_text  # (it imports this module's lexicon)

    return scan_text(text, low)


AGREEMENT_NOUN = _cue(r"\b" + _AGREEMENT_NOUN + _NO_WORD)
# a named agreement: "Hiệp ước Hữu nghị và Hợp tác Việt Nam – Lào (1977)" (capitalised noun)
AGREEMENT_NAME = vi_compile(
    r"\b(?:Hiệp định|Hiệp ước|Công ước|Nghị định thư|Thỏa thuận|Bản ghi nhớ|Tuyên bố chung|Hiến chương)\b", 0
)
