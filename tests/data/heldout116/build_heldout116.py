"""Build the hundred-and-sixteenth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout116/build_heldout116.py [--check]

Five short documents on Vietnam and India in defence, security and trade, on topics the earlier sets do
not use (Vietnam – India defence cooperation from the strategic partnership of 2007 to the state visit of
2024; the Khánh Hòa Department of Foreign Affairs, report on 2023 with India; Rajnath Singh's official
visit and the Joint Vision Statement on defence partnership, Hà Nội, 8/6/2022; a (fictitious) Ministry of
Industry and Trade plan for trade remedies and exports to India in 2026; an encyclopedia entry on the
Quadrilateral Security Dialogue). Nothing in src/ was changed for them. Facts are well-established;
authors, journal, page numbers, document numbers, the report's and the plan's local items and all quoted
words are invented. Events, citations and questions gold are written by hand; ``--check`` verifies that
every gold evidence, quote and citation occurs in the documents.
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

SRA_DEFENCE = {
    "id": "sra",
    "shape": "journal",
    "header": "TẠP CHÍ AN NINH VÀ ĐỐI NGOẠI CHÂU Á – Số 4 (2024)",
    "first_page": 37,
    "break_after": 11,
    "blocks": [
        ("title", "HỢP TÁC QUỐC PHÒNG VIỆT NAM – ẤN ĐỘ TRONG QUAN HỆ ĐỐI TÁC CHIẾN LƯỢC TOÀN DIỆN"),
        ("author", "Trịnh Quốc Thắng"),
        ("affiliation", "Viện Nghiên cứu Ấn Độ và Tây Nam Á, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết khái quát các bước phát triển của hợp tác quốc phòng Việt Nam – Ấn Độ từ năm 2007 đến nay và đề xuất một số định hướng cho giai đoạn tới.",
            "vi",
        ),
        (
            "keywords",
            "Việt Nam; Ấn Độ; hợp tác quốc phòng; an ninh biển; chính sách Hành động hướng Đông",
            "vi",
        ),
        ("heading", "1. Từ Đối tác chiến lược đến Đối tác chiến lược toàn diện", 1),
        (
            "paragraph",
            "Việt Nam và Ấn Độ thiết lập quan hệ ngoại giao đầy đủ ngày 7/1/1972, song nền tảng của tình hữu nghị đã được Chủ tịch Hồ Chí Minh và Thủ tướng Jawaharlal Nehru vun đắp từ những năm 1950. Tháng 7/2007, nhân chuyến thăm chính thức Ấn Độ của Thủ tướng Nguyễn Tấn Dũng, hai nước nâng quan hệ lên Đối tác chiến lược (Nguyễn Hoàng Anh, 2017, tr. 45). Gần một thập kỷ sau, trong chuyến thăm Hà Nội của Thủ tướng Narendra Modi tháng 9/2016, quan hệ được nâng lên Đối tác chiến lược toàn diện; cũng dịp này, phía Ấn Độ công bố khoản tín dụng 500 triệu USD dành cho hợp tác quốc phòng với Việt Nam.",
        ),
        ("heading", "2. Những kết quả cụ thể", 1),
        (
            "paragraph",
            "Mười hai tàu tuần tra cao tốc được đóng bằng khoản tín dụng quốc phòng 100 triệu USD trước đó của Ấn Độ, năm chiếc tại Ấn Độ và bảy chiếc tại Nhà máy đóng tàu Hồng Hà (Hải Phòng), đã được bàn giao cho Bộ đội Biên phòng Việt Nam tháng 6/2022. Một năm sau, ngày 22/7/2023, tại Cam Ranh, Hải quân Ấn Độ trao tặng Hải quân nhân dân Việt Nam tàu hộ vệ tên lửa Kirpan – lần đầu tiên New Delhi tặng một tàu chiến đang hoạt động cho nước ngoài. Theo một nghiên cứu gần đây, việc chuyển giao này là “minh chứng cho mức độ tin cậy chiến lược hiếm có giữa hai quân đội” (Lê Thị Minh Nguyệt, 2023, tr. 18).",
        ),
        ("heading", "3. Triển vọng", 1),
        (
            "paragraph",
            "Trong chuyến thăm cấp Nhà nước Ấn Độ của Thủ tướng Phạm Minh Chính từ ngày 30/7 đến 1/8/2024, hai bên thông qua Kế hoạch hành động giai đoạn 2024 – 2028 triển khai quan hệ Đối tác chiến lược toàn diện; Ấn Độ dành cho Việt Nam khoản tín dụng 300 triệu USD nhằm tăng cường năng lực an ninh biển. Trong khi đó, hợp tác kinh tế chưa tương xứng: hai nước vẫn chưa có hiệp định thương mại tự do song phương, trao đổi hàng hóa chủ yếu dựa vào Hiệp định Thương mại hàng hóa ASEAN – Ấn Độ (Đỗ Văn Hải, 2024). Vì vậy, thời gian tới hai bên cần sớm đưa hợp tác công nghiệp quốc phòng đi vào chiều sâu, gắn với mở rộng thương mại và đầu tư.",
        ),
    ],
}

SRB_KHANHHOA = {
    "id": "srb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA",
        "SỞ NGOẠI VỤ",
        "Số: 342/BC-SNgV",
        "Khánh Hòa, ngày 15 tháng 12 năm 2023",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả công tác đối ngoại năm 2023, phương hướng nhiệm vụ năm 2024"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác đối ngoại năm 2023, phương hướng nhiệm vụ năm 2024"),
        ("heading", "I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "list_item",
            "1. Trong năm, Sở đã tham mưu UBND tỉnh đón tiếp 18 đoàn khách quốc tế cấp Đại sứ trở lên; phối hợp với Bộ Tư lệnh Vùng 4 Hải quân bảo đảm công tác lễ tân cho 03 lượt tàu hải quân của Ấn Độ, Nhật Bản và Ô-xtrây-li-a thăm Cảng quốc tế Cam Ranh.",
        ),
        (
            "list_item",
            "2. Ngày 22/7, tại Cam Ranh, Hải quân Ấn Độ bàn giao tàu hộ vệ tên lửa Kirpan cho Hải quân nhân dân Việt Nam; Sở đã phối hợp đón tiếp đoàn Tham mưu trưởng Hải quân Ấn Độ, Đô đốc R. Hari Kumar, sang dự buổi lễ.",
        ),
        (
            "list_item",
            "3. Công trình nhà sinh hoạt cộng đồng tại xã Sơn Bình, huyện Khánh Sơn, xây dựng từ nguồn vốn 50.000 USD do Chính phủ Ấn Độ tài trợ không hoàn lại theo chương trình dự án tác động nhanh, đã khánh thành và đưa vào sử dụng trong tháng 5.",
        ),
        (
            "list_item",
            "4. Tháng 9, Tổng Lãnh sự Ấn Độ tại Thành phố Hồ Chí Minh đến chào và làm việc với lãnh đạo UBND tỉnh; hai bên thống nhất phối hợp tổ chức Ngày Văn hóa Ấn Độ tại Nha Trang vào năm tới.",
        ),
        (
            "list_item",
            "5. Đề xuất mở đường bay thẳng giữa Cam Ranh và Niu Đê-li vẫn chưa được các hãng hàng không chấp thuận; thỏa thuận hợp tác giữa tỉnh và bang Gu-gia-rát chưa ký được do phía bạn chưa hoàn tất thủ tục nội bộ.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2024", 1),
        (
            "list_item",
            "1. Tháng 3/2024, tổ chức đoàn lãnh đạo tỉnh sang thăm, xúc tiến du lịch và đầu tư tại bang Gu-gia-rát và thành phố Mum-bai (Ấn Độ); tiếp tục thúc đẩy ký thỏa thuận hợp tác với bang Gu-gia-rát.",
        ),
        (
            "list_item",
            "2. Phối hợp với Tổng Lãnh sự quán Ấn Độ tổ chức Ngày Văn hóa Ấn Độ tại Nha Trang; đề nghị phía Ấn Độ tiếp tục tài trợ các dự án tác động nhanh tại hai huyện miền núi Khánh Sơn và Khánh Vĩnh.",
        ),
        (
            "list_item",
            "3. Phối hợp với Bộ Tư lệnh Vùng 4 Hải quân bảo đảm công tác lễ tân đối với tàu hải quân nước ngoài thăm Cảng quốc tế Cam Ranh theo kế hoạch của Bộ Quốc phòng.",
        ),
    ],
}

SRC_SINGH = {
    "id": "src",
    "shape": "news",
    "date": "2022-06-08",
    "stamp": "Thứ Tư, 08/06/2022 - 19:05",
    "blocks": [
        ("title", "Việt Nam và Ấn Độ ký Tuyên bố tầm nhìn chung về quan hệ đối tác quốc phòng đến năm 2030"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Ngày 8/6, tại Hà Nội, Đại tướng Phan Văn Giang, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng, đã chủ trì lễ đón và hội đàm với Bộ trưởng Quốc phòng Ấn Độ Rajnath Singh, nhân dịp ông thăm chính thức Việt Nam từ ngày 8 đến 10/6.",
        ),
        ("heading", "Trụ cột của quan hệ Đối tác chiến lược toàn diện", 1),
        (
            "paragraph",
            "Tại hội đàm, hai Bộ trưởng đánh giá hợp tác quốc phòng là một trụ cột quan trọng của quan hệ Đối tác chiến lược toàn diện Việt Nam – Ấn Độ, được thiết lập năm 2016. Hai bên nhất trí tiếp tục tăng cường trao đổi đoàn các cấp, hợp tác đào tạo, công nghiệp quốc phòng, an ninh biển và gìn giữ hòa bình Liên hợp quốc.",
        ),
        (
            "paragraph",
            "Sau hội đàm, hai Bộ trưởng đã ký Tuyên bố tầm nhìn chung về quan hệ đối tác quốc phòng Việt Nam – Ấn Độ đến năm 2030 và Bản ghi nhớ về hỗ trợ hậu cần lẫn nhau. Theo phía Ấn Độ, Bản ghi nhớ sẽ giúp đơn giản hóa thủ tục để quân đội hai nước hỗ trợ nhau khi có nhu cầu.",
        ),
        ("heading", "Bàn giao 12 tàu tuần tra cao tốc", 1),
        (
            "paragraph",
            "Trước hội đàm, Bộ trưởng Rajnath Singh đã đặt vòng hoa và vào Lăng viếng Chủ tịch Hồ Chí Minh. Theo chương trình, ngày mai, tại Nhà máy đóng tàu Hồng Hà (Hải Phòng), ông sẽ chủ trì lễ bàn giao 12 tàu tuần tra cao tốc cho Bộ đội Biên phòng Việt Nam. Số tàu này được đóng bằng khoản tín dụng quốc phòng 100 triệu USD mà Chính phủ Ấn Độ dành cho Việt Nam. Ngày 10/6, đoàn sẽ đến Nha Trang thăm Trường Sĩ quan Không quân và Trường Đại học Thông tin liên lạc, nơi một công viên phần mềm quân đội đang được xây dựng bằng khoản viện trợ không hoàn lại 5 triệu USD của Ấn Độ.",
        ),
        (
            "paragraph",
            "Trong thời gian ở Việt Nam, Bộ trưởng Singh cũng sẽ chào xã giao Chủ tịch nước Nguyễn Xuân Phúc và Thủ tướng Phạm Minh Chính. Năm nay, hai nước kỷ niệm 50 năm thiết lập quan hệ ngoại giao (1972 – 2022).",
        ),
    ],
}

SRD_PLAN = {
    "id": "srd",
    "shape": "plan",
    "head": [
        f"{'BỘ CÔNG THƯƠNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 27/KH-BCT':<40}Hà Nội, ngày 14 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Phòng vệ thương mại và phát triển xuất khẩu",
        "sang thị trường Ấn Độ năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Phòng vệ thương mại và phát triển xuất khẩu sang thị trường Ấn Độ năm 2026"),
        (
            "paragraph",
            "Nhằm triển khai Kế hoạch hành động giai đoạn 2024 – 2028 thực hiện quan hệ Đối tác chiến lược toàn diện Việt Nam – Ấn Độ, được hai Thủ tướng thông qua tháng 8/2024, và bảo vệ lợi ích chính đáng của doanh nghiệp xuất khẩu, Bộ Công Thương xây dựng Kế hoạch năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Ấn Độ hiện là một trong những thị trường khởi xướng nhiều vụ điều tra phòng vệ thương mại nhất đối với hàng hóa Việt Nam, chủ yếu là điều tra chống bán phá giá đối với thép, hóa chất, sợi và một số mặt hàng tiêu dùng. Năm ngoái, Cục Phòng vệ thương mại đã hai lần tham vấn trực tuyến với Tổng vụ Phòng vệ thương mại (DGTR) của Ấn Độ, song hai bên chưa thiết lập được cơ chế trao đổi thông tin định kỳ. Ấn Độ đã rút khỏi đàm phán Hiệp định Đối tác kinh tế toàn diện khu vực (RCEP) từ tháng 11/2019, còn việc rà soát Hiệp định Thương mại hàng hóa ASEAN – Ấn Độ (AITIGA) vẫn đang được các bên thúc đẩy.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 3 năm nay, cử đoàn công tác sang Niu Đê-li tham vấn với DGTR và Bộ Thương mại và Công nghiệp Ấn Độ về các vụ việc đang được điều tra đối với thép và sợi của Việt Nam.",
        ),
        (
            "list_item",
            "2. Đề nghị phía Ấn Độ xem xét chấm dứt các biện pháp chống bán phá giá đã hết thời hạn áp dụng đối với một số sản phẩm của Việt Nam; hướng dẫn doanh nghiệp tham gia đầy đủ các vụ điều tra mới.",
        ),
        (
            "list_item",
            "3. Phối hợp với Bộ Ngoại giao và các nước ASEAN thúc đẩy kết thúc đàm phán nâng cấp AITIGA trong năm 2026.",
        ),
        (
            "list_item",
            "4. Tổ chức Tuần hàng Việt Nam tại Niu Đê-li vào tháng 10; không tham gia Hội chợ Thương mại quốc tế Ấn Độ năm nay để tập trung nguồn lực cho Tuần hàng.",
        ),
        (
            "paragraph",
            "Cục Phòng vệ thương mại chủ trì, phối hợp với Cục Xúc tiến thương mại và Thương vụ Việt Nam tại Ấn Độ theo dõi, đôn đốc thực hiện Kế hoạch này.",
        ),
    ],
}

SRE_QUAD = {
    "id": "sre",
    "shape": "entry",
    "blocks": [
        ("title", "Đối thoại An ninh Bốn bên"),
        (
            "paragraph",
            "Đối thoại An ninh Bốn bên (Quad) là cơ chế hợp tác không chính thức giữa Hoa Kỳ, Nhật Bản, Ấn Độ và Ô-xtrây-li-a. Cơ chế này bắt nguồn từ nhóm nòng cốt mà bốn nước lập ra để phối hợp cứu trợ các nước bị thiệt hại sau thảm họa động đất, sóng thần ở Ấn Độ Dương ngày 26/12/2004.",
        ),
        ("heading", "Hình thành và gián đoạn", 1),
        (
            "paragraph",
            "Được Thủ tướng Nhật Bản Shinzo Abe thúc đẩy, cuộc họp đầu tiên của nhóm ở cấp quan chức diễn ra tại Ma-ni-la tháng 5/2007, bên lề Diễn đàn Khu vực ASEAN. Tháng 2/2008, chính phủ của Thủ tướng Kevin Rudd tuyên bố Ô-xtrây-li-a rút khỏi cơ chế, khiến Quad gần như ngừng hoạt động trong gần một thập kỷ. Ngày 12/11/2017, quan chức bốn nước nhóm họp trở lại tại Ma-ni-la nhân dịp Hội nghị cấp cao ASEAN.",
        ),
        ("heading", "Hợp tác cấp cao", 1),
        (
            "paragraph",
            "Hội nghị cấp cao đầu tiên của Quad được tổ chức theo hình thức trực tuyến ngày 12/3/2021; các nhà lãnh đạo cam kết phối hợp cung cấp tới 1 tỷ liều vắc-xin COVID-19 cho khu vực Ấn Độ Dương – Thái Bình Dương. Ngày 24/9/2021, Tổng thống Joe Biden chủ trì hội nghị cấp cao trực tiếp đầu tiên tại Nhà Trắng. Từ đó, hội nghị cấp cao được tổ chức hằng năm; năm 2024, hội nghị diễn ra tại Uy-minh-tơn (Hoa Kỳ), quê hương của Tổng thống Biden. Trung Quốc nhiều lần lên tiếng phản đối, cho rằng nhóm này nhằm kiềm chế Bắc Kinh.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam không phải là thành viên của Quad. Tháng 3/2020, Việt Nam cùng Hàn Quốc và Niu Di-lân tham gia các cuộc điện đàm với bốn nước thành viên theo định dạng “Quad mở rộng” để phối hợp ứng phó đại dịch COVID-19. Các tuyên bố chung của Quad đều khẳng định ủng hộ vai trò trung tâm của ASEAN và Tầm nhìn ASEAN về Ấn Độ Dương – Thái Bình Dương (AOIP).",
        ),
    ],
}

DOCS = [SRA_DEFENCE, SRB_KHANHHOA, SRC_SINGH, SRD_PLAN, SRE_QUAD]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 74 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 74, ["GIÁM ĐỐC", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu, <article>, <h1>, a date line, the
    lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list, footer."""
    return news_page(
        doc,
        "Quốc phòng – An ninh",
        "19:05",
        [("/chinh-tri", "Chính trị"), ("/quoc-phong", "Quốc phòng"), ("/the-gioi", "Thế giới")],
        [
            ("/tag/an-do", "Ấn Độ"),
            ("/tag/hop-tac-quoc-phong", "Hợp tác quốc phòng"),
            ("/tag/rajnath-singh", "Rajnath Singh"),
        ],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        76,
        [
            "Nơi nhận:",
            "- Bộ Ngoại giao (để phối hợp);",
            "- Thương vụ Việt Nam tại Ấn Độ;",
            "- Lưu: VT, PVTM.",
        ],
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
        prefix="sr",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
