"""The speed pre-checks of the extraction stages give what the regexes they guard give (docs/decisions.md,
"Events speed, fourth round"): each pre-check is a necessary condition of a match, so a pattern changed
later without its pre-check shows up here."""

from __future__ import annotations

import dataclasses
import random
import re

import pytest

from doingoai.extract import dates, events_clause, events_dating, events_sides, events_status
from doingoai.extract.events_block_modes import POLICY_INTRO, TASK_INTRO
from doingoai.extract.textscan import search_ci
from doingoai.extract.trigger_cues import CONTEXT, POST_STOP

_WORDS = (
    "Việt Nam và Lào ký Hiệp định hợp tác kinh tế , trong năm đó Chủ tịch nước thăm Pháp ; đầu tư thương mại "
    "Ngày 5 tháng 9 năm 2020 NHIỆM VỤ Giải Pháp đường lối QUAN ĐIỂM cùng ngày ngay sau đó kéo dài biên giới "
    "vận động kêu gọi Kenyatta Obama Fort Caroline quốc phòng an ninh covid vắc-xin phòng, chống dịch hoá hóa "
    "gìn giữ hoà bình Hà Nội, ngày 12 tháng 3 năm 2021 số 5 tháng 6/2020 ıstanbul ſ"
).split(" ")


def _texts(seed: int, n: int = 400) -> list[str]:
    rnd = random.Random(seed)
    return [" ".join(rnd.choice(_WORDS) for _ in range(rnd.randint(1, 30))) for _ in range(n)]


def _corpus(samples) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(samples.glob("*.txt"))] + _texts(1)


def test_search_ci_is_the_case_insensitive_search(samples):
    for text in _corpus(samples):
        for rx in (TASK_INTRO, POLICY_INTRO):
            a, b = search_ci(rx, text), rx.search(text)
            assert (a and a.span()) == (b and b.span())


def test_search_ci_keeps_letters_that_fold_without_lowering():
    rx = re.compile(r"\bsi\b", re.IGNORECASE)
    assert search_ci(rx, "ſı") is not None  # "ſ" ~ "s", "ı" ~ "i" under re.IGNORECASE; .lower() keeps them
    assert search_ci(rx, "không có") is None


def test_context_pre_check_never_hides_a_label(samples):
    rnd = random.Random(7)
    checked = 0
    for text in _corpus(samples):
        low = text.lower()
        for _ in range(200):
            a = rnd.randrange(len(low))
            b = min(len(low), a + rnd.randrange(1, 300))
            if CONTEXT.search(low, a, b):
                assert events_status._CONTEXT_ANY.search(low, a, b)
                checked += 1
    assert checked > 0


def test_foreign_name_pattern_matches_the_word_bounded_one(samples):
    old = re.compile(r"\b[A-Z][a-z]{3,}\b")
    rnd = random.Random(3)
    for text in _corpus(samples):
        for _ in range(100):
            a = rnd.randrange(len(text))
            b = min(len(text), a + rnd.randrange(1, 200))
            assert [m.span() for m in old.finditer(text, a, b)] == [
                m.span() for m in events_status._FOREIGN_NAME.finditer(text, a, b)
            ]


def test_place_date_and_issue_pre_checks_are_necessary(samples):
    zones = [*_corpus(samples), "Hà Nội, ngày 12 tháng 3 năm 2021\nBÁO CÁO", "TẠP CHÍ số 5 tháng 6/2020"]
    found = 0
    for zone in zones:
        if dates._PLACE_DATE.search(zone):
            assert dates._PLACE_DATE_TAIL.search(zone.lower())
            found += 1
        if dates._ISSUE.search(zone[:2000]):
            assert dates._SLASH_YEAR.search(zone[:2000])
            found += 1
    assert found >= 2


@pytest.mark.parametrize(
    ("rx", "needed"),
    [
        (events_dating._SAME_YEAR, lambda m: " năm " in m.group(0)),
        (events_dating._SAME_TIME, lambda m: events_dating._SAME_TIME_WORD.search(m.group(0))),
        (events_status._LASTING, lambda m: "kéo dài" in m.group(0)),
        (events_sides.CAUSATIVE, lambda m: events_sides.CAUSATIVE_WORD.search(m.group(0))),
    ],
)
def test_word_pre_checks_are_inside_every_match(samples, rx, needed):
    found = 0
    for text in _corpus(samples):
        low = text.lower()
        for m in rx.finditer(low):
            assert needed(m)
            found += 1
        for w in re.finditer(r"\s", low):  # "...$" patterns: a window ending after each space
            m = rx.search(low, max(0, w.end() - 60), w.end())
            if m:
                assert needed(m)
                found += 1
    assert found > 0


def test_post_stop_is_where_the_regex_stops(samples):
    assert events_clause._POST_STOP_REST is not None  # POST_STOP still ends with its " nhằm" branch
    rnd = random.Random(5)
    texts = [t.lower() for t in _corpus(samples)] + ["a nhằm", " nhằm", "x nhằmx nhằm_ nhằm. ; y", "a, để b"]
    for low in texts:
        for _ in range(300):
            a = rnd.randrange(len(low))
            b = min(len(low), a + rnd.randrange(0, 320))
            m = POST_STOP.search(low, a, b)
            assert events_clause.post_stop(low, a, b) == (m.start() if m else b)


def test_trigger_pre_checks_are_necessary(samples):
    """A trigger's pre-check needle (trigger_scan._PRECHECK) is found wherever the trigger's own regex matches."""
    from doingoai.extract.trigger_scan import _NO_CROSS, _PRECHECK
    from doingoai.extract.triggers import BY_NAME, vi_pattern

    texts = [t.lower() for t in _corpus(samples)] + ["liên xô cho việt nam vay 2 tỷ rúp", "cho lào vay vốn"]
    found = 0
    for name, (needle, before) in _PRECHECK.items():
        trig = BY_NAME[name]
        rx = re.compile(vi_pattern(trig.pattern))
        for low in texts:
            for m in rx.finditer(low):
                if before:
                    assert needle.search(low, max(0, m.start() - 12 * trig.back), m.end())
                else:
                    stop = _NO_CROSS.search(low, m.start())
                    assert needle.search(low, m.start(), stop.start() if stop else len(low))
                found += 1
    assert found > 0


_PHRASES = (
    "phía bạn|nước bạn|bên bạn|Đảng bạn|đảng bạn bè|bạn đọc|Thủ tướng Phạm Minh Chính|Phó Thủ tướng Lê Văn Thành"
    "|Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn|Chủ tịch nước Võ Văn Thưởng|Tổng Bí thư Tô Lâm|Đại sứ Nguyễn Văn A"
    "|Người phát ngôn Bộ Ngoại giao Lê Thị Thu Hằng|Chủ tịch Quốc hội|Thủ tướng Chính phủ|Trưởng đoàn|Đại tướng"
).split("|")


def test_partner_and_official_scans_are_finditer(samples):
    from doingoai.extract.events_officials import OFFICIAL, _officials
    from doingoai.extract.events_partner import PARTNER, _partner_phrases

    rnd = random.Random(7)
    made = [
        " ".join(rnd.choice(_PHRASES + _PHRASES + _WORDS) for _ in range(rnd.randint(1, 40)))
        for _ in range(400)
    ]
    found = 0
    for text in _corpus(samples) + made:
        low = text.lower()
        got = [m.span() for m in _partner_phrases(low)]
        assert got == [m.span() for m in PARTNER.finditer(low)]
        off = [m.span() for m in _officials(text)]
        assert off == [m.span() for m in OFFICIAL.finditer(text)]
        found += len(got) + len(off)
    assert found > 100


def test_fast_mentions_are_the_dataclass_ones():
    from doingoai.extract.mentions import _PLAIN, _mentions
    from doingoai.model import Mention

    rows = [(0, 5, "VNM", "country", "gazetteer"), (7, 12, "ASEAN", "organisation", "abbreviation")]
    rows6 = [(s, -e, e, code, kind, via) for s, e, code, kind, via in rows]  # (the greedy pass's rows)
    made = _mentions(rows6)
    assert _PLAIN is (Mention.__new__ is object.__new__)  # (compiled model: the native constructor instead)
    for row, m in zip(rows, made, strict=True):
        ref = Mention(*row)
        assert m == ref and hash(m) == hash(ref) and repr(m) == repr(ref)
        assert dataclasses.asdict(m) == dataclasses.asdict(ref)  # (slots: no vars())
        with pytest.raises(AttributeError):
            m.code = "LAO"  # still frozen


def test_abbreviation_before_name_needs_an_open_bracket(samples):
    from doingoai.extract.mentions import _DEF_BEFORE

    rnd = random.Random(3)
    found = 0
    for text in _corpus(samples):
        for _ in range(300):
            i = rnd.randrange(len(text) + 1)
            window = text[max(0, i - 24) : i]
            for w in (window, window + " (", window + "(\n", window + "[ "):
                if _DEF_BEFORE.search(w):
                    found += 1
                    assert w.rstrip().endswith(("(", "["))
    assert found > 100
