"""Round 136's family of the trigger lexicon (docs/decisions.md, Events, round 136): cue words the "no trigger"
misses of the newest working sets (U, R) share (round 142: credentials presented, supplies sent), beside rounds 92's and 119's (:mod:`doingoai.extract.trigger_lex119`).
:mod:`doingoai.extract.triggers` puts them first with those.
"""

from __future__ import annotations

from doingoai.extract.trigger_defs import Trigger
from doingoai.extract.vi_regex import NO_WORD as _NO_WORD
from doingoai.model import EventKind as K

_T = Trigger

LEX136: tuple[Trigger, ...] = (
    # backing given: "Nam Phi hậu thuẫn lực lượng nổi dậy" (a force or a government
    # after it: not a passive "cuộc đảo chính do X hậu thuẫn"), "nhân dân Cu-ba luôn sát cánh cùng nhân dân Việt Nam"
    # (a partner after it: not "kề vai sát cánh, phối hợp")
    _T(
        "support_backing",
        K.SUPPORT,
        ("hậu thuẫn", "sát cánh"),
        r"hậu thuẫn(?= (?:cho |các |những )?(?:lực lượng|nhóm|phe|phong trào|chính quyền)" + _NO_WORD + ")"
        r"|sát cánh (?:cùng|bên|với)" + _NO_WORD,
    ),
    # (round 142) credentials presented: "Đại sứ trình Quốc thư lên Tổng thống Moldova", "trình Thư ủy nhiệm lên
    # Nhà vua" (a meeting with the host's head of state, consult as the seeds' writers read it; not "bản sao")
    _T(
        "consult_credentials",
        K.CONSULT,
        ("trình",),
        r"trình (?:quốc thư|thư (?:ủy|uỷ) nhiệm)(?= lên" + _NO_WORD + ")",
    ),
    # (round 142) supplies sent: "Nam Phi vẫn bí mật tiếp tế cho RENAMO" (a party after "cho")
    _T("aid_supply", K.AID, ("tiếp tế",), r"tiếp tế (?:vũ khí |lương thực |hàng hóa )?cho" + _NO_WORD),
)
