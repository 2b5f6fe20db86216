"""The events stage's speed shortcuts give what the code they replace gives (docs/decisions.md, "Extraction speed,
sixth round (C)"): trie patterns match where the plain alternations match, each pre-check is a necessary
condition of the regex it guards, and the fast cues find what the cues find."""

from __future__ import annotations

import random
import re

import pytest

from doingoai.extract import (
    cue_tries,
    events_clause,
    events_dating,
    events_groups,
    events_roles,
    events_standing,
    events_status,
)
from doingoai.extract.trigger_cues import (
    CONTEXT,
    HYPOTHETICAL,
    NEGATION,
    ONGOING,
    PATIENT,
    PLANNED,
    PURPOSE,
)
from doingoai.extract.triggers import AGREEMENT_NOUN

_WORDS = (
    "Việt Nam và Lào ký Hiệp định hợp tác kinh tế , trong năm đó Chủ tịch nước thăm Pháp ; đầu tư thương mại "
    "sẽ cần phải dự kiến không chưa từng đang vẫn đang tiếp tục kéo dài nếu như nhằm hướng tới với mục tiêu "
    "bị chuẩn bị được với sự đối mặt với sau trước từ sau năm 1975 , ở Paris , tại Niu Oóc , Hoa Kỳ "
    "trên cương vị với tư cách Chủ tịch ASEAN của với cho từ giữa thăm thoả thuận thỏa thuận văn bản MOU "
    "covid vắc-xin gìn giữ hoà bình hòa bình biên giới an ninh quốc phòng ) ( :"
).split(" ")


def _texts(seed: int, n: int = 400) -> list[str]:
    rnd = random.Random(seed)
    return [" ".join(rnd.choice(_WORDS) for _ in range(rnd.randint(1, 40))) for _ in range(n)]


def _corpus(samples) -> list[str]:
    fixed = [
        "trong năm đó, việt nam ký hiệp định; cùng năm , lào thăm; ngay trong tháng này hai bên hợp tác",
        "trong năm, cùng năm ấy và trong tháng ấy nước ta tiếp tục; cùng tháng 5 năm 2020",
    ]
    return [p.read_text(encoding="utf-8").lower() for p in sorted(samples.glob("*.txt"))] + _texts(11) + fixed


def _windows(texts: list[str], seed: int, per_text: int = 150, width: int = 300):
    rnd = random.Random(seed)
    for text in texts:
        for _ in range(per_text):
            a = rnd.randrange(len(text))
            yield text, a, min(len(text), a + rnd.randrange(0, width))


def test_trie_pattern_matches_where_the_alternation_does(samples):
    words = {"với", "vào", "và", "ở", "tại", "trong", "trên", "hiệp định", "hiệp ước", "a.b", "(x)"}
    trie = re.compile(cue_tries.trie_pattern(words))
    alt = re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True)))
    for text, a, b in _windows(_corpus(samples) + ["a.b (x) axb"], 1):
        m, n = trie.search(text, a, b), alt.search(text, a, b)
        assert (m and m.start()) == (n and n.start())


@pytest.mark.parametrize("cue", [NEGATION, PLANNED, ONGOING, HYPOTHETICAL, PURPOSE, PATIENT, AGREEMENT_NOUN])
def test_fast_cue_finds_what_the_cue_finds(samples, cue):
    # (a cue whose pattern is not plain alternatives, as NEGATION is now, falls back to its needles)
    fast = cue_tries.FastCue(cue)
    found = 0
    for text, a, b in _windows(_corpus(samples), 2):
        m, n = fast.search(text, a, b), cue.search(text, a, b)
        assert (m and m.span()) == (n and n.span())
        found += n is not None
    assert found > 0


def test_the_faster_pre_check_is_in_use_for_the_cues_drafts_call_most():
    for cue in (PATIENT, AGREEMENT_NOUN, PURPOSE):
        assert cue_tries.literal_alternatives(cue.pattern), cue.pattern[:60]


def test_literal_alternatives_give_up_on_patterns_that_are_not_plain():
    assert cue_tries.literal_alternatives(r"\b(?:a\w+|b)") is None
    assert cue_tries.literal_alternatives(r"x(?:a|b)") is None
    assert cue_tries.literal_alternatives(r"\b(?:a|b)?c") is None  # the group may match nothing
    assert cue_tries.literal_alternatives(r"\b(?:a|b)*") is None
    assert cue_tries.literal_alternatives(r"\b(?:a|b)|c") is None  # "c" matches alone
    assert cue_tries.literal_alternatives(r"\b(?:a|b)(?! (?:x|\d+))c") == {"a", "b"}
    assert cue_tries.literal_alternatives(r"\b(?:(?<!c )a|th(?:ỏa|oả) b)\b") == {"a", "thỏa b", "thoả b"}


def test_cue_pre_checks_are_necessary(samples):
    pairs = [
        (events_status._STATUS_CUES, (NEGATION, PLANNED, ONGOING)),
        (events_status._FACT_CUES, (HYPOTHETICAL, PURPOSE)),
    ]
    for text, a, b in _windows(_corpus(samples), 3, width=160):
        for pre, cues in pairs:
            if any(c.rx.search(text, a, b) for c in cues):
                assert pre.search(text, a, b)


@pytest.mark.parametrize(
    ("rx", "pre"),
    [
        (events_standing._MODAL, lambda t, a, b: events_standing._MODAL_WORD.search(t, a, b)),
        (events_dating._ANCHOR, lambda t, a, b: events_dating._ANCHOR_WORD.search(t, a, b)),
        (events_dating._PARTICIPLE, lambda t, a, b: t.find("được", a, b) >= 0),
        (
            events_dating._SAME_YEAR,
            lambda t, a, b: t.find("trong năm ", a, b) >= 0 or t.find("cùng năm ", a, b) >= 0,
        ),
        (events_dating._SAME_MONTH, lambda t, a, b: t.find("trong tháng ", a, b) >= 0),
        (events_groups._ROLE_HELD, lambda t, a, b: events_groups._ROLE_WORD.search(t, a, b)),
        (events_roles._DATE_GAP, lambda t, a, b: t.find("và", a, b) >= 0 or t.find("cùng", a, b) >= 0),
    ],
)
def test_word_pre_checks_are_necessary(samples, rx, pre):
    found = 0
    texts = _corpus(samples)
    for text, a, b in _windows(texts, 4, width=130):
        if rx.search(text, a, b):
            assert pre(text, a, b)
            found += 1
    for text in texts:  # "...$" patterns: a window ending after each space
        for w in re.finditer(r"\s", text):
            if rx.search(text, max(0, w.end() - 120), w.end()):
                assert pre(text, max(0, w.end() - 120), w.end())
                found += 1
    assert found > 0


def test_still_is_the_regex_match(samples):
    for text, a, _ in _windows(_corpus(samples), 5):
        assert events_standing._still(text, a) == (events_standing._STILL.match(text, a) is not None)


def test_context_label_is_searched_from_the_first_context_word(samples):
    found = 0
    for text, a, b in _windows(_corpus(samples), 6, width=400):
        first = events_status._CONTEXT_ANY.search(text, a, b)
        m = CONTEXT.search(text, first.start(), b) if first else None
        n = CONTEXT.search(text, a, b)
        assert (m and (m.span(), m.lastgroup)) == (n and (n.span(), n.lastgroup))
        found += n is not None
    assert found > 0


def test_place_pre_check_is_necessary(samples):
    from doingoai.extract.events_frames import _PLACE_BEFORE

    for text, _, b in _windows(_corpus(samples) + ["họp tại niu oóc, \nhoa kỳ"], 7):
        if _PLACE_BEFORE.search(text, max(0, b - 40), b):
            assert text.find(", ", max(0, b - 3), b) >= 0


def test_post_stop_still_matches_the_regex():  # (events_draft is read by the draft tests; a smoke check here)
    low = "ký hiệp định, nhằm thúc đẩy; hợp tác"
    assert events_clause.post_stop(low, 0, len(low)) == low.index(", nhằm")
