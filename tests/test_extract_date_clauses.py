"""Round 26 (session 9), which date belongs to which act: a fronted occasion's date dates the main clause, a date
after "và" opens the next clause, a date inside an earlier predicate loses to the act's own phrase's, a clause's
own date far after its adjuncts beats a heading's, an agreement's year dates its signing, and relative dates
("năm sau", "quý I năm tới", "6 tháng đầu năm tới") resolved from the narrative or the document's date
(dates_clauses, events_status, dates). Each row: a sentence and the (kind, date) it must give; negative twins
say what must not be given."""

from __future__ import annotations

import pytest

from doingoai.extract.dates import dates_in
from doingoai.pipeline import extract_text


def _dated(text: str) -> set[tuple[str, str]]:
    return {(e.kind.value, e.date) for e in extract_text(text).events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fronted occasion (its noun may itself be a trigger) dates the main clause
        (
            "Trong cuộc bầu chọn ngày 6/6/2023, Xlô-va-ki-a trúng cử Ủy viên không thường trực Hội đồng Bảo an.",
            ("membership.elect", "2023-06-06"),
        ),
        (
            "Tại phiên bầu cử ngày 9/10/2020, Trung Quốc được bầu vào Hội đồng Nhân quyền Liên Hợp Quốc.",
            ("membership.elect", "2020-10-09"),
        ),
        (
            "Trong cuộc bỏ phiếu ngày 18/10/2022 tại Đại hội đồng, Việt Nam trúng cử thành viên Hội đồng Nhân quyền.",
            ("membership.elect", "2022-10-18"),
        ),
        # a date after "và" opens the next clause: it is not the earlier act's, and it is the later act's
        (
            "Năm 1977 Việt Nam gia nhập Liên Hợp Quốc và năm 1995 Việt Nam gia nhập ASEAN.",
            ("membership.join", "1995"),
        ),
        (
            "Năm 1977 Việt Nam gia nhập Liên Hợp Quốc và năm 1995 Việt Nam gia nhập ASEAN.",
            ("membership.join", "1977"),
        ),
        (
            "Năm 1995, Ma-lai-xi-a gia nhập WTO và ngày 14/11/1998 Ma-lai-xi-a đăng cai Hội nghị Cấp cao APEC.",
            ("membership.join", "1995"),
        ),
        (
            "Tháng 7/2010, Việt Nam thiết lập quan hệ ngoại giao với Mô-dăm-bích rồi năm 2012 hai nước ký hiệp định"
            " thương mại.",
            ("relations.establish", "2010-07"),
        ),
        # "năm Y" closing the act's own phrase beats a date inside an earlier predicate
        (
            "Băng-la-đét giành độc lập năm 1971 và là thành viên sáng lập SAARC năm 1985.",
            ("membership.join", "1985"),
        ),
        (
            "In-đô-nê-xi-a, nước giành độc lập năm 1945, là thành viên sáng lập Phong trào Không liên kết năm 1961.",
            ("membership.join", "1961"),
        ),
        (
            "Bra-xin giành độc lập năm 1822 và là thành viên sáng lập Liên Hợp Quốc năm 1945.",
            ("membership.join", "1945"),
        ),
        # an appositive describing the object keeps its date; the act's own comes after it
        (
            "Việt Nam gia nhập Liên Hợp Quốc, tổ chức được thành lập năm 1945, vào ngày 20/9/1977.",
            ("membership.join", "1977-09-20"),
        ),
        (
            "Lào ký hiệp định với Nhật Bản, nước đứng đầu về vốn ODA năm 2022, vào tháng 5/2023.",
            ("agreement.sign", "2023-05"),
        ),
        ("Lào ký hiệp định với Nhật Bản, nước tài trợ lớn nhất, năm 2023.", ("agreement.sign", "2023")),
        (  # a founding member joined at the founding its appositive tells
            "Lào là một trong những thành viên sáng lập AIIB, tổ chức tài chính được thành lập năm 2015.",
            ("membership.join", "2015"),
        ),
        # the clause's own date after its adjuncts beats a heading's and the document's
        (
            "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc nhiệm kỳ 2020 – 2021 tại phiên"
            " bỏ phiếu của Đại hội đồng Liên Hợp Quốc khóa 73 ngày 7/6/2019.",
            ("membership.elect", "2019-06-07"),
        ),
        (
            "Năm 2022\n\nẤn Độ được bầu làm Ủy viên Hội đồng Nhân quyền Liên Hợp Quốc nhiệm kỳ 2022 – 2024 với số phiếu"
            " rất cao trong cuộc bỏ phiếu kín của Đại hội đồng ngày 14/10/2021.",
            ("membership.elect", "2021-10-14"),
        ),
        (
            "Xlô-va-ki-a đã trúng cử vào Hội đồng Bảo an trong cuộc bầu chọn diễn ra tại trụ sở Liên Hợp Quốc ở Niu"
            " Oóc ngày 6/6/2023.",
            ("membership.elect", "2023-06-06"),
        ),
        # an agreement's year dates its signing when the clause gives no other
        ("Việt Nam gia nhập WTO năm 2007 và ký Hiệp định CPTPP năm 2018.", ("agreement.sign", "2018")),
        (
            "Cam-pu-chia, thành viên ASEAN từ năm 1999, ký Hiệp định RCEP năm 2020.",
            ("agreement.sign", "2020"),
        ),
        # relative dates: "năm sau" after the year told, else after the document's; a quarter or half of a
        # relative year
        (
            "Năm 1976, Việt Nam gia nhập Quỹ Tiền tệ Quốc tế. Năm sau, Việt Nam trở thành thành viên Liên Hợp Quốc.",
            ("membership.join", "1977"),
        ),
        (
            "BỘ NGOẠI GIAO\nHà Nội, ngày 15 tháng 3 năm 2024\n\nBÁO CÁO\n\nViệt Nam sẽ ký Hiệp định thương mại tự do"
            " với EFTA vào năm sau.",
            ("agreement.sign", "2025"),
        ),
        (
            "BỘ NGOẠI GIAO\nHà Nội, ngày 15 tháng 3 năm 2024\n\nBÁO CÁO\n\nQuý I năm tới, Thủ tướng Việt Nam sẽ thăm chính thức Ấn Độ.",
            ("visit", "2025-01/2025-03"),
        ),
        (
            "BỘ NGOẠI GIAO\nHà Nội, ngày 15 tháng 3 năm 2024\n\nBÁO CÁO\n\nTrong 6 tháng đầu năm tới, Việt Nam sẽ đăng"
            " cai Diễn đàn Kinh tế Thế giới.",
            ("host", "2025-H1"),
        ),
    ],
)
def test_the_acts_own_date(text: str, expected: tuple[str, str]) -> None:
    assert expected in _dated(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # negative twins: the other clause's date must not be taken
        (
            "Năm 1977 Việt Nam gia nhập Liên Hợp Quốc và năm 1995 Việt Nam gia nhập ASEAN.",
            ("membership.join", ""),
        ),
        (
            "Năm 1995, Ma-lai-xi-a gia nhập WTO và ngày 14/11/1998 Ma-lai-xi-a đăng cai Hội nghị Cấp cao APEC.",
            ("membership.join", "1998-11-14"),
        ),
        (
            "In-đô-nê-xi-a, nước giành độc lập năm 1945, là thành viên sáng lập Phong trào Không liên kết năm 1961.",
            ("membership.join", "1945"),
        ),
        # an appositive's date is the object's
        ("Bru-nây gia nhập ASEAN, tổ chức được thành lập năm 1967.", ("membership.join", "1967")),
        # "tổ chức" as a verb after the comma: another act, with its own date
        ("Việt Nam gia nhập ASEAN, tổ chức Hội nghị Cấp cao ASEAN năm 1998.", ("membership.join", "1998")),
        # a fronted date is the clause's own, whatever follows the act's name
        ("Năm 1995, Việt Nam gia nhập ASEAN, tổ chức được thành lập năm 1967.", ("membership.join", "1967")),
        # dates coordinated with the first stay with it ("năm 2010 và năm 2020": two chairs)
        ("Việt Nam đảm nhiệm cương vị Chủ tịch ASEAN năm 2010 và năm 2020.", ("chair", "")),
        # a far date after a comma or another predicate is not the clause's
        (
            "Năm 2019, Việt Nam đẩy mạnh ngoại giao đa phương.\n\nViệt Nam ký Hiệp định Thương mại tự do với EU tại Hà"
            " Nội, trong một buổi lễ có sự chứng kiến của lãnh đạo hai bên và các doanh nghiệp, ngày 30/6/2019.",
            ("agreement.sign", "2019-06-30"),
        ),
        # "năm sau đó" needs a year told before it
        ("Năm sau đó, Việt Nam gia nhập ASEAN.", ("membership.join", "1")),
    ],
)
def test_not_another_clauses_date(text: str, wrong: tuple[str, str]) -> None:
    got = _dated(text)
    if wrong[1] == "1":  # any year: the act stays undated
        assert all(not d for k, d in got if k == wrong[0])
    else:
        assert wrong not in got


def test_relative_year_phrases() -> None:
    base = "2024-03-15"
    assert [d.value for d in dates_in("quý II năm ngoái", base)] == ["2023-Q2"]
    assert [d.value for d in dates_in("6 tháng cuối năm tới", base)] == ["2025-H2"]
    assert [d.value for d in dates_in("X sẽ ký vào năm sau.", base)] == ["2025"]
    assert [d.value for d in dates_in("Năm sau, X.", base)] == []  # a narrative's, with no year told
    assert [d.value for d in dates_in("Năm 2019, X ký; năm sau, Y.", base)] == ["2019", "2020"]
    assert [d.value for d in dates_in("Năm 1976, X. Năm sau, Y.", base)] == ["1976", "1977"]
    assert [d.value for d in dates_in("Hai năm sau, X.", base)] == []  # counted (dates_counted)
    assert [d.value for d in dates_in("Những năm sau, X.", base)] == []
    assert [d.value for d in dates_in("năm sau nữa", base)] == []


@pytest.mark.parametrize(
    "closing",
    [
        "Làm tại Hà Nội ngày 12/5/2023, thành hai bản bằng tiếng Việt và tiếng Anh.",
        "Làm tại Hà Nội, ngày 12/5/2023, thành hai bản bằng tiếng Việt và tiếng Anh.",
        "Làm tại Hà Nội, ngày 12 tháng 5 năm 2023, thành hai bản.",
    ],
)
def test_a_treatys_closing_formula_dates_the_document(closing: str) -> None:
    doc = extract_text(f"TUYÊN BỐ CHUNG\n\nHai bên nhất trí tăng cường hợp tác.\n\n{closing}\n")
    assert doc.meta.get("date") == "2023-05-12"


def test_a_narrated_signing_is_no_closing_formula() -> None:
    text = (
        "TUYÊN BỐ CHUNG\n\nLàm tại Hà Nội ngày 12/5/2023, hai bên nhất trí tăng cường hợp tác.\n\n"
        + "Hai bên nhất trí mở rộng hợp tác kinh tế, thương mại và đầu tư. " * 12
    )
    assert extract_text(text).meta.get("date") != "2023-05-12"


def test_a_background_two_sentences_back_is_no_antecedent_of_thang_truoc() -> None:
    text = (
        "Hà Nội, ngày 12 tháng 5 năm 2025\n\nViệt Nam và Nê-pan thiết lập quan hệ ngoại giao ngày 15/5/1975. Hai nước"
        " cùng tham gia Phong trào Không liên kết; phía bạn còn là thành viên Hiệp hội Nam Á vì sự Hợp tác khu vực"
        " (SAARC) từ tháng 12/1985. Tháng trước, sau trận động đất ngày 20/4, Việt Nam viện trợ cho Nê-pan 200.000 USD."
    )
    values = [d.value for d in extract_text(text).dates]
    assert "2025-04" in values and "2025-04-20" in values
    assert "1985-04-20" not in values


def test_an_episode_told_just_before_is_thang_truocs_antecedent() -> None:
    text = (
        "Cập nhật: 12/6/2018\n\nTháng 3/1979, quan hệ hai nước căng thẳng. Tháng trước, Thủ tướng thăm Lào."
    )
    assert "2018-05" not in [d.value for d in extract_text(text).dates]
