"""Build the hundred-and-eighteenth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout118/build_heldout118.py [--check]

Five short documents written after the rules were tuned on the seeds and the earlier held-out sets, on
topics those sets do not use (Ethiopia in the Horn of Africa and its relations with Vietnam, the Posts and
Telecommunications Institute of Technology's international cooperation in 2025, Prime Minister Abiy Ahmed
Ali's talks in Hà Nội on 15/4/2025, a (fictitious) Ministry of Agriculture and Environment plan for
agricultural cooperation with Ethiopia in 2026, an encyclopedia entry on the Intergovernmental Authority on
Development). Nothing in src/ was changed for them. Facts are well-established; authors, journal, page
numbers, document numbers, the institute's report items and all quoted words are invented, the ministry
plan (number, date, tasks) is fictitious. Events, citations and questions gold are written by hand;
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

STA_ETHIOPIA = {
    "id": "sta",
    "shape": "journal",
    "header": "NGHIÊN CỨU QUỐC TẾ VÀ PHÁT TRIỂN – Số 6 (2025)",
    "first_page": 47,
    "break_after": 11,
    "blocks": [
        ("title", "ETHIOPIA Ở SỪNG CHÂU PHI VÀ QUAN HỆ VỚI VIỆT NAM"),
        ("author", "Nguyễn Thị Thu Trang"),
        ("affiliation", "Viện Nghiên cứu Châu Phi và Trung Đông"),
        (
            "abstract",
            "Bài viết khái quát chính sách khu vực của Ethiopia và triển vọng quan hệ Việt Nam – Ethiopia.",
            "vi",
        ),
        ("keywords", "Ethiopia; Sừng châu Phi; Eritrea; Somalia", "vi"),
        ("heading", "1. Từ chiến tranh đến hòa giải với Eritrea", 1),
        (
            "paragraph",
            "Ethiopia là quốc gia đông dân thứ hai châu Phi (Trần Minh Đức, 2019, tr. 41). Từ khi Eritrea độc lập năm 1993, Ethiopia không còn đường ra biển. Tranh chấp lãnh thổ giữa hai nước dẫn tới cuộc chiến tranh biên giới 1998 – 2000 làm hàng chục nghìn người thiệt mạng. Hiệp định Algiers ký ngày 12/12/2000 chấm dứt giao tranh, song tình trạng không chiến không hòa kéo dài gần hai thập kỷ. Phải đến ngày 9/7/2018, Thủ tướng Abiy Ahmed và Tổng thống Isaias Afwerki mới ký tuyên bố chung về hòa bình và hữu nghị tại Asmara.",
        ),
        ("heading", "2. Bài toán cảng biển", 1),
        (
            "paragraph",
            "Ngày 1/1/2024, Ethiopia ký với Somaliland một bản ghi nhớ cho phép nước này thuê một đoạn bờ biển trên vịnh Aden. Somalia phản đối gay gắt, coi đây là sự vi phạm chủ quyền của mình. Vụ việc cho thấy “an ninh của Sừng châu Phi gắn chặt với bài toán cảng biển” (Lê Thanh Bình, 2024, tr. 88). Căng thẳng chỉ dịu đi khi lãnh đạo Ethiopia và Somalia ra Tuyên bố Ankara ngày 11/12/2024 với sự trung gian của Thổ Nhĩ Kỳ.",
        ),
        ("heading", "3. Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam và Ethiopia thiết lập quan hệ ngoại giao ngày 23/2/1976. Tháng 8/2018, Chủ tịch nước Trần Đại Quang thăm cấp Nhà nước Ethiopia. Phía bạn đã công nhận Việt Nam là nền kinh tế thị trường từ năm 2014, song thương mại hai chiều mới đạt 10 – 15 triệu USD mỗi năm (Phạm Quang Huy, 2023). Trong chuyến thăm chính thức Việt Nam của Thủ tướng Abiy Ahmed Ali tháng 4/2025, hai bên nhất trí thúc đẩy đàm phán các hiệp định về bảo hộ đầu tư và tránh đánh thuế hai lần.",
        ),
    ],
}

STB_PTIT = {
    "id": "stb",
    "shape": "word",
    "head": [
        "HỌC VIỆN CÔNG NGHỆ BƯU CHÍNH VIỄN THÔNG",
        "PHÒNG HỢP TÁC QUỐC TẾ",
        "Số: 86/BC-HTQT",
        "Hà Nội, ngày 22 tháng 12 năm 2025",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả công tác hợp tác quốc tế năm 2025 và phương hướng năm 2026"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác hợp tác quốc tế năm 2025 và phương hướng năm 2026"),
        ("heading", "I. KẾT QUẢ NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 4, nhân chuyến thăm chính thức Việt Nam của Thủ tướng Ethiopia, Học viện tiếp đoàn cán bộ Bộ Đổi mới và Công nghệ Ethiopia đến tìm hiểu chương trình đào tạo kỹ sư viễn thông và an toàn thông tin.",
        ),
        (
            "list_item",
            "2. Tháng 6, Học viện và Đại học Khoa học và Công nghệ Addis Ababa ký Biên bản ghi nhớ về trao đổi giảng viên và hợp tác nghiên cứu mạng 5G.",
        ),
        (
            "list_item",
            "3. Phòng thí nghiệm Internet vạn vật trị giá 800.000 USD do Cơ quan Hợp tác quốc tế Hàn Quốc (KOICA) tài trợ đã được đưa vào sử dụng từ tháng 9.",
        ),
        (
            "list_item",
            "4. Học viện tiếp nhận 25 lưu học sinh Lào theo diện học bổng Hiệp định giữa hai Chính phủ; 12 sinh viên của Học viện được Công ty Halotel tại Tan-da-ni-a nhận sang thực tập kỹ thuật vô tuyến trong ba tháng.",
        ),
        (
            "list_item",
            "5. Chương trình liên kết đào tạo thạc sĩ với một trường đại học của Ấn Độ chưa được Bộ Giáo dục và Đào tạo phê duyệt.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2026", 1),
        (
            "list_item",
            "1. Tháng 3 năm sau, cử đoàn giảng viên sang Addis Ababa triển khai Biên bản ghi nhớ đã ký; nhân dịp kỷ niệm 50 năm quan hệ ngoại giao Việt Nam – Ethiopia, phối hợp với phía bạn tổ chức hội thảo về chuyển đổi số.",
        ),
        (
            "list_item",
            "2. Đề nghị Liên minh Viễn thông quốc tế (ITU) cử chuyên gia hỗ trợ xây dựng chương trình đào tạo về an ninh mạng.",
        ),
        (
            "list_item",
            "3. Phối hợp với KOICA chuẩn bị giai đoạn hai của dự án phòng thí nghiệm.",
        ),
    ],
}

STC_ABIY = {
    "id": "stc",
    "shape": "news",
    "date": "2025-04-15",
    "stamp": "15/04/2025 19:42",
    "blocks": [
        ("title", "Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Ethiopia Abiy Ahmed Ali"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Chiều 15/4, sau lễ đón chính thức tại Phủ Chủ tịch, Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Cộng hòa Dân chủ Liên bang Ethiopia Abiy Ahmed Ali, người đang thăm chính thức Việt Nam và dự Hội nghị thượng đỉnh P4G lần thứ tư từ ngày 14 đến 17/4.",
        ),
        ("heading", "Chuyến thăm đầu tiên sau gần nửa thế kỷ", 1),
        (
            "paragraph",
            "Đây là chuyến thăm chính thức đầu tiên của lãnh đạo cấp cao Ethiopia tới Việt Nam kể từ khi hai nước thiết lập quan hệ ngoại giao ngày 23/2/1976, đồng thời là hoạt động trao đổi đoàn cấp cao đầu tiên sau 7 năm, kể từ chuyến thăm cấp Nhà nước Ethiopia của Chủ tịch nước Trần Đại Quang năm 2018. Thủ tướng Abiy Ahmed Ali khẳng định Ethiopia coi Việt Nam là một ưu tiên đối ngoại tại châu Á.",
        ),
        ("heading", "Đường bay thẳng đầu tiên giữa Việt Nam và châu Phi", 1),
        (
            "paragraph",
            "Hai Thủ tướng nhất trí sớm nghiên cứu việc mở cơ quan đại diện ngoại giao tại mỗi nước và thúc đẩy đàm phán các hiệp định về khuyến khích và bảo hộ đầu tư, tránh đánh thuế hai lần. Sau hội đàm, hai nhà lãnh đạo chứng kiến Cục Hàng không Việt Nam trao thư chấp thuận cho Hãng hàng không Ethiopian Airlines khai thác đường bay thẳng giữa hai thủ đô, dự kiến khai trương vào tháng 7 tới.",
        ),
        (
            "paragraph",
            "Kim ngạch thương mại song phương hiện mới đạt khoảng 10 – 15 triệu USD mỗi năm. Cùng chiều, Tổng Bí thư Tô Lâm đã tiếp Thủ tướng Abiy Ahmed Ali.",
        ),
    ],
}

STD_PLAN = {
    "id": "std",
    "shape": "plan",
    "head": [
        f"{'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 35/KH-BNNMT':<40}Hà Nội, ngày 16 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác nông nghiệp với Cộng hòa Dân chủ Liên bang Ethiopia",
        "năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác nông nghiệp với Cộng hòa Dân chủ Liên bang Ethiopia năm 2026",
        ),
        (
            "paragraph",
            "Thực hiện kết quả chuyến thăm chính thức Việt Nam của Thủ tướng Ethiopia Abiy Ahmed Ali (tháng 4/2025) và nhân dịp kỷ niệm 50 năm thiết lập quan hệ ngoại giao giữa hai nước (23/2/1976 – 23/2/2026), Bộ Nông nghiệp và Môi trường ban hành Kế hoạch hợp tác nông nghiệp với Ethiopia năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Ethiopia là quê hương của cây cà phê chè và có đàn gia súc lớn nhất châu Phi; từ ngày 1/1/2024, nước này là thành viên chính thức của nhóm BRICS. Năm ngoái, một số doanh nghiệp Việt Nam đã sang khảo sát cơ hội đầu tư chế biến nông sản tại các khu công nghiệp của Ethiopia, song hai Bộ phụ trách nông nghiệp chưa ký văn kiện hợp tác nào.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 5 năm nay, cử đoàn công tác do một Thứ trưởng dẫn đầu sang Addis Ababa làm việc với Bộ Nông nghiệp Ethiopia về trồng, chế biến cà phê và chăn nuôi.",
        ),
        (
            "list_item",
            "2. Đàm phán, tiến tới ký Bản ghi nhớ hợp tác nông nghiệp giữa hai Bộ, dự kiến vào tháng 9.",
        ),
        (
            "list_item",
            "3. Tiếp nhận 10 cán bộ kỹ thuật của Viện Nghiên cứu Nông nghiệp Ethiopia sang thực tập tại Đắk Lắk về giống và kỹ thuật tái canh cà phê.",
        ),
        (
            "list_item",
            "4. Phối hợp với Tổ chức Lương thực và Nông nghiệp Liên hợp quốc (FAO) xây dựng dự án hợp tác ba bên Việt Nam – Ethiopia – FAO về sản xuất lúa gạo.",
        ),
        (
            "list_item",
            "5. Chưa đặt vấn đề đàm phán thỏa thuận về kiểm dịch động vật với phía Ethiopia trong năm 2026.",
        ),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế là đầu mối theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch này.",
        ),
    ],
}

STE_IGAD = {
    "id": "ste",
    "shape": "entry",
    "blocks": [
        ("title", "Cơ quan Liên chính phủ về Phát triển"),
        (
            "paragraph",
            "Cơ quan Liên chính phủ về Phát triển (tiếng Anh: Intergovernmental Authority on Development, IGAD) là tổ chức hợp tác khu vực của các nước Đông Phi và Sừng châu Phi, trụ sở đặt tại thủ đô Djibouti. Tiền thân của tổ chức là Cơ quan Liên chính phủ về Hạn hán và Phát triển (IGADD), được Djibouti, Ethiopia, Kenya, Somalia, Sudan và Uganda thành lập năm 1986 nhằm đối phó với nạn hạn hán và đói kém triền miên trong khu vực. Năm 1996, IGADD được đổi tên thành IGAD, với nhiệm vụ mở rộng sang hòa bình, an ninh và hội nhập kinh tế.",
        ),
        ("heading", "Thành viên", 1),
        (
            "paragraph",
            "Eritrea gia nhập tổ chức năm 1993, ngay sau khi giành độc lập, nhưng tự đình chỉ tư cách thành viên năm 2007 do bất đồng với Ethiopia về vấn đề Somalia; nước này trở lại IGAD tháng 6/2023. Nam Sudan được kết nạp năm 2011, trở thành thành viên thứ tám. Tháng 1/2024, Sudan tuyên bố đóng băng quan hệ với IGAD, cáo buộc tổ chức này vi phạm chủ quyền của mình.",
        ),
        ("heading", "Vai trò hòa giải", 1),
        (
            "paragraph",
            "IGAD giữ vai trò trung gian trong tiến trình hòa bình ở Sudan, dẫn tới Hiệp định Hòa bình toàn diện ký tại Nairobi ngày 9/1/2005 giữa Chính phủ Sudan và Phong trào Giải phóng Nhân dân Sudan (SPLM). Tổ chức cũng bảo trợ hiệp định hòa bình về giải quyết xung đột ở Nam Sudan, ký tại Addis Ababa tháng 9/2018.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam không tham gia IGAD, song có quan hệ ngoại giao với nhiều nước thành viên như Ethiopia, Kenya, Sudan và Uganda.",
        ),
    ],
}

DOCS = [STA_ETHIOPIA, STB_PTIT, STC_ABIY, STD_PLAN, STE_IGAD]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on top of every page (also the first), "[N]"
    page numbers flush right (heldout_kit.headed_journal: title at 46 columns, labels and body at 72)."""
    return headed_journal(doc, title=46, label=72, body=72)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 76 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 76, ["TRƯỞNG PHÒNG", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <title>, <meta name="pubdate">, a breadcrumb nav, <main>, <h1 class="title">, a time
    element, the lead (with its dateline) in <div class="lead">, <h2> subheads, <p> paragraphs, a tag
    list, footer."""
    return news_page(
        doc,
        head='<title>{title} - Chính trị</title>\n<meta name="pubdate" content="{date}T19:42:00+07:00">\n',
        top=(
            '<nav class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/chinh-tri">Chính trị</a></nav>\n'
            "<main>\n"
            '<h1 class="title">{title}</h1>\n'
            '<time datetime="{date}">{stamp}</time>\n'
        ),
        bottom=(
            '<div class="tags">Từ khóa: <a href="/tag/ethiopia">Ethiopia</a>, '
            '<a href="/tag/p4g">P4G</a></div>\n'
            "</main>\n"
            "<footer>Bản quyền thuộc Thông tấn xã Việt Nam.</footer>\n"
        ),
        lead='<div class="lead">{}</div>',
        heading="<h2>{}</h2>",
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 78
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        78,
        [
            "Nơi nhận:",
            "- Bộ Ngoại giao;",
            "- UBND tỉnh Đắk Lắk;",
            "- Lưu: VT, HTQT.",
        ],
        ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "(đã ký)"],
        columns=(48, 49, 51),
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
        prefix="st",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
