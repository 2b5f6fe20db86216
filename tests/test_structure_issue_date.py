"""A document's own date from its journal issue line (structure/issue_date.py), and what the events stage
reads from a date known only to the year."""

from __future__ import annotations

import pytest

from doingoai.extract.dates import dates_in, relative_date
from doingoai.pipeline import extract_text, parse_file, parse_text
from doingoai.structure.issue_date import issue_date, line_date


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("NGHIÊN CỨU ĐÔNG NAM Á | Số 1 (262) – 2022", "2022"),
        ("Tạp chí Nghiên cứu Quốc tế, Số 3 năm 2024", "2024"),
        ("Tạp chí Cộng sản số 1.045 (tháng 9/2024)", "2024-09"),
        ("TẠP CHÍ CỘNG SẢN SỐ 1.045 (THÁNG 9/2024)", "2024-09"),
        ("Số 3/2022", "2022"),  # issue 3 of 2022: a number, not a month
        ("Số 5 (225) – 2024", "2024"),
        (
            "Kỷ yếu Hội thảo khoa học quốc gia “Ngoại giao nước và phát triển bền vững”, Cần Thơ 2022 – 117",
            "2022",
        ),
        ("26 Tập 31 số 10 kì 3 (tháng 10/2025)", "2025-10"),
        ("Tạp chí Cộng sản, số 950 (10/2020)", "2020-10"),
        ("Bản tin Đối ngoại, Quý II/2023", "2023"),  # a quarter: its year (SCHEMA.md has no quarters)
        ("Tạp chí Nghiên cứu Bắc Âu, số 4 (31), 2019              86", "2019"),
        ("24 | NGHIÊN CỨU ĐÔNG NAM Á | Số 12 (189) – 2015", "2015"),
        ("Asian Affairs, Vol. 5, No. 2, 2019", "2019"),
        ("45 - NGHIÊN CỨU QUỐC TẾ, Số 3 (2024)", "2024"),
        ("Tạp chí Khoa học, ISSN 1859-2015, số 2 (2020)", "2020"),
        ("Journal of Asian Studies, Vol. 5, No. 2, March 2019", "2019-03"),
        ("Tạp chí Châu Phi ngày nay, tháng 3/2024", "2024-03"),
        ("Kỷ yếu Hội thảo “ASEAN 2025: tầm nhìn mới”, Hà Nội 2023", "2023"),  # not the name's year
        # the issue's date, not a reprint's; a count of copies is no year (each with its twin)
        ("Số 950 (10/2020), tái bản 2021", "2020-10"),
        ("Tạp chí Cộng sản, số 5 (2019), in lần thứ hai năm 2021", "2019"),
        ("Journal of Asian Studies, Vol. 5, No. 2, 2019, reprinted 2021", "2019"),
        ("Số 950 (10/2020), 2021", "2021"),  # twin: two years and no reprint, the last (a place-date's)
        ("Tạp chí Nghiên cứu Quốc tế số 3 (2020), in 2000 bản", "2020"),
        ("Tạp chí Cộng sản, số 3 năm 2019, 2000 bản", "2019"),
        ("Tạp chí Xưa và Nay, số 3, 2020 bản tiếng Anh", "2020"),  # twin: "bản tiếng Anh", an edition
        (
            "Tạp chí Xưa và Nay, in lần thứ nhất, số 3 năm 2019",
            "2019",
        ),  # twin: the first printing is the issue
    ],
)
def test_issue_lines_give_the_issue_date(line, date):
    assert line_date(line) == date


@pytest.mark.parametrize(
    "line",
    [
        "(Bộ Ngoại giao, 2015)",  # a citation
        "(Tạp chí Cộng sản, 2015)",
        "QUAN HỆ VIỆT NAM – LÀO GIAI ĐOẠN 2011–2020",  # a title's period
        "Tạp chí Nghiên cứu Quốc tế, số 3, tr. 2015",  # a page
        "Tạp chí Đông Nam Á, số 2, 2011-2020",  # a range
        "Số: 950/2009/QĐ-CTN",  # a document's number
        "Luật số 05/2022/QH15",
        "Nghị quyết số 22 năm 2013",
        "QUÁN TRIỆT CHỈ THỊ SỐ 25-CT/TW VỀ ĐỐI NGOẠI ĐA PHƯƠNG ĐẾN NĂM 2030",
        "¹ Việt Nam là ủy viên nhiệm kỳ 2020 – 2021, Mê-hi-cô nhiệm kỳ 2021",  # a term, not an issue
        "Năm 2017, hai nước tổ chức Năm Đoàn kết hữu nghị Việt Nam – Lào.",  # running text
        "Bài đăng trên Tạp chí Cộng sản số 5 năm 2020.",  # a sentence
        "Kỷ yếu Hội thảo khoa học “Việt Nam – Bắc Âu: 50 năm hợp tác”    57",  # no year
        "Hà Nội, ngày 3 tháng 2 năm 2020",  # a dateline (preamble_parts reads it)
        "tháng 3/2024",  # a month, but no journal and no issue mark
        "Tạp chí Quốc phòng toàn dân, đến năm 2030",  # a target
        "Tạp chí Khoa học Xã hội – ISSN 1859-2015",  # a serial number
        "Tạp chí Nghiên cứu Quốc tế, số 3, tái bản 2021",  # only a reprint's year: the issue's is not given
        "Bản tin Đối ngoại số 12, in 2000 bản",  # only a count of copies
        "",
    ],
)
def test_other_lines_give_no_date(line):
    assert line_date(line) == ""


def test_the_year_most_lines_give_with_a_month_when_one_gives_it():
    assert issue_date(["15", "Tạp chí X, số 4 (2020)", "16", "Tạp chí X, số 4 (tháng 4/2020)"]) == "2020-04"
    assert (
        issue_date(["Tạp chí X, số 4 (2020)", "Tạp chí X, số 4 (2020) 17", "Tạp chí Y, số 2 (2018)"])
        == "2020"
    )
    assert issue_date(["15", "QUAN HỆ VIỆT NAM – LÀO"]) == ""


HEADER = "NGHIÊN CỨU ĐÔNG NAM Á | Số 1 (262) – 2022"
PAGES = [
    "QUAN HỆ VIỆT NAM – LÀO GIAI ĐOẠN 2011–2020\n\nNguyễn Văn An\nViện Nghiên cứu Đông Nam Á\n\n"
    "Tóm tắt: Bài viết phân tích quan hệ Việt Nam – Lào giai đoạn 2011–2020.\n"
    "Từ khóa: Việt Nam; Lào; quan hệ đặc biệt.\n\n1. Mở đầu\n"
    "Năm 2017, hai nước tổ chức Năm Đoàn kết hữu nghị Việt Nam – Lào. Theo Bộ Ngoại\n"
    "giao, quan hệ hai nước “ngày càng đi vào chiều sâu” (Bộ Ngoại giao, 2015, tr. 12).\n"
    "Năm ngoái, hai bên ký nhiều văn kiện hợp tác.\n\n15",
    f"{HEADER}\n\nTháng trước, hai Bộ trưởng Ngoại giao hội đàm tại Viêng Chăn. Năm nay, hai bên tiếp\n"
    "tục triển khai các thỏa thuận đã ký. Năm tới, Việt Nam sẽ đăng cai kỳ họp Ủy ban liên\n"
    "Chính phủ.\n\n16",
    f"{HEADER}\n\n2. Kết luận\nQuan hệ hai nước tiếp tục phát triển tốt đẹp trong những năm tới,\n"
    "đóng góp vào hòa bình và ổn định ở khu vực.\n\n17",
]
ARTICLE = "\n\f".join(PAGES)  # PDF-like text: the issue line only in the running headers


def test_a_pdf_like_article_is_dated_by_its_running_header():
    doc = parse_text(ARTICLE)
    assert HEADER in doc.meta["removed_lines"] and HEADER not in doc.text
    assert doc.meta["date"] == "2022"  # not 2011/2020 (the title), 2015 (a citation) nor 2017 (the text)


def test_a_rendered_pdf_is_dated_by_its_running_header(tmp_path):
    pytest.importorskip("fpdf")
    from doingoai.testing.render import find_font, text_to_pdf

    try:
        find_font()
    except RuntimeError:
        pytest.skip("no font with Vietnamese glyphs")
    path = text_to_pdf(ARTICLE, tmp_path / "article.pdf")
    doc = parse_file(path)
    assert any("2022" in t for t in doc.meta["removed_lines"])
    assert doc.meta["date"] == "2022"


def test_an_issue_line_once_above_the_title():
    body = (
        "\n\nQUAN HỆ VIỆT NAM – CU-BA TRONG THỜI KỲ MỚI\n\nTrần Văn Bình\nHọc viện Ngoại giao\n\n"
        "1. Mở đầu\nNăm nay, hai nước kỷ niệm 64 năm thiết lập quan hệ ngoại giao (Lê Văn Hùng, 2019).\n"
    )
    assert parse_text("Tạp chí Cộng sản số 1.045 (tháng 9/2024)" + body).meta["date"] == "2024-09"
    assert parse_text("Tạp chí Nghiên cứu Quốc tế, Số 3 năm 2024" + body).meta["date"] == "2024"
    assert parse_text("Tạp chí Cộng sản số 950 (10/2020), tái bản 2021" + body).meta["date"] == "2020-10"
    assert parse_text("Tạp chí Cộng sản số 950 (2020), in 2000 bản" + body).meta["date"] == "2020"
    assert "date" not in parse_text(body.lstrip()).meta  # no issue line: no date from the citation


def test_a_dateline_is_kept_over_an_issue_line():
    text = "Hà Nội, ngày 15 tháng 7 năm 2020\n\n" + ARTICLE
    assert parse_text(text).meta["date"] == "2020-07-15"


def test_the_seed_article_is_dated_by_its_issue(seed_article):
    assert parse_file(seed_article).meta["date"] == "2025-10"  # "26 Tập 31 số 10 kì 3 (tháng 10/2025)"


def test_a_year_dates_relative_years_but_no_month():
    assert relative_date("năm nay", "2022") == "2022"
    assert relative_date("năm ngoái", "2022") == "2021"
    assert relative_date("năm tới", "2022") == "2023"
    assert relative_date("tháng trước", "2022") == ""  # a month of a document dated by its year: unknown
    assert relative_date("tháng trước", "2022-09") == "2022-08"
    found = {d.value for d in dates_in("Tháng trước, hai bên hội đàm. Năm nay, hai bên hợp tác.", "2022")}
    assert found == {"2022"}


def test_events_read_against_the_issue_year():
    doc = extract_text(ARTICLE)
    assert doc.meta["date"] == "2022"

    def told(words: str) -> list[tuple[str, str, str]]:
        return [
            (e.kind.value, e.date, e.status.value)
            for e in doc.events
            if any(doc.text[s.start : s.end].startswith(words) for s in e.evidence)
        ]

    assert ("agreement.sign", "2021", "occurred") in told("Năm ngoái")
    assert ("host", "2023", "planned") in told("Năm tới")
    assert not any(e.date.startswith("2022-") for e in doc.events)  # "Tháng trước": no month made up


def test_a_title_since_a_year_is_no_document_date():
    text = (
        "CHƯƠNG 3. QUAN HỆ VIỆT NAM – ÁC-HEN-TI-NA TỪ\nNĂM 1973 ĐẾN NAY\n\nHoàng Văn Thịnh\n\n"
        "3.1. Triển vọng\nHai bên phấn đấu mở rộng thương mại song phương trong những năm tới.\n"
    )
    doc = extract_text(text)
    assert not doc.meta.get("date")  # the topic's start, not when the text was written
    assert all(e.date != "1973" for e in doc.events)
