"""Build the hundred-and-seventy-sixth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout176/build_heldout176.py [--check]

Five short documents on Armenia and the South Caucasus, a topic the earlier sets do not use (Armenia between
the Eurasian Economic Union and the EU and its relations with Vietnam, the VNU University of Languages and
International Studies' international cooperation in 2024, the Nagorno-Karabakh ceasefire statement of
9 – 10/11/2020, a (fictitious) Ministry of Culture, Sports and Tourism plan for cultural and tourism
cooperation with Armenia and the South Caucasus in 2026, an encyclopedia entry on the OSCE Minsk Group).
Nothing in src/ was changed for them. Facts are well-established; authors, journal, page numbers, document
numbers, the university report's items, the plan (number, date, tasks) and all quoted words but the
leaders' public remarks are invented. Events, citations and questions gold are written by hand; ``--check``
verifies that every gold evidence, quote and citation occurs in the documents.
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

PUA_ARMENIA = {
    "id": "pua",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU QUỐC TẾ VÀ KHU VỰC – Số 5 (2025)",
    "first_page": 37,
    "break_after": 14,
    "blocks": [
        (
            "title",
            "ARMENIA GIỮA LIÊN MINH KINH TẾ Á – ÂU VÀ LIÊN MINH CHÂU ÂU: TRIỂN VỌNG QUAN HỆ VỚI VIỆT NAM",
        ),
        ("author", "Đặng Quốc Khánh"),
        ("affiliation", "Khoa Chính trị quốc tế và Ngoại giao, Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết điểm lại con đường hội nhập khu vực của Armenia từ sau năm 1991, qua đó đánh giá triển vọng hợp tác kinh tế giữa nước này với Việt Nam.",
            "vi",
        ),
        ("keywords", "Armenia; Liên minh Kinh tế Á – Âu; CEPA; quan hệ Việt Nam – Armenia", "vi"),
        ("heading", "1. Những lựa chọn đầu tiên", 1),
        (
            "paragraph",
            "Sau cuộc trưng cầu ý dân ngày 21/9/1991, Armenia tuyên bố độc lập và đến ngày 2/3/1992 thì được kết nạp vào Liên hợp quốc. Là một quốc gia nhỏ, không có biển, nằm giữa những láng giềng còn nhiều bất đồng, Armenia sớm hướng về châu Âu trong xây dựng thể chế. Nước này gia nhập Hội đồng châu Âu ngày 25/1/2001, cùng ngày với nước láng giềng Azerbaijan, rồi trở thành thành viên Tổ chức Thương mại thế giới (WTO) ngày 5/2/2003 (Hoàng Văn Nghĩa, 2019, tr. 41).",
        ),
        ("heading", "2. Giữa hai tiến trình liên kết", 1),
        (
            "paragraph",
            "Tháng 9/2013, Tổng thống Serzh Sargsyan bất ngờ tuyên bố Armenia sẽ tham gia Liên minh thuế quan do Nga dẫn dắt, gác lại Hiệp định liên kết với EU. Hiệp ước về việc Armenia gia nhập Liên minh Kinh tế Á – Âu (EAEU) được ký tại Minsk ngày 10/10/2014, và từ ngày 2/1/2015 nước này chính thức trở thành thành viên. Brussels không vì thế mà đóng cửa: Hiệp định Đối tác toàn diện và tăng cường (CEPA) giữa EU và Armenia được ký tại Brussels ngày 24/11/2017 (Lê Thị Minh Châu, 2021). Những năm gần đây, lòng tin của Yerevan đối với các đồng minh truyền thống suy giảm rõ rệt; đầu năm 2024, Armenia tuyên bố đóng băng sự tham gia vào Tổ chức Hiệp ước An ninh tập thể (CSTO).",
        ),
        ("heading", "3. Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam và Armenia thiết lập quan hệ ngoại giao ngày 14/7/1992 tại Mát-xcơ-va. Thủ tướng Nikol Pashinyan đã thăm chính thức Việt Nam tháng 7/2019. Hiệp định Thương mại tự do giữa Việt Nam và EAEU, ký ngày 29/5/2015, tạo khuôn khổ ưu đãi cho hàng hóa của ta vào thị trường Armenia, song kim ngạch thương mại song phương vẫn rất khiêm tốn. Giới doanh nghiệp nước bạn “đánh giá cao kinh nghiệm của Việt Nam trong thu hút đầu tư vào công nghệ thông tin” (Bùi Đức Thắng, 2023, tr. 88). Vì vậy, hai bên cần tăng cường trao đổi đoàn doanh nghiệp và tận dụng tốt hơn những ưu đãi mà hiệp định mang lại.",
        ),
    ],
}

PUB_ULIS = {
    "id": "pub",
    "shape": "word",
    "head": [
        "ĐẠI HỌC QUỐC GIA HÀ NỘI",
        "TRƯỜNG ĐẠI HỌC NGOẠI NGỮ",
        "Số: 1873/BC-ĐHNN",
        "Hà Nội, ngày 20 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Công tác hợp tác quốc tế năm 2024 và phương hướng năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Công tác hợp tác quốc tế năm 2024 và phương hướng năm 2025"),
        ("heading", "I. KẾT QUẢ NĂM 2024", 1),
        (
            "list_item",
            "1. Từ ngày 8 đến ngày 12/4/2024, đoàn công tác của Trường do Hiệu trưởng làm trưởng đoàn đã thăm và làm việc tại Yerevan (Armenia); nhân dịp này, Trường ký Biên bản ghi nhớ về trao đổi giảng viên và sinh viên với Trường Đại học Ngôn ngữ và Khoa học xã hội quốc gia Brusov.",
        ),
        (
            "list_item",
            "2. Viện Tiếng Nga quốc gia mang tên A.X. Puskin tiếp tục cử 02 giảng viên sang giảng dạy tại Khoa Ngôn ngữ và Văn hóa Nga; Trung tâm Thế giới Nga đặt tại Trường được Quỹ Thế giới Nga tặng thêm gần 500 đầu sách.",
        ),
        (
            "list_item",
            "3. Trong khuôn khổ chương trình Erasmus+ do Liên minh châu Âu tài trợ, 14 sinh viên và 5 giảng viên của Trường đã sang học tập, giảng dạy ngắn hạn tại Ba Lan, Hungary và Cộng hòa Séc.",
        ),
        (
            "list_item",
            "4. Tháng trước, Đại sứ Belarus tại Việt Nam đến thăm và làm việc với Trường, đề nghị phối hợp mở lớp tiếng Belarus cho sinh viên Khoa Ngôn ngữ và Văn hóa Nga.",
        ),
        (
            "list_item",
            "5. Dự án phòng học tiếng Hàn thông minh do Quỹ Giao lưu quốc tế Hàn Quốc (KF) tài trợ chưa được triển khai vì thủ tục tiếp nhận viện trợ chưa hoàn tất.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Đón đoàn Trường Đại học Brusov sang làm việc trong quý I/2025 và phối hợp tổ chức Ngày Văn hóa Armenia tại Trường.",
        ),
        (
            "list_item",
            "2. Mở rộng hợp tác với các trường đại học của Nga, Belarus và Kazakhstan trong đào tạo giáo viên tiếng Nga.",
        ),
        (
            "list_item",
            "3. Tiếp tục tham gia các dự án Erasmus+ và giới thiệu sinh viên dự tuyển học bổng Stipendium Hungaricum của Chính phủ Hungary.",
        ),
    ],
}

PUC_KARABAKH = {
    "id": "puc",
    "shape": "news",
    "date": "2020-11-10",
    "stamp": "Thứ Ba, 10/11/2020 - 08:42",
    "blocks": [
        ("title", "Nga, Azerbaijan và Armenia ký tuyên bố chấm dứt xung đột ở Nagorno-Karabakh"),
        (
            "paragraph",
            "Mát-xcơ-va (TTXVN) – Tổng thống Nga Vladimir Putin, Tổng thống Azerbaijan Ilham Aliyev và Thủ tướng Armenia Nikol Pashinyan đêm 9/11 đã ký tuyên bố chung về ngừng bắn hoàn toàn và chấm dứt mọi hoạt động quân sự tại khu vực Nagorno-Karabakh, có hiệu lực từ 0 giờ ngày 10/11 (giờ Mát-xcơ-va).",
        ),
        ("heading", "Lực lượng gìn giữ hòa bình của Nga", 1),
        (
            "paragraph",
            "Theo tuyên bố, Nga sẽ triển khai 1.960 quân nhân cùng 90 xe bọc thép chở quân dọc đường tiếp xúc và hành lang Lachin nối Nagorno-Karabakh với lãnh thổ Armenia, trong thời hạn 5 năm và có thể tự động gia hạn. Phía Armenia cam kết trao trả cho Azerbaijan các quận Kalbajar, Aghdam và Lachin trước ngày 1/12. Phát biểu trên truyền hình, Tổng thống Putin cho rằng các thỏa thuận đạt được sẽ tạo điều kiện cho một giải pháp lâu dài và toàn diện.",
        ),
        ("heading", "Kết thúc 44 ngày giao tranh", 1),
        (
            "paragraph",
            "Giao tranh giữa Azerbaijan và lực lượng Armenia bùng phát từ ngày 27/9, là đợt xung đột đẫm máu nhất ở khu vực kể từ lệnh ngừng bắn năm 1994. Các thỏa thuận ngừng bắn nhân đạo đạt được trong tháng 10 tại Mát-xcơ-va và Oa-sinh-tơn đều nhanh chóng đổ vỡ. Hôm 8/11, ông Aliyev tuyên bố quân đội Azerbaijan đã giành quyền kiểm soát Shusha, thành phố lớn thứ hai của Nagorno-Karabakh.",
        ),
        (
            "paragraph",
            "Thủ tướng Pashinyan viết trên mạng xã hội rằng quyết định ký văn kiện là “vô cùng đau đớn” đối với cá nhân ông và nhân dân Armenia. Ngay trong đêm, hàng nghìn người biểu tình đã kéo đến trụ sở Chính phủ và Quốc hội ở Yerevan để phản đối.",
        ),
        ("heading", "Phản ứng quốc tế", 1),
        (
            "paragraph",
            "Ngoại trưởng Thổ Nhĩ Kỳ Mevlut Cavusoglu chúc mừng Azerbaijan về những gì ông gọi là thành quả quan trọng trên thực địa. Trong khi đó, Nhóm Minsk của Tổ chức An ninh và Hợp tác châu Âu (OSCE), do Nga, Mỹ và Pháp đồng chủ trì, đã làm trung gian cho tiến trình hòa bình từ những năm 1990 nhưng chưa đưa ra được giải pháp chính trị lâu dài.",
        ),
    ],
}

PUD_PLAN = {
    "id": "pud",
    "shape": "plan",
    "head": [
        f"{'BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 45/KH-BVHTTDL':<40}Hà Nội, ngày 15 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác văn hóa, du lịch với Armenia và các nước",
        "khu vực Nam Kavkaz năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác văn hóa, du lịch với Armenia và các nước khu vực Nam Kavkaz năm 2026",
        ),
        (
            "paragraph",
            "Nhằm tăng cường giao lưu nhân dân, quảng bá hình ảnh đất nước, con người Việt Nam và thu hút khách du lịch từ khu vực Nam Kavkaz, Bộ Văn hóa, Thể thao và Du lịch ban hành Kế hoạch hợp tác với Armenia, Azerbaijan và Gruzia năm 2026 như sau:",
        ),
        ("heading", "I. ĐÁNH GIÁ TÌNH HÌNH", 1),
        (
            "paragraph",
            "Quan hệ Việt Nam – Armenia, được thiết lập từ năm 1992, phát triển tốt đẹp nhưng giao lưu văn hóa còn hạn chế. Năm ngoái, Bộ đã cử đoàn điện ảnh tham dự Liên hoan phim quốc tế “Mơ vàng” tại Yerevan và giới thiệu một số bộ phim Việt Nam tới khán giả Armenia. Tuy nhiên, hai bên chưa ký chương trình hợp tác văn hóa cấp Chính phủ, đường bay thẳng giữa Việt Nam và các nước Nam Kavkaz cũng chưa được mở. Lượng khách du lịch từ khu vực này đến Việt Nam còn ít, chủ yếu đi theo các tour kết hợp với Thái Lan.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tổ chức Những ngày Văn hóa Việt Nam tại Yerevan vào tháng 9/2026, gồm triển lãm ảnh, biểu diễn nghệ thuật truyền thống và giới thiệu ẩm thực.",
        ),
        (
            "list_item",
            "2. Chủ trì, phối hợp với Bộ Ngoại giao đàm phán Chương trình hợp tác văn hóa giai đoạn 2026 – 2030 với Bộ Giáo dục, Khoa học, Văn hóa và Thể thao Armenia, phấn đấu ký trong dịp tổ chức Những ngày Văn hóa Việt Nam.",
        ),
        (
            "list_item",
            "3. Mời đoàn doanh nghiệp lữ hành của Azerbaijan và Gruzia sang khảo sát tuyến du lịch Hà Nội – Ninh Bình – Hạ Long trong quý II/2026.",
        ),
        (
            "list_item",
            "4. Đề nghị Viện Bản thảo cổ Matenadaran của Armenia hỗ trợ đào tạo cán bộ bảo quản tài liệu cổ cho Thư viện Quốc gia Việt Nam.",
        ),
        (
            "list_item",
            "5. Không tổ chức đoàn tham dự Hội chợ du lịch quốc tế tại Tbilisi năm 2026; tài liệu quảng bá du lịch Việt Nam được gửi qua cơ quan đại diện của ta.",
        ),
        (
            "paragraph",
            "Cục Hợp tác quốc tế là đầu mối theo dõi, đôn đốc; các đơn vị liên quan chủ động bố trí kinh phí thực hiện Kế hoạch này.",
        ),
    ],
}

PUE_MINSK_GROUP = {
    "id": "pue",
    "shape": "entry",
    "blocks": [
        ("title", "Nhóm Minsk của OSCE"),
        (
            "paragraph",
            "Nhóm Minsk là cơ chế trung gian do Hội nghị về An ninh và Hợp tác châu Âu (CSCE), tiền thân của Tổ chức An ninh và Hợp tác châu Âu (OSCE), lập ra năm 1992 nhằm tìm kiếm giải pháp hòa bình cho cuộc xung đột giữa Armenia và Azerbaijan ở Nagorno-Karabakh. Tên gọi của nhóm xuất phát từ một hội nghị hòa bình dự kiến tổ chức tại Minsk (Belarus) nhưng chưa bao giờ được triệu tập.",
        ),
        ("heading", "Thành phần", 1),
        (
            "paragraph",
            "Từ năm 1997, nhóm do Nga, Mỹ và Pháp đồng chủ trì. Các thành viên thường trực khác gồm Belarus, Đức, Italia, Phần Lan, Thụy Điển và Thổ Nhĩ Kỳ, cùng hai bên xung đột là Armenia và Azerbaijan.",
        ),
        ("heading", "Hoạt động", 1),
        (
            "paragraph",
            "Với sự trung gian của Nga, các bên đã ký Nghị định thư Bishkek tháng 5/1994, và lệnh ngừng bắn có hiệu lực từ ngày 12/5/1994. Tháng 11/2007, tại Madrid, ba đồng chủ tịch trao cho Armenia và Azerbaijan bộ “Nguyên tắc cơ bản”, thường được gọi là Nguyên tắc Madrid. Tuy vậy, nhóm không ngăn được cuộc chiến 44 ngày năm 2020, cũng như chiến dịch quân sự của Azerbaijan tháng 9/2023, sau đó phần lớn cư dân gốc Armenia rời khỏi Nagorno-Karabakh.",
        ),
        ("heading", "Giải thể", 1),
        (
            "paragraph",
            "Ngày 8/8/2025, tại Nhà Trắng, ngoại trưởng Armenia và Azerbaijan ký tắt văn bản hiệp định hòa bình, đồng thời hai nước cùng đề nghị OSCE chấm dứt Tiến trình Minsk. Ngày 1/9/2025, Hội đồng Bộ trưởng OSCE nhất trí quyết định đóng cửa tiến trình này cùng các cơ cấu liên quan.",
        ),
        ("heading", "Việt Nam và OSCE", 1),
        (
            "paragraph",
            "Việt Nam không phải là nước tham gia hay đối tác hợp tác của OSCE; trong ASEAN, chỉ Thái Lan là Đối tác hợp tác châu Á của tổ chức này.",
        ),
    ],
}

DOCS = [PUA_ARMENIA, PUB_ULIS, PUC_KARABAKH, PUD_PLAN, PUE_MINSK_GROUP]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on top of every page (the first too), the
    page number centred as "- N -" at the foot (heldout_kit.headed_journal: title at 50 columns, body at 74)."""
    return headed_journal(doc, page_label="- {} -", align="^")


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: lines wrapped at 70 columns as on the page, every line
    followed by an empty line; the signature at the end."""
    return word_text(doc, 70, ["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """The agency's detail page (heldout_kit.news_page): <title>, article:published_time, a nav menu, <h1>,
    the date line, the lead with its dateline, <h3> subheads, <p> paragraphs, tags, footer."""
    return news_page(
        doc,
        "Thế giới",
        "08:42",
        [("/the-gioi", "Thế giới"), ("/chau-au", "Châu Âu")],
        [
            ("/tag/armenia", "Armenia"),
            ("/tag/azerbaijan", "Azerbaijan"),
            ("/tag/nagorno-karabakh", "Nagorno-Karabakh"),
        ],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred title, body at 76 columns, then
    "Nơi nhận" with the signature block beside it."""
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
        prefix="pu",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
