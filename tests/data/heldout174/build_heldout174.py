"""Build the hundred-and-seventy-fourth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout174/build_heldout174.py [--check]

Five short documents on Iran's nuclear file in 2025 and its effects: a journal article on the year from the
twelve-day war to the return of UN sanctions, the (invented) report on international cooperation in 2025 of
the Institute for African and Middle Eastern Studies, a news page on the Security Council's vote of 19/9/2025
on sanctions relief for Iran, a (fictitious) Ministry of Industry and Trade plan for crude oil supply in
2026, an encyclopedia entry on the Pelindaba Treaty (the African Nuclear-Weapon-Free Zone). Nothing in src/ was
changed for them. Facts are well-established; authors, journal, page numbers, document numbers, the
institute's items and all quoted words but the Iranian ambassador's are invented, the ministry plan (number,
date, tasks) is fictitious. Events, citations and questions gold are written by hand; ``--check`` verifies
that every gold evidence, quote and citation occurs in the documents.
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

PSA_IRAN = {
    "id": "psa",
    "shape": "journal",
    "header": "TẠP CHÍ AN NINH VÀ QUAN HỆ QUỐC TẾ – Số 10 (2025)",
    "first_page": 104,
    "break_after": 14,
    "blocks": [
        ("title", "HỒ SƠ HẠT NHÂN I-RAN NĂM 2025: TỪ CUỘC CHIẾN 12 NGÀY ĐẾN VIỆC TÁI ÁP ĐẶT TRỪNG PHẠT"),
        ("author", "Đặng Minh Khoa"),
        ("affiliation", "Viện Quan hệ quốc tế, Học viện Chính trị quốc gia Hồ Chí Minh"),
        (
            "abstract",
            "Bài viết điểm lại những diễn biến chính của hồ sơ hạt nhân I-ran trong năm 2025 và lập trường nhất quán của Việt Nam về giải quyết tranh chấp bằng biện pháp hòa bình.",
            "vi",
        ),
        ("keywords", "I-ran; JCPOA; IAEA; Nghị quyết 2231; Trung Đông", "vi"),
        ("heading", "1. Từ JCPOA đến cuộc chiến 12 ngày", 1),
        (
            "paragraph",
            "Kế hoạch hành động chung toàn diện (JCPOA) mà I-ran và nhóm P5+1 (Mỹ, Nga, Trung Quốc, Anh, Pháp, Đức) đạt được tại Viên ngày 14/7/2015 đổi việc hạn chế chương trình hạt nhân của Tê-hê-ran lấy việc dỡ bỏ trừng phạt quốc tế. Song ngày 8/5/2018, Mỹ đơn phương rút khỏi thỏa thuận và tái áp đặt trừng phạt đối với I-ran (Vũ Thanh Bình, 2021, tr. 88). Căng thẳng lên tới đỉnh điểm khi I-xra-en mở chiến dịch không kích quy mô lớn vào các cơ sở hạt nhân và quân sự của I-ran từ ngày 13/6/2025. Ngày 22/6, Mỹ dùng máy bay ném bom chiến lược tấn công ba cơ sở Fordow, Natanz và Isfahan; hôm sau, I-ran đáp trả bằng đòn tên lửa nhằm vào căn cứ Al Udeid của Mỹ ở Ca-ta. Lệnh ngừng bắn do Mỹ và Ca-ta làm trung gian có hiệu lực ngày 24/6/2025.",
        ),
        ("heading", "2. Hệ quả đối với cơ chế giám sát", 1),
        (
            "paragraph",
            "Ngày 2/7/2025, I-ran ban hành luật đình chỉ hợp tác với Cơ quan Năng lượng nguyên tử quốc tế (IAEA). Ngày 28/8, Anh, Pháp và Đức kích hoạt cơ chế khôi phục trừng phạt quy định trong Nghị quyết 2231 của Hội đồng Bảo an; dự thảo nghị quyết nhằm duy trì việc dỡ bỏ trừng phạt không được thông qua ngày 19/9, và các biện pháp trừng phạt của Liên hợp quốc đối với I-ran được tái áp đặt từ ngày 28/9/2025. Theo một nhà nghiên cứu, khu vực đang đứng trước nguy cơ “mất đi cơ chế giám sát hạt nhân quan trọng nhất ở Trung Đông” (Ngô Thị Thanh Thủy, 2025, tr. 12).",
        ),
        ("heading", "3. Lập trường của Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam thiết lập quan hệ ngoại giao với I-ran ngày 4/8/1973. Trong các diễn biến năm 2025, nước ta nhiều lần kêu gọi các bên kiềm chế, giải quyết bất đồng bằng biện pháp hòa bình trên cơ sở luật pháp quốc tế và Hiến chương Liên hợp quốc (Vũ Thanh Bình, 2021, tr. 90).",
        ),
    ],
}

PSB_INSTITUTE = {
    "id": "psb",
    "shape": "word",
    "head": [
        "VIỆN HÀN LÂM KHOA HỌC XÃ HỘI VIỆT NAM",
        "VIỆN NGHIÊN CỨU CHÂU PHI VÀ TRUNG ĐÔNG",
        "Số: 87/BC-VNCCPTĐ",
        "Hà Nội, ngày 10 tháng 12 năm 2025",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả hợp tác quốc tế năm 2025 và phương hướng năm 2026"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả hợp tác quốc tế năm 2025 và phương hướng năm 2026"),
        ("heading", "I. KẾT QUẢ NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 3, phối hợp với Đại sứ quán Ai Cập tại Hà Nội tổ chức tọa đàm “Ai Cập và tiến trình hòa bình ở Trung Đông”.",
        ),
        (
            "list_item",
            "2. Ngày 18/6, khi xung đột giữa I-xra-en và I-ran leo thang, Viện tổ chức tọa đàm chuyên đề với sự tham gia của đại diện Bộ Ngoại giao; kết quả được tổng hợp báo cáo lãnh đạo Viện Hàn lâm.",
        ),
        (
            "list_item",
            "3. Tháng 9, ký Biên bản ghi nhớ hợp tác nghiên cứu với Trung tâm Nghiên cứu Chính trị và Chiến lược Al-Ahram (Ai Cập).",
        ),
        (
            "list_item",
            "4. Cử 2 nghiên cứu viên sang khảo sát thực địa tại Kê-ni-a và Tan-da-ni-a trong tháng 10 theo chương trình trao đổi học giả của Đại học Nairobi.",
        ),
        (
            "list_item",
            "5. Tháng 11, tiếp Đại sứ I-ran tại Việt Nam đến thăm và làm việc; hai bên trao đổi về hợp tác nghiên cứu và tình hình khu vực sau khi các lệnh trừng phạt của Liên hợp quốc đối với I-ran được khôi phục.",
        ),
        (
            "list_item",
            "6. Đề án hợp tác với Viện Nghiên cứu An ninh quốc gia (INSS) của I-xra-en chưa được cấp có thẩm quyền phê duyệt.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2026", 1),
        (
            "list_item",
            "1. Tổ chức Hội thảo quốc tế “Việt Nam – châu Phi: hợp tác vì phát triển bền vững” tại Hà Nội trong tháng 5/2026, mời học giả từ Nam Phi, Ni-giê-ri-a, Ai Cập và Ma-rốc.",
        ),
        (
            "list_item",
            "2. Cùng Trung tâm Al-Ahram biên soạn chuyên khảo chung về an ninh nguồn nước ở lưu vực sông Nin.",
        ),
        (
            "list_item",
            "3. Đề xuất ký thỏa thuận hợp tác với Đại học Tê-hê-ran khi điều kiện cho phép.",
        ),
    ],
}

PSC_VOTE = {
    "id": "psc",
    "shape": "news",
    "date": "2025-09-20",
    "stamp": "Thứ Bảy, 20/09/2025 - 06:10",
    "blocks": [
        ("title", "Hội đồng Bảo an không thông qua dự thảo duy trì dỡ bỏ trừng phạt I-ran"),
        (
            "paragraph",
            "New York (TTXVN) – Ngày 19/9, Hội đồng Bảo an Liên hợp quốc đã không thông qua dự thảo nghị quyết nhằm tiếp tục dỡ bỏ các lệnh trừng phạt đối với I-ran, mở đường cho việc khôi phục toàn bộ các biện pháp trừng phạt của Liên hợp quốc đối với nước này từ ngày 28/9.",
        ),
        ("heading", "4 phiếu thuận, 9 phiếu chống", 1),
        (
            "paragraph",
            "Dự thảo do Hàn Quốc, nước Chủ tịch Hội đồng Bảo an tháng 9, đưa ra chỉ nhận được 4 phiếu thuận của Nga, Trung Quốc, Pa-ki-xtan và An-giê-ri, trong khi 9 nước bỏ phiếu chống; Hàn Quốc và Guy-a-na bỏ phiếu trắng. Để được thông qua, một nghị quyết cần ít nhất 9 phiếu thuận và không bị nước ủy viên thường trực nào phủ quyết.",
        ),
        ("heading", "Cơ chế khôi phục trừng phạt", 1),
        (
            "paragraph",
            "Cuộc bỏ phiếu diễn ra sau khi Anh, Pháp và Đức ngày 28/8 thông báo cho Hội đồng Bảo an việc kích hoạt cơ chế khôi phục trừng phạt, với cáo buộc I-ran vi phạm nghiêm trọng các cam kết trong thỏa thuận hạt nhân năm 2015. Cơ chế này nằm trong Nghị quyết 2231, được Hội đồng Bảo an nhất trí thông qua ngày 20/7/2015 để tán thành thỏa thuận; Mỹ đã rút khỏi thỏa thuận từ năm 2018.",
        ),
        (
            "paragraph",
            "Đại sứ I-ran tại Liên hợp quốc Amir Saeid Iravani gọi kết quả bỏ phiếu là “vội vàng, trái pháp luật và thiên vị”, đồng thời khẳng định Tê-hê-ran không thừa nhận bất kỳ nghĩa vụ nào phát sinh từ đó.",
        ),
    ],
}

PSD_PLAN = {
    "id": "psd",
    "shape": "plan",
    "head": [
        f"{'BỘ CÔNG THƯƠNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'-------':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 09/KH-BCT':<40}Hà Nội, ngày 12 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Bảo đảm nguồn cung dầu thô cho các nhà máy lọc dầu",
        "trong nước năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Bảo đảm nguồn cung dầu thô cho các nhà máy lọc dầu trong nước năm 2026"),
        (
            "paragraph",
            "Trước những biến động ở Trung Đông sau cuộc xung đột giữa I-xra-en và I-ran tháng 6/2025, Bộ Công Thương xây dựng Kế hoạch bảo đảm nguồn cung dầu thô cho các nhà máy lọc dầu trong nước năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH", 1),
        (
            "paragraph",
            "Nhà máy lọc hóa dầu Nghi Sơn vận hành chủ yếu bằng dầu thô nhập khẩu từ Cô-oét theo hợp đồng dài hạn với Tập đoàn Dầu khí quốc gia Cô-oét (KPC), phần lớn được vận chuyển qua eo biển Hormuz. Năm ngoái, có thời điểm giá cước vận tải và phí bảo hiểm tàu dầu trong khu vực tăng mạnh; bên cạnh đó, các biện pháp trừng phạt của Liên hợp quốc đối với I-ran đã được khôi phục từ cuối tháng 9 năm ngoái.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Chỉ đạo Công ty Lọc hóa dầu Nghi Sơn làm việc với KPC về việc gia hạn hợp đồng cung cấp dầu thô, dự kiến ký trong quý II.",
        ),
        (
            "list_item",
            "2. Tháng 4, cử đoàn công tác của Bộ sang Cô-oét làm việc với Bộ Dầu mỏ nước bạn.",
        ),
        (
            "list_item",
            "3. Phối hợp với Bộ Ngoại giao đề nghị phía Ả-rập Xê-út và UAE xem xét cung cấp dầu thô bổ sung cho Nhà máy lọc dầu Dung Quất.",
        ),
        (
            "list_item",
            "4. Nghiên cứu nhập khẩu dầu thô từ Ăng-gô-la và Ni-giê-ri-a nhằm đa dạng hóa nguồn cung.",
        ),
        (
            "list_item",
            "5. Không ký hợp đồng mua dầu thô có nguồn gốc từ I-ran dưới bất kỳ hình thức nào.",
        ),
        (
            "paragraph",
            "Vụ Dầu khí và Than là đầu mối theo dõi, tổng hợp tình hình thực hiện, báo cáo Bộ trưởng hằng quý.",
        ),
    ],
}

PSE_PELINDABA = {
    "id": "pse",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp ước Pelindaba"),
        (
            "paragraph",
            "Hiệp ước về Khu vực phi vũ khí hạt nhân châu Phi, thường gọi là Hiệp ước Pelindaba, cấm các nước thành viên nghiên cứu, phát triển, sản xuất, tích trữ, thử nghiệm hay bố trí vũ khí hạt nhân trên lãnh thổ của mình. Hiệp ước được mở ký tại Cai-rô (Ai Cập) ngày 11/4/1996 và có hiệu lực từ ngày 15/7/2009, khi đã có đủ 28 nước phê chuẩn.",
        ),
        ("heading", "Lịch sử", 1),
        (
            "paragraph",
            "Tên gọi của hiệp ước lấy theo trung tâm nghiên cứu hạt nhân Pelindaba gần Prê-tô-ri-a, nơi Nam Phi từng chế tạo vũ khí hạt nhân. Nam Phi đã tự nguyện tháo dỡ toàn bộ số vũ khí này và gia nhập Hiệp ước Không phổ biến vũ khí hạt nhân (NPT) năm 1991. Văn bản hiệp ước được Tổ chức Thống nhất châu Phi (OAU) thông qua năm 1995.",
        ),
        ("heading", "Các nghị định thư", 1),
        (
            "paragraph",
            "Ba nghị định thư kèm theo hiệp ước dành cho các cường quốc hạt nhân và các nước có lãnh thổ trong khu vực. Trung Quốc, Pháp, Anh và Nga đã phê chuẩn các nghị định thư liên quan; Mỹ ký năm 1996 nhưng đến nay vẫn chưa phê chuẩn.",
        ),
        ("heading", "Cơ quan thực thi", 1),
        (
            "paragraph",
            "Ủy ban Năng lượng hạt nhân châu Phi (AFCONE), đặt trụ sở tại Prê-tô-ri-a, giám sát việc tuân thủ hiệp ước. Ai Cập tuy là nước chủ nhà của lễ mở ký nhưng vẫn chưa phê chuẩn văn kiện.",
        ),
        ("heading", "Liên hệ với Đông Nam Á", 1),
        (
            "paragraph",
            "Cùng với Hiệp ước Băng Cốc về Khu vực Đông Nam Á không có vũ khí hạt nhân, mà Việt Nam là thành viên, Hiệp ước Pelindaba góp phần mở rộng các khu vực phi vũ khí hạt nhân ở Nam bán cầu.",
        ),
    ],
}

DOCS = [PSA_IRAN, PSB_INSTITUTE, PSC_VOTE, PSD_PLAN, PSE_PELINDABA]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on top of every page, "Trang 104" flush right
    under each page (heldout_kit.headed_journal: title at 52 columns, labels and body at 76)."""
    return headed_journal(doc, title=52, label=76, body=76, page_label="Trang {}")


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 68 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the director's signature at the end."""
    return word_text(doc, 68, ["VIỆN TRƯỞNG", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page (heldout_kit.news_page): <title> and article:published_time, a "Thế giới / Liên hợp quốc"
    nav menu, <article class="detail">, <h1>, the date line, the lead in <p class="sapo"><b>, <h3> subheads,
    <p> paragraphs, a tag list and the TTXVN footer."""
    return news_page(
        doc,
        section="Thế giới",
        time="06:10",
        menu=[("/the-gioi", "Thế giới"), ("/the-gioi/lien-hop-quoc", "Liên hợp quốc")],
        tags=[("/tag/i-ran", "I-ran"), ("/tag/hoi-dong-bao-an", "Hội đồng Bảo an"), ("/tag/jcpoa", "JCPOA")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block with a dash rule under the issuer, the centred
    three-line title, body at 76 columns with a blank line between blocks, "Nơi nhận" and the signature."""
    return plan_text(
        doc,
        76,
        [
            "Nơi nhận:",
            "- Bộ Ngoại giao (để phối hợp);",
            "- Tập đoàn Công nghiệp - Năng lượng QG VN;",
            "- Lưu: VT, DKT.",
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
        prefix="ps",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
