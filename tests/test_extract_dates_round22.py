"""Round 22 (session 7), event dates and status (dates_visits): acts at a visit told after it take the visit's
month; a task section's clause dated before the document tells a past fact; a visit "đang" under way occurred."""

from __future__ import annotations

import pytest

from doingoai.extract.dates_visits import _before_document, _month_of
from doingoai.model import EventKind as K
from doingoai.model import Status as S
from doingoai.pipeline import extract_text


def _events(text: str) -> list[tuple[str, str, str]]:
    doc = extract_text(text)
    return [(e.kind.value, e.date, e.status.value) for e in doc.events]


@pytest.mark.parametrize(
    ("value", "month"),
    [
        ("2016-05-23/2016-05-25", "2016-05"),
        ("2019-10-04/2019-10-05", "2019-10"),
        ("2017-02-28/2017-03-05", ""),  # across two months: the range stays
        ("2016-05", ""),
        ("1975/1985", ""),
    ],
)
def test_month_of_a_visit_range(value: str, month: str) -> None:
    assert _month_of(value) == month


@pytest.mark.parametrize(
    ("doc_date", "date", "before"),
    [
        ("2022-02-10", "1984-01-07", True),
        ("2022-02-10", "2021", True),
        ("2022-02-10", "2022-02", False),  # the document's own month: not wholly before
        ("2022-02-10", "2022-03-01", False),
        ("2020-H1", "2019-06", True),
        ("2020-H1", "2020-03", False),
        (None, "1984", False),
        ("2022-02-10", "2021-12-30/2022-01-02", True),
    ],
)
def test_before_document(doc_date: object, date: str, before: bool) -> None:
    assert _before_document(doc_date, date) is before


_VISITS = [
    # (visit sentence, act sentence, expected kind of the act, expected month)
    (
        "Tổng thống Hàn Quốc Moon Jae-in thăm cấp Nhà nước Việt Nam từ ngày 22 đến 24/3/2018.",
        "Trong chuyến thăm, hai bên ký Bản ghi nhớ về hợp tác lao động.",
        K.AGREEMENT_SIGN,
        "2018-03",
    ),
    (
        "Thủ tướng Ca-na-đa Justin Trudeau thăm chính thức Việt Nam từ ngày 8 đến 10/11/2017.",
        "Hai Thủ tướng đã hội đàm tại Hà Nội.",
        K.CONSULT,
        "2017-11",
    ),
    (
        "Chủ tịch nước Nguyễn Xuân Phúc thăm chính thức Xinh-ga-po từ ngày 25 đến 27/2/2023.",
        "Trong chuyến thăm, hai nước nâng quan hệ lên Đối tác chiến lược.",
        K.RELATIONS_UPGRADE,
        "2023-02",
    ),
]


@pytest.mark.parametrize(("visit", "act", "kind", "month"), _VISITS)
def test_act_after_a_visit_takes_its_month(visit: str, act: str, kind: K, month: str) -> None:
    got = _events(f"{visit} {act}\n")
    assert (K.VISIT.value, "", S.OCCURRED.value) not in got
    visits = [e for e in got if e[0] == K.VISIT.value]
    assert visits and "/" in visits[0][1]  # the visit keeps its own range
    assert any(k == kind.value and d == month for k, d, _ in got), got


def test_act_with_its_own_day_keeps_it() -> None:
    # negative twin: the act's sentence writes its own day inside the visit
    got = _events(
        "Thủ tướng Nhật Bản thăm chính thức Việt Nam từ ngày 16 đến 18/1/2017. "
        "Ngày 16/1/2017, hai bên ký Bản ghi nhớ về hợp tác nông nghiệp.\n"
    )
    assert any(k == K.AGREEMENT_SIGN.value and d == "2017-01-16" for k, d, _ in got), got


def test_same_sentence_range_is_kept() -> None:
    # negative twin: the range written in the act's own sentence is the act's date as written
    got = _events(
        "Từ ngày 12 đến 13/5/2022, Thủ tướng dự Hội nghị Cấp cao đặc biệt ASEAN – Hoa Kỳ tại Oa-sinh-tơn.\n"
    )
    assert any(d == "2022-05-12/2022-05-13" for _, d, _ in got), got


def _decision(date_line: str, items: list[str]) -> str:
    body = "\n\n".join(f"Điều {i + 1}. {t}" for i, t in enumerate(items))
    return (
        "BỘ NGOẠI GIAO\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 12/QĐ-BNG\n\n"
        f"{date_line}\n\nQUYẾT ĐỊNH\n\nPhê duyệt Kế hoạch tổ chức các hoạt động năm 2023\n\n"
        f"QUYẾT ĐỊNH:\n\n{body}\n\nBỘ TRƯỞNG\n\n(Đã ký)\n"
    )


@pytest.mark.parametrize(
    ("item", "kind", "date", "status"),
    [
        (
            "Mục đích: chúc mừng Ma-lai-xi-a, nước gia nhập ASEAN ngày 8/8/1967.",
            K.MEMBERSHIP_JOIN,
            "1967-08-08",
            S.OCCURRED,
        ),
        ("Phía bạn đã đảm nhiệm thành công cương vị Chủ tịch ASEAN năm 2021.", K.CHAIR, "2021", S.OCCURRED),
        # negative twins: still to come
        ("Dự kiến Việt Nam đảm nhiệm cương vị Chủ tịch ASEAN năm 2024.", K.CHAIR, "2024", S.PLANNED),
        ("Đoàn cấp cao sẽ thăm Lào trong tháng 9/2023.", K.VISIT, "2023-09", S.PLANNED),
    ],
)
def test_past_fact_in_a_task_section(item: str, kind: K, date: str, status: S) -> None:
    got = _events(_decision("Hà Nội, ngày 10 tháng 2 năm 2023", [item]))
    hit = [e for e in got if e[0] == kind.value and e[1] == date]
    assert hit, got
    assert hit[0][2] == status.value


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (
            "Ngày 15/6/2022, Tổng thống Hàn Quốc, người đang thăm cấp Nhà nước Việt Nam, dự lễ khai trương.",
            S.OCCURRED,
        ),
        (
            "Ngày 3/4/2019, Thủ tướng Ca-na-đa, người đang thăm chính thức Việt Nam, phát biểu tại Hà Nội.",
            S.OCCURRED,
        ),
    ],
)
def test_visit_under_way_occurred(sentence: str, status: S) -> None:
    got = _events(sentence + "\n")
    visits = [e for e in got if e[0] == K.VISIT.value]
    assert visits and visits[0][2] == status.value, got


def test_negotiation_under_way_stays_ongoing() -> None:
    # negative twin: "đang" on what lasts keeps it ongoing
    got = _events("Năm 2020, Việt Nam và Ix-ra-en đang đàm phán Hiệp định thương mại tự do.\n")
    assert any(k == K.AGREEMENT_NEGOTIATE.value and s == S.ONGOING.value for k, _, s in got), got


def _qa(answer: str, updated: str = "Cập nhật: 12/6/2018") -> str:
    return f"Hỏi – đáp: Việt Nam và Liên Hợp Quốc\n\n{updated}\n\nHỏi: Việt Nam làm gì?\n\nĐáp: {answer}\n"


@pytest.mark.parametrize(
    ("answer", "kind", "date"),
    [
        (  # the answer's "Tháng trước" counts from the page's date, not from the 1977 told before it
            "Ngày 20/9/1977, Việt Nam trở thành thành viên Liên Hợp Quốc. Tháng trước, Việt Nam phê chuẩn "
            "Công ước về quyền của người khuyết tật.",
            K.AGREEMENT_RATIFY,
            "2018-05",
        ),
        (
            "Năm 1995, Việt Nam gia nhập ASEAN. Tháng trước, Thủ tướng thăm chính thức Ma-lai-xi-a.",
            K.VISIT,
            "2018-05",
        ),
    ],
)
def test_answer_counts_from_the_page_date(answer: str, kind: K, date: str) -> None:
    got = _events(_qa(answer))
    assert any(k == kind.value and d == date for k, d, _ in got), got


def test_narrative_counts_from_its_own_date() -> None:
    # negative twin: outside an answer, a narrative's "Tháng trước" does not count from the page's date
    got = _events(
        "Cập nhật: 12/6/2018\n\nTháng 3/1979, quan hệ hai nước căng thẳng. Tháng trước, Thủ tướng thăm chính thức "
        "Ma-lai-xi-a.\n"
    )
    assert not any(k == K.VISIT.value and d == "2018-05" for k, d, _ in got), got


def test_dateline_day_is_not_the_acts_own() -> None:
    # a release's date line inside the visit's sentence ("Hà Nội, ngày 5/10/2019 – ...") does not date the acts
    got = _events(
        "Hà Nội, ngày 9/12/2022 – Tổng thống Hàn Quốc thăm cấp Nhà nước Việt Nam từ ngày 8 đến 9/12/2022. "
        "Trong chuyến thăm, hai bên ký Bản ghi nhớ về hợp tác lao động.\n"
    )
    assert any(k == K.AGREEMENT_SIGN.value and d == "2022-12" for k, d, _ in got), got


@pytest.mark.parametrize(
    ("code", "tail", "value", "act"),
    [
        ("UNFCCC", " năm 1994", "1994", True),  # the convention is of 1992: 1994 is the ratification's
        ("UNCLOS", " năm 1982", "1982", False),  # the convention's own year: part of its name
        ("UNCLOS", " (1994)", "1994", False),  # a bracketed year stays the name's
        ("NO_SUCH_CODE", " năm 1994", "1994", False),  # an instrument of unknown year: as before
    ],
)
def test_act_year_after_name(code: str, tail: str, value: str, act: bool) -> None:
    from doingoai.extract.dates_terms import act_year_after_name

    assert act_year_after_name(code, tail, value) is act


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("Việt Nam phê chuẩn Công ước khung của Liên Hợp Quốc về biến đổi khí hậu năm 1994.", "1994"),
        ("Việt Nam phê chuẩn Công ước của Liên Hợp Quốc về Luật Biển năm 1994.", "1994"),
        # negative twin: the year after the name is the convention's own; the act's is the opening year
        ("Năm 1994, Việt Nam phê chuẩn Công ước của Liên Hợp Quốc về Luật Biển năm 1982.", "1994"),
    ],
)
def test_ratification_year_after_a_dated_name(sentence: str, date: str) -> None:
    got = _events(sentence + "\n")
    assert any(k == K.AGREEMENT_RATIFY.value and d == date for k, d, _ in got), got
