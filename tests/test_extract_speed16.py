"""Speed round 16 (the events stage): each fast path gives what the code it replaced gave.

* relations_s: the look-ahead after its lazy gap holds the first letter of every word that may open what follows;
  the pattern with and without it matches alike.
* post_stop: the rest of POST_STOP compiled as one opening on "[;:,]" finds what the plain rest finds.
* drop_heading_defaults: a draft's heading found by bisecting equals the test of each heading.
* counted_subjects: the count word looked up by the characters before the noun equals the loop over the words.
* the trigger scan: seat_term's and cooperate_mission's span pre-checks change no hit.
"""

from __future__ import annotations

import random
import re
from types import SimpleNamespace

import pytest

from doingoai.extract import events_clause, events_counted, trigger_scan
from doingoai.extract.events_counted import _AFTER_NOUN, _COUNTS, _NOUNS, _word_char, counted_subjects
from doingoai.extract.events_default_twin import _OWN, _named, drop_heading_defaults
from doingoai.extract.events_merge import Draft
from doingoai.extract.rx_boundary import compile_fast
from doingoai.extract.trigger_cues import POST_STOP
from doingoai.extract.trigger_defs import _REL_ADVERBS, _REL_TAIL_OPENS, _REL_VERBS, REL_STATES
from doingoai.extract.triggers import BY_NAME, LEXICON
from doingoai.extract.vi_regex import variants, vi_pattern
from doingoai.model import Block, BlockType, Document, EventKind, Status

_REL_PIECES = (
    "quan hệ",
    "Quan hệ",
    "hai nước",
    "được",
    "ngày càng",
    "tiếp tục",
    "đã",
    "đang",
    "luôn",
    "không ngừng",
    "vẫn",
    "rất",
    *_REL_VERBS,
    *REL_STATES,
    "duy trì ổn định",
    "ổn định",
    "tốt đẹp",
    "hội nghị",
    "Việt Nam",
    "x",
)
_SEPS = (" ", ", ", ". ", "; ", "\n", "", "  ", " “", "” ")


def _texts(pieces: tuple[str, ...], n: int, seed: int, most: int = 14) -> list[str]:
    rnd = random.Random(seed)
    return [
        "".join(rnd.choice(pieces) + rnd.choice(_SEPS) for _ in range(rnd.randint(1, most))).lower()
        for _ in range(n)
    ]


def test_relations_look_ahead_holds_every_first_letter() -> None:
    opens = set(_REL_TAIL_OPENS[len("(?=[") : -len("])")])
    words = (*_REL_ADVERBS, *_REL_VERBS, "duy trì ổn định", "ổn định", "tốt đẹp", *REL_STATES)
    for w in words:
        for v in variants(w):
            assert v[0] in opens, v
    # every word that may open what follows the gap is one of those words (the adverbs and the states' words)
    pattern = BY_NAME["relations_s"].pattern
    assert _REL_TAIL_OPENS in pattern
    tail = pattern.split(_REL_TAIL_OPENS, 1)[1]
    tail = re.sub(r"\(\?<?[=!][^()]*(?:\([^()]*\))?[^()]*\)", "", tail)  # (look-arounds read no word of it)
    for w in re.findall(r"[^\W\d_][^|()\\?:<=!*]*", tail):
        w = w.strip()
        assert any(w.startswith(x) or x.startswith(w) for x in words), w


@pytest.mark.parametrize("seed", range(3))
def test_relations_look_ahead_changes_no_match(seed: int) -> None:
    with_it = compile_fast(vi_pattern(BY_NAME["relations_s"].pattern))
    without = compile_fast(vi_pattern(BY_NAME["relations_s"].pattern.replace(_REL_TAIL_OPENS, "")))
    assert with_it.pattern != without.pattern
    for text in _texts(_REL_PIECES, 400, seed):
        for p in range(len(text)):
            a, b = with_it.match(text, p), without.match(text, p)
            assert (a and a.span()) == (b and b.span()), (text, p)


def test_post_stop_rest_is_the_plain_rest() -> None:
    rest = events_clause._POST_STOP_REST
    assert rest is not None and rest.pattern.startswith("[;:,]")  # (the fast form was built)
    plain = re.compile(POST_STOP.pattern[: -len(events_clause._NHAM)], POST_STOP.flags)
    pieces = (
        ",",
        ", ",
        ";",
        ":",
        " nhằm",
        ", qua đó",
        ", nhằm",
        ", để",
        ",để",
        ", đểx",
        ", và đã",
        "và",
        "x",
        "a,",
    )
    rnd = random.Random(7)
    for text in _texts(pieces, 600, 7, most=10):
        for _ in range(6):
            a = rnd.randint(0, len(text))
            b = rnd.randint(a, len(text))
            x, y = rest.search(text, a, b), plain.search(text, a, b)
            assert (x and x.span()) == (y and y.span()), (text, a, b)


def _old_heading_defaults(doc, drafts, index):  # (the function before speed round 16)
    heads = [(b.start, b.end) for b in doc.blocks if b.type is BlockType.HEADING]
    if not heads:
        return drafts

    def in_head(d):
        return any(s <= d.sentence[0] < e for s, e in heads)

    def parties(d):
        return (d.kind, frozenset(d.actors), frozenset(d.recipients))

    told = {parties(d) for d in drafts if not in_head(d)}
    return [
        d
        for d in drafts
        if not (
            in_head(d)
            and set(d.actors + d.recipients) & _OWN
            and not _named(index, d.sentence)
            and parties(d) not in told
        )
    ]


@pytest.mark.parametrize("seed", range(4))
def test_heading_defaults_by_bisection(seed: int) -> None:
    rnd = random.Random(seed)
    index = SimpleNamespace(between=lambda a, b: [])
    for _ in range(300):
        blocks, pos = [], 0
        for _ in range(rnd.randint(0, 8)):
            start = pos + rnd.randint(0, 3)
            end = start + rnd.randint(0, 20)
            if rnd.random() < 0.1:  # (out of order, overlapping or empty: the fallback)
                start, end = rnd.randint(0, 100), rnd.randint(0, 100)
            kind = rnd.choice((BlockType.HEADING, BlockType.HEADING, BlockType.PARAGRAPH))
            blocks.append(Block(kind, start, end))
            pos = max(pos, end)
        doc = Document("x", blocks=blocks)  # (a real Document: the compiled build's model is native, checked)
        drafts = []
        for _ in range(rnd.randint(0, 6)):
            s = rnd.randint(0, pos + 5)
            drafts.append(
                Draft(
                    rnd.choice((EventKind.VISIT, EventKind.COOPERATE)),
                    (
                        rnd.choice(("VNM", "LAO", "USA")),
                    ),  # (tuples, as Draft declares: the compiled build checks)
                    (rnd.choice(("VNM", "CPV", "THA")),),
                    "",
                    Status.OCCURRED,
                    (s, s + 5),
                    (),
                    False,
                )
            )
        assert drop_heading_defaults(doc, drafts, index) == _old_heading_defaults(doc, drafts, index)


def _old_counted(low: str) -> list[tuple[int, int, int]]:  # (the loop before speed round 16)
    out = []
    for noun in _NOUNS:
        p = low.find(noun)
        while p >= 0:
            e = p + len(noun)
            for word, n in _COUNTS.items():
                s = p - len(word)
                if s >= 0 and low.startswith(word, s) and (s == 0 or not _word_char(low[s - 1])):
                    if _AFTER_NOUN.match(low, e):
                        c = s - 3
                        ok = c >= 0 and low.startswith("cả ", c) and (c == 0 or not _word_char(low[c - 1]))
                        out.append((c if ok else s, e, n))
                    break
            p = low.find(noun, p + 1)
    out.sort()
    return out


def test_no_count_word_ends_another() -> None:
    for a in _COUNTS:
        for b in _COUNTS:
            assert a == b or not a.endswith(b), (a, b)
    assert events_counted._COUNT_LENGTHS == tuple(sorted({len(w) for w in _COUNTS}))


@pytest.mark.parametrize("seed", range(4))
def test_counted_subjects_is_the_word_loop(seed: int) -> None:
    pieces = (*_COUNTS, "cả", "nước", "bên", "quốc gia", "ta", "bạn", "xba", "năm2", "_ba", "2019", "cùng")
    for text in _texts(pieces, 500, seed):
        assert counted_subjects(text) == _old_counted(text), text


def _hits(text: str) -> list[tuple[str, int, int]]:
    return [(h.trigger.name, h.start, h.end) for h in trigger_scan.scan_text(text)]


_SCAN_TEXTS = (
    "Việt Nam là thành viên không thường trực Hội đồng Bảo an nhiệm kỳ 2008-2009.",
    "Việt Nam trở thành Ủy viên không thường trực Hội đồng Bảo an Liên hợp quốc nhiệm kỳ 2020 - 2021",
    "Năm 2007, Việt Nam được bầu là thành viên Hội đồng Bảo an; nhiệm kỳ 2008",
    "Hội đồng Bảo an quyết định thành lập phái bộ gìn giữ hòa bình của Liên hợp quốc tại Nam Xu-đăng.",
    "LHQ nhất trí lập ra một lực lượng đa quốc gia tại Xô-ma-li",
    "cho phép triển khai nhóm hỗ trợ quốc tế tại Đông Ti-mo",
    "Hai nước thành lập Ủy ban hỗn hợp; lực lượng quốc tế tại đây",
)


def test_new_span_prechecks_search_before_their_head() -> None:
    for name in ("seat_term", "cooperate_mission"):
        assert BY_NAME[name].back > 0  # (the pre-check reads the range the search reads: back ... head + 80)
        assert trigger_scan._pre_check(name) == (trigger_scan._SPAN_PRECHECK[name], True, False, 80)


def test_scan_without_the_new_prechecks_finds_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [t + "" for t in _SCAN_TEXTS]
    rnd = random.Random(3)
    pieces = ("là", "trở thành", "thành viên", "ủy viên", "nhiệm kỳ 2020", "thành lập", "phái bộ", "tại", "x")
    texts += [t for t in _texts(pieces, 200, 3)]
    texts += ["".join(rnd.choice(_SCAN_TEXTS) + " " for _ in range(3)) for _ in range(20)]
    fast = [_hits(t) for t in texts]
    old = {
        k: v for k, v in trigger_scan._SPAN_PRECHECK.items() if k not in ("seat_term", "cooperate_mission")
    }
    monkeypatch.setattr(trigger_scan, "_SPAN_PRECHECK", old)
    trigger_scan.head_entries.cache_clear()
    trigger_scan._automaton.cache_clear()
    try:
        assert [_hits(t) for t in texts] == fast
    finally:
        monkeypatch.undo()
        trigger_scan.head_entries.cache_clear()
        trigger_scan._automaton.cache_clear()
    assert any(h for h in fast)  # (the texts do hold those triggers)
    assert LEXICON  # (the lexicon is loaded)
