"""Administrative documents: a preamble set in two columns on one line (issuer beside the national
name, number beside the place and date; spaces or a tab between the columns), the title made of
the document's kind and its subject ("THÔNG BÁO" / "Về ...", a letter's "V/v ..."), and the closing
furniture (signature, "Nơi nhận:" and its items), which is typed ``closing``, never a heading or body.
Every document here was written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from doingoai.model import BlockType, Document
from doingoai.pipeline import parse_file, parse_text
from doingoai.structure import preamble

BODY = (BlockType.HEADING, BlockType.PARAGRAPH, BlockType.LIST_ITEM, BlockType.SOURCE)


def of_type(doc: Document, *kinds: BlockType) -> list[str]:
    return [doc.block_text(b) for b in doc.blocks if b.type in kinds]


def front(doc: Document) -> list[str]:
    """The blocks before the title."""
    out = []
    for b in doc.blocks:
        if b.type is BlockType.TITLE:
            return out
        out.append(doc.block_text(b))
    raise AssertionError("no title")


# -- a notice, its preamble in two columns ------------------------------------------------------------

NOTICE_HEAD = [
    ("BỘ NGOẠI GIAO", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("-------", "Độc lập - Tự do - Hạnh phúc"),
    ("", "---------------"),
    ("Số: 37/TB-BNG", "Hà Nội, ngày 3 tháng 8 năm 2015"),
]
NOTICE_BODY = """
THÔNG BÁO
Về kết quả Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 48

I. KẾT QUẢ HỘI NGHỊ
Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 48 diễn ra tại Kuala Lumpur từ ngày 4 đến ngày 6 tháng 8 năm 2015.
Các Bộ trưởng đã thông qua Tuyên bố chung và nhất trí thúc đẩy hình thành Cộng đồng ASEAN vào cuối năm 2015.
Đoàn Việt Nam đã chủ động đề xuất nhiều sáng kiến về hợp tác tiểu vùng Mê Công và an ninh biển trong khu vực.
II. NHIỆM VỤ TIẾP THEO
1. Các đơn vị triển khai kế hoạch thực hiện Tuyên bố chung của Hội nghị.
2. Vụ ASEAN chủ trì chuẩn bị tham gia Hội nghị Cấp cao ASEAN lần thứ 27.

Nơi nhận:
- Các đơn vị trong Bộ;
- Lưu: VT, Vụ ASEAN.

KT. BỘ TRƯỞNG
THỨ TRƯỞNG
(Đã ký)
Lê Hoài Văn
"""
NOTICE_TITLE = "THÔNG BÁO Về kết quả Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 48"
NOTICE_BODY_BLOCKS = [
    (BlockType.HEADING, "I. KẾT QUẢ HỘI NGHỊ"),
    (BlockType.PARAGRAPH, "Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 48 diễn ra tại Kuala Lumpur"),
    (BlockType.PARAGRAPH, "Các Bộ trưởng đã thông qua Tuyên bố chung"),
    (BlockType.PARAGRAPH, "Đoàn Việt Nam đã chủ động đề xuất"),
    (BlockType.HEADING, "II. NHIỆM VỤ TIẾP THEO"),
    (BlockType.LIST_ITEM, "1. Các đơn vị triển khai"),
    (BlockType.LIST_ITEM, "2. Vụ ASEAN chủ trì"),
]
NOTICE_CLOSING = [
    "Nơi nhận:",
    "- Các đơn vị trong Bộ;",
    "- Lưu: VT, Vụ ASEAN.",
    "KT. BỘ TRƯỞNG",
    "THỨ TRƯỞNG",
    "(Đã ký)",
    "Lê Hoài Văn",
]


def two_columns(rows: list[tuple[str, str]], sep: str) -> str:
    if sep == "\t":
        return "\n".join(f"{a}\t{b}" for a, b in rows)
    return "\n".join(f"{a:<30}{b}" if a else " " * 30 + b for a, b in rows)


def stacked(rows: list[tuple[str, str]]) -> str:
    """The same preamble without columns: the left column's lines, then the right column's."""
    return "\n".join([a for a, _ in rows if a] + [b for _, b in rows])


@pytest.mark.parametrize("layout", ["spaces", "tab", "stacked"])
def test_notice_preamble_title_body_and_closing(layout):
    head = (
        stacked(NOTICE_HEAD)
        if layout == "stacked"
        else two_columns(NOTICE_HEAD, " " if layout == "spaces" else "\t")
    )
    doc = parse_text(head + "\n" + NOTICE_BODY, "tb.txt")
    assert doc.title == NOTICE_TITLE
    assert doc.meta["date"] == "2015-08-03"
    # the columns are blocks of their own; decorations are dropped
    assert sorted(front(doc)) == sorted(
        ["BỘ NGOẠI GIAO", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
        + ["Số: 37/TB-BNG", "Hà Nội, ngày 3 tháng 8 năm 2015"]
    )
    assert of_type(doc, BlockType.AUTHOR, BlockType.AFFILIATION) == []
    body = [(b.type, doc.block_text(b)) for b in doc.blocks if b.type in BODY]
    body = body[len(front(doc)) :]  # (the preamble lines are front-matter paragraphs)
    assert [t for t, _ in body] == [t for t, _ in NOTICE_BODY_BLOCKS]
    assert all(text.startswith(want) for (_, text), (_, want) in zip(body, NOTICE_BODY_BLOCKS, strict=True))
    assert of_type(doc, BlockType.CLOSING) == NOTICE_CLOSING
    assert of_type(doc, BlockType.HEADING) == ["I. KẾT QUẢ HỘI NGHỊ", "II. NHIỆM VỤ TIẾP THEO"]
    assert [b.level for b in doc.blocks if b.type is BlockType.HEADING] == [1, 1]


def test_column_blocks_point_at_their_column_in_the_raw_text():
    raw = two_columns(NOTICE_HEAD, " ") + "\n" + NOTICE_BODY
    doc = parse_text(raw, "tb.txt")
    for b in doc.blocks:
        a, e = doc.raw_offsets(b.start, b.end)
        assert " ".join(raw[a:e].split()) == doc.block_text(b)
    number = next(b for b in doc.blocks if doc.block_text(b) == "Số: 37/TB-BNG")
    a, e = doc.raw_offsets(number.start, number.end)
    assert raw[a:e] == "Số: 37/TB-BNG"


# -- a decision: issuing authority under the title, articles, signature beside the recipients ---------

DECISION = """BỘ NGOẠI GIAO\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
-------\tĐộc lập - Tự do - Hạnh phúc
\t---------------
Số: 1520/QĐ-BNG\tHà Nội, ngày 14 tháng 6 năm 2016

QUYẾT ĐỊNH
Về việc thành lập Ban Chỉ đạo tổ chức Năm Hữu nghị Việt Nam – Nhật Bản

BỘ TRƯỞNG BỘ NGOẠI GIAO

Căn cứ Nghị định số 58/2013/NĐ-CP ngày 11 tháng 6 năm 2013 của Chính phủ quy định chức năng, nhiệm vụ của Bộ Ngoại giao.

QUYẾT ĐỊNH:

Điều 1. Thành lập Ban Chỉ đạo tổ chức Năm Hữu nghị Việt Nam – Nhật Bản, gồm đại diện các bộ, ngành liên quan.
Điều 2. Ban Chỉ đạo có nhiệm vụ xây dựng chương trình các hoạt động kỷ niệm và phối hợp với Đại sứ quán Nhật Bản.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Bộ chịu trách nhiệm thi hành Quyết định này.

Nơi nhận:\tKT. BỘ TRƯỞNG
- Như Điều 3;\tTHỨ TRƯỞNG
- Lưu: VT, ĐBA.\t(Đã ký)

\tĐặng Minh Khôi
"""


def test_decision_with_tabs_between_the_columns():
    doc = parse_text(DECISION, "qd.txt")
    assert doc.title == "QUYẾT ĐỊNH Về việc thành lập Ban Chỉ đạo tổ chức Năm Hữu nghị Việt Nam – Nhật Bản"
    assert doc.meta["date"] == "2016-06-14"
    assert "Số: 1520/QĐ-BNG" in front(doc) and "Hà Nội, ngày 14 tháng 6 năm 2016" in front(doc)
    # the issuing authority under the title is front matter, not a heading over the articles
    assert of_type(doc, BlockType.HEADING) == []
    paragraphs = of_type(doc, BlockType.PARAGRAPH)
    assert "BỘ TRƯỞNG BỘ NGOẠI GIAO" in paragraphs
    assert not [p for p in paragraphs if p.startswith("Điều")]
    # articles "Điều N. ..." are numbered items, one each (like "1. ...;" items)
    items = of_type(doc, BlockType.LIST_ITEM)
    assert [p[:7] for p in items] == ["Điều 1.", "Điều 2.", "Điều 3."]
    # the tab became one space: the columns are cut where the signature's lines start
    assert of_type(doc, BlockType.CLOSING) == [
        "Nơi nhận:",
        "KT. BỘ TRƯỞNG",
        "- Như Điều 3;",
        "THỨ TRƯỞNG",
        "- Lưu: VT, ĐBA.",
        "(Đã ký)",
        "Đặng Minh Khôi",
    ]


DECISION_WITH_REGULATION = """BỘ NGOẠI GIAO                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
-------                       Độc lập - Tự do - Hạnh phúc
Số: 1520/QĐ-BNG               Hà Nội, ngày 14 tháng 6 năm 2016

QUYẾT ĐỊNH
Về việc ban hành Quy chế làm việc của Ban Chỉ đạo Năm Hữu nghị Việt Nam – Nhật Bản

BỘ TRƯỞNG BỘ NGOẠI GIAO

Căn cứ Nghị định số 58/2013/NĐ-CP ngày 11 tháng 6 năm 2013 của Chính phủ quy định chức năng, nhiệm vụ của Bộ Ngoại giao.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Ban Chỉ đạo Năm Hữu nghị Việt Nam – Nhật Bản.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký; các thành viên Ban Chỉ đạo chịu trách nhiệm thi hành.

Nơi nhận:
- Như Điều 2;
- Lưu: VT, ĐBA.

BỘ TRƯỞNG
Phạm Bình Minh

QUY CHẾ
Làm việc của Ban Chỉ đạo Năm Hữu nghị Việt Nam – Nhật Bản
(Ban hành kèm theo Quyết định số 1520/QĐ-BNG ngày 14/6/2016 của Bộ trưởng Bộ Ngoại giao)

Chương I
QUY ĐỊNH CHUNG
Điều 1. Ban Chỉ đạo làm việc theo chế độ tập thể, bàn bạc dân chủ và quyết định theo đa số.
Điều 2. Ban Chỉ đạo họp định kỳ mỗi quý một lần và họp bất thường khi Trưởng ban triệu tập.

KT. TRƯỞNG BAN
PHÓ TRƯỞNG BAN
Nguyễn Văn Hùng
"""


def test_a_signature_before_an_attached_regulation_and_at_the_end():
    doc = parse_text(DECISION_WITH_REGULATION, "qd.txt")
    blocks = [(b.type, doc.block_text(b)) for b in doc.blocks]
    closings = [k for k, (t, _) in enumerate(blocks) if t is BlockType.CLOSING]
    assert [blocks[k][1] for k in closings] == [
        "Nơi nhận:",
        "- Như Điều 2;",
        "- Lưu: VT, ĐBA.",
        "BỘ TRƯỞNG",
        "Phạm Bình Minh",
        "KT. TRƯỞNG BAN",
        "PHÓ TRƯỞNG BAN",
        "Nguyễn Văn Hùng",
    ]
    # the decision's articles before its signature, the regulation after it: body text both
    before = [text for _, text in blocks[: closings[0]]]
    between = [text for _, text in blocks[closings[4] + 1 : closings[5]]]
    assert [text[:7] for text in before if text.startswith("Điều")] == ["Điều 1.", "Điều 2."]
    # (a chapter's number alone on its line, then its title: one heading)
    assert between[0] == "QUY CHẾ" and "Chương I QUY ĐỊNH CHUNG" in between
    assert [text[:7] for text in between if text.startswith("Điều")] == ["Điều 1.", "Điều 2."]
    assert blocks[-1] == (BlockType.CLOSING, "Nguyễn Văn Hùng")


# -- an official letter: "V/v" subject as its title, the addressee, columns in the closing --------------

LETTER = """BỘ NGOẠI GIAO                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
VỤ CHÂU MỸ                         Độc lập - Tự do - Hạnh phúc
Số: 845/BNG-CM                     Hà Nội, ngày 9 tháng 3 năm 2019
V/v chuẩn bị chuyến thăm chính thức
Hoa Kỳ của Phó Thủ tướng

Kính gửi: Bộ Công Thương

Thực hiện chương trình đối ngoại năm 2019, Phó Thủ tướng sẽ thăm chính thức Hoa Kỳ từ ngày 15 đến ngày 18 tháng 4 năm 2019.
Để chuẩn bị tốt cho chuyến thăm, Bộ Ngoại giao đề nghị Quý Bộ cung cấp thông tin về hợp tác thương mại giữa hai nước.
Thông tin xin gửi về Vụ Châu Mỹ trước ngày 25 tháng 3 năm 2019 để tổng hợp, báo cáo Lãnh đạo Bộ.

Nơi nhận:                          TL. BỘ TRƯỞNG
- Như trên;                        VỤ TRƯỞNG VỤ CHÂU MỸ
- Lưu: VT, CM.
                                   Nguyễn Văn Hùng
"""


def test_official_letter_subject_addressee_and_closing_columns():
    doc = parse_text(LETTER, "cv.txt")
    assert doc.title == "V/v chuẩn bị chuyến thăm chính thức Hoa Kỳ của Phó Thủ tướng"
    assert doc.meta["date"] == "2019-03-09"
    assert front(doc) == [
        "BỘ NGOẠI GIAO",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "VỤ CHÂU MỸ",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 845/BNG-CM",
        "Hà Nội, ngày 9 tháng 3 năm 2019",
    ]
    assert of_type(doc, BlockType.AUTHOR) == []
    paragraphs = of_type(doc, BlockType.PARAGRAPH)
    assert "Kính gửi: Bộ Công Thương" in paragraphs
    assert [p[:12] for p in paragraphs[-3:]] == ["Thực hiện ch", "Để chuẩn bị ", "Thông tin xi"]
    assert of_type(doc, BlockType.CLOSING) == [
        "Nơi nhận:",
        "TL. BỘ TRƯỞNG",
        "- Như trên;",
        "VỤ TRƯỞNG VỤ CHÂU MỸ",
        "- Lưu: VT, CM.",
        "Nguyễn Văn Hùng",
    ]
    assert of_type(doc, BlockType.LIST_ITEM, BlockType.HEADING) == []


def test_letter_subject_beside_the_place_and_date():
    text = (
        "BỘ NGOẠI GIAO                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 845/BNG-CM                     Độc lập - Tự do - Hạnh phúc\n"
        "V/v chuẩn bị chuyến thăm           Hà Nội, ngày 9 tháng 3 năm 2019\n"
        "chính thức Hoa Kỳ\n\n"
        "Kính gửi: Bộ Công Thương\n\n"
        "Thực hiện chương trình đối ngoại năm 2019, Phó Thủ tướng sẽ thăm chính thức Hoa Kỳ.\n"
    )
    doc = parse_text(text, "cv.txt")
    assert doc.title == "V/v chuẩn bị chuyến thăm chính thức Hoa Kỳ"
    assert doc.meta["date"] == "2019-03-09"
    assert front(doc)[-1] == "Hà Nội, ngày 9 tháng 3 năm 2019"
    assert of_type(doc, BlockType.PARAGRAPH)[-1].startswith("Thực hiện chương trình")


# -- a Party resolution: signature first, then recipients with a wrapped item ---------------------------

RESOLUTION = """BAN CHẤP HÀNH TRUNG ƯƠNG                ĐẢNG CỘNG SẢN VIỆT NAM
*
Số 22-NQ/TW                             Hà Nội, ngày 10 tháng 4 năm 2013

NGHỊ QUYẾT
CỦA BỘ CHÍNH TRỊ
Về hội nhập quốc tế

I. TÌNH HÌNH VÀ NGUYÊN NHÂN
Thực hiện đường lối đối ngoại độc lập, tự chủ, hòa bình, hợp tác và phát triển, công tác hội nhập quốc tế đạt nhiều kết quả.
Nước ta đã gia nhập Tổ chức Thương mại thế giới năm 2007 và tham gia nhiều cơ chế hợp tác khu vực.
II. NHIỆM VỤ CHỦ YẾU
1. Đổi mới mạnh mẽ tư duy về hội nhập quốc tế trong các cấp, các ngành.
2. Chủ động tham gia xây dựng Cộng đồng ASEAN và các cơ chế hợp tác đa phương.

T/M BỘ CHÍNH TRỊ
TỔNG BÍ THƯ
(Đã ký)
Nguyễn Phú Trọng

Nơi nhận:
- Các tỉnh ủy, thành ủy,
  các đảng ủy trực thuộc Trung ương,
- Lưu Văn phòng Trung ương Đảng.
"""


def test_party_resolution_signature_then_recipients():
    doc = parse_text(RESOLUTION, "nq.txt")
    assert doc.title == "NGHỊ QUYẾT CỦA BỘ CHÍNH TRỊ Về hội nhập quốc tế"
    assert doc.meta["date"] == "2013-04-10"
    assert front(doc) == [
        "BAN CHẤP HÀNH TRUNG ƯƠNG",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Số 22-NQ/TW",
        "Hà Nội, ngày 10 tháng 4 năm 2013",
    ]
    assert of_type(doc, BlockType.HEADING) == ["I. TÌNH HÌNH VÀ NGUYÊN NHÂN", "II. NHIỆM VỤ CHỦ YẾU"]
    assert len(of_type(doc, BlockType.PARAGRAPH)) == len(front(doc)) + 2
    assert of_type(doc, BlockType.LIST_ITEM)[-1].startswith("2. Chủ động")
    assert of_type(doc, BlockType.CLOSING) == [
        "T/M BỘ CHÍNH TRỊ",
        "TỔNG BÍ THƯ",
        "(Đã ký)",
        "Nguyễn Phú Trọng",
        "Nơi nhận:",
        "- Các tỉnh ủy, thành ủy, các đảng ủy trực thuộc Trung ương,",
        "- Lưu Văn phòng Trung ương Đảng.",
    ]


def test_a_body_list_before_a_signature_stays_in_the_body():
    text = (
        "BÁO CÁO\nVề công tác đối ngoại nhân dân năm 2021\n\n"
        "Năm 2021, công tác đối ngoại nhân dân được triển khai trong bối cảnh đại dịch kéo dài.\n"
        "Các tổ chức hữu nghị đã tổ chức nhiều hoạt động trực tuyến với bạn bè quốc tế.\n"
        "Nhiệm vụ năm 2022 gồm:\n"
        "- Tăng cường giao lưu nhân dân với các nước láng giềng;\n"
        "- Mở rộng quan hệ với các tổ chức phi chính phủ nước ngoài.\n\n"
        "BAN ĐỐI NGOẠI TRUNG ƯƠNG\n"
    )
    doc = parse_text(text, "bc.txt")
    assert of_type(doc, BlockType.LIST_ITEM) == [
        "- Tăng cường giao lưu nhân dân với các nước láng giềng;",
        "- Mở rộng quan hệ với các tổ chức phi chính phủ nước ngoài.",
    ]
    assert of_type(doc, BlockType.CLOSING) == ["BAN ĐỐI NGOẠI TRUNG ƯƠNG"]


def test_closing_right_after_the_body_and_a_place_and_date_before_the_signature():
    text = (
        "THÔNG CÁO BÁO CHÍ\n"
        "Về chuyến thăm Việt Nam của Bộ trưởng Ngoại giao Nhật Bản\n\n"
        "Nhận lời mời của Bộ trưởng Ngoại giao Việt Nam, Bộ trưởng Ngoại giao Nhật Bản thăm Việt Nam.\n"
        "Hai Bộ trưởng nhất trí tăng cường quan hệ Đối tác chiến lược sâu rộng giữa hai nước\n"
        "Nơi nhận:\n"
        "- Các cơ quan báo chí;\n"
        "- Lưu: VT, TTBC.\n"
        "Hà Nội, ngày 4 tháng 5 năm 2023\n"
        "KT.BỘ TRƯỞNG\n"
        "THỨ TRƯỞNG\n"
        "NGUYỄN MINH VŨ\n"
    )
    doc = parse_text(text, "tcbc.txt")
    assert doc.title == "THÔNG CÁO BÁO CHÍ Về chuyến thăm Việt Nam của Bộ trưởng Ngoại giao Nhật Bản"
    assert doc.meta["date"] == "2023-05-04"  # (from the place and date above the signature)
    assert of_type(doc, BlockType.CLOSING)[0] == "Nơi nhận:"
    assert of_type(doc, BlockType.CLOSING)[-3:] == ["KT.BỘ TRƯỞNG", "THỨ TRƯỞNG", "NGUYỄN MINH VŨ"]
    assert of_type(doc, BlockType.PARAGRAPH)[-1].endswith("giữa hai nước")
    assert of_type(doc, BlockType.HEADING, BlockType.LIST_ITEM) == []


def test_a_short_notice_keeps_its_two_paragraphs_apart():
    text = (
        "BỘ NGOẠI GIAO\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 12/TB-BNG\tHà Nội, ngày 2 tháng 12 năm 2020\n\n"
        "THÔNG BÁO\n"
        "Về kết quả Hội nghị Cấp cao ASEAN lần thứ 37\n\n"
        "Ngày 12/11/2020, Hội nghị Cấp cao ASEAN lần thứ 37 đã diễn ra theo hình thức trực tuyến.\n"
        "Các nhà lãnh đạo đã thông qua nhiều văn kiện về ứng phó với đại dịch và phục hồi kinh tế.\n\n"
        "KT. BỘ TRƯỞNG\n"
        "THỨ TRƯỞNG\n"
        "Nguyễn Quốc Dũng\n"
    )
    doc = parse_text(text, "tb.txt")
    body = [p for p in of_type(doc, BlockType.PARAGRAPH) if p not in front(doc)]
    assert [p[:8] for p in body] == ["Ngày 12/", "Các nhà "]
    assert of_type(doc, BlockType.CLOSING) == ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Nguyễn Quốc Dũng"]


# -- what is left alone ---------------------------------------------------------------------------------


def test_an_article_without_closing_or_columns_is_unchanged():
    text = (
        "QUAN HỆ GIỮA LÀO VÀ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
        "Nguyễn Văn An\n"
        "Học viện Ngoại giao\n\n"
        "Hai nước thiết lập quan hệ ngoại giao ngày 5/9/1962. Quan hệ ngày càng bền chặt.\n\n"
        "KẾT LUẬN\n\n"
        "Quan hệ hai nước là tài sản vô giá của hai dân tộc, cần được giữ gìn và phát huy.\n\n"
        "Nguyễn Văn An\n"
    )
    doc = parse_text(text, "a.txt")
    assert doc.title == "QUAN HỆ GIỮA LÀO VÀ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert of_type(doc, BlockType.CLOSING) == []
    assert of_type(doc, BlockType.HEADING) == ["KẾT LUẬN"]


def test_a_table_row_with_a_wide_gap_in_the_body_is_not_cut():
    text = (
        "KẾT QUẢ BỎ PHIẾU\n\n"
        "Kết quả bỏ phiếu bầu Ủy viên không thường trực Hội đồng Bảo an được công bố như sau.\n"
        "Việt Nam          183 phiếu\n"
        "Hà Nội, ngày 16 tháng 10 năm 2007 là một ngày đáng nhớ của ngoại giao Việt Nam.\n"
    )
    doc = parse_text(text, "t.txt")
    joined = [doc.block_text(b) for b in doc.blocks]
    assert not any(t == "Việt Nam" or t == "183 phiếu" for t in joined)
    assert of_type(doc, BlockType.CLOSING) == []


@pytest.mark.parametrize(
    "line, columns",
    [
        (
            "BỘ NGOẠI GIAO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            ["BỘ NGOẠI GIAO", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
        ),
        (
            "Số: 215/TB-BNG Hà Nội, ngày 25 tháng 10 năm 2007",
            ["Số: 215/TB-BNG", "Hà Nội, ngày 25 tháng 10 năm 2007"],
        ),
        ("TỈNH ỦY LÀO CAI     ĐẢNG CỘNG SẢN VIỆT NAM", ["TỈNH ỦY LÀO CAI", "ĐẢNG CỘNG SẢN VIỆT NAM"]),
        (
            "Số:    /BNG-LS    TP. Hồ Chí Minh, ngày … tháng … năm 2020",
            ["Số:    /BNG-LS", "TP. Hồ Chí Minh, ngày … tháng … năm 2020"],
        ),
        ("QUAN HỆ VỚI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", None),
        ("HỘI NGHỊ LẦN THỨ TƯ BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM", None),
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", None),
        ("Hội nghị diễn ra ở Hà Nội, ngày 5 tháng 6 năm 2015", None),
        ("Việt Nam          183 phiếu", None),
    ],
)
def test_columns_of_a_preamble_line(line, columns):
    got = preamble.columns(line)
    assert (None if got is None else [line[a:b] for a, b in got]) == columns


# -- any mix of preamble columns, body and closing lines: blocks stay one line each, in order, mapped --

PARTS = [
    "BỘ NGOẠI GIAO",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "-------",
    "*",
    "Số: 12/TB-BNG",
    "Hà Nội, ngày 2 tháng 12 năm 2020",
    "THÔNG BÁO",
    "V/v hợp tác",
    "Kính gửi: Bộ Công Thương",
    "I. KẾT QUẢ",
    "Hai nước ký Hiệp định năm 2020.",
    "của hai nước",
    "Nơi nhận:",
    "- Như trên;",
    "- Lưu: VT.",
    "KT. BỘ TRƯỞNG",
    "THỨ TRƯỞNG",
    "(Đã ký)",
    "Nguyễn Văn An",
    "QUY CHẾ",
    "PHỤ LỤC",
    "các đảng ủy trực thuộc,",
]
GAP = st.sampled_from([" ", "  ", "\t", " " * 17, " \t "])
ROW = st.one_of(
    st.sampled_from(PARTS),
    st.tuples(st.sampled_from(PARTS), GAP, st.sampled_from(PARTS)).map("".join),
    st.tuples(GAP, st.sampled_from(PARTS)).map("".join),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(ROW, st.sampled_from(["\n", "\n\n"])), max_size=25))
def test_any_mix_of_columns_and_closing_lines_gives_valid_blocks(rows):
    raw = "".join(r + sep for r, sep in rows)
    doc = parse_text(raw, "t.txt") if raw.strip() else None
    if doc is None:
        return
    assert doc.text == "\n\n".join(doc.block_text(b) for b in doc.blocks)
    prev_end = -1
    for b in doc.blocks:
        t = doc.block_text(b)
        assert t and t == t.strip() and "\n" not in t
        assert b.start > prev_end
        prev_end = b.end
        a, e = doc.raw_offsets(b.start, b.end)
        # the block's words, in order, from its span in the raw text (which may also hold a running
        # line or a column left out of the block)
        src = iter(raw[a:e].split())
        words = t.split()
        assert all(w in src for w in words)
        assert raw[a:e].split()[0] == words[0] and raw[a:e].split()[-1] == words[-1]


# -- the same notice as a DOCX with two-column tables and as a PDF drawn in two columns ---------------

HEAD_COLUMNS = (
    ["BỘ NGOẠI GIAO", "-------", "Số: 37/TB-BNG"],
    ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 3 tháng 8 năm 2015"],
)
TAIL_COLUMNS = (NOTICE_CLOSING[:3], NOTICE_CLOSING[3:])


def _notice_lines() -> list[str]:
    body = NOTICE_BODY.strip().split("\n")
    return [line for line in body[: body.index("Nơi nhận:")] if line]


def _check_rendered(doc: Document) -> None:
    assert doc.title == NOTICE_TITLE
    assert doc.meta["date"] == "2015-08-03"
    assert sorted(of_type(doc, BlockType.CLOSING)) == sorted(NOTICE_CLOSING)
    assert of_type(doc, BlockType.HEADING) == ["I. KẾT QUẢ HỘI NGHỊ", "II. NHIỆM VỤ TIẾP THEO"]
    assert len(of_type(doc, BlockType.LIST_ITEM)) == 2


def test_docx_with_two_column_tables(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    table = d.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = ("\n".join(c) for c in HEAD_COLUMNS)
    for line in _notice_lines():
        d.add_paragraph(line)
    table = d.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = ("\n".join(c) for c in TAIL_COLUMNS)
    d.save(str(tmp_path / "tb.docx"))
    _check_rendered(parse_file(tmp_path / "tb.docx"))


def test_pdf_drawn_in_two_columns(tmp_path):
    fpdf = pytest.importorskip("fpdf")
    from doingoai.testing.render import find_font

    try:
        font = find_font()
    except RuntimeError:
        pytest.skip("no font with Vietnamese glyphs")
    pdf = fpdf.FPDF(unit="mm", format="A4")
    pdf.add_page()
    pdf.add_font("body", fname=str(font))
    pdf.set_font("body", size=8)
    y = 12.0

    def line(x: float, text: str) -> None:
        pdf.set_xy(x, y)
        pdf.cell(w=0, h=4.2, text=text)

    for left, right in zip(*HEAD_COLUMNS, strict=True):
        line(12, left)
        line(95, right)
        y += 4.2
    for text in _notice_lines():
        line(12, text)
        y += 4.2
    for k in range(max(map(len, TAIL_COLUMNS))):
        for x, column in zip((12, 115), TAIL_COLUMNS, strict=True):
            if k < len(column):
                line(x, column[k])
        y += 4.2
    pdf.output(str(tmp_path / "tb.pdf"))
    _check_rendered(parse_file(tmp_path / "tb.pdf"))


# -- a report's title, its place and date, then its first section ------------------------------------

REPORT_BODY = "Trong năm 2022, Việt Nam đã đón nhiều đoàn cấp cao.\n"


@pytest.mark.parametrize("gap", ["\n", "\n\n"])  # (a Word "save as text" puts a blank line after every line)
def test_a_title_above_its_place_and_date_and_a_numbered_section_is_no_issuer(gap):
    title = "BÁO CÁO TỔNG KẾT CÔNG TÁC ĐỐI NGOẠI NĂM 2022"
    lines = [title, "Hà Nội, ngày 20 tháng 12 năm 2022", "I. KẾT QUẢ ĐẠT ĐƯỢC", REPORT_BODY]
    doc = parse_text(gap.join(lines), "bc.txt")
    assert doc.title == title
    assert of_type(doc, BlockType.HEADING) == ["I. KẾT QUẢ ĐẠT ĐƯỢC"]
    assert doc.meta["date"] == "2022-12-20"
    # its twin: an issuer, its place and date, then the title in capitals (not a numbered section)
    lines = ["BỘ NGOẠI GIAO", "Hà Nội, ngày 20 tháng 12 năm 2022", title, "I. KẾT QUẢ ĐẠT ĐƯỢC", REPORT_BODY]
    doc = parse_text(gap.join(lines), "bc.txt")
    assert doc.title == title and front(doc)[0] == "BỘ NGOẠI GIAO"
