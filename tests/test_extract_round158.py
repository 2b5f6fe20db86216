"""Round 158 (session 21): leavings and returns told with the organisation's acronym, a bare noun or no name, and
delegations received or sent over that the lexicon did not read.

* a bare "rời" before an organisation's acronym or capitalised name is a leaving ("Anh rời EU");
* "rút khỏi" with the organisation left unsaid before a date ("gia nhập ILO năm 1980, rút khỏi năm 1985") or its
  bare noun before "cuối / đầu / giữa năm" leaves the text's organisation; a return after leaving by the bare noun
  ("rút khỏi Khối năm 1961 và chỉ trở lại năm 1994") rejoins it;
* "đón đoàn <body named after a foreign city> sang / đến ..." is a visit of that city's country;
* "sang <place> đồng chủ trì / tìm hiểu / tìm kiếm cơ hội ..." is a visit;
* "A rút khỏi tổ chức năm X và B năm Y": each state leaves, each on its date;
* "trở thành nước / quốc gia đối tác (thứ N) của <group>" joins the group (not a partner in trade);
* "ba nước ký ..." after a sentence naming more states, one list of exactly three among them: those three.

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone


def _read(text: str, kind) -> list[tuple[list[str], list[str], str]]:
    return sorted(
        (list(e.actors), list(e.recipients), e.date) for e in asserted_events(text) if e.kind is kind
    )


def test_bare_leave_before_acronym() -> None:
    text = "Sau cuộc trưng cầu ý dân, Vương quốc Anh rời EU ngày 31/1/2020."
    assert (["GBR"], ["EU"], "2020-01-31") in _read(text, K.MEMBERSHIP_LEAVE)


def test_bare_leave_before_org_with_digits_is_no_leaving() -> None:
    text = "Ngày 13/12/2023, Thủ tướng Phạm Minh Chính rời COP28 về nước."
    assert _read(text, K.MEMBERSHIP_LEAVE) == []


def test_bare_leave_of_a_city_is_no_leaving() -> None:
    text = "Ngày 2/12/2023, Thủ tướng Phạm Minh Chính rời Đu-bai, kết thúc chuyến công tác."
    assert _read(text, K.MEMBERSHIP_LEAVE) == []


def test_leave_with_organisation_unsaid() -> None:
    text = (
        "Tổ chức Lao động Quốc tế (ILO) ra đời năm 1919. "
        "Một nước châu Á, In-đô-nê-xi-a, gia nhập ILO năm 1950, rút khỏi năm 1965 và trở lại năm 1966."
    )
    assert (["IDN"], ["ILO"], "1965") in _read(text, K.MEMBERSHIP_LEAVE)


def test_leave_by_bare_noun_late_in_year() -> None:
    text = (
        "Tổ chức Y tế Thế giới (WHO) là cơ quan chuyên môn của Liên hợp quốc. "
        "Ác-hen-ti-na rút khỏi tổ chức cuối năm 2025."
    )
    assert (["ARG"], ["WHO"], "2025") in _read(text, K.MEMBERSHIP_LEAVE)


def test_return_after_leaving_by_bare_noun() -> None:
    text = (
        "Khối Thịnh vượng chung\n\n"
        "Khối Thịnh vượng chung là hiệp hội tự nguyện của các quốc gia có chủ quyền, phần lớn từng thuộc Đế quốc Anh."
        "\n\nThành viên\n\n"
        "Năm 1997, Ca-mơ-run gia nhập Khối. Pa-ki-xtan rút khỏi Khối năm 1972 và chỉ trở lại năm 1989, "
        "sau khi quan hệ với Anh được cải thiện."
    )
    joins = _read(text, K.MEMBERSHIP_JOIN)
    assert (["PAK"], ["COMMONWEALTH"], "1989") in joins


def test_delegation_of_body_named_after_foreign_city() -> None:
    text = (
        "KẾ HOẠCH hợp tác quốc tế năm 2027\n\n"
        "1. Tháng 6/2027, đón đoàn Phòng Thương mại và Công nghiệp A-bu Đa-bi sang làm việc với Sở."
    )
    got = _read(text, K.VISIT)
    assert any(a == ["ARE"] and r == ["VNM"] and d == "2027-06" for a, r, d in got)


def test_delegation_come_with_dden() -> None:
    text = "Tháng 8/2024, Sở đón đoàn doanh nghiệp của Phòng Thương mại Đu-bai đến khảo sát vùng trồng thanh long."
    got = _read(text, K.VISIT)
    assert any(a == ["ARE"] and r == ["VNM"] for a, r, _ in got)


def test_gone_over_to_co_chair() -> None:
    text = "Tháng 10/2024, Thứ trưởng Bộ Ngoại giao sang Li-ma đồng chủ trì Tham khảo chính trị Việt Nam – Pê-ru."
    got = _read(text, K.VISIT)
    assert any(a == ["VNM"] and r == ["PER"] and d == "2024-10" for a, r, d in got)


def test_gone_over_to_learn() -> None:
    text = "Từ ngày 3 đến ngày 8/5/2024, đoàn công tác của Bộ sang Phần Lan tìm hiểu mô hình giáo dục nghề nghiệp."
    got = _read(text, K.VISIT)
    assert any(a == ["VNM"] and r == ["FIN"] for a, r, _ in got)


def test_gapped_leavings_each_with_its_date() -> None:
    text = (
        "Tổ chức các nước xuất khẩu dầu mỏ (OPEC) ra đời năm 1960. "
        "In-đô-nê-xi-a rút khỏi tổ chức từ năm 2016 và Ga-bông từ ngày 1/1/1995."
    )
    got = _read(text, K.MEMBERSHIP_LEAVE)
    assert (["IDN"], ["OPEC"], "2016") in got
    assert (["GAB"], ["OPEC"], "1995-01-01") in got


def test_gapped_leaving_after_named_organisation() -> None:
    got = _read("Mỹ rút khỏi UNESCO năm 1984 và Anh năm 1985.", K.MEMBERSHIP_LEAVE)
    assert (["USA"], ["UNESCO"], "1984") in got
    assert (["GBR"], ["UNESCO"], "1985") in got


def test_partner_country_of_a_group_joins_it() -> None:
    got = _read(
        "Từ ngày 1/1/2025, U-dơ-bê-ki-xtan trở thành nước đối tác thứ 9 của BRICS.", K.MEMBERSHIP_JOIN
    )
    assert (["UZB"], ["BRICS"], "2025-01-01") in got


def test_partner_in_trade_is_no_membership() -> None:
    text = "Năm 2021, Hàn Quốc trở thành nước đối tác thương mại lớn thứ ba của Việt Nam."
    assert _read(text, K.MEMBERSHIP_JOIN) == []


def test_counted_states_are_the_list_of_that_many() -> None:
    text = (
        "Ngày 26/12/1991, Liên Xô giải thể; trước đó, Bê-la-rút, U-crai-na và Nga đã ký Hiệp định Bê-lô-vê-gia. "
        "Ngày 21/12/1991, tại An-ma A-ta, ba nước ký Nghị định thư cùng các nước cộng hòa khác."
    )
    got = [e for e in asserted_events(text) if e.kind is K.AGREEMENT_SIGN and e.date == "1991-12-21"]
    assert got and all(set(e.actors) | set(e.recipients) >= {"BLR", "UKR", "RUS"} for e in got)
