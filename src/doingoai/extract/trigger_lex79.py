"""Round 79's family of the trigger lexicon (docs/decisions.md, Events, round 79): cue families the "no trigger"
misses of the working sets share across sets and writers. An embassy or consulate (re)opened in a capital
("Ai-len mở Đại sứ quán tại Hà Nội", "ta mở lại Đại sứ quán tại Lima", "khai trương Tổng Lãnh sự quán tại ...":
the opener's relations with the country of the place, found as a delegation's is: events_parties, the capital read
as its country by events_places.capital_mentions), candidate status granted ("EU trao quy chế ứng cử viên cho X",
"X được EU trao quy chế nước ứng cử viên": the body's support for the candidate). :mod:`doingoai.extract.triggers`
puts them first: each is more specific than the trigger starting at its word.
"""

from __future__ import annotations

from typing import Final

from doingoai.extract.trigger_defs import Trigger
from doingoai.extract.vi_regex import NO_WORD as _NO_WORD
from doingoai.model import EventKind as K

_T = Trigger
# no scholarship in the rest of the clause (a scholarship is its giver's aid, read by the aid family)
_NO_GRANT: Final = r"(?![^.;\n]{0,120}?học bổng)"
# going abroad: "sang" a few words after the people sent ("cử 40 sinh viên ngành X sang Hàn Quốc")
_GOING: Final = r"(?=(?: [^\W\d]+){0,4},? sang )"

LEX79: tuple[Trigger, ...] = (
    # an embassy or consulate (re)opened in a place abroad: "Ai-len mở Đại sứ quán tại Hà Nội" (relations with the
    # country of the place: events_parties, as for a delegation sent; none when no country is found there)
    _T(
        "relations_embassy",
        K.RELATIONS,
        ("mở", "khai trương"),
        r"(?:mở(?: lại)?|khai trương) (?:đại sứ quán|tổng lãnh sự quán|lãnh sự quán)(?= (?:[^\W\d]+ ){0,3}tại )",
    ),
    # candidate status granted: "EU trao quy chế (nước) ứng cử viên cho X", "X được EU trao quy chế ứng cử viên"
    # (the body's support for the candidate)
    _T(
        "support_candidate",
        K.SUPPORT,
        ("trao", "cấp"),
        r"(?:trao|cấp)(?: cho [^.;:,\n]{2,40}?)? (?:quy chế|tư cách) (?:nước |quốc gia )?ứng cử viên"
        + _NO_WORD,
    ),
    # a notice, message or report sent to a body: "X gửi thông báo về dự án tới Ủy hội ...", "gửi thông điệp tới Hội
    # nghị ..." (talks with the body; not a notice of withdrawal: a leaving)
    _T(
        "consult_notice",
        K.CONSULT,
        ("gửi",),
        r"gửi (?:thông báo|thông điệp|báo cáo|công hàm|công thư)(?! (?:về việc )?(?:rút|xin rút|chính thức rút)\b)"
        + _NO_WORD,
    ),
    # an initiative, project or programme launched: "hai nước khởi động Sáng kiến chung ...", "hai bên khởi động dự án
    # xử lý ... tại ..." (cooperation of its parties)
    _T(
        "cooperate_launch",
        K.COOPERATE,
        ("khởi động",),
        r"khởi động (?:(?:một |các |hai )?(?:sáng kiến|dự án|chương trình hợp tác|cơ chế hợp tác)|giai đoạn mới)"
        + _NO_WORD,
    ),
    # students or trainees sent abroad by count: "Trường cử 40 sinh viên sang Hàn Quốc thực tập" (cooperation with
    # the country they go to: events_parties, as for a delegation sent; not on a scholarship: its giver's aid)
    _T(
        "coop_students_sent",
        K.COOPERATE,
        ("cử", "gửi"),
        r"(?:cử|gửi) (?:hơn |khoảng |thêm |gần )?\d[\d.]* (?:sinh viên|học viên|thực tập sinh|lưu học sinh|học sinh)"
        + _NO_WORD
        + _NO_GRANT
        + _GOING,
    ),
    # staff sent abroad by count to train or take part: "Cử 3 giảng viên trẻ sang Phần Lan bồi dưỡng chuyên môn" (a
    # visit to the country they go to, as a delegation's; not on a scholarship)
    _T(
        "delegation_staff",
        K.VISIT,
        ("cử",),
        r"cử (?:hơn |khoảng |thêm |gần )?\d[\d.]* (?:cán bộ|giảng viên|chuyên viên|bác sĩ|nghiên cứu viên)"
        + _NO_WORD
        + _NO_GRANT
        + _GOING,
    ),
)
