"""Round 23's family of the trigger lexicon (docs/decisions.md, Events, round 23): acts the earlier families had no
word for, found missed in fresh text. An application to join ("nộp đơn xin gia nhập": a joining to come), an
appointment to an organisation's office ("được Đại hội đồng WTO bổ nhiệm", "đề cử ông X (nước) vào chức Tổng Giám
đốc": an election, as round 21 reads "nhậm chức"), a chair handed over ("chuyển giao vai trò Chủ tịch X cho Y"), an
agreement reached on a treaty ("đạt thỏa thuận chính trị về hiệp định": its negotiation), a body made part of an
organisation ("trở thành cơ quan chuyên môn của LHQ"), a delegation organised or received ("tổ chức đoàn ... sang
A", "đón đoàn Đại sứ các nước ..."), experts sent abroad ("cử chuyên gia nông nghiệp sang các nước châu Phi": aid).
:mod:`doingoai.extract.triggers` puts them first: each is more specific than the older trigger starting at its word
("chuyển giao" of goods, "cử" of a rescue team). The checks a match needs are in :mod:`events_offices`.
"""

from __future__ import annotations

from typing import Final

from doingoai.extract.trigger_defs import Trigger
from doingoai.extract.vi_regex import NO_WORD as _NO_WORD
from doingoai.extract.vi_regex import WORD_START
from doingoai.model import EventKind as K

_T = Trigger
_QUANTITY: Final = (
    r"(?:(?:các|những|một|hai|ba|nhiều|hàng trăm|hàng chục|hàng nghìn|hàng ngàn|một số|\d+|thêm) )*"
)
_DELEGATION: Final = r"(?:đoàn|phái đoàn)(?= )"

ACTS: tuple[Trigger, ...] = (
    # an application to join is a joining to come (status planned: events_shapes.role_status): "Xéc-bi-a nộp đơn xin
    # gia nhập EU", "Thụy Điển chính thức xin gia nhập NATO" (not "hồ sơ xin visa", not "xin ý kiến")
    _T(
        "apply_join",
        K.MEMBERSHIP_JOIN,
        ("đơn", "xin gia nhập", "hồ sơ"),
        r"(?:(?:nộp|gửi|đệ|đệ trình|trao)(?: chính thức)? (?:lá |bộ )?(?:đơn|hồ sơ) (?:xin |đề nghị )?"
        # (an application backed or welcomed is the support's object: "Việt Nam ủng hộ đơn xin gia nhập ASEAN của
        # Đông Ti-mo", review of round 23 (3))
        r"|(?<!ủng hộ )(?<!nghênh )(?<!chào mừng )(?<!phản đối )(?<!ủng hộ việc )(?<!nghênh việc )"
        r"(?:đơn|hồ sơ) xin |(?<!đơn )(?<!hồ sơ )"
        + WORD_START
        + r"xin )(?:gia nhập|trở thành thành viên|được kết nạp vào|kết nạp vào)"
        + _NO_WORD,
        back=3,
    ),
    # the admission told after an application: "Lào nộp đơn xin gia nhập WTO và được chấp thuận vào tháng 10/2012",
    # "... và chính thức trở thành thành viên năm 2023": a joining that happened, at its own date (review of round
    # 23, 9; the applicant and the organisation are the application's: events_offices.admitted_roles)
    _T(
        "join_admitted",
        K.MEMBERSHIP_JOIN,
        ("được", "chính thức", "trở thành"),
        r"(?<=\bvà )(?:đã )?(?:được (?:chấp thuận|chấp nhận|kết nạp)(?: làm thành viên| là thành viên)?"
        r"|(?:chính thức )?trở thành thành viên(?: chính thức)?)(?=(?: (?:vào |từ )?(?:năm|tháng|ngày) \d)|[.,;])",
    ),
    # an appointment to an organisation's office is an election to it (the organisation is checked by the extractor:
    # events_offices.office_org): "bà được Đại hội đồng WTO nhất trí bổ nhiệm", "Tổng Thư ký LHQ bổ nhiệm ông X (Ấn
    # Độ) làm Đặc phái viên", "Ủy ban Điều phối WIPO đề cử ông X (Xinh-ga-po) vào chức Tổng Giám đốc"
    _T(
        "appoint",
        K.MEMBERSHIP_ELECT,
        ("bổ nhiệm", "đề cử"),
        r"(?:(?:đã |vừa )?được )?(?:tái )?(?:bổ nhiệm|đề cử)(?! lại)(?: lại)?(?: làm| vào| giữ)?" + _NO_WORD,
        back=2,
    ),
    # "chuyển giao vai trò Chủ tịch CLMV cho Mi-an-ma", "trao lại cương vị Chủ tịch ASEAN cho Lào": the one it is handed
    # to holds the chair (roles: events_offices.handover_roles)
    _T(
        "chair_handover",
        K.CHAIR,
        ("chuyển giao", "bàn giao", "trao"),
        r"(?:chuyển giao|bàn giao|trao)(?: lại)?(?: vai trò| cương vị| chức| chức vụ| ghế| chiếc búa)? chủ tịch"
        r"(?: luân phiên)?(?=[^.;:\n]{0,80}? cho )" + _NO_WORD,
    ),
    # an agreement reached on a treaty concludes its negotiation: "MERCOSUR và EU đạt thỏa thuận chính trị về hiệp định
    # thương mại tự do", "hai bên đạt được thỏa thuận nguyên tắc về Hiệp định ..." (not "thỏa thuận hợp tác" signed)
    _T(
        "negotiate_reached",
        K.AGREEMENT_NEGOTIATE,
        ("đạt",),
        r"đạt(?: được)? (?:(?:các|một) )?(?:thỏa thuận|đồng thuận)(?: (?:chính trị|nguyên tắc|cuối cùng|sơ bộ|chung|cơ bản"
        r"|về mặt nguyên tắc))* (?:về|đối với|cho) (?:(?:việc|nội dung|văn bản|các nội dung) )?(?:(?:ký kết|ký) )?"
        r"(?:(?:các|một|bản) )?(?:hiệp định|hiệp ước|fta|thỏa thuận thương mại|công ước|nghị định thư)"
        + _NO_WORD,
    ),
    # a body made part of an organisation joins it: "WIPO trở thành cơ quan chuyên môn của Liên hợp quốc", "được công
    # nhận là tổ chức liên kết của ASEAN"
    _T(
        "join_body",
        K.MEMBERSHIP_JOIN,
        ("trở thành", "công nhận là"),
        r"(?:trở thành|(?:được )?công nhận là) (?:một )?(?:cơ quan|tổ chức) (?:chuyên môn|chuyên trách|trực thuộc|liên kết"
        r"|thành viên)(?= (?:của|thuộc) )",
    ),
    # a delegation organised to go abroad: "tổ chức đoàn doanh nghiệp sang Ni-giê-ri-a và Bờ Biển Ngà", "thành lập
    # đoàn xúc tiến đầu tư đi Chi-lê" (the country gone to: events_places.destination, as for "cử đoàn")
    _T(
        "delegation_org",
        K.VISIT,
        ("tổ chức", "thành lập", "dẫn", "đưa", "tham gia"),
        # (round 115: again, or joined: "tổ chức lại đoàn ...", "tham gia đoàn xúc tiến đầu tư của tỉnh tại Đức")
        r"(?:tổ chức(?: lại)?|thành lập|dẫn|đưa|tham gia) "
        + _QUANTITY
        + _DELEGATION
        # (a delegation going abroad: "sang / đi / tới X" within a few words, not to a verb ("đi thăm các gia đình");
        # no tourists, no study trip: review of round 23, 5; else the visit verb after it tells the visit; "sang"
        # with a survey is abroad: "tổ chức đoàn doanh nghiệp sang khảo sát thị trường tại Na-mi-bi-a")
        # (up to nine words, commas included, round 33; a promotion mission listing its goods, round 30)
        # (round 115: its members counted, "đoàn 12 doanh nghiệp sang X"; a promotion mission "tại X", abroad or not:
        # the destination names a country or no event)
        + r"(?=(?:(?: (?:[^\W\d_]+|\d+),?){0,9}?| xúc tiến(?: [^\W\d_]+,?){1,12}?) (?:sang (?=khảo sát|tìm hiểu)|(?:sang|đi|tới|đến) "
        r"(?!(?:thăm|học|tham|khảo|tìm|làm|dự|công tác|các gia đình)\b))"
        r"| xúc tiến (?:đầu tư|thương mại|xuất khẩu)(?:(?:,| và) (?:đầu tư|thương mại|du lịch))*(?: của [^\W\d_]+)? tại [^\W\d_])"
        r"(?![^.;:\n]{0,60}?\b(?:khách|(?<!xúc tiến )du lịch|học tập|du học|tham quan)\b)",
    ),
    # (round 30) a trade fair abroad: "tổ chức đoàn doanh nghiệp tham gia Hội chợ quốc tế tại Li-ma (Pê-ru)", "đưa
    # doanh nghiệp dự hội chợ ... tại X": the country of the place after "tại" (events_places.destination, as
    # for "cử đoàn"); a fair at home names no country there, so no event
    _T(
        "fair_abroad",
        K.VISIT,
        ("tham gia", "tham dự", "dự"),
        # (not a visitor invited over to one: "mời đoàn X sang dự hội chợ tại Cao Bằng", the invitation's)
        r"(?<!sang )(?<!đến )(?<!tới )(?:tham gia|tham dự|dự) (?:các |một )?(?:hội chợ|triển lãm)"
        r"(?= [^.;:\n]{0,60}?\btại\b)",
    ),
    # a delegation received or invited: "đón đoàn Đại sứ các nước Mỹ Latinh", "mời đoàn lãnh đạo tỉnh X sang dự hội chợ",
    # "mời phía bạn cử đoàn cấp cao sang thăm" (the visitor is the delegation's: events_offices.received_roles)
    _T(
        "delegation_received",
        K.VISIT,
        ("đón", "mời", "tiếp đón", "tiếp"),
        # (a delegation received and told to visit is the visit verb's: "đón đoàn X sang thăm", not one invited)
        r"(?:(?:tiếp đón|đón tiếp|đón) "
        + _QUANTITY
        + _DELEGATION
        + r"(?! (?:khách|du lịch|lưu học sinh|học sinh|sinh viên)\b)"  # (tourists, students: review of round 23, 6)
        + r"(?![^.;:\n]{0,100}?\b(?:thăm|làm việc (?:tại|ở))\b)"
        r"|mời(?: (?:phía bạn|nước bạn|bạn) cử)? "
        + _QUANTITY
        + _DELEGATION
        # (round 37) an envoy received who comes for a purpose: "tỉnh đón Tổng Lãnh sự X tại Y đến khảo sát ..."
        + r"|(?:tiếp đón|đón tiếp|đón) (?=(?:đại sứ|tổng lãnh sự|trưởng đại diện)\b"
        r"[^.;:\n]{0,80}? (?:đến|sang) (?:khảo sát|tìm hiểu|làm việc|dự|tham dự)\b)"
        # (round 30) the writer's own body receives a delegation: "Bộ đã tiếp và làm việc với đoàn Thứ trưởng X",
        # "tỉnh tiếp đoàn doanh nghiệp vùng Y (X)" (the body itself: "Chủ tịch UBND tỉnh tiếp đoàn" is a leader's
        # meeting, as one abroad or at a forum is)
         + r"|(?:(?<=tỉnh )|(?<=bộ )|(?<=sở )|(?<=phố )|(?<=tỉnh đã )|(?<=bộ đã )|(?<=sở đã )|(?<=phố đã )"
        # (round 204) an item of the writer's report opening on the verb: "3. Tiếp đoàn Sở Thương mại X sang ..."
        r"|(?<=\n\d\. )|(?<=\n\d\d\. )|(?<=\n\d\) )|(?<=\n- )|(?<=\n• )|(?<=\n))"
        r"(?<!ubnd tỉnh )(?<!nhân dân tỉnh )(?<!ubnd thành phố )(?<!nhân dân thành phố )"
        r"tiếp(?: và làm việc với)? "
        + _QUANTITY
        + _DELEGATION
        + r"(?! (?:khách|du lịch|lưu học sinh|học sinh|sinh viên|trong nước)\b)"  # (round 204: "đoàn trong nước", ours)
        + r"(?![^.;:\n]{0,100}?\b(?:thăm|làm việc (?:tại|ở))\b))",
    ),
    # a meeting named with its parties: "cuộc gặp đầu tiên của Thủ tướng ba nước ở Viêng Chăn", "cuộc gặp thượng đỉnh
    # giữa Mỹ và Triều Tiên" (talks; the parties after "của / giữa")
    _T(
        "consult_meeting_of",
        K.CONSULT,
        ("cuộc gặp", "buổi gặp", "cuộc hội đàm", "cuộc tiếp xúc", "cuộc họp"),
        # (only as a subject, a setting or what there was: "Việt Nam hoan nghênh cuộc gặp giữa A và B" is the
        # welcome's object, review of round 23 (1))
        r"(?:(?<![\w ])|(?<=[,;:(–] )|(?<=\. )|(?<=tại )|(?<=trong )|(?<=nhiều )|(?<=có )|(?<=một )|(?<=sau )"
        r"|(?<=bên lề )|(?<=qua )|(?<=các ))"
        r"(?:cuộc|buổi) (?:gặp(?: gỡ| mặt)?|hội đàm|tiếp xúc|họp)(?: (?:đầu tiên|lần đầu(?: tiên)?|lần thứ \w+|thượng đỉnh"
        r"|cấp cao|ba bên|ba nước|song phương|thường niên|chính thức|đặc biệt|trực tuyến|riêng|lịch sử))*"
        r"(?= (?:của|giữa) (?:các |hai |ba |bốn )?(?:nhà lãnh đạo|lãnh đạo|thủ tướng|tổng thống|nguyên thủ|bộ trưởng"
        r"|ngoại trưởng|chủ tịch|tổng bí thư|người đứng đầu|(?:[^\W\d_]+[ -]){1,4}và )"
        r")",
    ),
    # relations named with their start in brackets: "quan hệ Việt Nam – Pa-na-ma (thiết lập năm 1975)" (the relations,
    # not a partnership, right before: events_offices.bracket_relations)
    _T(
        "establish_bracket",
        K.RELATIONS_ESTABLISH,
        ("thiết lập", "lập"),
        r"(?<=\()(?:được )?(?:chính thức )?(?:thiết lập|lập)(?= (?:từ |vào )?(?:năm|ngày|tháng) \d)",
    ),
    # experts sent abroad are technical aid: "Tiếp tục cử chuyên gia nông nghiệp sang các nước châu Phi theo chương trình
    # hợp tác ba bên", "Việt Nam đã cử 20 giáo viên sang Lào" (the country right after the movement verb:
    # events_offices.act_roles; not sent to learn)
    _T(
        "aid_experts_sent",
        K.AID,
        ("cử", "điều", "đưa"),
        r"(?:cử|điều|đưa) "
        + _QUANTITY
        + r"(?:chuyên gia|kỹ sư|bác sĩ|giáo viên|giảng viên|thầy thuốc|tình nguyện viên|cán bộ kỹ thuật)"
        r"(?: [^\W\d][\w-]*){0,4}? (?:sang|tới|đến)(?= (?:các nước |nước |nước bạn )?[^\W\d_])"
        # (sent to learn or attend is no aid: "Lào cử chuyên gia sang Việt Nam học tập kinh nghiệm")
        r"(?![^.;:\n]{0,60}?\b(?:học tập|học hỏi|tìm hiểu|khảo sát|tham quan|dự(?! án)|tham dự"
        # (round 163) "sang Nhật học" learns; "giảng dạy tại các trường đại học", "dạy học" teach
        r"|(?<!đại )(?<!dạy )học(?! sinh| viên)"
        # (round 78) trained there is no aid, training others is: "cử chuyên gia sang tập huấn cho nông dân"
        r"|(?:tập huấn|bồi dưỡng)(?! (?:[^.;:,\n]{0,50}? )?cho )"
        # (trained, researching, on placement: review of round 23, 7; "sang Lào đào tạo cán bộ" teaches: aid)
        r"|(?:để |nhằm )?(?:được )?đào tạo (?:nâng cao|thêm|chuyên sâu|sau đại học|lại)|được đào tạo|nghiên cứu"
        r"|thực tập|du học|tu nghiệp|nâng cao trình độ)\b)" + _NO_WORD,
    ),
    # (round 78) experts sent to teach, no place named: "Đề nghị phía X cử chuyên gia đào tạo về ... cho cán bộ các
    # tỉnh" (the teaching verb and its trainees after "cho": events_offices.act_roles)
    _T(
        "aid_experts_teach",
        K.AID,
        ("cử",),
        r"cử "
        + _QUANTITY
        + r"(?:chuyên gia|giảng viên|huấn luyện viên)(?= (?:đào tạo|tập huấn|hướng dẫn|giảng dạy|huấn luyện)"
        r" [^.;:\n]{0,60}?\bcho )",
    ),
    # (round 78) a course given to a partner's staff: "tổ chức khóa tập huấn về ... cho 18 cán bộ của Cơ quan Nghề
    # cá X", "Đề nghị X mở các khóa đào tạo về ... cho cán bộ các tỉnh" (the trainees' country receives:
    # events_offices.act_roles)
    _T(
        "aid_course",
        K.AID,
        ("tổ chức", "mở"),
        r"(?:tổ chức|mở)(?= (?:(?:thêm|các|những|một|hai|ba|bốn|năm|nhiều|\d+|tiếp) )*(?:khóa|lớp|đợt)"
        r" (?:tập huấn|đào tạo|huấn luyện|bồi dưỡng)\b[^.;:\n]{0,90}? cho )",
    ),
)
