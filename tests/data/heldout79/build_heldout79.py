"""Build the seventy-ninth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout79/build_heldout79.py [--check]

Five short documents written after the rules were tuned on the seeds and the earlier held-out sets, on
topics those sets do not use as main topics (the cooperation of Vietnamese provinces with Yunnan inside
the Greater Mekong Subregion, the Vietnamese Consulate General in Kunming's report on 2024, the opening
of the eighth GMS Summit in Kunming on 7/11/2024, a (fictitious) Ministry of Construction plan for
transport and logistics cooperation with Yunnan in 2026, an encyclopedia entry on ACMECS). Nothing in
src/ was changed for them. Facts are well-established; authors, journal, page numbers, document numbers,
the consulate report's local items and all quoted words are invented, the ministry plan (number, date,
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
    official_text,
    word_text,
)

WUA_YUNNAN = {
    "id": "wua",
    "shape": "journal",
    "header": "TẠP CHÍ KINH TẾ VÀ HỢP TÁC TIỂU VÙNG MÊ CÔNG – Số 1 (2025)",
    "first_page": 23,
    "break_after": 12,
    "blocks": [
        ("title", "HỢP TÁC GIỮA CÁC ĐỊA PHƯƠNG VIỆT NAM VỚI TỈNH VÂN NAM (TRUNG QUỐC) TRONG KHUÔN KHỔ GMS"),
        ("author", "Tạ Quang Khải"),
        ("affiliation", "Khoa Quốc tế học, Trường Đại học Khoa học Xã hội và Nhân văn, ĐHQG Hà Nội"),
        (
            "abstract",
            "Bài viết điểm lại quá trình hợp tác giữa các tỉnh phía Bắc nước ta với tỉnh Vân Nam và đề xuất một số định hướng cho giai đoạn tới.",
            "vi",
        ),
        ("keywords", "Vân Nam; GMS; CBTA; hành lang kinh tế", "vi"),
        ("heading", "1. Từ tuyến đường sắt năm 1910 đến GMS", 1),
        (
            "paragraph",
            "Vân Nam giáp bốn tỉnh biên giới phía Bắc của nước ta. Tuyến đường sắt Hải Phòng – Côn Minh, hoàn thành năm 1910, từng là lối ra biển chủ yếu của tỉnh này. Sau khi Việt Nam và Trung Quốc bình thường hóa quan hệ vào tháng 11/1991, giao thương qua các cửa khẩu nhanh chóng được khôi phục (Hoàng Thị Ngân, 2016, tr. 45). Năm 1992, Vân Nam thay mặt Trung Quốc tham gia Chương trình Hợp tác kinh tế Tiểu vùng Mê Công mở rộng (GMS) do Ngân hàng Phát triển châu Á (ADB) khởi xướng, cùng với Cam-pu-chia, Lào, Mi-an-ma, Thái Lan và Việt Nam; Khu tự trị dân tộc Choang Quảng Tây tham gia từ năm 2005.",
        ),
        ("heading", "2. Khung pháp lý cho kết nối", 1),
        (
            "paragraph",
            "Hiệp định tạo thuận lợi vận chuyển người và hàng hóa qua lại biên giới (CBTA) được Lào, Thái Lan và Việt Nam ký tại Viêng Chăn ngày 26/11/1999. Trung Quốc gia nhập Hiệp định ngày 3/11/2002 tại Phnôm Pênh, còn Mi-an-ma gia nhập ngày 19/9/2003 tại thành phố Đại Lý của Vân Nam. Ba văn kiện về biên giới trên đất liền Việt Nam – Trung Quốc được ký tại Bắc Kinh ngày 18/11/2009 và có hiệu lực từ ngày 14/7/2010. Ủy ban công tác liên hợp giữa bốn tỉnh biên giới của ta với Vân Nam họp thường niên để rà soát các dự án trên hành lang Côn Minh – Lào Cai – Hà Nội – Hải Phòng (Lương Văn Tuấn, 2021).",
        ),
        ("heading", "3. Triển vọng", 1),
        (
            "paragraph",
            "Tháng 11/2024, Côn Minh đăng cai Hội nghị Cấp cao GMS lần thứ 8, lần đầu các nhà lãnh đạo gặp trực tiếp kể từ hội nghị do Hà Nội tổ chức năm 2018. Giới nghiên cứu Vân Nam coi Việt Nam là “lối ra biển gần nhất và thuận lợi nhất của tỉnh” (Vương Minh Hoa, 2023, tr. 17). Tuy vậy, đoạn đường sắt khổ tiêu chuẩn nối Lào Cai với Hà Khẩu đến nay vẫn chưa được xây dựng. Vì thế, hai bên cần sớm ký thỏa thuận về đấu nối đường sắt tại cửa khẩu.",
        ),
    ],
}

WUB_KUNMING = {
    "id": "wub",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "TỔNG LÃNH SỰ QUÁN VIỆT NAM TẠI CÔN MINH",
        "Số: 198/BC-TLSQ",
        "Côn Minh, ngày 18 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Tình hình thực hiện công tác năm 2024 và nhiệm vụ năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Tình hình thực hiện công tác năm 2024 và nhiệm vụ năm 2025"),
        ("heading", "I. KẾT QUẢ THỰC HIỆN NĂM 2024", 1),
        (
            "list_item",
            "1. Từ ngày 8 đến ngày 12/4/2024, Tổng Lãnh sự quán phối hợp đón đoàn doanh nghiệp trái cây của các tỉnh Đồng bằng sông Cửu Long sang làm việc tại Côn Minh; nhân dịp này, Hiệp hội Rau quả Việt Nam và Sở Thương mại tỉnh Vân Nam ký Biên bản ghi nhớ về xúc tiến tiêu thụ trái cây.",
        ),
        (
            "list_item",
            "2. Trái cây tiếp tục là mặt hàng xuất khẩu chủ lực của Việt Nam sang Vân Nam, phần lớn đi qua cặp cửa khẩu quốc tế Lào Cai – Hà Khẩu.",
        ),
        (
            "list_item",
            "3. Tháng 9, Hội Chữ thập đỏ tỉnh Vân Nam trao tặng 500.000 nhân dân tệ, thông qua Tổng Lãnh sự quán, hỗ trợ tỉnh Lào Cai khắc phục hậu quả bão Yagi.",
        ),
        (
            "list_item",
            "4. Tháng 11, Tổng Lãnh sự quán phục vụ chu đáo đoàn Thủ tướng Chính phủ dự Hội nghị Cấp cao GMS lần thứ 8 tại Côn Minh.",
        ),
        (
            "list_item",
            "5. Tháng trước, Tổng Lãnh sự quán phối hợp với Sở Ngoại vụ tỉnh Vân Nam tổ chức hội nghị trực tuyến giới thiệu nông sản Việt Nam với hơn 40 nhà nhập khẩu của tỉnh. Chuyến khảo sát vùng trồng sầu riêng tại Đồng bằng sông Cửu Long của doanh nghiệp Vân Nam vẫn chưa thực hiện được do phía bạn đề nghị lùi thời gian.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 1 năm sau, phối hợp với Sở Ngoại vụ tỉnh Vân Nam tổ chức kỷ niệm 75 năm Ngày thiết lập quan hệ ngoại giao Việt Nam – Trung Quốc (18/1/1950 – 18/1/2025).",
        ),
        (
            "list_item",
            "2. Quý II năm 2025, phối hợp đón đoàn doanh nghiệp Vân Nam sang khảo sát vùng trồng sầu riêng tại Đồng bằng sông Cửu Long; hai bên sẽ ký thỏa thuận kết nối tiêu thụ trái cây.",
        ),
        (
            "list_item",
            "3. Hỗ trợ doanh nghiệp Việt Nam tham gia hội chợ thương mại tại Côn Minh trong sáu tháng cuối năm 2025.",
        ),
    ],
}

WUC_GMS8 = {
    "id": "wuc",
    "shape": "news",
    "date": "2024-11-07",
    "time": "11:30",
    "stamp": "Thứ Năm, 07/11/2024 - 11:30",
    "tags": [("gms", "GMS"), ("con-minh", "Côn Minh"), ("mekong", "Mê Công")],
    "blocks": [
        ("title", "Khai mạc Hội nghị Cấp cao Tiểu vùng Mê Công mở rộng lần thứ 8 tại Côn Minh"),
        (
            "paragraph",
            "Côn Minh (TTXVN) – Sáng 7/11, tại thủ phủ tỉnh Vân Nam (Trung Quốc), Thủ tướng Phạm Minh Chính cùng lãnh đạo Cam-pu-chia, Lào, Mi-an-ma, Thái Lan, Trung Quốc và Chủ tịch Ngân hàng Phát triển châu Á (ADB) dự lễ khai mạc Hội nghị Cấp cao Hợp tác Tiểu vùng Mê Công mở rộng (GMS) lần thứ 8.",
        ),
        ("heading", "Lần đầu họp trực tiếp sau sáu năm", 1),
        (
            "paragraph",
            "Hội nghị do Thủ tướng Quốc vụ viện Trung Quốc Lý Cường chủ trì, với chủ đề “Hướng tới một cộng đồng tốt đẹp hơn thông qua phát triển dựa trên đổi mới sáng tạo”. Đây là lần đầu các nhà lãnh đạo GMS họp trực tiếp kể từ Hội nghị Cấp cao lần thứ 6 do Việt Nam đăng cai tại Hà Nội tháng 3/2018; hội nghị lần thứ 7 năm 2021 do Cam-pu-chia chủ trì chỉ diễn ra theo hình thức trực tuyến.",
        ),
        (
            "paragraph",
            "Cùng dự có Thủ tướng Cam-pu-chia Hun Manet, Thủ tướng Lào Sonexay Siphandone, Thủ tướng Thái Lan Paetongtarn Shinawatra và nhà lãnh đạo Mi-an-ma Min Aung Hlaing, người lần đầu tiên sang Trung Quốc kể từ năm 2021.",
        ),
        ("heading", "Hướng tới Chiến lược đổi mới sáng tạo 2030", 1),
        (
            "paragraph",
            "Theo chương trình, các nhà lãnh đạo sẽ thông qua Tuyên bố chung của Hội nghị và Chiến lược đổi mới sáng tạo vì sự phát triển của GMS đến năm 2030, đồng thời đánh giá việc triển khai giai đoạn “thu hoạch sớm” của Hiệp định tạo thuận lợi vận tải qua biên giới (CBTA), đã có hiệu lực trong năm nay.",
        ),
        (
            "paragraph",
            "Trong thời gian ở Côn Minh, Thủ tướng còn dự Hội nghị Cấp cao Chiến lược hợp tác kinh tế Ayeyawady – Chao Phraya – Mê Công (ACMECS) lần thứ 10 do Lào chủ trì và Hội nghị Cấp cao hợp tác Cam-pu-chia – Lào – Mi-an-ma – Việt Nam (CLMV) lần thứ 11.",
        ),
    ],
}

WUD_PLAN = {
    "id": "wud",
    "shape": "plan",
    "head": [
        f"{'BỘ XÂY DỰNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 05/KH-BXD':<40}Hà Nội, ngày 14 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với tỉnh Vân Nam (Trung Quốc) về kết nối giao thông",
        "và logistics qua biên giới năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác với tỉnh Vân Nam (Trung Quốc) về kết nối giao thông và logistics qua biên giới năm 2026",
        ),
        (
            "paragraph",
            "Nhằm cụ thể hóa kết quả Hội nghị Cấp cao GMS lần thứ 8 tổ chức tại Côn Minh tháng 11/2024 và thúc đẩy hành lang kinh tế Côn Minh – Lào Cai – Hà Nội – Hải Phòng, Bộ Xây dựng ban hành Kế hoạch hợp tác với tỉnh Vân Nam năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Năm 2025, Quốc hội đã quyết định chủ trương đầu tư tuyến đường sắt Lào Cai – Hà Nội – Hải Phòng, dự kiến đấu nối với mạng đường sắt khổ tiêu chuẩn của Vân Nam tại khu vực Hà Khẩu. Năm ngoái, nhóm công tác kỹ thuật của hai bên đã họp hai phiên về cầu đường sắt qua biên giới, song chưa thống nhất được vị trí ga liên vận.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 3 năm nay, cử đoàn công tác do một Thứ trưởng dẫn đầu sang Côn Minh làm việc với Sở Giao thông vận tải tỉnh Vân Nam về phương án đấu nối đường sắt.",
        ),
        (
            "list_item",
            "2. Chủ trì, phối hợp với Bộ Ngoại giao đàm phán, tiến tới ký Biên bản ghi nhớ về phát triển logistics tại cặp cửa khẩu Lào Cai – Hà Khẩu, dự kiến trong quý III.",
        ),
        (
            "list_item",
            "3. Đề nghị Ngân hàng Phát triển châu Á (ADB) hỗ trợ kỹ thuật nghiên cứu tiền khả thi trung tâm logistics Kim Thành trong khuôn khổ Chương trình GMS.",
        ),
        (
            "list_item",
            "4. Không tổ chức diễn đàn logistics riêng với tỉnh Vân Nam trong năm 2026; nội dung này được lồng ghép vào các hoạt động xúc tiến của Chương trình GMS.",
        ),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế là đầu mối theo dõi, đôn đốc và tổng hợp kết quả thực hiện Kế hoạch này.",
        ),
    ],
}

WUE_ACMECS = {
    "id": "wue",
    "shape": "entry",
    "blocks": [
        ("title", "Chiến lược hợp tác kinh tế Ayeyawady – Chao Phraya – Mê Công"),
        (
            "paragraph",
            "Chiến lược hợp tác kinh tế Ayeyawady – Chao Phraya – Mê Công (ACMECS) là cơ chế hợp tác tiểu vùng giữa năm nước Cam-pu-chia, Lào, Mi-an-ma, Thái Lan và Việt Nam, lấy tên ba con sông lớn chảy qua khu vực. Ý tưởng thành lập được Thủ tướng Thái Lan Thaksin Shinawatra nêu ra tại Hội nghị Cấp cao đặc biệt ASEAN về dịch SARS ở Băng Cốc ngày 29/4/2003.",
        ),
        ("heading", "Thành lập và mở rộng", 1),
        (
            "paragraph",
            "Tại Hội nghị Cấp cao đầu tiên ở Bagan (Mi-an-ma) ngày 12/11/2003, lãnh đạo Cam-pu-chia, Lào, Mi-an-ma và Thái Lan thông qua Tuyên bố Bagan, chính thức khai sinh cơ chế này. Việt Nam gia nhập ACMECS ngày 10/5/2004 và đã hai lần đăng cai Hội nghị Cấp cao, tại Hà Nội tháng 11/2008 và ngày 26/10/2016.",
        ),
        ("heading", "Kế hoạch tổng thể", 1),
        (
            "paragraph",
            "Hội nghị Cấp cao lần thứ 8 tại Băng Cốc ngày 16/6/2018 thông qua Kế hoạch tổng thể ACMECS giai đoạn 2019 – 2023, kế hoạch dài hạn đầu tiên của cơ chế. Thái Lan đề xuất lập Quỹ ACMECS và cam kết đóng góp vốn ban đầu, đồng thời kêu gọi các đối tác phát triển và các định chế tài chính quốc tế cùng tham gia.",
        ),
        ("heading", "Hoạt động gần đây", 1),
        (
            "paragraph",
            "Hội nghị Cấp cao lần thứ 10, do Lào với tư cách Chủ tịch ACMECS tổ chức tại Côn Minh (Trung Quốc) tháng 11/2024, thông qua Tuyên bố Viêng Chăn. Khác với GMS, ACMECS không có Trung Quốc là thành viên.",
        ),
    ],
}

DOCS = [WUA_YUNNAN, WUB_KUNMING, WUC_GMS8, WUD_PLAN, WUE_ACMECS]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 72 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 72, ["TỔNG LÃNH SỰ", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu, <article>, <h1>, a date line, the
    lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list, footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    body = [
        f'<h3 class="subtitle">{b[1]}</h3>' if b[0] == "heading" else f"<p>{b[1]}</p>" for b in blocks[2:]
    ]
    tags = "".join(f'<li><a href="/tag/{slug}">{name}</a></li>' for slug, name in doc["tags"])
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title} | Thời sự quốc tế</title>\n"
        f'<meta property="article:published_time" content="{doc["date"]}T{doc["time"]}:00+07:00">\n'
        "</head>\n<body>\n"
        '<nav class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li>'
        '<li><a href="/the-gioi">Thế giới</a></li></ul></nav>\n'
        f'<article class="detail">\n<h1>{title}</h1>\n<div class="date">{doc["stamp"]}</div>\n'
        f'<p class="sapo"><b>{lead}</b></p>\n' + "\n".join(body) + "\n"
        f'<ul class="tags">{tags}</ul>\n'
        "</article>\n<footer>© Thông tấn xã Việt Nam. Ghi rõ nguồn khi phát hành lại.</footer>\n</body>\n</html>\n"
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    tail = [
        f"{'Nơi nhận:':<48}KT. BỘ TRƯỞNG",
        f"{'- Bộ Ngoại giao (để phối hợp);':<48}THỨ TRƯỞNG",
        f"{'- UBND tỉnh Lào Cai;':<51}(đã ký)",
        "- Lưu: VT, HTQT.",
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
        prefix="wu",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
