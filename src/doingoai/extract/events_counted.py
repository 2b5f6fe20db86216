"""Counted anaphora for events: "ba nước", "cả bốn nước", "ba bên" -> the parties named before, as many as counted.

Writing on a group of states names them once ("Tổng thống Tiệp Khắc ..., Tổng thống Ba Lan ... và Thủ tướng
Hung-ga-ri ... lập ra Nhóm ...") and then counts them as the clause's subject ("Ngày 21/12/1992, tại Cra-cốp, ba
nước ký Hiệp định ..."; "Hiệp định ba bên giữa Ăng-gô-la, Cu-ba và Nam Phi ... Sau các trận giao tranh ..., ba bên
bước vào vòng đàm phán"). :func:`counted_mentions` gives, for each such subject, a synthetic mention whose code is
the codes joined by "|" (kind "pair", ``via="anaphora"``, as :mod:`events_anaphora`'s "hai nước"), which
:mod:`events_roles` expands into the group. The antecedent is the nearest sentence before it (its own sentence
first, then up to six sentences back, over a heading) that names exactly that many states, else (round 34) the states those sentences name together when they are that many; none, no mention.
Only a subject is read: the count opens its clause (after a comma, a semicolon, the sentence's start or "khi",
maybe after its leaders' noun: "chính phủ ba nước ký ..."), so
"hợp tác ba bên", "Hiệp định ba bên giữa ..." and "vua ba nước Bô-hê-mi-a, Ba Lan ..." (named right after) are not.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Final

from doingoai.extract.events_anaphora import country_of
from doingoai.model import Document, Mention

_COUNTS: Final = {"ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
# the count opening its clause, "cả" before it allowed; not "năm nước ta" (a year, then the writer's country),
# not a count named right after ("ba nước Đông Dương", "ba nước Bô-hê-mi-a, ...": a capital after it)
COUNTED: Final = re.compile(
    r"\b(?:cả )?(?P<n>ba|bốn|năm|sáu|bảy|tám|chín|mười) (?:nước|bên|quốc gia)(?![^\W\d_])"
    r"(?! (?:ta|bạn|nhà|trên|thành viên|láng giềng|khác)\b)"
    # (round 70) "sáu nước này": these counted states; not after "năm" ("Năm nước này gia nhập ...": a year)
    r"(?!(?<=năm nước) (?:này|đó)\b)(?!(?<=năm bên) (?:này|đó)\b)(?!(?<=năm quốc gia) (?:này|đó)\b)"
)
# (round 111) an upper-case letter (not "ba nước đã ...": "đ", "ã" lie inside the range À-Ỹ)
_NAME_AFTER: Final = re.compile(r" +(\w)")
_STATE_KINDS: Final = ("country", "person", "body")
_BACK: Final = 6  # at most this many sentences back


def counted_mentions(doc: Document, low: str, mentions: list[Mention]) -> list[Mention]:
    """Synthetic mentions for the counted subjects whose parties could be found. ``low``: the lower-cased text;
    ``mentions``: actor mentions sorted by start."""
    if " nước" not in low and " bên" not in low and " quốc gia" not in low:
        return []
    out: list[Mention] = []
    starts = [m.start for m in mentions]
    sent_starts = [s.start for s in doc.sentences]
    for i, end, n in counted_subjects(low):
        k = bisect_right(sent_starts, i) - 1
        if k < 0 or _named_after(doc.text, end):
            continue  # "ba nước Đông Dương": named right after it
        if not _opens_clause(low, sent_starts[k], i) and not _signing_agent(low, sent_starts[k], i, end):
            continue  # "hợp tác ba bên", "Hiệp định ba bên giữa ...": no subject
        if low.startswith(" được mời", end):
            continue  # "Ba nước được mời đàm phán gia nhập ...": invited to the act, not yet its actors
        if _apposed(doc.text, mentions, starts, i):
            continue  # "A, B và C, ba nước đã bị O đình chỉ ...": the list before is the subject (events_suspended)
        parties = _antecedent(doc, mentions, starts, k, i, n)
        if parties:
            out.append(Mention(i, end, "|".join(parties), "pair", "anaphora"))
    return out


def _named_after(text: str, end: int) -> bool:
    """Does a name (an upper-case word) follow the count ending at ``end``?"""
    m = _NAME_AFTER.match(text, end)
    return m is not None and m.group(1).isupper()


def _apposed(text: str, mentions: list[Mention], starts: list[int], i: int) -> bool:
    """Is the count at ``i`` in apposition to the names right before it ("Ma-li và Ni-giê, hai nước ...")?"""
    k = bisect_left(starts, i) - 1
    return k >= 0 and text[mentions[k].end : i].strip() == ","


# (round 34) the count may follow its states' leaders or governments ("chính phủ ba nước ký ...", "lãnh đạo ba nước
# ký") or a clause's "khi" ("Bất đồng chỉ chấm dứt khi ba nước ký ..."): still the subject
_HEAD_BEFORE: Final = re.compile(
    r"(?:^|\s)(?:chính phủ|lãnh đạo|các nhà lãnh đạo|nguyên thủ|người đứng đầu|đại diện|ngoại trưởng"
    r"|bộ trưởng ngoại giao)\s*$"
)
_WHEN_BEFORE: Final = re.compile(r"(?:^|\s)(?:sau khi|khi|đến khi|cho đến khi)\s*$")


def _opens_clause(low: str, s0: int, i: int) -> bool:
    """Does the count at ``i`` open its clause (in the sentence from ``s0``), maybe after its leaders' noun?"""
    before = low[s0:i]
    m = _HEAD_BEFORE.search(before)
    if m is not None:
        before = before[: m.start()]
    return before.rstrip()[-1:] in ("", ",", ";", ":") or _WHEN_BEFORE.search(before) is not None


# (round 151) the agent of a passive signing: "Hiệp định khung của Liên minh được bốn nước ký ngày ...", "Hiệp định
# được lãnh đạo ba nước ký tại ...": the counted states sign (only a signing or ratifying verb right after the count)
_AGENT_BEFORE: Final = re.compile(r"\s(?:được|do|bởi)\s*$")
_SIGNED_AFTER: Final = re.compile(r"\s+(?:(?:đã|cùng|chính thức)\s+)*(?:ký|phê chuẩn)(?![^\W\d_])")


def _signing_agent(low: str, s0: int, i: int, end: int) -> bool:
    """Is the count at ``low[i:end]`` the agent of a passive signing ("được (lãnh đạo) ba nước ký")?"""
    if _SIGNED_AFTER.match(low, end) is None:
        return False
    before = low[s0:i]
    m = _HEAD_BEFORE.search(before)
    return _AGENT_BEFORE.search(before[: m.start()] if m is not None else before) is not None


_NOUNS: Final = (" nước", " bên", " quốc gia")
# (speed round 16) the count word before a noun is looked up by the few characters before it (one dict lookup per
# length), not tested word by word: no count word ends another ("ba" ends no "bốn", ...: tests check it), so at most
# one ends where the noun starts, the one the loop over the words found
_COUNT_LENGTHS: Final = tuple(sorted({len(w) for w in _COUNTS}))
_AFTER_NOUN: Final = re.compile(r"(?![^\W\d_])(?! (?:ta|bạn|nhà|này|đó|trên|thành viên|láng giềng|khác)\b)")
# (round 70) "sáu nước này còn ký ...": these counted states (not after "năm": "năm nước này gia nhập" is a year)
_AFTER_COUNT: Final = re.compile(r"(?![^\W\d_])(?! (?:ta|bạn|nhà|trên|thành viên|láng giềng|khác)\b)")


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # (what the regex engine's \w matches in a str)


def counted_subjects(low: str) -> list[tuple[int, int, int]]:
    """(start, end, count) of every match of :data:`COUNTED` in ``low``, found from its nouns (str.find) and the
    count word before each, not by trying the pattern at every position of the text (its first word, "năm",
    is also the year's: the engine stops at most positions of a long text)."""
    out = []
    for noun in _NOUNS:
        p = low.find(noun)
        while p >= 0:
            e = p + len(noun)
            for k in (
                _COUNT_LENGTHS
            ):  # the count word ending at the noun, if any (the only one: see _COUNT_LENGTHS)
                s = p - k
                if s < 0:
                    break
                n = _COUNTS.get(low[s:p], 0)
                if n and (s == 0 or not _word_char(low[s - 1])):
                    if (_AFTER_NOUN if n == 5 else _AFTER_COUNT).match(low, e):
                        c = s - 3  # "cả ba nước": the match opens on "cả" (at a word's start)
                        start = (
                            c
                            if c >= 0 and low.startswith("cả ", c) and (c == 0 or not _word_char(low[c - 1]))
                            else s
                        )
                        out.append((start, e, n))
                    break
            p = low.find(noun, p + 1)
    out.sort()
    return out


def _antecedent(
    doc: Document,
    mentions: list[Mention],
    starts: list[int],
    k: int,
    pos: int,
    n: int,
) -> list[str] | None:
    """The ``n`` states named by the nearest sentence before ``pos`` (its own sentence first) naming exactly ``n``."""
    ranges = [(doc.sentences[k].start, pos)]
    ranges += [
        (doc.sentences[j].start, doc.sentences[j].end) for j in range(k - 1, max(-1, k - 1 - _BACK), -1)
    ]
    gathered: list[str] = []  # (round 34) the states of the sentences back so far, nearest first
    for lo, hi in ranges:
        ms = mentions[bisect_left(starts, lo) : bisect_left(starts, hi)]
        codes: list[str] = []
        for x in ms:
            if x.end <= hi and x.kind in _STATE_KINDS and x.via != "anaphora":
                c = country_of(x.code)
                if (x.kind != "body" or c != x.code) and c not in codes:
                    codes.append(c)
        if len(codes) == n:
            return codes
        listed = _listed(doc.text, ms, hi, n) if len(codes) > n else None
        if (
            listed
        ):  # (round 158) "Liên Xô công nhận ...; ngày 17/9/1991, A, B và C được kết nạp ...": the list of n
            return listed
        gathered += [c for c in codes if c not in gathered]
    # none names exactly that many: the states named over those sentences together, when they are as many
    # ("A và B ... . C phản đối ... . ... ba nước ký ...")
    return gathered if len(gathered) == n else None


# (round 158) states listed one after another: "E-xtô-ni-a, Lát-vi-a và Lít-va"
_LIST_GAP: Final = re.compile(r"\s*(?:,\s*(?:và\s+)?|và\s+)")


def _listed(text: str, ms: list[Mention], hi: int, n: int) -> list[str] | None:
    """The one list of exactly ``n`` states ("A, B và C") among the mentions ``ms`` (ending before ``hi``), else None."""
    runs: list[list[str]] = []
    run: list[str] = []
    last = None
    for x in ms:
        if x.end > hi or x.kind not in _STATE_KINDS or x.via == "anaphora":
            continue
        c = country_of(x.code)
        if x.kind == "body" and c == x.code:
            continue
        if last is not None and run and _LIST_GAP.fullmatch(text, last.end, x.start) is not None:
            if c not in run:
                run.append(c)
        else:
            if run:
                runs.append(run)
            run = [c]
        last = x
    if run:
        runs.append(run)
    found = [r for r in runs if len(r) == n]
    return found[0] if len(found) == 1 else None
