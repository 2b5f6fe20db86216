"""Running headers whose page number stands at the left on even pages and at the right on odd ones."""

from __future__ import annotations

from doingoai.pipeline import parse_text

BODY = (
    "Quan hệ hai nước phát triển mạnh mẽ trong nhiều lĩnh vực, từ chính trị, kinh tế đến văn hóa và giáo dục,\n"
    "đặc biệt sau khi hai bên ký Hiệp định về phân định ranh\n"
)


def test_a_piped_page_number_on_either_side_is_one_running_header():
    text = (
        "TẠP CHÍ NGHIÊN CỨU QUỐC TẾ | Số 3 (120) – 2020 | 23\n\nQUAN HỆ HAI NƯỚC\n\nNguyễn Văn An\n\n"
        + BODY
        + "\f24 | TẠP CHÍ NGHIÊN CỨU QUỐC TẾ | Số 3 (120) – 2020\n\n"
        "giới thềm lục địa năm 2003, mở ra giai đoạn hợp tác mới giữa hai nước trong khu vực.\n"
    )
    doc = parse_text(text, "journal.txt")
    assert "TẠP CHÍ" not in doc.text
    assert "phân định ranh giới thềm lục địa" in doc.text
    assert len(doc.meta["removed_lines"]) == 2
