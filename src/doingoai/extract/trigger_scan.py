"""The trigger scan: an Aho-Corasick automaton over the lower-cased text finds the head words of the lexicon
(:mod:`doingoai.extract.triggers`), and only there is each candidate trigger's regex tried."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Final

import ahocorasick

try:  # Python 3.11+ (else no opening checks: every candidate is matched, as before)
    from re import _constants as _const  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    _LITERAL: Any = _const.LITERAL
    _AT: Any = _const.AT
    _ASSERT: Any = _const.ASSERT
    _ASSERT_NOT: Any = _const.ASSERT_NOT
    _SUBPATTERN: Any = _const.SUBPATTERN
    _BRANCH: Any = _const.BRANCH
    _IN: Any = _const.IN
    _MAX_REPEAT: Any = _const.MAX_REPEAT
    _MIN_REPEAT: Any = _const.MIN_REPEAT
    _READY = True
except (ImportError, AttributeError):
    _READY = False

from doingoai.extract.cue_tries import trie_pattern
from doingoai.extract.members import members
from doingoai.extract.rx_boundary import WORD_START, compile_fast, starts_word
from doingoai.extract.textscan import lower_same_length
from doingoai.extract.trigger_defs import REL_STATES, Trigger
from doingoai.extract.trigger_lex92 import CASE_NAMED, SUED_OVER
from doingoai.extract.trigger_troops import TROOPS_ONLY
from doingoai.extract.triggers import _REL_VERBS, BY_NAME, LEXICON, Hit
from doingoai.extract.vi_regex import variants as _variants
from doingoai.extract.vi_regex import vi_pattern
from doingoai.model import EventKind

K = members(EventKind)  # (plain attribute reads: see extract/members.py)
_new = tuple.__new__  # Hit(...) without the NamedTuple's Python-level __new__ (speed round 12)


# characters a trigger may start before its head per word of its ``back`` (Trigger.back counts words)
BACK_CHARS_PER_WORD: Final = 12


@lru_cache(maxsize=1)
def head_entries() -> dict[str, tuple]:
    """Head word -> ((lexicon order, regex, how far back a match may start, pre-check, openings), ...)."""
    heads: dict[str, list[int]] = {}
    for i, t in enumerate(LEXICON):
        for h in t.heads:
            for v in _variants(h):
                heads.setdefault(v, []).append(i)
    rxs = []
    # (speed round 27) each back trigger's start check: see _BACK_FIRST
    firsts: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}
    for t in LEXICON:  # a trigger that may start before its head is searched for from a few words back
        pattern = vi_pattern(t.pattern)
        rxs.append(compile_fast(WORD_START + "(?:" + pattern + ")" if t.back else pattern))  # (rx_boundary)
        if t.back:
            rx = rxs[-1]
            back = BACK_CHARS_PER_WORD * t.back
            firsts[id(rx)] = (rx, re.compile(rf"[\s\S]{{0,{back}}}?(?:{rx.pattern})", rx.flags))
    _BACK_FIRST.update(firsts)
    out = {}
    for h, idx in heads.items():
        pres = [_pre_check(LEXICON[i].name) for i in idx]
        after = [_NEEDLE_WORDS[pre[0]] for pre in pres if pre is not None and not pre[1]]
        # several triggers of one head look for words after it ("quan hệ ... được củng cố / được thiết lập /
        # được nâng"): one scan for all their words first, made by the first of them (scan_text); one trie of
        # them all (tries joined by "|" would leave the engine no set of first letters to skip by)
        union = re.compile(trie_pattern(frozenset().union(*after))) if len(after) > 1 else None
        out[h] = tuple(
            (
                i,
                rxs[i],
                BACK_CHARS_PER_WORD * LEXICON[i].back,
                pre if pre is None or pre[1] else (*pre, union),
                None if LEXICON[i].back else _head_openings(h, rxs[i]),
            )
            for i, pre in zip(idx, pres, strict=True)
        )
    return out


# (speed round 20) A trigger matched at its head (no ``back``) is tried with ``rx.match`` at every place its head
# occurs: most fail on the words right after the head. Every match starts with one of the strings the pattern's
# opening can spell (:func:`_openings`); those that go on past the head are checked with one ``str.startswith`` first.
_OPEN_PAST: Final = 6  # characters of an opening spelt out past the head (the rest is left to the regex)
_OPEN_MANY: Final = 64  # openings at most (more: no check)


def _head_openings(head: str, rx: re.Pattern[str]) -> tuple[str, ...] | None:
    """The openings of ``rx`` that go on past ``head``, when every match at a place ``head`` occurs must start
    with one of them (else None: no check). Exact: :func:`_openings` drops constraints, never adds one; an opening
    that ``head`` itself starts with (or that does not agree with it) says nothing more, so there is no check then."""
    found = _openings(rx, len(head) + _OPEN_PAST)
    if found is None:
        return None
    if any(head.startswith(o) for o in found):
        return None
    longer = sorted(o for o in found if len(o) > len(head) and o.startswith(head))
    # (one that starts another is enough; only a character past the head, a space mostly, is no check worth it)
    longer = [o for o in longer if not any(o.startswith(x) for x in longer if x != o)]
    if not longer or all(len(o) == len(head) + 1 for o in longer):
        return None
    return tuple(longer)


def _openings(rx: re.Pattern[str], most: int) -> set[str] | None:
    """Strings one of which starts every match of ``rx`` (each the literal characters its opening spells, cut where
    a class or a repeat comes, or after ``most`` characters), or None when that cannot be read (flags, too many)."""
    if not _READY or rx.flags & (re.IGNORECASE | re.LOCALE):
        return None
    try:
        tree = _parser.parse(rx.pattern, rx.flags)
    except Exception:  # (another Python's internals: no check)
        return None
    if tree.state.flags & (re.IGNORECASE | re.LOCALE):
        return None
    data = list(tree.data)
    # a look-ahead the pattern ends on ("tổ chức(?= (?:các )?khóa ...)"): it spells on from there
    ahead = None
    if data and data[-1][0] is _ASSERT and data[-1][1][0] == 1:
        ahead = list(data.pop()[1][1])
    out = _spell(data, {("", True)}, most)
    if out is not None and ahead is not None:
        out = _spell(ahead, out, most)
    return None if out is None else {s for s, _ in out}


def _spell(items: list, states: set[tuple[str, bool]], most: int) -> set[tuple[str, bool]] | None:
    """Extend each (string, open) by the parsed ``items``; a string closes where the items stop being literal."""
    for op, av in items:
        if not any(o for _, o in states):
            return states
        if op is _LITERAL:
            states = {(s + chr(av), True) if o else (s, o) for s, o in states}
        elif op is _AT or op is _ASSERT or op is _ASSERT_NOT:
            continue  # zero width: a look-around or "\\b" reads characters but spells none
        elif op is _SUBPATTERN and av[1] == 0 and av[2] == 0:  # a group (no local flags)
            nxt = _spell(list(av[3]), states, most)
            if nxt is None:
                return None
            states = nxt
        elif op is _BRANCH:
            union: set[tuple[str, bool]] = set()
            for alt in av[1]:
                nxt = _spell(list(alt), states, most)
                if nxt is None:
                    return None
                union |= nxt
            states = union
        elif op is _IN and len(av) <= 4 and all(o is _LITERAL for o, _ in av):
            states = {(s + chr(c), True) if o else (s, o) for s, o in states for _, c in av}
        elif (op is _MAX_REPEAT or op is _MIN_REPEAT) and av[0] == 0 and av[1] == 1:
            # "X?": without it, or once
            taken = _spell(list(av[2]), states, most)
            if taken is None:
                return None
            states = states | taken
        elif op is _MAX_REPEAT or op is _MIN_REPEAT:  # once, then it may go on (or, "X*", not at all)
            taken = _spell(list(av[2]), states, most)
            if taken is None:
                return None
            closed = {(s, False) for s, _ in taken}
            states = closed if av[0] >= 1 else states | closed
        else:  # a class, a repeat, anything optional: the strings stop here
            states = {(s, False) for s, _ in states}
        states = {(s[:most], o and len(s) < most) for s, o in states}
        if len(states) > _OPEN_MANY:
            return None
    return states


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
_PRECHECK: Final = {
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
        _needles(
            ("hội nghị", "thượng đỉnh", "diễn đàn", "kỳ họp", "phiên họp", "đại hội đồng", "tuần lễ cấp cao")
        ),
        False,
    ),
}
# Triggers whose every match starts with one of their pre-check words (the verb of "củng cố quan hệ"): the regex is
# tried only where one starts, not searched for from ``back`` characters before the head (tests check it)
_STARTS_AT_WORDS: Final = {"relations_v": _REL_VERBS, "trade_grow": _REL_VERBS}
# Words a match must hold somewhere in the span it is searched for in: "lệnh cấm vận ... được dỡ bỏ" (the words
# after the head may be past a quotation mark, which the after-head check stops at)
_SPAN_PRECHECK: Final = {
    "lift_s": _needles(
        tuple(f"được {v}" for v in ("dỡ bỏ", "bãi bỏ", "gỡ bỏ", "nới lỏng", "xóa bỏ", "hủy bỏ"))
    ),
    # (speed round 16) the words of a look-ahead these triggers end on, which the search below (from ``back``
    # characters before the head to 80 after it) must see within its range: "là thành viên ... nhiệm kỳ 2020-2021",
    # "thành lập phái bộ / lực lượng ... tại" (both search from before their head: tests check it)
    "seat_term": _needles(("nhiệm kỳ",)),
    "cooperate_mission": _needles(("phái bộ", "chiến dịch", "lực lượng", "nhóm hỗ trợ")),
}
_NO_CROSS: Final = re.compile(r"[.;:“”\"\n]")
# How far after the head its words are looked for: no match of a trigger with words after its head reaches
# further (the longest, "quan hệ ... {0,140}? ... được củng cố", about 225 characters even with five repeated
# adverbs; tests check it), so a long line with no stop is not scanned to its end for every head
AFTER_HEAD: Final = 300


# (speed round 27) A trigger that may start before its head is searched for from ``back`` characters before it to 80
# after it, and only a match starting at the head at the latest is kept; but when none starts there (most often),
# the search went on trying every start up to 80 characters past the head. This pattern (the trigger's, after a lazy
# run of at most ``back`` characters) matched at the first start tries those starts alone, in the same order, so it
# matches exactly when some match of the trigger starts within them; the search runs only then. Keyed by the
# trigger regex's id (each entry holds the regex itself, so a rebuilt table, as the tests make, never reads another's).
_BACK_FIRST: Final[dict[int, tuple[re.Pattern[str], re.Pattern[str]]]] = {}

# a head word's entries (head_entries): (lexicon order, regex, how far back a match may start, pre-check, the
# openings a match at the head starts with or None)
_Entries = tuple[tuple[int, re.Pattern[str], int, Any, tuple[str, ...] | None], ...]


def scan_text(text: str, low: str | None = None) -> list[Hit]:
    """Every trigger in ``text``, leftmost first, not overlapping (like one alternation's ``finditer``)."""
    low = lower_same_length(text) if low is None else low
    found: list[tuple[int, int, int]] = []  # (start, lexicon order, end)
    stop_from, stop_seen = 0, -1  # a stop found at ``stop_seen``, the first at or after ``stop_from``
    for p, entries in _head_hits(text, low):
        stop_at = -1
        # (typed: compiled, unpacked without iterating; a declared local, no cast() call in pure Python)
        ents: _Entries = entries
        for i, rx, back, pre, opens in ents:
            if opens is not None and not low.startswith(opens, p):
                continue  # (no match starts here: none of its openings does, see _head_openings)
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
                        # (speed round 20) the stop an earlier head found from before this one, within
                        # AFTER_HEAD of it, so of this one too (no stop character in between)
                        if stop_from <= p <= stop_seen:
                            stop_at = stop_seen
                        else:
                            stop = _NO_CROSS.search(low, p, p + AFTER_HEAD)
                            stop_at = stop.start() if stop else min(len(low), p + AFTER_HEAD)
                            if stop is not None:
                                stop_from, stop_seen = p, stop_at
                        words_after = pre[2] is None or pre[2].search(low, p, stop_at) is not None
                    if not words_after or pre[0].search(low, p, stop_at) is None:
                        continue
            if not back:
                m = rx.match(low, p)
            else:  # the leftmost match that covers the head, starting at most `back` characters before it
                lo = max(0, p - back)
                first = _BACK_FIRST.get(id(rx))
                if first is not None and first[0] is rx and first[1].match(low, lo, p + 80) is None:
                    continue  # no match starts in [lo, lo + back], which holds [lo, p]: what the search gives
                m = rx.search(low, lo, p + 80)
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
                if t.name != "retreat_troops_left" or _ORG_AFTER_LEFT.match(text, e) is None:
                    continue  # "bão đổ bộ vào miền Trung", "rời Hà Nội": no troops, no event (trigger_troops)
                t = BY_NAME["leave"]  # "Anh rời EU ngày 31/1/2020", "rời Quỹ năm 1954" (round 158)
            if t.name == "protest_sue" and CASE_NAMED.search(low, max(0, s - 60), s):
                continue  # "phán quyết ... trong vụ A kiện B": the case named, no suit told (trigger_lex92)
            if t.name == "sanction_duty" and SUED_OVER.search(low, max(0, s - 40), s):
                continue  # "vụ A kiện B áp thuế ... đối với tôm": the suit is the act (trigger_lex92)
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
_ASIDE_ESTABLISHED: Final = re.compile(
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
_TROOPS_BEFORE: Final = re.compile(
    r"\b(?:quân|quân đội|binh sĩ|binh lính|lính|lực lượng (?:quân sự|vũ trang)|quân tình nguyện|chuyên gia quân sự)"
    r"\b[^.,;:\n]{0,30}$"
)
# a navy, an air force, a military delegation or a ship before the verb is no army moving: "Tư lệnh Hải quân Ấn Độ
# rời Việt Nam", "tàu của Hải quân Ấn Độ tiến vào cảng", "đoàn đại biểu quân sự ... tiến vào hội trường"
_NOT_TROOPS: Final = re.compile(r"\b(?:hải quân|không quân|tư lệnh|tàu|đoàn|quân sự)\b[^.,;:\n]{0,30}$")


def _troops_move(before: str) -> bool:
    """Troops (not a navy, an air force, a commander, a ship or a delegation) right before a movement verb."""
    return _TROOPS_BEFORE.search(before) is not None and _NOT_TROOPS.search(before) is None


_PLACE_AFTER: Final = re.compile(
    r" (?:miền|lãnh thổ|chiến trường|vùng|khu vực|căn cứ|biên giới|bán đảo|các tỉnh)\b"
)


# (round 158) what a bare "rời" leaves when no troops move: an organisation by its acronym ("rời EU", "rời OPEC",
# "rời ALBA", not "rời TP.HCM") or by a capitalised organisation's head noun ("rời Quỹ năm 1954", "rời Liên minh
# châu Âu"); matched on the original text (the case tells a name); a state's acronym ("rời UAE") stays no event
_ORG_AFTER_LEFT: Final = re.compile(
    r" (?:(?!UAE\b|UK\b|USA\b|US\b|CHDCND\b|CHND\b|VN\b|TP\b|HN\b)[A-Z][A-Z+]{1,9}(?![\w.\-])"
    r"|(?:Liên minh|Liên hợp quốc|Tổ chức|Quỹ|Khối|Diễn đàn|Hội đồng|Cộng đồng|Liên đoàn|Hiệp hội|Ngân hàng)\b)"
)


def _troops_leave(low: str, s: int, e: int) -> bool:
    return (
        _PLACE_AFTER.match(low, e) is not None or _TROOPS_BEFORE.search(low[max(0, s - 60) : s]) is not None
    )
