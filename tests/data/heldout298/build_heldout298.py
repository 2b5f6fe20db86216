"""Build the two hundred ninety-eighth held-out set (Vietnam and France, Belgium) and its structure gold.

    .venv/bin/python tests/data/heldout298/build_heldout298.py [--check]

Five short documents: a journal article on Vietnam – France relations from 1973 to the comprehensive strategic
partnership of 2024, a (fictitious) provincial foreign affairs department's report for 2024 on cooperation with
French and Belgian localities, a news page on President Macron's state visit of May 2025, a (fictitious)
university plan for cooperation with French partners in 2026, and an encyclopedia entry on Vietnam – Belgium
relations. Facts are well-established; authors, journal, page numbers, document numbers, the report's and
plan's items are invented. Gold is written by hand; ``--check`` verifies it against the documents.
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
    ministry_plan,
    news_page,
    report_word,
)

KSA = {
    "id": "ksa",
    "shape": "journal",
    "header": "CHÂU ÂU VÀ ĐÔNG NAM Á – Số 3 (2025)",
    "first_page": 31,
    "break_after": 6,
    "blocks": [
        (
            "title",
            "QUAN HỆ VIỆT NAM – PHÁP: TỪ THIẾT LẬP QUAN HỆ NGOẠI GIAO ĐẾN ĐỐI TÁC CHIẾN LƯỢC TOÀN DIỆN",
        ),
        ("author", "Đặng Thu Hương"),
        ("affiliation", "Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết điểm lại các dấu mốc của quan hệ Việt Nam – Pháp trong hơn nửa thế kỷ và nêu một số kiến nghị.",
            "vi",
        ),
        ("keywords", "Việt Nam; Pháp; đối tác chiến lược; Đối tác chiến lược toàn diện", "vi"),
        ("heading", "1. Những dấu mốc", 1),
        (
            "paragraph",
            "Trong gần hai thập niên sau năm 1954, Pháp chỉ duy trì một phái đoàn tổng đại diện tại Hà Nội, chưa có quan hệ ngoại giao đầy đủ với Việt Nam Dân chủ Cộng hòa. Hai nước thiết lập quan hệ ngoại giao ngày 12/4/1973, không lâu sau khi Hiệp định Pa-ri được ký kết (Nguyễn Văn Kiên, 2013, tr. 17). Tháng 2/1993, Tổng thống François Mitterrand thăm Việt Nam, trở thành nguyên thủ phương Tây đầu tiên sang thăm nước ta sau năm 1975. Ngày 25/9/2013, tại Pa-ri, Thủ tướng Nguyễn Tấn Dũng và Thủ tướng Jean-Marc Ayrault ký Tuyên bố chung về quan hệ Đối tác chiến lược.",
        ),
        ("heading", "2. Giai đoạn mới", 1),
        (
            "paragraph",
            "Tháng 9/2016, Tổng thống François Hollande thăm cấp Nhà nước Việt Nam. Ngày 7/10/2024, tại Pa-ri, Tổng Bí thư, Chủ tịch nước Tô Lâm và Tổng thống Emmanuel Macron quyết định nâng quan hệ lên Đối tác chiến lược toàn diện; Pháp là nước đầu tiên trong Liên minh châu Âu có khuôn khổ quan hệ này với Việt Nam. Như một nhà nghiên cứu nhận định, Pháp là “cửa ngõ để Việt Nam đi vào châu Âu” (Trần Thị Mai Anh, 2020, tr. 54).",
        ),
        ("heading", "3. Kiến nghị", 1),
        (
            "paragraph",
            "Hai bên cần đẩy mạnh hợp tác trong các lĩnh vực hàng không, năng lượng và chuyển đổi số, đồng thời phát huy vai trò của cộng đồng người Việt tại Pháp (Lê Quang Minh, 2022).",
        ),
    ],
}

KSB = {
    "id": "ksb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG",
        "SỞ NGOẠI VỤ",
        "Số: 215/BC-SNgV",
        "Lâm Đồng, ngày 20 tháng 12 năm 2024",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả hợp tác với các địa phương của Pháp và Bỉ năm 2024",
    ],
    "blocks": [
        ("title", "BÁO CÁO Kết quả hợp tác với các địa phương của Pháp và Bỉ năm 2024"),
        ("heading", "I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "list_item",
            "1. Tháng 3/2024, Chủ tịch Ủy ban nhân dân tỉnh dẫn đoàn công tác thăm vùng Auvergne-Rhône-Alpes (Pháp), ký biên bản ghi nhớ hợp tác về du lịch và nông nghiệp công nghệ cao.",
        ),
        (
            "list_item",
            "2. Đón Tổng Lãnh sự Pháp tại Thành phố Hồ Chí Minh đến làm việc, trao đổi về việc trùng tu các biệt thự cổ ở Đà Lạt.",
        ),
        (
            "list_item",
            "3. Cơ quan Phát triển Pháp (AFD) tiếp tục tài trợ dự án cấp nước sạch cho 12 xã vùng cao với tổng vốn 8 triệu euro.",
        ),
        (
            "list_item",
            "4. Tỉnh Namur (Bỉ) hỗ trợ đào tạo 30 cán bộ ngành y tế về quản lý bệnh viện.",
        ),
        (
            "list_item",
            "5. Dự án nghiên cứu giống rau với Trường Đại học Gembloux (Bỉ) chưa được phê duyệt do chưa bố trí được vốn đối ứng.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Tổ chức Ngày hội Pháp ngữ Đà Lạt nhân kỷ niệm 52 năm thiết lập quan hệ ngoại giao Việt Nam – Pháp (12/4/1973 – 12/4/2025).",
        ),
        (
            "list_item",
            "2. Mời đoàn Hội đồng vùng Auvergne-Rhône-Alpes sang thăm tỉnh trong quý II.",
        ),
        (
            "list_item",
            "3. Không tổ chức đoàn ra sang Bỉ trong năm 2025 do cắt giảm kinh phí; duy trì trao đổi trực tuyến với tỉnh Namur.",
        ),
        (
            "paragraph",
            "Trên đây là báo cáo kết quả hợp tác với các địa phương của Pháp và Bỉ năm 2024 của Sở Ngoại vụ.",
        ),
    ],
}

KSC = {
    "id": "ksc",
    "shape": "news",
    "date": "2025-05-26",
    "stamp": "Thứ Hai, 26/05/2025 - 12:40",
    "blocks": [
        ("title", "Chủ tịch nước Lương Cường chủ trì lễ đón Tổng thống Pháp Emmanuel Macron"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Sáng 26/5, tại Phủ Chủ tịch, Chủ tịch nước Lương Cường chủ trì lễ đón chính thức Tổng thống Cộng hòa Pháp Emmanuel Macron và Phu nhân thăm cấp Nhà nước tới Việt Nam từ ngày 25 đến 27/5.",
        ),
        ("heading", "Chuyến thăm đầu tiên sau khi nâng cấp quan hệ", 1),
        (
            "paragraph",
            "Đây là chuyến thăm Việt Nam đầu tiên của Tổng thống Macron và là chuyến thăm cấp cao đầu tiên của Pháp kể từ khi hai nước nâng quan hệ lên Đối tác chiến lược toàn diện vào tháng 10/2024. Sau lễ đón, hai nhà lãnh đạo hội đàm và chứng kiến lễ trao các văn kiện hợp tác trong các lĩnh vực hàng không, năng lượng, y tế và giáo dục.",
        ),
        (
            "paragraph",
            "Trong chương trình chuyến thăm, Tổng thống Macron sẽ hội kiến Tổng Bí thư Tô Lâm và gặp gỡ các nhà lãnh đạo cấp cao khác của Việt Nam.",
        ),
        ("heading", "Mong muốn Pháp ủng hộ trong EU", 1),
        (
            "paragraph",
            "Chủ tịch nước đề nghị Pháp ủng hộ Ủy ban châu Âu sớm gỡ bỏ “thẻ vàng” IUU đối với hải sản Việt Nam và sớm phê chuẩn Hiệp định Bảo hộ đầu tư Việt Nam – EU (EVIPA).",
        ),
    ],
}

KSD = {
    "id": "ksd",
    "shape": "plan",
    "head": [
        f"{'VIỆN HÀN LÂM KHOA HỌC':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'VÀ CÔNG NGHỆ VIỆT NAM':<40}Độc lập - Tự do - Hạnh phúc",
        "TRƯỜNG ĐẠI HỌC KHOA HỌC",
        "VÀ CÔNG NGHỆ HÀ NỘI",
        f"{'Số: 09/KH-USTH':<40}Hà Nội, ngày 12 tháng 1 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với các đối tác Pháp năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác với các đối tác Pháp năm 2026"),
        (
            "paragraph",
            "Thực hiện Hiệp định giữa Chính phủ Việt Nam và Chính phủ Pháp về thành lập Trường Đại học Khoa học và Công nghệ Hà Nội, ký năm 2009, Trường xây dựng Kế hoạch hợp tác năm 2026 như sau:",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2025", 1),
        (
            "paragraph",
            "Năm 2025, Liên minh các trường đại học Pháp cử 40 giảng viên sang giảng dạy ngắn hạn tại Trường; Trường tiếp nhận 25 sinh viên Pháp sang thực tập. Chương trình thạc sĩ đồng cấp bằng về công nghệ vũ trụ với Đại học Toulouse III chưa tuyển sinh được do chưa đủ số lượng.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Tháng 4/2026, phối hợp với Đại sứ quán Pháp tổ chức Diễn đàn đổi mới sáng tạo Việt – Pháp.",
        ),
        (
            "list_item",
            "2. Ký thỏa thuận hợp tác nghiên cứu về biến đổi khí hậu với Viện Nghiên cứu vì sự phát triển (IRD) của Pháp.",
        ),
        (
            "list_item",
            "3. Cử 20 nghiên cứu sinh sang Pháp theo học bổng của Chính phủ Pháp.",
        ),
        (
            "list_item",
            "4. Đón đoàn Bộ Giáo dục đại học và Nghiên cứu Pháp sang làm việc vào tháng 10/2026.",
        ),
        (
            "list_item",
            "5. Mời Trường Đại học Tự do Brúc-xen (Bỉ) tham gia chương trình trao đổi giảng viên.",
        ),
        (
            "paragraph",
            "Phòng Hợp tác quốc tế chủ trì, theo dõi và định kỳ báo cáo Hiệu trưởng việc thực hiện Kế hoạch.",
        ),
    ],
}

KSE = {
    "id": "kse",
    "shape": "entry",
    "blocks": [
        ("title", "Quan hệ Việt Nam – Bỉ"),
        (
            "paragraph",
            "Quan hệ Việt Nam – Bỉ là quan hệ ngoại giao giữa Cộng hòa xã hội chủ nghĩa Việt Nam và Vương quốc Bỉ, chính thức thiết lập ngày 22/3/1973. Đại sứ quán Việt Nam tại Brúc-xen đồng thời là phái đoàn của Việt Nam bên cạnh Liên minh châu Âu.",
        ),
        ("heading", "Chính trị", 1),
        (
            "paragraph",
            "Tháng 10/2018, Thủ tướng Nguyễn Xuân Phúc thăm chính thức Bỉ và dự Hội nghị cấp cao Á – Âu (ASEM) lần thứ 12 tại Brúc-xen; cũng trong năm này, hai nước xác lập quan hệ Đối tác chiến lược về nông nghiệp. Năm 2023, hai nước tổ chức nhiều hoạt động kỷ niệm 50 năm thiết lập quan hệ ngoại giao. Từ ngày 31/3 đến 4/4/2025, Nhà vua Philippe và Hoàng hậu Mathilde thăm cấp Nhà nước Việt Nam, chuyến thăm cấp Nhà nước đầu tiên của Hoàng gia Bỉ kể từ khi hai nước thiết lập quan hệ ngoại giao.",
        ),
        ("heading", "Kinh tế và phát triển", 1),
        (
            "paragraph",
            "Cảng Antwerp là cửa ngõ quan trọng của hàng hóa Việt Nam vào châu Âu. Hiệp định khung về Đối tác và Hợp tác toàn diện Việt Nam – EU (PCA) được ký tại Brúc-xen ngày 27/6/2012. Cơ quan Phát triển Bỉ từng hỗ trợ Việt Nam nhiều dự án cấp nước và thích ứng với biến đổi khí hậu.",
        ),
    ],
}

DOCS = [KSA, KSB, KSC, KSD, KSE]


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Thời sự" section."""
    return news_page(
        doc,
        section="Thời sự",
        time="12:40",
        menu=[("/thoi-su", "Thời sự"), ("/the-gioi", "Thế giới")],
        tags=[("/tag/phap", "Pháp"), ("/tag/emmanuel-macron", "Emmanuel Macron")],
    )


def render_plan(doc: dict) -> str:
    """A plan by heldout_kit.ministry_plan, signed "HIỆU TRƯỞNG"."""
    return ministry_plan(
        doc,
        signature=["", "HIỆU TRƯỞNG", "(đã ký)"],
        recipients=["- Viện Hàn lâm KH&CN VN (để b/c);", "- Lưu: VT, HTQT."],
    )


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": headed_journal,
            "word": report_word,
            "news": render_news,
            "plan": render_plan,
            "entry": entry_text,
        },
        prefix="ks",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
