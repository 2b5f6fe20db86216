"""Build the 251st held-out set (Vietnam – UAE, COP28, the Abraham Accords) and its structure gold.

.venv/bin/python tests/data/heldout251/build_heldout251.py [--check]
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

FVA = {
    "id": "fva",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU TRUNG ĐÔNG VÀ VÙNG VỊNH – Số 4 (2025)",
    "first_page": 27,
    "break_after": 9,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – CÁC TIỂU VƯƠNG QUỐC Ả RẬP THỐNG NHẤT: TỪ 1993 ĐẾN CEPA"),
        ("author", "Phan Quốc Trung"),
        ("affiliation", "Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết khái quát quá trình phát triển quan hệ Việt Nam – UAE và những cơ hội do Hiệp định CEPA mở ra.",
            "vi",
        ),
        ("keywords", "UAE; vùng Vịnh; CEPA; GCC; thương mại", "vi"),
        ("heading", "1. Một quốc gia trẻ ở vùng Vịnh", 1),
        (
            "paragraph",
            "Các Tiểu vương quốc Ả Rập Thống nhất (UAE) ra đời ngày 2/12/1971 và chỉ một tuần sau, ngày 9/12/1971, được kết nạp vào Liên hợp quốc. Năm 1981, Abu Dhabi là nơi lãnh đạo sáu nước vùng Vịnh nhóm họp để thành lập Hội đồng Hợp tác vùng Vịnh (GCC) (Hoàng Thị Thu, 2017, tr. 12). Ngày 11/6/2021, UAE được bầu làm Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2022 – 2023.",
        ),
        ("heading", "2. Quan hệ song phương", 1),
        (
            "paragraph",
            "Việt Nam và UAE thiết lập quan hệ ngoại giao ngày 1/8/1993. Trong ba thập niên qua, UAE đã trở thành một trong những thị trường xuất khẩu lớn nhất của Việt Nam ở Trung Đông, chủ yếu là điện thoại, linh kiện điện tử và nông sản (Đinh Văn Toàn, 2021). Theo một quan chức thương mại, Dubai “là cửa ngõ để hàng Việt đi vào cả khu vực Trung Đông và châu Phi” (Mai Thanh Hương, 2024, tr. 77).",
        ),
        ("heading", "3. Bước ngoặt CEPA", 1),
        (
            "paragraph",
            "Tháng 10/2024, nhân chuyến thăm UAE của Thủ tướng Phạm Minh Chính, hai nước ký Hiệp định Đối tác kinh tế toàn diện (CEPA), hiệp định thương mại tự do đầu tiên của Việt Nam với một nước Ả Rập. Để tận dụng CEPA, ta cần sớm mở thêm văn phòng xúc tiến thương mại tại Dubai và thúc đẩy đàm phán một hiệp định thương mại tự do với toàn khối GCC.",
        ),
    ],
}

FVB = {
    "id": "fvb",
    "shape": "word",
    "head": [
        "BỘ CÔNG THƯƠNG",
        "THƯƠNG VỤ VIỆT NAM TẠI UAE",
        "Số: 112/BC-TVUAE",
        "Dubai, ngày 20 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Tình hình thị trường và công tác xúc tiến thương mại năm 2024"],
    "blocks": [
        ("title", "BÁO CÁO Tình hình thị trường và công tác xúc tiến thương mại năm 2024"),
        ("heading", "I. KẾT QUẢ NĂM 2024", 1),
        (
            "list_item",
            "1. Thương vụ đã phối hợp phục vụ chuyến thăm chính thức UAE của Thủ tướng Chính phủ vào cuối tháng 10; trong chuyến thăm, hai bên ký Hiệp định CEPA và nhiều văn kiện hợp tác về đầu tư, năng lượng.",
        ),
        (
            "list_item",
            "2. Tháng 5, Thương vụ tổ chức đoàn 25 doanh nghiệp thực phẩm Việt Nam tham dự Hội chợ Gulfood tại Dubai.",
        ),
        (
            "list_item",
            "3. Tháng trước, Phòng Thương mại và Công nghiệp Dubai cử đoàn sang Thành phố Hồ Chí Minh khảo sát cơ hội đầu tư vào logistics và năng lượng tái tạo.",
        ),
        (
            "list_item",
            "4. Đề nghị mở tuyến vận tải biển trực tiếp từ Cái Mép đến cảng Jebel Ali chưa được các hãng tàu chấp nhận do lượng hàng chưa đủ lớn.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Phối hợp với Bộ Kinh tế UAE chuẩn bị phiên họp đầu tiên của Ủy ban hỗn hợp thực thi CEPA.",
        ),
        (
            "list_item",
            "2. Tổ chức Tuần hàng Việt Nam tại các siêu thị Lulu ở Abu Dhabi và Dubai trong quý II năm sau.",
        ),
        (
            "list_item",
            "3. Vận động các quỹ đầu tư của UAE tham gia dự án năng lượng tái tạo tại Việt Nam.",
        ),
        (
            "list_item",
            "4. Tăng cường thông tin cho doanh nghiệp trong nước về lộ trình cắt giảm thuế quan theo CEPA và các quy định nhập khẩu thực phẩm của UAE.",
        ),
    ],
}

FVC = {
    "id": "fvc",
    "shape": "news",
    "date": "2023-12-01",
    "stamp": "Thứ Sáu, 01/12/2023 - 07:30",
    "blocks": [
        ("title", "COP28 khai mạc tại Dubai, thông qua ngay quỹ tổn thất và thiệt hại"),
        (
            "paragraph",
            "Dubai (TTXVN) – Hội nghị lần thứ 28 các Bên tham gia Công ước khung của Liên hợp quốc về biến đổi khí hậu (COP28) đã khai mạc ngày 30/11 tại Dubai, Các Tiểu vương quốc Ả Rập Thống nhất (UAE).",
        ),
        ("heading", "Quyết định lịch sử ngay ngày đầu", 1),
        (
            "paragraph",
            "Ngay trong phiên khai mạc, các bên đã nhất trí đưa vào vận hành quỹ tổn thất và thiệt hại nhằm hỗ trợ các nước đang phát triển dễ bị tổn thương. Nước chủ nhà UAE lập tức cam kết đóng góp 100 triệu USD cho quỹ; Đức cũng công bố khoản đóng góp tương tự.",
        ),
        (
            "paragraph",
            "Chủ tịch COP28 Sultan Al Jaber, Bộ trưởng Công nghiệp và Công nghệ tiên tiến UAE, kêu gọi các bên “không để ai bị bỏ lại phía sau” trong quá trình chuyển đổi năng lượng.",
        ),
        ("heading", "Việt Nam tham dự", 1),
        (
            "paragraph",
            "Thủ tướng Phạm Minh Chính dẫn đầu đoàn đại biểu cấp cao Việt Nam tham dự Hội nghị thượng đỉnh hành động khí hậu thế giới trong khuôn khổ COP28. Bên lề hội nghị, Thủ tướng dự kiến có các cuộc gặp song phương với lãnh đạo UAE và một số nước. Trước đó, năm ngoái, Việt Nam đã cùng nhóm đối tác quốc tế (IPG) ra tuyên bố chính trị về Quan hệ đối tác chuyển đổi năng lượng công bằng (JETP).",
        ),
    ],
}

FVD = {
    "id": "fvd",
    "shape": "plan",
    "head": [
        f"{'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 27/KH-BNNMT':<40}Hà Nội, ngày 12 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Thúc đẩy xuất khẩu nông sản, thực phẩm halal",
        "sang thị trường UAE năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Thúc đẩy xuất khẩu nông sản, thực phẩm halal sang thị trường UAE năm 2026"),
        (
            "paragraph",
            "Nhằm tận dụng Hiệp định Đối tác kinh tế toàn diện Việt Nam – UAE (CEPA), Bộ Nông nghiệp và Môi trường ban hành Kế hoạch thúc đẩy xuất khẩu nông sản sang UAE năm 2026 như sau:",
        ),
        ("heading", "I. ĐÁNH GIÁ CHUNG", 1),
        (
            "paragraph",
            "Năm ngoái, Bộ đã làm việc với Bộ Biến đổi khí hậu và Môi trường UAE về công nhận lẫn nhau chứng nhận halal, song hai bên chưa ký được thỏa thuận. Gạo, hạt điều, rau quả và thủy sản của ta đã có mặt tại hầu hết các hệ thống phân phối lớn của nước bạn.",
        ),
        ("heading", "II. NHIỆM VỤ", 1),
        (
            "list_item",
            "1. Quý I năm nay, tiếp đoàn chuyên gia an toàn thực phẩm của UAE sang kiểm tra một số cơ sở chế biến thủy sản tại Đồng bằng sông Cửu Long.",
        ),
        (
            "list_item",
            "2. Ký Bản ghi nhớ hợp tác về an ninh lương thực với phía UAE, dự kiến vào tháng 6.",
        ),
        (
            "list_item",
            "3. Cử đoàn doanh nghiệp tham dự Hội chợ Gulfood 2026 tại Dubai.",
        ),
        (
            "list_item",
            "4. Phối hợp với Đại sứ quán UAE tại Hà Nội tổ chức hội thảo giới thiệu tiêu chuẩn halal của UAE cho doanh nghiệp trong quý II.",
        ),
        (
            "list_item",
            "5. Chưa triển khai xúc tiến mặt hàng thịt gia cầm cho đến khi phía UAE hoàn tất thủ tục đánh giá hệ thống kiểm soát.",
        ),
        ("paragraph", "Vụ Hợp tác quốc tế là đầu mối tổng hợp, báo cáo kết quả thực hiện Kế hoạch."),
    ],
}

FVE = {
    "id": "fve",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp định Abraham"),
        (
            "paragraph",
            "Hiệp định Abraham là tên gọi chung của các tuyên bố và thỏa thuận bình thường hóa quan hệ giữa Israel với một số nước Ả Rập, được ký kết với sự trung gian của Mỹ dưới thời Tổng thống Donald Trump. Tên gọi này lấy từ Abraham, vị tổ phụ chung của người Do Thái và người Ả Rập theo truyền thống tôn giáo.",
        ),
        ("heading", "Lễ ký tại Nhà Trắng", 1),
        (
            "paragraph",
            "Ngày 13/8/2020, Mỹ, Israel và UAE ra tuyên bố chung, theo đó UAE và Israel nhất trí bình thường hóa quan hệ. Ngày 15/9/2020, tại Nhà Trắng, Thủ tướng Israel Benjamin Netanyahu cùng Ngoại trưởng UAE Abdullah bin Zayed và Ngoại trưởng Bahrain Abdullatif Al Zayani ký các văn kiện thiết lập quan hệ ngoại giao đầy đủ, với Tổng thống Trump là nhân chứng.",
        ),
        ("heading", "Mở rộng", 1),
        (
            "paragraph",
            "Tháng 12/2020, Maroc đồng ý bình thường hóa quan hệ với Israel, đổi lại Mỹ công nhận chủ quyền của Maroc đối với Tây Sahara. Sudan cũng tuyên bố tham gia Hiệp định trong năm 2021. Palestine phản đối các thỏa thuận này, cho rằng chúng đi ngược lại Sáng kiến Hòa bình Ả Rập năm 2002.",
        ),
        ("heading", "Hệ quả", 1),
        (
            "paragraph",
            "Năm 2022, UAE và Israel ký Hiệp định Đối tác kinh tế toàn diện, hiệp định thương mại tự do đầu tiên của Israel với một nước Ả Rập. Ả Rập Xê-út đến nay vẫn chưa bình thường hóa quan hệ với Israel. Việt Nam có quan hệ ngoại giao với tất cả các nước tham gia Hiệp định, trong đó quan hệ với UAE được thiết lập từ năm 1993.",
        ),
    ],
}

DOCS = [FVA, FVB, FVC, FVD, FVE]


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Kinh tế thế giới" section."""
    return news_page(
        doc,
        section="Kinh tế thế giới",
        time="09:15",
        menu=[("/kinh-te", "Kinh tế"), ("/quoc-te", "Quốc tế")],
        tags=[("/tag/cop28", "COP28"), ("/tag/uae", "UAE")],
    )


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": headed_journal,
            "word": report_word,
            "news": render_news,
            "plan": ministry_plan,
            "entry": entry_text,
        },
        prefix="fv",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
