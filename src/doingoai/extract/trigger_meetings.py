"""The trigger lexicon's meeting family: chairs and offices taken, hosting (by role, here, at a venue, "do X
chủ trì"), attendance, visits (working visits, delegations, trips) and consultations (received, working,
discussed, mediated).

Part of :data:`doingoai.extract.triggers.LEXICON` (read only there: the order of the families is the lexicon's
order, and at one position the trigger listed first wins).
"""

from __future__ import annotations

from doingoai.extract.trigger_defs import Trigger
from doingoai.extract.vi_regex import NO_WORD as _NO_WORD
from doingoai.model import EventKind as K

_T = Trigger

MEETINGS: tuple[Trigger, ...] = (
    _T(
        "chair",
        K.CHAIR,
        ("chủ tịch",),
        r"(?:đảm nhận|đảm nhiệm|đảm đương|nắm giữ|giữ|nhận|tiếp nhận|tiếp quản|làm|là|trở thành)(?: thành công)?"
        # (round 32: "tiếp nhận từ Đan Mạch chức Chủ tịch luân phiên": the predecessor between the verb and the office)
        r"(?:(?<=nhận)(?<!đảm nhận) từ(?: [^\W\d_][\w-]*){1,4}(?= chức))?"
        r"(?: vai trò| cương vị| chức| chức vụ| ghế)?"
        r" chủ tịch(?: luân phiên)?" + _NO_WORD,
        back=9,
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
        r"|tuần lễ cấp cao|hội thảo|đối thoại|năm apec|năm asean|đại hội đồng"
        # (round 90) a joint meeting by its bare noun: "tổ chức Họp Nội các chung", "tổ chức họp Ủy ban hỗn hợp"
        r"|họp(?= (?:nội các|ủy ban|uỷ ban|tham khảo|chính trị|thường niên|cấp cao)))"
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
        # (round 190: "dự Tuần lễ Cấp cao APEC", the leaders' week of a forum)
        r"(?:tham dự|(?<!tham )dự)(?= (?:hội nghị|thượng đỉnh|diễn đàn|kỳ họp|khóa họp|phiên họp|đại hội đồng"
        r"|tuần lễ cấp cao)" + _NO_WORD + ")",
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
    # (round 95) parties that meet, the verb "họp" with a kind of meeting after it: "lãnh đạo các nước ASEAN và
    # Trung Quốc sẽ họp cấp cao đặc biệt", "hai bên đã họp Nhóm công tác chung" (two parties in the subject, no
    # meeting told as the subject: events_met; "họp tại X" is host_at's, read the same way there)
    _T(
        "consult_met",
        K.CONSULT,
        ("họp",),
        r"(?<!cuộc )(?<!kỳ )(?<!phiên )(?<!buổi )(?<!khóa )(?<!khoá )(?<!đoàn )(?<!phòng )(?<!mời )(?<!tổ chức )"
        r"(?<!chủ trì )(?<!dự )(?:nhóm )?họp(?= (?:thượng đỉnh|cấp cao|khẩn|khẩn cấp|trở lại|đặc biệt"
        r"|không chính thức|bất thường|thường niên|hằng năm|định kỳ|song phương|ba bên|riêng|trực tuyến"
        r"|ủy ban|uỷ ban|nhóm công tác|phiên|hai phiên|lần)\b)",
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
        r"(?:sang|đến|tới)(?! chào\b)(?= (?:[^,.;:()\n]|\([^()\n,;]{2,30}\)){2,40}? (?:dự(?! (?:kiến|định|thảo|án|báo|trữ|toán|phòng|bị))|tham dự|thăm"
        r"|làm việc|công tác|hội đàm|hội kiến"
        # (round 158) to co-chair a meeting or to learn from the hosts: "Thứ trưởng sang Buê-nốt Ai-rét đồng chủ trì
        # Tham khảo chính trị", "đoàn công tác của Bộ sang Thụy Điển và Na Uy tìm hiểu kinh nghiệm"
        r"|đồng chủ trì|tìm hiểu|tìm kiếm cơ hội"
        # (round 76) a delegation gone over to learn: "đoàn cán bộ sang Hàn Quốc trao đổi kinh nghiệm / khảo sát"
        r"|trao đổi kinh nghiệm|khảo sát|học tập"
        # (round 202) a delegation gone over to promote investment or trade: "đoàn công tác của Ban sang Xơ-un và tỉnh
        # Gyeonggi xúc tiến đầu tư"
        r"|xúc tiến (?:đầu tư|thương mại|du lịch)"
        # (round 39) going there to meet someone: "dự kiến sang Oa-sinh-tơn vào tuần tới để gặp Tổng thống ..."
        r"|để gặp(?! (?:phải|khó|nhiều|trở ngại|sự cố|gỡ nhau))(?= [A-ZĐa-zđ])"
        r")" + _NO_WORD + ")",
    ),
    # a visitor coming over for a purpose, no place after the verb: "đoàn đại biểu tỉnh Gun-ma (Nhật Bản) sang dự Lễ
    # hội ...", "Đại sứ X cùng đoàn doanh nghiệp nước này đến làm việc với lãnh đạo tỉnh" (a traveller named before,
    # checked by the extractor; where it goes: events_destination.came_over, the writer's side by default); an envoy's
    # courtesy call "Đại sứ X đến chào (xã giao / và làm việc với) lãnh đạo tỉnh" too (round 76)
    _T(
        "visit_come",
        K.VISIT,
        ("sang", "đến"),
        r"(?:sang|đến)(?= (?:dự|tham dự|làm việc|khảo sát|tìm hiểu|công tác)\b|(?<=đến)(?= chào\b)"
        # (round 102) a delegation come over to talk, teach, meet its peers or learn: "Viện đón đoàn học giả X sang
        # trao đổi về ...", "đón một thẩm phán của Tòa án X sang giảng chuyên đề", "sang giao lưu với ..."
        r"|(?<=sang)(?= (?:trao đổi|giảng dạy|giảng|giao lưu|học tập|xúc tiến)\b)"
        # (round 152) an inspection or an assessment come over: "đoàn thanh tra của cơ quan này đã sang kiểm tra 20 cơ sở
        # chế biến", "tiếp đoàn chuyên gia của UAE sang kiểm tra ...", "đón đoàn IAEA sang đánh giá ..."
        r"|(?<=sang)(?= (?:kiểm tra|thanh tra|đánh giá|thẩm định)\b))",
    ),
    _T(
        "consult",
        K.CONSULT,
        ("hội đàm", "điện đàm", "hội kiến", "tham vấn", "gặp gỡ", "gửi", "trao đổi", "đối thoại"),
        r"(?:hội đàm|điện đàm|hội kiến|tham vấn|gặp gỡ|gửi (?:thư|điện|công điện)|(?<!kim ngạch )(?<!công hàm )trao đổi(?: thư| điện| ý kiến| quan điểm)?"
        r"(?! (?:hàng|thương mại|mua bán|buôn bán|tù binh|sinh viên|học sinh|lao động|tiền tệ|ngoại tệ)\b)"
        # (round 44) people exchanged, no talks: "chương trình trao đổi giảng viên với ...", "trao đổi chuyên gia"
        r"(?! (?:các |những )?(?:giảng viên|chuyên gia|học viên|nghiên cứu sinh|tình nguyện viên|giáo viên)\b)"
        r"|(?<!đối tác )(?<!quan hệ )đối thoại)" + _NO_WORD,  # not "đối tác/quan hệ đối thoại": a standing
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
    # "Năm 2013, Ô-man làm trung gian cho các cuộc tiếp xúc giữa Hoa Kỳ và I-ran", "X đứng ra làm trung gian giữa A
    # và B": a mediation is the mediator's consultation with the sides it brings together (the golds of heldout47,
    # 50, 53, 54; round 28)
    _T(
        "mediate",
        K.CONSULT,
        ("trung gian",),
        r"(?:làm|đóng vai trò) trung gian(?: hòa giải)?(?: cho (?:các |những )?(?:cuộc |vòng )?"
        r"(?:tiếp xúc|đàm phán|hội đàm|gặp gỡ|đối thoại))?" + _NO_WORD,
        back=3,
    ),
    # (round 95) a mediation told as the manner of another act: "A và B ký thỏa thuận dưới sự trung gian của X", "Với
    # sự trung gian của X, các bên đã ...": X's consultation with the sides (events_met.mediated_roles)
    _T(
        "mediate_by",
        K.CONSULT,
        ("trung gian",),
        r"(?:dưới|với) (?:sự|vai trò) trung gian(?: hòa giải)? của" + _NO_WORD,
        back=3,
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
    # (round 42) a foreign body worked with, in a mission's or an office's report: "Tổng Lãnh sự làm việc với Bộ
    # Khoa học Đức", "đoàn làm việc với Phòng Thương mại và Công nghiệp Xéc-bi-a" (not on a visit's way: the visit's
    # part, events_no_event; a body of our own names no partner)
    _T(
        "consult_work_body",
        K.CONSULT,
        ("làm việc",),
        r"(?<!thăm và )(?<!thăm, )làm việc với(?= (?:bộ|cơ quan|ủy ban(?! nhân dân)|tổ chức|phòng thương mại"
        r"|nhóm nghị sĩ|hội đồng(?! nhân dân)|viện|cục|ban thư ký"
        # (round 95) a foreign government or its office: "làm việc với chính quyền bang X (Ấn Độ)", "với Văn phòng
        # Thống đốc bang Y" (the state from the name or a bracket; a province of our own names no partner)
        r"|chính quyền|chính phủ|văn phòng)" + _NO_WORD + ")",
    ),
    # "Phó Thủ tướng có chuyến công tác tại Nhật Bản": a working trip abroad (the country after the place word:
    # events_vocab; a province names no party)
    _T(
        "visit_trip",
        K.VISIT,
        ("chuyến công tác",),
        r"(?:(?<=có )|(?<=trong )|(?<=nhân )|(?<=trong dịp )|(?<=đã )|(?<=sẽ ))?chuyến công tác(?: chính thức| làm việc)?"
        # (round 30) the trip of one of the writer's own leaders, named by title alone: "chuyến công tác của Thủ
        # tướng Chính phủ tới X" (a title with a country after it is someone else's and is left to the others)
        r"(?: của (?:thủ tướng|phó thủ tướng|chủ tịch nước|phó chủ tịch nước|chủ tịch quốc hội|tổng bí thư"
        r"|bộ trưởng|thứ trưởng|lãnh đạo (?:bộ|tỉnh|thành phố))(?: chính phủ)?)?"
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
)
