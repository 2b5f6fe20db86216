"""Vietnam's ministries by their English names -> the names Vietnamese text writes them with.

"Why was the Ministry of Industry and Trade's mission to Mumbai postponed?" is about "Đoàn … của Bộ Công
Thương": the English name is no word of a Vietnamese sentence, and "Trade's", a possessor, would be
required as a name as written. Each English name is read as one word (:data:`PHRASES`, applied with
:data:`doingoai.answer.english.EN_PHRASES`) that :data:`doingoai.answer.lexicon.EN_VI` gives the Vietnamese
name of (:data:`TERMS`).
"""

from __future__ import annotations

import re

# the English name (after "Ministry of") -> the Vietnamese name
_NAMES: dict[str, tuple[str, ...]] = {
    r"foreign\s+affairs": ("Bộ Ngoại giao",),
    r"industry\s+and\s+trade": ("Bộ Công Thương",),
    r"health": ("Bộ Y tế",),
    r"national\s+defen[cs]e|defen[cs]e": ("Bộ Quốc phòng",),
    r"public\s+security": ("Bộ Công an",),
    r"education\s+and\s+training|education": ("Bộ Giáo dục và Đào tạo", "Bộ Giáo dục"),
    r"agriculture\s+and\s+rural\s+development|agriculture\s+and\s+environment|agriculture": (
        "Bộ Nông nghiệp",
    ),
    r"planning\s+and\s+investment": ("Bộ Kế hoạch và Đầu tư",),
    r"finance": ("Bộ Tài chính",),
    r"justice": ("Bộ Tư pháp",),
    r"home\s+affairs": ("Bộ Nội vụ",),
    r"culture,?\s+sports?\s+and\s+tourism": ("Bộ Văn hóa, Thể thao và Du lịch", "Bộ Văn hóa"),
    r"labou?r,?\s+invalids\s+and\s+social\s+affairs": ("Bộ Lao động",),
    r"natural\s+resources\s+and\s+environment": ("Bộ Tài nguyên và Môi trường",),
    r"science\s+and\s+technology": ("Bộ Khoa học và Công nghệ",),
    r"information\s+and\s+communications?": ("Bộ Thông tin và Truyền thông",),
    r"transport": ("Bộ Giao thông vận tải", "Bộ Giao thông"),
    r"construction": ("Bộ Xây dựng",),
}

# "the Ministry of Industry and Trade('s)" -> "ministryN", one word per ministry
PHRASES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(rf"\bministry\s+of\s+(?:{en})\b(?:'s)?", re.I), f"ministry{i}") for i, en in enumerate(_NAMES)
)
TERMS: dict[str, tuple[str, ...]] = {f"ministry{i}": vi for i, vi in enumerate(_NAMES.values())}
