"""Structure on the fourth round of scored held-out sets: the general causes, on small documents."""

from __future__ import annotations

from doingoai.model import BlockType
from structure_helpers import blocks, of_type, structure


def test_one_syllable_broken_among_foreign_names_is_rejoined():
    doc = structure(
        "Tháng 6/2013, nhân chuyến thăm của Tổng thống Marcelo Bam-\n"
        "bang Oliveira, hai nước nâng cấp quan hệ.\n\n"
        "Đoàn đại biểu Việt Nam thăm Lào và Cu-\n"
        "ba trong tháng này.\n"
    )
    texts = [t for _, t in blocks(doc)]
    assert "Marcelo Bambang Oliveira" in texts[0]
    assert "Cu-ba" in texts[1]  # a transliteration among Vietnamese words keeps its hyphen


def test_foreign_name_after_the_broken_word_is_enough():
    doc = structure("Hai bên hoan nghênh chuyến thăm của ông Bam-\nbang Susanto tới Hà Nội năm nay.\n")
    assert "ông Bambang Susanto" in blocks(doc)[0][1]


def test_hyphenated_tail_is_never_glued():
    doc = structure("Việt Nam ký hiệp định với Mê-hi-cô và Bam-\nbang-lo trong năm 2015, theo báo cáo.\n")
    assert "Bam-bang-lo" in blocks(doc)[0][1]


def test_speech_head_and_occasion_parted_by_a_blank_line_make_the_title():
    doc = structure(
        "BÀI PHÁT BIỂU CỦA THỨ TRƯỞNG BỘ CÔNG THƯƠNG\n\n"
        "tại Diễn đàn “Hợp tác kinh tế Việt Nam – Chi-lê”\n\n"
        "Kính thưa các vị khách quý,\n\n"
        "Quan hệ kinh tế giữa hai nước phát triển nhanh trong những năm qua. Hai bên đã ký hiệp định.\n"
    )
    assert of_type(doc, BlockType.TITLE) == [
        "BÀI PHÁT BIỂU CỦA THỨ TRƯỞNG BỘ CÔNG THƯƠNG tại Diễn đàn “Hợp tác kinh tế Việt Nam – Chi-lê”"
    ]


def test_a_once_only_page_head_cutting_a_sentence_is_a_running_header():
    body = "Hai nước đã ký nhiều văn kiện quan trọng về hợp tác kinh tế, văn hóa và giáo dục trong\n"
    text = (
        "TẠP CHÍ NGHIÊN CỨU CHÂU PHI – Số 2/2019\n\n"
        "QUAN HỆ VIỆT NAM – AI CẬP\n\n"
        "1. Bối cảnh\n"
        "Việt Nam và Ai Cập thiết lập quan hệ ngoại giao năm 1963. Trong những năm qua,\n"
        + body
        + "\n                          15\n\f"
        "Quan hệ Việt Nam – Ai Cập\n\n"
        "giai đoạn mới. Hai bên nhất trí tăng cường hợp tác thương mại.\n"
        "\n                          16\n\f"
        "TẠP CHÍ NGHIÊN CỨU CHÂU PHI – Số 2/2019\n\n"
        "Hai bên sẽ tiếp tục trao đổi đoàn các cấp trong thời gian tới.\n"
        "\n                          17\n"
    )
    doc = structure(text)
    assert "Quan hệ Việt Nam – Ai Cập" in doc.meta["removed_lines"]
    assert any("văn hóa và giáo dục trong giai đoạn mới." in t for _, t in blocks(doc))


def test_a_heading_at_a_page_top_after_a_sentence_end_stays():
    text = (
        "TẠP CHÍ NGHIÊN CỨU CHÂU PHI – Số 2/2019\n\n"
        "QUAN HỆ VIỆT NAM – AI CẬP\n\n"
        "Việt Nam và Ai Cập thiết lập quan hệ ngoại giao năm 1963.\n"
        "\n                          15\n\f"
        "Hợp tác kinh tế\n\n"
        "Hai bên nhất trí tăng cường hợp tác thương mại.\n"
        "\n                          16\n\f"
        "TẠP CHÍ NGHIÊN CỨU CHÂU PHI – Số 2/2019\n\n"
        "Hai bên sẽ tiếp tục trao đổi đoàn các cấp trong thời gian tới.\n"
    )
    doc = structure(text)
    assert "Hợp tác kinh tế" not in doc.meta["removed_lines"]
    assert any(t == "Hợp tác kinh tế" for _, t in blocks(doc))


_LONG = (
    "Hai bên đánh giá cao kết quả hợp tác trong nhiều lĩnh vực, từ chính trị, kinh tế đến văn hóa, "
    "giáo dục và nhất trí sẽ đẩy mạnh trao đổi đoàn các cấp trong thời gian tới."
)


def test_paragraph_a_line_with_blank_lines_is_not_a_double_spaced_export():
    text = (
        "Hai nước ký hiệp định hợp tác\n\n" + _LONG + "\n\nSTT  Văn kiện  Lĩnh vực\n\n"
        "1  Hiệp định về hợp tác kinh tế, thương mại và đầu tư giữa hai nước trong giai đoạn mới  Kinh tế\n\n"
        "2  Bản ghi nhớ về giáo dục  Giáo dục\n\n" + _LONG + "\n\n" + _LONG + "\n\n(Theo TTXVN)\n"
    )
    got = blocks(structure(text))
    assert [k for k, _ in got] == [
        "title",
        "paragraph",
        "table",
        "table",
        "table",
        "paragraph",
        "paragraph",
        "source",
    ]
    assert got[-1][1] == "(Theo TTXVN)"


def test_credit_in_brackets_only_when_the_whole_line():
    doc = structure(
        "Tiêu đề bản tin về hợp tác\n\n" + _LONG + "\n\n(Theo Điều 5 của Hiệp định) hai bên sẽ họp.\n"
    )
    assert not of_type(doc, BlockType.SOURCE)


def test_runs_of_spaces_collapse_in_paragraphs_not_in_tables():
    text = (
        "Ngày  2/2/1950,  Tiệp  Khắc  và  Việt Nam  thiết  lập quan hệ ngoại giao; hai bên\n"
        "đã ký nhiều hiệp định  hợp  tác.\n\n"
        "Hiệp định  Ngày ký  Hiệu lực\n"
        "EVFTA  30/6/2019  1/8/2020\n"
        "EVIPA  30/6/2019  chưa\n"
    )
    doc = structure(text)
    paras = of_type(doc, BlockType.PARAGRAPH)
    assert paras == [
        "Ngày 2/2/1950, Tiệp Khắc và Việt Nam thiết lập quan hệ ngoại giao; hai bên đã ký nhiều hiệp định hợp tác."
    ]
    assert "EVFTA  30/6/2019  1/8/2020" in of_type(doc, BlockType.TABLE)
    # every word still maps to itself in the raw text; a collapsed space maps to its run
    for b in doc.blocks:
        for w_start in range(b.start, b.end):
            if doc.text[w_start] != " " and (w_start == b.start or doc.text[w_start - 1] == " "):
                w_end = doc.text.find(" ", w_start, b.end)
                w_end = b.end if w_end < 0 else w_end
                s, e = doc.map.span(w_start, w_end)
                assert doc.raw[s:e] == doc.text[w_start:w_end]
    k = doc.text.index("Ngày 2/2") + 4
    s, e = doc.map.span(k, k + 1)
    assert doc.raw[s:e] == "  "


def test_text_without_double_spaces_is_untouched():
    doc = structure("Hai nước thiết lập quan hệ ngoại giao năm 1973. Hai bên ký hiệp định năm 2019.\n")
    assert doc.text == "Hai nước thiết lập quan hệ ngoại giao năm 1973. Hai bên ký hiệp định năm 2019."


_DOUBLE = (
    "Thưa các vị khách quý,\n\n"
    "Đúng năm mươi năm trước, hai nước chính thức thiết lập quan hệ ngoại giao và từ\n\n"
    "đó quan hệ hữu nghị giữa hai dân tộc không ngừng được vun đắp qua nhiều thế hệ.\n\n"
    "{lead}\n\n"
    "1. Về chính trị, quan hệ giữa hai nước ngày càng tin cậy và gắn bó chặt chẽ hơn\n\n"
    "trong mọi lĩnh vực.\n\n"
    "2. Về kinh tế, hai bên đang đàm phán một hiệp định thương mại tự do song phương.\n\n"
    "Xin trân trọng cảm ơn.\n"
)


def test_lead_in_after_a_full_line_of_a_double_spaced_export_goes_on():
    doc = structure(_DOUBLE.format(lead="Hôm nay, tôi xin nêu hai điểm:"))
    paras = of_type(doc, BlockType.PARAGRAPH)
    assert any(t.endswith("qua nhiều thế hệ. Hôm nay, tôi xin nêu hai điểm:") for t in paras)
    assert len(of_type(doc, BlockType.LIST_ITEM)) == 2


def test_lead_in_after_a_short_line_of_a_double_spaced_export_stands_alone():
    text = _DOUBLE.format(lead="Hôm nay, tôi xin nêu hai điểm:").replace(
        "không ngừng được vun đắp qua nhiều thế hệ.", "được vun đắp."
    )
    paras = of_type(structure(text), BlockType.PARAGRAPH)
    assert "Hôm nay, tôi xin nêu hai điểm:" in paras


def test_a_site_banner_over_an_ordinary_case_title():
    doc = structure(
        "BỘ NGOẠI GIAO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM – TIN TỨC\n\n"
        "Thứ trưởng Ngoại giao tiếp Đại sứ Chi-lê ngày 3/5/2019\n\n"
        "Ngày 3/5, Thứ trưởng Ngoại giao tiếp Đại sứ Chi-lê tại Hà Nội. Hai bên trao đổi về hợp tác.\n"
    )
    assert of_type(doc, BlockType.TITLE) == ["Thứ trưởng Ngoại giao tiếp Đại sứ Chi-lê ngày 3/5/2019"]


def test_an_upper_case_title_under_a_body_line_stays_the_title():
    doc = structure(
        "BỘ NGOẠI GIAO – VỤ CHÂU MỸ\n\n"
        "Ngày 3/5, Thứ trưởng Ngoại giao tiếp Đại sứ Chi-lê tại Hà Nội. Hai bên trao đổi về hợp tác.\n\n"
        "Hai bên nhất trí tăng cường hợp tác.\n"
    )
    assert not any(t.startswith("Ngày 3/5") for t in of_type(doc, BlockType.TITLE))
