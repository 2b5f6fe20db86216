"""Build the 240th held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout240/build_heldout240.py [--check]

Five short documents on Mekong – Japan cooperation: a journal article on the framework from the first
foreign ministers' meeting (2008) to the Tokyo Strategy 2018, a (fictitious) report of Cần Thơ's
Department of Foreign Affairs for the first half of 2025, a news page on the seventh Mekong – Japan summit
(Tokyo, 4/7/2015), a (fictitious) Ministry of Finance plan for Japanese ODA in the Mekong Delta in 2026, and
an encyclopedia entry on Mekong – Japan Cooperation. Facts are well-established; authors, journal, pages,
numbers, local items and quoted words are invented. Gold written by hand; ``--check`` verifies it.
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

EUA_MEKONG_JAPAN = {
    "id": "eua",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU NHẬT BẢN VÀ ĐÔNG BẮC Á – Số 5 (2019)",
    "first_page": 52,
    "break_after": 8,
    "blocks": [
        ("title", "HỢP TÁC MÊ CÔNG – NHẬT BẢN: MƯỜI NĂM NHÌN LẠI (2008 – 2018)"),
        ("author", "Nguyễn Thị Thanh Thủy"),
        ("affiliation", "Viện Nghiên cứu Đông Bắc Á, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết đánh giá mười năm hợp tác Mê Công – Nhật Bản và những lợi ích đối với Việt Nam.",
            "vi",
        ),
        ("keywords", "Mê Công – Nhật Bản; ODA; kết nối; Chiến lược Tô-ky-ô", "vi"),
        ("heading", "1. Từ cấp bộ trưởng lên cấp cao", 1),
        (
            "paragraph",
            "Tháng 1/2008, Hội nghị Bộ trưởng Ngoại giao Mê Công – Nhật Bản lần đầu tiên được tổ chức tại Tô-ky-ô. Chỉ một năm sau, ngày 6 – 7/11/2009, Thủ tướng Yukio Hatoyama đón lãnh đạo năm nước Mê Công dự Hội nghị Cấp cao đầu tiên; Nhật Bản cam kết dành hơn 500 tỷ yên ODA cho khu vực trong ba năm (Phạm Quang Minh, 2012, tr. 38).",
        ),
        ("heading", "2. Các chiến lược Tô-ky-ô", 1),
        (
            "paragraph",
            "Năm 2010, Hội nghị Cấp cao lần thứ hai họp tại Hà Nội. Chiến lược Tô-ky-ô 2012, được thông qua ngày 21/4/2012, đi kèm cam kết 600 tỷ yên; ba năm sau, Thủ tướng Shinzo Abe nâng mức cam kết lên 750 tỷ yên. Theo một nhà ngoại giao Nhật Bản, Tô-ky-ô muốn trở thành “đối tác tin cậy về hạ tầng chất lượng cao” của tiểu vùng (Kato Hiroshi, 2016, tr. 104).",
        ),
        ("heading", "3. Ý nghĩa đối với Việt Nam", 1),
        (
            "paragraph",
            "Nhiều công trình ở đồng bằng sông Cửu Long được xây dựng bằng vốn vay của Nhật Bản, tiêu biểu là cầu Cần Thơ, khánh thành năm 2010. Tháng 10/2018, các bên thông qua Chiến lược Tô-ky-ô 2018 (Lê Thị Hồng Vân, 2019). Tuy vậy, Nhật Bản chưa có cơ chế riêng về quản lý nguồn nước sông Mê Công.",
        ),
    ],
}

EUB_REPORT = {
    "id": "eub",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ",
        "SỞ NGOẠI VỤ",
        "Số: 156/BC-SNgV",
        "Cần Thơ, ngày 20 tháng 6 năm 2025",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả công tác đối ngoại 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác đối ngoại 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2025"),
        ("heading", "I. KẾT QUẢ 6 THÁNG ĐẦU NĂM", 1),
        (
            "list_item",
            "1. Tháng 3, Tổng Lãnh sự Nhật Bản tại Thành phố Hồ Chí Minh đến thăm và làm việc với lãnh đạo thành phố về các dự án ODA.",
        ),
        (
            "list_item",
            "2. Dự án cấp nước và chống ngập do Cơ quan Hợp tác quốc tế Nhật Bản (JICA) tài trợ bằng vốn vay ưu đãi tiếp tục được triển khai.",
        ),
        (
            "list_item",
            "3. Tháng 4, Trường Đại học Cần Thơ và Đại học Kyushu ký thỏa thuận hợp tác nghiên cứu về xâm nhập mặn.",
        ),
        (
            "list_item",
            "4. Tiếp nhận 15.000 USD viện trợ không hoàn lại của Đại sứ quán Nhật Bản cho trường tiểu học ở huyện Phong Điền.",
        ),
        (
            "list_item",
            "5. Đề xuất kết nghĩa với một thành phố của Thái Lan chưa được phía bạn phản hồi.",
        ),
        ("heading", "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM", 1),
        (
            "list_item",
            "1. Tháng 9, đón đoàn doanh nghiệp tỉnh Hiroshima sang tìm hiểu cơ hội đầu tư vào nông nghiệp công nghệ cao.",
        ),
        (
            "list_item",
            "2. Phối hợp với JICA chuẩn bị dự án thoát nước giai đoạn hai.",
        ),
        (
            "list_item",
            "3. Cử đoàn sang Viêng Chăn và Phnôm Pênh xúc tiến thương mại nông sản.",
        ),
    ],
}

EUC_NEWS = {
    "id": "euc",
    "shape": "news",
    "date": "2015-07-04",
    "stamp": "Thứ Bảy, 04/07/2015 - 20:05",
    "blocks": [
        ("title", "Hội nghị Cấp cao Mê Công – Nhật Bản thông qua Chiến lược Tô-ky-ô mới 2015"),
        (
            "paragraph",
            "Tô-ky-ô (TTXVN) – Ngày 4/7, Hội nghị Cấp cao Mê Công – Nhật Bản lần thứ 7 đã diễn ra tại thủ đô Tô-ky-ô với sự tham dự của Thủ tướng Nguyễn Tấn Dũng cùng lãnh đạo Cam-pu-chia, Lào, Mi-an-ma và Thái Lan.",
        ),
        ("heading", "750 tỷ yên trong ba năm", 1),
        (
            "paragraph",
            "Các nhà lãnh đạo đã thông qua Chiến lược Tô-ky-ô mới 2015 về hợp tác Mê Công – Nhật Bản. Thủ tướng nước chủ nhà Shinzo Abe tuyên bố Nhật Bản sẽ dành 750 tỷ yên hỗ trợ phát triển chính thức cho các nước Mê Công trong ba năm tới, tập trung vào hạ tầng chất lượng cao.",
        ),
        (
            "paragraph",
            "Phát biểu tại hội nghị, Thủ tướng Nguyễn Tấn Dũng đề nghị Nhật Bản hỗ trợ các nước trong tiểu vùng ứng phó với biến đổi khí hậu và phát triển nguồn nhân lực.",
        ),
        ("heading", "Hoạt động song phương", 1),
        (
            "paragraph",
            "Bên lề hội nghị, Thủ tướng Nguyễn Tấn Dũng đã có cuộc hội đàm với Thủ tướng Shinzo Abe. Năm 2014, Nhật Bản tiếp tục là nhà tài trợ ODA lớn nhất của Việt Nam.",
        ),
    ],
}

EUD_PLAN = {
    "id": "eud",
    "shape": "plan",
    "head": [
        f"{'BỘ TÀI CHÍNH':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 44/KH-BTC':<40}Hà Nội, ngày 16 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Vận động và sử dụng vốn ODA của Nhật Bản",
        "cho vùng đồng bằng sông Cửu Long năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Vận động và sử dụng vốn ODA của Nhật Bản cho vùng đồng bằng sông Cửu Long năm 2026",
        ),
        (
            "paragraph",
            "Căn cứ quan hệ Đối tác chiến lược toàn diện Việt Nam – Nhật Bản được thiết lập tháng 11/2023 và các chiến lược hợp tác Mê Công – Nhật Bản, Bộ Tài chính ban hành Kế hoạch năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH", 1),
        (
            "paragraph",
            "Năm ngoái, Bộ đã làm việc với JICA về danh mục dự án thích ứng với biến đổi khí hậu ở đồng bằng sông Cửu Long; tuy nhiên, hiệp định vay cho dự án đê biển Bạc Liêu chưa được ký kết.",
        ),
        ("heading", "II. NHIỆM VỤ", 1),
        (
            "list_item",
            "1. Tháng 3 năm nay, tổ chức đối thoại chính sách với Đại sứ quán Nhật Bản và JICA tại Hà Nội.",
        ),
        (
            "list_item",
            "2. Hoàn tất đàm phán và ký hiệp định vay cho dự án đê biển Bạc Liêu, dự kiến trong quý II.",
        ),
        (
            "list_item",
            "3. Cử đoàn sang Tô-ky-ô làm việc với Bộ Ngoại giao và Bộ Tài chính Nhật Bản vào tháng 6.",
        ),
        (
            "list_item",
            "4. Đề nghị Ngân hàng Phát triển châu Á (ADB) đồng tài trợ dự án chuyển đổi sinh kế ở An Giang.",
        ),
        (
            "list_item",
            "5. Không đề xuất dự án mới sử dụng vốn vay thương mại trong năm 2026.",
        ),
        (
            "paragraph",
            "Cục Quản lý nợ và Kinh tế đối ngoại là đầu mối theo dõi thực hiện Kế hoạch này.",
        ),
    ],
}

EUE_ENTRY = {
    "id": "eue",
    "shape": "entry",
    "blocks": [
        ("title", "Hợp tác Mê Công – Nhật Bản"),
        (
            "paragraph",
            "Hợp tác Mê Công – Nhật Bản là cơ chế hợp tác giữa Nhật Bản và năm nước thuộc lưu vực sông Mê Công là Cam-pu-chia, Lào, Mi-an-ma, Thái Lan và Việt Nam. Hội nghị Bộ trưởng Ngoại giao đầu tiên họp tại Tô-ky-ô tháng 1/2008; Hội nghị Cấp cao đầu tiên diễn ra tại Tô-ky-ô ngày 6 – 7/11/2009 và thông qua Tuyên bố Tô-ky-ô.",
        ),
        ("heading", "Các văn kiện chính", 1),
        (
            "paragraph",
            "Chiến lược Tô-ky-ô 2012 được thông qua ngày 21/4/2012; Chiến lược Tô-ky-ô mới 2015 ngày 4/7/2015; Chiến lược Tô-ky-ô 2018 ngày 9/10/2018. Năm 2009 được chọn là Năm Giao lưu Mê Công – Nhật Bản.",
        ),
        ("heading", "Cơ chế", 1),
        (
            "paragraph",
            "Hội nghị Cấp cao được tổ chức hằng năm, luân phiên tại Nhật Bản và bên lề các Hội nghị Cấp cao ASEAN. Nhật Bản cam kết hàng nghìn tỷ yên ODA cho các nước Mê Công qua các chiến lược nói trên.",
        ),
        ("heading", "Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam đã đăng cai Hội nghị Cấp cao lần thứ hai tại Hà Nội năm 2010. Nhật Bản là đối tác phát triển song phương lớn nhất của Việt Nam, nhưng chưa tham gia Ủy hội sông Mê Công với tư cách thành viên.",
        ),
    ],
}

DOCS = [EUA_MEKONG_JAPAN, EUB_REPORT, EUC_NEWS, EUD_PLAN, EUE_ENTRY]


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Thế giới" section."""
    return news_page(
        doc,
        section="Thế giới",
        time="09:15",
        menu=[("/kinh-te", "Kinh tế"), ("/quoc-te", "Quốc tế")],
        tags=[("/tag/me-cong-nhat-ban", "Mê Công – Nhật Bản"), ("/tag/asean", "ASEAN")],
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
        prefix="eu",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
