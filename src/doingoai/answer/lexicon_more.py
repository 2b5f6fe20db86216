"""English words of foreign-affairs questions the lexicon lacked (round 174): base forms whose
inflections were there ("meet" beside "met", "open" beside "opened", "hold" beside "held"; words of
four letters are not stemmed) and the words of acts and roles questions name ("vetoed", "adopted",
"depositary", "rapporteur", "at whose invitation")."""

from __future__ import annotations

MORE: dict[str, tuple[str, ...]] = {
    "meet": ("gặp", "hội kiến", "tiếp", "hội đàm", "họp"),
    "open": ("khai trương", "khánh thành", "khai mạc", "mở", "hoạt động"),
    "hold": ("tổ chức", "diễn ra", "đăng cai"),
    "adopt": ("thông qua",),
    "adopted": ("thông qua",),
    "veto": ("phủ quyết",),
    "vetoed": ("phủ quyết",),
    "depositary": ("lưu chiểu",),
    "rapporteur": ("báo cáo viên",),
    "invitation": ("lời mời", "mời"),
    "hostages": ("con tin",),
    "prisoners": ("tù nhân",),
    "donor": ("nhà tài trợ", "tài trợ"),
    "tribunal": ("tòa án",),
    "charter": ("hiến chương",),
    "guidelines": ("hướng dẫn",),
    "promotion": ("xúc tiến",),
    "replaced": ("thay thế",),
    "representative": ("đại diện",),
    "representatives": ("đại diện",),
    "represented": ("đại diện", "thay mặt"),
    "monitor": ("theo dõi", "giám sát"),
    "monitors": ("theo dõi", "giám sát"),
    "implementation": ("triển khai", "thực hiện"),
    "release": ("trả tự do", "thả"),
    "released": ("trả tự do", "thả"),
    "based": ("trụ sở", "đặt", "tại"),
    "trilateral": ("ba bên",),
    "sidelines": ("bên lề",),
    "expand": ("mở rộng", "tăng"),
}
