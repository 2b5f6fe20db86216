"""Speed round 14: the words rules look for through a whole document are read off the mentions pass's record
(textscan.find_all / occurs); tone_variants skips its substitutions where no toned pair occurs; short texts are
normalised by the regex; a long gap after "hai nước" is no description. Each gives what it replaced."""

from __future__ import annotations

import random
import unicodedata

import pytest

from doingoai.extract import events_anaphora, gazetteer, mentions
from doingoai.extract.first_words import watched
from doingoai.extract.textscan import _recorded, find_all, lower_same_length, occurs

_PIECES = (
    "Hiệp định",
    "hiệp định",
    "Chủ tịch",
    "Phó Thủ tướng",
    "hai nước",
    "mỗi bên",
    "thăm",
    "đăng cai",
    "phía bạn",
    "bạn",
    "mà",
    "kỷ niệm",
    "tròn 50 năm",
    "có mặt",
    "chủ nhà",
    "gồm",
    "Hiệp hội",
    "Việt Nam",
    "Lào",
    "x",
)
_SEPS = (" ", ", ", ". ", "\n", " – ", "“", "” ", "; ", "-", "\t", "")


def _text(rnd: random.Random) -> str:
    out = "Việt Nam và Lào"
    while len(out) < 1200:  # long enough for the mentions pass to record its watched words
        out += rnd.choice(_SEPS) + rnd.choice(_PIECES)
    return out


def _finds(text: str, word: str) -> list[int]:
    out, i = [], text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1)
    return out


@pytest.mark.parametrize("seed", range(4))
def test_find_all_and_occurs_equal_the_find_loop_and_in(seed):
    rnd = random.Random(seed)
    words = (*watched(), " bạn", " mà ", " đó", "không có ở đây")
    for _ in range(10):
        text = _text(rnd)
        mentions.mentions_in(text)
        low = lower_same_length(text)
        assert _recorded(text) is not None and _recorded(low) is not None
        for s in (text, low):
            for w in words:
                assert find_all(s, w) == _finds(s, w), w
                assert occurs(s, w) == (w in s), w


def test_find_all_without_a_record_is_the_find_loop():
    text = "hai nước ký hiệp định; hai nước"  # (short: the mentions pass keeps no record of it)
    mentions.mentions_in(text)
    assert _recorded(text) is None
    assert find_all(text, "hai ") == [0, 23]
    assert occurs(text, "hiệp định") and not occurs(text, "Hiệp định")


def _two_subs(name: str) -> set[str]:
    d = unicodedata.normalize("NFD", name)
    new = unicodedata.normalize("NFC", mentions._OLD_STYLE.sub(r"\1\3\2", d))
    old = unicodedata.normalize("NFC", mentions._NEW_STYLE.sub(r"\1\3\2", d))
    return {name, new, old}


def test_tone_variants_equal_the_two_substitutions():
    names = [n.text for e in gazetteer.entries().values() for n in e.names]
    names += ["Hòa Bình", "Hoà Bình", "Thụy Sĩ", "Thuỵ Sĩ", "quý", "QUÝ", "Khoá", "hòa\u0301", "Ô"]
    for name in names + [n.lower() for n in names] + [n.upper() for n in names]:
        assert mentions.tone_variants(name) == _two_subs(name), name


@pytest.mark.parametrize("size", [0, 1, 40, 255, 256, 300])
def test_normal_text_equals_the_regex_at_every_size(size):
    rnd = random.Random(size)
    alphabet = "aàá ,.;:-–\n\t()“”xyzĐđ0123456789\u00a0\u0301"
    low = "".join(rnd.choice(alphabet) for _ in range(size))
    assert mentions._normal_text(low) == mentions._normal(low)


def test_a_long_gap_is_no_description():
    short = " láng giềng "
    assert events_anaphora._described(short)
    assert not events_anaphora._described(" " + "rất " * 12)  # (46 characters)
    assert not events_anaphora._described("x" * 46 + " là ")


_DATE_PIECES = (
    "Hà Nội, 12/5/2023",
    "(Bu-đa-pét, ngày 3/2/2020)",
    "TP. Hồ Chí Minh, 25-10-2007",
    "\n",
    "(",
    ")",
    " ",
    "\t",
    ", ",
    "ngày ",
    "x",
    "Bình thường hóa quan hệ, 12/7/1995",
)


@pytest.mark.parametrize("seed", range(3))
def test_place_date_lines_from_their_openings_equal_finditer(seed):
    from doingoai.extract import dates

    rnd = random.Random(seed)
    for _ in range(400):
        zone = "".join(rnd.choice(_DATE_PIECES) for _ in range(rnd.randint(0, 30)))
        want = [(m.span(), m.group(0)) for m in dates._PLACE_DMY_LINE.finditer(zone)]
        assert [(m.span(), m.group(0)) for m in dates._place_dmy_matches(zone)] == want


_DOC_DATE_PIECES = (
    "Tạp chí số 3 (tháng 6/2020)",
    "SỐ 12 - 2019",
    "No. 7 (3/2021)",
    "VOL. 2, tháng 10/2025",
    "Nghị quyết này đã được Quốc hội thông qua ngày 23 tháng 6 năm 1994",
    "Tuyên bố chung được ký tại Hà Nội ngày 11/10/2011",
    "Làm tại Hà Nội, ngày 12/5/2023",
    "  LÀM TẠI Paris ngày 3/2/2020",
    "\u0130",
    "\n",
    "\n\n",
    " ",
    "x",
    "2020",
    "/",
)


@pytest.mark.parametrize("seed", range(3))
def test_issue_and_closing_lines_found_as_the_plain_searches_find_them(seed):
    from doingoai.extract import dates, dates_period
    from doingoai.extract.textscan import search_ci

    rnd = random.Random(seed)
    for _ in range(400):
        zone = "".join(rnd.choice(_DOC_DATE_PIECES) for _ in range(rnd.randint(0, 12)))
        want = dates._ISSUE.search(zone)
        got = search_ci(dates._ISSUE, zone)
        assert (got.span() if got else None) == (want.span() if want else None)
        for rx in (dates_period._ADOPTED, dates_period._DONE_AT):
            want = rx.search(zone)
            got = dates_period._line_opening(rx, zone)
            assert (got.span() if got else None) == (want.span() if want else None)
