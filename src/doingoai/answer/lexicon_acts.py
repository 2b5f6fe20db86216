"""English verbs and nouns of who-did-what questions -> the Vietnamese words a text says them with.

"Who proposed …?", "Which countries abstained …?", "Which country did X defeat for the seat?": the
act asked reaches its Vietnamese sentence only through these words ("đề xuất", "bỏ phiếu trắng",
"đánh bại"); merged into :data:`doingoai.answer.lexicon.EN_VI`.
"""

from __future__ import annotations

ACTS: dict[str, tuple[str, ...]] = {
    # votes and texts of a body
    "abstain": ("phiếu trắng",),
    "abstained": ("phiếu trắng",),
    "abstention": ("phiếu trắng",),
    "draft": ("dự thảo", "soạn thảo"),
    "drafted": ("soạn thảo", "dự thảo"),
    "present": ("trình bày", "trình"),
    "presented": ("trình bày", "trình"),
    "defeat": ("đánh bại", "vượt", "thắng"),
    "defeated": ("đánh bại", "vượt", "thắng"),
    "beat": ("đánh bại", "vượt", "thắng"),
    "seat": ("ghế",),
    # who chaired, proposed, chose
    "cochaired": ("đồng chủ trì", "đồng chủ tịch"),
    "cochair": ("đồng chủ trì", "đồng chủ tịch"),
    "presided": ("chủ trì", "chủ tọa"),
    "propose": ("đề xuất", "đề nghị", "nêu"),
    "proposed": ("đề xuất", "đề nghị", "nêu"),
    "idea": ("ý tưởng",),
    "chosen": ("chọn", "lựa chọn"),
    "chose": ("chọn", "lựa chọn"),
    "choose": ("chọn", "lựa chọn"),
    "succeed": ("kế nhiệm",),
    "speaker": ("chủ tịch quốc hội",),
    "spokesman": ("người phát ngôn",),
    "spokesperson": ("người phát ngôn",),
    "spokeswoman": ("người phát ngôn",),
    "letter": ("thư",),
    "sent": ("gửi",),
    "rescue": ("cứu",),
    "rescued": ("cứu",),
    "crew": ("thuyền viên", "ngư dân"),
    "opening": ("khai mạc",),
}
