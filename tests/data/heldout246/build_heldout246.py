"""Build held-out set 246 and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout246/build_heldout246.py [--check]

Vietnam – Mozambique, the embassy in South Africa's half-year report 2023, the SADC summit of
2022 in Kinshasa, a (fictitious) agriculture ministry plan 2026, an entry on the CPLP. Facts are well-established; authors, journal, page numbers, document numbers, local items and quoted
words are invented. Events, citations and questions gold are written by hand.
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

FQA_MOZAMBIQUE = {
    "id": "fqa",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU CHÂU PHI VÀ TRUNG ĐÔNG – Số 3 (2024)",
    "first_page": 44,
    "break_after": 10,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – MÔ-DĂM-BÍCH: NỀN TẢNG TRUYỀN THỐNG VÀ ĐỘNG LỰC MỚI"),
        ("author", "Nguyễn Thị Minh Châu"),
        ("affiliation", "Viện Nghiên cứu Châu Phi và Trung Đông, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết điểm lại quan hệ Việt Nam – Mô-dăm-bích gần năm thập kỷ và đánh giá các dư địa hợp tác.",
            "vi",
        ),
        ("keywords", "Mô-dăm-bích; SADC; Movitel; hợp tác Nam – Nam", "vi"),
        ("heading", "1. Từ tình đoàn kết đấu tranh giải phóng", 1),
        (
            "paragraph",
            "Ngay trong ngày Mô-dăm-bích tuyên bố độc lập, 25/6/1975, Việt Nam và nước bạn đã thiết lập quan hệ ngoại giao. Trước đó, Mặt trận Giải phóng Mô-dăm-bích (FRELIMO) và các phong trào giải phóng dân tộc ở miền Nam châu Phi luôn coi cuộc kháng chiến của nhân dân ta là nguồn cổ vũ to lớn (Đỗ Đức Định, 2012, tr. 58). Năm 1992, Mô-dăm-bích là một trong những nước sáng lập Cộng đồng Phát triển miền Nam châu Phi (SADC); ba năm sau, nước này được kết nạp vào Khối Thịnh vượng chung dù chưa từng là thuộc địa của Anh.",
        ),
        ("heading", "2. Hợp tác kinh tế và phát triển", 1),
        (
            "paragraph",
            "Dấu ấn nổi bật nhất là Movitel, liên doanh giữa Tập đoàn Viettel và đối tác Mô-dăm-bích, chính thức kinh doanh từ năm 2012 và nhanh chóng trở thành nhà mạng có hạ tầng rộng nhất cả nước (Hoàng Văn Tuấn, 2019). Cùng với đó, nhiều đoàn chuyên gia nông nghiệp Việt Nam đã sang giúp bạn trồng lúa theo chương trình hợp tác ba bên với Tổ chức Nông lương Liên hợp quốc (FAO). Tuy vậy, kim ngạch thương mại hai chiều vẫn nhỏ và hai nước chưa ký hiệp định thương mại song phương.",
        ),
        ("heading", "3. Phối hợp đa phương", 1),
        (
            "paragraph",
            "Ngày 9/6/2022, Mô-dăm-bích lần đầu tiên được bầu làm Ủy viên không thường trực Hội đồng Bảo an Liên hợp quốc nhiệm kỳ 2023 – 2024, đúng lúc Việt Nam vừa kết thúc nhiệm kỳ của mình. Theo một nhà ngoại giao của bạn, Hà Nội “là người bạn đã đi cùng Mô-dăm-bích từ những ngày gian khó nhất” (Lê Quang Hưng, 2023, tr. 131). Hai bên cần sớm tổ chức kỳ họp tiếp theo của Ủy ban liên chính phủ và thúc đẩy đàm phán hiệp định khuyến khích và bảo hộ đầu tư.",
        ),
    ],
}

FQB_EMBASSY = {
    "id": "fqb",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "ĐẠI SỨ QUÁN VIỆT NAM TẠI CỘNG HÒA NAM PHI",
        "Số: 87/BC-ĐSQ",
        "Pretoria, ngày 20 tháng 6 năm 2023",
    ],
    "title_lines": ["BÁO CÁO", "Công tác sáu tháng đầu năm 2023 và nhiệm vụ sáu tháng cuối năm"],
    "blocks": [
        ("title", "BÁO CÁO Công tác sáu tháng đầu năm 2023 và nhiệm vụ sáu tháng cuối năm"),
        ("heading", "I. KẾT QUẢ CÔNG TÁC", 1),
        (
            "list_item",
            "1. Nhân dịp kỷ niệm 30 năm thiết lập quan hệ ngoại giao Việt Nam – Nam Phi (22/12/1993 – 22/12/2023), Đại sứ quán phối hợp với Bộ Quan hệ quốc tế và Hợp tác Nam Phi tổ chức hội thảo về hợp tác Nam – Nam tại Pretoria.",
        ),
        (
            "list_item",
            "2. Tháng 3/2023, Đại sứ đã trình bày với lãnh đạo Bộ Thương mại, Công nghiệp và Cạnh tranh Nam Phi đề nghị mở cửa thị trường cho quả bưởi và nhãn của Việt Nam; phía bạn cho biết đang xem xét hồ sơ.",
        ),
        (
            "list_item",
            "3. Đại sứ quán đã đón và hỗ trợ đoàn doanh nghiệp tỉnh Bình Dương sang khảo sát thị trường, dự Hội chợ thương mại quốc tế tại Johannesburg.",
        ),
        (
            "list_item",
            "4. Đoàn công tác của Hội Nông dân Việt Nam chưa được bố trí làm việc với Liên đoàn Nông nghiệp Nam Phi do trùng lịch.",
        ),
        (
            "list_item",
            "5. Nam Phi đang chuẩn bị đăng cai Hội nghị thượng đỉnh BRICS lần thứ 15 tại Johannesburg vào tháng 8; Đại sứ quán theo dõi sát và báo cáo kịp thời về Bộ.",
        ),
        ("heading", "II. NHIỆM VỤ SÁU THÁNG CUỐI NĂM", 1),
        (
            "list_item",
            "1. Chuẩn bị nội dung kỳ họp lần thứ tư Ủy ban Đối tác Việt Nam – Nam Phi, dự kiến tổ chức tại Hà Nội.",
        ),
        (
            "list_item",
            "2. Phối hợp với Cục Xúc tiến thương mại tổ chức Tuần hàng Việt Nam tại Cape Town vào tháng 10.",
        ),
        (
            "list_item",
            "3. Vận động phía bạn sớm công nhận các cơ sở chứng nhận an toàn thực phẩm của Việt Nam.",
        ),
    ],
}

FQC_SADC = {
    "id": "fqc",
    "shape": "news",
    "date": "2022-08-18",
    "stamp": "Thứ Năm, 18/08/2022 - 07:45",
    "blocks": [
        ("title", "Thượng đỉnh SADC tại Kinshasa: Cộng hòa Dân chủ Công-gô nhận ghế chủ tịch"),
        (
            "paragraph",
            "Kinshasa (TTXVN) – Ngày 17/8, Hội nghị thượng đỉnh lần thứ 42 của Cộng đồng Phát triển miền Nam châu Phi (SADC) đã khai mạc tại thủ đô của Cộng hòa Dân chủ Công-gô, đúng dịp tổ chức này tròn 30 năm thành lập.",
        ),
        ("heading", "Chuyển giao ghế chủ tịch", 1),
        (
            "paragraph",
            "Tổng thống Cộng hòa Dân chủ Công-gô Félix Tshisekedi tiếp nhận cương vị Chủ tịch SADC từ Tổng thống Ma-la-uy Lazarus Chakwera. Trong bài phát biểu khai mạc, ông kêu gọi các nước thành viên tăng cường liên kết khu vực để đối phó với khủng hoảng lương thực và năng lượng.",
        ),
        ("heading", "Tình hình Cabo Delgado", 1),
        (
            "paragraph",
            "Các nhà lãnh đạo đã xem xét báo cáo về Phái bộ SADC tại Mô-dăm-bích (SAMIM), được triển khai từ tháng 7 năm ngoái để hỗ trợ nước này chống các nhóm vũ trang ở tỉnh Cabo Delgado. Ru-an-đa, không phải thành viên SADC, cũng đã điều quân sang giúp Mô-dăm-bích theo thỏa thuận song phương.",
        ),
        (
            "paragraph",
            "Hội nghị quyết định gia hạn nhiệm vụ của phái bộ, song chưa thống nhất được nguồn kinh phí lâu dài. Thượng đỉnh năm sau sẽ do Ăng-gô-la đăng cai.",
        ),
    ],
}

FQD_PLAN = {
    "id": "fqd",
    "shape": "plan",
    "head": [
        f"{'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 31/KH-BNNMT':<40}Hà Nội, ngày 14 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác nông nghiệp với Cộng hòa Mô-dăm-bích",
        "và các nước châu Phi nói tiếng Bồ Đào Nha năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác nông nghiệp với Cộng hòa Mô-dăm-bích và các nước châu Phi nói tiếng Bồ Đào Nha năm 2026",
        ),
        (
            "paragraph",
            "Nhằm tiếp nối kết quả của chương trình hợp tác Nam – Nam với sự tài trợ của FAO, Bộ Nông nghiệp và Môi trường xây dựng Kế hoạch hợp tác với Mô-dăm-bích và các nước châu Phi nói tiếng Bồ Đào Nha năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Năm ngoái, Bộ đã đón hai đoàn cán bộ Bộ Nông nghiệp Mô-dăm-bích sang học tập mô hình sản xuất lúa tại Đồng bằng sông Cửu Long. Hai bên đã trao đổi dự thảo bản ghi nhớ về hợp tác nông nghiệp nhưng chưa ký.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Quý II năm nay, cử đoàn công tác do một Thứ trưởng dẫn đầu sang Maputo, làm việc với Bộ Nông nghiệp và Phát triển nông thôn Mô-dăm-bích; nhân dịp này ký Bản ghi nhớ hợp tác nông nghiệp giữa hai Bộ.",
        ),
        (
            "list_item",
            "2. Cử 10 chuyên gia sang giúp tỉnh Zambézia xây dựng mô hình trình diễn giống lúa năng suất cao.",
        ),
        (
            "list_item",
            "3. Làm việc với Đại sứ quán Ăng-gô-la về khả năng mở rộng mô hình sang nước này.",
        ),
        (
            "list_item",
            "4. Không tổ chức hội nghị ba bên riêng với FAO trong năm 2026; nội dung này được lồng ghép vào các hoạt động trên.",
        ),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch này.",
        ),
    ],
}

FQE_CPLP = {
    "id": "fqe",
    "shape": "entry",
    "blocks": [
        ("title", "Cộng đồng các quốc gia nói tiếng Bồ Đào Nha"),
        (
            "paragraph",
            "Cộng đồng các quốc gia nói tiếng Bồ Đào Nha (CPLP) là tổ chức liên chính phủ của các nước dùng tiếng Bồ Đào Nha làm ngôn ngữ chính thức, được thành lập tại Li-xbon ngày 17/7/1996. Trụ sở của tổ chức đặt tại Li-xbon.",
        ),
        ("heading", "Thành viên", 1),
        (
            "paragraph",
            "Bảy thành viên sáng lập gồm Ăng-gô-la, Bra-xin, Cáp-ve, Ghi-nê Bít-xao, Mô-dăm-bích, Bồ Đào Nha và Xao Tô-mê và Prin-xi-pê. Đông Ti-mo gia nhập năm 2002, ngay sau khi giành độc lập; Ghi-nê Xích đạo được kết nạp năm 2014.",
        ),
        ("heading", "Hoạt động", 1),
        (
            "paragraph",
            "CPLP thúc đẩy hợp tác về ngôn ngữ, giáo dục, y tế và phối hợp lập trường tại các diễn đàn quốc tế. Tổ chức đã nhiều lần cử đoàn quan sát bầu cử tới các nước thành viên và tham gia hòa giải khủng hoảng chính trị ở Ghi-nê Bít-xao sau cuộc đảo chính năm 2012; tư cách của nước này trong tổ chức từng bị đình chỉ.",
        ),
        ("heading", "Cơ cấu", 1),
        (
            "paragraph",
            "Cơ quan cao nhất của CPLP là Hội nghị các nguyên thủ quốc gia và chính phủ, họp hai năm một lần; nước chủ nhà đồng thời giữ chức Chủ tịch luân phiên. Hội nghị thượng đỉnh năm 2014 ở Đi-li, thủ đô Đông Ti-mo, là nơi thông qua việc kết nạp Ghi-nê Xích đạo.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam không phải là thành viên của CPLP nhưng có quan hệ ngoại giao với tất cả các nước thành viên và duy trì hợp tác nông nghiệp, viễn thông với Ăng-gô-la và Mô-dăm-bích.",
        ),
    ],
}

DOCS = [FQA_MOZAMBIQUE, FQB_EMBASSY, FQC_SADC, FQD_PLAN, FQE_CPLP]


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Thế giới" section."""
    return news_page(
        doc,
        section="Thế giới",
        time="08:30",
        menu=[("/the-gioi", "Thế giới"), ("/doi-ngoai", "Đối ngoại")],
        tags=[("/tag/chau-phi", "Châu Phi"), ("/tag/my-latinh", "Mỹ Latinh")],
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
        prefix="fq",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
