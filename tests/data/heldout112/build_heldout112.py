"""Build the hundred-and-twelfth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout112/build_heldout112.py [--check]

Five short documents on Moldova and its neighbourhood, on topics the earlier sets do not use (Moldova's
foreign policy from the CIS to the EU accession talks and its relations with Vietnam; the Vietnamese
embassy in Romania, also accredited to Moldova, report on the first half of 2025; the second summit of
the European Political Community at Bulboaca, 1/6/2023; a (fictitious) Ministry of Agriculture and
Environment plan for agricultural cooperation with Moldova in 2026; an encyclopedia entry on GUAM).
Nothing in src/ was changed for them. Facts are well-established; authors, journal, page numbers,
document numbers, the report's and the plan's local items and all quoted words are invented. Events,
citations and questions gold are written by hand; ``--check`` verifies that every gold evidence, quote
and citation occurs in the documents.
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

TXA_MOLDOVA = {
    "id": "txa",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU ĐÔNG ÂU VÀ BALKAN – Số 3 (2025)",
    "first_page": 47,
    "break_after": 7,
    "blocks": [
        ("title", "MOLDOVA GIỮA HAI DÒNG CHẢY: TỪ SNG ĐẾN NGƯỠNG CỬA LIÊN MINH CHÂU ÂU"),
        ("author", "Đặng Quốc Việt"),
        (
            "affiliation",
            "Khoa Quốc tế học, Trường Đại học Khoa học Xã hội và Nhân văn, Đại học Quốc gia Hà Nội",
        ),
        (
            "abstract",
            "Bài viết điểm lại các mốc chính trong chính sách đối ngoại của Moldova từ năm 1991 và nêu một số"
            " gợi ý nhằm làm sâu sắc hơn quan hệ Việt Nam – Moldova.",
            "vi",
        ),
        ("keywords", "Moldova; SNG; Transnistria; Liên minh châu Âu; quan hệ Việt Nam – Moldova", "vi"),
        ("heading", "1. Những năm đầu độc lập", 1),
        (
            "paragraph",
            "Sau khi tuyên bố độc lập ngày 27/8/1991, Moldova là một trong 11 nước cộng hòa thuộc Liên Xô cũ"
            " tham gia thành lập Cộng đồng các quốc gia độc lập (SNG) tại Alma-Ata ngày 21/12/1991, dù phải đến"
            " năm 1994 Quốc hội nước này mới phê chuẩn việc gia nhập. Ngày 2/3/1992, Moldova được kết nạp vào"
            " Liên hợp quốc. Cũng trong năm đó, xung đột vũ trang bùng phát giữa chính quyền Chisinau và lực"
            " lượng ly khai ở vùng Transnistria, bên tả ngạn sông Dniester, với sự can dự của Tập đoàn quân số 14"
            " của Nga. Ngày 21/7/1992, Tổng thống Mircea Snegur và Tổng thống Nga Boris Yeltsin ký tại"
            " Mát-xcơ-va hiệp định ngừng bắn, chấm dứt giao tranh nhưng để lại một cuộc xung đột chưa được giải"
            " quyết cho tới nay (Nguyễn Quang Huy, 2019, tr. 44).",
        ),
        ("heading", "2. Lựa chọn châu Âu", 1),
        (
            "paragraph",
            "Hội nhập châu Âu sớm trở thành ưu tiên hàng đầu trong chính sách đối ngoại của Chisinau. Hiệp định"
            " Liên kết giữa Moldova và Liên minh châu Âu (EU) được ký tại Brúc-xen ngày 27/6/2014. Bước ngoặt đến sau khi Nga mở chiến dịch quân sự tại"
            " Ukraine cuối tháng 2/2022: ngày 3/3/2022, Chisinau nộp đơn xin gia nhập EU, và chưa đầy bốn tháng"
            " sau, ngày 23/6/2022, Hội đồng châu Âu đã trao quy chế nước ứng cử viên cho Moldova cùng Ukraine. Đó"
            " là điều mà “ba mươi năm trước ít ai ở Chisinau dám nghĩ tới” (Lê Thị Mai Anh, 2023, tr. 18). Ngày"
            " 25/6/2024, EU chính thức mở đàm phán gia nhập với hai nước tại Lúc-xăm-bua.",
        ),
        ("heading", "3. Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam và Moldova thiết lập quan hệ ngoại giao ngay sau khi Liên Xô tan rã; Đại sứ quán Việt Nam"
            " tại Ru-ma-ni kiêm nhiệm Moldova. Dù vậy, trao đổi thương mại giữa hai nước còn rất khiêm tốn, trong"
            " khi tiềm năng hợp tác về chế biến hoa quả và rượu vang hầu như còn bỏ ngỏ (Phạm Thu Trang, 2021)."
            " Moldova không phải là thành viên Liên minh Kinh tế Á – Âu (EAEU) nên không được hưởng ưu đãi của"
            " Hiệp định thương mại tự do mà Việt Nam ký với liên minh này năm 2015. Trước mắt, hai bên nên sớm ký"
            " một bản ghi nhớ về hợp tác nông nghiệp, tạo khuôn khổ để doanh nghiệp hai nước tìm hiểu thị trường"
            " của nhau.",
        ),
    ],
}

TXB_EMBASSY = {
    "id": "txb",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "ĐẠI SỨ QUÁN VIỆT NAM TẠI RU-MA-NI",
        "Số: 41/BC-ĐSQ",
        "Bucharest, ngày 24 tháng 6 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả công tác 6 tháng đầu năm 2025 tại Ru-ma-ni và Moldova; nhiệm vụ 6 tháng cuối năm",
    ],
    "blocks": [
        (
            "title",
            "BÁO CÁO Kết quả công tác 6 tháng đầu năm 2025 tại Ru-ma-ni và Moldova; nhiệm vụ 6 tháng cuối năm",
        ),
        ("heading", "I. KẾT QUẢ CÔNG TÁC 6 THÁNG ĐẦU NĂM", 1),
        (
            "list_item",
            "1. Đầu tháng 2, nhân kỷ niệm 75 năm thiết lập quan hệ ngoại giao Việt Nam – Ru-ma-ni (3/2/1950 –"
            " 3/2/2025), Đại sứ quán phối hợp với Bộ Ngoại giao nước sở tại tổ chức tiệc chiêu đãi và triển lãm"
            " ảnh tư liệu tại Bucharest.",
        ),
        (
            "list_item",
            "2. Ngày 18/3, Đại sứ trình Quốc thư lên Tổng thống Moldova tại Chisinau; nhân dịp này, hai bên"
            " nhất trí sớm tổ chức phiên tham khảo chính trị giữa hai Bộ Ngoại giao.",
        ),
        (
            "list_item",
            "3. Phối hợp với Thanh tra lao động Ru-ma-ni xử lý 26 trường hợp lao động Việt Nam bị chủ sử dụng vi"
            " phạm hợp đồng; đến nay đã có 19 người được chuyển sang làm việc cho chủ mới.",
        ),
        (
            "list_item",
            "4. Tháng 4, đón đoàn doanh nghiệp tỉnh Đồng Tháp sang khảo sát thị trường và tham dự hội chợ thực"
            " phẩm tại Bucharest; hai doanh nghiệp đã ký hợp đồng xuất khẩu gạo thơm.",
        ),
        (
            "list_item",
            "5. Kỳ họp Ủy ban hỗn hợp về hợp tác kinh tế Việt Nam – Ru-ma-ni dự kiến trong quý II chưa tổ chức"
            " được do phía bạn bận tổ chức bầu cử tổng thống.",
        ),
        ("heading", "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM", 1),
        (
            "list_item",
            "1. Phối hợp với Bộ Nông nghiệp và Môi trường chuẩn bị chuyến thăm Moldova của đoàn Thứ trưởng vào"
            " tháng 9; thúc đẩy ký Bản ghi nhớ hợp tác nông nghiệp giữa hai Bộ.",
        ),
        (
            "list_item",
            "2. Vận động Ru-ma-ni và Moldova ủng hộ Việt Nam ứng cử thành viên Hội đồng Nhân quyền Liên hợp quốc"
            " nhiệm kỳ 2026 – 2028.",
        ),
        (
            "list_item",
            "3. Đề nghị phía Ru-ma-ni rút ngắn thời gian xét cấp giấy phép lao động và thị thực cho công dân Việt"
            " Nam.",
        ),
        (
            "list_item",
            "4. Hướng dẫn cộng đồng người Việt tổ chức các hoạt động kỷ niệm 80 năm Quốc khánh 2/9.",
        ),
    ],
}

TXC_EPC = {
    "id": "txc",
    "shape": "news",
    "date": "2023-06-01",
    "stamp": "Thứ Năm, 01/06/2023 - 21:30",
    "blocks": [
        ("title", "Moldova đăng cai Hội nghị thượng đỉnh Cộng đồng Chính trị châu Âu"),
        (
            "paragraph",
            "Chisinau (TTXVN) – Ngày 1/6, gần 50 nhà lãnh đạo châu Âu đã có mặt tại lâu đài Mimi ở làng"
            " Bulboaca để dự Hội nghị thượng đỉnh lần thứ hai của Cộng đồng Chính trị châu Âu (EPC) do Moldova"
            " đăng cai.",
        ),
        ("heading", "Thông điệp ủng hộ Chisinau", 1),
        (
            "paragraph",
            "Phát biểu khai mạc, Tổng thống Moldova Maia Sandu cho rằng việc hội nghị được tổ chức tại đây là lời"
            " khẳng định tương lai của đất nước bà gắn với châu Âu. Tháng 6 năm ngoái, Moldova cùng Ukraine đã"
            " được EU trao quy chế nước ứng cử viên. Hồi tháng 4, Hội đồng EU cũng quyết định lập Phái bộ đối tác"
            " (EUPM Moldova) nhằm giúp nước này nâng cao năng lực ứng phó với các mối đe dọa an ninh.",
        ),
        ("heading", "Ukraine và Nam Kavkaz", 1),
        (
            "paragraph",
            "Tổng thống Ukraine Volodymyr Zelensky trực tiếp tham dự hội nghị và kêu gọi NATO đưa ra quyết định"
            " rõ ràng về tư cách thành viên của Ukraine tại Hội nghị thượng đỉnh Vilnius vào tháng 7 tới. Bên lề"
            " hội nghị, Chủ tịch Hội đồng châu Âu Charles Michel, Tổng thống Pháp Emmanuel Macron và Thủ tướng Đức"
            " Olaf Scholz đã gặp Tổng thống A-déc-bai-gian Ilham Aliyev và Thủ tướng Ác-mê-ni-a Nikol Pashinyan"
            " nhằm thúc đẩy tiến trình bình thường hóa quan hệ giữa hai nước.",
        ),
        (
            "paragraph",
            "Nga và Bê-la-rút không được mời tham dự. Hội nghị đầu tiên của EPC đã diễn ra tại Praha (Séc) hồi"
            " tháng 10 năm ngoái; hội nghị tiếp theo sẽ được tổ chức tại Granada (Tây Ban Nha) vào tháng 10.",
        ),
    ],
}

TXD_PLAN = {
    "id": "txd",
    "shape": "plan",
    "head": [
        f"{'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 38/KH-BNNMT':<40}Hà Nội, ngày 15 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với Cộng hòa Moldova trong lĩnh vực nông nghiệp",
        "và an toàn thực phẩm năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác với Cộng hòa Moldova trong lĩnh vực nông nghiệp và an toàn thực phẩm năm 2026",
        ),
        (
            "paragraph",
            "Nhằm cụ thể hóa kết quả chuyến công tác tại Chisinau của đoàn Thứ trưởng hồi tháng 9 năm ngoái và mở"
            " rộng thị trường cho nông sản Việt Nam ở khu vực Đông Âu, Bộ Nông nghiệp và Môi trường ban hành Kế"
            " hoạch hợp tác với Moldova năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Nông nghiệp giữ vị trí quan trọng trong nền kinh tế Moldova, nhất là trồng nho, sản xuất rượu vang và"
            " các loại quả. Hiệp định Liên kết với EU, có hiệu lực đầy đủ từ ngày 1/7/2016, giúp nông sản Moldova"
            " thâm nhập thị trường châu Âu; từ tháng 6/2024, nước này đã bước vào đàm phán gia nhập EU. Trong"
            " chuyến công tác năm ngoái, hai Bộ đã ký Bản ghi nhớ hợp tác nông nghiệp, song chưa thống nhất được"
            " các điều kiện kiểm dịch đối với quả tươi của Việt Nam.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 5, đón đoàn Bộ Nông nghiệp và Công nghiệp thực phẩm Moldova sang làm việc, khảo sát mô hình"
            " trồng và chế biến trái cây tại Đồng Tháp và Lâm Đồng.",
        ),
        (
            "list_item",
            "2. Hoàn tất đàm phán với phía Moldova về điều kiện kiểm dịch thực vật để xuất khẩu thanh long và xoài"
            " sang thị trường này.",
        ),
        (
            "list_item",
            "3. Phối hợp với Tổ chức Lương thực và Nông nghiệp Liên hợp quốc (FAO) tổ chức hội thảo về nông nghiệp"
            " thích ứng với biến đổi khí hậu, có sự tham gia của chuyên gia Moldova.",
        ),
        (
            "list_item",
            "4. Đề nghị phía Moldova cử chuyên gia sang hướng dẫn kỹ thuật trồng nho và làm rượu vang cho một số"
            " hợp tác xã tại Khánh Hòa.",
        ),
        (
            "list_item",
            "5. Không tổ chức đoàn xúc tiến thương mại nông sản riêng sang Moldova trong năm nay, mà lồng ghép vào"
            " chương trình xúc tiến tại Ru-ma-ni.",
        ),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế là đầu mối, phối hợp với Đại sứ quán Việt Nam tại Ru-ma-ni theo dõi, đôn đốc thực"
            " hiện Kế hoạch này.",
        ),
    ],
}

TXE_GUAM = {
    "id": "txe",
    "shape": "entry",
    "blocks": [
        ("title", "GUAM"),
        (
            "paragraph",
            "Tổ chức vì Dân chủ và Phát triển kinh tế – GUAM là tổ chức khu vực của bốn nước thuộc Liên Xô cũ:"
            " Gru-di-a, Ukraine, A-déc-bai-gian và Moldova; tên gọi ghép từ chữ cái đầu tên các nước thành viên."
            " Ban Thư ký đặt tại Kiev.",
        ),
        ("heading", "Lịch sử", 1),
        (
            "paragraph",
            "GUAM hình thành ngày 10/10/1997 tại Xtrát-xbua (Pháp), khi nguyên thủ bốn nước gặp nhau bên lề hội"
            " nghị thượng đỉnh của Hội đồng châu Âu và ra thông cáo chung về hợp tác. Năm 1999, U-dơ-bê-ki-xtan"
            " gia nhập và nhóm đổi tên thành GUUAM, nhưng nước này đã rút khỏi tổ chức năm 2005. Hiến chương của"
            " nhóm được ký tại Yalta năm 2001; tại hội nghị thượng đỉnh ở Kiev tháng 5/2006, các thành viên thông"
            " qua Điều lệ, chính thức lập tổ chức quốc tế với tên gọi hiện nay.",
        ),
        ("heading", "Hoạt động", 1),
        (
            "paragraph",
            "Hiệp định về khu vực thương mại tự do giữa các nước thành viên được ký năm 2002. Các nước GUAM hợp tác"
            " chủ yếu trong vận tải và năng lượng, nhất là các dự án hành lang nối châu Âu với vùng Kavkaz và Trung"
            " Á. Cả bốn nước đều phải đối mặt với những cuộc xung đột chưa được giải quyết trên lãnh thổ của mình;"
            " sau khi Nga sáp nhập bán đảo Crưm năm 2014, GUAM nhiều lần ra tuyên bố ủng hộ chủ quyền và toàn vẹn"
            " lãnh thổ của Ukraine.",
        ),
        ("heading", "Việt Nam và GUAM", 1),
        (
            "paragraph",
            "Việt Nam chưa có quan hệ chính thức với GUAM với tư cách một tổ chức, nhưng có quan hệ ngoại giao với"
            " cả bốn nước thành viên; quan hệ với Ukraine được thiết lập ngày 23/1/1992 và với A-déc-bai-gian ngày"
            " 23/9/1992.",
        ),
    ],
}

DOCS = [TXA_MOLDOVA, TXB_EMBASSY, TXC_EPC, TXD_PLAN, TXE_GUAM]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 48 columns, labels at 72, body at 70)."""
    return headed_journal(doc, title=48, label=72, body=70)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 74 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 74, ["ĐẠI SỨ", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu, <article>, <h1>, a date line, the
    lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list, footer."""
    return news_page(
        doc,
        "Thế giới",
        "21:30",
        [("/the-gioi", "Thế giới"), ("/chau-au", "Châu Âu")],
        [("/tag/moldova", "Moldova"), ("/tag/epc", "EPC"), ("/tag/eu", "EU")],
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
            "- Đại sứ quán Việt Nam tại Ru-ma-ni;",
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
        prefix="tx",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
