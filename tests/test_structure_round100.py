"""Round 100 (session 17): structure of new document shapes — a press briefing's speaker labels standing
over their turns, a speech's run of long salutations, a chronology's period headings and its wrapped bulleted
entries, entries dated across two months, a textbook's boxes (a drawn border, a label in capitals). Every text
here was written for these tests, with a negative twin where a rule must not fire."""

from __future__ import annotations

from doingoai.model import BlockType
from doingoai.structure import boxes, chronology, speech
from structure_helpers import blocks, of_type, structure

# -- a press briefing: the speaker's label alone on its line, the turn under it -----------------------------

BRIEFING = """Họp báo thường kỳ của Bộ Ngoại giao

Chiều nay, Người Phát ngôn Bộ Ngoại giao chủ trì họp báo thường kỳ.

Phóng viên báo Nhân Dân hỏi:
Bộ Ngoại giao có thông tin gì về chuyến thăm sắp tới của Tổng thống Pháp?

Người Phát ngôn Phạm Thu Hằng:
Tổng thống Pháp sẽ thăm chính thức Việt Nam vào đầu tháng tới theo lời mời của Chủ tịch nước.
"""


def test_speaker_label_joins_its_turn():
    doc = structure(BRIEFING)
    paras = of_type(doc, BlockType.PARAGRAPH)
    assert (
        "Phóng viên báo Nhân Dân hỏi: Bộ Ngoại giao có thông tin gì về chuyến thăm sắp tới của Tổng thống Pháp?"
        in paras
    )
    assert any(p.startswith("Người Phát ngôn Phạm Thu Hằng: Tổng thống Pháp sẽ thăm") for p in paras)
    assert not of_type(doc, BlockType.HEADING)


def test_lead_in_is_no_speaker_label():
    assert speech.speaker_label("Phóng viên hãng Reuters hỏi:")
    assert speech.speaker_label("Người Phát ngôn Phạm Thu Hằng:")
    assert not speech.speaker_label("Hội nghị đã thông qua các văn kiện quan trọng sau đây:")
    assert not speech.speaker_label("Người phát ngôn nói rằng:")  # no name, a clause
    text = "Phóng viên báo Nhân Dân hỏi:\n\nBộ Ngoại giao có thông tin gì về chuyến thăm này?\n"
    assert len(structure(text).blocks) == 2  # a blank line parts them: left as written


# -- a speech: a run of salutations, one a line, however long -------------------------------------------------

SPEECH = """Kính thưa Ngài Trưởng đoàn Ngoại giao các nước Mỹ La-tinh tại Hà Nội,
Kính thưa các vị Đại sứ, Đại biện và Trưởng đại diện các tổ chức quốc tế tại Việt Nam,
Thưa Quý vị và các bạn,

Thay mặt Bộ Ngoại giao, tôi xin gửi lời chào mừng nồng nhiệt tới Quý vị.
"""


def test_salutation_run_one_a_line():
    doc = structure(SPEECH)
    paras = of_type(doc, BlockType.PARAGRAPH)
    assert paras[:3] == [
        "Kính thưa Ngài Trưởng đoàn Ngoại giao các nước Mỹ La-tinh tại Hà Nội,",
        "Kính thưa các vị Đại sứ, Đại biện và Trưởng đại diện các tổ chức quốc tế tại Việt Nam,",
        "Thưa Quý vị và các bạn,",
    ]


def test_salutation_run_needs_a_plain_salutation():
    texts = [
        "Kính thưa Ngài Trưởng đoàn Ngoại giao các nước Mỹ La-tinh tại Hà Nội,",
        "Kính thưa các vị Đại sứ, Đại biện và Trưởng đại diện các tổ chức quốc tế tại Việt Nam,",
    ]
    assert not speech.in_salutation_run(texts, 0)  # no line of the run is a salutation by the strict test
    assert not speech.in_salutation_run(["Thưa Quý vị, hôm nay chúng ta đã cùng nhau ký kết văn kiện,"], 0)


# -- a chronology: period headings over their entries; bulleted entries wrapped under a hanging indent --------

CHRONOLOGY = """NIÊN BIỂU QUAN HỆ VIỆT NAM – CU-BA

Dưới đây là một số mốc chính trong quan hệ hai nước.

Giai đoạn 1960 – 1990

2/12/1960 – Hai nước chính thức thiết lập quan hệ ngoại giao.

9/1973 – Chủ tịch Phi-đen Ca-xtơ-rô thăm vùng giải phóng miền Nam Việt Nam.

Giai đoạn từ năm 1991 đến nay

10/1995 – Tổng Bí thư Đỗ Mười thăm chính thức Cu-ba.

30/9 – 2/10/2018 – Chủ tịch nước thăm cấp Nhà nước Cu-ba.
"""


def test_period_headings_over_entries():
    doc = structure(CHRONOLOGY)
    assert of_type(doc, BlockType.HEADING) == ["Giai đoạn 1960 – 1990", "Giai đoạn từ năm 1991 đến nay"]
    items = of_type(doc, BlockType.LIST_ITEM)
    assert len(items) == 4 and items[-1].startswith("30/9 – 2/10/2018 – Chủ tịch nước")


def test_period_heading_needs_an_entry_within_it():
    entry = "2/12/1960 – Hai nước chính thức thiết lập quan hệ ngoại giao."
    assert chronology.period_over_entry("Giai đoạn 1960 – 1990", entry)
    assert not chronology.period_over_entry("Giai đoạn 1975 – 1990", entry)  # 1960 is not in it
    assert not chronology.period_over_entry("Năm 1960, hai nước đã làm nhiều việc.", entry)  # a sentence
    assert chronology.entry("30/7 – 1/8/2024 – Thủ tướng thăm Ấn Độ.")
    assert not chronology.entry("30/7 – 1/8/2024, Thủ tướng thăm Ấn Độ.")  # a comma: an ordinary sentence


HANGING = """NHỮNG MỐC CHÍNH

1990 – 1995: Mở rộng quan hệ
- 22/10/1990: Việt Nam và Cộng đồng châu Âu thiết lập quan hệ ngoại giao sau nhiều
  năm chuẩn bị.
- 17/7/1995: Hai bên ký Hiệp định khung về hợp tác tại thủ đô Brúc-xen, mở ra giai
  đoạn mới.
- 28/7/1995: Việt Nam trở thành thành viên thứ bảy của Hiệp hội các quốc gia Đông
  Nam Á.
"""


def test_wrapped_bulleted_entries_are_no_headlines():
    doc = structure(HANGING)
    assert of_type(doc, BlockType.HEADING) == ["1990 – 1995: Mở rộng quan hệ"]
    assert len(of_type(doc, BlockType.LIST_ITEM)) == 3


def test_digest_headlines_without_indent_still_headings():
    text = """BẢN TIN ĐỐI NGOẠI

- 08/3 – Tiếp Đại sứ Ô-xtrây-li-a
Lãnh đạo tỉnh tiếp Đại sứ Ô-xtrây-li-a và trao đổi về hợp tác giáo dục, đào tạo nghề.

- 10/3 – Làm việc với JICA
Đoàn tỉnh làm việc với Cơ quan Hợp tác quốc tế Nhật Bản về dự án cấp nước sạch.

- 12/3 – Hội thảo đầu tư
Tỉnh tổ chức hội thảo xúc tiến đầu tư với hơn năm mươi doanh nghiệp Hàn Quốc.
"""
    assert len(of_type(structure(text), BlockType.HEADING)) == 3


# -- a textbook lesson: a box drawn around a few lines, a label in capitals ----------------------------------

BOX = """Bài 3. ASEAN

Hiệp hội các quốc gia Đông Nam Á được thành lập ngày 8/8/1967 tại Băng Cốc với năm nước thành viên
sáng lập.

+--------------------------------------------------------------+
  EM CÓ BIẾT?
  Lá cờ ASEAN có mười bó lúa tượng trưng cho mười nước thành viên gắn bó
  trong tình hữu nghị.
+--------------------------------------------------------------+

Câu hỏi và bài tập

1. Trình bày hoàn cảnh ra đời của Hiệp hội các quốc gia Đông Nam Á.
"""


def test_box_border_and_caps_label():
    doc = structure(BOX)
    got = blocks(doc)
    assert ("heading", "EM CÓ BIẾT?") in got
    assert any(t.startswith("Lá cờ ASEAN") for k, t in got if k == "paragraph")
    assert not any("+---" in t for _, t in got)
    assert ("heading", "Câu hỏi và bài tập") in got


def test_border_and_label_negatives():
    assert boxes.is_border("+--------+") and boxes.is_border("──────────")
    assert not boxes.is_border("+------+------+")  # a table's rule of two cells
    assert not boxes.is_border("+5 - 10")
    assert not boxes.caps_label(
        "VIỆT NAM TÍCH CỰC THAM GIA CÁC DIỄN ĐÀN ĐA PHƯƠNG", "Lá cờ ASEAN có mười bó lúa."
    )
    assert not boxes.caps_label("GHI NHỚ", "ASEAN")  # no longer line of ordinary text under it
