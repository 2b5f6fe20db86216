"""Review of session 7's round 21 (events and dates): each defect the independent review found, as a test."""

from __future__ import annotations

import pytest

from doingoai.pipeline import extract_text


def _events(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...], str]]:
    doc = extract_text(text, "review7")
    return [(e.kind.value, e.actors, e.recipients, e.date) for e in doc.events]


@pytest.mark.parametrize(
    "text",
    [
        # a narrated signing is no closing line: the text keeps no date of its own
        "Bài\n\nNăm ngoái, Hàn Quốc viện trợ cho Việt Nam 2 triệu USD.\n"
        "Theo sử liệu, Hiệp định chung được ký tại Giơ-ne-vơ ngày 21/7/1954.\n",
        "Bài\n\nNăm ngoái, Hàn Quốc viện trợ cho Việt Nam 2 triệu USD. Luật này được Quốc hội thông qua ngày 20/11/2019.\n",
        "Bài\n\nNăm ngoái, Hàn Quốc viện trợ cho Việt Nam 2 triệu USD.\n\n"
        "Hiệp định chung được ký tại Giơ-ne-vơ ngày 21/7/1954.\n",
        "Bài\n\nNăm ngoái, Hàn Quốc viện trợ cho Việt Nam 2 triệu USD.\n\n"
        "Nghị quyết này được Quốc hội thông qua ngày 5/6/2001.\n\n"
        + "Các nước ASEAN tiếp tục hợp tác. "
        * 20,
    ],
)
def test_a_narrated_adoption_does_not_date_the_document(text: str) -> None:
    assert extract_text(text, "review7").meta.get("date") is None
    assert ("aid", ("KOR",), ("VNM",), "") in _events(text)


def test_a_closing_adoption_line_still_dates_the_document() -> None:
    text = (
        "NGHỊ QUYẾT\n\nNăm ngoái, Hàn Quốc viện trợ cho Việt Nam 2 triệu USD.\n\n"
        "Nghị quyết này đã được Quốc hội khóa IX thông qua ngày 23 tháng 6 năm 1994.\n\nCHỦ TỊCH QUỐC HỘI"
    )
    assert extract_text(text, "review7").meta["date"] == "1994-06-23"
    assert ("aid", ("KOR",), ("VNM",), "1993") in _events(text)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Công ty huy động nguồn vốn từ Singapore thông qua phát hành trái phiếu.", None),
        ("Doanh nghiệp vay nguồn vốn từ Hàn Quốc để mở rộng nhà máy.", None),
        ("Tỉnh tranh thủ nguồn vốn từ Hàn Quốc để xây trường học.", ("aid", ("KOR",), ("VNM",), "")),
        ("Việt Nam tranh thủ nguồn vốn ODA từ Nhật Bản cho tuyến metro.", ("aid", ("JPN",), ("VNM",), "")),
    ],
)
def test_funds_from_a_country_are_aid_only_when_sought_or_named_as_aid(sentence: str, expected) -> None:
    events = [e for e in _events("Tin\n\n" + sentence) if e[0] == "aid"]
    assert events == ([] if expected is None else [expected])


@pytest.mark.parametrize(
    "sentence",
    [
        "Quan hệ đối tác toàn diện của trường với doanh nghiệp xác lập năm 2016.",
        "Quan hệ đối tác chiến lược giữa hai tập đoàn được xác lập năm 2018.",
        "Quan hệ đối tác giữa ngân hàng và công ty bảo hiểm được thiết lập năm 2015.",
    ],
)
def test_a_partnership_of_companies_or_schools_is_no_upgrade_of_the_states(sentence: str) -> None:
    text = "Tin\n\nViệt Nam và Nhật Bản tăng cường hợp tác. " + sentence
    assert not [e for e in _events(text) if e[0] == "relations.upgrade"]


def test_a_partnership_of_the_states_dated_when_named_is_still_an_upgrade() -> None:
    text = "Tin\n\nQuan hệ Đối tác toàn diện giữa Việt Nam và Ô-xtrây-li-a được xác lập năm 2009."
    assert ("relations.upgrade", ("VNM", "AUS"), (), "2009") in _events(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Bộ trưởng cho biết Campuchia tiếp tục phát triển kinh tế, hai bên đã ký nhiều văn kiện.",
        "Lào gặp nhiều khó khăn do thiên tai năm nay; hai bên cần tăng cường hợp tác.",
        "Đoàn doanh nghiệp Nhật Bản đến thăm khu công nghiệp; hai bên ký hợp đồng thuê đất.",
        "Chủ tịch UBND tỉnh tiếp đoàn doanh nghiệp Hàn Quốc; hai bên ký biên bản ghi nhớ hợp tác.",
    ],
)
@pytest.mark.rules_alone  # (a rule's reading pinned: the learned reading is off)
def test_the_unnamed_side_is_ours_only_after_a_meeting_of_states(sentence: str) -> None:
    assert _events("Tin\n\n" + sentence) == []


def test_a_provincial_visit_then_hai_ben_is_still_the_pair() -> None:
    text = "Tin\n\nĐoàn lãnh đạo Tỉnh thăm tỉnh Xa-vẳn-na-khệt (Lào); hai bên ký biên bản ghi nhớ hợp tác năm 2023."
    assert ("agreement.sign", ("VNM", "LAO"), (), "2023") in _events(text)
