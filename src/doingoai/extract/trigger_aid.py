"""The trigger lexicon's aid family: credit, aid, funds, supplies, goods, contributions, donations, debt relief,
rescue, grants, scholarships, training, students, help with a task, experts sent; then a membership recognised
("được công nhận là thành viên") and support ("ủng hộ", "ghi danh"), listed after aid as before.

Part of :data:`doingoai.extract.triggers.LEXICON` (read only there: the order of the families is the lexicon's
order); :data:`HELP_TASK` is also read by :mod:`doingoai.extract.events_frames`.
"""

from __future__ import annotations

from typing import Final

from doingoai.extract.trigger_defs import Trigger
from doingoai.extract.vi_regex import NO_WORD as _NO_WORD
from doingoai.model import EventKind as K

HELP_TASK: Final = (  # "giúp X <task>": aid only with a building, training or paying task after the helped
    r"(?:xây dựng|đào tạo|huấn luyện|khắc phục|khôi phục|tái thiết|trang bị|rà phá|cải tạo|hiện đại hóa|thành lập"
    r"|phòng, chống|phòng chống|thanh toán|trả nợ)"
)
# the helped left unstated (Vietnam, as for any aid): "Nước này cũng giúp xây dựng Bệnh viện Nhi ở Hà Nội", only with a
# concrete work built (not "giúp xây dựng niềm tin")
_HELP_BUILD: Final = (
    r" (?:xây dựng|cải tạo|khôi phục|tái thiết|xây)(?: lại)?(?: các| một| nhiều| hai| ba)?(?: công trình)? (?:bệnh viện"
    r"|nhà máy|cầu|trường|đường|cảng|khu|trung tâm|sân bay|đập|nhà|thủy điện|cơ sở|viện)\b"
)
_T = Trigger

AID: tuple[Trigger, ...] = (
    _T(
        "aid_credit",
        K.AID,
        ("tín dụng", "khoản vay", "vốn vay", "vay vốn"),
        # (round 78) "dự án ... vay vốn Ngân hàng X": the lender named right after (events_donor.donor_after)
        r"(?:(?:gói|khoản|hạn mức|dòng) tín dụng|khoản vay|vốn vay|tín dụng(?= ưu đãi)"
        r"|(?<=[\w)] )(?<!cho )vay vốn(?= (?:của )?(?:ngân hàng|quỹ|chính phủ|cơ quan|(?!(?:cho|theo|để|của|và|từ|tại|với|qua|nay|này|đó)\b)[a-z]{2,6}\b)))(?: ưu đãi)?"
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
        r"|vật tư y tế|khẩu trang|máy thở|tàu tuần tra|công nghệ|khí tài"
        r"|(?<=\d )(?:usd|euro|đô la))"
        + _NO_WORD
        + ")",  # (round 46: "trao 100.000 USD cho ...": money given)
    ),
    # a work built as aid handed over to its receiver: "tỉnh đã bàn giao cho phía bạn công trình trường tiểu học", "trao
    # tặng cho tỉnh X ngôi trường ..." (the receiver after "cho", then the work; not a contractor's handover)
    _T(
        "aid_works",
        K.AID,
        ("bàn giao", "trao tặng"),
        r"(?:bàn giao|trao tặng)(?= cho [^.;:,()\n]{2,40}? (?:công trình|(?:ngôi |một )?trường|bệnh viện|trạm y tế"
        r"|nhà văn hóa|ký túc xá|cây cầu|nhà ở)\b)",
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
        r"(?:vắc-?xin|vaccine|trang thiết bị y tế|hàng cứu trợ|hàng viện trợ|khẩu trang|máy thở)" + _NO_WORD,
    ),
    # "Việt Nam đóng góp 1 triệu USD cho Quỹ ứng phó COVID-19 của ASEAN": money given to a fund or a partner
    _T(
        "aid_contribute",
        K.AID,
        ("đóng góp",),
        r"đóng góp(?= [^.;:,()\n]{0,30}?\d[^.;:,()\n]{0,20}?(?:usd|đô la|euro|yên|triệu đồng|tỷ đồng)"
        r"[^.;:\n]{0,12}? (?:cho|vào) )",
    ),
    # (round 78) money raised and given: "quyên góp hơn 2 tỷ đồng ủng hộ nhân dân X khắc phục hậu quả bão" (one act, the
    # receiver after "ủng hộ"; not a political support)
    _T(
        "aid_raised",
        K.AID,
        ("quyên góp",),
        r"quyên góp(?: được)? (?:[^.;:()\n]{2,40}? )?(?:gửi về |để )?(?:ủng hộ|tặng)(?= )",
    ),
    # "Việt Nam ủng hộ nhân dân Thổ Nhĩ Kỳ 100.000 USD": money or goods given (before "support": same start)
    _T(
        "aid_donate",
        K.AID,
        ("ủng hộ", "quyên góp"),
        r"(?:ủng hộ|quyên góp)(?= (?:[^,.;:()\n]{2,40}? )?(?:(?:hơn|gần|khoảng|trên|tổng cộng|thêm) )?(?:[\d.,]+ ?(?:triệu |tỷ "
        r"|nghìn |vạn )?(?:usd|đô la|tấn|liều|euro|yên|nhân dân tệ|bộ|chiếc|đồng|baht|bảng)|số tiền|tiền mặt|tiền(?! tệ)|lương thực|hàng hóa)"
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
        r"|khoảng|thêm|[\d.]+))*(?: suất)? |(?<=nhận )|(?<=nhận được )"
        # (round 30) more scholarships asked for or granted: "đề nghị phía X nâng số suất học bổng dành cho Việt Nam"
        # (round 119: "dành thêm suất học bổng", "đề nghị phía X duy trì số suất học bổng")
        r"|(?:nâng|tăng|duy trì)(?: số)?(?: suất)? "
        # (round 78) studying on a partner's scholarship: "sang X làm nghiên cứu sinh theo học bổng của Chính phủ X"
        r"|(?:theo|bằng) (?=học bổng của ))học bổng" + _NO_WORD,
        back=5,
    ),
    # training given is aid: "Liên Xô đào tạo hàng vạn cán bộ cho Việt Nam", "đào tạo cho Lào 3.000 cán bộ"
    _T(
        "aid_training",
        K.AID,
        ("đào tạo",),
        r"(?<!được )đào tạo(?= (?:(?:ngắn hạn|dài hạn|nâng cao|bồi dưỡng) )?(?:cho [^.;:,()]{2,40}? )?(?:(?:các|những|hàng|hơn|gần|khoảng|trên|nhiều|[\d.]+"
        r"|vạn|nghìn|ngàn|trăm|chục) )*(?:cán bộ|sinh viên|học viên|nghiên cứu sinh|lưu học sinh|chuyên gia|kỹ sư|bác sĩ"
        r"|sĩ quan|nhân lực|nguồn nhân lực)" + _NO_WORD + ")",
    ),
    # students taken in for training are aid to their country: "Việt Nam tiếp nhận hơn 1.000 lưu học sinh Lào"
    _T(
        "aid_students",
        K.AID,
        ("tiếp nhận", "đón nhận", "đón", "nhận"),
        r"(?:tiếp nhận|đón nhận|đón|nhận)(?= (?:(?:hơn|gần|khoảng|trên|hàng|các|những|nhiều|[\d.]+|vạn|nghìn|ngàn|trăm"
        r"|chục) )*(?:lưu học sinh|học viên|nghiên cứu sinh|sinh viên"
        # (round 30) staff sent over to be trained: "đề nghị phía bạn tiếp nhận 15 kỹ sư của ta sang đào tạo"
        r"|(?:cán bộ|kỹ sư|bác sĩ|giáo viên)(?=[^.;:\n]{0,60}? sang (?:việt nam )?(?:đào tạo|học|thực tập|tu nghiệp|tập huấn)\b))"
        + _NO_WORD
        + ")",
    ),
    # "cung cấp 1 tỷ USD vốn ODA cho Việt Nam", "Liên Xô cho Việt Nam vay 2 tỷ rúp"
    _T("aid_oda", K.AID, ("oda",), r"(?:(?:nguồn )?vốn |khoản |các dự án |dự án )?oda" + _NO_WORD, back=3),
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
    # "Năm 2007, Việt Nam được công nhận là thành viên thứ 150 của WTO": a membership granted is a join (not support);
    # so is one accepted: "X được chấp nhận làm thành viên đầy đủ" (round 27)
    _T(
        "join_recognised",
        K.MEMBERSHIP_JOIN,
        ("công nhận", "chấp nhận"),
        r"(?:được )?(?:chính thức )?(?:công nhận là|chấp nhận (?:làm|là)) (?:thành viên|hội viên)"
        r"(?: chính thức| đầy đủ| thứ \d+)?" + _NO_WORD,
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
)
