"""Layout repair rules, one small document each (written for these tests)."""

from __future__ import annotations

from doingoai.model import BlockType, Document
from doingoai.structure import structure_document
from structure_helpers import blocks, of_type, structure

PDF_PAGES = (
    "QUAN HỆ VIỆT NAM – LÀO TRONG THỜI KỲ MỚI\n\n"
    "Nguyễn Văn An\n"
    "Viện Nghiên cứu Đông Nam Á\n\n"
    "Tóm tắt: Bài viết phân tích quan hệ hai nước trong giai đoạn mới.\n\n"
    "Từ khóa: Việt Nam; Lào; quan hệ đặc biệt.\n"
    "1. Mở đầu\n"
    "Quan hệ giữa Việt Nam và Lào được hai Đảng \n"
    "và hai Nhà nước dày công vun đắp qua nhiều \n"
    "\n\n\n"
    "TẠP CHÍ NGHIÊN CỨU ĐÔNG NAM Á\n\n"
    "12 Tập 5 số 2 (tháng 2/2024)\n\n"
    "thế hệ. Hai bên thường xuyên trao đổi đoàn \n"
    "cấp cao.\n\n"
    "Năm 1977, hai nước ký Hiệp ước Hữu nghị và \n"
    "Hợp tác, mở ra thời kỳ hợp tác toàn diện \n"
    "\n\n\n"
    "TẠP CHÍ NGHIÊN CỨU ĐÔNG NAM Á\n\n"
    "13NGHIÊN CỨU ĐÔNG NAM Á\n\n"
    "trên mọi lĩnh vực.\n"
)


def test_running_headers_and_glued_page_numbers_removed():
    doc = structure(PDF_PAGES)
    assert doc.meta["removed_lines"] == [
        "TẠP CHÍ NGHIÊN CỨU ĐÔNG NAM Á",
        "12 Tập 5 số 2 (tháng 2/2024)",
        "13NGHIÊN CỨU ĐÔNG NAM Á",
    ]
    paras = of_type(doc, BlockType.PARAGRAPH)
    assert paras == [
        "Quan hệ giữa Việt Nam và Lào được hai Đảng và hai Nhà nước dày công vun đắp qua nhiều thế hệ. "
        "Hai bên thường xuyên trao đổi đoàn cấp cao.",
        "Năm 1977, hai nước ký Hiệp ước Hữu nghị và Hợp tác, mở ra thời kỳ hợp tác toàn diện trên mọi lĩnh vực.",
    ]
    assert doc.title == "QUAN HỆ VIỆT NAM – LÀO TRONG THỜI KỲ MỚI"
    assert of_type(doc, BlockType.AUTHOR) == ["Nguyễn Văn An"]
    assert of_type(doc, BlockType.AFFILIATION) == ["Viện Nghiên cứu Đông Nam Á"]
    assert of_type(doc, BlockType.ABSTRACT) == ["Bài viết phân tích quan hệ hai nước trong giai đoạn mới."]
    assert of_type(doc, BlockType.KEYWORDS) == ["Việt Nam; Lào; quan hệ đặc biệt."]
    assert ("heading", "1. Mở đầu") in blocks(doc)


def test_form_feed_pages_with_page_numbers_and_mixed_case_header():
    page = "Nghiên cứu Quốc tế\n{body}\n- {n} -\n"
    text = "\f".join(
        page.format(n=n, body=body)
        for n, body in enumerate(
            [
                "Hội nghị được tổ chức tại Hà Nội với sự tham gia\ncủa nhiều",
                "đoàn đại biểu quốc tế. Các bên nhất trí tăng cường\nhợp tác.",
                "Hội nghị lần sau sẽ họp tại Viên-chăn.",
            ],
            start=1,
        )
    )
    doc = structure(text)
    assert set(doc.meta["removed_lines"]) == {"Nghiên cứu Quốc tế", "- 1 -", "- 2 -", "- 3 -"}
    assert of_type(doc, BlockType.PARAGRAPH) == [
        "Hội nghị được tổ chức tại Hà Nội với sự tham gia của nhiều đoàn đại biểu quốc tế. "
        "Các bên nhất trí tăng cường hợp tác.",
        "Hội nghị lần sau sẽ họp tại Viên-chăn.",
    ]


def test_heading_wrapped_across_a_blank_line_and_heading_levels():
    text = (
        "II. NỘI DUNG\n"
        "2.1. Bối cảnh trong nước và quốc tế giai \n\n"
        "đoạn 1975–1985\n"
        "Sau năm 1975, Việt Nam bước vào giai đoạn \n\n"
        "mới với nhiều thách thức.\n\n"
        "2.1.1. Tình hình khu vực và thế giới sau \n"
        "Chiến tranh\n\n"
        "Thế giới khi đó vẫn chia thành hai cực đối \n"
        "đầu gay gắt với nhau.\n"
    )
    doc = structure(text)
    heads = [(doc.block_text(b), b.level) for b in doc.blocks if b.type is BlockType.HEADING]
    assert heads == [
        ("II. NỘI DUNG", 1),
        ("2.1. Bối cảnh trong nước và quốc tế giai đoạn 1975–1985", 2),
        ("2.1.1. Tình hình khu vực và thế giới sau Chiến tranh", 3),
    ]
    assert of_type(doc, BlockType.PARAGRAPH) == [
        "Sau năm 1975, Việt Nam bước vào giai đoạn mới với nhiều thách thức.",
        "Thế giới khi đó vẫn chia thành hai cực đối đầu gay gắt với nhau.",
    ]


REPORT = (
    "\nBÁO CÁO KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI \n\nNĂM 2021 \n\n \n\n"
    "Năm 2021, trong bối cảnh dịch bệnh còn diễn biến phức tạp, công tác đối ngoại \n\n"
    "vẫn được triển khai chủ động và đạt nhiều kết quả quan trọng, đó là: \n\n"
    "1. Quan hệ với các nước láng giềng tiếp tục được củng cố; tăng cường hợp tác \n\n"
    "toàn diện với Lào; thúc đẩy quan hệ hữu nghị truyền thống với \n\n"
    "Campuchia; mở rộng hợp tác với các nước trong khu vực và trên thế giới. \n\n"
    "2. Hội nhập quốc tế được đẩy mạnh. \n\n"
    "Hoạt động đối ngoại nhân dân được duy trì thường xuyên, góp phần tăng cường \n\n"
    "hiểu biết lẫn nhau. \n\n"
    "Một số nhiệm vụ trọng tâm của công tác đối ngoại năm 2022: \n\n"
    "Thứ nhất, tiếp tục giữ vững môi trường hòa bình, ổn định, tranh thủ tối đa các nguồn \n\n"
    "lực bên ngoài phục vụ phát triển đất nước, nâng cao vị thế và uy tín của đất nước \n\n"
    "trên trường quốc tế. \n\n"
    "Thứ hai, chủ động chuẩn bị tốt các chuyến thăm cấp cao, các hội nghị quốc tế quan \n\n"
    "trọng mà nước ta đăng cai tổ chức trong năm. \n\n"
    "          (Nguồn: Ban Đối ngoại) \n\n"
)


def test_word_export_with_a_blank_line_after_every_line():
    doc = structure(REPORT)
    assert doc.title == "BÁO CÁO KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI NĂM 2021"
    got = blocks(doc)
    assert got[1] == (
        "paragraph",
        "Năm 2021, trong bối cảnh dịch bệnh còn diễn biến phức tạp, công tác đối ngoại vẫn được triển khai "
        "chủ động và đạt nhiều kết quả quan trọng, đó là:",
    )
    assert got[2] == (
        "list_item",
        "1. Quan hệ với các nước láng giềng tiếp tục được củng cố; tăng cường hợp tác toàn diện với Lào; "
        "thúc đẩy quan hệ hữu nghị truyền thống với Campuchia; mở rộng hợp tác với các nước trong khu vực "
        "và trên thế giới.",
    )
    assert got[3] == ("list_item", "2. Hội nhập quốc tế được đẩy mạnh.")
    assert got[4][0] == "paragraph"
    assert got[5] == ("heading", "Một số nhiệm vụ trọng tâm của công tác đối ngoại năm 2022:")
    assert doc.blocks[5].level == 1
    assert [t for t, _ in got[6:8]] == ["paragraph", "paragraph"]
    assert got[6][1].startswith("Thứ nhất,") and got[6][1].endswith("trên trường quốc tế.")
    assert got[-1] == ("source", "(Nguồn: Ban Đối ngoại)")


def test_enumeration_after_a_lead_in():
    text = (
        "Trong giai đoạn này, chính sách đối ngoại tập trung vào hai \n"
        "hướng chính:\n\n"
        "Củng cố quan hệ với các nước láng giềng.\n\n"
        "Mở rộng quan hệ với các nước khác.\n\n"
        "Những định hướng trên đã được triển khai nhất quán trong suốt nhiều năm sau đó, "
        "góp phần giữ vững môi trường hòa bình và tạo điều kiện thuận lợi cho phát triển.\n"
    )
    doc = structure(text)
    assert [t for t, _ in blocks(doc)] == ["paragraph", "list_item", "list_item", "paragraph"]


def test_hyphens_at_line_ends():
    text = (
        "Ta phối hợp với phía Cam-\npu-chia và Lào trong nhiều năm.\n\n"
        "Abstract: The paper studies the inter-\nnational order and the Marxist-\nLeninist doctrine of the Party.\n"
    )
    doc = structure(text)
    got = [doc.block_text(b) for b in doc.blocks]
    assert got[0] == "Ta phối hợp với phía Cam-pu-chia và Lào trong nhiều năm."
    assert (
        got[1] == "The paper studies the international order and the Marxist-Leninist doctrine of the Party."
    )
    assert [b.lang for b in doc.blocks] == ["vi", "en"]


def test_body_text_is_never_dropped_even_when_a_line_repeats():
    text = (
        "Hai nước ký kết nhiều văn kiện quan trọng.\nHợp tác kinh tế được đẩy mạnh.\n\n"
        "Năm sau, hai nước tiếp tục ký kết.\nHợp tác kinh tế được đẩy mạnh.\n"
    )
    doc = structure(text)
    assert doc.meta["removed_lines"] == []
    assert sum(doc.block_text(b).count("Hợp tác kinh tế được đẩy mạnh.") for b in doc.blocks) == 2


def test_every_block_is_one_line_and_maps_into_raw():
    doc = structure(PDF_PAGES)
    assert "\n" not in "".join(doc.block_text(b) for b in doc.blocks)
    assert doc.text == "\n\n".join(doc.block_text(b) for b in doc.blocks)
    for b in doc.blocks:
        a, e = doc.raw_offsets(b.start, b.end)
        assert doc.raw[a:e].split()[-1] == doc.block_text(b).split()[-1]


def test_empty_and_blank_text():
    assert structure("").blocks == []
    doc = structure("\n \n\f\n")
    assert doc.blocks == [] and doc.sentences == [] and doc.meta["removed_lines"] == []


def test_block_language():
    from doingoai.structure.language import detect

    assert detect("Quan hệ Việt Nam – Lào được củng cố.") == "vi"
    assert (
        detect("The Communist Party of Vietnam (Đảng Cộng sản Việt Nam) set out its foreign policy in 1976.")
        == "en"
    )
    assert detect("Hoàng Ngọc Kiên") == "vi"
    assert detect("Viet Nam va Lao la hai nuoc lang gieng co quan he dac biet") == "vi"
    assert detect("1975–1985") is None


def test_offsets_compose_with_the_clean_stage_map():
    import unicodedata

    from doingoai.clean import clean_document

    body = "Quan hệ Việt Nam – Lào được củng \ncố trong nhiều năm.\n\nHai nước ký hiệp ước năm 1977.\n"
    raw = "TIÊU ĐỀ\n\n" + unicodedata.normalize("NFD", body)  # decomposed: the clean stage rewrites it
    doc = clean_document(Document(name="t.txt", raw=raw))
    assert doc.text != raw
    structure_document(doc)
    assert [doc.block_text(b) for b in doc.blocks] == [
        "TIÊU ĐỀ",
        "Quan hệ Việt Nam – Lào được củng cố trong nhiều năm.",
        "Hai nước ký hiệp ước năm 1977.",
    ]
    for s in doc.sentences:
        a, b = doc.raw_offsets(s.start, s.end)
        assert unicodedata.normalize("NFC", " ".join(raw[a:b].split())) == doc.text[s.start : s.end]


def test_caps_author_label_alone_references_and_captions():
    text = (
        "CHÍNH SÁCH ĐỐI NGOẠI CỦA VIỆT NAM\n"
        "TRONG THỜI KỲ ĐỔI MỚI\n"
        "TS. NGUYỄN VĂN BÌNH\n"
        "Học viện Ngoại giao\n\n"
        "TÓM TẮT\n\n"
        "Bài viết phân tích chính sách đối ngoại của Việt Nam.\n\n"
        "1. Mở đầu\n"
        "Từ năm 1986, Việt Nam thực hiện đường lối đổi mới.\n\n"
        "Bảng 1: Các nước có quan hệ đối tác chiến lược\n\n"
        "TÀI LIỆU THAM KHẢO\n"
        "Bộ Ngoại giao (2015). Ngoại giao Việt Nam 1945–2000. Hà Nội: Nxb. Chính trị quốc gia.\n"
        "Đảng Cộng sản Việt Nam (1987). Văn kiện Đại hội đại biểu toàn quốc lần thứ VI. Hà Nội: Nxb. Sự thật.\n"
    )
    doc = structure(text)
    assert doc.title == "CHÍNH SÁCH ĐỐI NGOẠI CỦA VIỆT NAM TRONG THỜI KỲ ĐỔI MỚI"
    assert of_type(doc, BlockType.AUTHOR) == ["TS. NGUYỄN VĂN BÌNH"]
    assert of_type(doc, BlockType.AFFILIATION) == ["Học viện Ngoại giao"]
    assert of_type(doc, BlockType.ABSTRACT) == ["Bài viết phân tích chính sách đối ngoại của Việt Nam."]
    assert of_type(doc, BlockType.CAPTION) == ["Bảng 1: Các nước có quan hệ đối tác chiến lược"]
    assert len(of_type(doc, BlockType.REFERENCE)) == 2
    assert ("heading", "TÀI LIỆU THAM KHẢO") in blocks(doc)


def test_repeated_upper_case_headings_are_kept_but_a_header_cutting_sentences_is_not():
    text = (
        "PHẦN MỘT\n"
        "KẾT QUẢ ĐẠT ĐƯỢC\n"
        "Năm 2020, quan hệ với các nước láng giềng được củng cố.\n"
        "PHẦN HAI\n"
        "KẾT QUẢ ĐẠT ĐƯỢC\n"
        "Năm 2021, hợp tác kinh tế với các đối tác được đẩy mạnh và\n"
        "BẢN TIN ĐỐI NGOẠI\n"
        "mở rộng sang nhiều lĩnh vực mới.\n"
        "Năm 2022, hai bên tiếp tục trao đổi đoàn các cấp,\n"
        "BẢN TIN ĐỐI NGOẠI\n"
        "trong đó có nhiều đoàn cấp cao.\n"
    )
    doc = structure(text)
    assert doc.meta["removed_lines"] == ["BẢN TIN ĐỐI NGOẠI"]
    assert of_type(doc, BlockType.HEADING).count("KẾT QUẢ ĐẠT ĐƯỢC") == 2
    assert (
        "Năm 2021, hợp tác kinh tế với các đối tác được đẩy mạnh và mở rộng sang nhiều lĩnh vực mới."
        in of_type(doc, BlockType.PARAGRAPH)
    )


def test_english_article():
    from pathlib import Path

    raw = (Path(__file__).parent / "data" / "structure_english_article.txt").read_text(encoding="utf-8")
    doc = structure(raw)
    assert doc.title == "VIETNAM'S FOREIGN POLICY AFTER DOI MOI: FROM ISOLATION TO INTEGRATION"
    assert of_type(doc, BlockType.AUTHOR) == ["Nguyen Van An*, Tran Thi Binh**"]
    assert of_type(doc, BlockType.AFFILIATION) == [
        "* Diplomatic Academy of Vietnam",
        "** University of Social Sciences and Humanities, Hanoi",
        "Email: an.nguyen@example.edu.vn",
    ]
    assert of_type(doc, BlockType.KEYWORDS) == ["foreign policy; Doi Moi; ASEAN; WTO."]
    heads = [(doc.block_text(b), b.level) for b in doc.blocks if b.type is BlockType.HEADING]
    assert heads == [
        ("1. Introduction", 1),
        ("2. Normalisation with major powers", 1),
        ("2.1. China", 2),
        ("2.2. The United States", 2),
    ]
    assert doc.meta["removed_lines"] == ["- 12 -"]
    assert {b.lang for b in doc.blocks} == {"en"}
    sents = [doc.text[s.start : s.end] for s in doc.sentences]
    assert "1. Introduction" in sents and "2.1. China" in sents
    assert "The U.S. lifted its trade embargo on 3 February 1994." in sents


def test_works_cited_with_volume_and_issue_are_kept():
    text = (
        "TÀI LIỆU THAM KHẢO\n"
        "Nguyễn Văn A (2020). Quan hệ Việt Nam – Lào. Tạp chí Nghiên cứu Quốc tế,\n"
        "tập 2, số 3 (2020)\n"
        "Trần Thị B (2019). Ngoại giao đa phương. Tạp chí Cộng sản, Tập 5, số 10, 2019\n"
    )
    doc = structure(text)
    assert doc.meta["removed_lines"] == []
    assert "tập 2, số 3 (2020)" in doc.text and "Tập 5, số 10, 2019" in doc.text
