"""The trigger lexicon's dispute family: protests (rejected, demanded), sanctions (lists, freezes, arms
embargoes, weak forms) and conflicts (wars, clashes).

Part of :data:`doingoai.extract.triggers.LEXICON` (read only there: the order of the families is the lexicon's
order, and at one position the trigger listed first wins).
"""

from __future__ import annotations

from typing import Final

from doingoai.extract.trigger_defs import Trigger
from doingoai.extract.vi_regex import NO_WORD as _NO_WORD
from doingoai.model import EventKind as K

_T = Trigger
# a list of states or groups named as terrorists or their sponsors
_TERROR_LIST: Final = (
    r"(?:các )?(?:nước|quốc gia|tổ chức|nhóm)(?: (?:tài trợ|bảo trợ|hỗ trợ)(?: cho)?)? khủng bố"
)

DISPUTES: tuple[Trigger, ...] = (
    _T(
        "protest",
        K.PROTEST,
        ("phản đối", "lên án", "phản bác", "kháng nghị"),
        r"(?:phản đối|lên án|phản bác|kháng nghị)" + _NO_WORD,
    ),
    # "Việt Nam bác bỏ yêu sách của Trung Quốc" (a claim or stand rejected, round 27 a resolution or a ruling too:
    # "Đại sứ X lên tiếng bác bỏ nghị quyết"; not "bác bỏ thông tin": a denial), "yêu
    # cầu Trung Quốc chấm dứt ngay các hoạt động vi phạm" (a demand to stop at once). "bày tỏ quan ngại" is no
    # protest (a concern voiced: no trigger)
    _T(
        "protest_reject",
        K.PROTEST,
        ("bác bỏ",),
        r"(?:kiên quyết |hoàn toàn )?bác bỏ(?: hoàn toàn| mạnh mẽ)?(?= (?:mọi |các |những )?(?:yêu sách|cái gọi là"
        r"|tuyên bố chủ quyền|lập luận|luận điệu|đòi hỏi|nghị quyết|phán quyết)" + _NO_WORD + ")",
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
    # a suit a state brings before an international court or tribunal (round 65): "Phi-líp-pin khởi kiện Trung Quốc
    # ra Tòa Trọng tài", "X đệ đơn kiện Y ra Tòa án Công lý quốc tế (ICJ)"; a court must be named in the clause
    _T(
        "protest_suit",
        K.PROTEST,
        ("khởi kiện", "đơn kiện"),
        # (round 99) "đệ đơn kiện X" is a suit with its court untold: "Găm-bi-a đệ đơn kiện Mi-an-ma vi phạm Công ước"
        r"(?:khởi kiện|(?:đệ )?đơn kiện)(?= [^.;:\n]{0,60}?(?:tòa|icj|itlos|trọng tài))"
        + _NO_WORD
        + "|(?<=đệ )đơn kiện"
        + _NO_WORD,
    ),
    # (round 130) a state suing another, court untold (a trade dispute's): "Việt Nam và Đài Loan kiện In-đô-nê-xi-a
    # về biện pháp tự vệ", "ta tiếp tục khởi kiện Hoa Kỳ trong vụ tôm thứ hai", "vụ A kiện B" (the verb, not "điều
    # kiện", "sự kiện", "văn kiện", "kiện toàn"; a named party must follow it)
    _T(
        "protest_sue",
        K.PROTEST,
        ("kiện",),
        r"(?<!điều\s)(?<!sự\s)(?<!văn\s)(?<!linh\s)(?<!bưu\s)(?<!vụ\s)(?<!đơn\s)(?<!phụ\s)(?<!bị\s)(?<!khởi\s)"
        r"(?<!\s\s)(?:khởi )?kiện"
        r"(?= (?!toàn|cáo|tụng|hàng|lên|ra|đòi|về|tại|các|những|một|việc|này|đó|đối tác|công ty|doanh nghiệp|hãng|tập đoàn)[^\W\d_])",
        back=1,
    ),
    _T(
        "sanction",
        K.SANCTION,
        ("bao vây", "cấm vận"),
        r"(?:bao vây,? (?:và )?cấm vận|cấm vận)" + _NO_WORD,
    ),
    # "Mỹ đưa Nga vào danh sách trừng phạt" (the target between the verb and the list), "hạn chế xuất khẩu vũ khí
    # sang Việt Nam", "lệnh cấm bán vũ khí đối với Nam Phi"
    # (round 99) a state put on a terror list: "đưa Cu-ba vào danh sách các nước bảo trợ khủng bố"
    _T(
        "sanction_list",
        K.SANCTION,
        ("đưa", "bổ sung"),
        r"(?:đưa|bổ sung)(?= [^,.;:()\n]{2,50}? vào (?:các )?danh sách (?:trừng phạt|cấm vận|đen|hạn chế|"
        + _TERROR_LIST
        + ")"
        + _NO_WORD
        + ")",
    ),
    # (round 99) taken off such a list: "đưa Cu-ba ra khỏi danh sách các nước tài trợ khủng bố", "EU gỡ tên FARC khỏi
    # danh sách các tổ chức khủng bố" (a sanction lifted)
    _T(
        "lift_list",
        K.SANCTION_LIFT,
        ("đưa", "gỡ", "rút"),
        r"(?:đưa|(?:gỡ|rút)(?: bỏ)?(?: tên)?)(?= [^,.;:()\n]{2,50}? (?:ra )?khỏi (?:các )?danh sách (?:trừng phạt|cấm vận"
        r"|đen|" + _TERROR_LIST + ")" + _NO_WORD + ")",
    ),
    # a no-fly zone imposed over a state (round 36): "thông qua Nghị quyết 1973, thiết lập vùng cấm bay trên không
    # phận X", "Nghị quyết ... về vùng cấm bay trên không phận X"
    _T(
        "sanction_no_fly",
        K.SANCTION,
        ("cấm bay",),
        r"(?:(?:thiết lập|áp đặt|lập|duy trì) |(?<=về ))vùng cấm bay(?= (?:trên|tại|ở|đối với)"
        + _NO_WORD
        + ")",
        back=3,
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
