"""An unstated side is Vietnam ("ta") only in a text that names Vietnam somewhere (or is a task list,
or is a sentence or two quoted alone): a Vietnamese text about other countries has no unstated "ta"."""

from __future__ import annotations

from doingoai.pipeline import extract_text

_ABOUT_OTHERS = (
    "Đế quốc Đức được thành lập năm 1871. Những người theo Đảng Cộng hòa ban đầu chống đối đế chế, "
    "sau đó ủng hộ khi Đức bắt đầu xây dựng đế chế thuộc địa của riêng mình. Nghị viện bàn cãi nhiều năm. "
    "Ngân sách quân sự tăng nhanh trong thập niên 1890. Các cuộc tranh luận kéo dài đến năm 1914."
)


def _with_vnm(text: str) -> list:
    return [e for e in extract_text(text, "t.txt").events if "VNM" in (*e.actors, *e.recipients)]


def test_a_text_about_other_countries_gives_vietnam_no_unstated_part():
    assert _with_vnm(_ABOUT_OTHERS) == []


def test_a_longer_text_naming_vietnam_keeps_the_unstated_side():
    text = (
        "Quan hệ Việt Nam – Lào được xây dựng từ những năm 1930. Hai nước thiết lập quan hệ ngoại giao năm 1962. "
        "Thời kỳ sau năm 1975 mở ra giai đoạn mới. Năm 1977, ký Hiệp ước Hữu nghị và Hợp tác với Lào. "
        "Từ đó, hợp tác được mở rộng."
    )
    got = _with_vnm(text)
    assert ("agreement.sign", "1977") in [(e.kind.value, e.date) for e in got]


def test_a_sentence_alone_and_a_task_list_keep_their_unstated_side():
    assert _with_vnm("Ký Hiệp định Hữu nghị và Hợp tác với Lào năm 1977.")
    tasks = (
        "BÁO CÁO\n\nI. KẾT QUẢ\n\nNăm 2021, công tác đối ngoại đạt nhiều kết quả. Các đoàn đã đi công tác. "
        "Nhiều hội nghị được tổ chức trực tuyến. Công tác lễ tân bảo đảm.\n\n"
        "II. NHIỆM VỤ NĂM 2022\n\n1. Phối hợp với Lào tổ chức kỷ niệm quan hệ ngoại giao.\n"
    )
    assert _with_vnm(tasks)
