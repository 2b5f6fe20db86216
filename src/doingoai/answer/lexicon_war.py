"""English words of questions the lexicon lacked (round 180): the dead and remains of a war and what
clears its bombs and mines ("pilots", "killed", "remains", "explosive items destroyed"), flights and
space ("flew", "route", "Soyuz … into space"), and the people and places of study and research a plan
counts ("doctoral students", "researchers", "laboratories", "nurses", "archives"); a word of four
letters or fewer is not stemmed, so the base forms are here beside the inflected ones."""

from __future__ import annotations

_DEAD = ("tử vong", "thiệt mạng", "hy sinh", "chết")
_EXPLOSIVE = ("vật liệu nổ", "vật nổ", "chất nổ", "bom mìn")

WAR_WORDS: dict[str, tuple[str, ...]] = {
    # the dead of a war, their remains
    "die": _DEAD,
    "dead": _DEAD,
    "kill": _DEAD,
    "killed": _DEAD,
    "casualties": ("thương vong",),
    "pilot": ("phi công",),
    "remains": ("hài cốt",),
    "martyr": ("liệt sĩ",),
    "martyrs": ("liệt sĩ",),
    "repatriate": ("hồi hương",),
    "repatriation": ("hồi hương",),
    # what is left of a war's weapons
    "bomb": ("bom", "bom mìn"),
    "mine": ("mìn", "bom mìn"),
    "explosive": _EXPLOSIVE,
    "explosives": _EXPLOSIVE,
    "unexploded": _EXPLOSIVE,
    "ordnance": _EXPLOSIVE,
    "destroy": ("hủy", "tiêu hủy", "phá hủy"),
    # flights and space
    "fly": ("bay",),
    "flew": ("bay",),
    "flight": ("chuyến bay", "đường bay", "bay"),
    "route": ("đường bay", "tuyến"),
    "space": ("vũ trụ",),
    "astronaut": ("du hành vũ trụ", "phi công vũ trụ"),
    "cosmonaut": ("du hành vũ trụ", "phi công vũ trụ"),
    "railway": ("đường sắt",),
    # study and research
    "doctoral": ("nghiên cứu sinh", "tiến sĩ"),
    "researcher": ("nhà nghiên cứu", "nghiên cứu viên", "nghiên cứu"),
    "laboratory": ("phòng thí nghiệm",),
    "laboratories": ("phòng thí nghiệm",),
    "nurse": ("điều dưỡng", "y tá"),
    "nursing": ("điều dưỡng",),
    "young": ("trẻ",),
    "museum": ("bảo tàng",),
    "archives": ("lưu trữ",),
    "copy": ("bản sao",),
    "copies": ("bản sao",),
    # stopping, voting
    "halt": ("dừng", "tạm dừng", "ngừng"),
    "stop": ("dừng", "tạm dừng", "ngừng"),
    "stopped": ("dừng", "tạm dừng", "ngừng"),
    "vote": ("bỏ phiếu", "biểu quyết", "phiếu"),  # ("4 phiếu chống")
}
