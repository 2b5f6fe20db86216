"""Speed round 17 (issue 3): the dates stage reads the lower case of its zones off the document's (kept by the
mentions stage) where the text's pieces lower-case as the whole does (textscan.plain_case)."""

from __future__ import annotations

import random

from doingoai.extract.dates import document_date
from doingoai.extract.dates_period import own_date_line
from doingoai.extract.textscan import lower_same_length, lowered_part, plain_case, search_ci
from doingoai.model import Document

_ALPHABET = "aAbBđĐêÊiIİıΣσςậẬ  \n,.()/0123456789ngàyNGÀYthángTHÁNGnămNĂM"


def _texts(n: int = 400) -> list[str]:
    rng = random.Random(17)
    return ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 60))) for _ in range(n)]


def test_plain_case_pieces_lower_as_the_whole() -> None:
    rng = random.Random(3)
    for text in _texts():
        low = lower_same_length(text)
        for _ in range(10):
            a = rng.randint(0, len(text))
            b = rng.randint(a, len(text))
            if plain_case(text):
                assert lowered_part(text, a, b, low) == text[a:b].lower()
            # (compiled by mypyc, str.lower does not apply the final-sigma rule: "Σ" at a word's end -> "σ", not "ς")
            assert lowered_part(text, a, b, None).replace("ς", "σ") == text[a:b].lower().replace("ς", "σ")


def test_plain_case_is_false_where_a_piece_lowers_otherwise() -> None:
    assert not plain_case("ĐẢO SÍSΣ")  # a final sigma by context
    assert not plain_case("TẠİ")  # two characters
    assert plain_case("Cập nhật: tháng 3/2025")
    text = "ΟΔΟΣA"
    assert text[:4].lower() != lower_same_length(text)[:4]


def test_search_ci_with_the_lower_case_given() -> None:
    import re

    rx = re.compile(r"(?:tập|số)\s*\d+[^\n]{0,40}?tháng\s*\d{1,2}\s*/\s*\d{4}", re.IGNORECASE)
    for text in [*_texts(), "Tạp chí SỐ 950 tháng 10/2020", "TẬP 3, THÁNG 1/2019"]:
        a, b = search_ci(rx, text, text.lower()), search_ci(rx, text)
        assert (a is None) == (b is None) and (a is None or a.span() == b.span())


def test_document_date_and_own_date_line_unchanged_by_the_kept_lower_case(monkeypatch) -> None:
    from doingoai.extract import dates

    texts = [
        "Hà Nội, ngày 15 tháng 7 năm 2020\n\nNội dung " + "x " * 800,
        "Cập nhật: tháng 3/2025\n" + "Bài viết " * 300,
        "Tiêu đề\n" + "văn bản " * 400 + "\nLàm tại Hà Nội ngày 12/5/2023, thành hai bản.\n",
        "Tiêu đề ĐẢO SÍSΣ\n" + "văn bản " * 400 + "\nLÀM TẠİ Hà Nội ngày 12/5/2023\n",
        "Tạp chí Cộng sản số 950 tháng 10/2020\n" + "chữ " * 300,
    ]
    for text in texts:
        low = lower_same_length(text) if plain_case(text) else None
        assert own_date_line(text, low) == own_date_line(text)
        fast = document_date(Document(name="t", raw=text, text=text))
        with monkeypatch.context() as m:
            m.setattr(dates, "plain_case", lambda _: False)  # every zone lowered as before
            assert document_date(Document(name="t", raw=text, text=text)) == fast


def test_utf16_units_kept_by_identity() -> None:
    from doingoai.extract.textscan import utf16_units

    low = "việt nam " * 200
    assert utf16_units(low) == low.encode("utf-16-le", "surrogatepass")
    assert utf16_units(low) is utf16_units(low)  # (kept: a document's text is encoded once)
    other = "".join(reversed(low))
    assert utf16_units(other) == other.encode("utf-16-le", "surrogatepass")
    assert utf16_units("ab\ud800") == "ab\ud800".encode("utf-16-le", "surrogatepass")
