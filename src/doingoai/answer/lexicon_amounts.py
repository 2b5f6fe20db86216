"""English words of what amounts are told about -> the Vietnamese words a text says them with: giving
and pledging ("give", "pledge", "donate"), money ("cost", "value", "revenue"), goods ("rice"), and
the people a plan counts ("officials", "doctors", "workers", "scholarships"), and the dead of a war.

Merged into :data:`doingoai.answer.lexicon.EN_VI` (an entry there wins): "How much did X pledge?"
is about the sentence saying "cam kết", not any sentence naming X; "How many doctors …" about the one
counting "bác sĩ"."""

from __future__ import annotations

AMOUNT_WORDS: dict[str, tuple[str, ...]] = {
    # giving, pledging, lending
    "give": ("viện trợ", "trao tặng", "tặng", "hỗ trợ", "cung cấp"),
    "given": ("viện trợ", "trao tặng", "tặng", "hỗ trợ", "cung cấp"),
    "donate": ("quyên góp", "ủng hộ", "trao tặng", "tặng"),
    "donation": ("quyên góp", "ủng hộ", "trao tặng", "tặng"),
    "pledge": ("cam kết", "cam kết tài trợ", "đóng góp"),
    "contribute": ("đóng góp", "góp"),
    "contribution": ("đóng góp", "góp"),
    "grant": ("cấp", "trao", "tài trợ", "không hoàn lại"),
    "award": ("trao", "trao tặng", "cấp"),
    "lend": ("cho vay", "vay"),
    "lent": ("cho vay", "vay"),
    "borrow": ("vay",),
    # money
    "cost": ("trị giá", "kinh phí", "chi phí", "tổng vốn", "vốn"),
    "value": ("trị giá", "giá trị", "kim ngạch"),
    "worth": ("trị giá", "giá trị"),
    "revenue": ("doanh thu", "kim ngạch", "nguồn thu"),
    "budget": ("ngân sách", "kinh phí"),
    "capital": ("vốn",),
    "invest": ("đầu tư",),
    "lose": ("mất", "thiệt hại", "thất thu"),
    "export": ("xuất khẩu",),
    "import": ("nhập khẩu",),
    "contract": ("hợp đồng",),
    "turnover": ("kim ngạch",),
    # goods and disasters
    "rice": ("gạo", "lúa"),
    "earthquake": ("động đất",),
    "flood": ("lũ", "lũ lụt"),
    # the people and things a plan counts
    "scholarship": ("học bổng",),
    "master": ("thạc sĩ",),
    "train": ("đào tạo", "tập huấn", "bồi dưỡng"),
    "trained": ("đào tạo", "tập huấn", "bồi dưỡng"),
    "worker": ("lao động",),
    "troops": ("quân", "binh sĩ", "binh lính", "quân đội"),
    "soldier": ("binh sĩ", "quân nhân", "chiến sĩ"),
    "doctor": ("bác sĩ",),
    "lecturer": ("giảng viên",),
    "teacher": ("giáo viên", "giảng viên"),
    "student": ("sinh viên", "học sinh", "du học sinh"),
    "expert": ("chuyên gia",),
    "volunteer": ("tình nguyện viên",),
    "ambassador": ("đại sứ",),
    "officials": ("cán bộ", "quan chức"),  # (not "official", "chính thức")
    "officer": ("sĩ quan", "cán bộ", "chiến sĩ"),
    "died": ("tử vong", "thiệt mạng", "sinh mạng", "hy sinh"),  # (a soldier "hy sinh")
    "ready": ("sẵn sàng",),
    "island": ("đảo", "quốc đảo"),
    "case": ("vụ", "trường hợp", "vụ việc", "ca mắc", "ca bệnh"),
    "record": ("ghi nhận",),
}
