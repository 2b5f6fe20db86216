"""Events: a modal's scope over coordinated verbs (round 211).

"Hai nước nên sớm mở đường bay thẳng và thúc đẩy hợp tác ...", "Tổng thống sẽ hội kiến Chủ tịch nước, hội đàm với
Thủ tướng và thăm ...": the modal ("sẽ", "nên", "dự kiến" ...) said once after the subject governs every verb
coordinated after it, not only the first. :func:`events_status.status_of` reads the cues in the last six words
before a trigger; a later coordinated verb then reads none and was told as done. Read here: the predicate since
the subject holds the modal and reaches the trigger through a coordination ("và", ",") with no subordinator,
negation or "đã" between (a new clause or a done act). (A verb coordinated after an object's name, "sẽ hội kiến
A, hội đàm với B", was tried and left: its subject is then read as A, a role error the status only exposes.)
"""

from __future__ import annotations

import re
from typing import Final

# a modal word (the last one of the predicate is read)
_MODAL: Final = re.compile(
    r"(?<![^\W\d_])(?:sẽ|(?<!cho )(?<!, )nên|dự kiến|dự định|cần(?! thiết)|mong|sắp)(?![^\W\d_])"
)
# a coordination between the modal's verb and the trigger
_COORD: Final = re.compile(r"(?:,\s+|\s(?:và|cũng như|đồng thời)\s)")
# what ends the modal's scope: a subordinate or adversative word, a negation, a done act, a new sentence part
_BREAK: Final = re.compile(
    r"(?<![^\W\d_])(?:khi|sau khi|trước khi|để|nhằm|vì|do|mà|nhưng|song|tuy|đã|từng|không|chưa|nếu|còn)(?![^\W\d_])|[;:()–]"
)


def modal_carried(predicate: str) -> bool:
    """Does a modal said earlier in the clause govern the trigger that ``predicate`` (the lower-cased words from the
    subject's end, or the clause's start, to the trigger) leads to?"""
    if "," not in predicate and " và " not in predicate and " đồng thời " not in predicate:
        return False  # (cheap guard: no coordination, nothing to carry over)
    ends = [m.end() for m in _MODAL.finditer(predicate)]  # (the last modal is read)
    if not ends:
        return False
    rest = predicate[ends[-1] :]
    return _COORD.search(rest) is not None and _BREAK.search(rest) is None
