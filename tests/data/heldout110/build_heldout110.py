"""Build the hundred-and-tenth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout110/build_heldout110.py [--check]

Five short documents on people-to-people diplomacy with Japan, on topics the earlier sets do not use
(labour cooperation and the Vietnamese community in Japan, 1973 – 2024; the Labour Management Board of
the Vietnamese Embassy in Japan, first half of 2024; the first state visit of a Japanese Emperor, Hà Nội,
1/3/2017; a (fictitious) Department of Overseas Labour plan for the Japanese market in 2026; an
encyclopedia entry on the International Organization for Migration). Nothing in src/ was changed for
them. Facts are well-established; authors, journal, page numbers, document numbers, the report's and the
plan's local items and all quoted words are invented. Events, citations and questions gold are written
by hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
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

TVA_JAPAN = {
    "id": "tva",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU DI CƯ VÀ PHÁT TRIỂN – Số 3 (2025)",
    "first_page": 47,
    "break_after": 15,
    "blocks": [
        (
            "title",
            "CỘNG ĐỒNG NGƯỜI VIỆT VÀ HỢP TÁC LAO ĐỘNG VIỆT NAM – NHẬT BẢN",
        ),
        ("author", "Nguyễn Thị Thanh Bình"),
        ("affiliation", "Viện Nghiên cứu Đông Bắc Á, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết phân tích vai trò của hợp tác lao động và cộng đồng người Việt trong quan hệ Việt Nam – Nhật Bản.",
            "vi",
        ),
        ("keywords", "Nhật Bản; thực tập sinh; cộng đồng người Việt; giao lưu nhân dân", "vi"),
        ("heading", "1. Hợp tác lao động", 1),
        (
            "paragraph",
            "Việt Nam và Nhật Bản thiết lập quan hệ ngoại giao ngày 21/9/1973, song giao lưu nhân dân chỉ thực sự khởi sắc sau khi Tô-ky-ô nối lại viện trợ phát triển chính thức (ODA) cho nước ta vào tháng 11/1992. Cũng từ năm 1992, những tu nghiệp sinh Việt Nam đầu tiên sang Nhật Bản học nghề; đến năm 2016, nước ta đã vượt Trung Quốc để trở thành nước phái cử thực tập sinh đông nhất (Nguyễn Thu Trang, 2019, tr. 45). Hiệp định Đối tác kinh tế Việt Nam – Nhật Bản (VJEPA), ký ngày 25/12/2008 và có hiệu lực từ ngày 1/10/2009, mở thêm kênh đưa điều dưỡng viên, hộ lý sang làm việc; lứa ứng viên đầu tiên lên đường năm 2014. Năm 2019, hai nước ký Bản ghi nhớ hợp tác về lao động kỹ năng đặc định.",
        ),
        ("heading", "2. Cộng đồng người Việt – nhịp cầu hữu nghị", 1),
        (
            "paragraph",
            "Đến cuối năm 2023, cộng đồng người Việt tại Nhật Bản đã vượt nửa triệu người, đông thứ hai sau cộng đồng người Trung Quốc. Khi thảm họa động đất, sóng thần ngày 11/3/2011 tàn phá vùng Đông Bắc Nhật Bản, người Việt ở cả hai nước đã quyên góp tiền, hàng hóa ủng hộ người dân vùng bị nạn. Chuyến thăm cấp Nhà nước của Nhà vua Akihito và Hoàng hậu Michiko từ ngày 28/2 đến 5/3/2017, lần đầu tiên một Nhà vua Nhật Bản tới Việt Nam, cũng để lại nhiều dấu ấn. Một nhà nghiên cứu nhận xét: “mỗi thực tập sinh trở về là một sứ giả của tình hữu nghị giữa hai dân tộc” (Trần Mai Phương, 2021, tr. 112).",
        ),
        (
            "paragraph",
            "Tháng 9/2023, Hoàng Thái tử Akishino và Công nương Kiko thăm chính thức Việt Nam nhân dịp kỷ niệm 50 năm quan hệ ngoại giao. Hai tháng sau, trong chuyến thăm chính thức Nhật Bản của Chủ tịch nước Võ Văn Thưởng, hai bên nâng quan hệ lên Đối tác chiến lược toàn diện ngày 27/11/2023.",
        ),
        ("heading", "3. Những vấn đề đặt ra", 1),
        (
            "paragraph",
            "Tháng 6/2024, Quốc hội Nhật Bản thông qua luật thay thế chương trình thực tập sinh kỹ năng bằng chế độ đào tạo và tuyển dụng lao động mới, dự kiến áp dụng từ năm 2027 (Lê Quang Huy, 2024). Tuy vậy, đến nay hai nước vẫn chưa ký văn kiện hợp tác nào cho chế độ này. Vì thế, ta cần sớm đàm phán với phía Nhật Bản một bản ghi nhớ mới.",
        ),
    ],
}

TVB_LABOUR_BOARD = {
    "id": "tvb",
    "shape": "word",
    "head": [
        "ĐẠI SỨ QUÁN VIỆT NAM TẠI NHẬT BẢN",
        "BAN QUẢN LÝ LAO ĐỘNG",
        "Số: 41/BC-QLLĐ",
        "Tô-ky-ô, ngày 28 tháng 6 năm 2024",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Công tác quản lý, bảo hộ người lao động Việt Nam tại Nhật Bản",
        "6 tháng đầu năm 2024 và nhiệm vụ 6 tháng cuối năm",
    ],
    "blocks": [
        (
            "title",
            "BÁO CÁO Công tác quản lý, bảo hộ người lao động Việt Nam tại Nhật Bản 6 tháng đầu năm 2024 và nhiệm vụ 6 tháng cuối năm",
        ),
        ("heading", "I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "list_item",
            "1. Ngay sau trận động đất mạnh 7,6 độ ngày 1/1/2024 tại bán đảo Noto (tỉnh Ishikawa), Ban đã cùng Đại sứ quán cử tổ công tác đến vùng bị ảnh hưởng, làm việc với chính quyền địa phương và các nghiệp đoàn để xác minh tình hình của hơn 1.200 thực tập sinh, lao động Việt Nam. Các hội đoàn người Việt tại Nhật Bản đã quyên góp gần 6 triệu yên ủng hộ người dân vùng bị thiệt hại.",
        ),
        (
            "list_item",
            "2. Tháng 3, Ban làm việc với Tổ chức Thực tập kỹ năng (OTIT) và Cục Quản lý xuất nhập cảnh và lưu trú Nhật Bản về tình trạng thực tập sinh bị nợ lương, chuyển việc trái phép; hai bên thống nhất lập đường dây nóng để xử lý nhanh các vụ việc.",
        ),
        (
            "list_item",
            "3. Trong 6 tháng, Ban đã tiếp nhận và giải quyết 326 vụ việc; phối hợp với cảnh sát tỉnh Aichi giải cứu 14 lao động bị môi giới lừa đảo, ép làm việc không lương. Số lao động sang Nhật Bản trong kỳ đạt gần 33.000 người, Nhật Bản tiếp tục là thị trường lớn nhất của nước ta.",
        ),
        (
            "list_item",
            "4. Ngày 17/5, Ban phối hợp đón đoàn Sở Lao động – Thương binh và Xã hội tỉnh Nghệ An sang làm việc với chính quyền tỉnh Tottori; hai bên đã ký Biên bản ghi nhớ về đào tạo và tiếp nhận hộ lý giai đoạn 2024 – 2026. Tuy nhiên, đề xuất thiết lập quan hệ hữu nghị giữa hai tỉnh vẫn chưa được phía Nhật Bản trả lời.",
        ),
        ("heading", "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024", 1),
        (
            "list_item",
            "1. Phối hợp với các Tổng Lãnh sự quán tại Ô-xa-ka và Phu-cu-ô-ca tổ chức đối thoại với các nghiệp đoàn tiếp nhận thực tập sinh trong tháng 9.",
        ),
        (
            "list_item",
            "2. Tham gia đoàn công tác của Bộ Lao động – Thương binh và Xã hội sang làm việc với Bộ Tư pháp và Bộ Y tế, Lao động và Phúc lợi Nhật Bản về chế độ tiếp nhận lao động mới thay thế chương trình thực tập sinh kỹ năng.",
        ),
        (
            "list_item",
            "3. Đề nghị Cơ quan Hợp tác Quốc tế Nhật Bản (JICA) tiếp tục hỗ trợ nâng cao năng lực cho các trung tâm đào tạo tiếng Nhật tại Việt Nam.",
        ),
    ],
}

TVC_EMPEROR = {
    "id": "tvc",
    "shape": "news",
    "date": "2017-03-01",
    "stamp": "Thứ Tư, 01/03/2017 - 11:20",
    "blocks": [
        ("title", "Nhà vua và Hoàng hậu Nhật Bản bắt đầu chuyến thăm cấp Nhà nước lịch sử"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Sáng 1/3, tại Phủ Chủ tịch, Chủ tịch nước Trần Đại Quang và Phu nhân đã chủ trì lễ đón chính thức Nhà vua Nhật Bản Akihito và Hoàng hậu Michiko thăm cấp Nhà nước Việt Nam từ ngày 28/2 đến 5/3.",
        ),
        ("heading", "Lần đầu tiên một Nhà vua Nhật Bản tới Việt Nam", 1),
        (
            "paragraph",
            "Nhà vua và Hoàng hậu đã đến Hà Nội hôm qua, bắt đầu chuyến thăm theo lời mời của Chủ tịch nước và Phu nhân. Ngay sau lễ đón, Chủ tịch nước Trần Đại Quang hội kiến Nhà vua; hai bên vui mừng trước sự phát triển mạnh mẽ của quan hệ Đối tác chiến lược sâu rộng vì hòa bình và phồn vinh ở châu Á, được thiết lập từ tháng 3/2014. Chiều nay, Nhà vua và Hoàng hậu sẽ hội kiến Chủ tịch Quốc hội Nguyễn Thị Kim Ngân.",
        ),
        (
            "paragraph",
            "Trước đó, Hoàng Thái tử Naruhito đã thăm chính thức Việt Nam vào tháng 2/2009, nhân dịp kỷ niệm 35 năm quan hệ ngoại giao hai nước. Chuyến thăm của Nhà vua diễn ra chỉ hơn một tháng sau chuyến thăm chính thức Việt Nam của Thủ tướng Shinzo Abe vào giữa tháng 1.",
        ),
        ("heading", "Gắn kết nhân dân hai nước", 1),
        (
            "paragraph",
            "Theo chương trình, tại Hà Nội, Nhà vua và Hoàng hậu sẽ gặp thân nhân một số quân nhân Nhật Bản ở lại Việt Nam sau Chiến tranh thế giới thứ hai, sau đó thăm cố đô Huế. Ngày 5/3, Nhà vua và Hoàng hậu sẽ rời Việt Nam sang Thái Lan để viếng Quốc vương Bhumibol Adulyadej, người băng hà hồi tháng 10 năm ngoái.",
        ),
        (
            "paragraph",
            "Nhật Bản hiện là nhà tài trợ ODA lớn nhất của Việt Nam, đồng thời là nơi sinh sống, học tập và làm việc của gần 200.000 người Việt. Nhiều địa phương của hai nước đã thiết lập quan hệ hữu nghị, hợp tác, góp phần thắt chặt tình cảm giữa nhân dân hai nước.",
        ),
    ],
}

TVD_PLAN = {
    "id": "tvd",
    "shape": "plan",
    "head": [
        f"{'BỘ NỘI VỤ':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'CỤC QUẢN LÝ LAO ĐỘNG NGOÀI NƯỚC':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 05/KH-QLLĐNN':<40}Hà Nội, ngày 14 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Phát triển thị trường lao động Nhật Bản và bảo vệ",
        "quyền lợi người lao động Việt Nam năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Phát triển thị trường lao động Nhật Bản và bảo vệ quyền lợi người lao động Việt Nam năm 2026",
        ),
        (
            "paragraph",
            "Nhằm cụ thể hóa Tuyên bố chung ngày 27/11/2023 về việc nâng quan hệ Việt Nam – Nhật Bản lên Đối tác chiến lược toàn diện và chủ động chuẩn bị cho việc Nhật Bản áp dụng chế độ đào tạo và tuyển dụng lao động từ năm 2027, Cục Quản lý lao động ngoài nước xây dựng Kế hoạch năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Nhật Bản tiếp tục là thị trường tiếp nhận nhiều lao động Việt Nam nhất, chủ yếu theo chương trình thực tập sinh kỹ năng và diện lao động kỹ năng đặc định. Năm ngoái, hai bên đã tổ chức hai phiên đối thoại chính sách về lao động tại Tô-ky-ô và Hà Nội, song chưa ký văn kiện hợp tác nào về chế độ tiếp nhận mới. Một số doanh nghiệp phái cử vẫn thu phí vượt mức quy định, ảnh hưởng đến uy tín của lao động Việt Nam.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Trong tháng 3, chủ trì, phối hợp với Bộ Ngoại giao đàm phán với Cơ quan Dịch vụ xuất nhập cảnh Nhật Bản Bản ghi nhớ hợp tác về chế độ đào tạo và tuyển dụng lao động, phấn đấu ký kết trong tháng 6.",
        ),
        (
            "list_item",
            "2. Tháng 4 năm nay, cử đoàn công tác do Cục trưởng dẫn đầu sang Tô-ky-ô và Ô-xa-ka làm việc với Bộ Y tế, Lao động và Phúc lợi Nhật Bản và các hiệp hội tiếp nhận điều dưỡng viên, hộ lý theo Hiệp định VJEPA.",
        ),
        (
            "list_item",
            "3. Đề nghị Cơ quan Hợp tác Quốc tế Nhật Bản (JICA) hỗ trợ đào tạo giáo viên tiếng Nhật cho 20 cơ sở giáo dục nghề nghiệp ở các tỉnh miền núi phía Bắc.",
        ),
        (
            "list_item",
            "4. Phối hợp với Đại sứ quán Nhật Bản tại Việt Nam tổ chức Ngày hội việc làm Việt – Nhật tại Hà Nội vào tháng 10.",
        ),
        (
            "list_item",
            "5. Không tuyển chọn thực tập sinh cho các nghiệp đoàn đã bị Tổ chức Thực tập kỹ năng (OTIT) thu hồi giấy phép.",
        ),
        (
            "paragraph",
            "Phòng Thị trường Đông Bắc Á là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch này.",
        ),
    ],
}

TVE_IOM = {
    "id": "tve",
    "shape": "entry",
    "blocks": [
        ("title", "Tổ chức Di cư Quốc tế"),
        (
            "paragraph",
            "Tổ chức Di cư Quốc tế (IOM) là tổ chức liên chính phủ hàng đầu trong lĩnh vực di cư, có trụ sở tại Giơ-ne-vơ (Thụy Sĩ). Tiền thân của tổ chức là Ủy ban Liên chính phủ lâm thời về di chuyển người di cư từ châu Âu, được thành lập năm 1951 tại một hội nghị quốc tế ở Brúc-xen nhằm giúp tái định cư những người phải rời bỏ nhà cửa sau Chiến tranh thế giới thứ hai. Tổ chức mang tên gọi hiện nay từ năm 1989.",
        ),
        ("heading", "Gia nhập hệ thống Liên hợp quốc", 1),
        (
            "paragraph",
            "Ngày 19/9/2016, tại Hội nghị cấp cao của Liên hợp quốc về người tị nạn và người di cư ở Niu Oóc, IOM ký thỏa thuận với Liên hợp quốc và trở thành tổ chức liên quan trong hệ thống Liên hợp quốc. Tổ chức tích cực hỗ trợ xây dựng Hiệp ước toàn cầu về di cư an toàn, trật tự và hợp pháp (GCM), được 164 nước thông qua tại Marrakech (Ma-rốc) ngày 10/12/2018. Ngày 19/12/2018, Đại hội đồng Liên hợp quốc tán thành Hiệp ước với 152 phiếu thuận, 5 phiếu chống và 12 phiếu trắng; Hoa Kỳ, Hung-ga-ri, Cộng hòa Séc, Ba Lan và I-xra-en bỏ phiếu chống.",
        ),
        ("heading", "Lãnh đạo", 1),
        (
            "paragraph",
            "Ngày 15/5/2023, tại phiên họp đặc biệt của Hội đồng IOM, các nước thành viên bầu bà Amy Pope (Hoa Kỳ) làm Tổng Giám đốc thay ông António Vitorino (Bồ Đào Nha), người cũng ra tranh cử. Bà là người phụ nữ đầu tiên đứng đầu tổ chức và nhậm chức ngày 1/10/2023 với nhiệm kỳ 5 năm.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "IOM bắt đầu hoạt động tại Việt Nam từ năm 1987 và hiện làm việc trong khuôn khổ Hiệp định hợp tác với Chính phủ Việt Nam, với phái đoàn tại Hà Nội và văn phòng chi nhánh tại Thành phố Hồ Chí Minh. Tổ chức hỗ trợ nước ta trong tái hòa nhập người lao động di cư trở về, phòng chống mua bán người và ứng phó với thiên tai. Việt Nam ủng hộ GCM và năm 2020 đã ban hành kế hoạch thực hiện Hiệp ước này.",
        ),
    ],
}

DOCS = [TVA_JAPAN, TVB_LABOUR_BOARD, TVC_EMPEROR, TVD_PLAN, TVE_IOM]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 48 columns, labels at 76, body at 72)."""
    return headed_journal(doc, title=48, label=76, body=72)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 70 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 70, ["TRƯỞNG BAN", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu, <article>, <h1>, a date line, the
    lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list, footer."""
    return news_page(
        doc,
        "Thời sự",
        "11:20",
        [("/chinh-tri", "Chính trị"), ("/doi-ngoai", "Đối ngoại")],
        [("/tag/nhat-ban", "Nhật Bản"), ("/tag/nha-vua-akihito", "Nhà vua Akihito")],
    )


def render_plan(doc: dict) -> str:
    """A department plan: the two-column issuer/motto block, the centred three-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        76,
        [
            "Nơi nhận:",
            "- Bộ trưởng (để báo cáo);",
            "- Bộ Ngoại giao (để phối hợp);",
            "- Lưu: VT, TTĐBA.",
        ],
        ["CỤC TRƯỞNG", "(đã ký)"],
        columns=(50, 50),
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
        prefix="tv",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
