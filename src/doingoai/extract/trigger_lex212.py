"""Round 212 (docs/decisions.md, Round 212): delegations meeting delegations, as memoirs and first-person reports of a
conference tell it. "Ba ngày sau, đoàn ta gặp các đoàn Mô-dăm-bích và Ăng-gô-la", "chúng tôi gặp gỡ đoàn Cu-ba bên
lề khóa họp": a meeting (consult) of the meeting side with the delegations' countries (named after "đoàn").

The word after "đoàn" must be a name or the country's word ("đoàn Mô-dăm-bích", "các đoàn Lào, Cam-pu-chia", "phái
đoàn Cu-ba"); "gặp đoàn đại biểu ..." is consult_receive's already. Not "gặp nhau" (trigger_lex24), not a group of
our own ("gặp đoàn công tác của tỉnh" names no foreign party and gives no event).
"""

from __future__ import annotations

from doingoai.extract.trigger_defs import Trigger
from doingoai.extract.vi_regex import NO_WORD as _NO_WORD
from doingoai.model import EventKind as K

_T = Trigger

LEX212: tuple[Trigger, ...] = (
    # "(đoàn ta / chúng tôi) gặp (gỡ) (các / những) (phái) đoàn <country>"
    _T(
        "consult_meet_delegations",
        K.CONSULT,
        ("gặp",),
        r"gặp(?: gỡ| mặt)? (?:các |những |hai )?(?:phái )?đoàn(?= (?:nước |bạn )?[^\W\d_])"
        r"(?! (?:đại biểu|công tác|cán bộ|doanh nghiệp|ta|mình|chúng tôi|của (?:tỉnh|thành phố|bộ|ta)|nhà|sinh viên|học sinh)\b)"
        + _NO_WORD,
    ),
    # sent on a trip abroad: "tôi được cử đi Băng Cốc trong đoàn Thủ tướng X dự Hội nghị ...", "Bộ trưởng cử đi
    # Giơ-ne-vơ dự phiên họp ..." (the place right after "đi", as for visit_go's "sang X dự ...")
    _T(
        "visit_sent_to",
        K.VISIT,
        ("cử",),
        r"cử đi(?= (?:[^,.;:()\n]){2,60}? (?:dự(?! (?:kiến|định|thảo|án|báo|trữ|toán|phòng|bị))|tham dự|thăm|làm việc"
        r"|công tác|hội đàm)" + _NO_WORD + ")",
    ),
)
