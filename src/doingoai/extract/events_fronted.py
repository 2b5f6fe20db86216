""" "Với sự giúp đỡ của Pháp, Nhật Bản và một số nước khác, Việt Nam thanh toán xong ...", "Nhờ sự hỗ trợ của
Liên Xô, Cu-ba xây dựng ...": help named in a fronted phrase ("với / nhờ (có, vào) / được sự <help> của X, ...")
goes from its possessor X to the subject of the clause after the comma; the names of that clause (the debt's
creditor "với IMF") are its own business, not the help's.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any, Final

from doingoai.extract.events_anaphora import country_of
from doingoai.extract.rx_boundary import WORD_START
from doingoai.model import EventKind, by_start

K = EventKind
_HELP_KINDS: Final = frozenset({K.AID, K.SUPPORT})
# the text of the clause before the help noun: the phrase opens the sentence or follows a comma
_FRONTED: Final = re.compile(
    r"(?:^|[,;:]\s*)(?:với|nhờ(?: có| vào)?|được) (?:sự |những |các )?$", re.IGNORECASE
)
# before a name: the fronted phrase up to its "của" (for the grouping: its list of helpers ends at the comma)
FRONTED_OF: Final = re.compile(
    r"(?:^|[.;:\n,]\s*)(?:[Vv]ới|[Nn]hờ(?: có| vào)?|[Đđ]ược) sự (?:[^\W\d_]+ ){1,4}của $"
)


def fronted_help(
    text: str, kind: EventKind, before: str, post: list, te: int
) -> tuple[list[str], list[str]] | None:
    """(helpers, helped) for a help noun in a fronted phrase, else None. ``before``: the clause up to the
    trigger; ``post``: the groups after it (the helpers with "của", then the subject after a comma)."""
    if kind not in _HELP_KINDS or not post or post[0].marker != "của" or _FRONTED.search(before) is None:
        return None
    agent = post[0]
    if agent.marker_pos - te > 25:
        return None
    for g in post[1:]:
        if g.marker == "" and text.find(",", agent.end, g.start) >= 0:
            return list(agent.codes), list(g.codes)
        if g.marker == "":
            return None
    return None


# a sentence opening on the meeting verb itself, after at most a fronted time ("Chiều 12/3, "), no subject before it
# (round 46) or a "khi" before the verb: "Tháng 10, khi tiếp Đại sứ Việt Nam ..., Tổng thống X đề nghị ...": the
# received is the object, the host the main clause's subject
_OPENING: Final = re.compile(
    r"\s*(?:[-–•+]\s*)?(?:(?:sáng|chiều|tối|trưa|ngày|tháng|năm|hôm)\b[^,;:]{0,30},\s*)?(?:(?:trong )?khi )?"
)
_MET_KINDS: Final = frozenset({K.CONSULT, K.VISIT})
# acts whose fronted participle ("Gia nhập OPEC năm 2007, Ăng-gô-la ...", "Được kết nạp vào EU ..., Hung-ga-ri ...")
# has the main clause's subject as its actor
_FRONTED_ACTS: Final = frozenset(
    {
        K.MEMBERSHIP_JOIN,
        K.MEMBERSHIP_ELECT,
        K.MEMBERSHIP_LEAVE,
        K.AGREEMENT_SIGN,
        K.AGREEMENT_RATIFY,
        K.RELATIONS_ESTABLISH,
        K.HOST,
        K.CHAIR,
    }
)
_NOT_SUBJECT: Final = re.compile(WORD_START + r"(?:được|bị|do|của|với|cho)\b")


_SUBJECT_WITHIN: Final = (
    30  # a title before the main clause's subject: "Thủ tướng Ô-xtrây-li-a", "Tổng thống"
)


def fronted_meeting(doc: Any, text: str, s0: int, ts: int, te: int, kind: EventKind) -> str:
    """ "Gặp Thủ tướng Phạm Minh Chính bên lề hội nghị, Thủ tướng Ô-xtrây-li-a ... bày tỏ ...": a meeting verb
    opening the sentence has the main clause's subject (the first state or leader named after its comma, a verb
    after it) as its actor; so has a membership, an agreement, a hosting or a chair in a fronted participle ("Gia
    nhập OPEC năm 2007, Ăng-gô-la hiện là ...", "Được kết nạp vào EU ..., Hung-ga-ri còn là ..."), the subject
    right after the comma. ``doc``: the Document; the state's code, or ""."""
    met = kind in _MET_KINDS
    if not met and kind not in _FRONTED_ACTS:
        return ""
    m = _OPENING.match(text, s0)  # (after a fronted time; "được / bị" before a passive act, not a meeting)
    p = m.end() if m is not None else -1
    if ts != p and (met or not text.startswith(("được ", "bị "), p) or ts != text.find(" ", p) + 1):
        return ""
    sent = doc.sentence_at(ts)
    end = sent.end if sent is not None else len(text)
    comma = text.find(",", te, end)
    if comma < 0:
        return ""
    ms = doc.mentions
    k = bisect_left(ms, comma, key=by_start)
    while k < len(ms) and ms[k].start - comma <= _SUBJECT_WITHIN and ms[k].kind not in _STATE_KINDS:
        k += 1
    if k >= len(ms) or ms[k].start - comma > _SUBJECT_WITHIN or "," in text[comma + 1 : ms[k].start]:
        return ""
    if not met and _NOT_SUBJECT.search(text, comma + 1, ms[k].start):
        return ""  # "Phê chuẩn Công ước ..., được Đại hội đồng ... thông qua": a participle, not the subject
    j = k
    while j + 1 < len(ms) and ms[j + 1].start - ms[j].end <= 2:
        j += 1  # (the leader's name after the state's: "Tổng thống In-đô-nê-xi-a Giô-cô Wi-đô-đô")
    if text.startswith((" và ", ", "), ms[j].end):
        return (
            ""  # "khi thăm Pháp, Đức và Anh, Thủ tướng ...": the object's list goes on, no subject (round 46)
        )
    verb = _VERB_AFTER.match(doc.text, ms[j].end)  # (read on the cased text: a name's words are capitalised)
    return country_of(ms[k].code) if verb is not None else ""


_STATE_KINDS: Final = ("country", "person", "body")
_VERB_AFTER: Final = re.compile(r"(?: [A-ZĐ][\w-]*){0,4}\s+(?:đã |cũng |luôn |vẫn )?(?:[a-zđà-ỹ]+)(?![,.;:])")
