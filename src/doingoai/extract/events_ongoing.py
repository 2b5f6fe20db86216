"""A relation or practice told in the present is ongoing (round 26), not a past act.

What a Vietnamese reader knows: an undated act told in the present tense of a standing state is going on now,
not something that happened once:

* a clause opened by a present-time adverbial, "Hiện nay, ...", "Hiện tại, ...", "Ngày nay, ...", "Từ đó đến
  nay, ...", "Cho đến nay, ..." (but "Đến nay, X đã ký 16 hiệp định" is a perfect: done);
* a verb of maintaining before its object, "(X) duy trì quan hệ / hợp tác / hội đàm định kỳ" (a practice; but
  the relation as the subject of a period's result, "Quan hệ với X duy trì ổn định", "... ngày càng được củng
  cố" in a half-year report, is what happened in that period: occurred, as the seeds' gold codes it);
* a habitual adverb after the act in its own phrase ("... hợp tác thường xuyên", "... hội đàm định kỳ hằng
  năm"; "luôn", "thường xuyên" before it are the status cues' own).

Punctual acts (a signing, an establishment, a visit, an election ...) are never ongoing, and a clause dated in
the past ("Năm ngoái, hai nước vẫn duy trì ...") is left as it is: the caller applies this to undated acts only.
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.model import EventKind

PUNCTUAL: Final = frozenset(
    {
        EventKind.AGREEMENT_SIGN,
        EventKind.AGREEMENT_RATIFY,
        EventKind.RELATIONS_ESTABLISH,
        EventKind.RELATIONS_UPGRADE,
        EventKind.MEMBERSHIP_ELECT,
        EventKind.MEMBERSHIP_LEAVE,
        EventKind.VISIT,
        EventKind.RETREAT,
        EventKind.SANCTION_LIFT,
        EventKind.PROTEST,
        EventKind.HOST,
    }
)
# a present-time adverbial opening the clause (a list marker may come first)
_NOW_OPENS: Final = re.compile(
    r"\s*(?:[-+•*]\s*|\d{1,2}[.)]\s*)?(?:hiện nay|hiện tại|ngày nay|(?:từ|kể từ) (?:đó|đấy|ấy) (?:đến|tới) nay"
    r"|(?:cho )?(?:đến|tới) nay)\s*,"
)
_PERFECT: Final = re.compile(r"\b(?:đã|vừa|từng|mới)\b")
_MAINTAIN: Final = re.compile(r"\bduy trì\b")
_HABITUAL_AFTER: Final = re.compile(r"\b(?:thường xuyên|định kỳ|hằng năm|hàng năm|thường niên)\b")
_PHRASE_END: Final = re.compile(r"[,;:.()]")


def told_in_present(low: str, kind: EventKind, s0: int, c0: int, ts: int, te: int, p1: int) -> bool:
    """Is the undated act at ``low[ts:te]`` (its sentence from ``s0``, its clause from ``c0``, its objects up to
    ``p1``) a standing state or practice told in the present (see the module's docstring)?"""
    if kind in PUNCTUAL:
        return False
    if _MAINTAIN.search(low, max(c0, ts - 12), min(te, ts + 8)) is not None:
        return True  # "hai tỉnh duy trì quan hệ hữu nghị", "Hai bên duy trì hội đàm định kỳ" (a practice)
    stop = _PHRASE_END.search(low, te, p1)
    end = stop.start() if stop is not None else p1
    if _HABITUAL_AFTER.search(low, te, end) is not None:
        return True  # "... hợp tác thường xuyên", "... trao đổi đoàn cấp cao thường xuyên"
    now = _NOW_OPENS.match(low, c0) or _NOW_OPENS.match(low, s0)
    return now is not None and _PERFECT.search(low, now.end(), ts) is None  # "Hiện nay, ta duy trì ..."


# "hiện", "hiện nay", "hiện tại", "ngày nay" before the act in its clause (not the verb's tail: "thực hiện", "thể
# hiện", "xuất hiện", "phát hiện", "biểu hiện")
_NOW_WORD: Final = re.compile(
    r"(?<![\w])(?<!thực )(?<!thể )(?<!xuất )(?<!phát )(?<!biểu )(?<!tái )"
    r"(?:hiện(?! (?:đại|diện|thực|hành|trạng|tượng|vật))|ngày nay)(?![\w])"  # (not "hiện đại", "hiện diện" ...)
)


def told_now(low: str, c0: int, ts: int) -> bool:
    """Is the ongoing act at ``ts`` told as the state at the time of writing ("Hàn Quốc hiện là nhà đầu tư lớn
    nhất ...", "Ngày nay, X là ..."), a present-time word in its clause before it (round 73)? Its date is then the
    document's own, not one carried from the sentence before."""
    return _NOW_WORD.search(low, c0, ts) is not None
