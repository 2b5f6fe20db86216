"""Round 66's family of the trigger lexicon (docs/decisions.md, Events, round 66): a state back in an organisation
it had left. "Nam Phi rút khỏi Khối năm 1961 và chỉ trở lại năm 1994", "nước ta trở lại làm thành viên ILO", "Mỹ
trở lại tổ chức hồi tháng 7/2023", "Washington rút khỏi tổ chức và chỉ quay lại vào năm 2003": returning to an
organisation is joining it again (membership.join, the golds of every set that met it). "trở lại" is a common word
("trở lại Hà Nội", "trở lại bàn đàm phán"), so the trigger is kept only when its organisation is named or in play
and a leaving was told just before or membership is said (:mod:`doingoai.extract.events_rejoin`).
"""

from __future__ import annotations

from doingoai.extract.trigger_defs import Trigger
from doingoai.extract.vi_regex import NO_WORD as _NO_WORD
from doingoai.model import EventKind as K

_T = Trigger

LEX66: tuple[Trigger, ...] = (
    # "trở lại (làm thành viên) O", "quay (trở) lại (tổ chức) năm 2003" (not "gia nhập trở lại": "join" reads it)
    _T(
        "join_return",
        K.MEMBERSHIP_JOIN,
        ("trở lại", "quay lại", "quay trở lại"),
        r"(?<!gia nhập )(?<!kết nạp )(?:quay (?:trở )?lại|trở lại)(?: làm (?:thành viên|hội viên)(?: của)?)?"
        + _NO_WORD
        # (not an office or a state of things taken up again: "Trở lại cương vị Tổng thống", "trở lại bàn đàm phán")
        + r"(?! (?:cương vị|chức|vị trí|nắm quyền|cầm quyền|bàn|đàm phán|bình thường|hoạt động|làm việc|thăm))",
    ),
    # (round 117) a membership restored is the state a member again: "Xi-ri được khôi phục tư cách thành viên Liên
    # đoàn Ả-rập" (passive only: its subject is the state, the organisation is named after it)
    _T(
        "join_restored",
        K.MEMBERSHIP_JOIN,
        ("được khôi phục",),
        r"(?<=được )khôi phục (?:lại )?tư cách (?:thành viên|hội viên)(?: đầy đủ| chính thức)?(?: (?:của|tại|trong))?"
        + _NO_WORD,
    ),
)
