"""The trigger scan: an Aho-Corasick automaton over the lower-cased text finds the head words of the lexicon
(:mod:`doingoai.extract.triggers`), and only there is each candidate trigger's regex tried."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import ahocorasick

from doingoai.extract.cue_tries import trie_pattern
from doingoai.extract.members import members
from doingoai.extract.rx_boundary import WORD_START, compile_fast, starts_word
from doingoai.extract.textscan import lower_same_length
from doingoai.extract.trigger_defs import REL_STATES, Trigger
from doingoai.extract.trigger_troops import TROOPS_ONLY
from doingoai.extract.triggers import _REL_VERBS, BY_NAME, LEXICON, Hit
from doingoai.extract.vi_regex import variants as _variants
from doingoai.extract.vi_regex import vi_pattern
from doingoai.model import EventKind

K = members(EventKind)  # (plain attribute reads: see extract/members.py)
_new = tuple.__new__  # Hit(...) without the NamedTuple's Python-level __new__ (speed round 12)


@lru_cache(maxsize=1)
def head_entries() -> dict[str, tuple]:
    """Head word -> ((lexicon order, regex, how far back a match may start, pre-check), ...)."""
    heads: dict[str, list[int]] = {}
    for i, t in enumerate(LEXICON):
        for h in t.heads:
            for v in _variants(h):
                heads.setdefault(v, []).append(i)
    rxs = []
    for t in LEXICON:  # a trigger that may start before its head is searched for from a few words back
        pattern = vi_pattern(t.pattern)
        rxs.append(compile_fast(WORD_START + "(?:" + pattern + ")" if t.back else pattern))  # (rx_boundary)
    out = {}
    for h, idx in heads.items():
        pres = [_pre_check(LEXICON[i].name) for i in idx]
        after = [_NEEDLE_WORDS[pre[0]] for pre in pres if pre is not None and not pre[1]]
        # several triggers of one head look for words after it ("quan hệ ... được củng cố / được thiết lập /
        # được nâng"): one scan for all their words first, made by the first of them (scan_text); one trie of
        # them all (tries joined by "|" would leave the engine no set of first letters to skip by)
        union = re.compile(trie_pattern(frozenset().union(*after))) if len(after) > 1 else None
        out[h] = tuple(
            (i, rxs[i], 12 * LEXICON[i].back, pre if pre is None or pre[1] else (*pre, union))
            for i, pre in zip(idx, pres, strict=True)
        )
    return out


def _pre_check(name: str) -> tuple | None:
    """A trigger's pre-check as :func:`scan_text` reads it: (words, False) for words after the head, up to the
    next stop; (words, True, starts, end) for words in ``[p - back, p + end)`` around the head at ``p``, where
    ``starts`` means every match of the trigger starts where one of the words does, so its regex is tried only
    there."""
    if name in _SPAN_PRECHECK:  # (80: the end of the span a match is searched for in)
        return (_SPAN_PRECHECK[name], True, False, 80)
    pre = _PRECHECK.get(name)
    if pre is None or not pre[1]:
        return pre
    # (a word starting at the head at the latest must end within the 12 characters after it, as before)
    longest = max(len(v) for w in _STARTS_AT_WORDS.get(name, ("",)) for v in _variants(w))
    return (pre[0], True, name in _STARTS_AT_WORDS and longest <= 12, 12)


@lru_cache(maxsize=1)
def _automaton() -> ahocorasick.Automaton:
    """Head word -> (its length, :func:`head_entries`' entries)."""
    auto = ahocorasick.Automaton()
    for h, entries in head_entries().items():
        auto.add_word(h, (len(h), entries))
    auto.make_automaton()
    return auto


def _head_hits(text: str, low: str) -> list[tuple[int, tuple]]:
    """(start, entries) of every head word that starts a word (after no letter, digit or "_"). The mentions
    stage's automaton pass over the same text finds them too (:func:`mentions.trigger_heads`): reused then."""
    from doingoai.extract.mentions import trigger_heads

    seen = trigger_heads(text)
    if seen is not None:  # (each checked against ``low`` in that pass already: a space in a head must be one,
        # a head after a hyphen must start a word)
        return seen
    out = []
    for end_idx, (n, entries) in _automaton().iter(low):
        p = end_idx - n + 1
        if not starts_word(low, p):
            continue
        out.append((p, entries))
    return out


def _needles(words: tuple[str, ...]) -> re.Pattern[str]:
    # (speed round 19) a trie of the words' variants: it matches where (and only where) one of them starts, as the
    # flat alternation of them did, and scan_text reads no more than that (whether one is found, and where it
    # starts), but the engine tries each first letter once at a position instead of every word in turn
    found = frozenset(v for w in words for v in _variants(w))
    rx = re.compile(trie_pattern(found))
    _NEEDLE_WORDS[rx] = found
    return rx


_NEEDLE_WORDS: dict[
    re.Pattern[str], frozenset[str]
] = {}  # each pre-check's words (their union: head_entries)


# Words a match of the trigger must contain, looked for with one C-level scan before its regex runs (the
# frequent head "quan hệ" mostly has neither): before the head for "củng cố quan hệ", after it (up to the
# next stop the pattern cannot cross) for "quan hệ ... được củng cố".
_PRECHECK = {
    "relations_v": (_needles(_REL_VERBS), True),
    "trade_grow": (_needles(_REL_VERBS), True),
    "relations_s": (_needles((*_REL_VERBS, "ổn định", "tốt đẹp", *REL_STATES)), False),
    "establish_s": (
        _needles(("được thiết lập", "được chính thức", "được bình thường hóa", "được khôi phục")),
        False,
    ),
    "upgrade_s": (_needles(("được nâng", "được chính thức")), False),
    "aid_lend": (_needles(("vay",)), False),  # "cho" is frequent; "cho X vay" is not
    "visit_work": (_needles(("làm việc",)), False),  # "thăm" is frequent; "thăm và làm việc tại" is not
    "consult_work": (_needles(("làm việc", "tiếp xúc", "lễ đón", "song phương")), False),
    "join_recognised": (_needles(("công nhận là", "chấp nhận là", "chấp nhận làm")), False),
    "protest_demand": (
        _needles(("ngay", "lập tức")),
        False,
    ),  # "yêu cầu" is frequent; "... chấm dứt ngay" is not
    "sanction_arms": (_needles(("vũ khí", "khí tài", "quân sự", "lưỡng dụng")), False),  # "cấm", "hạn chế"
    "trade": (_needles(("sang", "từ")), False),
    "invest": (_needles(("vào", "sang")), False),
    # "dự" is frequent; "(tham) dự" a meeting is not (the words of the pattern's look-ahead, right after it)
    "attend": (
        _needles(("hội nghị", "thượng đỉnh", "diễn đàn", "kỳ họp", "phiên họp", "đại hội đồng")),
        False,
    ),
}
# Triggers whose every match starts with one of their pre-check words (the verb of "củng cố quan hệ"): the regex is
# tried only where one starts, not searched for from ``back`` characters before the head (tests check it)
_STARTS_AT_WORDS = {"relations_v": _REL_VERBS, "trade_grow": _REL_VERBS}
# Words a match must hold somewhere in the span it is searched for in: "lệnh cấm vận ... được dỡ bỏ" (the words
# after the head may be past a quotation mark, which the after-head check stops at)
_SPAN_PRECHECK = {
    "lift_s": _needles(
        tuple(f"được {v}" for v in ("dỡ bỏ", "bãi bỏ", "gỡ bỏ", "nới lỏng", "xóa bỏ", "hủy bỏ"))
    ),
    # (speed round 16) the words of a look-ahead these triggers end on, which the search below (from ``back``
    # characters before the head to 80 after it) must see within its range: "là thành viên ... nhiệm kỳ 2020-2021",
    # "thành lập phái bộ / lực lượng ... tại" (both search from before their head: tests check it)
    "seat_term": _needles(("nhiệm kỳ",)),
    "cooperate_mission": _needles(("phái bộ", "chiến dịch", "lực lượng", "nhóm hỗ trợ")),
}
_NO_CROSS = re.compile(r"[.;:“”\"\n]")
# How far after the head its words are looked for: no match of a trigger with words after its head reaches
# further (the longest, "quan hệ ... {0,140}? ... được củng cố", about 225 characters even with five repeated
# adverbs; tests check it), so a long line with no stop is not scanned to its end for every head
AFTER_HEAD = 300


# a head word's entries (head_entries): (lexicon order, regex, how far back a match may start, pre-check)
_Entries = tuple[tuple[int, re.Pattern[str], int, Any], ...]


def scan_text(text: str, low: str | None = None) -> list[Hit]:
    """Every trigger in ``text``, leftmost first, not overlapping (like one alternation's ``finditer``)."""
    low = lower_same_length(text) if low is None else low
    found: list[tuple[int, int, int]] = []  # (start, lexicon order, end)
    for p, entries in _head_hits(text, low):
        stop_at = -1
        # (typed: compiled, unpacked without iterating; a declared local, no cast() call in pure Python)
        ents: _Entries = entries
        for i, rx, back, pre in ents:
            if pre is not None:
                if pre[1]:
                    if pre[2]:  # tried where one of its words starts (each start, leftmost first): what
                        end = p + pre[3]  # the search below gives, the leftmost match covering the head
                        w = pre[0].search(low, max(0, p - back), end)
                        while w is not None and w.start() <= p:
                            m = rx.match(low, w.start(), p + 80)
                            if m is not None and m.end() > p:
                                found.append((m.start(), i, m.end()))
                                break
                            # the next start (words may overlap: "gia tăng cường quan hệ")
                            w = pre[0].search(low, w.start() + 1, end)
                        continue
                    if pre[0].search(low, max(0, p - back), p + pre[3]) is None:
                        continue
                else:
                    if stop_at < 0:  # the next stop within AFTER_HEAD, found once for all its triggers
                        stop = _NO_CROSS.search(low, p, p + AFTER_HEAD)
                        stop_at = stop.start() if stop else min(len(low), p + AFTER_HEAD)
                        words_after = pre[2] is None or pre[2].search(low, p, stop_at) is not None
                    if not words_after or pre[0].search(low, p, stop_at) is None:
                        continue
            if not back:
                m = rx.match(low, p)
            else:  # the leftmost match that covers the head, starting at most `back` characters before it
                m = rx.search(low, max(0, p - back), p + 80)
                while m is not None and m.end() <= p:
                    m = rx.search(low, m.start() + 1, p + 80)
                if m is not None and m.start() > p:
                    m = None
            if m is not None and m.end() > p:
                found.append((m.start(), i, m.end()))
    found.sort()
    out: list[Hit] = []
    last = -1
    for s, i, e in found:
        if s >= last:
            t = LEXICON[i]
            if t.name in TROOPS_ONLY and not _troops_move(low[max(0, s - 60) : s]):
                continue  # "bão đổ bộ vào miền Trung", "rời Hà Nội": no troops, no event (trigger_troops)
            if t.name == "leave" and _troops_leave(low, s, e):
                t = BY_NAME["retreat"]
            out.append(_new(Hit, (t, s, e)))
            last = e
        elif e <= last and _told_aside(low, out[-1], LEXICON[i], s, e):
            # "nâng quan hệ ..., được thiết lập ngày X, lên ...": both
            out.append(_new(Hit, (LEXICON[i], s, e)))
    return out


# "nâng quan hệ giữa hai nước, được thiết lập ngày 23/9/1975, lên tầm Đối tác ...": the establishment told in an
# aside (between commas) inside the upgrade's span is an event of its own (docs/decisions.md, Events, round 20)
_ASIDE_ESTABLISHED = re.compile(
    r", (?:(?:đã |vốn )?được |vốn |đã )?(?:chính thức )?(?:thiết lập|xác lập)\b[^,]*,"
    # (no commas, round 21: "nâng quan hệ vốn được thiết lập từ năm 1972 lên ...", a passive and a date before "lên")
    r"| (?:(?:đã |vốn )?được |vốn )(?:chính thức )?(?:thiết lập|xác lập) (?:(?:từ|vào) )?(?:năm|ngày|tháng) [^,]{1,20}? lên\b"
)


def _told_aside(low: str, outer: Hit, t: Trigger, s: int, e: int) -> bool:
    """Is the hit ``t`` at ``[s, e)``, inside the upgrade ``outer``, an establishment told in an aside?"""
    if (
        t.name == "upgrade_told"
    ):  # "Quan hệ Đối tác toàn diện xác lập năm 2018 tiếp tục được củng cố" (round 21)
        return outer.trigger.kind is K.RELATIONS
    if outer.trigger.kind is not K.RELATIONS_UPGRADE or t.kind is not K.RELATIONS_ESTABLISH:
        return False
    m = _ASIDE_ESTABLISHED.search(low, outer.start, outer.end)
    return m is not None and s <= m.start() + 22 and m.start() < e


# "toán quân Mỹ cuối cùng rút khỏi miền Nam", "quân tình nguyện Việt Nam rút khỏi Campuchia", "rút khỏi
# lãnh thổ ...": troops leaving a place withdraw (a retreat), a state leaving an organisation does not
_TROOPS_BEFORE = re.compile(
    r"\b(?:quân|quân đội|binh sĩ|binh lính|lính|lực lượng (?:quân sự|vũ trang)|quân tình nguyện|chuyên gia quân sự)"
    r"\b[^.,;:\n]{0,30}$"
)
# a navy, an air force, a military delegation or a ship before the verb is no army moving: "Tư lệnh Hải quân Ấn Độ
# rời Việt Nam", "tàu của Hải quân Ấn Độ tiến vào cảng", "đoàn đại biểu quân sự ... tiến vào hội trường"
_NOT_TROOPS = re.compile(r"\b(?:hải quân|không quân|tư lệnh|tàu|đoàn|quân sự)\b[^.,;:\n]{0,30}$")


def _troops_move(before: str) -> bool:
    """Troops (not a navy, an air force, a commander, a ship or a delegation) right before a movement verb."""
    return _TROOPS_BEFORE.search(before) is not None and _NOT_TROOPS.search(before) is None


_PLACE_AFTER = re.compile(r" (?:miền|lãnh thổ|chiến trường|vùng|khu vực|căn cứ|biên giới|bán đảo|các tỉnh)\b")


def _troops_leave(low: str, s: int, e: int) -> bool:
    return (
        _PLACE_AFTER.match(low, e) is not None or _TROOPS_BEFORE.search(low[max(0, s - 60) : s]) is not None
    )
