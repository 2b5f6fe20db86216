"""Round 216 (docs/decisions.md, Round 216): a side's staff or delegation attending a body's meetings, a wording of
ministries' and agencies' reports several writers share. "Bộ đã cử cán bộ tham dự các cuộc họp của Ủy ban ASEAN về
quản lý thiên tai", "Cục tham gia đầy đủ các phiên họp của Tổ chức Hàng hải Quốc tế (IMO) tại Luân Đôn", "Phái đoàn
đã tham gia đầy đủ Khóa họp thường kỳ lần thứ 58 của Hội đồng Nhân quyền", "Bộ đã cử đại biểu dự các cuộc họp giữa
kỳ ARF": a meeting (consult) of the attending side with the body whose meetings they are (named after "của", or
right after "giữa kỳ").

Only meetings' nouns ("cuộc họp", "phiên họp", "khóa họp", "kỳ họp", and "hội nghị" in the plural): a single
"dự Hội nghị ... tại X" is a trip (visit) the other triggers read; the body must be named after "của" near, not a
domestic one's ("các cuộc họp của Bộ" names no foreign party and gives no event).

A promotion of ours held in a foreign place, as round 67's "Tổ chức Tuần hàng Việt Nam tại X" (coop_promotion), in the
wordings plans and reports share: "Tổ chức Ngày Việt Nam tại Lima", "tổ chức Ngày hàng Việt Nam tại Xao Pao-lô", "Tổ
chức Ngày hội giáo dục Việt Nam tại Ri-ga", "Tổ chức Hội nghị xúc tiến đầu tư của tỉnh tại Tô-ky-ô", "Tổ chức Diễn đàn
xúc tiến du lịch Khánh Hòa tại Xơ-un", "tổ chức hội nghị xúc tiến thị trường lao động tại Va-lét-ta": cooperation with
the country of the place after "tại" (events_parties reads it as for a delegation sent); not one held at home, nor one
whose title names a pair ("Hội nghị xúc tiến thương mại Việt Nam – Hàn Quốc tại Hà Nội": a hosting the meeting triggers read).

A working delegation that worked with a body, told without "sang" ("Đoàn công tác của Cục đã làm việc với Cơ quan Kênh
đào Xuy-ê tại Ismailia", "đoàn công tác của ADB ... đã làm việc với UBND tỉnh"): a visit of the delegation's side to the
side it worked with, as "cử đoàn công tác sang X làm việc với ..." is. Not with an envoy's mission at home ("làm việc với
Đại sứ quán X": a meeting, not a trip).
"""

from __future__ import annotations

from doingoai.extract.trigger_defs import Trigger
from doingoai.model import EventKind as K

_T = Trigger

LEX216: tuple[Trigger, ...] = (
    # "(cử ...) (tham) dự / tham gia (đầy đủ) các cuộc họp / phiên họp / hội nghị ... của <body>", "dự các cuộc họp
    # giữa kỳ <body>"
    _T(
        "consult_attend_body_meetings",
        K.CONSULT,
        ("tham dự", "dự", "tham gia"),
        r"(?:tham dự|dự|tham gia)(?: đầy đủ)? "
        r"(?:(?:các|những) (?:cuộc họp|phiên họp|khóa họp|kỳ họp|hội nghị)|(?:cuộc họp|phiên họp|khóa họp|kỳ họp))"
        r"(?![\w-])"
        r"(?=(?: (?:thường kỳ|thường niên|giữa kỳ|lần thứ \d+|thứ \d+|cấp (?:cao|bộ trưởng|chuyên viên|quan chức)"
        r"|[^\W\d_]+ \d+)){0,2}"
        r"(?:,? (?:hoạt động|sự kiện))?"
        r"(?: các (?:cơ quan|nhóm) [^.;:\n]{1,40}?)? (?:của|giữa kỳ) [^\W\d_])",
    ),
    # a working delegation that worked with a body: "đoàn công tác (của X / do Y dẫn đầu) (đã) làm việc với <body>"
    _T(
        "visit_team_worked_with",
        K.VISIT,
        ("đoàn công tác",),
        r"đoàn công tác(?= (?:(?:của|do) [^.;:,\n]{1,60}? )?(?:(?:đã|cũng|tiếp tục|sẽ) )?(?:đến |tới )?làm việc với"
        r" (?!(?:các |những )?(?:đại sứ quán|tổng lãnh sự quán|lãnh sự quán|đại sứ|tổng lãnh sự|văn phòng đại diện"
        r"|cơ quan đại diện|phái đoàn|thương vụ|đoàn)\b))",
    ),
    # a promotion of ours held abroad: "(phối hợp ...) tổ chức Ngày (hàng) Việt Nam / Ngày hội <x> Việt Nam / Hội nghị
    # (Diễn đàn, Hội thảo) xúc tiến đầu tư (du lịch, thương mại, thị trường lao động) (of whom) tại <place>"
    _T(
        "coop_promotion_held",
        K.COOPERATE,
        ("tổ chức",),
        r"(?:đồng )?tổ chức (?:các |một |hai |nhiều )?"
        r"(?:ngày (?:hàng )?việt nam|ngày hội(?: [^\W\d_]+){1,3}? việt nam"
        r"|(?:hội nghị|diễn đàn|hội thảo) xúc tiến (?:đầu tư|du lịch|thương mại|thị trường lao động))"
        # (not a title naming a pair, "Hội nghị xúc tiến thương mại Việt Nam – Hàn Quốc tại Hà Nội": a hosting at home)
        r"(?![\w-])(?=(?: [^.;:,–\n]{1,40}?)? tại (?!(?:tỉnh nhà|địa phương|hà nội|việt nam|thành phố hồ chí minh"
        r"|tp\.? hồ chí minh|đà nẵng|hải phòng|cần thơ)\b)[^\W\d_])",
    ),
)
