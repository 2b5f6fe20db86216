"""Layout cues of hand-typed and official texts: first-line indents, plain headings between
indented paragraphs, articles ("Điều N."), chapters, an official preamble ("Căn cứ ...;"), a news
lead with a dateline, and a Word export with CR LF line ends (documents written for these tests)."""

from __future__ import annotations

import pytest

from doingoai.model import BlockType
from doingoai.pipeline import parse_text

TEXTBOOK = """QUAN HỆ VIỆT NAM VỚI CÁC NƯỚC LÁNG GIỀNG

{i}Trong những năm đầu sau chiến tranh, Việt Nam ưu tiên khôi phục quan hệ với
các nước láng giềng và các nước trong khu vực Đông Nam Á.
{i}Việc mở rộng quan hệ không diễn ra dễ dàng. Nhiều vấn đề do lịch sử để lại
cần được giải quyết qua đàm phán.

Quan hệ với Lào
{i}Năm 1977, hai nước ký Hiệp ước hữu nghị và hợp tác, tạo cơ sở pháp lý cho
quan hệ đặc biệt giữa hai nước trong nhiều thập kỷ tiếp theo.
{i}Hai bên thường xuyên trao đổi đoàn các cấp và phối hợp trong các diễn đàn khu
vực.

Quan hệ với Thái Lan
{i}Năm 1976, Việt Nam và Thái Lan thiết lập quan hệ ngoại giao. Hai nước sau đó
mở rộng hợp tác kinh tế và thương mại.

Quan hệ với Campuchia
{i}Năm 1979, hai nước ký Hiệp ước hòa bình, hữu nghị và hợp tác. Từ đó đến nay,
hai bên duy trì trao đổi đoàn cấp cao hằng năm.
Quan hệ với Mi-an-ma
{i}Năm 1975, Việt Nam và Mi-an-ma thiết lập quan hệ ngoại giao; hai nước hợp tác
trong khuôn khổ ASEAN từ năm 1997.
"""


def blocks(text: str, name: str = "t.txt", fmt: str = "txt") -> list[tuple[BlockType, str]]:
    doc = parse_text(text, name, fmt)
    return [(b.type, doc.block_text(b)) for b in doc.blocks]


@pytest.mark.parametrize("indent", ["    ", "\t", "  ", "\u2003"], ids=["4sp", "tab", "2sp", "emsp"])
def test_first_line_indents_open_paragraphs_and_flush_short_lines_are_headings(indent):
    got = blocks(TEXTBOOK.format(i=indent))
    assert [t for t, _ in got] == [
        BlockType.TITLE,
        BlockType.PARAGRAPH,
        BlockType.PARAGRAPH,
        BlockType.HEADING,
        BlockType.PARAGRAPH,
        BlockType.PARAGRAPH,
        BlockType.HEADING,
        BlockType.PARAGRAPH,
        BlockType.HEADING,
        BlockType.PARAGRAPH,
        BlockType.HEADING,
        BlockType.PARAGRAPH,
    ]
    texts = [t for _, t in got]
    assert texts[2] == "Việc mở rộng quan hệ không diễn ra dễ dàng. Nhiều vấn đề do lịch sử để lại " + (
        "cần được giải quyết qua đàm phán."
    )
    assert texts[3] == "Quan hệ với Lào" and texts[6] == "Quan hệ với Thái Lan"
    assert texts[7].endswith("kinh tế và thương mại.") and texts[8] == "Quan hệ với Campuchia"
    assert texts[9].endswith("đoàn cấp cao hằng năm.") and texts[10] == "Quan hệ với Mi-an-ma"
    assert texts[5] == ("Hai bên thường xuyên trao đổi đoàn các cấp và phối hợp trong các diễn đàn khu vực.")


def test_a_flush_line_after_a_sentence_end_goes_on_in_an_indented_text():
    text = """QUAN HỆ VIỆT NAM VỚI CÁC NƯỚC LÁNG GIỀNG

    Trong những năm đầu sau chiến tranh, Việt Nam ưu tiên khôi phục quan hệ với
các nước láng giềng và các nước trong khu vực Đông Nam Á, trước hết là Lào.
Việc mở rộng quan hệ không diễn ra dễ dàng vì nhiều vấn đề do lịch sử để lại.
    Năm 1977, hai nước ký Hiệp ước hữu nghị và hợp tác, tạo cơ sở pháp lý cho
quan hệ đặc biệt giữa hai nước trong nhiều thập kỷ tiếp theo sau chiến tranh.
Hai bên thường xuyên trao đổi đoàn các cấp và phối hợp trong các diễn đàn.
"""
    got = blocks(text)
    assert [t for t, _ in got] == [BlockType.TITLE, BlockType.PARAGRAPH, BlockType.PARAGRAPH]
    assert got[1][1].endswith("do lịch sử để lại.") and got[2][1].endswith("trong các diễn đàn.")


def test_every_line_indented_alike_says_nothing():
    flush = """QUAN HỆ VIỆT NAM VỚI CÁC NƯỚC LÁNG GIỀNG

Trong những năm đầu sau chiến tranh, Việt Nam ưu tiên khôi phục quan hệ với
các nước láng giềng và các nước trong khu vực Đông Nam Á. Việc mở rộng quan
hệ không diễn ra dễ dàng vì nhiều vấn đề do lịch sử để lại.

Năm 1977, hai nước ký Hiệp ước hữu nghị và hợp tác, tạo cơ sở pháp lý cho
quan hệ đặc biệt giữa hai nước. Hai bên thường xuyên trao đổi đoàn các cấp
và phối hợp trong các diễn đàn khu vực.
"""
    indented = "\n".join("    " + line if line else line for line in flush.split("\n"))
    assert blocks(indented) == blocks(flush)
    assert [t for t, _ in blocks(flush)] == [BlockType.TITLE, BlockType.PARAGRAPH, BlockType.PARAGRAPH]


def test_a_ragged_left_margin_does_not_split_paragraphs():
    text = """QUAN HỆ VIỆT NAM VỚI CÁC NƯỚC LÁNG GIỀNG

Trong những năm đầu sau chiến tranh, Việt Nam ưu tiên khôi phục quan hệ với
 Lào, Campuchia và các nước trong khu vực Đông Nam Á. Việc mở rộng quan
hệ không diễn ra dễ dàng vì nhiều vấn đề do lịch sử để lại, nhất là với
 Trung Quốc và Thái Lan trong thập niên 1980.

Năm 1977, hai nước ký Hiệp ước hữu nghị và hợp tác, tạo cơ sở pháp lý cho
 Lào và Việt Nam trong nhiều thập kỷ. Hai bên thường xuyên trao đổi đoàn các
cấp và phối hợp trong các diễn đàn khu vực.
"""
    got = blocks(text)
    assert [t for t, _ in got] == [BlockType.TITLE, BlockType.PARAGRAPH, BlockType.PARAGRAPH]
    assert "quan hệ với Lào, Campuchia" in got[1][1] and "với Trung Quốc" in got[1][1]
    assert "pháp lý cho Lào và Việt Nam" in got[2][1]


def test_hanging_indents_of_list_items_continue_the_item():
    text = """KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI SÁU THÁNG ĐẦU NĂM

Trong sáu tháng đầu năm, công tác đối ngoại đạt được nhiều kết quả quan trọng,
góp phần giữ vững môi trường hòa bình. Các kết quả chính gồm:
- Tổ chức thành công chuyến thăm chính thức của Thủ tướng tới Nhật Bản và
  Hàn Quốc, ký kết nhiều văn kiện hợp tác quan trọng;
- Thúc đẩy đàm phán các hiệp định thương mại tự do với Liên minh châu Âu và
  Khối Thương mại Tự do châu Âu;
- Tham gia tích cực các hội nghị của ASEAN.
"""
    got = blocks(text)
    items = [s for t, s in got if t is BlockType.LIST_ITEM]
    assert items == [
        "- Tổ chức thành công chuyến thăm chính thức của Thủ tướng tới Nhật Bản và Hàn Quốc, ký kết "
        "nhiều văn kiện hợp tác quan trọng;",
        "- Thúc đẩy đàm phán các hiệp định thương mại tự do với Liên minh châu Âu và Khối Thương mại "
        "Tự do châu Âu;",
        "- Tham gia tích cực các hội nghị của ASEAN.",
    ]


RESOLUTION = """CHÍNH PHỦ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
\tĐộc lập - Tự do - Hạnh phúc
Số: 25/NQ-CP\tHà Nội, ngày 3 tháng 4 năm 2019

NGHỊ QUYẾT
Phê chuẩn Hiệp định hợp tác văn hóa giữa Việt Nam và Chi-lê

CHÍNH PHỦ

Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;
Căn cứ Luật Thỏa thuận quốc tế ngày 13 tháng 11 năm 2020;
Theo đề nghị của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch,

QUYẾT NGHỊ:

Điều 1. Phê chuẩn Hiệp định hợp tác văn hóa giữa Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam \
và Chính phủ nước Cộng hòa Chi-lê.
Điều 2. Bộ Ngoại giao làm thủ tục đối ngoại theo quy định.
Điều 3. Nghị quyết này có hiệu lực kể từ ngày ký.

Nơi nhận:
- Các Bộ, cơ quan ngang Bộ;
- Lưu: VT, QHQT.

TM. CHÍNH PHỦ
THỦ TƯỚNG

Nguyễn Văn An
"""


def test_a_resolution_articles_are_items_and_its_legal_bases_one_a_line():
    got = blocks(RESOLUTION)
    texts = [s for _, s in got]
    assert parse_text(RESOLUTION, "nq.txt").title == (
        "NGHỊ QUYẾT Phê chuẩn Hiệp định hợp tác văn hóa giữa Việt Nam và Chi-lê"
    )
    assert [s[:7] for t, s in got if t is BlockType.LIST_ITEM] == ["Điều 1.", "Điều 2.", "Điều 3."]
    assert not [s for t, s in got if t is BlockType.HEADING]  # the issuer repeated is no heading
    assert "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;" in texts
    assert "Căn cứ Luật Thỏa thuận quốc tế ngày 13 tháng 11 năm 2020;" in texts
    assert "Theo đề nghị của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch," in texts
    assert "QUYẾT NGHỊ:" in texts


LAW = """QUY CHẾ
Quản lý hoạt động đối ngoại của các cơ quan nhà nước

Chương I
NHỮNG QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh
Quy chế này quy định về quản lý thống nhất hoạt động đối ngoại của các bộ, ngành và địa phương.

Mục 1
ĐOÀN RA, ĐOÀN VÀO

Điều 2. Đoàn ra
1. Việc cử đoàn đi công tác nước ngoài phải phù hợp với chương trình đối ngoại hằng năm.
2. Việc đón đoàn nước ngoài phải được cấp có thẩm quyền cho phép.

Chương II
ĐIỀU KHOẢN THI HÀNH

Điều 3. Trách nhiệm thi hành
Các bộ trưởng, thủ trưởng cơ quan ngang bộ chịu trách nhiệm thi hành Quy chế này.
"""


def test_chapters_sections_and_article_titles_are_headings_with_levels():
    doc = parse_text(LAW, "qc.txt")
    heads = [(b.level, doc.block_text(b)) for b in doc.blocks if b.type is BlockType.HEADING]
    assert heads == [
        (1, "Chương I NHỮNG QUY ĐỊNH CHUNG"),
        (3, "Điều 1. Phạm vi điều chỉnh"),
        (2, "Mục 1 ĐOÀN RA, ĐOÀN VÀO"),
        (3, "Điều 2. Đoàn ra"),
        (1, "Chương II ĐIỀU KHOẢN THI HÀNH"),
        (3, "Điều 3. Trách nhiệm thi hành"),
    ]
    items = [doc.block_text(b)[:2] for b in doc.blocks if b.type is BlockType.LIST_ITEM]
    assert items == ["1.", "2."]


@pytest.mark.parametrize("fmt", ["txt", "html"])
def test_a_news_lead_with_a_dateline_is_a_paragraph(fmt):
    text = (
        "Việt Nam và Chi-lê thúc đẩy hợp tác thương mại\n\n"
        "Xan-ti-a-gô, 5/6 – Chủ tịch nước và Tổng thống Chi-lê đã hội đàm, nhất trí đưa kim ngạch "
        "thương mại song phương lên mức mới.\n\n"
        "Hai bên đánh giá cao kết quả thực hiện Hiệp định thương mại tự do giữa hai nước.\n"
    )
    got = blocks(text, "n." + fmt, fmt)
    assert got[0] == (BlockType.TITLE, "Việt Nam và Chi-lê thúc đẩy hợp tác thương mại")
    assert got[1][0] is BlockType.PARAGRAPH and got[1][1].startswith("Xan-ti-a-gô, 5/6 – Chủ tịch nước")
    assert len(got) == 3


def test_a_word_export_with_crlf_and_a_blank_line_after_every_line():
    lines = [
        "BÁO CÁO CÔNG TÁC ĐỐI NGOẠI",
        "A. KẾT QUẢ ĐẠT ĐƯỢC",
        "Trong sáu tháng đầu năm, công tác đối ngoại được triển khai đồng bộ, góp phần giữ vững môi",
        "trường hòa bình, ổn định và nâng cao vị thế của đất nước.",
        "Quan hệ với các đối tác lớn tiếp tục được củng cố; nhiều chuyến thăm cấp cao được tổ chức",
        "thành công.",
        "- Thủ tướng thăm chính thức Nhật Bản;",
        "- Bộ trưởng Ngoại giao dự Hội nghị Bộ trưởng Ngoại giao ASEAN.",
        "B. NHIỆM VỤ SÁU THÁNG CUỐI NĂM",
        "Tiếp tục triển khai đồng bộ các hoạt động đối ngoại, chuẩn bị tốt cho các sự kiện đa phương.",
    ]
    text = "".join(line + "\r\n\r\n" for line in lines)
    got = blocks(text)
    assert got == [
        (BlockType.TITLE, lines[0]),
        (BlockType.HEADING, lines[1]),
        (BlockType.PARAGRAPH, lines[2] + " " + lines[3]),
        (BlockType.PARAGRAPH, lines[4] + " " + lines[5]),
        (BlockType.LIST_ITEM, lines[6]),
        (BlockType.LIST_ITEM, lines[7]),
        (BlockType.HEADING, lines[8]),
        (BlockType.PARAGRAPH, lines[9]),
    ]


def test_a_few_indented_quotations_in_a_flush_text_say_nothing():
    flush = """QUAN HỆ VIỆT NAM VỚI CÁC NƯỚC LÁNG GIỀNG

Trong những năm đầu sau chiến tranh, Việt Nam ưu tiên khôi phục quan hệ với các nước láng giềng.
Việc mở rộng quan hệ không diễn ra dễ dàng vì nhiều vấn đề do lịch sử để lại.
{q}“Hợp tác là con đường duy nhất để cùng phát triển.”
Năm 1977, hai nước ký Hiệp ước hữu nghị và hợp tác, tạo cơ sở pháp lý cho quan hệ đặc biệt.
Hai bên thường xuyên trao đổi đoàn các cấp và phối hợp trong các diễn đàn khu vực.
{q}“Quan hệ hai nước là tài sản vô giá của hai dân tộc.”
Từ đó đến nay, quan hệ hai nước không ngừng được củng cố và phát triển.
"""
    got = blocks(flush.format(q="    "))
    assert got == blocks(flush.format(q=""))
    assert len(got) == 8 and got[3] == (
        BlockType.PARAGRAPH,
        "“Hợp tác là con đường duy nhất để cùng phát triển.”",
    )


def test_an_article_named_in_a_sentence_is_no_item():
    text = """HIẾN PHÁP VÀ ĐỐI NGOẠI

Hiến pháp năm 2013 dành nhiều điều khoản cho chính sách đối ngoại của Nhà nước. Trong đó quan trọng nhất
là điều khoản về đường lối độc lập, tự chủ, hòa bình, hữu nghị và hợp tác với các nước trên thế giới.
Điều 12 Hiến pháp năm 2013 khẳng định Nhà nước thực hiện nhất quán đường lối đối ngoại độc lập, tự chủ,
đa phương hóa, đa dạng hóa quan hệ, chủ động và tích cực hội nhập quốc tế.
"""
    got = blocks(text)
    assert not [s for t, s in got if t in (BlockType.LIST_ITEM, BlockType.HEADING)]
    # (whether it opens a paragraph of its own is the wrapping rules' call, not the article's)
    assert [t for t, _ in got[1:]] == [BlockType.PARAGRAPH] * (len(got) - 1)
    assert any("Điều 12 Hiến pháp năm 2013 khẳng định Nhà nước" in s for _, s in got)
