"""events_received searches its three patterns without their leading word boundary and checks it after a match
(:func:`events_received._at_word_start`): the matches must be the ones the patterns with ``\\b`` / the letter
look-behind give."""

from __future__ import annotations

import random
import re

from doingoai.extract import events_received as er

_PIECES = [
    "Học viện và Đại học Tashkent ký",
    "Trường và Đại học Addis Ababa đã ký kết",
    "XTrường và Đại học Y ký",
    "2Trường và Đại học Y ký",
    "_Hội và Viện Z ký",
    "ký Bản ghi nhớ hợp tác với Đại học Osaka về",
    "đã ký kết Thỏa thuận với Viện Pasteur.",
    "kýký Bản ghi nhớ với Đại học X về",
    "đón đoàn Đại học Kyushu sang",
    "Đón tiếp các đoàn chuyên gia của Viện Goethe sang",
    "nĐón đoàn Hội X sang",
    "Mời đoàn Trường Y sang",
    "²Hội và Viện Z ký",
    " ",
    ", ",
    "\n",
    "và ",
]


def _old(rx: re.Pattern[str], letters: bool) -> re.Pattern[str]:
    head = r"(?<![^\W\d_])" if letters else r"\b"
    return re.compile(head + rx.pattern, rx.flags)


def test_the_matches_are_those_of_the_patterns_with_their_boundary():
    rng = random.Random(16)
    cases = [(er._RECEIVED, False), (er._PAIR_SIGNED, True), (er._WITH_SIGNED, False)]
    found = 0
    for _ in range(400):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 12)))
        for rx, letters in cases:
            want = [m.span() for m in _old(rx, letters).finditer(text)]
            got = [m.span() for m in er._at_word_start(rx, text, letters)]
            assert got == want, text
            found += len(got)
    assert found > 100  # (the texts do hold matches)


def test_a_match_glued_to_a_letter_is_dropped_and_the_search_goes_on():
    text = "XTrường và Đại học Y ký. Hội và Viện Z ký"
    got = [m.group("own") for m in er._at_word_start(er._PAIR_SIGNED, text, True)]
    assert got == ["Hội"]
