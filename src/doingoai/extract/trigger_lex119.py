"""Round 119's family of the trigger lexicon (docs/decisions.md, Events, round 119): cue words the "no trigger"
misses of the working sets share across sets and writers, beside rounds 79's and 92's
(:mod:`doingoai.extract.trigger_lex92`). :mod:`doingoai.extract.triggers` puts them first.
"""

from __future__ import annotations

from doingoai.extract.trigger_defs import Trigger
from doingoai.model import EventKind as K

_T = Trigger

LEX119: tuple[Trigger, ...] = (
    # the chair named in apposition: "Hội nghị do Thủ tướng Lào X, Chủ tịch ASEAN năm 2024, chủ trì", "Brazil, nước
    # Chủ tịch BRICS năm 2025, thông báo ..." (the holder before the comma holds the organisation's chair that year)
    _T(
        "chair_apposition",
        K.CHAIR,
        ("chủ tịch",),
        r"(?<=, )(?:nước )?chủ tịch(?: luân phiên)?(?= [^\W\d_]{2,10} năm (?:\d{4}|nay|sau|tới)\b)",
        back=1,
    ),
    # a promotion delegation sent abroad: "Tổ chức (lại) đoàn xúc tiến đầu tư sang Ả-rập Xê-út và Qatar", "tham gia
    # đoàn xúc tiến thương mại do Bộ Công Thương tổ chức sang Bra-xin" (a visit to the country after "sang"; a mission
    # "tại X" is read by trigger_acts' "delegation_org")
    _T(
        "delegation_promotion",
        K.VISIT,
        ("tổ chức", "tham gia", "thành lập", "cử"),
        r"(?:tổ chức|tham gia|thành lập|cử)(?: lại)? (?:các |một |\d+ )?(?:lượt )?đoàn xúc tiến (?:đầu tư|thương mại|du lịch)"
        r"(?: và (?:đầu tư|thương mại|du lịch))?(?: (?:của tỉnh|của thành phố|của bộ|do [^.;:,\n]{2,40}? tổ chức))?"
        r"(?= (?:sang|đi|tới|đến) )",
    ),
    # the relations' years counted with their start in brackets: "kỷ niệm 53 năm quan hệ ngoại giao Việt Nam – Ấn Độ
    # (7/1/1972 – 7/1/2025)", "35 năm quan hệ ngoại giao Việt Nam – Venezuela (18/12/1989 – 18/12/2024)": the
    # relations established on the first date (the brackets closing their clause: not "(d1 – d2), dự kiến ...", whose
    # act after the comma keeps its own reading)
    _T(
        "establish_counted",
        K.RELATIONS_ESTABLISH,
        ("quan hệ ngoại giao",),
        r"(?<=\d năm )quan hệ ngoại giao(?= [^()\n]{2,40}? \((?:\d{1,2}/)*\d{4} [–-] [^()\n]{4,12}\)(?:[.;]|$| và ))",
    ),
    # a lasting presence in a country since a date: "UNICEF có mặt tại Việt Nam từ năm 1975", "Bitel, thương hiệu của
    # Tập đoàn Viettel, có mặt tại Peru từ năm 2014" (cooperation with the country; not a leader present at a meeting)
    _T(
        "cooperate_present",
        K.COOPERATE,
        ("có mặt",),
        r"(?:đã )?có mặt (?:tại|ở)(?= (?!(?:hội nghị|lễ|buổi|cuộc|sự kiện|phiên)\b)[^.;:,\n]{2,30}? từ (?:năm |tháng )?\d)",
    ),
)
