"""Build the hundred-and-thirty-sixth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout136/build_heldout136.py [--check]

Five short documents on Vietnam and Brazil: the road to the strategic partnership (1989 – 2025), the
international cooperation board of the Vietnam Academy of Agricultural Sciences on the first half of 2025,
the BRICS summit in Rio de Janeiro (6 – 7/7/2025), a (fictitious) Ministry of Culture, Sports and Tourism
plan for sports cooperation with Brazil in 2026, and an encyclopedia entry on BRICS. Facts are
well-established; authors, journal, page numbers, document numbers, the report's local items and all quoted
words are invented, the ministry plan is fictitious. Events, citations and questions gold are written by
hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
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

OWA_BRAZIL = {
    "id": "owa",
    "shape": "journal",
    "header": "TẠP CHÍ CHÂU MỸ NGÀY NAY – Số 6 (2025)",
    "first_page": 12,
    "break_after": 11,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – BRAZIL TRÊN ĐƯỜNG TRỞ THÀNH ĐỐI TÁC CHIẾN LƯỢC"),
        ("author", "Phạm Quốc Khánh"),
        ("affiliation", "Trường Đại học Khoa học xã hội và Nhân văn, Đại học Quốc gia Hà Nội"),
        (
            "abstract",
            "Bài viết phân tích các dấu mốc của quan hệ Việt Nam – Brazil và những động lực của khuôn khổ Đối tác chiến lược.",
            "vi",
        ),
        ("keywords", "Brazil; Đối tác chiến lược; BRICS; Mercosur", "vi"),
        ("heading", "1. Các dấu mốc chính trị", 1),
        (
            "paragraph",
            "Việt Nam và Brazil thiết lập quan hệ ngoại giao ngày 8/5/1989. Năm 2008, Tổng thống Luiz Inácio Lula da Silva lần đầu sang thăm Việt Nam, mở ra giai đoạn tiếp xúc cấp cao thường xuyên. Tháng 9/2023, Thủ tướng Phạm Minh Chính thăm chính thức Brazil; hơn một năm sau, nhân dịp dự Hội nghị thượng đỉnh G20 tại Rio de Janeiro tháng 11/2024, Thủ tướng hội đàm với Tổng thống Lula và hai bên ra Tuyên bố chung nâng cấp quan hệ lên Đối tác chiến lược (Ngô Thanh Bình, 2025, tr. 19).",
        ),
        ("heading", "2. Chuyến thăm năm 2025", 1),
        (
            "paragraph",
            "Từ ngày 27 đến 29/3/2025, Tổng thống Lula thăm cấp Nhà nước Việt Nam, 17 năm sau chuyến thăm đầu tiên. Trong dịp này, Brazil công nhận Việt Nam là nền kinh tế thị trường, và hai bên nhất trí sớm khởi động đàm phán hiệp định thương mại giữa Việt Nam và Mercosur. Kim ngạch hai chiều năm 2024 đạt gần 8 tỷ USD; Brazil là bạn hàng lớn nhất của nước ta ở Mỹ Latinh. Theo một nhà nghiên cứu, hai nước “đã đi qua giai đoạn hữu nghị thuần túy để bước vào hợp tác thực chất” (Trần Hải Yến, 2024, tr. 64).",
        ),
        ("heading", "3. Phối hợp đa phương", 1),
        (
            "paragraph",
            "Tháng 6/2025, Việt Nam trở thành nước đối tác của BRICS, và tháng 7 cùng năm Thủ tướng dự Hội nghị thượng đỉnh BRICS mở rộng tại Rio de Janeiro. Hai nước cũng phối hợp chặt chẽ trong chuẩn bị Hội nghị COP30 do Brazil đăng cai tại Belém. Tuy nhiên, hợp tác quốc phòng vẫn chưa tương xứng với tiềm năng (Đinh Văn Lực, 2025).",
        ),
    ],
}

OWB_VAAS = {
    "id": "owb",
    "shape": "word",
    "head": [
        "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        "VIỆN KHOA HỌC NÔNG NGHIỆP VIỆT NAM",
        "Số: 94/BC-KHNN-HTQT",
        "Hà Nội, ngày 25 tháng 6 năm 2025",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả hợp tác quốc tế 6 tháng đầu năm 2025, nhiệm vụ 6 tháng cuối năm"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả hợp tác quốc tế 6 tháng đầu năm 2025, nhiệm vụ 6 tháng cuối năm"),
        ("heading", "I. KẾT QUẢ 6 THÁNG ĐẦU NĂM", 1),
        (
            "list_item",
            "1. Nhân chuyến thăm cấp Nhà nước của Tổng thống Brazil cuối tháng 3, Viện và Tập đoàn Nghiên cứu Nông nghiệp Brazil (Embrapa) đã ký Biên bản ghi nhớ về nghiên cứu giống đậu tương, ngô chịu hạn và cải tạo đất.",
        ),
        (
            "list_item",
            "2. Tháng 5, ba chuyên gia của Embrapa sang làm việc tại Viện Thổ nhưỡng Nông hóa, hướng dẫn kỹ thuật canh tác không làm đất; toàn bộ kinh phí do Cơ quan Hợp tác Brazil (ABC) tài trợ.",
        ),
        (
            "list_item",
            "3. Viện tiếp tục thực hiện dự án chuyển đổi nông nghiệp giảm phát thải ở Đồng bằng sông Cửu Long bằng vốn vay của Ngân hàng Thế giới.",
        ),
        (
            "list_item",
            "4. Đề xuất lập phòng thí nghiệm chung với Embrapa chưa được phía bạn phê duyệt do vướng thủ tục ngân sách.",
        ),
        ("heading", "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM", 1),
        (
            "list_item",
            "1. Tháng 9, cử đoàn cán bộ sang Brasília và Goiânia làm việc với Embrapa, xây dựng kế hoạch hợp tác giai đoạn 2026 – 2028.",
        ),
        (
            "list_item",
            "2. Phối hợp với Bộ Ngoại giao chuẩn bị nội dung nông nghiệp cho Hội nghị COP30 tại Belém vào tháng 11.",
        ),
        (
            "list_item",
            "3. Đề nghị Cơ quan Hợp tác Brazil tiếp tục tài trợ hai suất học bổng thạc sĩ về khoa học đất.",
        ),
    ],
}

OWC_RIO = {
    "id": "owc",
    "shape": "news",
    "date": "2025-07-07",
    "stamp": "Thứ Hai, 07/07/2025 - 08:05",
    "blocks": [
        ("title", "Khai mạc Hội nghị thượng đỉnh BRICS lần thứ 17 tại Rio de Janeiro"),
        (
            "paragraph",
            "Rio de Janeiro (TTXVN) – Ngày 6/7 (giờ địa phương), Hội nghị thượng đỉnh BRICS lần thứ 17 khai mạc tại Rio de Janeiro dưới sự chủ trì của Tổng thống Brazil Luiz Inácio Lula da Silva, với sự tham dự của các nước thành viên và nhiều nước đối tác, khách mời.",
        ),
        (
            "paragraph",
            "Thủ tướng Phạm Minh Chính dẫn đầu đoàn Việt Nam dự hội nghị, lần đầu tiên với tư cách nước đối tác của khối. Bên lề hội nghị, Thủ tướng đã có nhiều cuộc tiếp xúc song phương với lãnh đạo các nước tham dự.",
        ),
        ("heading", "Vắng mặt hai nhà lãnh đạo", 1),
        (
            "paragraph",
            "Chủ tịch Trung Quốc Tập Cận Bình không dự hội nghị; Thủ tướng Lý Cường dẫn đầu đoàn Trung Quốc. Tổng thống Nga Vladimir Putin tham dự theo hình thức trực tuyến. Indonesia, thành viên chính thức từ tháng 1 năm nay, lần đầu dự thượng đỉnh của khối.",
        ),
        (
            "paragraph",
            "Tuyên bố Rio de Janeiro được thông qua ngay trong ngày đầu, lên án các cuộc tấn công quân sự nhằm vào Iran hồi tháng 6 và bày tỏ quan ngại sâu sắc về tình hình ở Dải Gaza.",
        ),
        ("heading", "Phản ứng từ Washington", 1),
        (
            "paragraph",
            "Cùng ngày, Tổng thống Mỹ Donald Trump cảnh báo sẽ áp thêm mức thuế 10% đối với bất kỳ nước nào ủng hộ “các chính sách chống Mỹ” của BRICS.",
        ),
    ],
}

OWD_PLAN = {
    "id": "owd",
    "shape": "plan",
    "head": [
        f"{'BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 27/KH-BVHTTDL':<40}Hà Nội, ngày 20 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với Cộng hòa Liên bang Brazil",
        "trong lĩnh vực thể thao năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác với Cộng hòa Liên bang Brazil trong lĩnh vực thể thao năm 2026",
        ),
        (
            "paragraph",
            "Nhằm cụ thể hóa khuôn khổ Đối tác chiến lược Việt Nam – Brazil, được xác lập tháng 11/2024, Bộ Văn hóa, Thể thao và Du lịch xây dựng Kế hoạch hợp tác thể thao với Brazil năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Năm ngoái, Bộ đã tiếp Đại sứ Brazil tại Việt Nam và trao đổi về hợp tác đào tạo bóng đá trẻ; một số câu lạc bộ trong nước đã thuê huấn luyện viên người Brazil. Tháng 9 năm ngoái, một nhóm chuyên gia của Liên đoàn Bóng đá Brazil đã sang Hà Nội giới thiệu mô hình đào tạo cầu thủ trẻ. Tuy vậy, hai bên chưa ký văn kiện hợp tác nào về thể thao ở cấp bộ.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Quý II, cử đoàn công tác sang Brasília và São Paulo làm việc với Bộ Thể thao Brazil và các trung tâm đào tạo bóng đá trẻ.",
        ),
        (
            "list_item",
            "2. Đàm phán và ký Bản ghi nhớ hợp tác về thể dục, thể thao giữa hai Bộ, dự kiến nhân chuyến thăm nói trên.",
        ),
        (
            "list_item",
            "3. Đề nghị phía Brazil cử chuyên gia sang tập huấn cho huấn luyện viên bóng đá, bóng chuyền bãi biển của Việt Nam.",
        ),
        (
            "list_item",
            "4. Mời đội tuyển futsal Brazil sang thi đấu giao hữu tại Hà Nội vào tháng 10.",
        ),
        (
            "paragraph",
            "Cục Thể dục thể thao và Vụ Hợp tác quốc tế phối hợp theo dõi, đôn đốc thực hiện Kế hoạch này.",
        ),
    ],
}

OWE_BRICS = {
    "id": "owe",
    "shape": "entry",
    "blocks": [
        ("title", "BRICS"),
        (
            "paragraph",
            "BRICS là nhóm các nền kinh tế mới nổi, ban đầu gồm Brazil, Nga, Ấn Độ và Trung Quốc (BRIC). Ngoại trưởng bốn nước gặp nhau lần đầu bên lề Đại hội đồng Liên hợp quốc năm 2006. Các nhà lãnh đạo bốn nước họp thượng đỉnh lần đầu tại Yekaterinburg (Nga) ngày 16/6/2009. Nam Phi được mời tham gia cuối năm 2010 và dự thượng đỉnh từ năm 2011, khi tên gọi của nhóm đổi thành BRICS.",
        ),
        ("heading", "Ngân hàng Phát triển Mới", 1),
        (
            "paragraph",
            "Tại Hội nghị thượng đỉnh Fortaleza (Brazil) ngày 15/7/2014, các thành viên ký hiệp định thành lập Ngân hàng Phát triển Mới (NDB), có trụ sở tại Thượng Hải, cùng Thỏa thuận Dự trữ ngẫu nhiên.",
        ),
        ("heading", "Mở rộng", 1),
        (
            "paragraph",
            "Hội nghị thượng đỉnh Johannesburg tháng 8/2023 quyết định mời sáu nước gia nhập từ ngày 1/1/2024. Ai Cập, Ethiopia, Iran và Các Tiểu vương quốc Ả-rập Thống nhất đã trở thành thành viên, trong khi Argentina từ chối lời mời và Ả-rập Xê-út chưa chính thức xác nhận. Indonesia được kết nạp ngày 6/1/2025.",
        ),
        (
            "paragraph",
            "Thượng đỉnh Kazan (Nga) tháng 10/2024 lập ra quy chế nước đối tác. Việt Nam trở thành nước đối tác thứ mười của BRICS vào tháng 6/2025, nhưng không phải là thành viên chính thức.",
        ),
        ("heading", "Cơ chế", 1),
        (
            "paragraph",
            "BRICS không có ban thư ký thường trực; chức chủ tịch luân phiên hằng năm giữa các thành viên. Brazil giữ chức chủ tịch năm 2025, Ấn Độ tiếp nhận vai trò này năm 2026.",
        ),
    ],
}

DOCS = [OWA_BRAZIL, OWB_VAAS, OWC_RIO, OWD_PLAN, OWE_BRICS]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 72 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 72, ["KT. VIỆN TRƯỞNG", "PHÓ VIỆN TRƯỞNG", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu, <article>, <h1>, a date line, the
    lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list, footer."""
    return news_page(
        doc,
        "Thế giới",
        "08:05",
        [("/the-gioi", "Thế giới"), ("/kinh-te", "Kinh tế")],
        [("/tag/brics", "BRICS"), ("/tag/brazil", "Brazil")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        76,
        ["Nơi nhận:", "- Bộ Ngoại giao (để phối hợp);", "- Lưu: VT, HTQT."],
        ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "(đã ký)"],
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
        prefix="ow",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
