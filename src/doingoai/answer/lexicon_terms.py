"""English foreign-affairs terms of offices, forces, moves, meetings and aid -> the Vietnamese words a text
says them with; merged into :data:`doingoai.answer.lexicon.EN_VI`, adding to an entry already there
("training" is "đào tạo" and also "tập huấn").

An English question's words reach a Vietnamese sentence only through such a list: "the last US military
units leave" is "những đơn vị quân đội Mỹ cuối cùng rút khỏi", "Secretary of Defense" "Bộ trưởng Quốc
phòng", "the Informal Meeting" "Cuộc gặp không chính thức", "handed over the chair" "trao lại chức Chủ
tịch". Each entry offers the usual ways of saying the word, so a sentence saying one of them counts.
"""

from __future__ import annotations

TERMS: dict[str, tuple[str, ...]] = {
    # offices and titles
    "secretary": ("bộ trưởng", "thư ký"),  # "Secretary of State / Defense", a party's secretary
    "chancellor": ("thủ tướng",),
    "premier": ("thủ tướng",),
    "ambassador": ("đại sứ",),
    "envoy": ("đặc phái viên", "đặc sứ", "đại sứ"),
    "consul": ("lãnh sự",),
    "consulate": ("lãnh sự quán", "tổng lãnh sự quán"),
    "embassy": ("đại sứ quán",),
    "embassies": ("đại sứ quán",),
    "speaker": ("chủ tịch quốc hội", "chủ tịch hạ viện", "chủ tịch thượng viện"),
    "king": ("nhà vua", "quốc vương", "vua"),
    "queen": ("nữ hoàng", "hoàng hậu"),
    "emperor": ("nhà vua", "hoàng đế", "nhật hoàng"),
    "observer": ("quan sát viên",),
    "foreign": ("ngoại giao", "nước ngoài"),  # "the Foreign Ministry" is "Bộ Ngoại giao"
    "general": ("tổng", "chung", "đại"),  # "General Secretariat", "Consulate General", "General Assembly"
    "redcross": ("chữ thập đỏ",),  # "Red Cross" (english.EN_PHRASES)
    # forces and war
    "military": ("quân đội", "quân sự", "quân"),
    "army": ("quân đội", "lục quân", "quân"),
    "troop": ("quân", "binh sĩ", "quân đội"),
    "soldiers": ("binh sĩ", "quân nhân", "lính"),
    "forces": ("lực lượng", "quân"),
    "units": ("đơn vị",),
    "located": ("tại", "trụ sở", "đặt"),
    "ceasefire": ("ngừng bắn",),
    "truce": ("đình chiến", "ngừng bắn"),
    "campaign": ("chiến dịch",),
    "air": ("không kích", "không quân", "đường không"),
    "airstrikes": ("không kích",),
    "outbreak": ("bùng nổ", "nổ ra", "bùng phát"),  # "broke out" (english.EN_PHRASES)
    "field": ("dã chiến", "lĩnh vực"),  # "field hospital", "in the field of"
    "maximum": ("tối đa",),
    "ceiling": ("trần", "tối đa"),
    "strength": ("quân số", "lực lượng"),
    "coalition": ("liên quân", "liên minh"),
    "invasion": ("xâm lược", "xâm lấn"),
    "invaded": ("xâm lược", "xâm lấn", "tấn công"),
    "attack": ("tấn công",),
    "attacked": ("tấn công",),
    "fighting": ("giao tranh", "xung đột", "chiến sự"),
    "nuclear": ("hạt nhân",),
    "weapons": ("vũ khí",),
    "arms": ("vũ khí",),
    "patrol": ("tuần tra",),
    "maritime": ("hàng hải", "biển"),
    "deployed": ("triển khai",),
    "deploy": ("triển khai",),
    # moves of a state or a body
    "leave": ("rời", "rút khỏi", "ra khỏi", "rút"),
    "left": ("rời", "rút khỏi", "ra khỏi", "rút"),
    "withdrawal": ("rút", "rút khỏi", "ra khỏi"),
    "withdrawn": ("rút",),
    "exit": ("rời", "rút khỏi", "ra khỏi"),
    "announce": ("công bố", "tuyên bố", "thông báo"),
    "handed": ("trao", "bàn giao", "chuyển giao"),
    "hand": ("trao", "bàn giao", "chuyển giao"),
    "handover": ("trao", "bàn giao", "chuyển giao"),
    "lift": ("dỡ bỏ", "bãi bỏ", "bỏ"),
    "lifted": ("dỡ bỏ", "bãi bỏ", "bỏ"),
    "checks": ("kiểm soát", "kiểm tra"),
    "controls": ("kiểm soát",),
    "opened": ("khai trương", "khánh thành", "khai mạc", "mở", "hoạt động"),
    "renamed": ("đổi tên", "mang tên", "tên gọi"),
    "current": ("hiện nay", "hiện tại", "hiện"),
    "start": ("khởi công", "khởi động"),  # (building: "khởi công nhà máy")
    "started": ("bắt đầu", "khởi công", "khởi động"),
    "abolished": ("bãi bỏ", "xóa bỏ"),
    "suspended": ("đình chỉ", "tạm dừng", "tạm ngừng"),
    "expelled": ("trục xuất", "khai trừ"),
    "evacuation": ("sơ tán",),
    "evacuate": ("sơ tán",),
    "private": ("riêng", "kín"),
    "mediation": ("trung gian", "hòa giải"),
    "mediated": ("trung gian", "hòa giải"),
    "mediator": ("trung gian", "hòa giải"),
    "mediate": ("trung gian", "hòa giải"),
    "crisis": ("khủng hoảng",),
    # meetings and training
    "meeting": ("cuộc gặp", "cuộc họp", "họp"),
    "meetings": ("hội nghị", "cuộc gặp", "cuộc họp", "họp"),
    "met": ("gặp", "hội kiến", "tiếp", "hội đàm"),
    "talks": ("đàm phán", "hội kiến"),
    "workshop": ("hội thảo",),
    "seminar": ("hội thảo", "tọa đàm"),
    "training": ("tập huấn", "bồi dưỡng"),
    "course": ("khóa",),
    "technicians": ("kỹ thuật", "kỹ thuật viên"),
    "experts": ("chuyên gia",),
    "nurses": ("điều dưỡng", "y tá"),
    "trainees": ("thực tập sinh", "tu nghiệp sinh"),
    "students": ("sinh viên", "học sinh", "lưu học sinh"),
    "scholarship": ("học bổng",),
    "scholarships": ("học bổng",),
    "farming": ("canh tác", "trồng", "nông nghiệp"),
    "growing": ("trồng",),
    # aid, trade and goods
    "claims": ("bồi thường", "yêu cầu"),
    "compensation": ("bồi thường",),
    "reparations": ("bồi thường",),
    "fuel": ("nhiên liệu", "dầu"),
    "oil": ("dầu",),
    "fruit": ("trái cây", "quả"),
    "access": ("tiếp cận", "mở cửa"),
    "plant": ("nhà máy",),
    "factory": ("nhà máy",),
    "canal": ("kênh đào", "kênh"),
    "visa": ("thị thực", "visa"),
    # shares of a whole
    "share": ("cổ phần", "tỷ lệ"),
    "stake": ("cổ phần", "vốn góp"),
    "overlapping": ("chồng lấn",),
    "demarcated": ("phân giới cắm mốc", "phân giới"),
}
