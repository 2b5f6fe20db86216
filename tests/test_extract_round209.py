"""Round 209 (session 23): a two-column journal PDF's paragraphs, notes and first body line; delegations coming
in a table that tells both ways; a calendar's SUMMARY lines as the entries' own acts.

Texts and files written for these tests (the PDF made here with fpdf2); whole pipeline, learned reading off.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from doingoai.export import parse_dict
from doingoai.pipeline import extract_file, parse_file, parse_text
from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone


# -- PDF: a paragraph's space after, smaller than 1.6 line pitches, parts paragraphs ---------------------------


def _spaced_pdf(path: Path) -> Path:
    from fpdf import FPDF

    from doingoai.testing.render import find_font

    pdf = FPDF(format="A4")
    pdf.add_font("body", "", str(find_font()))
    pdf.set_font("body", size=10)
    pdf.add_page()
    paragraphs = (
        (
            "Hai nước thiết lập quan hệ ngoại giao từ lâu và",
            "duy trì trao đổi đoàn các cấp rất đều đặn hằng năm.",
        ),
        (
            "Năm 2020, hai bên ký kết một hiệp định mới về",
            "thương mại và đầu tư giữa hai nước trong khu vực.",
        ),
    )
    for lines in paragraphs:
        for line in lines:
            pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.2)  # a space after the paragraph: 1.44 line pitches from baseline to baseline
    return Path(pdf.output(str(path)) or path)


def test_a_paragraph_space_after_parts_the_paragraphs(tmp_path: Path) -> None:
    d = parse_dict(parse_file(_spaced_pdf(tmp_path / "spaced.pdf")))
    texts = [b["text"] for b in d["blocks"] if b["type"] == "paragraph"]
    assert texts == [
        "Hai nước thiết lập quan hệ ngoại giao từ lâu và duy trì trao đổi đoàn các cấp rất đều đặn hằng năm.",
        "Năm 2020, hai bên ký kết một hiệp định mới về thương mại và đầu tư giữa hai nước trong khu vực.",
    ]


# -- structure: a narrow column under a wide abstract; notes far below the text ---------------------------------

_ARTICLE = (
    "QUAN HỆ HỢP TÁC GIỮA CÁC ĐỊA PHƯƠNG\n\n"
    "Tóm tắt: Bài viết tóm lược quá trình hợp tác giữa các địa phương của hai nước trong ba thập kỷ qua,\n"
    "nêu những kết quả chính về thương mại, giáo dục và giao lưu nhân dân giữa các thành phố kết nghĩa.\n\n\n"
    "1. Mở đầu\n\n"
    "Trong số các nước châu Âu, Cộng hòa\n"
    "Séc là một trong những nước có cộng đồng\n"
    "người Việt đông đảo và gắn bó lâu dài.\n"
)


def test_a_narrow_column_under_a_wide_abstract_is_no_heading() -> None:
    d = parse_dict(parse_text(_ARTICLE, fmt="pdf"))
    blocks = [(b["type"], b["text"]) for b in d["blocks"]]
    assert (
        "paragraph",
        "Trong số các nước châu Âu, Cộng hòa Séc là một trong những nước có cộng đồng người Việt đông đảo"
        " và gắn bó lâu dài.",
    ) in blocks


_TWO_PAGES = (
    "HỢP TÁC GIÁO DỤC GIỮA HAI NƯỚC\n\n"
    "Hai nước duy trì trao đổi sinh viên từ nhiều năm nay.\n\n"
    "Hợp tác giáo dục được mở rộng qua nhiều chương trình học bổng. Trong khi đó, việc hai trường ký\n"
    "\n\n"
    "¹ Chương trình này được khởi động từ năm 2005.\n"
    "² Số liệu của Bộ Giáo dục và Đào tạo.\n"
    "\f"
    "thỏa thuận liên kết đào tạo đã mở thêm một kênh hợp tác mới giữa hai nước.\n"
)


def test_notes_far_below_the_text_stay_out_of_the_paragraph_it_breaks() -> None:
    d = parse_dict(parse_text(_TWO_PAGES, fmt="pdf"))
    paragraphs = [b["text"] for b in d["blocks"] if b["type"] == "paragraph"]
    assert (
        "Hợp tác giáo dục được mở rộng qua nhiều chương trình học bổng. Trong khi đó, việc hai trường ký thỏa"
        " thuận liên kết đào tạo đã mở thêm một kênh hợp tác mới giữa hai nước."
    ) in paragraphs
    assert [b["type"] for b in d["blocks"] if "2005" in b["text"]] == ["footnote"]


# -- a table of delegations under a caption telling both ways ---------------------------------------------------


def _report(path: Path, caption: str, column: str) -> Path:
    from docx import Document

    doc = Document()
    doc.add_paragraph("UBND TỈNH BÌNH ĐỊNH")
    doc.add_paragraph("SỞ NGOẠI VỤ")
    doc.add_paragraph("Bình Định, ngày 10 tháng 12 năm 2024")
    doc.add_paragraph("BÁO CÁO")
    doc.add_paragraph("Kết quả công tác đối ngoại năm 2024")
    doc.add_paragraph(caption)
    rows = (
        ("STT", "Thời gian", column, "Nội dung"),
        ("1", "03/2024", "Tàu huấn luyện Hải quân Hàn Quốc", "Thăm xã giao Cảng Quy Nhơn."),
        ("2", "05/2024", "Đoàn công tác của tỉnh", "Thăm Lào, trao đổi về hợp tác nông nghiệp."),
        ("3", "09/2024", "Đoàn doanh nghiệp Xin-ga-po", "Khảo sát cơ hội đầu tư tại khu kinh tế."),
    )
    table = doc.add_table(rows=len(rows), cols=4)
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            table.cell(r, c).text = cell
    doc.add_paragraph("Trên đây là báo cáo kết quả công tác đối ngoại năm 2024 của Sở Ngoại vụ.")
    doc.save(str(path))
    return path


_BOTH = "Trong năm, Sở tham mưu đón 5 đoàn nước ngoài và cử 2 đoàn của tỉnh đi công tác nước ngoài như sau:"


def _visits(path: Path) -> list[tuple[list[str], list[str]]]:
    doc = extract_file(path)
    return sorted((list(e.actors), list(e.recipients)) for e in doc.events if e.kind is K.VISIT)


def test_delegations_of_both_ways_each_by_its_own_row(tmp_path: Path) -> None:
    got = _visits(_report(tmp_path / "both.docx", _BOTH, "Đoàn"))
    assert (["KOR"], ["VNM"]) in got  # the Korean ship came (not Vietnam's visit to Korea)
    assert (["SGP"], ["VNM"]) in got
    assert (["VNM"], ["LAO"]) in got  # the province's own delegation went
    assert (["VNM"], ["KOR"]) not in got and (["VNM"], ["SGP"]) not in got


def test_a_partner_column_under_both_ways_tells_no_direction(tmp_path: Path) -> None:
    got = _visits(_report(tmp_path / "partner.docx", _BOTH, "Đối tác"))
    assert (["SGP"], ["VNM"]) not in got  # a partner may have hosted a delegation going


# -- a calendar's SUMMARY: the entry's own act ---------------------------------------------------------------------

_ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//vi\r\nX-WR-CALNAME:Lịch đối ngoại thành phố Hải Phòng, Việt Nam, tháng 4/2025\r\n"
    "BEGIN:VEVENT\r\nUID:a1\r\nDTSTAMP:20250301T000000Z\r\nDTSTART:20250408T090000\r\nDTEND:20250408T100000\r\n"
    "SUMMARY:Tiếp Đại sứ Niu Di-lân\r\nDESCRIPTION:Trao đổi về hợp tác giáo dục nghề.\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:a2\r\nDTSTAMP:20250301T000000Z\r\nDTSTART:20250415T140000\r\nDTEND:20250415T160000\r\n"
    "SUMMARY:Ký biên bản ghi nhớ hợp tác với tỉnh Khăm Muộn (Lào)\r\nDESCRIPTION:Thời hạn 5 năm.\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)


def test_a_calendar_summary_is_the_entry_s_act(tmp_path: Path) -> None:
    path = tmp_path / "lich.ics"
    path.write_bytes(_ICS.encode("utf-8"))
    doc = extract_file(path)
    got = {(e.kind, e.actors, e.recipients, e.date) for e in doc.events}
    assert (K.CONSULT, ("VNM",), ("NZL",), "2025-04-08") in got
    assert any(k is K.AGREEMENT_SIGN and "LAO" in a + r and d == "2025-04-15" for k, a, r, d in got)


def test_a_news_heading_with_vietnam_unnamed_still_needs_its_body() -> None:
    text = "Tiếp Đại sứ Niu Di-lân\n\nHai bên trao đổi về giáo dục nghề nghiệp trong năm tới.\n"
    assert not [e for e in asserted_events(text) if e.kind is K.CONSULT and e.recipients == ("NZL",)]
