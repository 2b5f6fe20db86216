"""Build the two-hundred-and-seventh held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout207/build_heldout207.py [--check]

Five short documents on Vietnam, Mexico, Canada and the CPTPP in the Americas, topics the earlier sets do
not use as main topics (fifty years of Vietnam – Mexico relations and the CPTPP, the Foreign Trade
University's cooperation with partners in the Americas in 2024, the CPTPP's entry into force on
30/12/2018, a (fictitious) Ministry of Science and Technology plan for cooperation with Canada in 2026, an
encyclopedia entry on the Ottawa Convention on anti-personnel mines). Nothing in src/ was changed for them.
Facts are well-established; authors, journal, page numbers, document numbers, the university's and the
ministry's items and all quoted words are invented. Events, citations and questions gold are written by
hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
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
    official_text,
    word_text,
)

AVA_MEXICO = {
    "id": "ava",
    "shape": "journal",
    "header": "TẠP CHÍ KINH TẾ ĐỐI NGOẠI VÀ HỘI NHẬP – Số 146 (2025)",
    "first_page": 23,
    "break_after": 13,
    "blocks": [
        ("title", "VIỆT NAM – MEXICO: NỬA THẾ KỶ QUAN HỆ VÀ CƠ HỘI TỪ CPTPP"),
        ("author", "Hoàng Minh Quân"),
        ("affiliation", "Trường Đại học Kinh tế – Luật, ĐHQG TP. Hồ Chí Minh"),
        (
            "abstract",
            "Bài viết khái quát quan hệ Việt Nam – Mexico từ năm 1975 và phân tích tác động của Hiệp định CPTPP đối với thương mại hai chiều.",
            "vi",
        ),
        ("keywords", "Mexico; CPTPP; APEC; Mỹ Latinh; thương mại", "vi"),
        ("heading", "1. Một người bạn sớm ở Mỹ Latinh", 1),
        (
            "paragraph",
            "Ngày 19/5/1975, chưa đầy ba tuần sau khi miền Nam được hoàn toàn giải phóng, Mexico thiết lập quan hệ ngoại giao với Việt Nam, trở thành một trong những nước Mỹ Latinh đầu tiên làm như vậy. Cuối năm đó, Chính phủ Mexico viện trợ cho Việt Nam 1 triệu USD để khắc phục hậu quả chiến tranh (Nguyễn Văn Khải, 2015, tr. 56).",
        ),
        ("heading", "2. Từ APEC đến CPTPP", 1),
        (
            "paragraph",
            "Hai nước cùng là thành viên Diễn đàn Hợp tác kinh tế châu Á – Thái Bình Dương (APEC): Mexico gia nhập năm 1993, Việt Nam năm 1998. Sau khi Hoa Kỳ rút khỏi Hiệp định Đối tác xuyên Thái Bình Dương (TPP) vào tháng 1/2017, mười một nước còn lại, trong đó có Việt Nam và Mexico, đã ký Hiệp định CPTPP tại Santiago de Chile ngày 8/3/2018. Mexico là nước đầu tiên hoàn tất thủ tục phê chuẩn, ngày 28/6/2018; Hiệp định có hiệu lực từ ngày 30/12/2018, riêng với Việt Nam từ ngày 14/1/2019. Đây là hiệp định thương mại tự do đầu tiên giữa hai nước, mở ra “cánh cửa vào một thị trường hơn 120 triệu dân cho hàng Việt Nam” (Lê Thu Trang, 2020, tr. 19).",
        ),
        ("heading", "3. Phối hợp đa phương và triển vọng", 1),
        (
            "paragraph",
            "Ngày 17/6/2020, Đại hội đồng Liên hợp quốc bầu Mexico làm Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2021 – 2022; trong năm 2021, hai nước cùng phối hợp tại Hội đồng về bảo vệ dân thường và ứng phó với biến đổi khí hậu (Phan Anh Tuấn, 2022). Tuy vậy, đến nay Việt Nam và Mexico vẫn chưa xác lập một khuôn khổ đối tác. Nhân dịp kỷ niệm 50 năm quan hệ ngoại giao, hai bên nên sớm xem xét nâng quan hệ lên Đối tác toàn diện.",
        ),
    ],
}

AVB_FTU = {
    "id": "avb",
    "shape": "word",
    "head": [
        "BỘ GIÁO DỤC VÀ ĐÀO TẠO",
        "TRƯỜNG ĐẠI HỌC NGOẠI THƯƠNG",
        "Số: 412/BC-ĐHNT",
        "Hà Nội, ngày 25 tháng 12 năm 2024",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Công tác hợp tác quốc tế với các đối tác châu Mỹ năm 2024 và nhiệm vụ năm 2025",
    ],
    "blocks": [
        (
            "title",
            "BÁO CÁO Công tác hợp tác quốc tế với các đối tác châu Mỹ năm 2024 và nhiệm vụ năm 2025",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2024", 1),
        (
            "list_item",
            "1. Tháng 4/2024, Trường đón đoàn Đại học Quốc gia tự trị Mexico (UNAM) sang làm việc; hai bên ký thỏa thuận trao đổi sinh viên ngành kinh doanh quốc tế.",
        ),
        (
            "list_item",
            "2. Nhân dịp tròn 5 năm Hiệp định CPTPP có hiệu lực đối với Việt Nam, Trường phối hợp với Đại sứ quán Canada tổ chức tọa đàm về quy tắc xuất xứ, có đại diện Thương vụ Mexico và Chi-lê tham dự.",
        ),
        (
            "list_item",
            "3. Chương trình học bổng của Chính phủ Canada tiếp tục hỗ trợ 5 giảng viên của Trường học thạc sĩ tại Canada.",
        ),
        (
            "list_item",
            "4. Tháng trước, đoàn lãnh đạo Trường tham dự Diễn đàn giáo dục bên lề Tuần lễ Cấp cao APEC tại Li-ma (Pê-ru).",
        ),
        (
            "list_item",
            "5. Đề án liên kết đào tạo thạc sĩ với một trường đại học của Chi-lê chưa được phê duyệt do hồ sơ của phía đối tác chưa đầy đủ.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 5 năm sau, nhân kỷ niệm 50 năm quan hệ ngoại giao Việt Nam – Mexico, phối hợp với Đại sứ quán Mexico tổ chức Tuần văn hóa Mexico tại Trường.",
        ),
        (
            "list_item",
            "2. Cử 10 sinh viên sang học tập tại UNAM theo thỏa thuận đã ký.",
        ),
        (
            "list_item",
            "3. Mời chuyên gia Canada giảng dạy học phần về các hiệp định thương mại tự do thế hệ mới.",
        ),
    ],
}

AVC_CPTPP = {
    "id": "avc",
    "shape": "news",
    "date": "2018-12-30",
    "stamp": "Chủ Nhật, 30/12/2018 - 08:05",
    "blocks": [
        ("title", "CPTPP chính thức có hiệu lực với sáu nước thành viên"),
        (
            "paragraph",
            "Wellington (TTXVN) – Từ ngày 30/12/2018, Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương (CPTPP) chính thức có hiệu lực đối với sáu nước đầu tiên hoàn tất thủ tục phê chuẩn là Mexico, Nhật Bản, Singapore, New Zealand, Canada và Australia.",
        ),
        ("heading", "Mexico đi đầu, Australia về đích thứ sáu", 1),
        (
            "paragraph",
            "Mexico là nước đầu tiên phê chuẩn hiệp định, hồi cuối tháng 6. Canada thông báo hoàn tất thủ tục ngày 29/10, hai ngày trước khi Australia trở thành nước thứ sáu, qua đó kích hoạt thời hạn 60 ngày để CPTPP có hiệu lực. Hiệp định được 11 nước ký tại Santiago (Chile) ngày 8/3, sau khi Mỹ rút khỏi Hiệp định TPP hồi đầu năm 2017.",
        ),
        ("heading", "Việt Nam là thành viên thứ bảy", 1),
        (
            "paragraph",
            "Quốc hội Việt Nam đã thông qua Nghị quyết phê chuẩn CPTPP ngày 12/11 vừa qua, và hiệp định sẽ có hiệu lực đối với Việt Nam từ ngày 14/1/2019. Brunei, Chile, Malaysia và Peru đến nay vẫn chưa phê chuẩn.",
        ),
        (
            "paragraph",
            "Nhật Bản sẽ đăng cai phiên họp đầu tiên của Ủy ban CPTPP tại Tokyo ngày 19/1/2019. Với Việt Nam, đây là lần đầu tiên có hiệp định thương mại tự do với Canada và Mexico, hai thị trường lớn ở châu Mỹ.",
        ),
    ],
}

AVD_PLAN = {
    "id": "avd",
    "shape": "plan",
    "head": [
        f"{'BỘ KHOA HỌC VÀ CÔNG NGHỆ':<42}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':42}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 27/KH-BKHCN':<42}Hà Nội, ngày 12 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác khoa học, công nghệ và đổi mới sáng tạo",
        "với Canada năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác khoa học, công nghệ và đổi mới sáng tạo với Canada năm 2026",
        ),
        (
            "paragraph",
            "Căn cứ quan hệ Đối tác toàn diện Việt Nam – Canada được xác lập tháng 11/2017 nhân chuyến thăm chính thức Việt Nam của Thủ tướng Justin Trudeau, Bộ Khoa học và Công nghệ xây dựng Kế hoạch hợp tác với Canada năm 2026 như sau:",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2025", 1),
        (
            "paragraph",
            "Năm ngoái, hai bên phối hợp tổ chức Diễn đàn đổi mới sáng tạo Việt Nam – Canada tại Thành phố Hồ Chí Minh; Hội đồng Nghiên cứu Quốc gia Canada (NRC) tài trợ ba dự án nghiên cứu chung về trí tuệ nhân tạo trong nông nghiệp. Hiệp định hợp tác khoa học và công nghệ giữa hai Chính phủ vẫn đang được đàm phán.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Tháng 3/2026, đón đoàn NRC sang làm việc, khảo sát các khu công nghệ cao tại Hà Nội và Đà Nẵng.",
        ),
        (
            "list_item",
            "2. Phấn đấu kết thúc đàm phán và ký Hiệp định hợp tác khoa học và công nghệ trong năm 2026.",
        ),
        (
            "list_item",
            "3. Tháng 6/2026, cử đoàn doanh nghiệp khởi nghiệp sáng tạo tham dự hội nghị công nghệ tại Toronto.",
        ),
        (
            "list_item",
            "4. Không triển khai hợp tác trong lĩnh vực năng lượng nguyên tử với Canada trong năm nay.",
        ),
        (
            "list_item",
            "5. Nghiên cứu khả năng mở rộng mô hình hợp tác sang Mexico và Chi-lê, hai thành viên CPTPP ở Mỹ Latinh.",
        ),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế là đầu mối theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch này.",
        ),
    ],
}

AVE_OTTAWA = {
    "id": "ave",
    "shape": "entry",
    "blocks": [
        ("title", "Công ước Ottawa"),
        (
            "paragraph",
            "Công ước về cấm sử dụng, tàng trữ, sản xuất, chuyển giao mìn sát thương và về việc phá hủy loại mìn này, thường gọi là Công ước Ottawa, là điều ước giải trừ quân bị mang tính nhân đạo. Văn kiện được mở ký tại Ốt-ta-oa (Ca-na-đa) ngày 3 – 4/12/1997, khi 122 quốc gia đặt bút ký, và có hiệu lực từ ngày 1/3/1999.",
        ),
        ("heading", "Tiến trình Ottawa", 1),
        (
            "paragraph",
            "Công ước ra đời từ một tiến trình đàm phán ngoài khuôn khổ Hội nghị Giải trừ quân bị. Tháng 10/1996, Ca-na-đa đăng cai một hội nghị chiến lược tại Ốt-ta-oa và kêu gọi các nước hoàn tất một điều ước cấm mìn trong vòng một năm. Năm 1997, Chiến dịch Quốc tế cấm mìn (ICBL) và điều phối viên Jody Williams được trao Giải Nobel Hòa bình.",
        ),
        ("heading", "Thành viên", 1),
        (
            "paragraph",
            "Đến năm 2025, Công ước có hơn 160 quốc gia thành viên. Hoa Kỳ, Nga, Trung Quốc, Ấn Độ và Pa-ki-xtan không tham gia. Ngày 27/6/2025, Lít-va, Lát-vi-a và E-xtô-ni-a nộp văn kiện rút khỏi Công ước, viện dẫn mối đe dọa an ninh từ Nga; Phần Lan và Ba Lan cũng khởi động thủ tục rút lui, còn ngày 29/6/2025 Tổng thống U-crai-na ký sắc lệnh rút nước này khỏi Công ước.",
        ),
        ("heading", "Việt Nam và Công ước", 1),
        (
            "paragraph",
            "Việt Nam chưa tham gia Công ước Ottawa, song ủng hộ mục tiêu nhân đạo của văn kiện và hợp tác với nhiều nước, trong đó có Hoa Kỳ, Nhật Bản và Hàn Quốc, trong khắc phục hậu quả bom mìn sau chiến tranh.",
        ),
    ],
}

DOCS = [AVA_MEXICO, AVB_FTU, AVC_CPTPP, AVD_PLAN, AVE_OTTAWA]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "Trang 23" at the left of the
    page's foot (heldout_kit.headed_journal: title at 48 columns, labels and body at 72)."""
    return headed_journal(doc, title=48, label=72, body=72, page_label="Trang {}", align="<")


def render_word(doc: dict) -> str:
    """Word "save as text" with LF line ends: the lines wrapped at 74 columns as on the page, every line
    followed by an empty line; the signature "HIỆU TRƯỞNG / (Đã ký)" at the end."""
    return word_text(doc, 74, ["HIỆU TRƯỞNG", "(Đã ký)"], newline="\n")


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Kinh tế" section."""
    return news_page(
        doc,
        section="Kinh tế",
        time="08:05",
        menu=[("/kinh-te", "Kinh tế"), ("/the-gioi", "Thế giới"), ("/hoi-nhap", "Hội nhập")],
        tags=[("/tag/cptpp", "CPTPP"), ("/tag/mexico", "Mexico"), ("/tag/canada", "Canada")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan by heldout_kit.official_text: the centred three-line title, body at 78 columns with a
    blank line between blocks, the signature block at the right and "Nơi nhận" under it."""
    tail = [
        f"{'':50}KT. BỘ TRƯỞNG",
        f"{'':52}THỨ TRƯỞNG",
        f"{'':54}(đã ký)",
        "",
        "Nơi nhận:",
        "- Bộ Ngoại giao;",
        "- Đại sứ quán Việt Nam tại Canada;",
        "- Lưu: VT, HTQT.",
    ]
    return official_text(doc, 78, tail)


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
        prefix="av",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
