"""Build the two hundred thirty-second held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout232/build_heldout232.py [--check]

Five short documents on justice for the crimes of the Khmer Rouge and the hybrid tribunal in Phnom Penh
(a journal article on the road from the 1979 tribunal to the ECCC, the Foreign Ministry's Department of
International Law and Treaties' report on 2024, a news page on the UN – Cambodia agreement signed on
6/6/2003, a (fictitious) Judicial Academy plan for 2026, an encyclopedia entry on the ECCC). Facts are
well-established; authors, journal, page numbers, document numbers, the report's and the plan's items
and all quoted words are invented. Events, citations and questions gold are written by hand; ``--check``
verifies that every gold evidence, quote and citation occurs in the documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import (  # noqa: E402
    build_and_check,
    entry_text,
    headed_journal,
    news_page,
    plan_text,
    word_text,
)

DWA_JOURNAL = {
    "id": "dwa",
    "shape": "journal",
    "header": "TẠP CHÍ LUẬT QUỐC TẾ VÀ ĐỐI NGOẠI – Số 3 (2023)",
    "first_page": 38,
    "break_after": 9,
    "blocks": [
        ("title", "TỪ TÒA ÁN NHÂN DÂN CÁCH MẠNG ĐẾN TÒA ÁN ĐẶC BIỆT XÉT XỬ KHMER ĐỎ"),
        ("author", "Đinh Thị Ngọc Hân"),
        ("affiliation", "Khoa Luật quốc tế, Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết điểm lại quá trình đưa các thủ lĩnh Khmer Đỏ ra xét xử và ý nghĩa của quá trình đó đối với các nạn nhân người Việt.",
            "vi",
        ),
        ("keywords", "Khmer Đỏ; ECCC; tội diệt chủng; tòa án hỗn hợp", "vi"),
        ("heading", "1. Tội ác và bản án đầu tiên", 1),
        (
            "paragraph",
            "Trong hai năm 1977 – 1978, chính quyền Campuchia Dân chủ liên tục đưa quân tấn công các tỉnh biên giới Tây Nam của nước ta; riêng vụ thảm sát ở Ba Chúc (An Giang) tháng 4/1978 đã làm 3.157 dân thường thiệt mạng. Ngày 7/1/1979, quân tình nguyện Việt Nam cùng lực lượng Mặt trận Đoàn kết dân tộc cứu nước Campuchia giải phóng Phnôm Pênh. Tháng 8/1979, Tòa án nhân dân cách mạng ở Phnôm Pênh xét xử vắng mặt Pol Pot và Ieng Sary về tội diệt chủng (Hoàng Văn Khải, 2015, tr. 44).",
        ),
        ("heading", "2. Thỏa thuận giữa Liên hợp quốc và Campuchia", 1),
        (
            "paragraph",
            "Năm 1997, hai đồng Thủ tướng Campuchia gửi thư đề nghị Liên hợp quốc giúp đưa các thủ lĩnh Khmer Đỏ ra trước công lý. Sau gần sáu năm đàm phán, có lúc bị gián đoạn, Thỏa thuận giữa Liên hợp quốc và Chính phủ Hoàng gia Campuchia được ký tại Phnôm Pênh ngày 6/6/2003 và có hiệu lực từ ngày 29/4/2005. Tòa án đặc biệt ra đời theo thỏa thuận này là một tòa án hỗn hợp, gồm cả thẩm phán Campuchia và thẩm phán quốc tế (Nguyễn Thu Trang, 2019). Nhật Bản là nhà tài trợ lớn nhất cho hoạt động của Tòa.",
        ),
        ("heading", "3. Ý nghĩa đối với Việt Nam", 1),
        (
            "paragraph",
            "Ngày 16/11/2018, Tòa án đặc biệt tuyên Nuon Chea và Khieu Samphan phạm tội diệt chủng đối với người gốc Việt; bản án đối với Khieu Samphan được Phòng Tối cao giữ nguyên ngày 22/9/2022. Một luật sư Campuchia nhận xét đây là “lần đầu tiên nỗi đau của nạn nhân người Việt được một tòa án có yếu tố quốc tế ghi nhận” (Lâm Quốc Tuấn, 2022, tr. 87). Từ kinh nghiệm đó, ta cần tiếp tục phối hợp với Campuchia lưu giữ hồ sơ, tư liệu về tội ác diệt chủng.",
        ),
    ],
}

DWB_REPORT = {
    "id": "dwb",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "VỤ LUẬT PHÁP VÀ ĐIỀU ƯỚC QUỐC TẾ",
        "Số: 48/BC-LPĐƯ",
        "Hà Nội, ngày 27 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả công tác luật pháp quốc tế năm 2024 và phương hướng năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác luật pháp quốc tế năm 2024 và phương hướng năm 2025"),
        ("heading", "I. KẾT QUẢ CÔNG TÁC NĂM 2024", 1),
        (
            "list_item",
            "1. Ngày 24/12/2024, Đại hội đồng Liên hợp quốc thông qua Công ước về chống tội phạm mạng và chấp thuận đề nghị của ta đăng cai lễ mở ký Công ước tại Hà Nội. Vụ đã phối hợp với Văn phòng Liên hợp quốc về Ma túy và Tội phạm (UNODC) chuẩn bị hồ sơ pháp lý cho sự kiện.",
        ),
        (
            "list_item",
            "2. Tháng 3/2024, Vụ chủ trì vòng tham vấn pháp lý thường niên với Bộ Ngoại giao Nhật Bản tại Tô-ky-ô; hai bên trao đổi về luật biển và thực thi các điều ước song phương.",
        ),
        (
            "list_item",
            "3. Tháng 9/2024, đoàn cán bộ của Vụ sang Phnôm Pênh làm việc với Bộ Ngoại giao và Hợp tác quốc tế Campuchia; nhân dịp này, hai bên ký Biên bản ghi nhớ về đào tạo pháp luật quốc tế.",
        ),
        (
            "list_item",
            "4. Đề xuất nghiên cứu gia nhập Công ước Xinh-ga-po về hòa giải thương mại quốc tế chưa được trình cấp có thẩm quyền do còn chờ ý kiến của các bộ, ngành.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Phục vụ lễ mở ký Công ước về chống tội phạm mạng tại Hà Nội, bảo đảm đúng thủ tục lưu chiểu của Liên hợp quốc.",
        ),
        (
            "list_item",
            "2. Tháng 3 năm sau, đón đoàn Bộ Ngoại giao và Hợp tác quốc tế Campuchia sang tham vấn pháp lý tại Hà Nội.",
        ),
        (
            "list_item",
            "3. Tiếp tục trao đổi tài liệu lưu trữ với Tòa án đặc biệt xét xử Khmer Đỏ, nay đã chuyển sang giai đoạn thực hiện các chức năng còn lại.",
        ),
    ],
}

DWC_NEWS = {
    "id": "dwc",
    "shape": "news",
    "date": "2003-06-06",
    "stamp": "Thứ Sáu, 06/06/2003 - 17:40",
    "blocks": [
        ("title", "Liên hợp quốc và Campuchia ký thỏa thuận xét xử các thủ lĩnh Khmer Đỏ"),
        (
            "paragraph",
            "Phnôm Pênh (TTXVN) – Ngày 6/6, tại Phnôm Pênh, Bộ trưởng cao cấp Sok An và Phó Tổng Thư ký Liên hợp quốc phụ trách các vấn đề pháp lý Hans Corell đã ký thỏa thuận về việc thành lập tòa án xét xử những người chịu trách nhiệm cao nhất về tội ác thời Khmer Đỏ.",
        ),
        ("heading", "Sáu năm thương lượng", 1),
        (
            "paragraph",
            "Tiến trình này bắt đầu từ năm 1997, khi Chính phủ Campuchia đề nghị Liên hợp quốc hỗ trợ. Tháng 2/2002, Liên hợp quốc từng rút khỏi các cuộc đàm phán vì bất đồng về tính độc lập của tòa án. Văn kiện được ký hôm nay sau khi Đại hội đồng Liên hợp quốc thông qua dự thảo thỏa thuận hồi giữa tháng trước.",
        ),
        (
            "paragraph",
            "Theo thỏa thuận, tòa án gồm cả thẩm phán Campuchia và thẩm phán quốc tế, hoạt động trong hệ thống tòa án Campuchia và áp dụng luật Campuchia cùng các chuẩn mực quốc tế. Dưới chế độ Khmer Đỏ, ước tính khoảng 1,7 triệu người đã thiệt mạng.",
        ),
        (
            "paragraph",
            "Trong suốt thập niên 1980, ghế của Campuchia tại Liên hợp quốc vẫn do phe Khmer Đỏ nắm giữ, dù chế độ này đã bị lật đổ từ ngày 7/1/1979.",
        ),
        ("heading", "Chờ Quốc hội phê chuẩn", 1),
        (
            "paragraph",
            "Thỏa thuận chỉ có hiệu lực sau khi được Quốc hội Campuchia phê chuẩn. Nhật Bản, Pháp và Ô-xtrây-li-a đã bày tỏ sẵn sàng đóng góp kinh phí cho tòa án. Phát biểu sau lễ ký, ông Sok An cho rằng đây là “món nợ mà Campuchia phải trả cho hơn một triệu nạn nhân”.",
        ),
    ],
}

DWD_PLAN = {
    "id": "dwd",
    "shape": "plan",
    "head": [
        f"{'BỘ TƯ PHÁP':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'HỌC VIỆN TƯ PHÁP':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 09/KH-HVTP':<40}Hà Nội, ngày 12 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác quốc tế về đào tạo luật hình sự quốc tế",
        "và luật nhân đạo quốc tế năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác quốc tế về đào tạo luật hình sự quốc tế và luật nhân đạo quốc tế năm 2026",
        ),
        (
            "paragraph",
            "Căn cứ nhiệm vụ được Bộ Tư pháp giao, Học viện Tư pháp xây dựng Kế hoạch hợp tác quốc tế năm 2026 về đào tạo luật hình sự quốc tế và luật nhân đạo quốc tế như sau:",
        ),
        ("heading", "I. TÌNH HÌNH", 1),
        (
            "paragraph",
            "Từ năm 1996, Cơ quan Hợp tác quốc tế Nhật Bản (JICA) hỗ trợ Việt Nam hoàn thiện pháp luật và đào tạo chức danh tư pháp. Năm ngoái, Học viện đã đón đoàn Trường Hoàng gia đào tạo nghề tư pháp Campuchia sang trao đổi kinh nghiệm, song hai bên chưa ký kết văn bản hợp tác.",
        ),
        ("heading", "II. NHIỆM VỤ", 1),
        (
            "list_item",
            "1. Tháng 3 năm nay, cử đoàn giảng viên sang Phnôm Pênh tìm hiểu kho lưu trữ của Tòa án đặc biệt xét xử Khmer Đỏ.",
        ),
        (
            "list_item",
            "2. Ký Biên bản ghi nhớ hợp tác đào tạo với Trường Hoàng gia đào tạo nghề tư pháp Campuchia, dự kiến vào tháng 6.",
        ),
        (
            "list_item",
            "3. Phối hợp với Ủy ban Chữ thập đỏ quốc tế (ICRC) tổ chức hai khóa tập huấn về luật nhân đạo quốc tế cho học viên.",
        ),
        (
            "list_item",
            "4. Đề nghị JICA tiếp tục hỗ trợ biên soạn giáo trình về tố tụng hình sự quốc tế.",
        ),
        (
            "list_item",
            "5. Không tổ chức đoàn đi châu Âu trong năm 2026 để tập trung nguồn lực cho các nhiệm vụ trên.",
        ),
        (
            "paragraph",
            "Phòng Hợp tác quốc tế là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch; các khoa, phòng chủ động đề xuất nội dung phù hợp và báo cáo kết quả trước ngày 15/12/2026.",
        ),
    ],
}

DWE_ENTRY = {
    "id": "dwe",
    "shape": "entry",
    "blocks": [
        ("title", "Tòa án đặc biệt xét xử Khmer Đỏ"),
        (
            "paragraph",
            "Các Phòng xét xử đặc biệt trong hệ thống tòa án Campuchia (ECCC), thường gọi là Tòa án đặc biệt xét xử Khmer Đỏ, là tòa án hỗn hợp được lập để xét xử các thủ lĩnh cấp cao của chế độ Campuchia Dân chủ (1975 – 1979). Tòa có trụ sở ở ngoại ô Phnôm Pênh.",
        ),
        ("heading", "Thành lập", 1),
        (
            "paragraph",
            "Ngày 21/6/1997, hai đồng Thủ tướng Campuchia gửi thư đề nghị Tổng Thư ký Liên hợp quốc giúp đỡ. Tháng 2/2002, Liên hợp quốc rút khỏi các cuộc đàm phán, rồi nối lại theo yêu cầu của Đại hội đồng vào cuối năm đó; tháng 5/2003, Đại hội đồng thông qua dự thảo thỏa thuận. Thỏa thuận giữa Liên hợp quốc và Chính phủ Hoàng gia Campuchia được ký ngày 6/6/2003 và có hiệu lực từ ngày 29/4/2005; các thẩm phán tuyên thệ nhậm chức ngày 3/7/2006. Thẩm phán quốc tế do Tổng Thư ký Liên hợp quốc đề cử.",
        ),
        ("heading", "Các vụ án", 1),
        (
            "paragraph",
            "Ngày 26/7/2010, Kaing Guek Eav (Duch) bị tuyên 35 năm tù; năm 2012, mức án được nâng lên chung thân. Ngày 16/11/2018, Nuon Chea và Khieu Samphan bị kết án về tội diệt chủng, trong đó có tội diệt chủng đối với người gốc Việt. Ngày 22/9/2022, Phòng Tối cao ra phán quyết cuối cùng, giữ nguyên án chung thân đối với Khieu Samphan. Tổng cộng, Tòa chỉ kết án ba người; Ieng Sary qua đời năm 2013 khi vụ án còn đang xét xử, còn Nuon Chea mất năm 2019.",
        ),
        ("heading", "Tài chính", 1),
        (
            "paragraph",
            "Nhật Bản là nhà tài trợ lớn nhất; Ô-xtrây-li-a, Đức, Pháp và Anh cũng đóng góp đáng kể. Từ ngày 1/1/2023, Tòa chuyển sang giai đoạn thực hiện các chức năng còn lại.",
        ),
    ],
}

DOCS = [DWA_JOURNAL, DWB_REPORT, DWC_NEWS, DWD_PLAN, DWE_ENTRY]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush right."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends, lines wrapped at 70 columns, a blank line after every line."""
    return word_text(doc, 70, ["KT. VỤ TRƯỞNG", "PHÓ VỤ TRƯỞNG", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page by the agency's detail template (heldout_kit.news_page)."""
    return news_page(
        doc,
        "Thế giới",
        "17:40",
        [("/the-gioi", "Thế giới"), ("/phap-luat", "Pháp luật")],
        [("/tag/campuchia", "Campuchia"), ("/tag/khmer-do", "Khmer Đỏ")],
    )


def render_plan(doc: dict) -> str:
    """A plan: the two-column issuer/motto block, the centred title, "Nơi nhận" beside the signature."""
    return plan_text(
        doc,
        76,
        ["Nơi nhận:", "- Bộ Tư pháp (để báo cáo);", "- Lưu: VT, HTQT."],
        ["GIÁM ĐỐC", "", "(đã ký)"],
    )


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "word": render_word,
            "news": render_news,
            "plan": render_plan,
            "entry": entry_text,
        },
        prefix="dw",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
