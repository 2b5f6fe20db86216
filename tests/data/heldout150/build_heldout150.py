"""Build the hundred-and-fiftieth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout150/build_heldout150.py [--check]

Five short documents on topics the earlier sets do not use (Zimbabwe from independence to its attempts at
re-engagement, the Vietnam Union of Friendship Organisations' Africa – Middle East department in 2024,
Robert Mugabe's resignation of 21/11/2017, a (fictitious) Ministry of Industry and Trade plan for trade with
Zimbabwe and southern Africa in 2026, an encyclopedia entry on the Common Market for Eastern
and Southern Africa). Nothing in src/ was
changed for them. Facts are well-established; authors, journal, page numbers, document numbers, the report's
items and all quoted words are invented, the ministry plan (number, date, tasks) is fictitious. Events,
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
    official_text,
    word_text,
)

MQA_ZIMBABWE = {
    "id": "mqa",
    "shape": "journal",
    "header": "TẠP CHÍ CHÂU PHI VÀ TRUNG ĐÔNG – Số 3 (2024)",
    "first_page": 39,
    "break_after": 10,
    "blocks": [
        ("title", "ZIMBABWE: TỪ ĐỘC LẬP ĐẾN NỖ LỰC TÁI HỘI NHẬP QUỐC TẾ"),
        ("author", "Hoàng Thị Minh Nguyệt"),
        ("affiliation", "Viện Nghiên cứu Châu Phi và Trung Đông"),
        (
            "abstract",
            "Bài viết khái quát chặng đường đối ngoại của Zimbabwe từ năm 1980.",
            "vi",
        ),
        ("keywords", "Zimbabwe; Phong trào Không liên kết; Khối Thịnh vượng chung; SADC", "vi"),
        ("heading", "1. Những bước đi đầu tiên", 1),
        (
            "paragraph",
            "Theo Hiệp định Lancaster House ký tại Luân Đôn ngày 21/12/1979, Zimbabwe giành độc lập ngày 18/4/1980 và được kết nạp vào Liên hợp quốc ngày 25/8/1980. Cùng năm, nước này tham gia sáng lập Hội nghị Điều phối Phát triển miền Nam châu Phi (SADCC), tiền thân của SADC. Tháng 9/1986, Harare đăng cai Hội nghị thượng đỉnh lần thứ tám của Phong trào Không liên kết, và Thủ tướng Robert Mugabe đảm nhiệm cương vị Chủ tịch Phong trào cho đến năm 1989 (Nguyễn Thị Thu Hằng, 2019, tr. 44).",
        ),
        ("heading", "2. Can dự khu vực và cô lập", 1),
        (
            "paragraph",
            "Tháng 8/1998, Zimbabwe cùng Ăng-gô-la và Na-mi-bi-a đưa quân sang Cộng hòa Dân chủ Công-gô để hỗ trợ chính quyền Tổng thống Laurent-Désiré Kabila. Năm 2002, Liên minh châu Âu áp đặt lệnh trừng phạt đối với Harare; sau cuộc bầu cử tổng thống gây tranh cãi tháng 3 năm đó, Khối Thịnh vượng chung đình chỉ tư cách thành viên của nước này. Ngày 7/12/2003, ông Mugabe tuyên bố rút Zimbabwe khỏi tổ chức (Đặng Văn Quân, 2021).",
        ),
        ("heading", "3. Tái hội nhập và quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Lên cầm quyền tháng 11/2017, Tổng thống Emmerson Mnangagwa chủ trương “là bạn với tất cả, không là kẻ thù của ai” (Lưu Minh Tuấn, 2023, tr. 130). Năm 2018, Harare nộp đơn xin trở lại Khối Thịnh vượng chung nhưng đến nay vẫn chưa được kết nạp. Tháng 3/2024, Hoa Kỳ chấm dứt chương trình trừng phạt Zimbabwe kéo dài hơn hai thập kỷ. Việt Nam là một trong những nước sớm thiết lập quan hệ ngoại giao với Zimbabwe. Ta cần sớm ký với Zimbabwe một hiệp định khung về hợp tác nông nghiệp và khai khoáng.",
        ),
    ],
}

MQB_VUFO = {
    "id": "mqb",
    "shape": "word",
    "head": [
        "LIÊN HIỆP CÁC TỔ CHỨC HỮU NGHỊ VIỆT NAM",
        "BAN CHÂU PHI – TRUNG ĐÔNG",
        "Số: 46/BC-CPTĐ",
        "Hà Nội, ngày 18 tháng 12 năm 2024",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Công tác đối ngoại nhân dân với các nước châu Phi và Trung Đông năm 2024, phương hướng năm 2025",
    ],
    "blocks": [
        (
            "title",
            "BÁO CÁO Công tác đối ngoại nhân dân với các nước châu Phi và Trung Đông năm 2024, phương hướng năm 2025",
        ),
        ("heading", "I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "list_item",
            "1. Từ ngày 10 đến ngày 16/6/2024, đoàn đại biểu Liên hiệp do một Phó Chủ tịch dẫn đầu đã thăm Zimbabwe và Mô-dăm-bích. Tại Harare, đoàn làm việc với Hội Hữu nghị Zimbabwe – Việt Nam; hai bên ký Biên bản ghi nhớ hợp tác giai đoạn 2024 – 2026.",
        ),
        (
            "list_item",
            "2. Hưởng ứng lời kêu gọi của Liên hợp quốc sau đợt hạn hán nghiêm trọng ở miền Nam châu Phi, Ban đã vận động được 30.000 USD hỗ trợ trẻ em tỉnh Masvingo (Zimbabwe).",
        ),
        (
            "list_item",
            "3. Tháng 10, Ban phối hợp tổ chức mít tinh đoàn kết với nhân dân Palestine, kêu gọi ngừng bắn ngay lập tức ở Dải Gaza.",
        ),
        (
            "list_item",
            "4. Tháng trước, đoàn Hội Hữu nghị An-giê-ri – Việt Nam sang thăm và làm việc tại Liên hiệp.",
        ),
        (
            "list_item",
            "5. Chương trình học bổng cho sinh viên Zimbabwe do một doanh nghiệp Việt Nam cam kết tài trợ vẫn chưa được triển khai.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 3 năm sau, đón đoàn Hội Hữu nghị Zimbabwe – Việt Nam sang thăm và trao đổi kinh nghiệm.",
        ),
        (
            "list_item",
            "2. Phối hợp với Đại sứ quán Việt Nam tại Nam Phi tổ chức tọa đàm về hợp tác nông nghiệp với các nước miền Nam châu Phi.",
        ),
        (
            "list_item",
            "3. Tiếp tục vận động hỗ trợ trẻ em Zimbabwe và Mô-dăm-bích bị ảnh hưởng bởi hạn hán.",
        ),
    ],
}

MQC_MUGABE = {
    "id": "mqc",
    "shape": "news",
    "date": "2017-11-22",
    "stamp": "Thứ Tư, 22/11/2017 - 06:40",
    "blocks": [
        ("title", "Tổng thống Zimbabwe Robert Mugabe từ chức sau 37 năm cầm quyền"),
        (
            "paragraph",
            "Harare (TTXVN) – Ngày 21/11 (giờ địa phương), Chủ tịch Quốc hội Zimbabwe Jacob Mudenda đã đọc bức thư từ chức của Tổng thống Robert Mugabe, 93 tuổi, ngay giữa phiên họp chung của hai viện bàn về thủ tục luận tội ông.",
        ),
        ("heading", "Một tuần biến động", 1),
        (
            "paragraph",
            "Ông Mugabe lãnh đạo đất nước từ khi Zimbabwe giành độc lập năm 1980. Quân đội nắm quyền kiểm soát thủ đô từ ngày 15/11, chỉ hơn một tuần sau khi ông cách chức Phó Tổng thống Emmerson Mnangagwa. Chủ tịch luân phiên Liên minh châu Phi (AU), Tổng thống Guinea Alpha Condé, khi đó cho rằng sự việc “có vẻ như một cuộc đảo chính” và yêu cầu khôi phục trật tự hiến pháp.",
        ),
        (
            "paragraph",
            "Ngày 16/11, Tổng thống Nam Phi Jacob Zuma, với tư cách Chủ tịch Cộng đồng Phát triển Nam Phi (SADC), đã cử hai bộ trưởng tới Harare gặp ông Mugabe và giới chỉ huy quân đội. Các nước SADC cũng họp khẩn cấp tại Gaborone (Botswana), nơi đặt trụ sở Ban Thư ký của tổ chức.",
        ),
        ("heading", "Phản ứng quốc tế", 1),
        (
            "paragraph",
            "Thủ tướng Anh Theresa May cho rằng việc ông Mugabe từ chức mở ra “cơ hội để Zimbabwe đi theo một con đường mới”. Nước này đã rời Khối Thịnh vượng chung năm 2003 và đến nay vẫn chịu một số lệnh trừng phạt của Liên minh châu Âu và Hoa Kỳ.",
        ),
        (
            "paragraph",
            "Ông Mnangagwa, hiện ở Nam Phi, dự kiến tuyên thệ nhậm chức Tổng thống trong vài ngày tới.",
        ),
    ],
}

MQD_PLAN = {
    "id": "mqd",
    "shape": "plan",
    "head": [
        f"{'BỘ CÔNG THƯƠNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 35/KH-BCT':<40}Hà Nội, ngày 15 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Thúc đẩy thương mại với Zimbabwe và các nước",
        "miền Nam châu Phi năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Thúc đẩy thương mại với Zimbabwe và các nước miền Nam châu Phi năm 2026"),
        (
            "paragraph",
            "Nhằm tận dụng cơ hội khi Hoa Kỳ chấm dứt chương trình trừng phạt Zimbabwe từ tháng 3/2024 và Hiệp định thành lập Khu vực thương mại tự do lục địa châu Phi (AfCFTA) đã có hiệu lực từ ngày 30/5/2019, Bộ Công Thương xây dựng Kế hoạch như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Zimbabwe là thành viên của Cộng đồng Phát triển Nam Phi (SADC) và Thị trường chung Đông và Nam Phi (COMESA), có nhu cầu lớn về gạo, phân bón và máy nông nghiệp. Năm ngoái, hai bên đã trao đổi đoàn doanh nghiệp, song chưa ký văn bản nào về hợp tác thương mại; kim ngạch song phương còn rất nhỏ.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 4 năm nay, tổ chức đoàn doanh nghiệp tham dự Hội chợ Thương mại quốc tế Zimbabwe (ZITF) tại Bulawayo.",
        ),
        (
            "list_item",
            "2. Chủ trì, phối hợp với Bộ Ngoại giao đàm phán Bản ghi nhớ về hợp tác thương mại với Bộ Công nghiệp và Thương mại Zimbabwe, phấn đấu ký trong quý III.",
        ),
        (
            "list_item",
            "3. Đề nghị phía Zimbabwe hỗ trợ khảo sát thị trường để doanh nghiệp Việt Nam đầu tư nhà máy xay xát gạo tại Harare.",
        ),
        (
            "list_item",
            "4. Không tổ chức hội nghị xúc tiến thương mại riêng tại Lusaka (Zambia) trong năm 2026; lồng ghép nội dung này vào hoạt động tại Bulawayo.",
        ),
        ("paragraph", "Cục Xúc tiến thương mại là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch này."),
    ],
}

MQE_COMESA = {
    "id": "mqe",
    "shape": "entry",
    "blocks": [
        ("title", "Thị trường chung Đông và Nam Phi"),
        (
            "paragraph",
            "Thị trường chung Đông và Nam Phi (COMESA) là tổ chức hội nhập kinh tế khu vực lớn ở châu Phi, kế thừa Khu vực Thương mại ưu đãi (PTA) được lập năm 1981. Hiệp ước thành lập COMESA được ký tại Kampala (U-gan-đa) ngày 5/11/1993 và được phê chuẩn tại Lilongwe (Ma-la-uy) ngày 8/12/1994. Ban Thư ký của tổ chức đặt tại Lusaka (Zambia). Cơ quan quyết định cao nhất là Hội nghị các nguyên thủ quốc gia và người đứng đầu chính phủ các nước thành viên.",
        ),
        ("heading", "Thành viên", 1),
        (
            "paragraph",
            "Tổ chức hiện có 21 nước thành viên, trải dài từ Tuy-ni-di, Ai Cập đến E-xoa-ti-ni. Một số nước đã rời khối để tập trung vào SADC: Lesotho và Mô-dăm-bích năm 1997, Tan-da-ni-a năm 2000, Na-mi-bi-a năm 2004 và Ăng-gô-la năm 2007. Năm 2018, Tuy-ni-di và Xô-ma-li được kết nạp.",
        ),
        ("heading", "Hội nhập kinh tế", 1),
        (
            "paragraph",
            "Khu vực thương mại tự do của COMESA ra đời ngày 31/10/2000 với chín nước tham gia đầu tiên, trong đó có Zimbabwe. Liên minh thuế quan được khởi động tại hội nghị thượng đỉnh ở Victoria Falls (Zimbabwe) tháng 6/2009. Ngày 10/6/2015, tại Sharm el-Sheikh (Ai Cập), COMESA cùng Cộng đồng Đông Phi (EAC) và SADC ký hiệp định thành lập Khu vực thương mại tự do ba bên.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam chưa có cơ chế đối thoại chính thức với COMESA, song có quan hệ thương mại với phần lớn các nước thành viên, trong đó Ai Cập và Kê-ni-a là những thị trường quan trọng.",
        ),
    ],
}

DOCS = [MQA_ZIMBABWE, MQB_VUFO, MQC_MUGABE, MQD_PLAN, MQE_COMESA]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 76 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 76, ["TRƯỞNG BAN", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu, <article>, <h1>, a date line, the
    lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list, footer."""
    return news_page(
        doc,
        "Thế giới",
        "06:40",
        [("/the-gioi", "Thế giới"), ("/chau-phi", "Châu Phi")],
        [("/tag/zimbabwe", "Zimbabwe"), ("/tag/mugabe", "Robert Mugabe")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    tail = [
        f"{'Nơi nhận:':<48}KT. BỘ TRƯỞNG",
        f"{'- Bộ Ngoại giao (để phối hợp);':<48}THỨ TRƯỞNG",
        f"{'- Lưu: VT, XTTM.':<51}(đã ký)",
    ]
    return official_text(doc, 76, tail)


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
        prefix="mq",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
