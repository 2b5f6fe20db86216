"""Build the 228th held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout228/build_heldout228.py [--check]

Five short documents on Vietnam – Canada topics the earlier sets do not use as main topics (fifty years of
Vietnam – Canada relations from the ICCS to the CPTPP, the Vietnam – Canada Friendship Association's report
on 2024, Justin Trudeau's official visit and the Comprehensive Partnership of 8/11/2017, a (fictitious)
Ministry of Education and Training plan for education cooperation with Canada in 2026, an encyclopedia
entry on the Group of Seven). Facts are well established; authors, journal, page numbers, document numbers,
quoted words, the association's local items and the whole ministry plan are invented. Events, citations and
questions gold are written by hand; ``--check`` verifies that every gold evidence, quote and citation occurs
in the documents.
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

DSA_CANADA = {
    "id": "dsa",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU BẮC MỸ – Số 4 (2023)",
    "first_page": 37,
    "break_after": 8,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – CANADA SAU NỬA THẾ KỶ: TỪ ỦY BAN QUỐC TẾ ĐẾN CPTPP"),
        ("author", "Đỗ Thị Minh Khuê"),
        ("affiliation", "Viện Nghiên cứu Châu Mỹ, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết điểm lại năm mươi năm quan hệ Việt Nam – Canada và đề xuất một số hướng đi cho giai đoạn tới.",
            "vi",
        ),
        ("keywords", "Canada; quan hệ đối tác toàn diện; CPTPP; Pháp ngữ", "vi"),
        ("heading", "1. Những bước đi đầu tiên", 1),
        (
            "paragraph",
            "Canada và Việt Nam Dân chủ Cộng hòa thiết lập quan hệ ngoại giao ngày 21/8/1973, chỉ vài tháng sau khi Hiệp định Pa-ri được ký kết. Trước đó, Ottawa đã cử sĩ quan tham gia Ủy ban Quốc tế kiểm soát và giám sát (ICCS), song rút khỏi Ủy ban này vào tháng 7/1973 vì cho rằng các bên không tôn trọng lệnh ngừng bắn (Nguyễn Văn Hưng, 2015, tr. 54). Sau khi quân tình nguyện Việt Nam vào Campuchia, Canada tạm ngừng viện trợ cho nước ta và phải đến đầu những năm 1990 mới nối lại chương trình hợp tác phát triển. Cùng là thành viên Cộng đồng Pháp ngữ, hai nước còn gặp nhau tại Hội nghị thượng đỉnh Pháp ngữ lần thứ 7 do Việt Nam đăng cai tại Hà Nội năm 1997.",
        ),
        ("heading", "2. Khung đối tác mới", 1),
        (
            "paragraph",
            "Nhân chuyến thăm chính thức Việt Nam của Thủ tướng Justin Trudeau, ngày 8/11/2017, hai nước ra Tuyên bố chung về thiết lập quan hệ Đối tác toàn diện. Bốn tháng sau, Canada cùng Việt Nam và chín nước khác ký Hiệp định Đối tác toàn diện và tiến bộ xuyên Thái Bình Dương (CPTPP) tại Santiago de Chile ngày 8/3/2018. Hiệp định có hiệu lực với Canada từ ngày 30/12/2018 và với Việt Nam từ ngày 14/1/2019. Theo một nhà nghiên cứu, CPTPP đã “đưa Việt Nam trở thành đối tác thương mại lớn nhất của Canada trong ASEAN” (Lê Thị Thanh Vân, 2021, tr. 97).",
        ),
        ("heading", "3. Hướng tới nửa thế kỷ tiếp theo", 1),
        (
            "paragraph",
            "Chiến lược Ấn Độ Dương – Thái Bình Dương mà Canada công bố tháng 11/2022 coi Đông Nam Á là một ưu tiên, và Ottawa đang đàm phán hiệp định thương mại tự do với ASEAN, khởi động từ tháng 11/2021 (Phan Quốc Bảo, 2023). Năm nay, hai nước kỷ niệm 50 năm quan hệ ngoại giao bằng nhiều hoạt động giao lưu ở cả Hà Nội và Ottawa. Trong thời gian tới, ta nên chủ động cùng phía bạn nghiên cứu nâng quan hệ lên tầm đối tác chiến lược.",
        ),
    ],
}

DSB_FRIENDSHIP = {
    "id": "dsb",
    "shape": "word",
    "head": [
        "LIÊN HIỆP CÁC TỔ CHỨC HỮU NGHỊ VIỆT NAM",
        "HỘI HỮU NGHỊ VIỆT NAM – CANADA",
        "Số: 27/BC-HHNVC",
        "Hà Nội, ngày 20 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Tổng kết hoạt động năm 2024 và phương hướng năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết hoạt động năm 2024 và phương hướng năm 2025"),
        ("heading", "I. KẾT QUẢ HOẠT ĐỘNG NĂM 2024", 1),
        (
            "list_item",
            "1. Phối hợp với Đại sứ quán Canada tại Hà Nội tổ chức gặp mặt nhân Quốc khánh Canada (1/7) và tọa đàm “Việt Nam – Canada: một năm sau dấu mốc 50 năm”, thu hút hơn 200 đại biểu.",
        ),
        (
            "list_item",
            "2. Tháng 5/2024, đoàn của Hội do Chủ tịch Hội dẫn đầu đã thăm và làm việc tại Ottawa, Montréal và Vancouver; nhân dịp này, Hội và Hội Hữu nghị Canada – Việt Nam ký Biên bản ghi nhớ hợp tác giai đoạn 2024 – 2027.",
        ),
        (
            "list_item",
            "3. Vận động Quỹ Canada hỗ trợ sáng kiến địa phương (CFLI) tài trợ 45.000 đô la Canada cho dự án nước sạch tại hai xã vùng cao của tỉnh Điện Biên; dự án đã hoàn thành vào tháng 10.",
        ),
        (
            "list_item",
            "4. Tháng trước, Thường trực Hội tiếp Đại sứ Canada tại Việt Nam đến chào và trao đổi về chương trình phối hợp năm 2025.",
        ),
        (
            "list_item",
            "5. Kế hoạch đón đoàn thanh niên tỉnh British Columbia sang giao lưu chưa thực hiện được do phía bạn chưa thu xếp được kinh phí.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 9 năm sau, cử đoàn sang dự Hội nghị thường niên của Hội Hữu nghị Canada – Việt Nam tại Toronto.",
        ),
        (
            "list_item",
            "2. Phối hợp với các trường đại học của Canada giới thiệu học bổng cho sinh viên các tỉnh miền núi phía Bắc.",
        ),
        (
            "list_item",
            "3. Tiếp tục vận động Quỹ CFLI hỗ trợ giai đoạn hai của dự án nước sạch ở Điện Biên.",
        ),
    ],
}

DSC_TRUDEAU = {
    "id": "dsc",
    "shape": "news",
    "date": "2017-11-08",
    "stamp": "Thứ Tư, 08/11/2017 - 19:30",
    "blocks": [
        ("title", "Việt Nam và Canada thiết lập quan hệ Đối tác toàn diện"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Ngày 8/11, tại Trụ sở Chính phủ, Thủ tướng Nguyễn Xuân Phúc đã hội đàm với Thủ tướng Canada Justin Trudeau, người đang thăm chính thức Việt Nam từ ngày 8 đến ngày 9/11. Sau hội đàm, hai Thủ tướng ra Tuyên bố chung về việc thiết lập quan hệ Đối tác toàn diện Việt Nam – Canada.",
        ),
        ("heading", "Thương mại và đầu tư là trụ cột", 1),
        (
            "paragraph",
            "Hai bên nhất trí tăng cường trao đổi đoàn các cấp và tạo thuận lợi để doanh nghiệp Canada đầu tư vào năng lượng, nông nghiệp và giáo dục ở Việt Nam. Thủ tướng Nguyễn Xuân Phúc cảm ơn Canada đã dành cho Việt Nam viện trợ phát triển trong nhiều năm qua và đề nghị phía bạn tiếp tục hỗ trợ ta ứng phó với biến đổi khí hậu.",
        ),
        (
            "paragraph",
            "Về Hiệp định Đối tác xuyên Thái Bình Dương (TPP), hai nhà lãnh đạo nhất trí cùng các nước thành viên còn lại thúc đẩy đàm phán để sớm đưa hiệp định vào thực thi, sau khi Mỹ rút khỏi TPP hồi tháng 1.",
        ),
        ("heading", "Chuyến thăm đầu tiên trên cương vị Thủ tướng", 1),
        (
            "paragraph",
            "Đây là lần đầu tiên ông Trudeau thăm Việt Nam kể từ khi nhậm chức năm 2015. Ngày mai, Thủ tướng Canada sẽ vào Thành phố Hồ Chí Minh gặp gỡ cộng đồng doanh nghiệp, trước khi tới Đà Nẵng dự Tuần lễ Cấp cao APEC do Việt Nam đăng cai.",
        ),
    ],
}

DSD_PLAN = {
    "id": "dsd",
    "shape": "plan",
    "head": [
        f"{'BỘ GIÁO DỤC VÀ ĐÀO TẠO':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 35/KH-BGDĐT':<40}Hà Nội, ngày 15 tháng 01 năm 2026",
    ],
    "title_lines": ["KẾ HOẠCH", "Hợp tác giáo dục với Canada năm 2026"],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác giáo dục với Canada năm 2026"),
        (
            "paragraph",
            "Thực hiện Tuyên bố chung về quan hệ Đối tác toàn diện Việt Nam – Canada ngày 8/11/2017, Bộ Giáo dục và Đào tạo xây dựng Kế hoạch hợp tác giáo dục với Canada năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Canada hiện là một trong những điểm đến được sinh viên Việt Nam lựa chọn nhiều nhất. Năm ngoái, Bộ đã làm việc với Đại sứ quán Canada và đại diện các tỉnh Ontario, Quebec về công nhận văn bằng, song hai bên chưa ký được thỏa thuận nào về vấn đề này.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 5/2026, cử đoàn công tác do một Thứ trưởng dẫn đầu sang Ottawa và thành phố Quebec làm việc với Bộ Giáo dục tỉnh Quebec về chương trình trao đổi giảng viên.",
        ),
        (
            "list_item",
            "2. Chủ trì, phối hợp với Bộ Ngoại giao đàm phán Bản ghi nhớ hợp tác giáo dục với Chính phủ Canada, phấn đấu ký vào dịp Diễn đàn giáo dục Việt Nam – Canada dự kiến tổ chức tại Hà Nội tháng 10.",
        ),
        (
            "list_item",
            "3. Đề nghị phía Canada tiếp tục cấp học bổng sau đại học cho giảng viên các trường sư phạm.",
        ),
        (
            "list_item",
            "4. Phối hợp với Tổ chức Quốc tế Pháp ngữ (OIF) mở lớp bồi dưỡng tiếng Pháp cho giáo viên phổ thông.",
        ),
        (
            "list_item",
            "5. Không cử đoàn tham dự Hội chợ giáo dục quốc tế tại Toronto năm nay do trùng lịch với Diễn đàn.",
        ),
        (
            "paragraph",
            "Cục Hợp tác quốc tế là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch này.",
        ),
    ],
}

DSE_G7 = {
    "id": "dse",
    "shape": "entry",
    "blocks": [
        ("title", "Nhóm Bảy nước công nghiệp phát triển (G7)"),
        (
            "paragraph",
            "Nhóm Bảy nước công nghiệp phát triển (G7) là diễn đàn không chính thức của Mỹ, Nhật Bản, Đức, Anh, Pháp, I-ta-li-a và Ca-na-đa; Liên minh châu Âu tham dự các hội nghị từ năm 1977. Hội nghị thượng đỉnh đầu tiên, với sáu nước tham dự, do Tổng thống Pháp Valéry Giscard d'Estaing triệu tập tại lâu đài Rambouillet ngày 15 – 17/11/1975. Ca-na-đa được mời tham gia từ hội nghị năm 1976 tại Puerto Rico, hình thành nhóm bảy nước. G7 không có ban thư ký thường trực; chức chủ tịch luân phiên hằng năm giữa các thành viên, và nước giữ chức chủ tịch chịu trách nhiệm tổ chức hội nghị thượng đỉnh cũng như các hội nghị cấp bộ trưởng trong năm.",
        ),
        ("heading", "Từ G8 trở lại G7", 1),
        (
            "paragraph",
            "Nga tham gia đầy đủ từ Hội nghị Denver năm 1997, và nhóm được gọi là G8. Sau khi Nga sáp nhập Crưm vào tháng 3/2014, bảy nước còn lại đình chỉ tư cách của Nga; hội nghị thượng đỉnh dự kiến tổ chức tại Xô-chi bị hủy và được thay bằng hội nghị G7 ở Brúc-xen vào tháng 6 năm đó.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam không phải là thành viên G7 nhưng nhiều lần được mời dự hội nghị mở rộng: tại Ise-Shima (Nhật Bản) năm 2016, Charlevoix (Ca-na-đa) năm 2018 và Hi-rô-si-ma (Nhật Bản) tháng 5/2023. Ngày 14/12/2022, các nước G7 cùng Na Uy và Đan Mạch ra Tuyên bố chính trị với Việt Nam về Quan hệ Đối tác chuyển đổi năng lượng công bằng (JETP), cam kết huy động ban đầu 15,5 tỷ USD.",
        ),
    ],
}

DOCS = [DSA_CANADA, DSB_FRIENDSHIP, DSC_TRUDEAU, DSD_PLAN, DSE_G7]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: lines wrapped at 72 columns, a blank line after every line;
    the association's signature at the end."""
    return word_text(doc, 72, ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """The agency's detail page (heldout_kit.news_page defaults): <title>, published_time, nav menu,
    <article>, <h1>, date line, the lead in <p class="sapo"><b>, <h3> subheads, <p>, tags, footer."""
    return news_page(
        doc,
        "Chính trị",
        "19:30",
        [("/chinh-tri", "Chính trị"), ("/doi-ngoai", "Đối ngoại")],
        [("/tag/canada", "Canada"), ("/tag/doi-tac-toan-dien", "Đối tác toàn diện")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: issuer/motto block, centred title, body at 76 columns, "Nơi nhận" and signature."""
    return plan_text(
        doc,
        76,
        ["Nơi nhận:", "- Bộ Ngoại giao (để phối hợp);", "- Các đơn vị thuộc Bộ;", "- Lưu: VT, HTQT."],
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
        prefix="ds",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
