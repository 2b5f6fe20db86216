"""The fast paths of the mentions and dates stages added for speed give what the code they replace gives
(docs/decisions.md, "Extraction speed, seventh round"): digit runs from a table look-up, the place-and-date
pre-check; and what the mentions automaton must keep if its keys change (no name across a line break, the
trigger head words after one)."""

from __future__ import annotations

import random

import pytest

from doingoai.extract import dates, dates_starts, mentions, trigger_scan
from doingoai.extract.rx_boundary import starts_word
from doingoai.extract.textscan import lower_same_length

_WORDS = (
    "năm niên kỷ từ sau tháng ngày mùa xuân quý ii những thập nửa đầu sáng chiều 1975 2020 12 5 28 7 123 12345 "
    "/ - ( “ , . x Hà Nội Việt Nam Hoa Kỳ Liên Hợp Quốc ASEAN ký kết thăm hội đàm ٣ ١٢ \u00a0 \n"
).split(" ")
_SEPS = (" ", " ", " ", "", "\n", "(", "/", "-", ", ")


def _texts(seed: int, n: int, words: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_WORDS) + rnd.choice(_SEPS) for _ in range(words)) for _ in range(n)]


@pytest.mark.parametrize("seed", range(3))
def test_digit_runs_from_the_table_give_the_regex_engines_matches(seed):
    """Long texts take the numpy path (short ones the regex): both must give `_RUN.finditer`'s starts."""
    for text in _texts(seed, 20, 1500) + _texts(seed + 10, 200, 12):
        low = lower_same_length(text)
        assert dates_starts._run_positions(low) == [m.start() for m in dates_starts._RUN.finditer(low)]


def test_digit_runs_beyond_the_basic_plane_fall_back_to_the_regex():
    low = "năm 2020 " * 500 + "\U0001d7d9\U0001d7da 12/2020"  # mathematical digits: two UTF-16 units each
    assert dates_starts._digit_runs(low) is None
    assert dates_starts._run_positions(low) == [m.start() for m in dates_starts._RUN.finditer(low)]


def test_every_place_and_date_line_holds_the_pre_checked_date():
    rnd = random.Random(7)
    pieces = ["Hà Nội", "TP. Hồ Chí Minh", "(Bu-đa-pét", ", ", ",\n", "ngày ", "3/2/2020", "25 / 10 / 2007"]
    pieces += ["12.3.1999", "1-1-2000", ")", "\n", " ", "x", "Bình thường hóa quan hệ", "12/7", "1995"]
    for _ in range(3000):
        zone = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 12)))
        for m in dates._PLACE_DMY_LINE.finditer(zone):
            assert dates._DMY.search(m.group(0)) is not None, zone
        if dates._DMY.search(zone) is None:
            assert dates._PLACE_DMY_LINE.search(zone) is None


def test_a_name_across_a_line_break_is_no_mention():
    assert [(m.code, m.start) for m in mentions.mentions_in("Quan hệ với Liên Hợp Quốc.")] == [("UNO", 12)]
    assert mentions.mentions_in("Quan hệ với Liên Hợp\nQuốc.") == []
    assert [(m.code, m.start) for m in mentions.mentions_in("Quan hệ\nLiên Hợp Quốc")] == [("UNO", 8)]


@pytest.mark.parametrize("seed", range(2))
def test_trigger_heads_after_line_breaks_equal_the_scans_own(seed):
    """Head words after a newline (the automaton's "\\n" keys): the events stage must see the same heads."""
    for text in _texts(seed, 5, 400):
        low = lower_same_length(text)
        mentions.mentions_in(text)
        heads = mentions.trigger_heads(text)
        assert heads is not None
        # (a head after a hyphen only where a word starts: filtered in the pass since speed round 13)
        own = sorted(
            (end - n + 1, entries)
            for end, (n, entries) in trigger_scan._automaton().iter(low)
            if starts_word(low, end - n + 1)
        )
        assert sorted(heads) == own
        mentions._HEADS.clear()
