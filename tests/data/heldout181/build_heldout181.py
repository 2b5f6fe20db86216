"""Build the 181st held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout181/build_heldout181.py [--check]

Five short documents on Vietnam and Oceania: a journal article on Australian development cooperation with
Vietnam (from the Mỹ Thuận bridge to the Mekong – Australia Partnership), the (invented) year-end report of Cần Thơ
University's international office for 2024, the Vietnam – Australia strategic partnership signed in Canberra
(15/3/2018), a (fictitious) Ministry of Education and Training plan for education cooperation with Australia and New
Zealand in 2026 and an encyclopedia entry on the Melanesian Spearhead Group. Facts are well-established; authors,
journal, page numbers, document numbers, quoted words and the report's and plan's items are invented. Events,
citations and questions gold are written by hand; ``--check`` verifies that every gold evidence, quote and
citation occurs in the documents.
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

PZA_AUSTRALIA = {
    "id": "pza",
    "shape": "journal",
    "header": "Nghiên cứu Đông Nam Á và châu Đại Dương, số 7 (2024)",
    "first_page": 18,
    "break_after": 11,
    "blocks": [
        (
            "title",
            "HỢP TÁC PHÁT TRIỂN GIỮA AUSTRALIA VÀ VIỆT NAM: TỪ CẦU MỸ THUẬN ĐẾN QUAN HỆ ĐỐI TÁC MÊ CÔNG – AUSTRALIA",
        ),
        ("author", "Lưu Thị Thanh Bình"),
        (
            "affiliation",
            "Khoa Quốc tế học, Trường Đại học Khoa học Xã hội và Nhân văn, Đại học Quốc gia Hà Nội",
        ),
        (
            "abstract",
            "Bài viết phân tích hợp tác phát triển giữa Australia và Việt Nam qua hơn ba thập kỷ, tập trung vào các dự án hạ tầng, giáo dục – đào tạo và hợp tác tiểu vùng Mê Công.",
            "vi",
        ),
        ("keywords", "Australia; ODA; cầu Mỹ Thuận; Australia Awards; tiểu vùng Mê Công", "vi"),
        ("heading", "1. Những công trình mang dấu ấn Australia", 1),
        (
            "paragraph",
            "Australia thiết lập quan hệ ngoại giao với Việt Nam Dân chủ Cộng hòa ngày 26/2/1973 và về sau trở thành một trong những nhà tài trợ song phương quan trọng của nước ta. Công trình tiêu biểu nhất là cầu Mỹ Thuận bắc qua sông Tiền, được xây dựng bằng nguồn viện trợ không hoàn lại của Chính phủ Australia và khánh thành ngày 21/5/2000 (Hà Văn Thịnh, 2012, tr. 64). Gần hai thập kỷ sau, Australia tiếp tục cùng Ngân hàng Phát triển châu Á (ADB) tài trợ xây dựng cầu Cao Lãnh, khánh thành tháng 5/2018.",
        ),
        ("heading", "2. Đầu tư vào con người", 1),
        (
            "paragraph",
            "Bên cạnh hạ tầng, giáo dục – đào tạo là trụ cột lâu dài của hợp tác. Hằng năm, Chính phủ Australia cấp học bổng Australia Awards cho cán bộ, giảng viên Việt Nam sang học sau đại học; nhiều cựu sinh viên nay giữ cương vị quan trọng trong bộ máy nhà nước (Phan Thị Mai Hoa, 2019). Đại học RMIT cũng mở cơ sở đào tạo tại Thành phố Hồ Chí Minh và Hà Nội, góp phần đưa mô hình giáo dục Australia vào Việt Nam.",
        ),
        ("heading", "3. Hợp tác tiểu vùng và triển vọng", 1),
        (
            "paragraph",
            "Năm 2020, Australia khởi động Quan hệ Đối tác Mê Công – Australia nhằm hỗ trợ các nước hạ nguồn về quản lý nguồn nước, an ninh mạng và phục hồi kinh tế sau đại dịch. Chuyến thăm chính thức Việt Nam của Thủ tướng Anthony Albanese tháng 6/2023 đã tạo đà để hai nước nâng quan hệ lên Đối tác chiến lược toàn diện ngày 7/3/2024 tại Can-bê-ra. Như một quan chức Australia nhận định, hợp tác phát triển đang chuyển “từ quan hệ viện trợ sang quan hệ đối tác cùng có lợi” (Nguyễn Đức Trung, 2024, tr. 21).",
        ),
    ],
}

PZB_CANTHO = {
    "id": "pzb",
    "shape": "word",
    "head": [
        "BỘ GIÁO DỤC VÀ ĐÀO TẠO",
        "TRƯỜNG ĐẠI HỌC CẦN THƠ",
        "Số: 312/BC-ĐHCT",
        "Cần Thơ, ngày 18 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Công tác hợp tác quốc tế năm 2024 và phương hướng năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Công tác hợp tác quốc tế năm 2024 và phương hướng năm 2025"),
        ("heading", "I. KẾT QUẢ THỰC HIỆN NĂM 2024", 1),
        (
            "list_item",
            "1. Tiếp tục triển khai hai dự án nghiên cứu do Trung tâm Nghiên cứu nông nghiệp quốc tế Australia (ACIAR) tài trợ về canh tác lúa thích ứng với xâm nhập mặn tại Sóc Trăng và Bạc Liêu.",
        ),
        (
            "list_item",
            "2. Tháng 8, đoàn lãnh đạo Trường do Hiệu trưởng dẫn đầu đã thăm và làm việc tại Đại học Massey và Đại học Lincoln (Niu Di-lân); nhân dịp này, Trường ký thỏa thuận trao đổi sinh viên với Đại học Lincoln.",
        ),
        (
            "list_item",
            "3. Có 14 giảng viên, học viên được nhận học bổng Australia Awards và học bổng Chính phủ Niu Di-lân; 9 người đã hoàn thành khóa học và trở về công tác tại Trường.",
        ),
        (
            "list_item",
            "4. Tháng 10, Đại sứ Australia tại Việt Nam đến thăm Trường và phát biểu tại hội thảo về chuyển đổi năng lượng ở đồng bằng sông Cửu Long.",
        ),
        (
            "list_item",
            "5. Hoàn thành các hạng mục cuối cùng của dự án nâng cấp Trường bằng vốn vay ODA của Nhật Bản.",
        ),
        (
            "list_item",
            "6. Chương trình liên kết đào tạo thạc sĩ với một trường đại học của Australia chưa được triển khai do chưa đủ điều kiện tuyển sinh.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 3 năm sau, phối hợp với ACIAR tổ chức hội thảo tổng kết dự án tại Cần Thơ, mời đại diện Đại sứ quán Australia và Niu Di-lân tham dự.",
        ),
        (
            "list_item",
            "2. Ký Biên bản ghi nhớ hợp tác nghiên cứu thủy sản với Đại học James Cook (Australia) trong tháng 5.",
        ),
        (
            "list_item",
            "3. Đề nghị phía Niu Di-lân tiếp tục cấp học bổng cho giảng viên các ngành nông nghiệp và môi trường.",
        ),
    ],
}

PZC_CANBERRA = {
    "id": "pzc",
    "shape": "news",
    "date": "2018-03-15",
    "stamp": "Thứ Năm, 15/03/2018 - 16:25",
    "blocks": [
        ("title", "Việt Nam và Ô-xtrây-li-a thiết lập quan hệ Đối tác chiến lược"),
        (
            "paragraph",
            "Can-bê-ra (TTXVN) – Ngày 15/3, tại Tòa nhà Quốc hội ở thủ đô Can-bê-ra, Thủ tướng Nguyễn Xuân Phúc và Thủ tướng Ô-xtrây-li-a Malcolm Turnbull đã hội đàm và ký Tuyên bố chung về việc thiết lập quan hệ Đối tác chiến lược giữa hai nước.",
        ),
        ("heading", "Dấu mốc mới sau 45 năm", 1),
        (
            "paragraph",
            "Thủ tướng Nguyễn Xuân Phúc đang thăm chính thức Ô-xtrây-li-a từ ngày 14 đến 16/3, đúng dịp hai nước kỷ niệm 45 năm thiết lập quan hệ ngoại giao. Hai Thủ tướng nhất trí tăng cường hợp tác quốc phòng, an ninh, thương mại và đầu tư, đồng thời hoan nghênh việc hai nước cùng 9 nước khác ký Hiệp định Đối tác toàn diện và tiến bộ xuyên Thái Bình Dương (CPTPP) tại Chi-lê tuần trước.",
        ),
        ("heading", "Tiếp tục hợp tác phát triển", 1),
        (
            "paragraph",
            "Thủ tướng Nguyễn Xuân Phúc cảm ơn Ô-xtrây-li-a đã tài trợ xây dựng cầu Mỹ Thuận và cầu Cao Lãnh, công trình sắp được đưa vào sử dụng. Phía Ô-xtrây-li-a khẳng định sẽ tiếp tục dành nguồn vốn ODA cho Việt Nam trong các lĩnh vực phát triển nguồn nhân lực và ứng phó với biến đổi khí hậu.",
        ),
        (
            "paragraph",
            "Sau chuyến thăm, Thủ tướng sẽ tham dự Hội nghị cấp cao đặc biệt ASEAN – Ô-xtrây-li-a tại Xít-ni ngày 17 – 18/3.",
        ),
    ],
}

PZD_PLAN = {
    "id": "pzd",
    "shape": "plan",
    "head": [
        f"{'BỘ GIÁO DỤC VÀ ĐÀO TẠO':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 21/KH-BGDĐT':<40}Hà Nội, ngày 14 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác giáo dục với Ô-xtrây-li-a và Niu Di-lân năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác giáo dục với Ô-xtrây-li-a và Niu Di-lân năm 2026"),
        (
            "paragraph",
            "Nhằm cụ thể hóa quan hệ Đối tác chiến lược toàn diện với Ô-xtrây-li-a (tháng 3/2024) và Niu Di-lân (tháng 2/2025) trong lĩnh vực giáo dục, Bộ Giáo dục và Đào tạo ban hành Kế hoạch như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Ô-xtrây-li-a và Niu Di-lân là những điểm đến du học quen thuộc của sinh viên Việt Nam. Năm ngoái, Bộ đã đón hai đoàn công tác của Bộ Giáo dục Niu Di-lân sang làm việc, song hai bên chưa ký được văn bản hợp tác nào ở cấp Bộ.",
        ),
        ("heading", "II. NHIỆM VỤ", 1),
        (
            "list_item",
            "1. Tháng 4 năm nay, cử đoàn công tác do một Thứ trưởng dẫn đầu sang Can-bê-ra và Oen-linh-tơn làm việc về giáo dục đại học và giáo dục nghề nghiệp.",
        ),
        (
            "list_item",
            "2. Phối hợp với Đại sứ quán Ô-xtrây-li-a tổ chức Diễn đàn giáo dục Việt Nam – Ô-xtrây-li-a tại Hà Nội, dự kiến vào tháng 9.",
        ),
        (
            "list_item",
            "3. Đàm phán và ký Bản ghi nhớ về hợp tác giáo dục với Bộ Giáo dục Niu Di-lân trong năm 2026.",
        ),
        (
            "list_item",
            "4. Đề nghị phía Ô-xtrây-li-a tăng số suất học bổng Australia Awards dành cho giảng viên các trường đại học vùng Tây Bắc.",
        ),
        (
            "list_item",
            "5. Chưa xem xét việc cho phép mở thêm phân hiệu của các trường đại học Ô-xtrây-li-a tại Việt Nam trong năm 2026.",
        ),
        (
            "paragraph",
            "Cục Hợp tác quốc tế chủ trì, phối hợp với các đơn vị liên quan tổ chức thực hiện Kế hoạch này.",
        ),
    ],
}

PZE_MSG = {
    "id": "pze",
    "shape": "entry",
    "blocks": [
        ("title", "Nhóm Mũi nhọn Mê-la-nê-di"),
        (
            "paragraph",
            "Nhóm Mũi nhọn Mê-la-nê-di (MSG) là tổ chức hợp tác tiểu vùng của các quốc gia và vùng lãnh thổ thuộc khu vực Mê-la-nê-di ở Tây Nam Thái Bình Dương. Ban Thư ký của Nhóm đặt tại Po Vi-la (Va-nu-a-tu).",
        ),
        ("heading", "Lịch sử", 1),
        (
            "paragraph",
            "Nhóm hình thành từ các cuộc gặp không chính thức giữa lãnh đạo Pa-pua Niu Ghi-nê, Quần đảo Xô-lô-môn và Va-nu-a-tu giữa thập niên 1980. Ngày 14/3/1988, ba nước ký văn kiện về các nguyên tắc hợp tác tại Po Vi-la. Năm 1993, các thành viên ký Hiệp định thương mại MSG; Phi-gi gia nhập Nhóm năm 1996. Mặt trận Giải phóng dân tộc Ca-nắc và Xã hội chủ nghĩa (FLNKS) của Niu Ca-lê-đô-ni-a cũng là thành viên. Ngày 23/3/2007, Hiệp định thành lập MSG được ký kết, chính thức xác lập địa vị pháp lý của tổ chức.",
        ),
        ("heading", "Vấn đề Tây Pa-pua", 1),
        (
            "paragraph",
            "Tại Hội nghị cấp cao ở Hô-ni-a-ra năm 2015, MSG trao quy chế quan sát viên cho Phong trào Giải phóng thống nhất Tây Pa-pua (ULMWP), đồng thời kết nạp In-đô-nê-xi-a làm thành viên liên kết. Đề nghị trở thành thành viên đầy đủ của ULMWP, được Va-nu-a-tu ủng hộ, vấp phải sự phản đối của Gia-các-ta. Trong nhiều năm, vấn đề này trở thành nguồn gây chia rẽ trong nội bộ Nhóm.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam chưa có cơ chế đối thoại với MSG, song có quan hệ ngoại giao với cả bốn quốc gia thành viên; quan hệ với Va-nu-a-tu được thiết lập từ năm 1982.",
        ),
    ],
}

DOCS = [PZA_AUSTRALIA, PZB_CANTHO, PZC_CANBERRA, PZD_PLAN, PZE_MSG]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "- N -" centred at the foot
    (heldout_kit.headed_journal: title at 46 columns, labels and body at 72)."""
    return headed_journal(doc, title=46, label=72, body=72, page_label="- {} -", align="^")


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends, lines wrapped at 78 columns, an empty line after every line, the
    signature at the end."""
    return word_text(doc, 78, ["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news agency page (heldout_kit.news_page)."""
    return news_page(
        doc,
        section="Chính trị",
        time="16:25",
        menu=[("/chinh-tri", "Chính trị"), ("/the-gioi", "Thế giới"), ("/kinh-te", "Kinh tế")],
        tags=[("/tag/australia", "Ô-xtrây-li-a"), ("/tag/doi-tac-chien-luoc", "Đối tác chiến lược")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, centred two-line title, body at 78 columns, "Nơi
    nhận" and the signature block."""
    return plan_text(
        doc,
        78,
        ["Nơi nhận:", "- Bộ Ngoại giao (để phối hợp);", "- Các đại học, học viện;", "- Lưu: VT, HTQT."],
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
        prefix="pz",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
