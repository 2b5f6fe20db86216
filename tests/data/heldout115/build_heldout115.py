"""Build the hundred-and-fifteenth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout115/build_heldout115.py [--check]

Five short documents written after the rules were tuned on the seeds and the earlier held-out sets, on
topics those sets do not use as their main topic (the Vietnam – Thailand maritime boundary of 1997 and
fisheries cooperation, the Vietnamese Consulate General in Khon Kaen's report on 2024, the close of the
35th ASEAN Summit in Bangkok on 4/11/2019, a (fictitious) Ministry of Culture, Sports and Tourism plan for
tourism with Thailand in 2026, an encyclopedia entry on the Southeast Asia Treaty Organization). Nothing
in src/ was changed for them. Facts are well-established; authors, journal, page numbers, document
numbers, the consulate's report items and all quoted words are invented, the ministry plan (number, date,
tasks) is fictitious. Events, citations and questions gold are written by hand; ``--check`` verifies
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

SQA_GULF = {
    "id": "sqa",
    "shape": "journal",
    "header": "TẠP CHÍ LUẬT BIỂN VÀ PHÁT TRIỂN – Số 3 (2025)",
    "first_page": 19,
    "break_after": 12,
    "blocks": [
        ("title", "PHÂN ĐỊNH BIỂN VÀ HỢP TÁC NGHỀ CÁ GIỮA VIỆT NAM VÀ THÁI LAN TRONG VỊNH THÁI LAN"),
        ("author", "Tôn Nữ Khánh Linh"),
        ("affiliation", "Khoa Luật quốc tế, Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết phân tích Hiệp định phân định ranh giới trên biển Việt Nam – Thái Lan năm 1997 và những vấn đề đặt ra cho hợp tác nghề cá giữa hai nước.",
            "vi",
        ),
        ("keywords", "vịnh Thái Lan; phân định biển; khai thác IUU; quan hệ Việt Nam – Thái Lan", "vi"),
        ("heading", "1. Hiệp định năm 1997", 1),
        (
            "paragraph",
            "Việt Nam và Thái Lan thiết lập quan hệ ngoại giao ngày 6/8/1976, song phải đến năm 1992 hai bên mới chính thức đàm phán phân định vùng biển chồng lấn rộng khoảng 6.074 km² trong vịnh Thái Lan. Sau chín vòng đàm phán, ngày 9/8/1997, hai nước ký Hiệp định về phân định ranh giới trên biển, theo đó Việt Nam được hưởng khoảng 32,5% diện tích vùng chồng lấn (Châu Văn Khải, 2008, tr. 112). Hiệp định có hiệu lực từ ngày 27/2/1998 và được giới nghiên cứu đánh giá là “một hình mẫu về giải quyết tranh chấp biển bằng thương lượng hòa bình” (Lạc Thị Bình, 2012, tr. 46). Theo Điều 2, hai bên sẽ cùng Ma-lai-xi-a giải quyết vùng chồng lấn giữa ba nước.",
        ),
        ("heading", "2. Nghề cá và “thẻ vàng” của EU", 1),
        (
            "paragraph",
            "Đường ranh giới rõ ràng không tự động chấm dứt tình trạng tàu cá vi phạm vùng biển của nhau. Ngày 21/4/2015, Ủy ban châu Âu (EC) rút “thẻ vàng” cảnh báo Thái Lan về khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU). Sau gần bốn năm sửa đổi luật nghề cá và siết chặt giám sát đội tàu, ngày 8/1/2019, nước này được EC gỡ bỏ cảnh báo. Trong khi đó, Việt Nam bị áp “thẻ vàng” từ ngày 23/10/2017 và đến nay vẫn chưa được gỡ (Đàm Quốc Trung, 2023).",
        ),
        ("heading", "3. Trong khuôn khổ Đối tác chiến lược toàn diện", 1),
        (
            "paragraph",
            "Tháng 6/2013, nhân chuyến thăm chính thức Thái Lan của Tổng Bí thư Nguyễn Phú Trọng, hai nước thiết lập quan hệ Đối tác chiến lược, với Ủy ban hỗn hợp về hợp tác song phương do hai Bộ trưởng Ngoại giao đồng chủ trì làm cơ chế điều phối. Tháng 5/2025, quan hệ được nâng lên Đối tác chiến lược toàn diện. Hải quân hai nước định kỳ tổ chức tuần tra chung trên vùng biển giáp ranh. Dù vậy, ta cần cùng phía Thái Lan xây dựng cơ chế thông báo nhanh khi tàu cá và ngư dân bị bắt giữ.",
        ),
    ],
}

SQB_KHONKAEN = {
    "id": "sqb",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "TỔNG LÃNH SỰ QUÁN VIỆT NAM TẠI KHON KAEN",
        "Số: 196/BC-TLSQ",
        "Khon Kaen, ngày 18 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Tổng kết công tác năm 2024 và nhiệm vụ trọng tâm năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết công tác năm 2024 và nhiệm vụ trọng tâm năm 2025"),
        ("heading", "I. KẾT QUẢ CÔNG TÁC NĂM 2024", 1),
        (
            "list_item",
            "1. Nhân dịp kỷ niệm 134 năm Ngày sinh Chủ tịch Hồ Chí Minh, Tổng Lãnh sự quán phối hợp với chính quyền tỉnh Nakhon Phanom tổ chức lễ dâng hương tại Khu di tích Chủ tịch Hồ Chí Minh ở bản Na Chọc, nơi Người từng hoạt động trong những năm 1928 – 1929.",
        ),
        (
            "list_item",
            "2. Từ ngày 22 đến ngày 24/5/2024, đoàn đại biểu thành phố Đà Nẵng do một Phó Chủ tịch UBND thành phố dẫn đầu đã thăm tỉnh Khon Kaen; hai bên ký Kế hoạch hợp tác giai đoạn 2024 – 2026 trong các lĩnh vực giáo dục, du lịch và y tế.",
        ),
        (
            "list_item",
            "3. Hưởng ứng lời kêu gọi của Tổng Lãnh sự quán, bà con người Việt và người Thái gốc Việt ở 20 tỉnh Đông Bắc Thái Lan đã quyên góp hơn 2,1 triệu baht ủng hộ đồng bào các tỉnh miền Bắc bị thiệt hại do bão Yagi.",
        ),
        (
            "list_item",
            "4. Tháng 10, Tổng Lãnh sự quán phối hợp với Sở Công Thương tỉnh Nghệ An tổ chức Tuần hàng Việt Nam tại thành phố Udon Thani, thu hút khoảng 35.000 lượt khách.",
        ),
        (
            "list_item",
            "5. Trong năm, Tổng Lãnh sự quán đã giải quyết 27 vụ việc bảo hộ công dân, phần lớn liên quan đến lao động Việt Nam làm việc không có giấy phép. Việc ký Biên bản ghi nhớ trao đổi sinh viên giữa Trường Đại học Khon Kaen và Đại học Huế chưa thực hiện được do hai bên chưa thống nhất về học phí.",
        ),
        ("heading", "II. NHIỆM VỤ TRỌNG TÂM NĂM 2025", 1),
        (
            "list_item",
            "1. Phối hợp với chính quyền các tỉnh Nakhon Phanom và Udon Thani tổ chức các hoạt động kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh.",
        ),
        (
            "list_item",
            "2. Tháng 3 năm sau, phối hợp đón đoàn tỉnh Nakhon Phanom sang thăm và làm việc với tỉnh Quảng Bình, thúc đẩy kết nối vận tải hàng hóa qua Đường 12 của Lào.",
        ),
        (
            "list_item",
            "3. Vận động doanh nghiệp Thái Lan ở khu vực Đông Bắc tham dự Hội nghị xúc tiến đầu tư vào các tỉnh Bắc Trung Bộ.",
        ),
        (
            "list_item",
            "4. Duy trì các lớp dạy tiếng Việt cho con em kiều bào tại Sakon Nakhon và Mukdahan.",
        ),
    ],
}

SQC_SUMMIT = {
    "id": "sqc",
    "shape": "news",
    "date": "2019-11-04",
    "stamp": "Thứ Hai, 04/11/2019 - 22:30",
    "blocks": [
        ("title", "Bế mạc Hội nghị Cấp cao ASEAN 35: Việt Nam tiếp nhận cương vị Chủ tịch ASEAN 2020"),
        (
            "paragraph",
            "Băng Cốc (TTXVN) – Tối 4/11, Hội nghị Cấp cao ASEAN lần thứ 35 và các hội nghị cấp cao liên quan đã bế mạc tại Trung tâm Hội nghị và Triển lãm Impact, ngoại ô Băng Cốc. Tại lễ bế mạc, Thủ tướng Thái Lan Prayut Chan-o-cha đã trao chiếc búa Chủ tịch ASEAN cho Thủ tướng Nguyễn Xuân Phúc.",
        ),
        ("heading", "“Gắn kết và Chủ động thích ứng”", 1),
        (
            "paragraph",
            "Phát biểu sau khi tiếp nhận, Thủ tướng Nguyễn Xuân Phúc công bố chủ đề của Năm ASEAN 2020 là “Gắn kết và Chủ động thích ứng”. Việt Nam sẽ chính thức đảm nhận cương vị Chủ tịch ASEAN từ ngày 1/1/2020, năm tròn 25 năm nước ta gia nhập Hiệp hội. Thủ tướng mong các nước thành viên và các đối tác tiếp tục ủng hộ Việt Nam hoàn thành trọng trách này.",
        ),
        ("heading", "Kết thúc đàm phán lời văn RCEP", 1),
        (
            "paragraph",
            "Cùng ngày, tại Hội nghị Cấp cao Hiệp định Đối tác kinh tế toàn diện khu vực (RCEP) lần thứ ba, lãnh đạo các nước ra Tuyên bố chung cho biết 15 nước tham gia đã kết thúc đàm phán toàn bộ lời văn và về cơ bản mọi vấn đề mở cửa thị trường, hướng tới ký Hiệp định trong năm 2020. Ấn Độ vẫn còn một số vấn đề quan trọng chưa được giải quyết.",
        ),
        ("heading", "Khép lại năm Chủ tịch của Thái Lan", 1),
        (
            "paragraph",
            "Với chủ đề “Thúc đẩy quan hệ đối tác vì sự bền vững”, Thái Lan đã đăng cai chuỗi hội nghị từ ngày 2 đến 4/11, với sự tham dự của lãnh đạo các nước ASEAN và các đối tác, Tổng Thư ký Liên hợp quốc và Tổng Giám đốc Quỹ Tiền tệ Quốc tế. Tại Hội nghị Cấp cao ASEAN – Hoa Kỳ, phái đoàn Mỹ do Cố vấn An ninh quốc gia Robert O’Brien dẫn đầu. Bên lề hội nghị, Thủ tướng Nguyễn Xuân Phúc đã gặp Thủ tướng Ấn Độ Narendra Modi và Thủ tướng Nhật Bản Shinzo Abe.",
        ),
    ],
}

SQD_PLAN = {
    "id": "sqd",
    "shape": "plan",
    "head": [
        f"{'BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 58/KH-BVHTTDL':<40}Hà Nội, ngày 15 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác du lịch với Vương quốc Thái Lan năm 2026",
        "và phát triển tuyến du lịch đường bộ qua Lào",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác du lịch với Vương quốc Thái Lan năm 2026 và phát triển tuyến du lịch đường bộ qua Lào",
        ),
        (
            "paragraph",
            "Nhằm cụ thể hóa Tuyên bố chung về việc nâng quan hệ Việt Nam – Thái Lan lên Đối tác chiến lược toàn diện, công bố tháng 5/2025, Bộ Văn hóa, Thể thao và Du lịch xây dựng Kế hoạch hợp tác du lịch với Thái Lan năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Thái Lan là một trong những thị trường gửi khách lớn nhất của Việt Nam trong ASEAN, đồng thời là điểm đến quen thuộc của du khách Việt. Năm ngoái, Cục Du lịch Quốc gia Việt Nam đã phối hợp với Cơ quan Du lịch Thái Lan tổ chức hai đoàn caravan xe tự lái đi qua cửa khẩu quốc tế Cha Lo và Đường 12 của Lào; tuy nhiên, Bản ghi nhớ hợp tác du lịch giai đoạn mới giữa hai Bộ vẫn chưa được ký do còn khác biệt về cơ chế chia sẻ dữ liệu.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 3 năm nay, tổ chức Chương trình giới thiệu điểm đến Việt Nam tại Băng Cốc và Udon Thani.",
        ),
        (
            "list_item",
            "2. Phối hợp với Bộ Ngoại giao đàm phán với Bộ Du lịch và Thể thao Thái Lan để ký Bản ghi nhớ hợp tác du lịch giai đoạn 2026 – 2030, dự kiến nhân kỳ họp tới của Ủy ban hỗn hợp về hợp tác song phương Việt Nam – Thái Lan.",
        ),
        (
            "list_item",
            "3. Đề nghị phía Thái Lan cử chuyên gia đào tạo về phát triển du lịch cộng đồng cho cán bộ các tỉnh Bắc Trung Bộ.",
        ),
        (
            "list_item",
            "4. Chủ trì, phối hợp với Bộ Công an và Bộ Quốc phòng làm việc với phía Lào về thủ tục cho xe du lịch tự lái qua các cửa khẩu Cầu Treo, Cha Lo và Lao Bảo.",
        ),
        (
            "list_item",
            "5. Không bố trí gian hàng quốc gia tại Hội chợ Du lịch quốc tế Thái Lan (TITF) ở Băng Cốc trong năm 2026; các doanh nghiệp tham dự theo hình thức tự chủ.",
        ),
        (
            "paragraph",
            "Cục Hợp tác quốc tế là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch này.",
        ),
    ],
}

SQE_SEATO = {
    "id": "sqe",
    "shape": "entry",
    "blocks": [
        ("title", "Tổ chức Hiệp ước Đông Nam Á"),
        (
            "paragraph",
            "Tổ chức Hiệp ước Đông Nam Á (SEATO) là liên minh quân sự khu vực do Mỹ khởi xướng, ra đời trên cơ sở Hiệp ước Phòng thủ tập thể Đông Nam Á, thường gọi là Hiệp ước Ma-ni-la, được ký ngày 8/9/1954 tại thủ đô Phi-líp-pin. Trụ sở của tổ chức đặt tại Băng Cốc (Thái Lan).",
        ),
        ("heading", "Thành viên", 1),
        (
            "paragraph",
            "Tám nước ký Hiệp ước gồm Mỹ, Anh, Pháp, Ô-xtrây-li-a, Niu Di-lân, Pa-ki-xtan, Phi-líp-pin và Thái Lan; Ấn Độ, In-đô-nê-xi-a và Miến Điện từ chối tham gia. Bộ máy của tổ chức được lập tại phiên họp đầu tiên của Hội đồng Bộ trưởng ở Băng Cốc ngày 19/2/1955. Một nghị định thư kèm theo Hiệp ước đặt Lào, Campuchia và miền Nam Việt Nam dưới “ô bảo hộ” của khối.",
        ),
        ("heading", "SEATO và chiến tranh Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam Dân chủ Cộng hòa lên án nghị định thư này là vi phạm Hiệp định Giơ-ne-vơ năm 1954. Ngày 6/3/1962, qua thông cáo chung Thanat – Rusk, Mỹ cam kết bảo vệ Thái Lan mà không cần sự nhất trí của các thành viên khác. Sau khi Mỹ đưa quân chiến đấu vào miền Nam Việt Nam năm 1965, bốn thành viên của khối là Ô-xtrây-li-a, Niu Di-lân, Thái Lan và Phi-líp-pin cũng đưa quân sang tham chiến.",
        ),
        ("heading", "Giải thể", 1),
        (
            "paragraph",
            "Pa-ki-xtan tuyên bố rút khỏi tổ chức năm 1972. Ngày 24/9/1975, Hội đồng SEATO nhất trí giải thể dần tổ chức; ngày 30/6/1977, SEATO chính thức chấm dứt hoạt động. Trước đó, Việt Nam đã thiết lập quan hệ ngoại giao với Phi-líp-pin ngày 12/7/1976 và với Thái Lan ngày 6/8/1976.",
        ),
    ],
}

DOCS = [SQA_GULF, SQB_KHONKAEN, SQC_SUMMIT, SQD_PLAN, SQE_SEATO]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with LF line ends: one paragraph a line (no wrapping), every line followed by
    an empty line; the signature at the end."""
    return word_text(doc, None, ["TỔNG LÃNH SỰ", "(Đã ký và đóng dấu)"], newline="\n")


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu, <article>, <h1>, a date line, the
    lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list, footer."""
    return news_page(
        doc,
        "Thế giới",
        "22:30",
        [("/the-gioi", "Thế giới"), ("/asean", "ASEAN")],
        [("/tag/asean-2019", "ASEAN 2019"), ("/tag/rcep", "RCEP"), ("/tag/thai-lan", "Thái Lan")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 78
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        78,
        [
            "Nơi nhận:",
            "- Bộ Ngoại giao (để phối hợp);",
            "- Cục Du lịch Quốc gia Việt Nam;",
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
        prefix="sq",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
