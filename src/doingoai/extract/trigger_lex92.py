"""Round 92's family of the trigger lexicon (docs/decisions.md, Events, round 92): a second pass on the cue
families the "no trigger" misses of the working sets share across sets and writers, beside round 79's
(:mod:`doingoai.extract.trigger_lex79`). :mod:`doingoai.extract.triggers` puts them first with round 79's.
"""

from __future__ import annotations

from doingoai.extract.trigger_defs import Trigger
from doingoai.extract.vi_regex import NO_WORD as _NO_WORD
from doingoai.model import EventKind as K

_T = Trigger

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
