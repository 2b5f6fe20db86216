"""The fast paths of speed round 8 (docs/decisions.md, "Speed round 8") give what the code they replace gives:
a trigger that may start before its head tried only where a word can start (not searched for from a few words
back), and a parenthesis without a comma rejected before its year is looked for or its segments are parsed."""

from __future__ import annotations

import inspect
import random
import re
import textwrap

import pytest

from doingoai.extract import citations, trigger_scan
from doingoai.extract.textscan import lower_same_length

_CONTENTS = (
    "1979",
    "1975–1985",
    "Bộ Ngoại giao, 2015",
    "Bộ Ngoại giao 2015",
    "ĐCSVN, 1982; 1987, tr. 5",
    "ĐCSVN 1982; 1987",
    "Smith et al., 2015a, pp. 3-5",
    "xem: Hồ Chí Minh, 2011, t. 3, tr. 5",
    "Thayer 2016: 45",
    "Đảng Cộng sản Việt Nam [ĐCSVN]，1977",  # a full-width comma is no comma
    "n.d.",
    "Lê Văn A, n.d.",
    "SEV",
)


def _without_fast_path():
    """`parse_parenthesis` as it was before the comma test (its source with the year test alone), the reference."""
    src = textwrap.dedent(inspect.getsource(citations.parse_parenthesis))
    fast = 'if "," not in text or not _has_year(text):'
    assert fast in src
    namespace = dict(vars(citations))
    exec(src.replace(fast, "if not _has_year(text):"), namespace)
    return namespace["parse_parenthesis"]


def _random_contents(seed: int, n: int) -> list[str]:
    pieces = "Bộ Ngoại giao|ĐCSVN|Smith et al.|xem:|1982|2015a|n.d.|tr. 5|t. 3|;|,|:| | |[ĐCSVN]|và cộng sự|Lào".split(
        "|"
    )
    pieces += ["1975–1985", "（", "，", "Tháng"]
    rnd = random.Random(seed)
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 12))) for _ in range(n)]


@pytest.mark.parametrize("seed", range(3))
def test_parse_parenthesis_equals_the_code_without_the_comma_test(seed):
    reference = _without_fast_path()
    for content in (*_CONTENTS, *_random_contents(seed, 3000)):
        assert citations.parse_parenthesis(content, 7) == reference(content, 7), content


@pytest.mark.parametrize("content", _CONTENTS)
def test_parenthesis_without_comma_gives_no_citation(content):
    found = citations.parse_parenthesis(content, 0)
    if "," not in content:
        assert found == []
        assert all(citations._CITE.match(seg.strip()) is None for seg in content.split(";"))
    else:
        assert found == _without_fast_path()(content, 0)


def test_comma_is_what_every_citation_pattern_needs():
    """The fast path's premise: `_CITE` holds a literal comma (no flag or class lets another character stand)."""
    assert ",\\s*" in citations._CITE.pattern and not citations._CITE.flags & re.IGNORECASE
    cited = citations.parse_parenthesis("Bộ Ngoại giao, 2015, tr. 305", 10)
    assert [(c.author, c.year, c.pages) for c in cited] == [("Bộ Ngoại giao", 2015, "305")]


def _searched(low: str, p: int, back: int, rx: re.Pattern[str]) -> re.Match[str] | None:
    """The search `_covering` replaces (the reference): from ``back`` characters before the head on."""
    m = rx.search(low, max(0, p - back), p + 80)
    while m is not None and m.end() <= p:
        m = rx.search(low, m.start() + 1, p + 80)
    return None if m is None or m.start() > p else m


_TRIGGER_WORDS = (
    "được tổ chức|tại|hà nội|là một thành viên|thành viên|chính thức|từ năm 1995|nhiệm kỳ 2008|diễn ra|ở|"
    "tham dự|dự|hội nghị|cùng|ký|hiệp định|rút khỏi|việt nam|_|1977|x|“|(|,|.|là nơi|sẽ được|quan hệ"
).split("|")


def _trigger_texts(seed: int, n: int) -> list[str]:
    rnd = random.Random(seed)
    seps = (" ", " ", " ", "", "-", ", ", "\n", "_", "đ")
    return ["".join(rnd.choice(_TRIGGER_WORDS) + rnd.choice(seps) for _ in range(40)) for _ in range(n)]


@pytest.mark.parametrize("seed", range(3))
def test_back_triggers_tried_at_word_starts_equal_the_search_from_back(seed):
    entries = trigger_scan.head_entries()
    backs = [(h, rx, back) for h, es in entries.items() for _, rx, back, _ in es if back]
    assert backs and all(rx.pattern.startswith("(?<![\\w])") for _, rx, _ in backs)
    found = 0
    for text in _trigger_texts(seed, 150):
        low = lower_same_length(text)
        for h, rx, back in backs:
            p = low.find(h)
            while p >= 0:
                want = _searched(low, p, back, rx)
                got = trigger_scan._covering(low, p, back, rx)
                assert (got and got.span()) == (want and want.span()), (text, h)
                found += want is not None
                p = low.find(h, p + 1)
    assert found > 0  # (the texts hold matches, not only misses)


@pytest.mark.parametrize("seed", range(3))
def test_covering_equals_the_search_at_every_position_and_reach(seed):
    """Small alphabets and every head position and reach: matches starting exactly ``back`` before the head,
    at 0, right after a non-word character or glued to a word are all told apart as the search tells them."""
    rnd = random.Random(seed)
    rx = re.compile(r"(?<![\w])(?:[ab]+ ?[ab_]*b)")
    for _ in range(200):
        text = "".join(rnd.choice("ab _.-đ") for _ in range(rnd.randrange(1, 24)))
        for p in range(len(text)):
            for back in range(12):
                want = _searched(text, p, back, rx)
                got = trigger_scan._covering(text, p, back, rx)
                assert (got and got.span()) == (want and want.span()), (text, p, back)
