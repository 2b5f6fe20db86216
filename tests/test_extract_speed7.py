"""The fast paths of speed round 7 (docs/decisions.md, "Extraction speed, round 7") give what the code they
replace gives: the members phrase found from each "các " (not by the engine's scan of a whole text), and the
benchmark's cache reset (a text-keyed cache emptied, so a repeated document is extracted afresh)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from doingoai.extract import events_phrases
from doingoai.extract.textscan import lower_same_length, matches_at
from doingoai.model import Mention

_WORDS = (
    "các|nước|thành viên|các nước thành viên|các thành viên|các quốc gia thành viên|các nước thành viên của|"
    "thành viên thuộc|quốc gia|CPTPP|EU|châu Âu|khu vực|khác|Việt Nam|ASEAN|hợp tác với|vàcác|thànhviên|1999|"
    "(|,|.|;|\n|Các Nước Thành Viên|nhiều nước thành viên"
).split("|")
_SEPS = (" ", " ", " ", "", "\n", ", ", "-")


def _texts(seed: int, n: int, words: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_WORDS) + rnd.choice(_SEPS) for _ in range(words)) for _ in range(n)]


@pytest.mark.parametrize("seed", range(3))
def test_members_phrases_found_from_their_first_word_equal_the_engines_scan(seed):
    """Every `_MEMBERS` match starts with "các ": `matches_at` gives the matches `finditer` gives."""
    for text in _texts(seed, 200, 60):
        low = lower_same_length(text)
        found = [m.span() for m in matches_at(low, events_phrases._MEMBERS, ("các ",))]
        assert found == [m.span() for m in events_phrases._MEMBERS.finditer(low)]
        assert all(low.startswith("các ", s) for s, _ in found)


def test_members_phrase_still_points_back_to_the_organisation_named_before():
    text = "Việt Nam gia nhập ASEAN năm 1995. Việt Nam phối hợp với các nước thành viên triển khai Tuyên bố."
    org = Mention(text.index("ASEAN"), text.index("ASEAN") + 5, "ASEAN", "organisation")
    found = events_phrases.member_mentions(text, lower_same_length(text), [org])
    s = text.index("các nước thành viên")
    assert [(m.start, m.end, m.code, m.via) for m in found] == [
        (s, s + len("các nước thành viên"), "ASEAN", "anaphora")
    ]


def test_the_benchmark_empties_the_text_keyed_cache():
    """`bench/extract_speed.py` extracts every timed document afresh: the cache keyed by citation text is
    emptied before each one."""
    bench = Path(__file__).resolve().parent.parent / "bench"
    if not (bench / "extract_speed.py").is_file():
        pytest.skip("bench/ not in this checkout")
    sys.path.insert(0, str(bench))
    try:
        import extract_speed
    finally:
        sys.path.remove(str(bench))
    from doingoai.extract import dates

    dates._only_countries("ĐCSVN")
    assert dates._only_countries.cache_info().currsize > 0
    extract_speed.forget_texts()
    assert dates._only_countries.cache_info().currsize == 0
