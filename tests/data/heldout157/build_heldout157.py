"""Build the hundred-and-fifty-seventh held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout157/build_heldout157.py [--check]

Five short documents on topics the earlier sets do not use as main topics (a history textbook lesson on
the Malta summit of 1989, the end of the Cold War and its effect on Vietnam; Foreign Trade University's
international cooperation in the first half of 2025 with Malta and the EU; the EU – Africa migration
summit in Valletta, 11 – 12/11/2015; a (fictitious) Ministry of Home Affairs plan for the Maltese labour
market in 2026; an encyclopedia entry on the Union for the Mediterranean). Here the first document is a
textbook section instead of a journal article. Facts are well-established; the textbook's lesson number
and page reference, document numbers, the university report's items and the plan (number, date, tasks)
are invented. Events, citations and questions gold are written by hand; ``--check`` verifies that every
gold evidence, quote and citation occurs in the documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import (  # noqa: E402
    build_and_check,
    entry_text,
    news_page,
    plan_text,
    textbook_text,
    word_text,
)

MXA_MALTA_1989 = {
    "id": "mxa",
    "shape": "textbook",
    "blocks": [
        ("title", "Bài 9. CHIẾN TRANH LẠNH KẾT THÚC VÀ TÁC ĐỘNG ĐỐI VỚI VIỆT NAM"),
        (
            "paragraph",
            "Cuối những năm 80 của thế kỉ XX, tình hình thế giới có nhiều biến đổi to lớn. Bài học giúp em hiểu vì sao Chiến tranh lạnh chấm dứt và Việt Nam đã điều chỉnh chính sách đối ngoại như thế nào.",
        ),
        ("heading", "1. Cuộc gặp cấp cao Xô – Mỹ tại Man-ta", 1),
        (
            "paragraph",
            "Trong hai ngày 2 và 3/12/1989, Tổng thống Mỹ George H. W. Bush và Tổng Bí thư Đảng Cộng sản Liên Xô Mikhail Gorbachev đã gặp nhau tại đảo Man-ta, ở Địa Trung Hải. Tại cuộc gặp, hai nhà lãnh đạo chính thức tuyên bố chấm dứt Chiến tranh lạnh, mở ra thời kì đối thoại giữa hai siêu cường.",
        ),
        ("heading", "2. Những biến đổi ở châu Âu", 1),
        (
            "paragraph",
            "Trước đó không lâu, ngày 9/11/1989, Bức tường Béc-lin bị phá bỏ. Nước Đức tái thống nhất ngày 3/10/1990. Năm 1991, Hội đồng Tương trợ kinh tế (SEV) tuyên bố giải thể ngày 28/6, còn Tổ chức Hiệp ước Vác-sa-va chấm dứt hoạt động ngày 1/7. Cuối năm đó, Liên Xô tan rã.",
        ),
        ("heading", "3. Tác động đối với Việt Nam", 1),
        (
            "paragraph",
            "Sự sụp đổ của chế độ xã hội chủ nghĩa ở Liên Xô và Đông Âu khiến nước ta mất đi nguồn viện trợ và những thị trường truyền thống. Trên tinh thần đổi mới, Việt Nam thiết lập quan hệ ngoại giao với Cộng đồng châu Âu ngày 22/10/1990. Đại hội đại biểu toàn quốc lần thứ VII của Đảng (6/1991) khẳng định: “Việt Nam muốn là bạn với tất cả các nước trong cộng đồng thế giới, phấn đấu vì hòa bình, độc lập và phát triển” (Đảng Cộng sản Việt Nam, 1991, tr. 147).",
        ),
        (
            "paragraph",
            "Thực hiện đường lối đó, nước ta bình thường hóa quan hệ với Trung Quốc vào tháng 11/1991, với Hoa Kỳ vào tháng 7/1995 và trở thành thành viên thứ bảy của ASEAN ngày 28/7/1995.",
        ),
        ("heading", "Câu hỏi và bài tập", 1),
        (
            "paragraph",
            "1. Vì sao cuộc gặp tại Man-ta được coi là mốc kết thúc Chiến tranh lạnh? 2. Sự tan rã của Liên Xô tác động như thế nào đến Việt Nam?",
        ),
    ],
}

MXB_FTU = {
    "id": "mxb",
    "shape": "word",
    "head": [
        "TRƯỜNG ĐẠI HỌC NGOẠI THƯƠNG",
        "BAN HỢP TÁC QUỐC TẾ",
        "Số: 73/BC-ĐHNT",
        "Hà Nội, ngày 30 tháng 6 năm 2025",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả hợp tác quốc tế 6 tháng đầu năm 2025, kế hoạch 6 tháng cuối năm"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả hợp tác quốc tế 6 tháng đầu năm 2025, kế hoạch 6 tháng cuối năm"),
        ("heading", "I. KẾT QUẢ 6 THÁNG ĐẦU NĂM", 1),
        (
            "list_item",
            "1. Tháng 2/2025, Nhà trường đón đoàn Đại học Man-ta sang làm việc; hai bên ký Thỏa thuận hợp tác đào tạo về du lịch và quản trị khách sạn.",
        ),
        (
            "list_item",
            "2. 12 sinh viên của Trường nhận học bổng trao đổi theo Chương trình Erasmus+ của Liên minh châu Âu để học tập tại Man-ta, I-ta-li-a và Tây Ban Nha.",
        ),
        (
            "list_item",
            "3. Ngày 15/5/2025, Trường phối hợp với Phái đoàn Liên minh châu Âu tại Việt Nam tổ chức Hội thảo đánh giá gần 5 năm thực thi Hiệp định EVFTA, có hiệu lực từ ngày 1/8/2020.",
        ),
        (
            "list_item",
            "4. Nhân Ngày châu Âu (9/5), Đại sứ I-ta-li-a tại Việt Nam đến thăm Trường và nói chuyện với sinh viên về cơ hội học tập tại châu Âu.",
        ),
        (
            "list_item",
            "5. Chương trình liên kết đào tạo thạc sĩ với Đại học Man-ta chưa được triển khai do chưa đủ chỉ tiêu tuyển sinh.",
        ),
        ("heading", "II. KẾ HOẠCH 6 THÁNG CUỐI NĂM", 1),
        (
            "list_item",
            "1. Cử đoàn lãnh đạo Trường sang thăm và làm việc tại Man-ta và I-ta-li-a vào tháng 10.",
        ),
        (
            "list_item",
            "2. Mời chuyên gia của Tổ chức Du lịch Liên hợp quốc (UN Tourism) sang giảng dạy chuyên đề về du lịch bền vững.",
        ),
        (
            "list_item",
            "3. Hoàn thiện hồ sơ dự án Erasmus+ về nâng cao năng lực giảng dạy để nộp Ủy ban châu Âu trong tháng 12.",
        ),
        (
            "paragraph",
            "Ban Hợp tác quốc tế kính báo cáo Ban Giám hiệu để theo dõi, chỉ đạo.",
        ),
    ],
}

MXC_VALLETTA = {
    "id": "mxc",
    "shape": "news",
    "date": "2015-11-13",
    "stamp": "Thứ Sáu, 13/11/2015 - 08:20",
    "blocks": [
        ("title", "Hội nghị thượng đỉnh EU – châu Phi về di cư bế mạc tại Man-ta"),
        (
            "paragraph",
            "Va-lét-ta (TTXVN) – Ngày 12/11, Hội nghị thượng đỉnh về di cư giữa Liên minh châu Âu và châu Phi đã bế mạc tại thủ đô Va-lét-ta của Man-ta sau hai ngày làm việc, với việc các nhà lãnh đạo thông qua Tuyên bố chính trị và Kế hoạch hành động chung.",
        ),
        ("heading", "Quỹ ủy thác 1,8 tỷ euro", 1),
        (
            "paragraph",
            "Hội nghị quy tụ lãnh đạo các nước EU, Liên minh châu Phi (AU) và hơn 30 nước châu Phi. Nhân dịp này, EU chính thức khởi động Quỹ ủy thác khẩn cấp cho châu Phi trị giá 1,8 tỷ euro nhằm giải quyết tận gốc nguyên nhân của tình trạng di cư bất hợp pháp. Theo Tổ chức Quốc tế về Di cư (IOM), từ đầu năm đến nay đã có gần 800.000 người di cư và tị nạn vượt Địa Trung Hải vào châu Âu. Chủ tịch Hội đồng châu Âu Donald Tusk kêu gọi các nước thành viên đóng góp thêm để tăng quy mô quỹ.",
        ),
        (
            "paragraph",
            "Ngay sau hội nghị, lãnh đạo EU họp không chính thức tại Va-lét-ta để thảo luận về hợp tác với Thổ Nhĩ Kỳ trong việc kiểm soát dòng người di cư.",
        ),
        ("heading", "Man-ta liên tiếp đăng cai", 1),
        (
            "paragraph",
            "Cuối tháng này, Man-ta tiếp tục đăng cai Hội nghị thượng đỉnh Khối Thịnh vượng chung (CHOGM) từ ngày 27 đến 29/11. Đảo quốc này cũng sẽ giữ chức Chủ tịch luân phiên Hội đồng EU trong nửa đầu năm 2017.",
        ),
    ],
}

MXD_PLAN = {
    "id": "mxd",
    "shape": "plan",
    "head": [
        f"{'BỘ NỘI VỤ':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 41/KH-BNV':<40}Hà Nội, ngày 15 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Phát triển thị trường lao động tại Cộng hòa Man-ta năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Phát triển thị trường lao động tại Cộng hòa Man-ta năm 2026"),
        (
            "paragraph",
            "Nhằm đa dạng hóa thị trường đưa người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng, trong đó có các nước thành viên Liên minh châu Âu, Bộ Nội vụ xây dựng Kế hoạch phát triển thị trường Man-ta năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Man-ta, thành viên EU từ năm 2004 và khu vực đồng euro từ năm 2008, đang thiếu lao động trong các ngành khách sạn, xây dựng và chăm sóc người cao tuổi. Năm ngoái, Cục Quản lý lao động ngoài nước đã làm việc với Cơ quan Việc làm Man-ta (Jobsplus) tại Va-lét-ta, song hai bên chưa ký văn bản hợp tác nào.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 4 năm nay, đón đoàn Jobsplus sang khảo sát nguồn lao động tại Hà Nội và Nghệ An.",
        ),
        (
            "list_item",
            "2. Đàm phán và ký Bản ghi nhớ về hợp tác lao động với Bộ phụ trách việc làm của Man-ta, dự kiến vào tháng 8.",
        ),
        (
            "list_item",
            "3. Đề nghị Tổ chức Lao động Quốc tế (ILO) hỗ trợ kỹ thuật xây dựng bộ tài liệu định hướng cho người lao động.",
        ),
        (
            "list_item",
            "4. Tổ chức hội nghị xúc tiến thị trường lao động tại Va-lét-ta vào tháng 10.",
        ),
        (
            "list_item",
            "5. Chưa mở rộng sang thị trường Síp trong năm 2026.",
        ),
        (
            "paragraph",
            "Cục Quản lý lao động ngoài nước chủ trì, phối hợp với các đơn vị liên quan triển khai Kế hoạch này.",
        ),
    ],
}

MXE_UFM = {
    "id": "mxe",
    "shape": "entry",
    "blocks": [
        ("title", "Liên minh vì Địa Trung Hải"),
        (
            "paragraph",
            "Liên minh vì Địa Trung Hải (UfM) là tổ chức liên chính phủ gồm các nước thành viên Liên minh châu Âu và các nước ven bờ nam, đông Địa Trung Hải. Tổ chức được thành lập tại Hội nghị thượng đỉnh Pa-ri ngày 13/7/2008 theo sáng kiến của Tổng thống Pháp Nicolas Sarkozy, khi Pháp giữ chức Chủ tịch luân phiên EU. Ý tưởng ban đầu của Pháp là một liên minh chỉ gồm các nước ven Địa Trung Hải, nhưng do Đức phản đối, tổ chức được mở rộng cho toàn bộ các nước thành viên EU.",
        ),
        (
            "paragraph",
            "UfM kế thừa Quan hệ đối tác châu Âu – Địa Trung Hải (Tiến trình Barcelona), được khởi động tại hội nghị bộ trưởng ngoại giao ở Bác-xê-lô-na ngày 27 – 28/11/1995. Ban Thư ký của tổ chức đặt tại Bác-xê-lô-na từ năm 2010.",
        ),
        ("heading", "Thành viên", 1),
        (
            "paragraph",
            "Ngoài các nước EU, thành viên của UfM còn có An-giê-ri, Ai Cập, I-xra-en, Gioóc-đa-ni, Li-băng, Ma-rốc, Tuy-ni-di, Thổ Nhĩ Kỳ và một số nước khác. Xy-ri tự đình chỉ tư cách thành viên năm 2011; Li-bi tham gia với tư cách quan sát viên. Từ năm 2012, EU và Gioóc-đa-ni cùng giữ chức đồng Chủ tịch. Các lĩnh vực hợp tác ưu tiên gồm năng lượng tái tạo, giao thông, giáo dục và bảo vệ môi trường biển.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam không tham gia UfM, song có quan hệ ngoại giao với hầu hết các nước thành viên.",
        ),
    ],
}

DOCS = [MXA_MALTA_1989, MXB_FTU, MXC_VALLETTA, MXD_PLAN, MXE_UFM]


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 72 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 72, ["TRƯỞNG BAN", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu, <article>, <h1>, a date line, the
    lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list, footer."""
    return news_page(
        doc,
        "Thế giới",
        "08:20",
        [("/the-gioi", "Thế giới"), ("/chau-au", "Châu Âu")],
        [("/tag/man-ta", "Man-ta"), ("/tag/di-cu", "Di cư")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred two-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        76,
        ["Nơi nhận:", "- Bộ Ngoại giao (để phối hợp);", "- Lưu: VT, QLLĐNN."],
        ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "(đã ký)"],
    )


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "textbook": textbook_text,
            "word": render_word,
            "news": render_news,
            "plan": render_plan,
            "entry": entry_text,
        },
        prefix="mx",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
