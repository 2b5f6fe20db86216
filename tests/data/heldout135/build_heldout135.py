"""Build the hundred-and-thirty-fifth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout135/build_heldout135.py [--check]

Five short documents on Vietnam and Chile: the relations from Allende's visit of 1969 to the free trade
agreement, the Vietnam Trade Office in Chile's report for 2024, the signing of the CPTPP in Santiago
(8/3/2018), a (fictitious) Ministry of Agriculture and Environment plan for fisheries and plant-quarantine
cooperation with Chile in 2026, and an encyclopedia entry on APEC. Facts are well-established; authors,
journal, page numbers, document numbers, the report's local items and all quoted words are invented, the
ministry plan is fictitious. Events, citations and questions gold are written by hand; ``--check``
verifies that every gold evidence, quote and citation occurs in the documents.
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

OVA_CHILE = {
    "id": "ova",
    "shape": "journal",
    "header": "NGHIÊN CỨU QUỐC TẾ VÀ KHU VỰC – Số 2 (2022)",
    "first_page": 71,
    "break_after": 12,
    "blocks": [
        ("title", "VIỆT NAM – CHILE: TỪ TÌNH ĐOÀN KẾT ĐẾN HIỆP ĐỊNH THƯƠNG MẠI TỰ DO"),
        ("author", "Trịnh Thu Hằng"),
        ("affiliation", "Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết khái quát các giai đoạn phát triển của quan hệ Việt Nam – Chile và vai trò của các hiệp định thương mại.",
            "vi",
        ),
        ("keywords", "Chile; Allende; VCFTA; CPTPP; APEC", "vi"),
        ("heading", "1. Những năm đầu", 1),
        (
            "paragraph",
            "Tháng 5/1969, khi còn là Chủ tịch Thượng viện, Salvador Allende đã sang thăm Hà Nội giữa lúc cuộc kháng chiến chống Mỹ đang ở giai đoạn quyết liệt. Chưa đầy hai năm sau, ngày 25/3/1971, Chile dưới chính quyền Allende trở thành nước Nam Mỹ đầu tiên thiết lập quan hệ ngoại giao với Việt Nam (Lê Thị Thu Trang, 2016, tr. 58). Sau cuộc đảo chính quân sự tháng 9/1973, quan hệ giữa hai nước bị gián đoạn suốt gần hai thập kỷ.",
        ),
        ("heading", "2. Khôi phục và nâng tầm", 1),
        (
            "paragraph",
            "Tháng 9/1990, ít lâu sau khi nền dân chủ được khôi phục, phía Chile đề nghị nối lại quan hệ ở cấp đại sứ. Việt Nam mở lại Đại sứ quán tại Santiago vào tháng 10/2003, và một năm sau Chile cũng mở Đại sứ quán tại Hà Nội. Nhân chuyến thăm Chile của Tổng Bí thư Nông Đức Mạnh tháng 5/2007, hai nước xác lập quan hệ Đối tác toàn diện. Tháng 11/2017, Tổng thống Michelle Bachelet thăm cấp Nhà nước Việt Nam, kết hợp dự Tuần lễ cấp cao APEC tại Đà Nẵng (Nguyễn Hồng Quân, 2018).",
        ),
        ("heading", "3. Khung khổ thương mại", 1),
        (
            "paragraph",
            "Hiệp định Thương mại tự do Việt Nam – Chile (VCFTA) được ký tháng 11/2011 bên lề Hội nghị cấp cao APEC tại Honolulu (Hoa Kỳ) và có hiệu lực từ ngày 1/1/2014; đây là FTA đầu tiên của nước ta với một quốc gia Mỹ Latinh. Với mạng lưới hơn 20 hiệp định thương mại, Chile được xem là “cánh cửa để hàng Việt Nam đi vào Nam Mỹ” (Phan Đức Anh, 2020, tr. 131). Hai nước còn cùng tham gia Hiệp định CPTPP, được ký tại Santiago ngày 8/3/2018, song Quốc hội Chile đến nay vẫn chưa hoàn tất việc phê chuẩn.",
        ),
    ],
}

OVB_TRADE_OFFICE = {
    "id": "ovb",
    "shape": "word",
    "head": [
        "BỘ CÔNG THƯƠNG",
        "THƯƠNG VỤ VIỆT NAM TẠI CHILE",
        "Số: 112/BC-TVCL",
        "Santiago, ngày 18 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả công tác năm 2024 và nhiệm vụ trọng tâm năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác năm 2024 và nhiệm vụ trọng tâm năm 2025"),
        ("heading", "I. KẾT QUẢ CÔNG TÁC NĂM 2024", 1),
        (
            "list_item",
            "1. Nhân dịp tròn 10 năm Hiệp định VCFTA có hiệu lực, Thương vụ phối hợp với Đại sứ quán tổ chức Ngày Việt Nam tại Santiago, thu hút hơn 40 doanh nghiệp hai nước tham gia.",
        ),
        (
            "list_item",
            "2. Tháng 4, đón đoàn Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam (VASEP) sang khảo sát thị trường và làm việc với Cơ quan Xúc tiến xuất khẩu Chile (ProChile).",
        ),
        (
            "list_item",
            "3. Tháng 9, tham dự phiên họp trực tuyến của Ủy ban Tự do thương mại Việt Nam – Chile; hai bên đã rà soát tình hình thực thi cam kết cắt giảm thuế quan.",
        ),
        (
            "list_item",
            "4. Hỗ trợ doanh nghiệp trong nước ký hợp đồng nhập khẩu đồng tinh luyện và gỗ thông của Chile với tổng trị giá khoảng 35 triệu USD.",
        ),
        (
            "list_item",
            "5. Hồ sơ mở cửa thị trường cho quả bưởi của Việt Nam vẫn chưa được Cơ quan Nông nghiệp và Chăn nuôi Chile (SAG) phê duyệt.",
        ),
        ("heading", "II. NHIỆM VỤ TRỌNG TÂM NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 3 năm sau, phối hợp đón đoàn ProChile sang Hà Nội và Thành phố Hồ Chí Minh xúc tiến xuất khẩu rượu vang và trái cây.",
        ),
        (
            "list_item",
            "2. Tổ chức gian hàng Việt Nam tại một hội chợ thực phẩm ở Santiago trong sáu tháng cuối năm 2025.",
        ),
        (
            "list_item",
            "3. Nghiên cứu, kiến nghị với Bộ việc đàm phán nâng cấp VCFTA để mở rộng sang dịch vụ và đầu tư.",
        ),
    ],
}

OVC_CPTPP = {
    "id": "ovc",
    "shape": "news",
    "date": "2018-03-09",
    "stamp": "Thứ Sáu, 09/03/2018 - 07:40",
    "blocks": [
        ("title", "11 nước ký Hiệp định CPTPP tại thủ đô của Chile"),
        (
            "paragraph",
            "Santiago de Chile (TTXVN) – Chiều 8/3 (giờ địa phương), đại diện 11 nước đã ký Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương (CPTPP), khép lại hơn một năm nỗ lực cứu vãn thỏa thuận thương mại tự do lớn nhất châu Á – Thái Bình Dương.",
        ),
        (
            "paragraph",
            "Bộ trưởng Công Thương Trần Tuấn Anh thay mặt Chính phủ Việt Nam ký hiệp định. Mười nước còn lại là Australia, Brunei, Canada, Chile, Nhật Bản, Malaysia, Mexico, New Zealand, Peru và Singapore.",
        ),
        ("heading", "Không có Mỹ", 1),
        (
            "paragraph",
            "CPTPP được xây dựng trên cơ sở Hiệp định Đối tác xuyên Thái Bình Dương (TPP) mà 12 nước đã ký tại Auckland (New Zealand) ngày 4/2/2016. Ngày 23/1/2017, Tổng thống Donald Trump ký sắc lệnh rút Mỹ khỏi TPP. Các nước còn lại sau đó thống nhất những nội dung cốt lõi của hiệp định mới tại Đà Nẵng, bên lề Tuần lễ cấp cao APEC tháng 11 năm ngoái.",
        ),
        (
            "paragraph",
            "Hiệp định sẽ có hiệu lực 60 ngày sau khi ít nhất sáu nước hoặc một nửa số nước ký hoàn tất thủ tục phê chuẩn.",
        ),
        ("heading", "Thuế thép và nhôm", 1),
        (
            "paragraph",
            "Cũng trong ngày 8/3, tại Washington, ông Trump ký quyết định áp thuế 25% đối với thép và 10% đối với nhôm nhập khẩu, nhưng tạm thời miễn trừ cho Canada và Mexico. Nhiều đối tác thương mại của Mỹ đã lên tiếng phản đối quyết định này.",
        ),
    ],
}

OVD_PLAN = {
    "id": "ovd",
    "shape": "plan",
    "head": [
        f"{'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 41/KH-BNNMT':<40}Hà Nội, ngày 12 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với Cộng hòa Chile về thủy sản",
        "và kiểm dịch thực vật năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác với Cộng hòa Chile về thủy sản và kiểm dịch thực vật năm 2026",
        ),
        (
            "paragraph",
            "Nhằm tận dụng Hiệp định Thương mại tự do Việt Nam – Chile, có hiệu lực từ ngày 1/1/2014, và Hiệp định CPTPP, Bộ Nông nghiệp và Môi trường xây dựng Kế hoạch hợp tác với Chile năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Chile là nước sản xuất cá hồi nuôi lớn thứ hai thế giới, sau Na Uy, và có kinh nghiệm quản lý dịch bệnh thủy sản ở vùng nước lạnh. Năm ngoái, hai bên đã trao đổi hồ sơ kỹ thuật về quả bưởi và quả chanh leo của Việt Nam, song phía Chile chưa cấp phép nhập khẩu. Tháng 10 năm ngoái, Bộ trưởng đã tiếp Đại sứ Chile tại Việt Nam và thống nhất thúc đẩy hợp tác nuôi trồng thủy sản.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 4 năm nay, cử đoàn công tác do một Thứ trưởng dẫn đầu sang Santiago và Puerto Montt làm việc với Bộ Nông nghiệp và Tổng cục Nghề cá và Nuôi trồng thủy sản Chile.",
        ),
        (
            "list_item",
            "2. Nhân dịp này, ký Bản ghi nhớ hợp tác về nuôi trồng thủy sản và phòng chống dịch bệnh giữa hai Bộ.",
        ),
        (
            "list_item",
            "3. Đề nghị phía Chile hỗ trợ đào tạo kỹ thuật nuôi cá hồi vân cho cán bộ các tỉnh miền núi phía Bắc.",
        ),
        (
            "list_item",
            "4. Tiếp tục phối hợp với Bộ Công Thương thúc đẩy phía Chile sớm mở cửa thị trường cho quả bưởi.",
        ),
        (
            "list_item",
            "5. Chưa đặt vấn đề đàm phán hiệp định hợp tác nghề cá song phương trong năm 2026.",
        ),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch này.",
        ),
    ],
}

OVE_APEC = {
    "id": "ove",
    "shape": "entry",
    "blocks": [
        ("title", "Diễn đàn Hợp tác Kinh tế châu Á – Thái Bình Dương"),
        (
            "paragraph",
            "Diễn đàn Hợp tác Kinh tế châu Á – Thái Bình Dương (APEC) được thành lập tại hội nghị cấp bộ trưởng ở Canberra (Australia) tháng 11/1989, theo sáng kiến của Thủ tướng Australia Bob Hawke, với 12 thành viên sáng lập. Ban Thư ký của diễn đàn đặt tại Singapore từ năm 1993.",
        ),
        ("heading", "Mở rộng", 1),
        (
            "paragraph",
            "Trung Quốc, Hồng Kông (Trung Quốc) và Đài Bắc Trung Hoa tham gia năm 1991; Mexico và Papua New Guinea năm 1993; Chile năm 1994. Tháng 11/1998, Việt Nam cùng Nga và Peru được kết nạp, nâng số thành viên lên 21. Cũng từ năm đó, APEC tạm dừng kết nạp thành viên mới.",
        ),
        ("heading", "Các hội nghị cấp cao", 1),
        (
            "paragraph",
            "Hội nghị các nhà lãnh đạo kinh tế APEC đầu tiên họp tại đảo Blake, gần Seattle (Hoa Kỳ), năm 1993. Việt Nam đã hai lần đăng cai năm APEC, vào các năm 2006 và 2017. Chile đăng cai năm 2004; ngày 30/10/2019, nước này tuyên bố không tổ chức Hội nghị cấp cao APEC 2019 do bất ổn trong nước. Peru đã ba lần làm chủ nhà, lần gần nhất tại Lima năm 2024.",
        ),
        ("heading", "Cơ chế hoạt động", 1),
        (
            "paragraph",
            "APEC hoạt động theo nguyên tắc đồng thuận và tự nguyện; các cam kết của diễn đàn không có tính ràng buộc pháp lý. Các thành viên được gọi là “nền kinh tế” chứ không phải “quốc gia”, chiếm khoảng 60% GDP và gần một nửa thương mại toàn cầu. Năm 2020, APEC thông qua Tầm nhìn Putrajaya đến năm 2040.",
        ),
    ],
}

DOCS = [OVA_CHILE, OVB_TRADE_OFFICE, OVC_CPTPP, OVD_PLAN, OVE_APEC]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 72 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 72, ["THAM TÁN THƯƠNG MẠI", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu, <article>, <h1>, a date line, the
    lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list, footer."""
    return news_page(
        doc,
        "Thế giới",
        "07:40",
        [("/the-gioi", "Thế giới"), ("/kinh-te", "Kinh tế")],
        [("/tag/cptpp", "CPTPP"), ("/tag/chile", "Chile")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        76,
        ["Nơi nhận:", "- Bộ Ngoại giao (để phối hợp);", "- Lưu: VT, HTQT."],
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
        prefix="ov",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
