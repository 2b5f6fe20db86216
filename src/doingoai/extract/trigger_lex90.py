"""Round 90's family of the trigger lexicon (docs/decisions.md, Events, round 90): cues of the new document shapes
(joint statements, embassy digests, interviews) the "no trigger" misses share. Transport links opened or pushed
("hai bên nhất trí đẩy mạnh kết nối giao thông", "mở thêm đường bay thẳng": cooperation of the pair), a reception
for an anniversary or a national day ("Đại sứ quán tổ chức chiêu đãi kỷ niệm 60 năm quan hệ ngoại giao": the
relations celebrated), the remains of fallen soldiers handed over ("tỉnh X bàn giao cho tỉnh Y 11 hài cốt liệt sĩ":
cooperation of the one who hands them over with the one who receives). :mod:`doingoai.extract.triggers` puts them
first: each is more specific than the trigger starting at its word.
"""

from __future__ import annotations

from doingoai.extract.trigger_defs import Trigger
from doingoai.extract.vi_regex import NO_WORD as _NO_WORD
from doingoai.model import EventKind as K

_T = Trigger

LEX90: tuple[Trigger, ...] = (
    # transport links: "(đẩy mạnh) kết nối giao thông / hạ tầng", "mở (thêm) đường bay thẳng" (the pair cooperating)
    _T(
        "cooperate_links",
        K.COOPERATE,
        ("kết nối", "mở"),
        r"(?:kết nối (?:giao thông|hạ tầng|đường bộ|đường sắt|hàng không)"
        r"|mở(?: thêm| lại| mới)?(?: các| nhiều)? (?:đường bay|tuyến bay|tuyến đường bay)(?: thẳng)?)"
        + _NO_WORD,
    ),
    # a reception for an anniversary or a national day: "tổ chức (tiệc) chiêu đãi kỷ niệm / mừng / nhân dịp ..."
    _T(
        "relations_reception",
        K.RELATIONS,
        ("tổ chức",),
        r"tổ chức(?: tiệc| buổi)? chiêu đãi(?: trọng thể)?(?= (?:kỷ niệm|mừng|chào mừng|nhân"
        # (review 16) "nhân" of the occasion ("nhân dịp", "nhân Quốc khánh"), not a noun it opens: "chiêu đãi nhân
        # viên / nhân dân" is no anniversary
        r"(?! (?:viên|dân|sự|lực|loại|vật|tài|công|quyền|chứng|đạo|văn|tố|khẩu)(?![\w])))" + _NO_WORD + ")",
    ),
    # the remains of fallen soldiers handed over or repatriated: "bàn giao (cho X) 11 hài cốt liệt sĩ"
    _T(
        "cooperate_remains",
        K.COOPERATE,
        ("bàn giao", "hồi hương"),
        r"(?:bàn giao|hồi hương)(?=[^.;:\n]{0,50}?\bhài cốt" + _NO_WORD + ")",
    ),
)
