"""Round 21 (session 7), event dates: a report signed on a day dates its undated results by the period its title
names; "tháng trước" / "tháng này" count from the document's date past a term or a bracketed date told before."""

from __future__ import annotations

import pytest

from doingoai.extract.dates import dates_in
from doingoai.extract.dates_period import reported_period
from doingoai.model import EventKind as K
from doingoai.model import Status as S
from doingoai.pipeline import extract_text


def _report(title: str, place_date: str, items: list[str], issuer: str = "UBND TỈNH LẠNG SƠN") -> str:
    body = "\n\n".join(f"{i + 1}. {t}" for i, t in enumerate(items))
    return (
        f"{issuer}\n\nSỞ NGOẠI VỤ\n\nSố: 88/BC-SNgV\n\n{place_date}\n\nBÁO CÁO\n\n{title}\n\n"
        f"I. KẾT QUẢ ĐẠT ĐƯỢC\n\n{body}\n\nGIÁM ĐỐC\n\n(Đã ký)\n\nNguyễn Văn A\n"
    )


def _events(text: str) -> list[tuple[str, tuple[str, ...], str, str]]:
    doc = extract_text(text)
    return [(e.kind.value, e.recipients, e.date, e.status.value) for e in doc.events]


@pytest.mark.parametrize(
    ("title", "place_date", "item", "expected"),
    [
        (  # a half-year: the results happened in it
            "Kết quả công tác đối ngoại 6 tháng đầu năm 2022",
            "Lạng Sơn, ngày 20 tháng 6 năm 2022",
            "Tỉnh trao tặng tỉnh Quảng Tây 200 suất học bổng cho sinh viên Trung Quốc.",
            (K.AID.value, ("CHN",), "2022-H1", S.OCCURRED.value),
        ),
        (  # a quarter: its three months (SCHEMA.md writes no quarter: an interval)
            "Kết quả công tác đối ngoại quý II năm 2021",
            "Điện Biên, ngày 30 tháng 6 năm 2021",
            "Tỉnh hỗ trợ tỉnh Savannakhet (Lào) 2 tỷ đồng xây dựng trạm y tế.",
            (K.AID.value, ("LAO",), "2021-04/2021-06", S.OCCURRED.value),
        ),
        (  # a year's report signed early the next year
            "Tổng kết công tác đối ngoại năm 2023 và nhiệm vụ năm 2024",
            "Nghệ An, ngày 12 tháng 1 năm 2024",
            "Tỉnh trao tặng tỉnh Xiêng Khoảng (Lào) 1 tỷ đồng xây dựng trường học.",
            (K.AID.value, ("LAO",), "2023", S.OCCURRED.value),
        ),
        (  # a relation kept up through the period: ongoing, dated by it
            "Kết quả công tác đối ngoại 6 tháng cuối năm 2020",
            "An Giang, ngày 15 tháng 12 năm 2020",
            "Tỉnh tiếp tục duy trì quan hệ hữu nghị với tỉnh Ta-keo (Cam-pu-chia).",
            (K.RELATIONS.value, ("KHM",), "2020-H2", S.ONGOING.value),
        ),
        (  # "hiện": a standing state, undated
            "Kết quả công tác đối ngoại 6 tháng đầu năm 2022",
            "Lạng Sơn, ngày 20 tháng 6 năm 2022",
            "Tỉnh hiện duy trì quan hệ hợp tác với tỉnh Hủa Phăn (Lào).",
            (K.RELATIONS.value, ("LAO",), "", S.ONGOING.value),
        ),
    ],
)
def test_a_reports_undated_results_take_its_period(title, place_date, item, expected):
    assert expected in _events(_report(title, place_date, [item]))


@pytest.mark.parametrize(
    ("title", "place_date"),
    [
        ("Tổng kết công tác đối ngoại năm 2019", "Lạng Sơn, ngày 12 tháng 9 năm 2021"),  # signed long after
        ("Kế hoạch công tác đối ngoại năm 2022", "Lạng Sơn, ngày 20 tháng 12 năm 2021"),  # a plan, before it
    ],
)
def test_a_period_not_reported_on_dates_nothing(title, place_date):
    item = "Tỉnh trao tặng tỉnh Xiêng Khoảng (Lào) 1 tỷ đồng xây dựng trường học."
    got = [e for e in _events(_report(title, place_date, [item])) if e[0] == K.AID.value]
    assert got and all(e[2] == "" for e in got)


@pytest.mark.parametrize(
    ("meta", "titles", "expected"),
    [
        (
            "2024-07-05",
            [("báo cáo kết quả công tác đối ngoại 6 tháng đầu năm 2024", [(50, "2024-H1")])],
            "2024-H1",
        ),
        ("2023-09-28", [("báo cáo công tác biên giới quý iii năm 2023", [(30, "2023-Q3")])], "2023-Q3"),
        (
            "2025-01-10",
            [("kết luận về công tác đối ngoại năm 2024 và nhiệm vụ năm 2025", [(30, "2024"), (55, "2025")])],
            "2024",
        ),
        (
            "2024-11-25",
            [("báo cáo công tác năm 2024 và nhiệm vụ năm 2025", [(21, "2024"), (42, "2025")])],
            "2024",
        ),
        # not: signed before the period, long after it, no report word, a task's date first, no day to compare
        ("2023-12-20", [("báo cáo công tác năm 2024", [(21, "2024")])], ""),
        ("2021-09-12", [("tổng kết công tác năm 2019", [(22, "2019")])], ""),
        ("2019-09-12", [("thông báo về công tác chuẩn bị năm chủ tịch asean 2019", [(50, "2019")])], ""),
        ("2024-03-01", [("báo cáo nhiệm vụ năm 2024", [(21, "2024")])], ""),
        ("2024", [("báo cáo công tác năm 2024", [(21, "2024")])], ""),
    ],
)
def test_reported_period(meta, titles, expected):
    assert reported_period(meta, titles) == expected


@pytest.mark.parametrize(
    ("text", "base", "expected"),
    [
        # a date in brackets (an anniversary's) or a term told before is no episode the text goes on from
        (
            "Năm ngoái, nhân kỷ niệm 30 năm quan hệ (15/3/1992 – 15/3/2022), hai nước tổ chức nhiều hoạt động. "
            "Tháng trước, Thủ tướng Lào thăm Thái Lan.",
            "2023-05-10",
            "2023-04",
        ),
        (
            "Ấn Độ được bầu làm Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2021 – 2022 vào đầu tháng này.",
            "2020-06-30",
            "2020-06",
        ),
        (
            "Hai bên ký bản ghi nhớ hợp tác giai đoạn 2024 – 2028. Tháng trước, đoàn Bộ Ngoại giao thăm Mông Cổ.",
            "2024-03-02",
            "2024-02",
        ),
    ],
)
def test_relative_months_past_asides_and_terms(text, base, expected):
    assert expected in [d.value for d in dates_in(text, base)]


@pytest.mark.parametrize(
    "text",
    [
        "Tháng 3/1979 quân đội rút về. Tháng trước, hai bên đã họp.",  # a narrative's own month
        "Năm 2015, hai nước ký hiệp định (thỏa thuận khung). Tháng trước, hai bên đã họp.",
    ],
)
def test_a_narratives_month_still_anchors(text):
    values = [d.value for d in dates_in(text, "2020-10-05")]
    assert "2020-09" not in values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hỏi đáp đối ngoại\nNgày đăng: 01/3/2016 – Chuyên mục: Hỏi đáp\n\nHỏi: Việt Nam ...", "2016-03-01"),
        ("Bản tin đối ngoại\nCập nhật: tháng 3/2019\n\nNăm ngoái, ...", "2019-03"),
        ("Bách khoa thư – mục từ, cập nhật tháng 5/2020\n\nIn-đô-nê-xi-a ...", "2020-05"),
        ("Tin tức\nCập nhật lúc 08:30, ngày 7/11/2022\n\nHôm qua, ...", "2022-11-07"),
        (
            "NGHỊ QUYẾT\nVề việc phê chuẩn Hiệp định ... năm 2005\n\nĐiều 1. ...\n\n"
            "Nghị quyết này đã được Quốc hội khóa XII thông qua ngày 15 tháng 11 năm 2007.\n",
            "2007-11-15",
        ),
        (
            "TUYÊN BỐ CHUNG\n\n1. Hai bên ...\n\nTuyên bố chung được ký tại Bra-xi-li-a ngày 8/3/2024.\n",
            "2024-03-08",
        ),
        # not: a year only, an update line far down the page, an adoption of something else
        ("Bản tin\nCập nhật năm 2019\n\n...", ""),
        ("Bản tin\n\n" + "Câu chuyện. " * 100 + "\nCập nhật: 3/4/2019\n", ""),
        ("Hai bên ... Thỏa thuận Paris, được thông qua ngày 12/12/2015 tại Hội nghị COP21.", ""),
    ],
)
def test_the_documents_own_date_line(text, expected):
    from doingoai.extract.dates_period import own_date_line

    assert own_date_line(text) == expected


def test_a_paragraph_opening_on_a_relative_year_after_a_line_ending_on_a_figure():
    text = "Bản tin đối ngoại\nCập nhật: tháng 3/2019\n\nNăm ngoái, Việt Nam và Pháp ký hiệp định hợp tác quốc phòng."
    assert "2018" in [d.value for d in dates_in(text, "2019-03")]
    # a count still makes a span, across a soft line wrap too
    assert dates_in("Trong 30\nnăm qua, hai nước hợp tác.", "2019-03") == []
    assert dates_in("Trong 30 năm qua, hai nước hợp tác.", "2019-03") == []
    doc = extract_text(text)
    assert [(e.kind, e.date) for e in doc.events] == [(K.AGREEMENT_SIGN, "2018")]


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # the object's own origin, told by a participle without a comma, does not date the act on it
        (
            "Hà Nội, ngày 14 tháng 11 năm 2016\n\nẤn Độ và Nhật Bản nhất trí tăng cường quan hệ Đối tác toàn cầu "
            "đã được xác lập năm 2014.",
            K.RELATIONS,
            "2016-11-14",
        ),
        (
            "Hà Nội, ngày 5 tháng 9 năm 2021\n\nHai nước Lào và Cam-pu-chia nhất trí làm sâu sắc quan hệ hợp tác "
            "được thiết lập năm 1962.",
            K.RELATIONS,
            "2021-09-05",
        ),
        # a founding member: the organisation's founding dates the membership (no origin skipped)
        (
            "Thái Lan là một trong những thành viên sáng lập ASEAN, tổ chức khu vực được thành lập năm 1967.",
            K.MEMBERSHIP_JOIN,
            "1967",
        ),
    ],
)
def test_an_objects_origin_is_not_the_acts_date(text, kind, expected):
    got = [e.date for e in extract_text(text).events if e.kind is kind]
    assert got and got[0] == expected


@pytest.mark.parametrize(
    ("phrase", "anchor", "expected"),
    [
        ("năm ngoái", "2025-01-10", "2024"),
        ("Năm trước", "2025-01-10", "2024"),
        ("năm nay", "2020-H1", "2020"),
        ("năm tới", "2019", "2020"),
        ("năm sau", "2019-12-31", "2020"),
        ("tháng trước", "2025-01-10", "2024-12"),
        ("tháng sau", "2023-12", "2024-01"),
        ("tháng này", "2021-06-28", "2021-06"),
        ("hôm qua", "2023-03-01", "2023-02-28"),
        ("thời gian tới", "2020-H1", "2020-H2"),
        ("tháng trước", "2023", ""),  # a month needs a document dated to the month
        ("năm ngoái", "", ""),
    ],
)
def test_one_resolver_for_relative_phrases(phrase, anchor, expected):
    from doingoai.extract.dates import relative_date

    assert relative_date(phrase, anchor) == expected


def test_the_answers_read_relative_phrases_with_the_same_resolver():
    from doingoai.answer.relative import resolved

    assert resolved("Năm ngoái, hai bên ký; tháng trước, hai bên họp.", "2025-01-10") == (
        " năm 2024 tháng 12/2024 năm 2024"
    )
    assert resolved("Năm sau, hai nước bình thường hóa quan hệ.", "2020-05-01") == ""  # the story's next year
