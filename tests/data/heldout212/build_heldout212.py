"""Build the two-hundred-and-twelfth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout212/build_heldout212.py [--check]

Five short documents written after the rules were tuned on the seeds and the earlier held-out sets, on
topics those sets do not use (Vietnam as a BRICS partner country; the Ministry of Finance's International
Cooperation Department on multilateral finance in the first half of 2025; Brazil's announcement of Vietnam as
the tenth BRICS partner, 13/6/2025; a (fictitious) Ministry of Science and Technology plan for BRICS science
cooperation in 2026; an encyclopedia entry on the New Development Bank). Nothing in src/ was changed for
them. Facts are well-established; authors, journal, page numbers, document numbers, the department's local
items and all quoted words of the cited authors are invented, the ministry plan (number, date, tasks and its
2025 results) is fictitious. Events, citations and questions gold are written by hand; ``--check`` verifies
that every gold evidence, quote and citation occurs in the documents.
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
    official_text,
    word_text,
)

BQA_BRICS = {
    "id": "bqa",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU QUAN HỆ ĐA PHƯƠNG – Số 9 (2025)",
    "first_page": 7,
    "break_after": 12,
    "blocks": [
        ("title", "VIỆT NAM TRỞ THÀNH NƯỚC ĐỐI TÁC BRICS: CƠ HỘI VÀ NHỮNG VẤN ĐỀ ĐẶT RA"),
        ("author", "Cao Thị Thanh Bình"),
        ("affiliation", "Viện Kinh tế và Chính trị thế giới, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết phân tích các lần mở rộng của BRICS, việc Việt Nam trở thành nước đối tác của nhóm năm 2025 và những vấn đề cần lưu ý.",
            "vi",
        ),
        ("keywords", "BRICS; nước đối tác; ngoại giao đa phương; Ngân hàng Phát triển mới", "vi"),
        ("heading", "1. BRICS qua các lần mở rộng", 1),
        (
            "paragraph",
            "Nhóm BRIC hình thành từ cuộc gặp của Bộ trưởng Ngoại giao Brazil, Nga, Ấn Độ và Trung Quốc năm 2006; hội nghị cấp cao đầu tiên họp tại Yekaterinburg (Nga) năm 2009, và Nam Phi được mời tham gia cuối năm 2010 (Lưu Đức Minh, 2024, tr. 9). Lần mở rộng thứ hai có hiệu lực từ ngày 1/1/2024 với Ai Cập, Ethiopia, Iran và Các Tiểu vương quốc Ả-rập Thống nhất (UAE); Ả-rập Xê-út dù được mời nhưng đến nay chưa chính thức xác nhận tham gia. Ngày 6/1/2025, Indonesia trở thành thành viên thứ mười.",
        ),
        ("heading", "2. Quy chế nước đối tác và sự tham gia của Việt Nam", 1),
        (
            "paragraph",
            "Hội nghị cấp cao Kazan tháng 10/2024 lập ra quy chế “nước đối tác”; Thủ tướng Phạm Minh Chính dự Hội nghị BRICS mở rộng tại đây ngày 24/10/2024. Từ ngày 1/1/2025, Belarus, Bolivia, Kazakhstan, Cuba, Malaysia, Thái Lan, Uganda và Uzbekistan trở thành nước đối tác, Nigeria tham gia ngay sau đó. Ngày 13/6/2025, Brazil, nước Chủ tịch BRICS năm 2025, thông báo Việt Nam chính thức trở thành nước đối tác thứ mười (Đinh Quốc Bảo, 2025). Chỉ ba tuần sau, Thủ tướng lần đầu dự Hội nghị thượng đỉnh BRICS mở rộng tại Rio de Janeiro với tư cách này.",
        ),
        ("heading", "3. Một số vấn đề đặt ra", 1),
        (
            "paragraph",
            "Tư cách nước đối tác cho phép Việt Nam tham gia các phiên họp đặc biệt và hội nghị Bộ trưởng Ngoại giao của nhóm, nhưng không đặt ra nghĩa vụ ràng buộc. Theo một nghiên cứu gần đây, đây là “một kênh bổ sung chứ không thay thế các cơ chế mà Việt Nam đã tham gia” (Lâm Ngọc Diệp, 2025, tr. 63). Ta cần tiếp tục coi trọng ASEAN, APEC và WTO, đồng thời nghiên cứu khả năng hợp tác với Ngân hàng Phát triển mới (NDB) của nhóm.",
        ),
    ],
}

BQB_FINANCE = {
    "id": "bqb",
    "shape": "word",
    "head": [
        "BỘ TÀI CHÍNH",
        "VỤ HỢP TÁC QUỐC TẾ",
        "Số: 214/BC-HTQT",
        "Hà Nội, ngày 08 tháng 7 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả hợp tác tài chính đa phương 6 tháng đầu năm 2025",
        "và nhiệm vụ 6 tháng cuối năm",
    ],
    "blocks": [
        (
            "title",
            "BÁO CÁO Kết quả hợp tác tài chính đa phương 6 tháng đầu năm 2025 và nhiệm vụ 6 tháng cuối năm",
        ),
        ("heading", "I. KẾT QUẢ 6 THÁNG ĐẦU NĂM", 1),
        (
            "list_item",
            "1. Phối hợp với Bộ Ngoại giao hoàn tất các thủ tục để Việt Nam trở thành nước đối tác của BRICS, được Brazil chính thức công bố ngày 13/6/2025; lãnh đạo Bộ tham gia đoàn Thủ tướng dự Hội nghị thượng đỉnh BRICS mở rộng tại Rio de Janeiro ngày 6 – 7/7.",
        ),
        (
            "list_item",
            "2. Tháng 3, tiếp đoàn tham vấn Điều IV của Quỹ Tiền tệ Quốc tế (IMF); tháng 4, đoàn của Bộ dự Hội nghị mùa Xuân của IMF và Ngân hàng Thế giới (WB) tại Washington.",
        ),
        (
            "list_item",
            "3. Tháng 5, làm việc với đoàn Ngân hàng Phát triển mới (NDB) sang tìm hiểu nhu cầu vốn cho các dự án hạ tầng; hai bên đã trao đổi về điều kiện gia nhập Ngân hàng, song Việt Nam chưa quyết định việc trở thành thành viên.",
        ),
        (
            "list_item",
            "4. Ký Hiệp định tài trợ với Ngân hàng Thế giới cho khoản vay 150 triệu USD dành cho dự án phát triển hạ tầng thích ứng biến đổi khí hậu ở Đồng bằng sông Cửu Long.",
        ),
        (
            "list_item",
            "5. Đề xuất khoản vay hỗ trợ chính sách từ Ngân hàng Đầu tư Cơ sở hạ tầng châu Á (AIIB) chưa được Chính phủ thông qua.",
        ),
        ("heading", "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM", 1),
        (
            "list_item",
            "1. Nghiên cứu, báo cáo Chính phủ về lợi ích và chi phí nếu Việt Nam gia nhập NDB.",
        ),
        (
            "list_item",
            "2. Chuẩn bị nội dung để lãnh đạo Bộ dự Hội nghị thường niên IMF – WB tại Washington vào tháng 10.",
        ),
        (
            "list_item",
            "3. Phối hợp với Ngân hàng Nhà nước tham dự, với tư cách nước đối tác, cuộc họp Bộ trưởng Tài chính và Thống đốc Ngân hàng Trung ương BRICS bên lề Hội nghị thường niên.",
        ),
    ],
}

BQC_PARTNER = {
    "id": "bqc",
    "shape": "news",
    "date": "2025-06-14",
    "stamp": "Thứ Bảy, 14/06/2025 - 08:30",
    "blocks": [
        ("title", "Việt Nam chính thức trở thành nước đối tác của BRICS"),
        (
            "paragraph",
            "Brasília (TTXVN) – Ngày 13/6, Chính phủ Brazil, nước giữ cương vị Chủ tịch luân phiên BRICS năm 2025, ra thông cáo chào mừng Việt Nam trở thành quốc gia đối tác thứ 10 của nhóm.",
        ),
        (
            "paragraph",
            "Thông cáo nêu rõ với dân số gần 100 triệu người và nền kinh tế năng động, hội nhập sâu vào các chuỗi giá trị toàn cầu, Việt Nam là một nhân tố quan trọng ở châu Á và chia sẻ với các thành viên, đối tác BRICS cam kết về một trật tự quốc tế bao trùm và mang tính đại diện hơn.",
        ),
        (
            "paragraph",
            "Theo Bộ Ngoại giao Việt Nam, ngày 23/5 vừa qua, Phó Thủ tướng, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã gửi thư xác nhận việc Việt Nam chấp nhận lời mời trở thành nước đối tác mà BRICS đưa ra sau Hội nghị cấp cao Kazan tháng 10 năm ngoái.",
        ),
        ("heading", "Mở rộng hợp tác phương Nam", 1),
        (
            "paragraph",
            "Quy chế nước đối tác cho phép các đối tác tham dự phiên họp đặc biệt của hội nghị cấp cao, các cuộc họp Bộ trưởng Ngoại giao và nhiều sự kiện cấp cao khác. Trước Việt Nam, BRICS đã có chín nước đối tác, trong đó có hai thành viên ASEAN là Malaysia và Thái Lan.",
        ),
        (
            "paragraph",
            "Sau khi Indonesia được kết nạp ngày 6/1 năm nay, BRICS hiện có 10 thành viên. Ả-rập Xê-út được mời từ năm 2023 nhưng đến nay vẫn chưa chính thức xác nhận tư cách thành viên.",
        ),
        (
            "paragraph",
            "Theo kế hoạch, Thủ tướng Phạm Minh Chính sẽ dự Hội nghị thượng đỉnh BRICS mở rộng tại Rio de Janeiro ngày 6 – 7/7 tới theo lời mời của Tổng thống Brazil Luiz Inácio Lula da Silva.",
        ),
    ],
}

BQD_PLAN = {
    "id": "bqd",
    "shape": "plan",
    "head": [
        f"{'BỘ KHOA HỌC VÀ CÔNG NGHỆ':<44}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':44}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 31/KH-BKHCN':<44}Hà Nội, ngày 22 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Tham gia hợp tác khoa học, công nghệ và đổi mới sáng tạo",
        "trong khuôn khổ BRICS năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Tham gia hợp tác khoa học, công nghệ và đổi mới sáng tạo trong khuôn khổ BRICS năm 2026",
        ),
        (
            "paragraph",
            "Nhằm cụ thể hóa chủ trương tham gia BRICS với tư cách nước đối tác từ tháng 6/2025 và tận dụng năm Ấn Độ giữ cương vị Chủ tịch BRICS, Bộ Khoa học và Công nghệ ban hành Kế hoạch năm 2026 như sau:",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2025", 1),
        (
            "paragraph",
            "Năm ngoái, đại diện Bộ lần đầu dự Hội nghị Bộ trưởng Khoa học, công nghệ và đổi mới sáng tạo BRICS do Brazil tổ chức và làm việc song phương với Tổng công ty Nghiên cứu nông nghiệp Brazil (Embrapa). Ta chưa tham gia đợt kêu gọi đề xuất của Chương trình khung hợp tác nghiên cứu BRICS vì thủ tục đăng ký hoàn tất quá muộn.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Cử đoàn do một Thứ trưởng dẫn đầu dự Hội nghị Bộ trưởng Khoa học, công nghệ và đổi mới sáng tạo BRICS tại Ấn Độ, dự kiến vào tháng 9.",
        ),
        (
            "list_item",
            "2. Đăng ký ít nhất ba đề xuất nghiên cứu chung với các nước BRICS trong Chương trình khung nói trên, ưu tiên nông nghiệp thông minh và vật liệu mới.",
        ),
        (
            "list_item",
            "3. Đàm phán với Bộ Khoa học và Công nghệ Ấn Độ Bản ghi nhớ hợp tác về công nghệ vũ trụ để ký nhân dịp Hội nghị Bộ trưởng.",
        ),
        (
            "list_item",
            "4. Đề nghị phía Brazil cử chuyên gia Embrapa sang hỗ trợ xây dựng phòng thí nghiệm về giống cây trồng chịu hạn.",
        ),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế chủ trì, phối hợp với các đơn vị thuộc Bộ triển khai Kế hoạch này.",
        ),
    ],
}

BQE_NDB = {
    "id": "bqe",
    "shape": "entry",
    "blocks": [
        ("title", "Ngân hàng Phát triển mới"),
        (
            "paragraph",
            "Ngân hàng Phát triển mới (NDB) là ngân hàng phát triển đa phương do Brazil, Nga, Ấn Độ, Trung Quốc và Nam Phi thành lập nhằm huy động vốn cho hạ tầng và phát triển bền vững ở các nền kinh tế mới nổi. Ý tưởng được nêu tại Hội nghị cấp cao BRICS ở New Delhi tháng 3/2012; Hiệp định thành lập ngân hàng được ký tại Hội nghị cấp cao Fortaleza (Brazil) ngày 15/7/2014 và NDB chính thức khai trương tại Thượng Hải ngày 21/7/2015.",
        ),
        ("heading", "Vốn và quản trị", 1),
        (
            "paragraph",
            "Vốn điều lệ ban đầu của NDB là 100 tỷ USD, trong đó 50 tỷ USD vốn đăng ký được chia đều cho năm nước sáng lập; mỗi nước có quyền biểu quyết ngang nhau. Chủ tịch ngân hàng được luân phiên chọn từ các nước sáng lập: người đầu tiên là ông K. V. Kamath (Ấn Độ), và từ tháng 3/2023, bà Dilma Rousseff, cựu Tổng thống Brazil, giữ cương vị này.",
        ),
        ("heading", "Thành viên mới", 1),
        (
            "paragraph",
            "Tháng 9/2021, NDB kết nạp Bangladesh, UAE và Uruguay, lần mở rộng đầu tiên kể từ khi thành lập; Ai Cập trở thành thành viên năm 2023 và Algeria năm 2025. Việt Nam, nước đối tác của BRICS từ tháng 6/2025, hiện chưa phải là thành viên của NDB.",
        ),
        ("heading", "Hoạt động", 1),
        (
            "paragraph",
            "Ngoài trụ sở chính, NDB có các văn phòng khu vực tại Johannesburg, São Paulo, Moskva và thành phố GIFT (Ấn Độ). Đầu tháng 3/2022, sau khi phương Tây áp đặt các lệnh trừng phạt đối với Nga, ngân hàng tạm dừng xem xét các giao dịch mới tại nước này.",
        ),
    ],
}

DOCS = [BQA_BRICS, BQB_FINANCE, BQC_PARTNER, BQD_PLAN, BQE_NDB]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer (heldout_kit.headed_journal): the running header on top of every page,
    title at 48 columns, labels and body at 76, the bare page number flush right at the foot."""
    return headed_journal(doc, title=48, label=76, body=76, page_label="{}")


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: lines wrapped at 76 columns as on the page, every line followed
    by an empty line; the signature at the end."""
    return word_text(doc, 76, ["VỤ TRƯỞNG", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: published-time meta, nav menu, <article>, <h1>, date line, the
    lead (with its dateline) in <p class="sapo"><b>, a <h3> subhead, paragraphs, tags, the TTXVN footer."""
    return news_page(
        doc,
        section="Chính trị",
        time="08:30",
        menu=[("/chinh-tri", "Chính trị"), ("/doi-ngoai", "Đối ngoại")],
        tags=[("/tag/brics", "BRICS"), ("/tag/ngoai-giao-da-phuong", "ngoại giao đa phương")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan (heldout_kit.official_text): the two-column issuer/motto block, the centred three-line
    title, body at 74 columns with a blank line between blocks, then "Nơi nhận" under the signature."""
    tail = [
        f"{'':48}KT. BỘ TRƯỞNG",
        f"{'':50}THỨ TRƯỞNG",
        f"{'':52}(đã ký)",
        "",
        "Nơi nhận:",
        "- Bộ Ngoại giao (để phối hợp);",
        "- Lưu: VT, HTQT.",
    ]
    return official_text(doc, 74, tail)


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
        prefix="bq",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
