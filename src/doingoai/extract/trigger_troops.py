"""The trigger lexicon's troops family (round 27, docs/decisions.md Events): armed forces moving into or out of a
country, told with verbs of plain movement that mean a war or a withdrawal only when troops move. Troops that
land, march in or pour across ("quân đội X đổ bộ lên Y", "quân đội X tiến vào Z", "tràn qua biên giới") make a
conflict with the place's state; troops that leave a country with a bare "rời" ("toán quân X cuối cùng rời Y")
retreat from it, as "rút khỏi" does after troops (:mod:`doingoai.extract.trigger_scan`). A military operation
opened ("mở chiến dịch quân sự (đặc biệt) tại Y") is a conflict whoever opens it. A mission set up or a force
deployed in a country ("thành lập Chiến dịch Liên hợp quốc tại Y", "cho phép triển khai Lực lượng quốc tế tại Y")
is the body's cooperation with that country (``MISSIONS``, first in the lexicon).

The scan keeps a movement only after a troops noun in its clause (``TROOPS_ONLY``): "bão đổ bộ vào miền Trung",
"đoàn đại biểu tiến vào hội trường", "rời Hà Nội" are no event. Part of :data:`doingoai.extract.triggers.LEXICON`,
last: at one position "rời khỏi", "rời tổ chức" stay the membership trigger's.
"""

from __future__ import annotations

from typing import Final

from doingoai.extract.trigger_defs import Trigger
from doingoai.extract.vi_regex import NO_WORD as _NO_WORD
from doingoai.model import EventKind as K

_T = Trigger
# an international mission's or force's name up to the country it works in: "Phái bộ Quản lý chuyển tiếp của Liên hợp
# quốc tại", "Lực lượng quốc tế tại" (not "chiến dịch quảng bá du lịch tại")
MISSION_IN: Final = (
    r"\b[^.;:,()\n]{0,60}?(?:liên hợp quốc|lhq|quốc tế|gìn giữ hòa bình|đa quốc gia)[^.;:,()\n]{0,30}? tại"
)
_A_NAME: Final = (
    r"(?= (?:thủ đô |thành phố |lãnh thổ |đảo )?[^\W\d_])"  # a place or a state right after the verb
)

TROOPS: tuple[Trigger, ...] = (
    # troops landing or marching in: "quân đội In-đô-nê-xi-a đổ bộ lên Đi-li", "quân đội Liên Xô tiến vào Bu-đa-pét"
    _T(
        "conflict_troops_in",
        K.CONFLICT,
        ("đổ bộ", "tiến vào", "tràn vào", "tràn qua", "tràn sang", "kéo vào"),
        r"(?:đổ bộ (?:lên|vào|xuống)|tiến vào|tràn (?:vào|qua|sang)|kéo vào)" + _A_NAME,
    ),
    # troops leaving with a bare "rời": "Toán quân Cu-ba cuối cùng rời Ăng-gô-la ngày 25/5/1991"
    _T("retreat_troops_left", K.RETREAT, ("rời",), r"rời(?! khỏi)" + _A_NAME),
    # an operation opened: "Nga mở chiến dịch quân sự đặc biệt tại U-crai-na"
    _T(
        "conflict_operation",
        K.CONFLICT,
        ("mở",),
        r"mở (?:một |cuộc )?(?:chiến dịch quân sự|cuộc tấn công|đợt tấn công)(?: đặc biệt| quân sự)?"
        + _NO_WORD,
    ),
)
# a mission set up or a force's deployment authorised in a country (before the lexicon's "found"): "Hội đồng Bảo an
# ... thành lập Chiến dịch Liên hợp quốc tại Mô-dăm-bích", "cho phép triển khai Lực lượng quốc tế tại Đông Timor":
# cooperation of the body with the country after "tại" (events_groups reads it as the mission's host, not a place);
# a state deploying its own unit ("triển khai lực lượng ... tới Phái bộ") is the older "peacekeeping_deploy"
MISSIONS: tuple[Trigger, ...] = (
    _T(
        "cooperate_mission",
        K.COOPERATE,
        ("thành lập", "lập ra", "triển khai"),
        r"(?:(?:quyết định |nhất trí )?(?:thành lập|lập ra)|cho phép triển khai)(?= (?:một )?(?:phái bộ|chiến dịch"
        r"|lực lượng|nhóm hỗ trợ)" + MISSION_IN + ")",
        back=2,
    ),
)
# the movements kept only after a troops noun in their clause (trigger_scan)
TROOPS_ONLY: Final = frozenset({"conflict_troops_in", "retreat_troops_left"})
