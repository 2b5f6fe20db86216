"""Build the ninety-first held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout91/build_heldout91.py [--check]

Five short documents written after the rules were tuned on the seeds and the earlier held-out sets, on
topics those sets do not use (Guyana from the Non-Aligned Movement to the Essequibo dispute and its relations
with Vietnam, the international relations department of the Vietnam Chamber of Commerce and Industry on Latin
America and the Caribbean in the first half of 2025, the Argyle meeting of the Guyanese and Venezuelan
presidents on 14/12/2023, a (fictitious) Ministry of Industry and Trade plan for trade and energy cooperation
with Guyana and CARICOM in 2026, an encyclopedia entry on the Amazon Cooperation Treaty Organization).
Nothing in src/ was changed for them. Facts are well-established; authors, journal, page numbers, document
numbers, the report's items and all quoted words are invented, the ministry plan (number, date, tasks) is
fictitious. Events, citations and questions gold are written by hand; ``--check`` verifies that every gold
evidence, quote and citation occurs in the documents.
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

VWA_GUYANA = {
    "id": "vwa",
    "shape": "journal",
    "header": "TẠP CHÍ NĂNG LƯỢNG VÀ ĐỊA CHÍNH TRỊ – Số 4 (2025)",
    "first_page": 58,
    "break_after": 12,
    "blocks": [
        ("title", "GUY-A-NA: TỪ PHONG TRÀO KHÔNG LIÊN KẾT ĐẾN CƯỜNG QUỐC DẦU MỎ MỚI"),
        ("author", "Mai Xuân Trường"),
        ("affiliation", "Trường Đại học Khoa học Xã hội và Nhân văn, ĐHQG Hà Nội"),
        (
            "abstract",
            "Bài viết khái quát đối ngoại của Guy-a-na và triển vọng hợp tác với Việt Nam.",
            "vi",
        ),
        ("keywords", "Guy-a-na; Ê-xê-ki-bô; CARICOM; Phong trào Không liên kết; dầu khí", "vi"),
        ("heading", "1. Một nước nhỏ có tiếng nói lớn", 1),
        (
            "paragraph",
            "Guy-a-na giành độc lập từ Anh ngày 26/5/1966 và gia nhập Liên hợp quốc ngày 20/9/1966. Là một trong bốn nước sáng lập Cộng đồng Ca-ri-bê năm 1973, nước này vẫn là nơi đặt Ban Thư ký CARICOM. Tháng 8/1972, Gioóc-tao đăng cai Hội nghị Bộ trưởng Ngoại giao các nước Không liên kết; tại hội nghị này, Chính phủ Cách mạng lâm thời Cộng hòa miền Nam Việt Nam được kết nạp làm thành viên của Phong trào (Đặng Thị Hoa, 2016, tr. 73).",
        ),
        ("heading", "2. Tranh chấp Ê-xê-ki-bô", 1),
        (
            "paragraph",
            "Vê-nê-xu-ê-la từ lâu đòi chủ quyền đối với vùng Ê-xê-ki-bô và bác bỏ phán quyết của tòa trọng tài tại Pa-ri ngày 3/10/1899. Hiệp định Giơ-ne-vơ ngày 17/2/1966 giữa Anh, Vê-nê-xu-ê-la và Guy-a-na thuộc Anh chỉ đặt ra cơ chế tìm kiếm giải pháp. Ngày 29/3/2018, Gioóc-tao đệ đơn kiện Ca-ra-cát ra Tòa án Công lý quốc tế (ICJ). Tháng 12/2020, Tòa xác định có thẩm quyền xét xử. Việc ExxonMobil phát hiện mỏ dầu Liza năm 2015 càng khiến căng thẳng gia tăng (Vương Hải Yến, 2021).",
        ),
        ("heading", "3. Quan hệ với Việt Nam và triển vọng", 1),
        (
            "paragraph",
            "Việt Nam và Guy-a-na có quan hệ hữu nghị, cùng là thành viên Phong trào Không liên kết và Nhóm 77. Ngày 6/6/2023, Guy-a-na được bầu làm Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2024 – 2025 với 191 phiếu thuận. Theo một chuyên gia, nước này “đang trở thành thị trường năng lượng năng động nhất Tây bán cầu” (Hồ Ngọc Diệp, 2024, tr. 15). Vì vậy, hai nước nên sớm ký hiệp định khung về hợp tác kinh tế, thương mại.",
        ),
    ],
}

VWB_VCCI = {
    "id": "vwb",
    "shape": "word",
    "head": [
        "LIÊN ĐOÀN THƯƠNG MẠI VÀ CÔNG NGHIỆP VIỆT NAM",
        "BAN QUAN HỆ QUỐC TẾ",
        "Số: 112/BC-QHQT",
        "Hà Nội, ngày 08 tháng 7 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Sơ kết công tác xúc tiến thương mại, đầu tư với khu vực Mỹ Latinh và Ca-ri-bê sáu tháng đầu năm 2025",
    ],
    "blocks": [
        (
            "title",
            "BÁO CÁO Sơ kết công tác xúc tiến thương mại, đầu tư với khu vực Mỹ Latinh và Ca-ri-bê sáu tháng đầu năm 2025",
        ),
        ("heading", "I. KẾT QUẢ SÁU THÁNG ĐẦU NĂM", 1),
        (
            "list_item",
            "1. Nhân chuyến thăm cấp Nhà nước của Tổng thống Bra-xin Lula da Silva tới Việt Nam cuối tháng 3, Liên đoàn phối hợp tổ chức Diễn đàn Doanh nghiệp Việt Nam – Bra-xin tại Hà Nội với hơn 300 doanh nghiệp tham dự; doanh nghiệp hai nước đã ký 12 thỏa thuận hợp tác về nông nghiệp, hàng không và năng lượng.",
        ),
        (
            "list_item",
            "2. Tháng 4, tiếp đoàn 15 doanh nghiệp của Phòng Thương mại và Công nghiệp Gioóc-tao (Guy-a-na) sang khảo sát thị trường; hai bên ký Biên bản ghi nhớ về trao đổi thông tin thị trường và xúc tiến thương mại.",
        ),
        (
            "list_item",
            "3. Từ ngày 12 đến ngày 19/5/2025, tổ chức đoàn 20 doanh nghiệp sang khảo sát thị trường Mê-hi-cô và Pa-na-ma, tập trung vào hàng dệt may, cà phê và thủy sản.",
        ),
        (
            "list_item",
            "4. Doanh nghiệp ta vẫn chưa tiếp cận trực tiếp được thị trường Guy-a-na do chưa có tuyến vận tải biển thẳng; đề xuất thành lập Hội đồng doanh nghiệp Việt Nam – CARICOM chưa nhận được phản hồi của phía bạn.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG SÁU THÁNG CUỐI NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 9, tổ chức đoàn doanh nghiệp dịch vụ dầu khí và chế biến lương thực sang Gioóc-tao làm việc với Bộ Tài nguyên thiên nhiên và Bộ Nông nghiệp Guy-a-na.",
        ),
        (
            "list_item",
            "2. Phối hợp với Thương vụ Việt Nam tại Bra-xin tổ chức Tuần hàng Việt Nam tại Xao Pao-lô.",
        ),
        (
            "list_item",
            "3. Phối hợp với Ngân hàng Phát triển Liên Mỹ (IDB) tổ chức hội thảo giới thiệu cơ hội đầu tư vào khu vực Ca-ri-bê cho doanh nghiệp Việt Nam.",
        ),
    ],
}

VWC_ARGYLE = {
    "id": "vwc",
    "shape": "news",
    "date": "2023-12-15",
    "stamp": "Thứ Sáu, 15/12/2023 - 06:45",
    "blocks": [
        ("title", "Guy-a-na và Vê-nê-xu-ê-la cam kết không dùng vũ lực"),
        (
            "paragraph",
            "Kingstown (TTXVN) – Ngày 14/12 (giờ địa phương), Tổng thống Guy-a-na Irfaan Ali và Tổng thống Vê-nê-xu-ê-la Nicolás Maduro đã hội đàm tại sân bay quốc tế Argyle của Xanh Vin-xen và Grê-na-đin, giữa lúc căng thẳng quanh vùng Ê-xê-ki-bô leo thang.",
        ),
        ("heading", "Tuyên bố chung Argyle", 1),
        (
            "paragraph",
            "Trong tuyên bố chung, hai bên nhất trí không đe dọa hay sử dụng vũ lực đối với nhau và giải quyết mọi tranh chấp theo luật pháp quốc tế, trong đó có Hiệp định Giơ-ne-vơ năm 1966. Hai nước cũng thống nhất lập ngay một ủy ban chung cấp bộ trưởng ngoại giao. Hai nhà lãnh đạo sẽ gặp lại nhau tại Bra-xin trong vòng ba tháng tới.",
        ),
        (
            "paragraph",
            "Cuộc gặp do Thủ tướng Xanh Vin-xen và Grê-na-đin Ralph Gonsalves, Chủ tịch luân phiên CELAC, và Thủ tướng Đô-mi-ni-ca Roosevelt Skerrit, Chủ tịch luân phiên CARICOM, làm trung gian, với sự có mặt của ông Celso Amorim, cố vấn đặc biệt của Tổng thống Bra-xin.",
        ),
        ("heading", "Bất đồng về vai trò của ICJ", 1),
        (
            "paragraph",
            "Văn kiện cũng ghi nhận Guy-a-na tiếp tục theo đuổi vụ kiện tại Tòa án Công lý quốc tế (ICJ), trong khi Vê-nê-xu-ê-la không công nhận thẩm quyền của Tòa.",
        ),
        (
            "paragraph",
            "Căng thẳng tăng cao sau khi Ca-ra-cát tổ chức trưng cầu ý dân về Ê-xê-ki-bô ngày 3/12, bất chấp lệnh của ICJ hai ngày trước đó yêu cầu nước này không có hành động làm thay đổi hiện trạng. Tuần trước, Bộ Chỉ huy phương Nam của Mỹ đã tiến hành các chuyến bay diễn tập chung với Lực lượng Quốc phòng Guy-a-na.",
        ),
    ],
}

VWD_PLAN = {
    "id": "vwd",
    "shape": "plan",
    "head": [
        f"{'BỘ CÔNG THƯƠNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 28/KH-BCT':<40}Hà Nội, ngày 16 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Xúc tiến thương mại và hợp tác năng lượng với Guy-a-na",
        "và các nước Cộng đồng Ca-ri-bê (CARICOM) năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Xúc tiến thương mại và hợp tác năng lượng với Guy-a-na và các nước Cộng đồng Ca-ri-bê (CARICOM) năm 2026",
        ),
        (
            "paragraph",
            "Nhằm tận dụng cơ hội từ sự phát triển nhanh của ngành dầu khí Guy-a-na và mở rộng thị trường xuất khẩu sang khu vực Ca-ri-bê, Bộ Công Thương xây dựng Kế hoạch năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Từ khi khai thác dòng dầu thương mại đầu tiên vào tháng 12/2019, Guy-a-na trở thành một trong những nền kinh tế tăng trưởng nhanh nhất thế giới. Thương mại hai chiều Việt Nam – Guy-a-na còn khiêm tốn, chủ yếu qua trung gian. Năm ngoái, Liên đoàn Thương mại và Công nghiệp Việt Nam đã đón đoàn doanh nghiệp Guy-a-na sang khảo sát thị trường, song hai nước chưa ký hiệp định nào về thương mại.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 2 năm nay, cử đoàn công tác và doanh nghiệp dịch vụ dầu khí tham dự Hội nghị và Triển lãm Năng lượng Guy-a-na tại Gioóc-tao; làm việc với Bộ Tài nguyên thiên nhiên Guy-a-na về khả năng tham gia chuỗi cung ứng cho các dự án ngoài khơi.",
        ),
        (
            "list_item",
            "2. Chủ trì, phối hợp với Bộ Ngoại giao đàm phán Hiệp định khung về hợp tác kinh tế, thương mại với Guy-a-na, phấn đấu ký vào tháng 11.",
        ),
        (
            "list_item",
            "3. Đề nghị Ban Thư ký CARICOM giới thiệu đầu mối xúc tiến thương mại tại các nước thành viên; tổ chức hội thảo trực tuyến về thị trường Ca-ri-bê cho doanh nghiệp.",
        ),
        (
            "list_item",
            "4. Chưa đặt vấn đề mở Thương vụ Việt Nam tại Gioóc-tao trong năm 2026.",
        ),
        (
            "paragraph",
            "Cục Xúc tiến thương mại là đầu mối theo dõi, tổng hợp tình hình thực hiện Kế hoạch này.",
        ),
    ],
}

VWE_ACTO = {
    "id": "vwe",
    "shape": "entry",
    "blocks": [
        ("title", "Tổ chức Hiệp ước Hợp tác A-ma-dôn"),
        (
            "paragraph",
            "Tổ chức Hiệp ước Hợp tác A-ma-dôn (ACTO) là tổ chức liên chính phủ của tám nước có lãnh thổ thuộc lưu vực sông A-ma-dôn, hoạt động trên cơ sở Hiệp ước Hợp tác A-ma-dôn ký tại Bra-xi-li-a ngày 3/7/1978. Hiệp ước có hiệu lực năm 1980.",
        ),
        ("heading", "Thành viên và bộ máy", 1),
        (
            "paragraph",
            "Các nước ký Hiệp ước gồm Bô-li-vi-a, Bra-xin, Cô-lôm-bi-a, Ê-cu-a-đo, Guy-a-na, Pê-ru, Xu-ri-nam và Vê-nê-xu-ê-la. Ngày 14/12/1998, tại Ca-ra-cát, các bên ký Nghị định thư sửa đổi Hiệp ước, lập ra một tổ chức có tư cách pháp nhân. Ban Thư ký thường trực của ACTO đặt tại Bra-xi-li-a và đi vào hoạt động từ năm 2002.",
        ),
        ("heading", "Hội nghị thượng đỉnh Bê-lem", 1),
        (
            "paragraph",
            "Ngày 8 – 9/8/2023, Bra-xin đăng cai Hội nghị thượng đỉnh A-ma-dôn tại thành phố Bê-lem, lần đầu tiên sau 14 năm. Các nhà lãnh đạo ký Tuyên bố Bê-lem, lập Liên minh A-ma-dôn chống phá rừng, song không thống nhất được mục tiêu chung chấm dứt nạn phá rừng vào năm 2030. Ngày hôm sau, Cộng hòa Công-gô, Cộng hòa Dân chủ Công-gô, In-đô-nê-xi-a và Xanh Vin-xen và Grê-na-đin cùng các nước thành viên ra tuyên bố chung về bảo vệ rừng nhiệt đới.",
        ),
        (
            "paragraph",
            "Bê-lem cũng là nơi Bra-xin đăng cai Hội nghị lần thứ 30 các bên tham gia Công ước khung của Liên hợp quốc về biến đổi khí hậu (COP30) vào tháng 11/2025.",
        ),
    ],
}

DOCS = [VWA_GUYANA, VWB_VCCI, VWC_ARGYLE, VWD_PLAN, VWE_ACTO]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 70 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 70, ["KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <title> and <meta property="article:published_time">, a nav menu, <article>, <h1>, a
    date line, the lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag
    list, footer."""
    return news_page(
        doc,
        "Thế giới",
        "06:45",
        [("/the-gioi/chau-my", "Châu Mỹ")],
        [("/tag/guyana", "Guy-a-na")],
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
            "- VCCI;",
            "- Lưu: VT, XTTM.",
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
        prefix="vw",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
