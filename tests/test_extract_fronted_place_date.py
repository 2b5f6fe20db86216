"""Review fixes (session 9), finding 1: a date fronted before its clause stays the clause's own when a place
("Tại Hà Nội ngày 5/3/2024, ...") or a day ("Ngày 28/7 năm 1995, ...": one date) stands before it in its segment;
a date inside an earlier predicate still loses (dates_clauses.earlier_predicate, dates._DATE_RX). Each positive
row has a twin: the wrong date must not come out, and the right one must."""

from __future__ import annotations

import pytest

from doingoai.extract.dates import dates_in
from doingoai.extract.dates_clauses import earlier_predicate
from doingoai.pipeline import extract_text


def _dated(text: str) -> set[tuple[str, str]]:
    return {(e.kind.value, e.date) for e in extract_text(text).events}


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (
            "Tại Hà Nội ngày 5/3/2024, Việt Nam và Lào ký Hiệp định hợp tác giáo dục thay thế văn bản năm 2015.",
            ("agreement.sign", "2024-03-05"),
            ("agreement.sign", "2015"),
        ),
        (
            "Tại Tô-ky-ô ngày 27/11/2023, Việt Nam và Nhật Bản nâng cấp quan hệ lên Đối tác Chiến lược toàn diện"
            " nhân dịp kỷ niệm quan hệ thiết lập năm 1973.",
            ("relations.upgrade", "2023-11-27"),
            ("relations.upgrade", "1973"),
        ),
        (
            "Ở Viên-chăn ngày 12/9/2022, Việt Nam và Lào ký Bản ghi nhớ hợp tác quốc phòng thay thế thỏa thuận"
            " năm 2012.",
            ("agreement.sign", "2022-09-12"),
            ("agreement.sign", "2012"),
        ),
        (
            "Tại thủ đô Oa-sinh-tơn ngày 11/7/1995, Việt Nam và Hoa Kỳ thiết lập quan hệ ngoại giao sau khi Hoa Kỳ"
            " bỏ cấm vận năm 1994.",
            ("relations.establish", "1995-07-11"),
            ("relations.establish", "1994"),
        ),
        # a day with its year written "năm Y" is one date: not the day in the paragraph's year
        (
            "Năm 2019 là năm đáng nhớ: ngày 7/6, Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an"
            " Liên Hợp Quốc.\n\nNgày 28/7 năm 1995, Việt Nam gia nhập ASEAN tại Bru-nây.",
            ("membership.join", "1995-07-28"),
            ("membership.join", "2019-07-28"),
        ),
        (
            "Năm 2020 có nhiều sự kiện đáng nhớ: ngày 12/1, Việt Nam đảm nhiệm Chủ tịch ASEAN.\n\nNgày 18/1 năm"
            " 1950, Trung Quốc và Việt Nam thiết lập quan hệ ngoại giao.",
            ("relations.establish", "1950-01-18"),
            ("relations.establish", "2020-01-18"),
        ),
        (
            "Năm 2021 là năm quan trọng.\n\n28/7 năm 1995, Việt Nam gia nhập ASEAN.",
            ("membership.join", "1995-07-28"),
            ("membership.join", "2021-07-28"),
        ),
    ],
)
def test_a_fronted_date_after_a_place_or_day_is_the_clauses(
    text: str, right: tuple[str, str], wrong: tuple[str, str]
) -> None:
    got = _dated(text)
    assert right in got
    assert wrong not in got


def test_a_day_with_its_year_in_words_is_one_date() -> None:
    base = "2019-01-01"
    assert [d.value for d in dates_in("Ngày 28/7 năm 1995, Việt Nam gia nhập ASEAN.", base)] == ["1995-07-28"]
    assert [d.value for d in dates_in("28/7 năm 1995", base)] == ["1995-07-28"]
    # twins: a comma parts the day from a year (two dates); a relative year is not a written one
    assert [d.value for d in dates_in("ngày 28/7, năm 1995", base)] == ["2019-07-28", "1995"]
    assert [d.value for d in dates_in("Sáng 28/7 năm nay", base)] == ["2019-07-28"]


def _earlier(low: str, date: str, trigger: str) -> bool:
    d0 = low.index(date)
    return earlier_predicate(low, 0, d0, d0 + len(date), low.index(trigger))


def test_a_place_with_a_verb_of_its_own_is_still_a_predicate() -> None:
    # the fronted place, then its date: the clause's own
    assert not _earlier("tại hà nội ngày 5/3/2024, việt nam và lào ký hiệp định", "ngày 5/3/2024", " ký ")
    assert not _earlier("ở viên-chăn sáng 12/9/2022, hai bên ký bản ghi nhớ", "12/9/2022", " ký ")
    # twins: a place phrase holding its own predicate, an appositive: another predicate's date
    assert _earlier(
        "tại hội nghị được tổ chức năm 2010, việt nam và nhật bản ký hiệp định", "năm 2010", " ký "
    )
    assert _earlier("lào, nước giành độc lập năm 1945, ký hiệp định", "năm 1945", " ký ")
