"""Build the hundred-and-ninety-ninth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout199/build_heldout199.py [--check]

Five short documents on the Mekong subregion's frameworks with Northeast Asia, on topics no earlier set has
as its main one: Mekong – Korea cooperation from the Han River Declaration (2011) to the first summit in
Busan (2019), An Giang University's international cooperation in 2024 (the Mekong – Korea and Mekong –
Lancang funds, JICA), the second Mekong – Lancang leaders' meeting in Phnom Penh (10/1/2018), a
(fictitious) Ministry of Culture, Sports and Tourism plan for tourism cooperation in the Mekong frameworks in
2026, an encyclopedia entry on the Mekong – Lancang Cooperation. Nothing in src/ was changed for them. Facts
are well-established; authors, journal, page numbers, document numbers, the university report's own items
and all quoted words are invented, the ministry plan (number, date, tasks) is fictitious. Events, citations
and questions gold are written by hand; ``--check`` verifies that every gold evidence, quote and citation
occurs in the documents.
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

YXA_MEKONG_KOREA = {
    "id": "yxa",
    "shape": "journal",
    "header": "NGHIÊN CỨU MÊ CÔNG VÀ ĐÔNG Á, Số 3 (2024)",
    "first_page": 57,
    "break_after": 10,
    "blocks": [
        ("title", "HỢP TÁC MÊ CÔNG – HÀN QUỐC: CHẶNG ĐƯỜNG MƯỜI BA NĂM VÀ VAI TRÒ CỦA VIỆT NAM"),
        ("author", "Trịnh Quốc Khánh"),
        ("affiliation", "Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết điểm lại quá trình hình thành, phát triển của hợp tác Mê Công – Hàn Quốc từ năm 2011 và đề xuất một số định hướng cho Việt Nam.",
            "vi",
        ),
        ("keywords", "Mê Công – Hàn Quốc; Tuyên bố sông Hàn; Quỹ hợp tác; đồng bằng sông Cửu Long", "vi"),
        ("heading", "1. Hình thành cơ chế", 1),
        (
            "paragraph",
            "Hội nghị Bộ trưởng Ngoại giao Mê Công – Hàn Quốc lần thứ nhất, họp tại Xơ-un ngày 27 – 28/10/2011 dưới sự đồng chủ trì của Hàn Quốc và Cam-pu-chia, đã thông qua Tuyên bố sông Hàn về thiết lập “Quan hệ đối tác toàn diện giữa các nước Mê Công và Hàn Quốc vì thịnh vượng chung”. Đoàn Việt Nam do Bộ trưởng Ngoại giao Phạm Bình Minh dẫn đầu. Các bên xác định những lĩnh vực ưu tiên, từ cơ sở hạ tầng, công nghệ thông tin, tăng trưởng xanh đến quản lý tài nguyên nước, phát triển nông nghiệp – nông thôn và phát triển nguồn nhân lực (Phan Thị Ngọc Ánh, 2015, tr. 18).",
        ),
        ("heading", "2. Từ cấp Bộ trưởng lên cấp cao", 1),
        (
            "paragraph",
            "Kế hoạch hành động giai đoạn 2014 – 2017 đặt cơ sở cho việc thành lập Quỹ hợp tác Mê Công – Hàn Quốc; năm 2017, các Bộ trưởng họp tại Busan thông qua Kế hoạch hành động giai đoạn 2017 – 2020. Trong khuôn khổ Chính sách hướng Nam mới của Tổng thống Moon Jae-in, Hội nghị cấp cao Mê Công – Hàn Quốc lần thứ nhất được tổ chức tại Busan ngày 27/11/2019 với sự tham dự của Thủ tướng Nguyễn Xuân Phúc; các nhà lãnh đạo thông qua Tuyên bố sông Mê Công – sông Hàn và nhất trí tổ chức hội nghị lần thứ hai tại Việt Nam vào năm 2020. Một nhà nghiên cứu nhận định Xơ-un “không muốn đứng ngoài dòng chảy cạnh tranh ảnh hưởng ở tiểu vùng” (Lê Văn Tùng, 2020, tr. 63).",
        ),
        ("heading", "3. Vai trò của Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam là một trong những nước nhận ODA lớn nhất của Hàn Quốc, và nhiều dự án của Quỹ hợp tác đã được triển khai ở đồng bằng sông Cửu Long. Tuy vậy, nguồn lực của Quỹ còn khiêm tốn so với các cơ chế khác trong tiểu vùng (Đỗ Thu Trang, 2022). Ta cần chủ động đề xuất với phía Hàn Quốc các dự án về quản lý tài nguyên nước và thích ứng với biến đổi khí hậu cho vùng đồng bằng.",
        ),
    ],
}

YXB_UNIVERSITY = {
    "id": "yxb",
    "shape": "word",
    "head": [
        "ĐẠI HỌC QUỐC GIA THÀNH PHỐ HỒ CHÍ MINH",
        "TRƯỜNG ĐẠI HỌC AN GIANG",
        "Số: 1265/BC-ĐHAG",
        "An Giang, ngày 18 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả hợp tác quốc tế năm 2024 và kế hoạch năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả hợp tác quốc tế năm 2024 và kế hoạch năm 2025"),
        ("heading", "I. KẾT QUẢ NĂM 2024", 1),
        (
            "list_item",
            "1. Dự án “Nâng cao năng lực dự báo xâm nhập mặn vùng đồng bằng sông Cửu Long”, do Quỹ hợp tác Mê Công – Hàn Quốc tài trợ 480.000 USD, được khởi động từ tháng 3/2024 với sự tham gia của Tổng công ty Tài nguyên nước Hàn Quốc (K-water).",
        ),
        (
            "list_item",
            "2. Mô hình canh tác lúa – tôm thích ứng với xâm nhập mặn tại tỉnh Kiên Giang, được Quỹ hợp tác đặc biệt Mê Công – Lan Thương tài trợ 210.000 USD, đã hoàn thành và bàn giao cho địa phương.",
        ),
        (
            "list_item",
            "3. Tháng 9, đoàn cán bộ Nhà trường sang Tô-ky-ô dự hội thảo về nông nghiệp thích ứng với biến đổi khí hậu trong khuôn khổ hợp tác Mê Công – Nhật Bản và làm việc với Cơ quan Hợp tác Quốc tế Nhật Bản (JICA).",
        ),
        (
            "list_item",
            "4. Nhà trường tiếp nhận 12 sinh viên Cam-pu-chia từ tỉnh Ta Keo sang học tiếng Việt theo học bổng của tỉnh An Giang; ngày 5/7/2024, Nhà trường và Đại học Khon Kaen (Thái Lan) ký Biên bản ghi nhớ về trao đổi giảng viên.",
        ),
        (
            "list_item",
            "5. Đề xuất xây dựng trạm quan trắc chất lượng nước trên sông Hậu gửi Quỹ hợp tác đặc biệt Mê Công – Lan Thương năm nay chưa được phê duyệt.",
        ),
        ("heading", "II. KẾ HOẠCH NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 4 năm sau, đón đoàn K-water sang nghiệm thu giai đoạn một; hai bên sẽ ký thỏa thuận triển khai giai đoạn hai của dự án.",
        ),
        (
            "list_item",
            "2. Đăng cai Hội thảo khoa học “Hợp tác Mê Công – Lan Thương vì an ninh nguồn nước” với sự tham gia của các trường đại học sáu nước thành viên.",
        ),
        (
            "list_item",
            "3. Đề nghị JICA tiếp tục hỗ trợ trang thiết bị phòng thí nghiệm cho Khoa Nông nghiệp – Tài nguyên thiên nhiên.",
        ),
    ],
}

YXC_PHNOM_PENH = {
    "id": "yxc",
    "shape": "news",
    "date": "2018-01-10",
    "stamp": "Thứ Tư, 10/01/2018 - 18:40",
    "blocks": [
        ("title", "Hội nghị cấp cao Mê Công – Lan Thương lần thứ hai thông qua Tuyên bố Phnôm Pênh"),
        (
            "paragraph",
            "Phnôm Pênh (TTXVN) – Chiều 10/1, Hội nghị cấp cao Hợp tác Mê Công – Lan Thương (MLC) lần thứ hai đã bế mạc tại thủ đô Cam-pu-chia sau khi lãnh đạo sáu nước thông qua Tuyên bố Phnôm Pênh và Kế hoạch hành động 5 năm giai đoạn 2018 – 2022.",
        ),
        ("heading", "“Dòng sông hòa bình và phát triển bền vững của chúng ta”", 1),
        (
            "paragraph",
            "Hội nghị do Thủ tướng Cam-pu-chia Hun Sen và Thủ tướng Trung Quốc Lý Khắc Cường đồng chủ trì, với sự tham dự của Thủ tướng Nguyễn Xuân Phúc, Thủ tướng Lào Thongloun Sisoulith, Thủ tướng Thái Lan Prayut Chan-o-cha và Phó Tổng thống Myanmar Myint Swe. Các nhà lãnh đạo rà soát việc thực hiện những cam kết đưa ra tại Hội nghị cấp cao lần thứ nhất ở Tam Á (Trung Quốc) tháng 3/2016 và nhất trí thành lập Trung tâm hợp tác nguồn nước Mê Công – Lan Thương.",
        ),
        (
            "paragraph",
            "Phát biểu tại hội nghị, Thủ tướng Nguyễn Xuân Phúc đề nghị các nước tăng cường chia sẻ thông tin, dữ liệu về nguồn nước và phối hợp chặt chẽ với Ủy hội sông Mê Công quốc tế.",
        ),
        ("heading", "Lào tiếp nhận vai trò đồng chủ trì", 1),
        (
            "paragraph",
            "Kết thúc hội nghị, Thủ tướng Hun Sen chuyển giao vai trò đồng chủ trì hợp tác MLC cho Thủ tướng Lào. Trước đó, hồi tháng 12 năm ngoái, Trung Quốc đã dành 7,3 triệu USD từ Quỹ hợp tác đặc biệt MLC cho 16 dự án giai đoạn đầu tại Cam-pu-chia. Cơ chế hợp tác này được chính thức khởi động tại Hội nghị Bộ trưởng Ngoại giao lần thứ nhất ở Cảnh Hồng, tỉnh Vân Nam, tháng 11/2015.",
        ),
    ],
}

YXD_PLAN = {
    "id": "yxd",
    "shape": "plan",
    "head": [
        f"{'BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 58/KH-BVHTTDL':<40}Hà Nội, ngày 16 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác du lịch trong các khuôn khổ Mê Công – Nhật Bản,",
        "Mê Công – Hàn Quốc và Mê Công – Lan Thương năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác du lịch trong các khuôn khổ Mê Công – Nhật Bản, Mê Công – Hàn Quốc và Mê Công – Lan Thương năm 2026",
        ),
        (
            "paragraph",
            "Căn cứ Tuyên bố sông Mê Công – sông Hàn, được thông qua tại Busan ngày 27/11/2019, trong đó văn hóa – du lịch là một lĩnh vực ưu tiên, và Kế hoạch hành động hợp tác Mê Công – Lan Thương, Bộ Văn hóa, Thể thao và Du lịch ban hành Kế hoạch năm 2026 như sau:",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2025", 1),
        (
            "paragraph",
            "Năm ngoái, Bộ đã phối hợp với Tổ chức Xúc tiến Du lịch Quốc gia Nhật Bản (JNTO) đưa hai đoàn doanh nghiệp lữ hành Nhật Bản sang khảo sát các tuyến du lịch ở đồng bằng sông Cửu Long. Chương trình quảng bá chung “Một điểm đến Mê Công” tại Hàn Quốc đã được khởi động, song chưa có sự tham gia của Myanmar.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Tháng 3, cử đoàn công tác sang Xơ-un dự Diễn đàn du lịch Mê Công – Hàn Quốc và làm việc với Tổ chức Du lịch Hàn Quốc (KTO) về chương trình tập huấn cho hướng dẫn viên nói tiếng Hàn.",
        ),
        (
            "list_item",
            "2. Đề nghị Quỹ hợp tác đặc biệt Mê Công – Lan Thương tài trợ dự án “Con đường di sản sông Mê Công”; hồ sơ dự kiến trình trong quý II.",
        ),
        (
            "list_item",
            "3. Tổ chức tại Cần Thơ Hội chợ du lịch quốc tế đồng bằng sông Cửu Long, có khu gian hàng chung của năm nước Mê Công, mời Nhật Bản, Hàn Quốc và Trung Quốc tham dự với tư cách khách mời.",
        ),
        (
            "list_item",
            "4. Chưa triển khai thị thực du lịch chung cho năm nước Mê Công trong năm 2026; tiếp tục nghiên cứu sáng kiến này cùng các nước thành viên.",
        ),
        (
            "paragraph",
            "Cục Hợp tác quốc tế chủ trì, phối hợp với Cục Du lịch Quốc gia Việt Nam tổ chức thực hiện Kế hoạch này.",
        ),
    ],
}

YXE_MLC = {
    "id": "yxe",
    "shape": "entry",
    "blocks": [
        ("title", "Hợp tác Mê Công – Lan Thương"),
        (
            "paragraph",
            "Hợp tác Mê Công – Lan Thương (MLC) là cơ chế hợp tác tiểu vùng giữa Trung Quốc và năm nước hạ nguồn sông Mê Công gồm Cam-pu-chia, Lào, Myanmar, Thái Lan và Việt Nam. Đoạn thượng nguồn của sông Mê Công chảy trên lãnh thổ Trung Quốc có tên là Lan Thương.",
        ),
        ("heading", "Hình thành", 1),
        (
            "paragraph",
            "Sáng kiến do Thủ tướng Trung Quốc Lý Khắc Cường đưa ra tại Hội nghị cấp cao ASEAN – Trung Quốc lần thứ 17 ở Nay Pyi Taw tháng 11/2014. Ngày 12/11/2015, Hội nghị Bộ trưởng Ngoại giao sáu nước lần thứ nhất họp tại Cảnh Hồng (Vân Nam), do Ngoại trưởng Trung Quốc Vương Nghị và Ngoại trưởng Thái Lan Don Pramudwinai đồng chủ trì, chính thức tuyên bố thành lập cơ chế. Hội nghị cấp cao đầu tiên diễn ra tại Tam Á, đảo Hải Nam, ngày 23/3/2016 và ra Tuyên bố Tam Á.",
        ),
        ("heading", "Cơ cấu hợp tác", 1),
        (
            "paragraph",
            "MLC vận hành theo khung “3+5”: ba trụ cột là chính trị – an ninh, kinh tế và phát triển bền vững, xã hội – văn hóa và giao lưu nhân dân; năm lĩnh vực ưu tiên là kết nối, năng lực sản xuất, hợp tác kinh tế xuyên biên giới, tài nguyên nước, nông nghiệp và giảm nghèo. Tại Tam Á, Trung Quốc công bố lập Quỹ hợp tác đặc biệt trị giá 300 triệu USD trong 5 năm để hỗ trợ các dự án vừa và nhỏ của các nước thành viên.",
        ),
        ("heading", "Các hội nghị cấp cao tiếp theo", 1),
        (
            "paragraph",
            "Hội nghị cấp cao lần thứ hai họp tại Phnôm Pênh ngày 10/1/2018; hội nghị lần thứ ba diễn ra theo hình thức trực tuyến ngày 24/8/2020, tại đó Trung Quốc cam kết chia sẻ quanh năm số liệu thủy văn sông Lan Thương với các nước Mê Công. Việt Nam tham gia MLC ngay từ đầu và coi cơ chế này là sự bổ sung cho Ủy hội sông Mê Công quốc tế (MRC), tổ chức mà Trung Quốc không phải là thành viên.",
        ),
    ],
}

DOCS = [YXA_MEKONG_KOREA, YXB_UNIVERSITY, YXC_PHNOM_PENH, YXD_PLAN, YXE_MLC]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on top of every page, the bare page number
    flush right at the foot (heldout_kit.headed_journal: title at 52 columns, labels and body at 76)."""
    return headed_journal(doc, title=52, label=76, body=76, page_label="{}", align=">")


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 74 columns as on the page, every
    line followed by an empty line; the rector's signature at the end."""
    return word_text(doc, 74, ["HIỆU TRƯỞNG", "(Đã ký và đóng dấu)"])


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page with the agency's "Thế giới" section."""
    return news_page(
        doc,
        section="Thế giới",
        time="18:40",
        menu=[("/the-gioi", "Thế giới"), ("/asean", "ASEAN"), ("/kinh-te", "Kinh tế")],
        tags=[("/tag/mekong-lan-thuong", "Mê Công – Lan Thương"), ("/tag/campuchia", "Cam-pu-chia")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the issuer/motto block, the centred three-line title, body at 80 columns, the
    two-column "Nơi nhận" / signature block."""
    return plan_text(
        doc,
        80,
        ["Nơi nhận:", "- Bộ Ngoại giao;", "- Cục Du lịch Quốc gia Việt Nam;", "- Lưu: VT, HTQT."],
        ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "", "(đã ký)"],
        (50, 50, 50, 53),
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
        prefix="yx",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
