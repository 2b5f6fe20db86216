"""Plain headings in hard-wrapped text with no indents: a short title-shaped line on its own line,
its paragraph's first line right below (with or without blank lines between paragraphs); a short
numbered title followed by a longer wrapped line; a numbered "1." whose siblings are headings
(documents written for these tests)."""

from __future__ import annotations

from doingoai.model import BlockType
from doingoai.pipeline import parse_text

H, P, L = BlockType.HEADING, BlockType.PARAGRAPH, BlockType.LIST_ITEM

LECTURE = """LỊCH SỬ QUAN HỆ VIỆT NAM – ẤN ĐỘ

Quan hệ Việt Nam – Ấn Độ có nền tảng từ sự ủng hộ lẫn nhau trong cuộc đấu tranh giành độc lập dân tộc
ở thế kỷ XX. Hai nước thiết lập quan hệ ngoại giao đầy đủ năm 1972 và duy trì trao đổi đoàn đều đặn.{sep}
Giai đoạn sau năm 1991
Sau khi Ấn Độ triển khai Chính sách Hướng Đông, hợp tác giữa hai nước được mở rộng sang kinh tế,
khoa học và quốc phòng. Năm 2007, hai bên xác lập quan hệ Đối tác chiến lược trong chuyến thăm của
Thủ tướng Nguyễn Tấn Dũng.{sep}
Đối tác chiến lược toàn diện
Tháng 9/2016, nhân chuyến thăm của Thủ tướng Narendra Modi, hai nước nâng quan hệ lên Đối tác chiến
lược toàn diện. Hai bên nhất trí tăng cường hợp tác về dầu khí, năng lượng và an ninh biển.
"""


def blocks(text: str, name: str = "t.txt") -> list[tuple[BlockType, str]]:
    doc = parse_text(text, name)
    return [(b.type, doc.block_text(b)) for b in doc.blocks if b.type is not BlockType.TITLE]


def test_plain_headings_between_wrapped_paragraphs_with_blank_lines():
    got = blocks(LECTURE.format(sep="\n"))
    assert [t for t, _ in got] == [P, H, P, H, P]
    assert got[1][1] == "Giai đoạn sau năm 1991"
    assert got[2][1].startswith("Sau khi Ấn Độ") and got[2][1].endswith("Nguyễn Tấn Dũng.")
    assert got[3][1] == "Đối tác chiến lược toàn diện"
    assert got[4][1].startswith("Tháng 9/2016")


def test_plain_headings_in_wrapped_text_without_blank_lines():
    got = blocks(LECTURE.format(sep=""))
    assert [t for t, _ in got] == [P, H, P, H, P]
    assert got[0][1].endswith("trao đổi đoàn đều đặn.")
    assert got[1][1] == "Giai đoạn sau năm 1991"
    assert got[3][1] == "Đối tác chiến lược toàn diện"


WRAPPED_SENTENCE = """Quan hệ hai nước tiếp tục được củng cố trong những năm gần đây với nhiều chuyến thăm cấp cao và
các cơ chế hợp tác mới được thiết lập giữa các bộ, ngành và địa phương của Việt Nam và Ấn Độ
Độ và đối tác
Năm 2022, hai nước kỷ niệm 50 năm thiết lập quan hệ ngoại giao với nhiều hoạt động ở cả hai nước
trong suốt cả năm.
"""


def test_short_last_line_of_a_running_block_is_not_a_heading():
    # the short line ends a block that began two lines up (no sentence end before it): not a heading
    got = blocks(WRAPPED_SENTENCE)
    assert H not in [t for t, _ in got]


JOURNAL = """QUAN HỆ VIỆT NAM – NEW ZEALAND: NỬA THẾ KỶ HỢP TÁC

Tóm tắt: Bài viết khái quát quá trình phát triển của quan hệ Việt Nam – New Zealand từ năm 1975 đến nay.
Từ khóa: Việt Nam; New Zealand; đối tác chiến lược.

1. Mở đầu
Việt Nam và New Zealand thiết lập quan hệ ngoại giao ngày
19/6/1975. Trong những năm đầu, quan hệ hai nước chủ yếu
tập trung vào viện trợ phát triển và giáo dục.

2. Từ đối tác toàn diện đến đối tác chiến lược
Năm 2009, hai nước xác lập quan hệ Đối tác toàn diện. Tháng
7/2020, hai bên nâng quan hệ lên Đối tác chiến lược.
"""


def test_short_numbered_title_never_joins_a_longer_wrapped_line():
    got = blocks(JOURNAL)
    body = [(t, x) for t, x in got if t in (H, P)]
    assert body[0] == (H, "1. Mở đầu")
    assert body[1][0] is P and body[1][1].startswith(
        "Việt Nam và New Zealand thiết lập quan hệ ngoại giao ngày 19/6/1975."
    )
    assert body[2] == (H, "2. Từ đối tác toàn diện đến đối tác chiến lược")


DECISION = """Điều 1. Ban hành Kế hoạch với các nội dung sau:
1. Mục tiêu
Tăng cường quan hệ hữu nghị truyền thống và hợp tác nhiều mặt giữa Việt Nam và Cu-ba trong năm kỷ niệm.
2. Nội dung hoạt động
a) Tổ chức gặp mặt hữu nghị tại Hà Nội.
b) Phối hợp xuất bản sách ảnh về quan hệ hai nước.
3. Kinh phí
Kinh phí thực hiện từ nguồn ngân sách được giao năm 2020 của các đơn vị.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
"""


def test_numbered_line_after_lead_in_is_a_heading_when_its_siblings_are():
    got = blocks(DECISION)
    heads = [x for t, x in got if t is H]
    assert heads == ["1. Mục tiêu", "2. Nội dung hoạt động", "3. Kinh phí"]


LIST = """Hai nước ưu tiên hợp tác trong các lĩnh vực sau:
1. Chính trị
2. Kinh tế
3. Văn hóa
Các bộ, ngành liên quan chịu trách nhiệm triển khai những nội dung này trong năm tới.
"""


def test_numbered_items_right_after_a_lead_in_stay_items():
    got = blocks(LIST)
    assert (L, "1. Chính trị") in got
    assert all(t is not H for t, x in got if x.startswith("1."))


# a journal wrapped at about 58 columns, blank lines between paragraphs; its second numbered heading
# is nearly as wide as the column
WIDE = """QUAN HỆ VIỆT NAM – ÚC TRONG HAI THẬP NIÊN QUA

1. Bối cảnh chung

Việt Nam và Úc thiết lập quan hệ ngoại giao ngày 26/2/1973
trong bối cảnh chiến tranh chưa kết thúc. Những năm đầu,
hai nước tập trung vào viện trợ phát triển và giáo dục.

Sau năm 1991, quan hệ hai nước được mở rộng nhanh chóng
sang thương mại, đầu tư và hợp tác phát triển nguồn nhân
lực, với hàng chục nghìn sinh viên Việt Nam sang Úc học.

{head}
{sep}{lead} hai bên ký Tuyên bố chung về quan hệ đối tác
toàn diện. Thủ tướng hai nước nhất trí mở rộng hợp tác
về thương mại, đầu tư, quốc phòng và giáo dục đào tạo.

3. Triển vọng

Hai nước dự kiến nâng kim ngạch thương mại song phương
lên 20 tỷ USD trong những năm tới theo lộ trình đã nêu.
"""
WIDE_HEAD = "2. Từ đối tác toàn diện đến đối tác chiến lược toàn diện"


def _wide(head: str = WIDE_HEAD, sep: str = "\n", lead: str = "Từ ngày 6/9 đến 8/9/2009,") -> list:
    return blocks(WIDE.format(head=head, sep=sep, lead=lead))


def test_numbered_title_as_wide_as_the_column_is_a_heading():
    got = _wide()
    assert (H, WIDE_HEAD) in got
    assert [t for t, _ in got] == [H, P, P, H, P, H, P]
    assert got[4][1].startswith("Từ ngày 6/9 đến 8/9/2009, hai bên")


def test_wide_numbered_title_without_a_blank_line_before_a_date_lead():
    got = _wide(sep="", lead="Năm 2009,")
    assert (H, WIDE_HEAD) in got
    assert [x for t, x in got if t is P][2].startswith("Năm 2009, hai bên")


def test_wide_numbered_title_before_a_name_after_a_blank_line():
    got = _wide(lead="Việt Nam và Úc đã")
    assert (H, WIDE_HEAD) in got
    assert [x for t, x in got if t is P][2].startswith("Việt Nam và Úc đã hai bên")


def test_wide_numbered_line_ending_on_a_function_word_goes_on():
    # "... hợp tác giữa" then a blank line (a page break inside a sentence): one list item
    head = "2. Hai bên nhất trí tiếp tục tăng cường quan hệ hợp tác giữa"
    got = _wide(head=head, lead="Việt Nam và Úc,")
    assert H not in [t for t, x in got if x.startswith("2.")]
    assert any(x.startswith(head + " Việt Nam và Úc,") for _, x in got)


def test_wrapped_numbered_sentences_stay_list_items():
    # continued in lower case, or ending in "." / ";": list items, whatever the line after
    lower = "2. Hai bên ký Tuyên bố chung về đối tác toàn diện ngày 6/9"
    got = _wide(head=lower + "\nnăm 2009 tại Canberra;", sep="\n", lead="Năm 2009,")
    assert any(t is L and x.startswith(lower + " năm 2009 tại Canberra;") for t, x in got)
    for end in (".", ";"):
        head = "2. Hai bên ký Tuyên bố chung về đối tác toàn diện" + end
        got = _wide(head=head, lead="Năm 2009,")
        assert H not in [t for t, x in got if x.startswith("2.")]
