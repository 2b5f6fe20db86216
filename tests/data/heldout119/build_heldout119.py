"""Build the hundred-and-nineteenth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout119/build_heldout119.py [--check]

Five short documents written after the rules were tuned on the seeds and the earlier held-out sets, on
topics those sets do not use (Vietnam – Nigeria from the relations of 1976 to the BRICS partnership, the
Vietnam Cashew Association's international cooperation in the first half of 2025, Nigeria's admission as
a BRICS partner country on 17/1/2025, a (fictitious) Ministry of Health plan for health cooperation with
Nigeria and West Africa in 2026, an encyclopedia entry on the African Continental Free Trade Area).
Nothing in src/ was changed for them. Facts are well-established; authors, journal, page numbers,
document numbers, the association's report items and all quoted words are invented, the ministry plan
(number, date, tasks) is fictitious. Events, citations and questions gold are written by hand;
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
    news_page,
    plan_text,
    word_text,
)

SUA_NIGERIA = {
    "id": "sua",
    "shape": "journal",
    "header": "Tạp chí Kinh tế đối ngoại và Hội nhập, số 9 (2025)",
    "first_page": 73,
    "break_after": 12,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – NIGERIA: NỀN TẢNG VÀ DƯ ĐỊA HỢP TÁC"),
        ("author", "Hoàng Minh Tuấn"),
        ("affiliation", "Trường Đại học Ngoại thương"),
        (
            "abstract",
            "Bài viết điểm lại quan hệ Việt Nam – Nigeria và đề xuất giải pháp thúc đẩy hợp tác kinh tế.",
            "vi",
        ),
        ("keywords", "Nigeria; ECOWAS; hạt điều; Tây Phi", "vi"),
        ("heading", "1. Cường quốc khu vực Tây Phi", 1),
        (
            "paragraph",
            "Giành độc lập từ Anh ngày 1/10/1960, Nigeria được kết nạp vào Liên hợp quốc chỉ sáu ngày sau đó. Nước này gia nhập Tổ chức các nước xuất khẩu dầu mỏ (OPEC) năm 1971 và giữ vai trò đầu tàu trong việc ký kết Hiệp ước Lagos ngày 28/5/1975, văn kiện khai sinh Cộng đồng Kinh tế các quốc gia Tây Phi (ECOWAS) (Đặng Văn Lợi, 2018, tr. 22).",
        ),
        ("heading", "2. Quan hệ song phương", 1),
        (
            "paragraph",
            "Việt Nam và Nigeria thiết lập quan hệ ngoại giao ngày 25/5/1976. Tháng 10/2019, Phó Thủ tướng Vương Đình Huệ thăm và làm việc tại Nigeria. Tháng 12/2022, Phó Tổng thống Yemi Osinbajo thăm chính thức Việt Nam, chuyến thăm cấp cao nhất của phía bạn kể từ năm 2005. Nigeria là một trong những đối tác thương mại lớn nhất của ta ở châu Phi, với kim ngạch bình quân khoảng 500 triệu USD mỗi năm; Việt Nam chủ yếu nhập khẩu điều thô, gỗ và khí hóa lỏng, xuất khẩu nông sản, thủy sản và hàng tiêu dùng (Nguyễn Thị Hải Yến, 2023).",
        ),
        ("heading", "3. Dư địa hợp tác", 1),
        (
            "paragraph",
            "Hai nước đến nay vẫn chưa ký Hiệp định khuyến khích và bảo hộ đầu tư cũng như Hiệp định tránh đánh thuế hai lần, mặc dù Chủ tịch nước Nguyễn Xuân Phúc đã đề nghị thúc đẩy hai văn kiện này khi tiếp Phó Tổng thống Osinbajo. Trong khi đó, Nigeria đã ký Hiệp định Khu vực thương mại tự do lục địa châu Phi (AfCFTA) ngày 7/7/2019 và trở thành nước đối tác của BRICS từ tháng 1/2025. Như một chuyên gia nhận định, “thị trường Nigeria là cửa ngõ để hàng Việt tiến sâu vào Tây Phi” (Trịnh Quốc Khánh, 2024, tr. 57). Vì vậy, hai bên cần sớm hoàn tất đàm phán các hiệp định nói trên.",
        ),
    ],
}

SUB_VINACAS = {
    "id": "sub",
    "shape": "word",
    "head": [
        "HIỆP HỘI ĐIỀU VIỆT NAM",
        "Số: 58/BC-VINACAS",
        "TP. Hồ Chí Minh, ngày 10 tháng 7 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả hoạt động hợp tác quốc tế 6 tháng đầu năm 2025 và nhiệm vụ 6 tháng cuối năm",
    ],
    "blocks": [
        (
            "title",
            "BÁO CÁO Kết quả hoạt động hợp tác quốc tế 6 tháng đầu năm 2025 và nhiệm vụ 6 tháng cuối năm",
        ),
        ("heading", "I. KẾT QUẢ 6 THÁNG ĐẦU NĂM", 1),
        (
            "list_item",
            "1. Tháng 3, đoàn 15 doanh nghiệp hội viên do Phó Chủ tịch Hiệp hội dẫn đầu đã khảo sát vùng trồng điều tại bang Kogi và làm việc với Hiệp hội Điều quốc gia Nigeria (NCAN) tại Abuja; hai bên đã ký Biên bản ghi nhớ về truy xuất nguồn gốc và kiểm soát chất lượng điều thô xuất khẩu.",
        ),
        (
            "list_item",
            "2. Lượng điều thô nhập khẩu từ Nigeria tăng khoảng 18% so với cùng kỳ năm ngoái; một số lô hàng lẫn tạp chất đã được hai hiệp hội phối hợp xử lý dứt điểm.",
        ),
        (
            "list_item",
            "3. Tháng 5, Hiệp hội tiếp Đại sứ Nigeria tại Việt Nam; Đại sứ mời doanh nghiệp Việt Nam đầu tư nhà máy chế biến điều tại các đặc khu kinh tế của Nigeria.",
        ),
        (
            "list_item",
            "4. Tháng 6, Hiệp hội đón đoàn doanh nghiệp Ấn Độ sang tìm hiểu dây chuyền chế biến điều tự động của Việt Nam.",
        ),
        (
            "list_item",
            "5. Kế hoạch đưa đoàn sang Côte d'Ivoire và Ghana chưa thực hiện được do vướng thủ tục thị thực.",
        ),
        ("heading", "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM", 1),
        (
            "list_item",
            "1. Tổ chức đoàn doanh nghiệp tham dự Hội chợ Thương mại quốc tế Lagos vào tháng 11.",
        ),
        (
            "list_item",
            "2. Phối hợp với NCAN tập huấn kỹ thuật sơ chế, bảo quản điều thô cho nông dân Nigeria theo Biên bản ghi nhớ đã ký.",
        ),
        (
            "list_item",
            "3. Kiến nghị Bộ Tài chính sớm đàm phán Hiệp định khuyến khích và bảo hộ đầu tư với Nigeria.",
        ),
    ],
}

SUC_BRICS = {
    "id": "suc",
    "shape": "news",
    "date": "2025-01-18",
    "stamp": "Thứ Bảy, 18/1/2025, 08:05 (GMT+7)",
    "blocks": [
        ("title", "Nigeria trở thành nước đối tác của BRICS"),
        (
            "paragraph",
            "Brasília (TTXVN) – Ngày 17/1, Chính phủ Brazil, nước giữ chức Chủ tịch luân phiên BRICS năm 2025, thông báo Nigeria chính thức trở thành nước đối tác của nhóm.",
        ),
        (
            "paragraph",
            "Trong thông cáo, Bộ Ngoại giao Brazil hoan nghênh quyết định của Chính phủ Nigeria, cho rằng quốc gia đông dân nhất châu Phi này có nhiều lợi ích chung với các thành viên BRICS và tích cực thúc đẩy hợp tác giữa các nước phương Nam cũng như cải cách quản trị toàn cầu.",
        ),
        ("heading", "Nước đối tác thứ chín", 1),
        (
            "paragraph",
            "Quy chế nước đối tác được các nhà lãnh đạo BRICS nhất trí thiết lập tại Hội nghị thượng đỉnh lần thứ 16 ở Kazan (Nga) hồi tháng 10 năm ngoái; các nước đối tác được tham dự một số phiên họp của nhóm nhưng không có đầy đủ quyền như thành viên chính thức. Từ ngày 1/1, Belarus, Bolivia, Kazakhstan, Cuba, Malaysia, Thái Lan, Uganda và Uzbekistan đã chính thức trở thành đối tác của nhóm; Nigeria là nước thứ chín. Đầu tháng này, Brazil cũng thông báo Indonesia được kết nạp làm thành viên chính thức.",
        ),
        ("heading", "Thêm tiếng nói từ châu Phi", 1),
        (
            "paragraph",
            "Nigeria là một trong những nền kinh tế lớn nhất châu Phi và là thành viên Tổ chức các nước xuất khẩu dầu mỏ (OPEC). Ai Cập và Ethiopia đã trở thành thành viên chính thức BRICS từ ngày 1/1/2024, cùng với Nam Phi nâng số thành viên châu Phi của nhóm lên ba. Hội nghị thượng đỉnh BRICS năm nay dự kiến được tổ chức tại Rio de Janeiro.",
        ),
    ],
}

SUD_PLAN = {
    "id": "sud",
    "shape": "plan",
    "head": [
        f"{'BỘ Y TẾ':<38}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':38}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 112/KH-BYT':<38}Hà Nội, ngày 22 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác y tế với Cộng hòa Liên bang Nigeria",
        "và các nước Tây Phi năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác y tế với Cộng hòa Liên bang Nigeria và các nước Tây Phi năm 2026",
        ),
        (
            "paragraph",
            "Nhằm phát huy kết quả chuyến thăm chính thức Việt Nam của Phó Tổng thống Nigeria Yemi Osinbajo (tháng 12/2022) và mở rộng hợp tác y tế với khu vực Tây Phi, Bộ Y tế xây dựng Kế hoạch năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Ngày 25/8/2020, Tổ chức Y tế thế giới (WHO) chứng nhận khu vực châu Phi sạch vi rút bại liệt hoang dại, sau khi Nigeria, quốc gia cuối cùng của châu lục còn lưu hành loại vi rút này, chấm dứt được sự lây truyền. Việt Nam đã thanh toán bệnh bại liệt từ năm 2000 và có nhiều kinh nghiệm về tiêm chủng mở rộng, y học cổ truyền. Năm ngoái, Bộ đã đón đoàn cán bộ Bộ Y tế Liên bang Nigeria sang tìm hiểu mô hình y tế cơ sở, song hai Bộ chưa ký văn kiện hợp tác nào.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 6 năm nay, cử đoàn công tác do một Thứ trưởng dẫn đầu sang Abuja làm việc với Bộ Y tế Liên bang Nigeria; nhân dịp này, ký Bản ghi nhớ hợp tác trong lĩnh vực y tế giữa hai Bộ.",
        ),
        (
            "list_item",
            "2. Tiếp nhận 20 bác sĩ Nigeria sang đào tạo ngắn hạn về châm cứu và y học cổ truyền tại Hà Nội.",
        ),
        (
            "list_item",
            "3. Phối hợp với WHO và Trung tâm Kiểm soát và Phòng ngừa dịch bệnh châu Phi (Africa CDC) chia sẻ kinh nghiệm giám sát bệnh truyền nhiễm với các nước Tây Phi.",
        ),
        (
            "list_item",
            "4. Khuyến khích doanh nghiệp dược Việt Nam tham gia hội chợ y tế tại Lagos trong sáu tháng cuối năm.",
        ),
        (
            "list_item",
            "5. Không cử đội ngũ y, bác sĩ sang làm việc dài hạn tại Nigeria trong năm 2026.",
        ),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế chủ trì, phối hợp với các đơn vị liên quan tổ chức thực hiện Kế hoạch này.",
        ),
    ],
}

SUE_AFCFTA = {
    "id": "sue",
    "shape": "entry",
    "blocks": [
        ("title", "Khu vực Thương mại tự do lục địa châu Phi"),
        (
            "paragraph",
            "Khu vực Thương mại tự do lục địa châu Phi (tiếng Anh: African Continental Free Trade Area, AfCFTA) là khu vực thương mại tự do lớn nhất thế giới xét theo số quốc gia tham gia, được hình thành theo hiệp định cùng tên trong khuôn khổ Liên minh châu Phi (AU). Hiệp định hướng tới xóa bỏ thuế quan đối với phần lớn hàng hóa, tự do hóa thương mại dịch vụ và tạo dựng một thị trường chung của hơn 1,3 tỷ dân.",
        ),
        ("heading", "Ký kết và hiệu lực", 1),
        (
            "paragraph",
            "Hiệp định được 44 nước ký tại Hội nghị thượng đỉnh bất thường của AU ở Kigali (Rwanda) ngày 21/3/2018 và có hiệu lực từ ngày 30/5/2019, sau khi nhận đủ 22 văn kiện phê chuẩn. Tại hội nghị thượng đỉnh bất thường ở Niamey (Niger) ngày 7/7/2019, Nigeria và Benin ký hiệp định, nâng số nước ký lên 54; Eritrea là thành viên AU duy nhất chưa ký. Giao thương theo hiệp định chính thức bắt đầu từ ngày 1/1/2021, chậm sáu tháng so với dự kiến do đại dịch COVID-19.",
        ),
        ("heading", "Bộ máy", 1),
        (
            "paragraph",
            "Ban Thư ký AfCFTA đặt tại Accra (Ghana); ông Wamkele Mene, người Nam Phi, là Tổng Thư ký đầu tiên. Năm 2023, Hội nghị thượng đỉnh AU thông qua các nghị định thư về đầu tư, chính sách cạnh tranh và quyền sở hữu trí tuệ.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam không phải là bên tham gia AfCFTA. Tuy vậy, doanh nghiệp Việt Nam đầu tư sản xuất tại các nước thành viên như Nigeria, Ai Cập hay Nam Phi có thể hưởng ưu đãi thuế quan khi xuất khẩu sang các thị trường khác trong châu lục.",
        ),
    ],
}

DOCS = [SUA_NIGERIA, SUB_VINACAS, SUC_BRICS, SUD_PLAN, SUE_AFCFTA]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on top of every page (also the first), front
    matter by heldout_kit.front_matter_lines (title at 44 columns, labels at 70), body at 70 columns with a
    blank line after headings; after ``break_after`` body lines (mid-sentence) the page number centred as
    "– N –", a form feed and the running header; the last page ends with its number."""
    return headed_journal(doc, title=44, label=70, body=70, page_label="– {} –", align="^")


def render_word(doc: dict) -> str:
    """Word "save as text" with LF line ends and one paragraph a line (no wrap), every line followed by an
    empty line; the signature at the end."""
    return word_text(doc, None, ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "(Đã ký)"], newline="\n")


def render_news(doc: dict) -> str:
    """A news page: <title>, <meta property="article:published_time">, a top menu, <article>, <h1>, a date
    <p class="date">, the lead (with its dateline) in <p class="lead"><strong>, <p> paragraphs, <h2>
    subheads, a related-news box, footer."""
    return news_page(
        doc,
        head=(
            "<title>{title}</title>\n"
            '<meta property="article:published_time" content="{date}T08:05:00+07:00">\n'
        ),
        top=(
            '<div class="top-menu"><a href="/">Tin tức</a> | <a href="/the-gioi">Thế giới</a></div>\n'
            "<article>\n"
            "<h1>{title}</h1>\n"
            '<p class="date">{stamp}</p>\n'
        ),
        bottom=(
            '<div class="related">Tin liên quan: <a href="/brics-indonesia">Indonesia gia nhập BRICS</a></div>\n'
            "</article>\n"
            "<footer>TTXVN</footer>\n"
        ),
        lead='<p class="lead"><strong>{}</strong></p>',
        heading="<h2>{}</h2>",
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 74
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        74,
        [
            "Nơi nhận:",
            "- Bộ Ngoại giao;",
            "- Đại sứ quán Việt Nam tại Nigeria;",
            "- Lưu: VT, HTQT.",
        ],
        ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "(đã ký)"],
        columns=(46, 47, 49),
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
        prefix="su",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
