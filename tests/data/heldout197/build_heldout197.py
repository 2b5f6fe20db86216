"""Build the hundred-and-ninety-seventh held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout197/build_heldout197.py [--check]

Five short documents on a topic the earlier sets do not use as a main topic: transnational crime and the
protection of citizens in the Mekong sub-region (COMMIT 2004, ACTIP 2015, the joint Mekong patrols since
12/2011, the online-scam compounds, Thailand's power cut of 5/2/2025), the Foreign Ministry's Consular
Department's report on 2025, the Foreign Ministry's regular press briefing of 6/3/2025 (this set's new
shape, in place of the news page), a (fictitious) Ministry of Science and Technology plan against
cross-border online fraud in 2026 and an encyclopedia entry on COMMIT. Facts are well-established; authors,
journal, page numbers, document numbers, the report's local items, the plan, the reporters' questions
and the spokesperson's words are invented. Events, citations and questions gold are written by hand;
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
    plan_text,
    word_text,
)

YVA_MEKONG_CRIME = {
    "id": "yva",
    "shape": "journal",
    "header": "TẠP CHÍ AN NINH PHI TRUYỀN THỐNG – Số 2 (2025)",
    "first_page": 58,
    "break_after": 9,
    "blocks": [
        ("title", "HỢP TÁC PHÒNG, CHỐNG TỘI PHẠM XUYÊN QUỐC GIA Ở TIỂU VÙNG MÊ CÔNG"),
        ("author", "Lương Văn Thành"),
        ("affiliation", "Học viện An ninh nhân dân"),
        (
            "abstract",
            "Bài viết điểm lại các cơ chế hợp tác phòng, chống tội phạm xuyên quốc gia ở Tiểu vùng Mê Công và thách thức mới từ lừa đảo trực tuyến.",
            "vi",
        ),
        ("keywords", "COMMIT; ACTIP; tuần tra chung; lừa đảo trực tuyến", "vi"),
        ("heading", "1. Từ COMMIT đến ACTIP", 1),
        (
            "paragraph",
            "Ngày 29/10/2004, tại Yangon, sáu nước Tiểu vùng Mê Công mở rộng gồm Campuchia, Trung Quốc, Lào, Myanmar, Thái Lan và Việt Nam ký Bản ghi nhớ về hợp tác chống buôn bán người, khởi đầu tiến trình COMMIT. Ở cấp ASEAN, Công ước về phòng, chống buôn bán người, đặc biệt là phụ nữ và trẻ em (ACTIP) được ký tại Kuala Lumpur ngày 21/11/2015 và có hiệu lực từ ngày 8/3/2017; Việt Nam nộp văn kiện phê chuẩn Công ước ngày 5/1/2017 (Trần Hữu Phước, 2018, tr. 72).",
        ),
        ("heading", "2. Tuần tra chung trên sông Mê Công", 1),
        (
            "paragraph",
            "Sau vụ hai tàu hàng Trung Quốc bị tấn công ngày 5/10/2011 ở khu vực Tam giác vàng, làm 13 thủy thủ thiệt mạng, Trung Quốc, Lào, Myanmar và Thái Lan bắt đầu tuần tra chung trên sông Mê Công từ tháng 12/2011. Kẻ cầm đầu vụ tấn công bị bắt tại Lào và bị dẫn độ sang Trung Quốc năm 2012. Đến nay, các đợt tuần tra chung vẫn được duy trì đều đặn (Mai Thị Hạnh, 2021, tr. 45).",
        ),
        ("heading", "3. Thách thức từ các cơ sở lừa đảo trực tuyến", 1),
        (
            "paragraph",
            "Theo báo cáo của Văn phòng Cao ủy Liên hợp quốc về quyền con người công bố ngày 29/8/2023, ít nhất 120.000 người ở Myanmar và khoảng 100.000 người ở Campuchia có thể đang bị ép buộc tham gia lừa đảo trực tuyến. Từ ngày 5/2/2025, Thái Lan cắt điện, internet và nhiên liệu cung cấp cho một số khu vực biên giới của Myanmar, trong đó có Myawaddy. Đây là loại tội phạm “không thể bị đánh bại nếu mỗi nước hành động đơn lẻ” (Vương Thị Kim Oanh, 2025, tr. 19). Ta cần tăng cường phối hợp với Campuchia, Lào, Myanmar và Thái Lan trong xác minh, tiếp nhận công dân và chia sẻ thông tin.",
        ),
    ],
}

YVB_CONSULAR = {
    "id": "yvb",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "CỤC LÃNH SỰ",
        "Số: 412/BC-CLS",
        "Hà Nội, ngày 19 tháng 12 năm 2025",
    ],
    "title_lines": ["BÁO CÁO", "Công tác bảo hộ công dân tại các nước Tiểu vùng Mê Công năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Công tác bảo hộ công dân tại các nước Tiểu vùng Mê Công năm 2025"),
        ("heading", "I. KẾT QUẢ CÔNG TÁC", 1),
        (
            "list_item",
            "1. Thực hiện chỉ đạo của Chính phủ, Cục đã phối hợp với Bộ Công an và các Đại sứ quán ta tại Myanmar, Thái Lan đưa 471 công dân bị phía Myanmar trục xuất từ khu vực Myawaddy về nước an toàn qua ba đợt, vào các ngày 8/4, 28/4 và 14/5, theo lộ trình qua Mae Sot (Thái Lan).",
        ),
        (
            "list_item",
            "2. Tại Campuchia, Đại sứ quán và các Tổng Lãnh sự quán tại Battambang, Sihanoukville đã đề nghị phía bạn thông báo lãnh sự kịp thời, tạo điều kiện thăm lãnh sự; phía Campuchia đã nhiều lần bàn giao công dân vi phạm cho ta qua các cửa khẩu biên giới.",
        ),
        (
            "list_item",
            "3. Cục đã làm việc với Đại sứ quán Lào tại Hà Nội về các trường hợp công dân ta bị lừa sang làm việc tại Đặc khu kinh tế Tam giác vàng (tỉnh Bokeo).",
        ),
        (
            "list_item",
            "4. Tháng 10, Cục phối hợp với Tổ chức Di cư quốc tế (IOM) tổ chức hội thảo tại Tây Ninh về phòng ngừa di cư trái phép và lừa đảo việc làm ở nước ngoài.",
        ),
        (
            "list_item",
            "5. Một số trường hợp vẫn chưa được xác minh do phía Myanmar chưa cung cấp đầy đủ thông tin.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2026", 1),
        (
            "list_item",
            "1. Phối hợp với Bộ Công an đề xuất ký thỏa thuận với Campuchia về quy trình tiếp nhận công dân qua cửa khẩu.",
        ),
        (
            "list_item",
            "2. Phối hợp với Đại sứ quán Thái Lan tại Hà Nội xây dựng cơ chế trao đổi thông tin nhanh về công dân gặp nạn ở khu vực biên giới Thái Lan – Myanmar.",
        ),
        (
            "list_item",
            "3. Tham gia các hoạt động của tiến trình COMMIT theo phân công của Bộ Công an.",
        ),
    ],
}

YVC_BRIEFING = {
    "id": "yvc",
    "shape": "press",
    "site": "BỘ NGOẠI GIAO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "crumb": "Trang chủ > Thông tin báo chí > Họp báo thường kỳ",
    "stamp": "06/03/2025 18:05",
    "blocks": [
        ("title", "Họp báo thường kỳ của Bộ Ngoại giao ngày 6/3/2025"),
        (
            "paragraph",
            "Chiều 6/3/2025, tại Hà Nội, Bộ Ngoại giao tổ chức họp báo thường kỳ do Người Phát ngôn Bộ Ngoại giao chủ trì.",
        ),
        ("heading", "I. THÔNG BÁO", 1),
        (
            "paragraph",
            "Nhận lời mời của Tổng thống Cộng hòa Indonesia Prabowo Subianto, Tổng Thư ký ASEAN Kao Kim Hourn và Thủ tướng Cộng hòa Singapore Lawrence Wong, Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam Tô Lâm và Phu nhân sẽ thăm cấp Nhà nước tới Cộng hòa Indonesia, thăm chính thức Ban Thư ký ASEAN và thăm chính thức Cộng hòa Singapore từ ngày 9 đến ngày 13/3/2025.",
        ),
        ("heading", "II. TRẢ LỜI CÂU HỎI CỦA PHÓNG VIÊN", 1),
        ("heading", "1. Về chuyến thăm của Tổng Bí thư Tô Lâm", 2),
        (
            "paragraph",
            "Phóng viên Thông tấn xã Việt Nam hỏi: Xin cho biết ý nghĩa của chuyến thăm sắp tới?",
        ),
        (
            "paragraph",
            "Người Phát ngôn: Chuyến thăm diễn ra đúng dịp Việt Nam và Indonesia kỷ niệm 70 năm thiết lập quan hệ ngoại giao, Việt Nam kỷ niệm 30 năm gia nhập ASEAN; đây cũng là lần đầu tiên Tổng Bí thư ta thăm Ban Thư ký ASEAN. Indonesia và Singapore đều là Đối tác chiến lược của Việt Nam từ năm 2013. Chúng tôi tin tưởng chuyến thăm sẽ đưa quan hệ của Việt Nam với hai nước và với ASEAN lên tầm cao mới.",
        ),
        ("heading", "2. Về công dân Việt Nam tại khu vực Myawaddy", 2),
        (
            "paragraph",
            "Phóng viên Báo Tuổi Trẻ hỏi: Đề nghị cho biết thông tin về các công dân Việt Nam được đưa ra khỏi các cơ sở lừa đảo trực tuyến tại Myawaddy (Myanmar)?",
        ),
        (
            "paragraph",
            "Người Phát ngôn: Theo phía Myanmar, trong số hơn 7.000 người nước ngoài được đưa ra khỏi các cơ sở này có hơn 570 người được cho là công dân Việt Nam. Bộ Ngoại giao đã chỉ đạo Đại sứ quán ta tại Myanmar và Thái Lan đề nghị cơ quan chức năng hai nước bảo đảm an toàn cho công dân ta, đồng thời phối hợp với Bộ Công an xác minh nhân thân để sớm đưa công dân về nước qua lãnh thổ Thái Lan.",
        ),
        ("heading", "3. Về hợp tác phòng, chống lừa đảo trực tuyến", 2),
        (
            "paragraph",
            "Phóng viên Hãng Reuters hỏi: Từ ngày 5/2, Thái Lan đã cắt điện, internet và nhiên liệu cung cấp cho một số khu vực biên giới của Myanmar. Việt Nam bình luận gì về việc này?",
        ),
        (
            "paragraph",
            "Người Phát ngôn: Việt Nam ghi nhận nỗ lực của các nước trong khu vực nhằm ngăn chặn lừa đảo trực tuyến và mua bán người, và sẵn sàng phối hợp chặt chẽ với Thái Lan, Myanmar, Campuchia, Lào, cả song phương và trong khuôn khổ ASEAN, để xử lý loại tội phạm này.",
        ),
    ],
}

YVD_PLAN = {
    "id": "yvd",
    "shape": "plan",
    "head": [
        f"{'BỘ KHOA HỌC VÀ CÔNG NGHỆ':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 27/KH-BKHCN':<40}Hà Nội, ngày 16 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác quốc tế phòng, chống lừa đảo trực tuyến",
        "với các nước Tiểu vùng Mê Công năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác quốc tế phòng, chống lừa đảo trực tuyến với các nước Tiểu vùng Mê Công năm 2026",
        ),
        (
            "paragraph",
            "Nhằm hạn chế việc các đối tượng lừa đảo lợi dụng hạ tầng viễn thông, internet qua biên giới và triển khai các cam kết hợp tác trong khuôn khổ ASEAN, Bộ Khoa học và Công nghệ xây dựng Kế hoạch năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Năm ngoái, Cục Viễn thông đã phối hợp với cơ quan quản lý viễn thông của Campuchia và Lào xử lý tình trạng sóng di động tràn qua biên giới; đại diện Bộ cũng tham dự Hội nghị Bộ trưởng Số ASEAN (ADGMIN). Tuy vậy, Việt Nam và Thái Lan chưa ký thỏa thuận chia sẻ dữ liệu về số điện thoại, tài khoản có dấu hiệu lừa đảo.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Trong quý II, chủ trì hội thảo về phòng, chống lừa đảo trực tuyến xuyên biên giới tại Hà Nội, mời cơ quan chuyên môn của Campuchia, Trung Quốc, Lào, Myanmar, Thái Lan và Văn phòng Liên hợp quốc về Ma túy và Tội phạm (UNODC) tham dự.",
        ),
        (
            "list_item",
            "2. Đàm phán Bản ghi nhớ với Bộ Kinh tế và Xã hội số Thái Lan về trao đổi thông tin lừa đảo trực tuyến, phấn đấu ký trong năm.",
        ),
        (
            "list_item",
            "3. Đề nghị Cơ quan Hợp tác quốc tế Hàn Quốc (KOICA) hỗ trợ đào tạo chuyên gia ứng cứu sự cố mạng cho các tỉnh biên giới.",
        ),
        (
            "paragraph",
            "Cục Viễn thông là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch này.",
        ),
    ],
}

YVE_COMMIT = {
    "id": "yve",
    "shape": "entry",
    "blocks": [
        ("title", "COMMIT"),
        (
            "paragraph",
            "Sáng kiến phối hợp cấp bộ trưởng các nước Mê Công về chống buôn bán người (Coordinated Mekong Ministerial Initiative against Trafficking – COMMIT) là tiến trình hợp tác của sáu nước Tiểu vùng Mê Công mở rộng: Campuchia, Trung Quốc, Lào, Myanmar, Thái Lan và Việt Nam. Tiến trình chính thức hình thành khi đại diện cấp bộ trưởng sáu nước ký Bản ghi nhớ về hợp tác chống buôn bán người tại Yangon ngày 29/10/2004.",
        ),
        ("heading", "Cơ chế hoạt động", 1),
        (
            "paragraph",
            "Các nước triển khai những Kế hoạch hành động tiểu vùng kéo dài vài năm; Hội nghị quan chức cao cấp (SOM) và Hội nghị cấp bộ trưởng (IMM) được tổ chức định kỳ. Mỗi nước có một Tổ công tác COMMIT quốc gia gồm đại diện các cơ quan công an, tư pháp, xã hội và phụ nữ. Tiến trình được Liên hợp quốc hỗ trợ, ban đầu qua Dự án liên cơ quan về chống buôn bán người (UNIAP).",
        ),
        ("heading", "Các mốc chính", 1),
        (
            "paragraph",
            "Tại Hội nghị cấp bộ trưởng lần thứ hai ở Bắc Kinh ngày 14/12/2007, sáu nước ký Tuyên bố chung và thông qua Kế hoạch hành động giai đoạn 2008 – 2010. Hội nghị lần thứ ba do Việt Nam đăng cai tại Hà Nội tháng 2/2012; tại đây, các bộ trưởng ký Tuyên bố chung lần thứ hai.",
        ),
        ("heading", "Quan hệ với ASEAN", 1),
        (
            "paragraph",
            "COMMIT không có ban thư ký riêng và không thay thế các cơ chế của ASEAN. Năm nước ASEAN tham gia tiến trình đều là thành viên Công ước ASEAN về phòng, chống buôn bán người (ACTIP), có hiệu lực từ ngày 8/3/2017.",
        ),
    ],
}

DOCS = [YVA_MEKONG_CRIME, YVB_CONSULAR, YVC_BRIEFING, YVD_PLAN, YVE_COMMIT]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page (the first too), "[N]" page
    labels flush right (heldout_kit.headed_journal defaults: title at 50, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: lines wrapped at 72 columns as on the page, every line
    followed by an empty line; the director's signature at the end."""
    return word_text(doc, 72, ["CỤC TRƯỞNG", "(Đã ký)"])


def render_press(doc: dict) -> str:
    """A press briefing copied from the ministry's website as plain text (the new shape; built here, not by
    heldout_kit): the site line and the breadcrumb, a blank line, the title and the posting time under it,
    a blank line, then the opening paragraph, the roman-numeral section headings, the numbered topic
    headings and the "Phóng viên … hỏi:" / "Người Phát ngôn:" turns one a line (no wrapping), a blank line
    after each, and the "Chia sẻ" line of the page's foot."""
    blocks = doc["blocks"]
    out = [doc["site"], doc["crumb"], "", blocks[0][1], doc["stamp"], ""]
    for b in blocks[1:]:
        out += [b[1], ""]
    out += ["Chia sẻ: Facebook | Twitter | Email"]
    return "\n".join(out) + "\n"


def render_plan(doc: dict) -> str:
    """A ministry plan: issuer/motto block, the centred three-line title, body at 76 columns with a blank
    line between blocks, "Nơi nhận" beside the signature."""
    return plan_text(
        doc,
        76,
        ["Nơi nhận:", "- Bộ Công an, Bộ Ngoại giao;", "- Lưu: VT, CVT."],
        ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "(đã ký)"],
    )


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "word": render_word,
            "press": render_press,
            "plan": render_plan,
            "entry": entry_text,
        },
        prefix="yv",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
