"""Round 92's family of the trigger lexicon (docs/decisions.md, Events, round 92): a second pass on the cue
families the "no trigger" misses of the working sets share across sets and writers, beside round 79's
(:mod:`doingoai.extract.trigger_lex79`). :mod:`doingoai.extract.triggers` puts them first with round 79's.
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.trigger_defs import Trigger
from doingoai.extract.vi_regex import NO_WORD as _NO_WORD
from doingoai.model import EventKind as K

_T = Trigger
# (round 130) goods "nhập khẩu từ X": the parties skip that "từ", so the target would be guessed (no trigger)
_NOT_IMPORTS: Final = r"(?![^.;:,()\n]{0,40}? nhập khẩu từ )"

LEX92: tuple[Trigger, ...] = (
    # tariffs laid on another's goods: "Mỹ áp thuế 25% đối với hàng hóa nhập khẩu từ Ca-na-đa", "bị EU áp thuế chống
    # bán phá giá 10%", "áp thuế trả đũa đối với hàng hóa Mỹ" (a sanction; the goods' owner named: not "hàng hóa nhập
    # khẩu từ X", whose "từ" the parties skip, nor "đối với thép")
    _T(
        "sanction_tariff",
        K.SANCTION,
        ("áp thuế",),
        r"áp thuế(?: (?:trả đũa|bổ sung|chống bán phá giá|chống trợ cấp|quan|\d[\d,.]*\s?%))* (?:đối với|lên)"
        r"(?= (?:(?:phần lớn|các|mặt|toàn bộ|nhiều) )*hàng(?: hóa)?(?! hóa| nhập khẩu)\b)",
    ),
    # (round 130) a duty laid on goods their owner follows: "Bắc Kinh áp thuế chống bán phá giá tổng cộng 80,5% đối
    # với lúa mạch Australia", "áp thuế chống bán phá giá đối với cá tra của Việt Nam" (a trade-remedy duty; a
    # tariff told by a rate alone, "áp thuế 10% đối với thép", stays with the goods rule above)
    _T(
        "sanction_duty",
        K.SANCTION,
        ("áp thuế",),
        r"áp thuế(?: (?:trả đũa|bổ sung|chống bán phá giá|chống trợ cấp|và|tổng cộng|lên tới|\d[\d,.]*\s?%))*"
        r" (?:chống bán phá giá|chống trợ cấp|trả đũa)(?: (?:và|chống trợ cấp|tổng cộng|lên tới|\d[\d,.]*\s?%))*"
        r" đối với" + _NO_WORD + _NOT_IMPORTS,
    ),
    # (round 130) such a duty lifted: "Trung Quốc dỡ bỏ thuế đối với lúa mạch", "chấm dứt áp thuế chống bán phá
    # giá ... đối với lúa mạch nhập khẩu từ Australia" (not a tariff cut under an agreement: "xóa bỏ thuế nhập khẩu")
    _T(
        "lift_duty",
        K.SANCTION_LIFT,
        ("dỡ bỏ", "bãi bỏ", "gỡ bỏ", "chấm dứt"),
        r"(?:dỡ bỏ|bãi bỏ|gỡ bỏ|chấm dứt(?: áp| việc áp)?) thuế(?: (?:trả đũa|bổ sung|chống bán phá giá|chống trợ cấp"
        r"|và))* đối với" + _NO_WORD + _NOT_IMPORTS,
    ),
    # the EU's "yellow card" on a fishery: "Ủy ban châu Âu áp dụng cảnh báo “thẻ vàng” đối với hải sản của Việt Nam",
    # "bị áp “thẻ vàng”" (a sanction), and its lifting: "gỡ (bỏ) (cảnh báo) “thẻ vàng”"
    _T(
        "sanction_yellow_card",
        K.SANCTION,
        ("áp",),
        r"áp(?: dụng)?(?: cảnh báo)? [“\"]?thẻ vàng" + _NO_WORD,
    ),
    _T(
        "lift_yellow_card",
        K.SANCTION_LIFT,
        ("gỡ",),
        r"gỡ(?: bỏ)?(?: cảnh báo)? [“\"]?thẻ vàng" + _NO_WORD,
    ),
)

# (round 130) triggers whose target must be named in the clause: no unstated Vietnam as the one taxed or sued
# ("Mỹ áp thuế chống bán phá giá đối với thép": no event)
NAMED_TARGET: Final = frozenset({"sanction_duty", "lift_duty", "protest_sue"})
# (round 130) a case named as a ruling's setting, "phán quyết ... trong vụ A kiện B": the suit is not told there (nor
# its date, which is the ruling's)
CASE_NAMED: Final = re.compile(r"\btrong (?:các |những )?vụ [^.;:,()\n]{1,50}$")
# (round 130) a duty named as a suit's object, "vụ A kiện B áp thuế ... đối với tôm": the suit is the act told there
SUED_OVER: Final = re.compile(r"\bkiện [^.;:,()\n]{1,30}$")
