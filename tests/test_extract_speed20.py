"""Speed round 20: the trigger scan's opening check never skips a head where its trigger matches, the stop found
once for several heads is each one's own, and not_a_fact's cues searched from the first of their alternatives give
what their own search gives."""

from __future__ import annotations

import random
import re
from pathlib import Path

from doingoai.extract import events_status as es
from doingoai.extract import trigger_scan as ts
from doingoai.extract.textscan import lower_same_length
from doingoai.extract.trigger_cues import HEARSAY, HYPOTHETICAL, PURPOSE, REPORTED
from doingoai.extract.triggers import BY_NAME, LEXICON

_FILL = [" ", " ", " ", ",", ".", ";", "\n", "“", "x", "a", "đ", "các ", "một ", "và ", "của ", "năm 2020 "]


def _texts(words: list[str], rng: random.Random, n: int, length: int = 16) -> list[str]:
    """Random texts of the words, their halves and fillers."""
    pieces = [*words, *(w[: len(w) // 2] for w in words if len(w) > 1), *_FILL]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, length))) for _ in range(n)]


def _lexicon_words() -> list[str]:
    """The heads and the plain words of every trigger pattern (runs of letters and spaces)."""
    words: set[str] = set()
    for t in LEXICON:
        words.update(t.heads)
        words.update(
            w.strip() for w in re.findall(r"[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+)*", t.pattern) if w.strip()
        )
    return sorted(words)


def test_openings_start_every_match_of_the_lexicon():
    """Wherever a trigger's regex matches at a place its head occurs, one of the head's openings starts there."""
    rng = random.Random(20)
    words = _lexicon_words()
    checked = 0
    for h, entries in ts.head_entries().items():
        for i, rx, _back, _pre, opens in entries:
            if opens is None:
                continue
            checked += 1
            assert all(o.startswith(h) and len(o) > len(h) for o in opens)
            # texts that hold the head, then what the pattern's own words make after it
            for tail in _texts(words, rng, 30, 6):
                low = lower_same_length(h + tail)
                m = rx.match(low, 0)
                if m is not None:
                    assert low.startswith(opens, 0), (LEXICON[i].name, low)
    assert checked > 50


def test_openings_of_constructed_patterns():
    """Every match of a pattern starts with one of its openings, on random texts of its pieces."""
    cases = [
        (
            r"(?:đồng )?tổ chức (?:các |một )?(?:hội chợ|tuần hàng)",
            ["đồng ", "tổ chức ", "các ", "một ", "hội chợ"],
        ),
        (
            r"(?<!sang )(?:tham gia|dự)(?= (?:các )*(?:khóa|lớp) )",
            ["sang ", "tham gia", "dự", " các", " khóa ", " lớp "],
        ),
        (r"gửi(?: tặng)? (?:thư|điện)\b", ["gửi", " tặng", " thư", " điện", " "]),
        (r"[ab]c(?:d|e)+f", ["a", "b", "c", "d", "e", "f"]),
        (r"x(?:yz){2,3}w?q", ["x", "yz", "w", "q"]),
    ]
    rng = random.Random(7)
    for pattern, pieces in cases:
        rx = re.compile(pattern)
        opens = ts._openings(rx, 40)
        assert opens, pattern
        for s in _texts(pieces, rng, 400, 8):
            for p in range(len(s)):
                if rx.match(s, p) is not None:
                    assert any(s.startswith(o, p) for o in opens), (pattern, s, p, opens)


def _scan_before(text: str) -> list:
    """scan_text as it was before this round: every entry matched, each head's stop found afresh."""
    low = lower_same_length(text)
    found = []
    for p, entries in ts._head_hits(text, low):
        stop_at = -1
        for i, rx, back, pre, _opens in entries:
            if pre is not None:
                if pre[1]:
                    if pre[2]:
                        end = p + pre[3]
                        w = pre[0].search(low, max(0, p - back), end)
                        while w is not None and w.start() <= p:
                            m = rx.match(low, w.start(), p + 80)
                            if m is not None and m.end() > p:
                                found.append((m.start(), i, m.end()))
                                break
                            w = pre[0].search(low, w.start() + 1, end)
                        continue
                    if pre[0].search(low, max(0, p - back), p + pre[3]) is None:
                        continue
                else:
                    if stop_at < 0:
                        stop = ts._NO_CROSS.search(low, p, p + ts.AFTER_HEAD)
                        stop_at = stop.start() if stop else min(len(low), p + ts.AFTER_HEAD)
                        words_after = pre[2] is None or pre[2].search(low, p, stop_at) is not None
                    if not words_after or pre[0].search(low, p, stop_at) is None:
                        continue
            if not back:
                m = rx.match(low, p)
            else:
                m = rx.search(low, max(0, p - back), p + 80)
                while m is not None and m.end() <= p:
                    m = rx.search(low, m.start() + 1, p + 80)
                if m is not None and m.start() > p:
                    m = None
            if m is not None and m.end() > p:
                found.append((m.start(), i, m.end()))
    return sorted(found)


_HITTING = 40  # random lexicon texts holding a trigger that the scan must agree on
_MOST_DRAWN = 8000


def test_scan_text_equals_loop_before_on_lexicon_texts(monkeypatch):
    """scan_text's hits against the overlap rules applied to the loop before this round's candidates."""
    import doingoai.extract.mentions as mentions

    monkeypatch.setattr(mentions, "trigger_heads", lambda text: None)
    rng = random.Random(11)
    words = _lexicon_words()
    # texts are drawn until _HITTING of them hold a trigger (about one in twenty does; how many of a fixed number
    # do moves whenever the lexicon's words change), every text drawn compared; the cap is far above the need
    n = drawn = 0
    while n < _HITTING and drawn < _MOST_DRAWN:
        for text in _texts(words, rng, 100, 40):
            low = lower_same_length(text)
            expected = _resolve(low, _scan_before(text))
            got = [(h.trigger.name, h.start, h.end) for h in ts.scan_text(text)]
            assert got == expected, text
            n += bool(got)
        drawn += 100
    assert n >= _HITTING, (n, drawn)
    # and the bundled samples, whole: real sentences, heads near each other
    samples = sorted(Path(__file__).resolve().parent.parent.joinpath("samples").glob("*.txt"))
    total = 0
    for f in samples:
        text = f.read_text(encoding="utf-8")
        low = lower_same_length(text)
        got = [(h.trigger.name, h.start, h.end) for h in ts.scan_text(text)]
        assert got == _resolve(low, _scan_before(text)), f.name
        total += len(got)
    assert not samples or total > 20


def _resolve(low: str, found: list) -> list:
    """scan_text's overlap rules over sorted candidates (as in the module)."""
    out = []
    hits = []
    last = -1
    for s, i, e in found:
        if s >= last:
            t = LEXICON[i]
            if t.name in ts.TROOPS_ONLY and not ts._troops_move(low[max(0, s - 60) : s]):
                continue
            if t.name == "leave" and ts._troops_leave(low, s, e):
                t = BY_NAME["retreat"]
            hits.append(ts.Hit(t, s, e))
            out.append((t.name, s, e))
            last = e
        elif e <= last and ts._told_aside(low, hits[-1], LEXICON[i], s, e):
            hits.append(ts.Hit(LEXICON[i], s, e))
            out.append((LEXICON[i].name, s, e))
    return out


def test_fact_cues_from_their_first_alternative():
    """_cue_in against the cue's own search, on random tails of the four cues' words, from random positions."""
    cues = (HYPOTHETICAL, PURPOSE, REPORTED, HEARSAY)
    words = sorted({w for ws in es._FACT_WORDS if ws for w in ws} | {n for c in cues for n in c.needles})
    words += ["có thể", "đã có thể", "không thể phủ nhận", "khó bác bỏ", "thông tin", "ký", "hiệp định"]
    rng = random.Random(19)
    hits = 0
    for tail in _texts(words, rng, 1500, 20):
        for k, cue in enumerate(cues):
            pos = rng.randint(0, len(tail))
            want = cue.search(tail, pos) is not None
            assert es._cue_in(cue, es._FACT_FIRST[k], tail, pos) == want, (cue.pattern, tail, pos)
            assert es._cue_in(cue, es._FACT_FIRST[k], tail) == (cue.search(tail) is not None)
            hits += want
    assert hits > 50
    # the tries are of whole alternatives, each a plain string (None only where the cue's are not)
    assert es._FACT_FIRST[0] is not None and es._FACT_FIRST[1] is not None
