"""Round 136's family of the trigger lexicon (docs/decisions.md, Events, round 136): cue words the "no trigger"
misses of the newest working sets (U, R) share, beside rounds 92's and 119's (:mod:`doingoai.extract.trigger_lex119`).
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
)
