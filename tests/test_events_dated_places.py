"""Coordinated dates each with its place (issue 3, session 10): "năm 2006 tại Hà Nội và năm 2017 tại Đà Nẵng" is
one event per date, as "năm 2010 và năm 2020" is; with the negative twins (another clause, a lower-case place)."""

from __future__ import annotations

from doingoai.model import EventKind
from doingoai.pipeline import extract_text

K = EventKind


def events(text: str, kind: EventKind) -> list[tuple[frozenset[str], str]]:
    return [(frozenset(e.actors + e.recipients), e.date) for e in extract_text(text).events if e.kind is kind]


def test_hosting_twice_each_date_with_its_place():
    text = "Việt Nam đăng cai Hội nghị cấp cao APEC năm 2006 tại Hà Nội và năm 2017 tại Đà Nẵng."
    assert events(text, K.HOST) == [
        (frozenset({"VNM", "APEC"}), "2006"),
        (frozenset({"VNM", "APEC"}), "2017"),
    ]


def test_three_dates_with_places_months_and_a_city_prefix():
    text = (
        "Phi-líp-pin đã tổ chức Hội nghị Cấp cao ASEAN tháng 12/1987 tại Ma-ni-la, tháng 11/1999 ở thủ đô "
        "Ma-ni-la và tháng 11/2017 tại TP. Pa-xay."
    )
    assert [d for _, d in events(text, K.HOST)] == ["1987-12", "1999-11", "2017-11"]


def test_signing_and_visiting_coordinated_with_places():
    sign = "Việt Nam và Lào ký Hiệp định thương mại năm 1998 tại Hà Nội và năm 2005 tại Viên-chăn."
    assert [d for _, d in events(sign, K.AGREEMENT_SIGN)] == ["1998", "2005"]
    visit = "Thủ tướng Nhật Bản thăm Việt Nam năm 2017 tại Hà Nội và năm 2019 tại Đà Nẵng."
    assert [d for _, d in events(visit, K.VISIT)] == ["2017", "2019"]


def test_a_second_date_opening_another_clause_is_not_coordinated():
    text = "Việt Nam và Lào ký Hiệp định thương mại năm 1998 tại Hà Nội, năm 2005 tại Viên-chăn hai bên bàn về hợp tác."
    assert [d for _, d in events(text, K.AGREEMENT_SIGN)] == ["1998"]


def test_a_second_date_without_its_place_is_not_coordinated_this_way():
    text = (
        "Việt Nam đăng cai Hội nghị cấp cao APEC năm 2006 tại Hà Nội và năm 2017 các nhà lãnh đạo gặp nhau."
    )
    assert [d for _, d in events(text, K.HOST)] == ["2006"]


def test_a_lower_case_place_is_no_place():
    text = "Việt Nam đăng cai Hội nghị cấp cao APEC năm 2006 tại đây và năm 2017 tại nhiều nơi."
    assert [d for _, d in events(text, K.HOST)] == ["2006"]
