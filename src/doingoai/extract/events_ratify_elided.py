"""Events: an act whose object is left unsaid (round 147). A ratification whose instrument is not repeated
("Phi-líp-pin phê chuẩn năm 2010", "Mê-hi-cô phê chuẩn đầu tiên, vào tháng 6/2019", "X là nước thứ chín phê
chuẩn"): Vietnamese drops the object of "phê chuẩn" when the treaty was named just before, and the verb is then
followed by nothing but an order word, a date or the clause's end; read as the subject's ratification when an
agreement noun was written shortly before the clause. A hosting likewise ("Chi-lê đăng cai năm 2004", "Thượng đỉnh
năm sau sẽ do Ăng-gô-la đăng cai", "đăng cai thượng đỉnh tại X"): the summit of the organisation the text is about.
Used by :mod:`doingoai.extract.events_signing` and :mod:`doingoai.extract.events_unstated`."""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.cue_tries import AGREEMENT_NOUN_CUE

# after the verb (lower-cased text): an order word, a date, or the clause's end: nothing ratified is named
_ELIDED: Final = re.compile(
    r"(?: (?:đầu tiên|cuối cùng|sớm nhất|muộn nhất|trước|sau))?"
    r"(?:\s*[,.;)]|\s*$| (?:vào |hồi |từ |trong )?(?:ngày|tháng|năm|quý|cuối năm|đầu năm|giữa năm) \d)"
)
_BACK: Final = 600  # how far before the clause the treaty is looked for


def elided_ratification(text: str, c0: int, te: int, actors: object) -> bool:
    """True when "phê chuẩn" at ``te`` (its end) has a subject (``actors``) and no object, and an agreement noun
    is written in the ``_BACK`` characters before the clause start ``c0``. ``text`` is the lower-cased text."""
    if not actors or _ELIDED.match(text, te) is None:
        return False
    return AGREEMENT_NOUN_CUE.search(text, max(0, c0 - _BACK), c0) is not None


# a bare "summit" (the organisation's, unnamed): "đăng cai thượng đỉnh tại ...", "Thượng đỉnh năm sau sẽ do X đăng cai"
# (its start checked by a look-behind: searched from the clause's start, "^" holds only at the text's, so "(?:^|\s)"
# missed a clause opening on it)
_BARE_SUMMIT: Final = re.compile(
    r"(?<![^\s,(])thượng đỉnh(?= năm| lần| tiếp theo| tại| ở| sẽ| do|\s*[,.;]|$)"
)


def elided_hosting(text: str, c0: int, c1: int, te: int) -> bool:
    """True when the hosting verb ending at ``te`` names nothing hosted (an order word, a date or the clause's end
    follows), or its clause ``c0``..``c1`` names a bare summit: the text's organisation's meeting."""
    return _ELIDED.match(text, te) is not None or _BARE_SUMMIT.search(text, c0, c1) is not None
