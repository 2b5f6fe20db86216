"""Build the two-hundred-and-sixth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout206/build_heldout206.py [--check]

Five short documents on Vietnam and South Africa, topics the earlier sets do not use as main topics
(Vietnam and South Africa from the anti-apartheid years to their overlapping Security Council terms, the
Institute for African and Middle Eastern Studies' international cooperation in 2024, the upgrade of
Vietnam – South Africa relations to a strategic partnership in Johannesburg on 21/11/2025, a (fictitious)
Ministry of Education and Training plan for education cooperation with South Africa in 2026, an
encyclopedia entry on the Southern African Customs Union). Nothing in src/ was changed for them. Facts are
well-established; authors, journal, page numbers, document numbers, the institute's and the ministry's
items and all quoted words are invented. Events, citations and questions gold are written by hand;
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

AUA_SOUTH_AFRICA = {
    "id": "aua",
    "shape": "journal",
    "header": "TẠP CHÍ QUAN HỆ QUỐC TẾ PHƯƠNG NAM – Số 4 (2024)",
    "first_page": 37,
    "break_after": 16,
    "blocks": [
        ("title", "VIỆT NAM VÀ NAM PHI: TỪ TÌNH ĐOÀN KẾT CHỐNG A-PÁC-THAI ĐẾN PHỐI HỢP TẠI HỘI ĐỒNG BẢO AN"),
        ("author", "Nguyễn Thị Minh Nguyệt"),
        ("affiliation", "Khoa Chính trị quốc tế và Ngoại giao, Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết điểm lại ba thập kỷ quan hệ Việt Nam – Nam Phi, nhấn mạnh sự phối hợp giữa hai nước trong hai nhiệm kỳ trùng nhau tại Hội đồng Bảo an Liên hợp quốc.",
            "vi",
        ),
        ("keywords", "Nam Phi; A-pác-thai; Hội đồng Bảo an; BRICS; G20", "vi"),
        ("heading", "1. Từ cấm vận đến hội nhập", 1),
        (
            "paragraph",
            "Ngày 4/11/1977, Hội đồng Bảo an Liên hợp quốc thông qua Nghị quyết 418, áp đặt lệnh cấm vận vũ khí bắt buộc đối với chính quyền phân biệt chủng tộc ở Nam Phi. Năm sau, Chủ tịch Đại hội Dân tộc Phi (ANC) Oliver Tambo dẫn đầu đoàn đại biểu sang thăm Việt Nam; những bài học của cuộc kháng chiến được ANC đúc kết trong cuốn “Sách xanh” về chiến lược đấu tranh (Lê Văn Thành, 2019, tr. 41). Việt Nam và Nam Phi chính thức thiết lập quan hệ ngoại giao ngày 22/12/1993, chỉ bốn tháng trước cuộc tổng tuyển cử đa sắc tộc đầu tiên. Ngày 25/5/1994, Hội đồng Bảo an bãi bỏ lệnh cấm vận vũ khí bằng Nghị quyết 919.",
        ),
        ("heading", "2. Hai nhiệm kỳ trùng nhau tại Hội đồng Bảo an", 1),
        (
            "paragraph",
            "Nam Phi lần đầu được bầu làm Ủy viên không thường trực Hội đồng Bảo an ngày 16/10/2006, cho nhiệm kỳ 2007 – 2008. Đúng một năm sau, ngày 16/10/2007, Việt Nam trúng cử với 183 phiếu thuận, nên trong năm 2008 hai nước cùng ngồi quanh chiếc bàn hình móng ngựa. Kịch bản ấy lặp lại hơn một thập kỷ sau: Nam Phi được bầu ngày 8/6/2018 cho nhiệm kỳ 2019 – 2020, còn Việt Nam đắc cử ngày 7/6/2019 với 192/193 phiếu. Suốt năm 2020, phái đoàn hai nước thường xuyên trao đổi quan điểm về các vấn đề châu Phi, nhất là tình hình Xu-đăng và Li-bi (Phạm Quang Huy, 2021).",
        ),
        ("heading", "3. Từ BRICS đến G20", 1),
        (
            "paragraph",
            "Năm 2010, Nam Phi gia nhập nhóm các nền kinh tế mới nổi, từ đó nhóm mang tên BRICS. Nước này sẽ giữ cương vị Chủ tịch G20 năm 2025, lần đầu tiên một quốc gia châu Phi đảm nhận vai trò đó. Theo một nhà ngoại giao Nam Phi, Pretoria “muốn là tiếng nói của châu Phi, nhưng cũng là nhịp cầu nối với Đông Nam Á” (Trần Hoài Nam, 2023, tr. 88). Tuy vậy, kim ngạch thương mại song phương vẫn chưa tương xứng với tiềm năng; hai nước cần sớm khởi động đàm phán một thỏa thuận thương mại ưu đãi.",
        ),
    ],
}

AUB_INSTITUTE = {
    "id": "aub",
    "shape": "word",
    "head": [
        "VIỆN HÀN LÂM KHOA HỌC XÃ HỘI VIỆT NAM",
        "VIỆN NGHIÊN CỨU CHÂU PHI VÀ TRUNG ĐÔNG",
        "Số: 86/BC-VNCCPTĐ",
        "Hà Nội, ngày 20 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả hợp tác quốc tế năm 2024 và kế hoạch năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả hợp tác quốc tế năm 2024 và kế hoạch năm 2025"),
        ("heading", "I. KẾT QUẢ HỢP TÁC QUỐC TẾ NĂM 2024", 1),
        (
            "list_item",
            "1. Tiếp nối các hoạt động kỷ niệm 30 năm thiết lập quan hệ ngoại giao Việt Nam – Nam Phi, tháng 3/2024 Viện phối hợp với Đại sứ quán Nam Phi tại Hà Nội tổ chức hội thảo quốc tế “Việt Nam – Nam Phi: ba thập kỷ đồng hành”.",
        ),
        (
            "list_item",
            "2. Tháng 6/2024, đoàn cán bộ của Viện do Viện trưởng dẫn đầu thăm và làm việc tại Đại học Pretoria; hai bên ký Bản ghi nhớ về trao đổi học giả giai đoạn 2024 – 2027.",
        ),
        (
            "list_item",
            "3. Tháng trước, Viện tiếp Đại sứ Ai Cập và Đại sứ An-giê-ri tại Việt Nam, trao đổi về hợp tác nghiên cứu; một đoàn học giả Ma-rốc cũng sang làm việc về chính sách hướng Nam của nước này.",
        ),
        (
            "list_item",
            "4. Quỹ Rosa Luxemburg (Đức) tiếp tục tài trợ cho đề tài nghiên cứu về chuyển đổi năng lượng công bằng ở Nam Phi và Việt Nam.",
        ),
        (
            "list_item",
            "5. Do chưa bố trí được kinh phí, Viện chưa cử đoàn tham dự Hội nghị quốc tế về nghiên cứu châu Phi tổ chức tại Cai-rô.",
        ),
        ("heading", "II. KẾ HOẠCH NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 5/2025, đón đoàn học giả Đại học Pretoria sang Hà Nội theo Bản ghi nhớ đã ký.",
        ),
        (
            "list_item",
            "2. Phối hợp với Bộ Ngoại giao chuẩn bị tư liệu phục vụ các chuyến thăm của lãnh đạo cấp cao hai nước trong năm 2025.",
        ),
        (
            "list_item",
            "3. Mở rộng hợp tác với các viện nghiên cứu của Ai Cập và Ê-ti-ô-pi-a, hai nước trở thành thành viên BRICS từ ngày 1/1/2024.",
        ),
    ],
}

AUC_STRATEGIC = {
    "id": "auc",
    "shape": "news",
    "date": "2025-11-21",
    "stamp": "Thứ Sáu, 21/11/2025 - 19:40",
    "blocks": [
        ("title", "Việt Nam và Nam Phi nâng cấp quan hệ lên Đối tác Chiến lược"),
        (
            "paragraph",
            "Johannesburg (TTXVN) – Sáng 21/11 (giờ địa phương), tại thành phố Johannesburg, Thủ tướng Phạm Minh Chính đã hội kiến Tổng thống Nam Phi Cyril Ramaphosa; hai nhà lãnh đạo chính thức tuyên bố nâng cấp quan hệ Việt Nam – Nam Phi lên Đối tác Chiến lược.",
        ),
        ("heading", "Dấu mốc sau hơn ba thập kỷ", 1),
        (
            "paragraph",
            "Thủ tướng có mặt tại Nam Phi từ ngày 21 đến 24/11 để dự Hội nghị thượng đỉnh G20 theo lời mời của Tổng thống Ramaphosa, Chủ tịch G20 năm 2025. Đây là lần thứ bảy Việt Nam được mời tham dự hội nghị thượng đỉnh của nhóm, mà từ năm 2023 có thêm Liên minh châu Phi (AU) là thành viên thường trực.",
        ),
        (
            "paragraph",
            "Tổng thống Ramaphosa nhắc lại chuyến thăm cấp Nhà nước tới Việt Nam hồi tháng 10 vừa qua. Hai nước thiết lập quan hệ ngoại giao ngày 22/12/1993 và xác lập khuôn khổ Đối tác vì hợp tác và phát triển từ năm 2004; Nam Phi hiện là đối tác thương mại lớn nhất của Việt Nam tại châu Phi, với kim ngạch năm 2024 đạt gần 1,8 tỷ USD.",
        ),
        ("heading", "Mục tiêu thương mại 4 – 5 tỷ USD", 1),
        (
            "paragraph",
            "Hai bên nhất trí sớm đàm phán một thỏa thuận mở cửa thị trường, phấn đấu nâng kim ngạch song phương lên 4 – 5 tỷ USD trong 2 – 3 năm tới. Thủ tướng đề nghị Nam Phi thúc đẩy sớm khởi động đàm phán hiệp định thương mại tự do giữa Việt Nam và Liên minh Thuế quan miền Nam châu Phi (SACU).",
        ),
        (
            "paragraph",
            "Sau cuộc hội kiến, hai nhà lãnh đạo chứng kiến lễ ký Bản ghi nhớ hợp tác về nông nghiệp giữa Bộ Nông nghiệp và Môi trường Việt Nam và Bộ Nông nghiệp Nam Phi.",
        ),
    ],
}

AUD_PLAN = {
    "id": "aud",
    "shape": "plan",
    "head": [
        f"{'BỘ GIÁO DỤC VÀ ĐÀO TẠO':<38}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'-------':<38}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 35/KH-BGDĐT':<38}Hà Nội, ngày 14 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác giáo dục với Cộng hòa Nam Phi năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác giáo dục với Cộng hòa Nam Phi năm 2026"),
        (
            "paragraph",
            "Nhằm cụ thể hóa quan hệ Đối tác Chiến lược Việt Nam – Nam Phi được thiết lập tháng 11 năm ngoái, Bộ Giáo dục và Đào tạo ban hành Kế hoạch hợp tác giáo dục với Nam Phi năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH HỢP TÁC", 1),
        (
            "paragraph",
            "Năm ngoái, Bộ đã đón đoàn Bộ Giáo dục Đại học và Đào tạo Nam Phi sang làm việc về đào tạo nghề và trao đổi sinh viên, song hai bên chưa ký được thỏa thuận công nhận tương đương văn bằng.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 5/2026, cử đoàn công tác do một Thứ trưởng dẫn đầu sang Pretoria và Cape Town, làm việc với các trường đại học về đào tạo kỹ sư khai khoáng và năng lượng tái tạo.",
        ),
        (
            "list_item",
            "2. Chủ trì đàm phán, tiến tới ký Thỏa thuận công nhận tương đương văn bằng giữa hai nước trước tháng 12/2026.",
        ),
        (
            "list_item",
            "3. Cấp 20 suất học bổng Hiệp định cho sinh viên Nam Phi học tiếng Việt và nông nghiệp tại các cơ sở giáo dục đại học của Việt Nam.",
        ),
        (
            "list_item",
            "4. Phối hợp với Bộ Ngoại giao đề nghị phía Nam Phi hỗ trợ giảng viên tiếng Anh cho các trường sư phạm ở vùng núi phía Bắc.",
        ),
        (
            "list_item",
            "5. Không tổ chức Ngày hội du học Việt Nam tại Johannesburg trong năm 2026.",
        ),
        (
            "paragraph",
            "Cục Hợp tác quốc tế chủ trì, phối hợp với các đơn vị liên quan triển khai và định kỳ báo cáo kết quả thực hiện Kế hoạch này.",
        ),
    ],
}

AUE_SACU = {
    "id": "aue",
    "shape": "entry",
    "blocks": [
        ("title", "Liên minh Thuế quan miền Nam châu Phi"),
        (
            "paragraph",
            "Liên minh Thuế quan miền Nam châu Phi (SACU) là liên minh thuế quan của năm nước Nam Phi, Bốt-xoa-na, Lê-xô-thô, Na-mi-bi-a và E-xoa-ti-ni, được coi là liên minh thuế quan lâu đời nhất còn tồn tại trên thế giới. Ban Thư ký đặt trụ sở tại Uyn-húc (Na-mi-bi-a).",
        ),
        ("heading", "Lịch sử", 1),
        (
            "paragraph",
            "SACU ra đời năm 1910 theo Hiệp định Liên minh thuế quan giữa Liên bang Nam Phi và ba lãnh thổ Bê-chu-a-na-len, Ba-xu-tô-len và Xoa-di-len do Anh cai quản. Sau khi các lãnh thổ này giành độc lập, ngày 11/12/1969 Nam Phi, Bốt-xoa-na, Lê-xô-thô và Xoa-di-len ký hiệp định mới, có hiệu lực từ ngày 1/3/1970. Na-mi-bi-a trở thành thành viên thứ năm sau khi giành độc lập năm 1990. Hiệp định SACU năm 2002, có hiệu lực từ năm 2004, lập ra Ban Thư ký độc lập và cơ chế ra quyết định đồng thuận.",
        ),
        ("heading", "Quan hệ đối ngoại", 1),
        (
            "paragraph",
            "SACU đàm phán với bên ngoài như một khối. Hiệp định thương mại tự do với Hiệp hội Thương mại tự do châu Âu (EFTA), ký ngày 26/6/2006, có hiệu lực từ ngày 1/5/2008; hiệp định thương mại ưu đãi với Khối Thị trường chung Nam Mỹ (Mercosur) có hiệu lực từ ngày 1/4/2016. Các cuộc đàm phán về một hiệp định thương mại tự do với Hoa Kỳ, khởi động năm 2003, bị đình lại năm 2006 mà không đi đến kết quả.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam chưa có thỏa thuận thương mại nào với SACU. Tháng 11/2025, tại Johannesburg, Thủ tướng Phạm Minh Chính đề nghị Nam Phi thúc đẩy sớm khởi động đàm phán hiệp định thương mại tự do giữa Việt Nam và khối này.",
        ),
    ],
}

DOCS = [AUA_SOUTH_AFRICA, AUB_INSTITUTE, AUC_STRATEGIC, AUD_PLAN, AUE_SACU]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, the page number centred as
    "- 37 -" (heldout_kit.headed_journal: title at 52 columns, labels and body at 76)."""
    return headed_journal(doc, title=52, label=76, body=76, page_label="- {} -", align="^")


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 70 columns as on the page, every line
    followed by an empty line; the signature "KT. VIỆN TRƯỞNG / PHÓ VIỆN TRƯỞNG" at the end."""
    return word_text(doc, 70, ["KT. VIỆN TRƯỞNG", "PHÓ VIỆN TRƯỞNG", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Thế giới" section."""
    return news_page(
        doc,
        section="Thế giới",
        time="19:40",
        menu=[("/thoi-su", "Thời sự"), ("/the-gioi", "Thế giới"), ("/kinh-te", "Kinh tế")],
        tags=[
            ("/tag/nam-phi", "Nam Phi"),
            ("/tag/g20", "G20"),
            ("/tag/doi-tac-chien-luoc", "Đối tác chiến lược"),
        ],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan by heldout_kit.plan_text: body at 74 columns, "Nơi nhận" beside the signature."""
    return plan_text(
        doc,
        74,
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
        prefix="au",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
