"""Round 23 (session 8), event dates and kind choice: a time counted from the date told before ("hai tháng
sau, ..."), nominal acts coordinated as one subject sharing the date after them, "Cũng năm đó" after a bracketed
aside, a contrast's own date ("..., nhưng phải đến tháng 5/2023 X mới phê chuẩn"), and joining a treaty read as
its ratification (dates_counted, events_accession, events_status)."""

from __future__ import annotations

import pytest

from doingoai.extract.dates_counted import shift
from doingoai.pipeline import extract_text


def _events(text: str) -> set[tuple[str, str, str]]:
    doc = extract_text(text)
    return {(e.kind.value, e.date, e.status.value) for e in doc.events}


def _kinds(text: str) -> set[str]:
    return {e.kind.value for e in extract_text(text).events}


@pytest.mark.parametrize(
    ("value", "n", "unit", "out"),
    [
        ("2023-07", 2, "tháng", "2023-09"),
        ("2023-11-20", 3, "tháng", "2024-02"),
        ("2015-03", 2, "năm", "2017"),
        ("1991", 1, "năm", "1992"),
        ("1991", 2, "tháng", ""),  # a month counted from a bare year: no month told
    ],
)
def test_shift(value: str, n: int, unit: str, out: str) -> None:
    assert shift(value, n, unit) == out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Đề nghị của Xéc-bi-a được ASEAN chấp thuận tháng 7/2023; hai tháng sau, Xéc-bi-a ký văn kiện gia nhập"
            " TAC tại Gia-các-ta.",
            ("agreement.sign", "2023-09", "occurred"),
        ),
        (
            "Tháng 3/2015, hai nước thiết lập quan hệ ngoại giao. Hai năm sau, Thủ tướng Lào sang thăm Việt Nam.",
            ("visit", "2017", "occurred"),
        ),
        (
            "Năm 1991, hai nước bình thường hóa quan hệ; một năm sau đó, Tổng Bí thư Đỗ Mười thăm Trung Quốc.",
            ("visit", "1992", "occurred"),
        ),
        (
            "Ngày 10/11/2021, Ấn Độ và Việt Nam ký thỏa thuận. Sáu tháng sau, hai bên tổ chức đối thoại quốc phòng.",
            ("consult", "2022-05", "occurred"),
        ),
        (
            "Việt Nam gia nhập ASEAN ngày 28/7/1995, ba năm sau, Việt Nam trở thành thành viên APEC.",
            ("membership.join", "1998", "occurred"),
        ),
        # negative twins: the clause's own date wins; "sau khi" / a comparison count nothing
        (
            "Tháng 7/1992, Việt Nam tham gia TAC. Ba năm sau, ngày 28/7/1995, Việt Nam được kết nạp làm thành viên"
            " ASEAN.",
            ("membership.join", "1995-07-28", "occurred"),
        ),
        (
            "Việt Nam gia nhập WTO năm 2007, hơn một năm sau Trung Quốc.",
            ("membership.join", "2007", "occurred"),
        ),
    ],
)
def test_counted_from_the_date_before(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _events(text)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Chuyến thăm Lào của Thủ tướng Việt Nam và chuyến thăm Việt Nam của Thủ tướng Lào năm 2019 đã củng cố"
            " quan hệ hai nước.",
            ("visit", "2019", "occurred"),
            ("visit", "", "occurred"),
        ),
        (
            "Cập nhật: tháng 5/2022\n\nChuyến thăm Hy Lạp của Chủ tịch nước và chuyến thăm Việt Nam của Tổng thống"
            " Hy Lạp trong năm 2008 đã tạo xung lực mới cho hợp tác.",
            ("visit", "2008", "occurred"),
            ("visit", "2022", "occurred"),
        ),
    ],
)
def test_coordinated_nominal_acts_share_the_date(
    text: str, expected: tuple[str, str, str], absent: tuple[str, str, str]
) -> None:
    got = _events(text)
    assert expected in got
    assert absent not in got


def test_predicate_date_is_the_second_acts_only() -> None:
    got = _events(
        "Chuyến thăm Nhật Bản của Thủ tướng và chuyến thăm Việt Nam của Thủ tướng Nhật Bản đã diễn ra tháng 5/2018."
    )
    assert ("visit", "2018-05", "occurred") in got
    assert ("visit", "", "occurred") in got  # the first act's time is not told by the predicate's date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Năm 1957, Hội được Ủy ban Chữ thập đỏ Quốc tế công nhận (Ủy ban này được thành lập năm 1863 tại"
            " Giơ-ne-vơ). Cũng năm đó, Việt Nam Dân chủ Cộng hòa gia nhập các Công ước Giơ-ne-vơ năm 1949.",
            ("agreement.ratify", "1957", "occurred"),
        ),
        (
            "Hiệp định CPTPP được Bru-nây, Việt Nam và chín nước khác ký kết ngày 8/3/2018, nhưng phải đến tháng"
            " 5/2023 Bru-nây mới phê chuẩn.",
            ("agreement.ratify", "2023-05", "occurred"),
        ),
        (
            "Ca-na-đa đã ký năm 2015 nhưng phải đến năm 2019 nước này mới phê chuẩn Công ước.",
            ("agreement.ratify", "2019", "occurred"),
        ),
        (
            "Phải chờ đến năm 1995, Mỹ mới thiết lập quan hệ ngoại giao với Việt Nam.",
            ("relations.establish", "1995", "occurred"),
        ),
    ],
)
def test_time_of_a_later_clause(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _events(text)


def test_an_obligation_stays_planned() -> None:
    assert ("agreement.ratify", "", "planned") in _events(
        "Việt Nam phải phê chuẩn Hiệp định trước tháng 5/2024."
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Năm 2004, Việt Nam gia nhập Công ước Béc-nơ về bảo hộ tác phẩm văn học và nghệ thuật.",
            "agreement.ratify",
        ),
        ("Việt Nam gia nhập Hiệp ước Không phổ biến vũ khí hạt nhân (NPT) năm 1982.", "agreement.ratify"),
        ("Ngày 5/3/2010, Lào gia nhập Công ước về quyền của người khuyết tật.", "agreement.ratify"),
        ("Năm 1970, Thái Lan gia nhập NPT.", "agreement.ratify"),
        (
            "Năm 1993, Việt Nam gia nhập Nghị định thư Ma-đrít về đăng ký quốc tế nhãn hiệu.",
            "agreement.ratify",
        ),
    ],
)
def test_joining_a_treaty_is_ratifying_it(text: str, kind: str) -> None:
    kinds = _kinds(text)
    assert kind in kinds
    assert "membership.join" not in kinds


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2007, Việt Nam gia nhập Tổ chức Thương mại Thế giới (WTO).",
        "Ba Lan gia nhập Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) năm 1999.",
        "Tháng 12/2022, U-ru-goay nộp đơn xin gia nhập Hiệp định CPTPP.",  # an agreement acting as a group
    ],
)
def test_joining_a_body_stays_membership(text: str) -> None:
    kinds = _kinds(text)
    assert "membership.join" in kinds
    assert "agreement.ratify" not in kinds


def test_convention_of_a_body_is_its_membership() -> None:
    kinds = _kinds(
        "Ngày 14/6/2019, Quốc hội thông qua Nghị quyết phê chuẩn việc Việt Nam gia nhập Công ước số 98 của Tổ chức"
        " Lao động Quốc tế (ILO)."
    )
    assert {"agreement.ratify", "membership.join"} <= kinds


def test_document_of_accession_is_signed_not_ratified() -> None:
    kinds = _kinds("Tháng 9/2023, Xéc-bi-a ký văn kiện gia nhập TAC tại Gia-các-ta.")
    assert "agreement.sign" in kinds
    assert "agreement.ratify" not in kinds


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Việt Nam thiết lập quan hệ với Lào năm 1962, năm 1977 hai nước ký Hiệp ước Hữu nghị và Hợp tác.",
            ("agreement.sign", "1977", "occurred"),
            ("relations.establish", "1977", "occurred"),
        ),
        (
            "Trung Quốc và Việt Nam bình thường hóa quan hệ vào tháng 11/1991, năm 1993 hai bên ký Thỏa thuận về"
            " biên giới.",
            ("agreement.sign", "1993", "occurred"),
            ("relations.establish", "1993", "occurred"),
        ),
    ],
)
def test_a_date_after_a_comma_opens_the_next_clause(
    text: str, expected: tuple[str, str, str], absent: tuple[str, str, str]
) -> None:
    got = _events(text)
    assert expected in got
    assert absent not in got


def test_coordinated_dates_still_split() -> None:
    got = _events("Việt Nam giữ cương vị Chủ tịch ASEAN năm 2010 và năm 2020.")
    assert {("chair", "2010", "occurred"), ("chair", "2020", "occurred")} <= got


def test_a_since_date_is_no_narrative_anchor() -> None:
    got = _events(
        "Hà Nội, ngày 10 tháng 4 năm 2025\n\nMi-an-ma là thành viên BIMSTEC từ tháng 12/1997. Tháng trước, Việt Nam"
        " cử đội cứu hộ sang hỗ trợ Mi-an-ma."
    )
    assert ("aid", "2025-03", "occurred") in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Năm 1957, Việt Nam Dân chủ Cộng hòa gia nhập các Công ước Giơ-ne-vơ năm 1949.",
            ("agreement.ratify", "1957", "occurred"),
        ),
        (
            "Ngày 1/3/1973, Việt Nam ký Công ước Viên về quan hệ ngoại giao năm 1961.",
            ("agreement.sign", "1973-03-01", "occurred"),
        ),
        # twins: with no date opening the clause, the year after the name is the act's
        (
            "Việt Nam gia nhập Công ước Béc-nơ về bảo hộ tác phẩm văn học và nghệ thuật năm 2004.",
            ("agreement.ratify", "2004", "occurred"),
        ),
        (
            "Việt Nam là thành viên WIPO từ năm 1976, gia nhập Hiệp ước Hợp tác về sáng chế (PCT) năm 1993.",
            ("agreement.ratify", "1993", "occurred"),
        ),
    ],
)
def test_an_instruments_year_after_a_dated_act(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _events(text)


def test_a_time_after_the_instrument_is_the_acts() -> None:
    got = _events(
        "Cập nhật: tháng 3/2007\n\nNgày 11/1/2007, Việt Nam trở thành thành viên WTO, sau khi Quốc hội phê chuẩn Nghị"
        " định thư gia nhập vào cuối năm ngoái."
    )
    assert ("agreement.ratify", "2006", "occurred") in got
