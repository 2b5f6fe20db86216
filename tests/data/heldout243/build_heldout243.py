"""Build the 243rd held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout243/build_heldout243.py [--check]

Five short documents on Vietnam and the institutions of the European Union: a journal article on the road
from the 1995 Framework Cooperation Agreement to the Partnership and Cooperation Agreement (PCA), a
(fictitious) report of the Vietnamese Embassy in Belgium and Mission to the EU for 2023, a news page on the
Treaty of Lisbon's entry into force on 1/12/2009, a (fictitious) Ministry of Justice plan for legal
cooperation with the EU in 2026 and an encyclopedia entry on the European Council. Authors, journal, page
numbers, document numbers, local items and quoted words are invented. ``--check`` verifies the gold.
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

EXA_JOURNAL = {
    "id": "exa",
    "shape": "journal",
    "header": "NGHIÊN CỨU CHÂU ÂU – Số 9 (2021)",
    "first_page": 17,
    "break_after": 8,
    "blocks": [
        ("title", "TỪ HIỆP ĐỊNH KHUNG 1995 ĐẾN HIỆP ĐỊNH PCA: KHUÔN KHỔ PHÁP LÝ CỦA QUAN HỆ VIỆT NAM – EU"),
        ("author", "Trịnh Quang Hiếu"),
        ("affiliation", "Khoa Quốc tế học, Trường Đại học Khoa học xã hội và Nhân văn, ĐHQG Hà Nội"),
        (
            "abstract",
            "Bài viết phân tích sự hình thành khuôn khổ pháp lý song phương giữa Việt Nam và Liên minh châu Âu qua ba thập niên.",
            "vi",
        ),
        ("keywords", "Việt Nam; EU; Hiệp định khung; PCA; EVFTA", "vi"),
        ("heading", "1. Những bước đi đầu tiên", 1),
        (
            "paragraph",
            "Việt Nam và Cộng đồng châu Âu (EC) chính thức thiết lập quan hệ ngoại giao ngày 22/10/1990. Năm năm sau, ngày 17/7/1995, hai bên ký Hiệp định khung hợp tác, văn kiện được đánh giá là “đặt viên gạch đầu tiên cho toàn bộ quan hệ về sau” (Ngô Thị Lan Anh, 2015, tr. 64). Cũng trong năm 1995, Việt Nam gia nhập ASEAN và tham gia Diễn đàn Á – Âu (ASEM) ngay từ khi diễn đàn này ra đời năm 1996.",
        ),
        ("heading", "2. Hiệp định PCA", 1),
        (
            "paragraph",
            "Hiệp định Đối tác và Hợp tác toàn diện (PCA) được ký tại Brúc-xen ngày 27/6/2012 và có hiệu lực từ ngày 1/10/2016, sau khi được Nghị viện châu Âu và tất cả các nước thành viên phê chuẩn. Đi kèm PCA là đàm phán EVFTA, khởi động tháng 6/2012 và kết thúc tháng 12/2015 (Đặng Minh Phương, 2018).",
        ),
        ("heading", "3. Mở rộng sang an ninh – quốc phòng", 1),
        (
            "paragraph",
            "Ngày 17/10/2019, tại Hà Nội, hai bên ký Hiệp định khung về việc Việt Nam tham gia các hoạt động quản lý khủng hoảng của EU (FPA). Việt Nam là nước thứ hai ở châu Á ký thỏa thuận loại này. Tuy vậy, Hiệp định Bảo hộ đầu tư (EVIPA) đến nay vẫn chưa có hiệu lực (Vương Hải Yến, 2020, tr. 31).",
        ),
    ],
}

EXB_EMBASSY = {
    "id": "exb",
    "shape": "word",
    "head": [
        "ĐẠI SỨ QUÁN VIỆT NAM TẠI VƯƠNG QUỐC BỈ",
        "VÀ PHÁI ĐOÀN VIỆT NAM BÊN CẠNH LIÊN MINH CHÂU ÂU",
        "Số: 412/BC-ĐSQ",
        "Brúc-xen, ngày 18 tháng 12 năm 2023",
    ],
    "title_lines": ["BÁO CÁO", "Tổng kết công tác năm 2023 và phương hướng năm 2024"],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết công tác năm 2023 và phương hướng năm 2024"),
        ("heading", "I. TÌNH HÌNH QUAN HỆ VỚI EU VÀ BỈ", 1),
        (
            "list_item",
            "1. Năm 2023, Phái đoàn tiếp tục vận động các nước thành viên EU sớm phê chuẩn Hiệp định EVIPA; đến nay vẫn còn nhiều nước chưa hoàn tất thủ tục.",
        ),
        (
            "list_item",
            "2. Tháng 7, Phái đoàn phối hợp tổ chức Phiên họp Ủy ban hỗn hợp Việt Nam – EU tại Brúc-xen; hai bên rà soát việc thực thi PCA và EVFTA.",
        ),
        (
            "list_item",
            "3. Ủy ban châu Âu cử đoàn thanh tra lần thứ tư sang Việt Nam vào tháng 10 về chống khai thác IUU nhưng chưa gỡ “thẻ vàng” áp dụng từ tháng 10/2017.",
        ),
        (
            "list_item",
            "4. Đại sứ quán phối hợp với Cơ quan Phát triển Bỉ (Enabel) triển khai dự án hỗ trợ kỹ thuật trị giá 2 triệu euro cho tỉnh Bến Tre về nông nghiệp thích ứng biến đổi khí hậu.",
        ),
        (
            "list_item",
            "5. Tiếp và làm việc với 14 đoàn trong nước sang Bỉ và EU, trong đó có đoàn Bộ Công Thương tháng 11.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2024", 1),
        (
            "list_item",
            "1. Phối hợp tổ chức Đối thoại Chính sách Việt Nam – EU về quốc phòng, an ninh lần thứ năm trong quý II năm 2024.",
        ),
        (
            "list_item",
            "2. Tiếp tục vận động Nghị viện các nước Bỉ, Hà Lan và Ai-len phê chuẩn EVIPA.",
        ),
        (
            "list_item",
            "3. Chuẩn bị chuyến thăm Việt Nam của Phó Thủ tướng Bỉ, dự kiến vào tháng 3 năm sau.",
        ),
    ],
}

EXC_LISBON = {
    "id": "exc",
    "shape": "news",
    "date": "2009-12-01",
    "stamp": "Thứ Ba, 01/12/2009 - 07:30",
    "blocks": [
        ("title", "Hiệp ước Lisbon chính thức có hiệu lực"),
        (
            "paragraph",
            "Brúc-xen (TTXVN) – Từ ngày 1/12, Hiệp ước Lisbon về cải cách thể chế của Liên minh châu Âu (EU) chính thức có hiệu lực, khép lại gần một thập kỷ tranh cãi về cải cách bộ máy của khối 27 nước.",
        ),
        ("heading", "Chặng đường phê chuẩn gian nan", 1),
        (
            "paragraph",
            "Hiệp ước được lãnh đạo các nước EU ký tại thủ đô Lisbon của Bồ Đào Nha ngày 13/12/2007. Tháng 6/2008, cử tri Ai-len bác bỏ văn kiện này trong cuộc trưng cầu ý dân đầu tiên, song đến ngày 2/10 năm nay họ đã thông qua nó ở lần bỏ phiếu thứ hai. Tổng thống Séc Václav Klaus là nguyên thủ cuối cùng ký phê chuẩn, hôm 3/11.",
        ),
        ("heading", "Hai chức danh mới", 1),
        (
            "paragraph",
            "Tại hội nghị cấp cao không chính thức ở Brúc-xen ngày 19/11, các nhà lãnh đạo EU đã bầu Thủ tướng Bỉ Herman Van Rompuy làm Chủ tịch thường trực đầu tiên của Hội đồng châu Âu, còn bà Catherine Ashton (Anh) được chọn làm Đại diện cấp cao về chính sách đối ngoại và an ninh.",
        ),
        (
            "paragraph",
            "Trao đổi với phóng viên TTXVN, một nhà ngoại giao Việt Nam tại Brúc-xen cho rằng bộ máy mới sẽ giúp các cuộc đàm phán giữa Việt Nam và EU về Hiệp định PCA sớm đi đến kết quả.",
        ),
    ],
}

EXD_PLAN = {
    "id": "exd",
    "shape": "plan",
    "head": [
        f"{'BỘ TƯ PHÁP':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 27/KH-BTP':<40}Hà Nội, ngày 15 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác pháp luật và tư pháp với Liên minh châu Âu",
        "và các nước thành viên năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác pháp luật và tư pháp với Liên minh châu Âu và các nước thành viên năm 2026",
        ),
        (
            "paragraph",
            "Thực hiện Hiệp định Đối tác và Hợp tác toàn diện Việt Nam – EU (PCA) và các cam kết về thể chế trong Hiệp định EVFTA, Bộ Tư pháp xây dựng Kế hoạch hợp tác năm 2026 như sau:",
        ),
        ("heading", "I. ĐÁNH GIÁ CHUNG", 1),
        (
            "paragraph",
            "Năm qua, Bộ đã phối hợp với Phái đoàn EU tại Việt Nam tổ chức ba hội thảo về pháp luật sở hữu trí tuệ và mua sắm công. Bộ Tư pháp Pháp tiếp tục tài trợ học bổng cho cán bộ Học viện Tư pháp; tuy nhiên, dự án hỗ trợ cải cách tư pháp với Đan Mạch đã kết thúc và chưa có dự án thay thế.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Tháng 5, cử đoàn do Thứ trưởng dẫn đầu sang làm việc tại Ủy ban châu Âu và Tòa án Công lý EU ở Lúc-xăm-bua.",
        ),
        (
            "list_item",
            "2. Đàm phán, ký kết Bản ghi nhớ hợp tác pháp luật với Bộ Tư pháp Cộng hòa Séc, dự kiến trong quý III.",
        ),
        (
            "list_item",
            "3. Đề nghị Phái đoàn EU hỗ trợ chuyên gia rà soát pháp luật về chống khai thác IUU.",
        ),
        (
            "list_item",
            "4. Đón đoàn Bộ Tư pháp Đức sang trao đổi kinh nghiệm về thi hành án dân sự vào tháng 10.",
        ),
        ("paragraph", "Vụ Hợp tác quốc tế chủ trì, theo dõi và báo cáo kết quả thực hiện Kế hoạch này."),
    ],
}

EXE_COUNCIL = {
    "id": "exe",
    "shape": "entry",
    "blocks": [
        ("title", "Hội đồng châu Âu"),
        (
            "paragraph",
            "Hội đồng châu Âu (European Council) là cơ quan tập hợp nguyên thủ quốc gia hoặc người đứng đầu chính phủ các nước thành viên Liên minh châu Âu, cùng Chủ tịch Hội đồng và Chủ tịch Ủy ban châu Âu. Hội đồng xác định phương hướng và các ưu tiên chính trị chung của EU nhưng không có chức năng lập pháp.",
        ),
        ("heading", "Lịch sử", 1),
        (
            "paragraph",
            "Các cuộc gặp cấp cao thường kỳ của lãnh đạo Cộng đồng châu Âu được quyết định tại Hội nghị thượng đỉnh Paris tháng 12/1974. Đạo luật châu Âu duy nhất năm 1986 lần đầu ghi nhận Hội đồng trong văn bản hiệp ước. Từ ngày 1/12/2009, khi Hiệp ước Lisbon có hiệu lực, Hội đồng châu Âu trở thành một thể chế chính thức của EU và có Chủ tịch thường trực với nhiệm kỳ hai năm rưỡi.",
        ),
        ("heading", "Chủ tịch", 1),
        (
            "paragraph",
            "Các Chủ tịch thường trực gồm Herman Van Rompuy (Bỉ), Donald Tusk (Ba Lan), Charles Michel (Bỉ) và António Costa (Bồ Đào Nha), người nhậm chức ngày 1/12/2024.",
        ),
        ("heading", "Một số quyết định quan trọng", 1),
        (
            "paragraph",
            "Tháng 6/2022, Hội đồng châu Âu trao quy chế ứng cử viên cho U-crai-na và Môn-đô-va. Hội đồng cũng nhiều lần thông qua các gói trừng phạt đối với Nga. Anh rời EU ngày 31/1/2020 và không còn tham gia Hội đồng.",
        ),
    ],
}

DOCS = [EXA_JOURNAL, EXB_EMBASSY, EXC_LISBON, EXD_PLAN, EXE_COUNCIL]


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word, signed "ĐẠI SỨ"."""
    return report_word(doc, ["ĐẠI SỨ", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Kinh tế thế giới" section."""
    return news_page(
        doc,
        section="Kinh tế thế giới",
        time="07:30",
        menu=[("/kinh-te", "Kinh tế"), ("/quoc-te", "Quốc tế")],
        tags=[("/tag/eu", "EU"), ("/tag/hiep-uoc-lisbon", "Hiệp ước Lisbon")],
    )


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": headed_journal,
            "word": render_word,
            "news": render_news,
            "plan": ministry_plan,
            "entry": entry_text,
        },
        prefix="ex",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
