"""Build the ninety-fifth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout95/build_heldout95.py [--check]

Five short documents written after the rules were tuned on the seeds and the earlier held-out sets, on
topics those sets do not use as a main topic: Malaysia's ASEAN chair year 2025 and the Vietnam – Malaysia
comprehensive strategic partnership (a journal article on the chair year and the partnership, the Vietnamese
Embassy in Malaysia's year-end report for 2024, a news page on the Thailand – Cambodia ceasefire agreed in
Putrajaya on 28/7/2025, a (fictitious) Ministry of Science and Technology plan for standards and Halal
certification cooperation with Malaysia in 2026, an encyclopedia entry on the Five Power Defence
Arrangements). Nothing in src/ was changed for them. Facts are well-established; authors, journal, page
numbers, document numbers, the embassy's items and all quoted words but Anwar Ibrahim's are invented, the
ministry plan (number, date, tasks) is fictitious. Events, citations and questions gold are written by hand;
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

UQA_CHAIR = {
    "id": "uqa",
    "shape": "journal",
    "header": "TẠP CHÍ ĐÔNG NAM Á ĐƯƠNG ĐẠI – Số 1 (2026)",
    "first_page": 23,
    "break_after": 13,
    "blocks": [
        (
            "title",
            "NĂM CHỦ TỊCH ASEAN 2025 CỦA MA-LAI-XI-A VÀ QUAN HỆ ĐỐI TÁC CHIẾN LƯỢC TOÀN DIỆN VIỆT NAM –"
            " MA-LAI-XI-A",
        ),
        ("author", "Đỗ Thị Phương Thảo"),
        ("affiliation", "Khoa Chính trị quốc tế và Ngoại giao, Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết đánh giá những kết quả nổi bật của năm Ma-lai-xi-a làm Chủ tịch ASEAN 2025 và tác động"
            " đối với quan hệ Việt Nam – Ma-lai-xi-a.",
            "vi",
        ),
        ("keywords", "ASEAN; Ma-lai-xi-a; Ti-mo Lét-xtê; đối tác chiến lược toàn diện", "vi"),
        ("heading", "1. Một lần nữa ở vị trí Chủ tịch", 1),
        (
            "paragraph",
            "Là một trong năm thành viên sáng lập ASEAN theo Tuyên bố Băng Cốc ngày 8/8/1967, Ma-lai-xi-a đảm"
            " nhiệm cương vị Chủ tịch Hiệp hội năm 2025 với chủ đề “Bao trùm và Bền vững”. Năm 2015, cũng tại"
            " Cu-a-la Lăm-pơ, lãnh đạo các nước thành viên đã ký Tuyên bố về việc thành lập Cộng đồng ASEAN, đánh"
            " dấu bước chuyển của Hiệp hội sang một giai đoạn hội nhập sâu rộng hơn (Vũ Đức Long, 2020, tr. 58).",
        ),
        ("heading", "2. Những dấu ấn của năm 2025", 1),
        (
            "paragraph",
            "Tại Hội nghị cấp cao ASEAN lần thứ 46 ngày 26/5/2025, các nhà lãnh đạo đã thông qua Tuyên bố"
            " Cu-a-la Lăm-pơ về ASEAN 2045, định hướng phát triển của Cộng đồng trong hai thập kỷ tới. Ngày"
            " 26/10/2025, tại Hội nghị cấp cao lần thứ 47, Ti-mo Lét-xtê chính thức được kết nạp, trở thành thành"
            " viên thứ 11 của ASEAN sau hơn 14 năm kể từ khi nộp đơn. Năm Chủ tịch của Ma-lai-xi-a cũng bị thử"
            " thách khi xung đột vũ trang giữa Thái Lan và Campuchia bùng phát ngày 24/7/2025. Thủ tướng An-oa"
            " I-bra-him đã đứng ra làm trung gian, và chỉ bốn ngày sau, hai bên nhất trí ngừng bắn tại"
            " Pu-tra-gia-y-a (Lê Thu Trang, 2025).",
        ),
        ("heading", "3. Quan hệ Việt Nam – Ma-lai-xi-a", 1),
        (
            "paragraph",
            "Việt Nam và Ma-lai-xi-a thiết lập quan hệ ngoại giao ngày 30/3/1973 và trở thành đối tác chiến lược"
            " từ tháng 8/2015. Nhân chuyến thăm chính thức Ma-lai-xi-a của Tổng Bí thư Tô Lâm từ ngày 21 đến"
            " 23/11/2024, hai nước nâng quan hệ lên Đối tác chiến lược toàn diện. Theo một học giả Ma-lai-xi-a,"
            " hai bên “đã đi từ những người láng giềng thân thiện đến những đối tác tin cậy” (Nor Azizah Hashim,"
            " 2025, tr. 17). Trong năm Chủ tịch của bạn, Việt Nam đã tích cực ủng hộ các ưu tiên của Ma-lai-xi-a;"
            " thời gian tới, hai nước cần tiếp tục trao đổi thẳng thắn về vấn đề ngư dân và hợp tác trên biển.",
        ),
    ],
}

UQB_EMBASSY = {
    "id": "uqb",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "ĐẠI SỨ QUÁN VIỆT NAM TẠI MA-LAI-XI-A",
        "Số: 412/BC-ĐSQ",
        "Cu-a-la Lăm-pơ, ngày 18 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Tổng kết công tác năm 2024 và phương hướng, nhiệm vụ năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết công tác năm 2024 và phương hướng, nhiệm vụ năm 2025"),
        ("heading", "I. KẾT QUẢ CÔNG TÁC NĂM 2024", 1),
        (
            "list_item",
            "1. Phối hợp chặt chẽ với các cơ quan trong nước và phía bạn phục vụ thành công chuyến thăm chính"
            " thức Ma-lai-xi-a của Tổng Bí thư Tô Lâm từ ngày 21 đến 23/11/2024. Trong chuyến thăm, hai nước đã"
            " nâng cấp quan hệ lên Đối tác chiến lược toàn diện và trao đổi nhiều văn kiện hợp tác.",
        ),
        (
            "list_item",
            "2. Tháng 9/2024, Đại sứ quán phối hợp với Cục Xúc tiến thương mại tổ chức khu gian hàng Việt Nam tại"
            " Triển lãm Halal quốc tế Ma-lai-xi-a (MIHAS) với 25 doanh nghiệp tham gia.",
        ),
        (
            "list_item",
            "3. Làm việc với Cơ quan Thực thi pháp luật hàng hải Ma-lai-xi-a (MMEA) và chính quyền các bang"
            " Tê-ren-ga-nu, Pa-hang, đưa về nước an toàn 86 ngư dân Việt Nam bị bắt giữ do vi phạm vùng biển của"
            " bạn; hiện còn 14 ngư dân đang chờ xét xử.",
        ),
        (
            "list_item",
            "4. Tháng 6/2024, đón đoàn Ủy ban nhân dân tỉnh Bà Rịa – Vũng Tàu sang xúc tiến đầu tư tại bang"
            " Sê-lăng-go; hai bên đã ký Biên bản ghi nhớ hợp tác phát triển cảng biển và dịch vụ logistics.",
        ),
        (
            "list_item",
            "5. Đề xuất mở Tổng Lãnh sự quán Việt Nam tại Cô-ta Ki-na-ba-lu (bang Xa-bah) chưa được phía bạn chấp"
            " thuận; tháng trước, Đại sứ quán đã trao đổi lại vấn đề này với Bộ Ngoại giao Ma-lai-xi-a.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Phối hợp với phía bạn trong năm Ma-lai-xi-a đảm nhiệm cương vị Chủ tịch ASEAN; phục vụ các đoàn"
            " cấp cao Việt Nam dự Hội nghị cấp cao ASEAN lần thứ 46 và 47 tại Cu-a-la Lăm-pơ.",
        ),
        (
            "list_item",
            "2. Tham mưu xây dựng Chương trình hành động triển khai quan hệ Đối tác chiến lược toàn diện; thúc đẩy"
            " ký Bản ghi nhớ về hợp tác phát triển ngành Halal trong sáu tháng đầu năm.",
        ),
        (
            "list_item",
            "3. Tiếp tục đề nghị phía bạn sớm trả tự do cho số ngư dân còn bị tạm giữ.",
        ),
    ],
}

UQC_CEASEFIRE = {
    "id": "uqc",
    "shape": "news",
    "date": "2025-07-29",
    "stamp": "Thứ Ba, 29/07/2025 - 06:30",
    "blocks": [
        ("title", "Thái Lan và Campuchia nhất trí ngừng bắn ngay lập tức và vô điều kiện"),
        (
            "paragraph",
            "Putrajaya (TTXVN) – Chiều 28/7, tại cuộc gặp đặc biệt ở Putrajaya do Thủ tướng Malaysia, đồng thời"
            " là Chủ tịch ASEAN năm 2025 Anwar Ibrahim chủ trì, Thủ tướng Campuchia Hun Manet và Quyền Thủ tướng"
            " Thái Lan Phumtham Wechayachai đã nhất trí ngừng bắn ngay lập tức và vô điều kiện, có hiệu lực từ 24"
            " giờ cùng ngày.",
        ),
        (
            "paragraph",
            "Phát biểu tại cuộc họp báo chung sau đó, Thủ tướng Anwar nhấn mạnh đây là “bước đi đầu tiên quan"
            " trọng hướng tới giảm leo thang, khôi phục hòa bình và an ninh”.",
        ),
        ("heading", "Năm ngày giao tranh", 1),
        (
            "paragraph",
            "Xung đột bùng phát từ sáng 24/7 tại nhiều điểm dọc biên giới, khiến ít nhất 35 người thiệt mạng và"
            " hơn 270.000 người ở cả hai phía phải sơ tán. Thái Lan đã điều máy bay chiến đấu F-16 không kích các"
            " mục tiêu quân sự của Campuchia, trong khi phía Campuchia nã pháo phản lực vào lãnh thổ Thái Lan."
            " Ngày 25/7, Hội đồng Bảo an Liên hợp quốc đã họp khẩn về tình hình theo đề nghị của Campuchia. Cuối"
            " tuần qua, Tổng thống Mỹ Donald Trump điện đàm với lãnh đạo hai nước và cảnh báo sẽ không đạt thỏa"
            " thuận thương mại với bên nào nếu giao tranh còn tiếp diễn.",
        ),
        ("heading", "Các bước tiếp theo", 1),
        (
            "paragraph",
            "Theo thỏa thuận, chỉ huy quân đội hai bên sẽ gặp trực tiếp lúc 7 giờ sáng 29/7, tiếp đó Ủy ban Biên"
            " giới chung (GBC) sẽ họp ngày 4/8 do Campuchia đăng cai. Với tư cách Chủ tịch ASEAN, Malaysia sẵn"
            " sàng điều phối một nhóm quan sát viên để xác minh việc thực thi lệnh ngừng bắn.",
        ),
        (
            "paragraph",
            "Tranh chấp giữa hai nước xoay quanh một số ngôi đền cổ trên đường biên giới chưa được phân định. Hồi"
            " tháng 6, Campuchia đã đề nghị Tòa án Công lý quốc tế (ICJ) giải quyết vụ việc, song Thái Lan không"
            " công nhận thẩm quyền của Tòa. Năm 1962, ICJ từng ra phán quyết đền Preah Vihear thuộc chủ quyền"
            " Campuchia.",
        ),
    ],
}

UQD_PLAN = {
    "id": "uqd",
    "shape": "plan",
    "head": [
        f"{'BỘ KHOA HỌC VÀ CÔNG NGHỆ':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 35/KH-BKHCN':<40}Hà Nội, ngày 20 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với Ma-lai-xi-a về tiêu chuẩn, đo lường, chất lượng",
        "và chứng nhận Halal năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác với Ma-lai-xi-a về tiêu chuẩn, đo lường, chất lượng và chứng nhận Halal năm 2026",
        ),
        (
            "paragraph",
            "Triển khai quan hệ Đối tác chiến lược toàn diện Việt Nam – Ma-lai-xi-a được hai nước xác lập tháng"
            " 11/2024, Bộ Khoa học và Công nghệ xây dựng Kế hoạch hợp tác với Ma-lai-xi-a về tiêu chuẩn, đo lường,"
            " chất lượng và chứng nhận Halal năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Ma-lai-xi-a là một trong những trung tâm Halal hàng đầu thế giới; chứng nhận Halal do Cục Phát triển"
            " Hồi giáo Ma-lai-xi-a (JAKIM) cấp được nhiều thị trường thừa nhận. Năm ngoái, Bộ đã cử chuyên gia dự"
            " Triển lãm Halal quốc tế Ma-lai-xi-a (MIHAS) và tiếp đoàn Cục Tiêu chuẩn Ma-lai-xi-a sang trao đổi"
            " kinh nghiệm, song hai bên chưa ký được văn bản thừa nhận lẫn nhau về chứng nhận Halal.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Trong quý I, Lãnh đạo Bộ dẫn đoàn sang Cu-a-la Lăm-pơ làm việc với JAKIM và Cục Tiêu chuẩn"
            " Ma-lai-xi-a, thống nhất lộ trình thừa nhận lẫn nhau kết quả chứng nhận.",
        ),
        (
            "list_item",
            "2. Chủ trì, phối hợp với Bộ Ngoại giao đàm phán với phía Ma-lai-xi-a Bản ghi nhớ về hợp tác trong"
            " lĩnh vực chứng nhận Halal, phấn đấu ký kết vào tháng 8.",
        ),
        (
            "list_item",
            "3. Đề nghị phía bạn hỗ trợ đào tạo 30 chuyên gia đánh giá Halal cho Trung tâm Chứng nhận Halal quốc"
            " gia.",
        ),
        (
            "list_item",
            "4. Phối hợp với In-đô-nê-xi-a và Bru-nây tổ chức hội thảo về hài hòa tiêu chuẩn Halal trong ASEAN,"
            " bên lề các hội nghị do Phi-líp-pin chủ trì trong năm Chủ tịch ASEAN 2026.",
        ),
        (
            "list_item",
            "5. Không cử đoàn tham dự MIHAS 2026; việc giới thiệu sản phẩm Halal của doanh nghiệp Việt Nam tại"
            " triển lãm do Bộ Công Thương chủ trì.",
        ),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế là đơn vị đầu mối theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch này.",
        ),
    ],
}

UQE_FPDA = {
    "id": "uqe",
    "shape": "entry",
    "blocks": [
        ("title", "Thỏa thuận Phòng thủ Năm nước"),
        (
            "paragraph",
            "Thỏa thuận Phòng thủ Năm nước (FPDA) là cơ chế tham vấn quốc phòng giữa Anh, Ô-xtrây-li-a, Niu"
            " Di-lân, Ma-lai-xi-a và Xinh-ga-po, có hiệu lực từ ngày 1/11/1971, thay thế Hiệp định Phòng thủ Anh"
            " – Mã Lai ký năm 1957. Theo thỏa thuận, khi Ma-lai-xi-a hoặc Xinh-ga-po bị tấn công vũ trang hay bị đe"
            " dọa tấn công, năm nước sẽ tham vấn ngay với nhau để quyết định biện pháp ứng phó, chứ không có nghĩa"
            " vụ tự động can thiệp quân sự.",
        ),
        ("heading", "Hoàn cảnh ra đời", 1),
        (
            "paragraph",
            "Sau khi Xinh-ga-po tách khỏi Liên bang Ma-lai-xi-a ngày 9/8/1965, tháng 1/1968 Chính phủ Anh thông"
            " báo kế hoạch rút phần lớn lực lượng quân sự khỏi khu vực phía đông kênh đào Xuy-ê. Bộ trưởng các"
            " nước liên quan đã họp tại Luân Đôn ngày 15 – 16/4/1971 và thống nhất khuôn khổ của thỏa thuận mới;"
            " Hệ thống Phòng không tích hợp (IADS) được thành lập ngày 1/9/1971, đặt sở chỉ huy tại căn cứ không"
            " quân Butterworth của Ma-lai-xi-a.",
        ),
        ("heading", "Hoạt động", 1),
        (
            "paragraph",
            "Các nước thành viên thường xuyên tổ chức diễn tập chung, tiêu biểu là các cuộc diễn tập Bersama"
            " Shield và Bersama Lima. Năm 2021, năm nước kỷ niệm 50 năm thành lập FPDA. Thỏa thuận không có ban"
            " thư ký thường trực; bộ trưởng quốc phòng các nước gặp nhau định kỳ để rà soát hợp tác.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam không tham gia FPDA, song có quan hệ đối tác chiến lược hoặc đối tác chiến lược toàn diện"
            " với cả năm nước thành viên; tháng 3/2024, Việt Nam và Ô-xtrây-li-a nâng quan hệ lên Đối tác chiến"
            " lược toàn diện.",
        ),
    ],
}

DOCS = [UQA_CHAIR, UQB_EMBASSY, UQC_CEASEFIRE, UQD_PLAN, UQE_FPDA]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on top of every page, front matter by
    heldout_kit.front_matter_lines (title at 50 columns, labels at 72), body at 72 columns with a blank
    line after headings; after ``break_after`` body lines (mid-sentence) the page number centred between
    dashes ("– 23 –"), a form feed and the running header; the last page ends with its number."""
    return headed_journal(doc, title=50, label=72, body=72, page_label="– {} –", align="^")


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 70 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 70, ["ĐẠI SỨ", "(Đã ký và đóng dấu)"])


def render_news(doc: dict) -> str:
    """A news page: <title>, <meta property="article:published_time">, a nav menu, <article>, <h1>, a date
    line, the lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list,
    footer."""
    return news_page(
        doc,
        "Thế giới",
        "06:30",
        [("/the-gioi", "Thế giới"), ("/the-gioi/asean", "ASEAN")],
        [
            ("/tag/thai-lan", "Thái Lan"),
            ("/tag/campuchia", "Campuchia"),
            ("/tag/ngung-ban", "ngừng bắn"),
        ],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        76,
        [
            "Nơi nhận:",
            "- Bộ Ngoại giao;",
            "- Bộ Công Thương;",
            "- Lưu: VT, HTQT.",
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
        prefix="uq",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
