"""Build the three hundred sixteenth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout316/build_heldout316.py [--check]

Five short documents on Vietnam with North Africa, southern Africa and the Gulf: a journal article on Vietnam
with Algeria and Egypt (1954 – 2017), a (fictitious) provincial agriculture department's report on South–South
cooperation with Mozambique and Angola in 2024, a news page on the Vietnam – UAE CEPA signed in Abu Dhabi on
28/10/2024, a (fictitious) provincial plan for using the CEPA in 2025, and an encyclopedia entry on
Morocco – Vietnam relations. Facts are well-established; authors, journal, page numbers, document numbers,
the report's and plan's items and quoted words are invented (see README.md). Gold is written by hand;
``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
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

RZA_JOURNAL = {
    "id": "rza",
    "shape": "journal",
    "header": "BẢN TIN KHOA HỌC ĐỐI NGOẠI – Số 3 (2024)",
    "first_page": 27,
    "break_after": 4,
    "blocks": [
        ("title", "VIỆT NAM VỚI AN-GIÊ-RI VÀ AI CẬP: TỪ TÌNH ĐOÀN KẾT CHỐNG THỰC DÂN ĐẾN HỢP TÁC NĂNG LƯỢNG"),
        ("author", "Đỗ Hải Yến"),
        ("affiliation", "Trường Đại học Khoa học Xã hội và Nhân văn, Đại học Quốc gia TP. Hồ Chí Minh"),
        (
            "abstract",
            "Bài viết điểm lại quan hệ của Việt Nam với hai nước Bắc Phi là An-giê-ri và Ai Cập, từ thời kỳ đấu tranh giành độc lập đến hợp tác kinh tế hiện nay.",
            "vi",
        ),
        ("keywords", "An-giê-ri; Ai Cập; Bắc Phi; Bir Seba; hợp tác Nam – Nam", "vi"),
        ("heading", "1. Những người bạn cùng chiến hào", 1),
        (
            "paragraph",
            "Chưa đầy sáu tháng sau chiến thắng Điện Biên Phủ, ngày 1/11/1954, Mặt trận Giải phóng dân tộc An-giê-ri (FLN) phát động cuộc khởi nghĩa vũ trang chống chế độ thực dân Pháp (Nguyễn Văn Tận, 2012, tr. 58). An-giê-ri giành độc lập ngày 5/7/1962; ngày 28/10/1962, Việt Nam Dân chủ Cộng hòa và An-giê-ri chính thức thiết lập quan hệ ngoại giao. Với Ai Cập, quan hệ ngoại giao được thiết lập ngày 1/9/1963.",
        ),
        ("heading", "2. Hợp tác trong thời kỳ mới", 1),
        (
            "paragraph",
            "Dự án dầu khí Bir Seba tại An-giê-ri, do Tổng công ty Thăm dò Khai thác Dầu khí (PVEP) hợp tác với Tập đoàn Sonatrach thực hiện, cho dòng dầu đầu tiên năm 2015. Năm 2017, Chủ tịch nước Trần Đại Quang thăm cấp Nhà nước Ai Cập và hội đàm với Tổng thống Abdel Fattah el-Sisi. Một học giả Ai Cập gọi quan hệ hai nước là “tình hữu nghị được hun đúc từ hai cuộc kháng chiến” (Mahmoud Fathy, 2019, tr. 112).",
        ),
        ("heading", "3. Kiến nghị", 1),
        (
            "paragraph",
            "Kim ngạch thương mại với cả hai nước còn khiêm tốn; đến nay Việt Nam chưa ký hiệp định thương mại tự do với Ai Cập. Ta cần tận dụng vị trí cửa ngõ của hai nước để thâm nhập thị trường Bắc Phi, đồng thời mở rộng hợp tác nông nghiệp và dược phẩm (Trương Thị Hoa, 2022).",
        ),
    ],
}

RZB_WORD = {
    "id": "rzb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH",
        "SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN",
        "Số: 245/BC-SNN",
        "Nam Định, ngày 20 tháng 12 năm 2024",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả hợp tác Nam – Nam với Mô-dăm-bích và Ăng-gô-la năm 2024",
    ],
    "blocks": [
        ("title", "BÁO CÁO Kết quả hợp tác Nam – Nam với Mô-dăm-bích và Ăng-gô-la năm 2024"),
        ("heading", "I. KẾT QUẢ THỰC HIỆN", 1),
        (
            "list_item",
            "1. Tháng 3/2024, Sở cử 6 chuyên gia trồng lúa sang tỉnh Gaza (Mô-dăm-bích) theo chương trình hợp tác ba bên với Tổ chức Lương thực và Nông nghiệp Liên hợp quốc (FAO).",
        ),
        (
            "list_item",
            "2. Trao tặng 2 tấn giống lúa chất lượng cao cho hai hợp tác xã nông nghiệp ở Mô-dăm-bích.",
        ),
        (
            "list_item",
            "3. Tháng 9/2024, tiếp đoàn cán bộ Bộ Nông nghiệp Ăng-gô-la sang khảo sát mô hình cánh đồng lớn tại huyện Hải Hậu.",
        ),
        (
            "list_item",
            "4. Phối hợp với Trường Cao đẳng Nông nghiệp tập huấn kỹ thuật nuôi cá rô phi cho 20 học viên Ăng-gô-la.",
        ),
        (
            "list_item",
            "5. Dự án khu trình diễn nông nghiệp tại Ăng-gô-la chưa được phê duyệt do chưa thu xếp được vốn đối ứng.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Ký biên bản ghi nhớ hợp tác nông nghiệp với chính quyền tỉnh Huambo (Ăng-gô-la) trong quý II.",
        ),
        (
            "list_item",
            "2. Tiếp tục duy trì đội chuyên gia tại Mô-dăm-bích và đề nghị FAO hỗ trợ kinh phí cho giai đoạn mới.",
        ),
        (
            "paragraph",
            "Trên đây là báo cáo kết quả hợp tác Nam – Nam năm 2024 của Sở Nông nghiệp và Phát triển nông thôn.",
        ),
    ],
}

RZC_NEWS = {
    "id": "rzc",
    "shape": "news",
    "date": "2024-10-28",
    "stamp": "Thứ Hai, 28/10/2024 - 22:40",
    "blocks": [
        ("title", "Việt Nam và UAE ký Hiệp định Đối tác kinh tế toàn diện"),
        (
            "paragraph",
            "A-bu Đa-bi (TTXVN) – Chiều 28/10, theo giờ địa phương, trong khuôn khổ chuyến thăm chính thức Các Tiểu vương quốc Ả-rập Thống nhất (UAE) của Thủ tướng Phạm Minh Chính, Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên và Quốc vụ khanh phụ trách Thương mại quốc tế UAE Thani bin Ahmed Al Zeyoudi đã ký Hiệp định Đối tác kinh tế toàn diện (CEPA) giữa hai nước.",
        ),
        ("heading", "Cửa ngõ vào thị trường vùng Vịnh", 1),
        (
            "paragraph",
            "Theo Bộ Công Thương, CEPA sẽ cắt giảm thuế quan đối với phần lớn các dòng hàng, mở ra cơ hội cho nông sản, thủy sản và hàng dệt may của Việt Nam vào UAE, đồng thời biến UAE thành cửa ngõ để hàng Việt đi tiếp sang các nước vùng Vịnh và châu Phi.",
        ),
        ("heading", "Ba thập niên quan hệ", 1),
        (
            "paragraph",
            "Việt Nam và UAE thiết lập quan hệ ngoại giao ngày 1/8/1993. Tháng 12/2023, Thủ tướng Phạm Minh Chính đã tới Đu-bai dự Hội nghị lần thứ 28 các bên tham gia Công ước khung của Liên hợp quốc về biến đổi khí hậu (COP28) do UAE đăng cai. Hai bên nhất trí sớm hoàn tất thủ tục phê chuẩn để Hiệp định sớm có hiệu lực.",
        ),
    ],
}

RZD_PLAN = {
    "id": "rzd",
    "shape": "plan",
    "head": [
        f"{'ỦY BAN NHÂN DÂN':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'TỈNH ĐỒNG THÁP':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 18/KH-UBND':<40}Đồng Tháp, ngày 15 tháng 01 năm 2025",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Tận dụng Hiệp định CEPA Việt Nam – UAE năm 2025",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Tận dụng Hiệp định CEPA Việt Nam – UAE năm 2025"),
        (
            "paragraph",
            "Thực hiện chỉ đạo của Bộ Công Thương về việc tận dụng Hiệp định Đối tác kinh tế toàn diện giữa Việt Nam và Các Tiểu vương quốc Ả-rập Thống nhất (CEPA), Ủy ban nhân dân tỉnh ban hành Kế hoạch năm 2025 như sau:",
        ),
        ("heading", "I. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 3/2025, tổ chức hội nghị phổ biến nội dung CEPA cho doanh nghiệp xuất khẩu gạo, thủy sản và trái cây.",
        ),
        (
            "list_item",
            "2. Cử đoàn doanh nghiệp của tỉnh sang Đu-bai khảo sát thị trường và làm việc với các nhà nhập khẩu trong quý III.",
        ),
        (
            "list_item",
            "3. Mời Tổng Lãnh sự quán UAE tại Thành phố Hồ Chí Minh dự Hội nghị xúc tiến đầu tư của tỉnh.",
        ),
        (
            "list_item",
            "4. Hỗ trợ 10 doanh nghiệp đạt chứng nhận Halal để đáp ứng yêu cầu của thị trường UAE.",
        ),
        (
            "list_item",
            "5. Không bố trí kinh phí tổ chức đoàn đi các nước vùng Vịnh khác trong năm 2025.",
        ),
        (
            "paragraph",
            "Sở Công Thương chủ trì, theo dõi và định kỳ báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện Kế hoạch. Các sở, ngành liên quan chủ động phối hợp triển khai.",
        ),
    ],
}

RZE_ENTRY = {
    "id": "rze",
    "shape": "entry",
    "blocks": [
        ("title", "Quan hệ Ma-rốc – Việt Nam"),
        (
            "paragraph",
            "Quan hệ Ma-rốc – Việt Nam là quan hệ song phương giữa Vương quốc Ma-rốc và Cộng hòa xã hội chủ nghĩa Việt Nam. Hai nước thiết lập quan hệ ngoại giao ngày 27/3/1961.",
        ),
        ("heading", "Lịch sử", 1),
        (
            "paragraph",
            "Trong cuộc kháng chiến chống Pháp, nhiều binh lính Ma-rốc trong đội quân viễn chinh Pháp đã bỏ hàng ngũ sang phía Việt Minh; dấu tích còn lại là chiếc cổng làng kiểu Ma-rốc ở huyện Ba Vì (Hà Nội). Năm 1972, Chính phủ Việt Nam Dân chủ Cộng hòa thu xếp cho những người lính này cùng vợ con người Việt hồi hương về Ma-rốc.",
        ),
        ("heading", "Quan hệ hiện nay", 1),
        (
            "paragraph",
            "Ma-rốc là một trong những nước có trữ lượng phốt-phát lớn nhất thế giới và giữ vị trí cửa ngõ nối châu Phi với châu Âu; doanh nghiệp hai nước quan tâm hợp tác trong các lĩnh vực phân bón, thủy sản và du lịch.",
        ),
        (
            "paragraph",
            "Quốc vương Mohammed VI trị vì Ma-rốc từ năm 1999. Ma-rốc đăng cai Hội nghị COP22 về biến đổi khí hậu tại Ma-ra-kết vào tháng 11/2016. Hai nước chưa ký hiệp định thương mại tự do, nhưng thường xuyên ủng hộ nhau tại các diễn đàn đa phương như Liên hợp quốc và Phong trào Không liên kết.",
        ),
    ],
}

DOCS = [RZA_JOURNAL, RZB_WORD, RZC_NEWS, RZD_PLAN, RZE_ENTRY]


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Thế giới" section."""
    return news_page(
        doc,
        section="Thế giới",
        time="22:40",
        menu=[("/the-gioi", "Thế giới"), ("/kinh-te", "Kinh tế")],
        tags=[("/tag/uae", "UAE"), ("/tag/cepa", "CEPA")],
    )


def render_plan(doc: dict) -> str:
    """A provincial plan by heldout_kit.ministry_plan, signed for the People's Committee."""
    return ministry_plan(
        doc,
        signature=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(đã ký)"],
        recipients=["- Bộ Công Thương (để b/c);", "- Sở Công Thương;", "- Lưu: VT, KT.", ""],
        columns=(44, 48, 48, 51),
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
        prefix="rz",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
