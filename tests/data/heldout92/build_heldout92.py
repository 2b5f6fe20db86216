"""Build the ninety-second held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout92/build_heldout92.py [--check]

Five short documents written after the rules were tuned on the seeds and the earlier held-out sets, on
topics those sets do not use (Vietnam – Sri Lanka from the relations of 21/7/1970 to the state visit of
May 2025, Bà Rịa – Vũng Tàu's external affairs in 2022 with the rescue of 303 Sri Lankans, the IMF's
approval of Sri Lanka's Extended Fund Facility on 20/3/2023, a (fictitious) Ministry of Agriculture and
Environment plan for agricultural cooperation with Sri Lanka in 2026, an encyclopedia entry on the
Indo – Sri Lanka Accord of 1987). Nothing in src/ was changed for them. Facts are well-established;
authors, journal, page numbers, document numbers, the provincial report's local items and all quoted
words are invented, the ministry plan (number, date, tasks) is fictitious. Events, citations and
questions gold are written by hand; ``--check`` verifies that every gold evidence, quote and citation
occurs in the documents.
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

VXA_SRILANKA = {
    "id": "vxa",
    "shape": "journal",
    "header": "Tạp chí Châu Á – Thái Bình Dương Đương đại, số 5 (2025)",
    "first_page": 34,
    "break_after": 11,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – SRI LANKA: TỪ TÌNH ĐOÀN KẾT ĐẾN HỢP TÁC TRÊN ẤN ĐỘ DƯƠNG"),
        ("author", "Đặng Thị Ngọc Ánh"),
        ("affiliation", "Trường Đại học Khoa học Xã hội và Nhân văn, Đại học Quốc gia Hà Nội"),
        (
            "abstract",
            "Bài viết điểm lại các dấu mốc chính trong quan hệ Việt Nam – Sri Lanka và đề xuất một số hướng hợp tác trong bối cảnh mới.",
            "vi",
        ),
        ("keywords", "Sri Lanka; Nam Á; Ấn Độ Dương; BIMSTEC; quan hệ song phương", "vi"),
        ("heading", "1. Một quốc đảo tích cực trong hợp tác khu vực", 1),
        (
            "paragraph",
            "Giành độc lập từ Anh ngày 4/2/1948, Sri Lanka (khi đó mang tên Ceylon) được kết nạp vào Liên hợp quốc ngày 14/12/1955. Tháng 8/1976, Colombo đăng cai Hội nghị cấp cao lần thứ năm của Phong trào Không liên kết, và Thủ tướng Sirimavo Bandaranaike đảm nhiệm cương vị Chủ tịch Phong trào cho đến năm 1979 (Hoàng Minh Đức, 2018, tr. 52). Nước này còn là thành viên sáng lập Hiệp hội Hợp tác khu vực Nam Á (SAARC), thành lập tại Dhaka năm 1985, và Sáng kiến vịnh Bengal về hợp tác kinh tế và kỹ thuật đa ngành (BIMSTEC), ra đời tại Bangkok năm 1997.",
        ),
        ("heading", "2. Quan hệ song phương qua các thời kỳ", 1),
        (
            "paragraph",
            "Việt Nam và Sri Lanka chính thức thiết lập quan hệ ngoại giao cấp đại sứ ngày 21/7/1970. Sau chuyến thăm chính thức Việt Nam của Tổng thống Mahinda Rajapaksa tháng 10/2009, Chủ tịch nước Trương Tấn Sang đã thăm cấp Nhà nước Sri Lanka từ ngày 13 đến 15/10/2011; nhân dịp này, hai bên khai trương trụ sở mới của Đại sứ quán Việt Nam tại Colombo (Lê Thu Hương, 2021, tr. 87).",
        ),
        ("heading", "3. Chia sẻ trong khó khăn", 1),
        (
            "paragraph",
            "Năm 2022, Sri Lanka lâm vào cuộc khủng hoảng kinh tế nghiêm trọng nhất kể từ khi giành độc lập. Ấn Độ đã hỗ trợ nước láng giềng khoảng 4 tỷ USD, còn Quỹ Tiền tệ Quốc tế (IMF) ngày 20/3/2023 phê duyệt khoản vay khoảng 3 tỷ USD trong 48 tháng. Việt Nam cũng chia sẻ với bạn theo cách riêng: ngày 8/11/2022, lực lượng tìm kiếm cứu nạn của ta đã đưa 303 công dân Sri Lanka gặp nạn trên biển vào cảng Vũng Tàu và bảo đảm nơi ăn ở cho họ trong thời gian chờ hồi hương. Phía bạn coi đó là “một nghĩa cử mà người dân Sri Lanka sẽ còn nhắc mãi” (Trần Quốc Bình, 2023, tr. 19).",
        ),
        ("heading", "4. Triển vọng", 1),
        (
            "paragraph",
            "Tháng 5/2025, Tổng thống Anura Kumara Dissanayake thăm cấp Nhà nước Việt Nam và dự Đại lễ Phật đản Liên hợp quốc (Vesak) tại Thành phố Hồ Chí Minh. Dù vậy, kim ngạch thương mại hai chiều vẫn còn khiêm tốn và hai nước chưa khởi động đàm phán hiệp định thương mại tự do. Theo chúng tôi, ta nên sớm đề xuất đàm phán hiệp định này, đồng thời tận dụng vị trí của Sri Lanka để tiếp cận thị trường các nước BIMSTEC.",
        ),
    ],
}

VXB_BRVT = {
    "id": "vxb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH BÀ RỊA – VŨNG TÀU",
        "SỞ NGOẠI VỤ",
        "Số: 286/BC-SNgV",
        "Bà Rịa – Vũng Tàu, ngày 16 tháng 12 năm 2022",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả công tác đối ngoại năm 2022 và phương hướng, nhiệm vụ năm 2023"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác đối ngoại năm 2022 và phương hướng, nhiệm vụ năm 2023"),
        ("heading", "I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "list_item",
            "1. Sau khi các hoạt động đối ngoại được nối lại đầy đủ, trong năm tỉnh đã đón 52 đoàn khách quốc tế, trong đó có Đại sứ Ấn Độ, Tổng Lãnh sự Nhật Bản và Tổng Lãnh sự Hàn Quốc tại Thành phố Hồ Chí Minh đến chào xã giao và trao đổi về hợp tác đầu tư vào khu vực cảng Cái Mép – Thị Vải.",
        ),
        (
            "list_item",
            "2. Từ ngày 12 đến ngày 16/9, đoàn công tác của tỉnh do Phó Chủ tịch UBND tỉnh dẫn đầu đã thăm và làm việc tại tỉnh Gyeonggi (Hàn Quốc); hai bên ký Biên bản ghi nhớ hợp tác trong lĩnh vực cảng biển và logistics.",
        ),
        (
            "list_item",
            "3. Ngày 8/11, Sở phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh và Trung tâm Phối hợp tìm kiếm, cứu nạn hàng hải khu vực III tiếp nhận 303 công dân Sri Lanka được tàu Helios Leader của Nhật Bản cứu trên biển ngày 7/11, bố trí nơi ăn ở tạm thời và chăm sóc y tế cho những người này. Sở cũng đã cùng Đại sứ quán Sri Lanka và Tổ chức Di cư Quốc tế (IOM) xác minh nhân thân để làm thủ tục hồi hương.",
        ),
        (
            "list_item",
            "4. Tháng trước, Đại sứ Sri Lanka tại Việt Nam đã đến thăm số công dân nói trên, cảm ơn lãnh đạo tỉnh và đề nghị tỉnh tiếp tục hỗ trợ cho đến khi hoàn tất việc hồi hương.",
        ),
        (
            "list_item",
            "5. Dự án cải thiện môi trường nước tại thị xã Phú Mỹ sử dụng vốn vay ODA của Nhật Bản đến nay vẫn chưa giải ngân được do vướng mắc về thủ tục điều chỉnh chủ trương đầu tư.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2023", 1),
        (
            "list_item",
            "1. Phối hợp với IOM và Đại sứ quán Sri Lanka hoàn tất việc hồi hương cho công dân Sri Lanka; nhóm đầu tiên gồm 151 người dự kiến về nước vào cuối tháng này.",
        ),
        (
            "list_item",
            "2. Tổ chức đoàn xúc tiến đầu tư sang Nhật Bản và Hàn Quốc vào tháng 5/2023.",
        ),
        (
            "list_item",
            "3. Nghiên cứu, đề xuất thiết lập quan hệ hữu nghị, hợp tác với một địa phương có cảng biển của Ấn Độ.",
        ),
        (
            "list_item",
            "4. Tiếp tục đôn đốc các sở, ngành tháo gỡ vướng mắc để sớm giải ngân dự án sử dụng vốn ODA của Nhật Bản.",
        ),
    ],
}

VXC_IMF = {
    "id": "vxc",
    "shape": "news",
    "date": "2023-03-21",
    "stamp": "Thứ Ba, 21/03/2023 - 08:40",
    "blocks": [
        ("title", "IMF phê duyệt khoản vay 3 tỷ USD giúp Sri Lanka vượt khủng hoảng"),
        (
            "paragraph",
            "Washington (TTXVN) – Ngày 20/3 (giờ địa phương), Ban Giám đốc điều hành Quỹ Tiền tệ Quốc tế (IMF) đã phê duyệt khoản vay khoảng 3 tỷ USD trong 48 tháng theo Chương trình Tiện ích Quỹ mở rộng (EFF) dành cho Sri Lanka, quốc gia Nam Á đang trải qua cuộc khủng hoảng kinh tế tồi tệ nhất kể từ khi giành độc lập năm 1948.",
        ),
        ("heading", "Giải ngân ngay 333 triệu USD", 1),
        (
            "paragraph",
            "Theo thông báo của IMF, khoảng 333 triệu USD sẽ được giải ngân ngay, phần còn lại được chia thành nhiều đợt, sau mỗi lần IMF rà soát việc thực hiện cải cách. Quyết định này cũng mở đường cho các khoản tài trợ từ Ngân hàng Thế giới (WB) và Ngân hàng Phát triển châu Á (ADB). Tổng thống Ranil Wickremesinghe cảm ơn IMF và cho biết nhờ chương trình này, Colombo có thể tiếp cận tổng cộng tới 7 tỷ USD từ IMF và các định chế tài chính quốc tế. Đây là chương trình thứ 17 mà IMF dành cho Sri Lanka kể từ năm 1965.",
        ),
        ("heading", "Các chủ nợ lớn đã cam kết", 1),
        (
            "paragraph",
            "Trước đó, Sri Lanka đã nhận được bảo đảm tài chính từ tất cả các chủ nợ song phương lớn. Tháng 1 vừa qua, Ấn Độ trở thành chủ nợ song phương đầu tiên gửi văn bản ủng hộ kế hoạch tái cơ cấu nợ của Colombo, tiếp theo là nhóm chủ nợ Câu lạc bộ Paris. Đến đầu tháng này, Ngân hàng Xuất nhập khẩu Trung Quốc cũng đưa ra bảo đảm mới, và ngày 7/3, Tổng Giám đốc IMF Kristalina Georgieva hoan nghênh những tiến bộ mà chính quyền Sri Lanka đạt được.",
        ),
        ("heading", "Một năm sóng gió", 1),
        (
            "paragraph",
            "Tháng 4/2022, Sri Lanka tuyên bố tạm ngừng thanh toán các khoản nợ nước ngoài và sau đó rơi vào tình trạng vỡ nợ lần đầu tiên trong lịch sử. Tình trạng thiếu nhiên liệu, lương thực và thuốc men kéo dài đã làm bùng phát làn sóng biểu tình, buộc Tổng thống Gotabaya Rajapaksa phải ra nước ngoài và từ chức vào tháng 7/2022. IMF và Sri Lanka đã đạt thỏa thuận cấp chuyên viên về khoản vay từ ngày 1/9/2022.",
        ),
    ],
}

VXD_PLAN = {
    "id": "vxd",
    "shape": "plan",
    "head": [
        f"{'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 85/KH-BNNMT':<40}Hà Nội, ngày 15 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác nông nghiệp và thủy sản với Sri Lanka",
        "năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác nông nghiệp và thủy sản với Sri Lanka năm 2026"),
        (
            "paragraph",
            "Nhằm cụ thể hóa kết quả chuyến thăm cấp Nhà nước tới Việt Nam của Tổng thống Sri Lanka Anura Kumara Dissanayake tháng 5/2025, Bộ Nông nghiệp và Môi trường xây dựng Kế hoạch hợp tác với Sri Lanka năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Sri Lanka là một trong những nước xuất khẩu chè hàng đầu thế giới, đồng thời có nhu cầu lớn về gạo, ngô và thủy sản chế biến. Ngày 3/2/2024, nước này đã ký Hiệp định Thương mại tự do với Thái Lan, tạo thêm sức ép cạnh tranh đối với hàng nông sản của ta. Năm ngoái, hai bên đã trao đổi đoàn chuyên gia về giống lúa chịu mặn, song Bản ghi nhớ hợp tác nông nghiệp giữa hai Bộ vẫn chưa được ký kết.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 3, cử đoàn công tác do một Thứ trưởng dẫn đầu sang Colombo làm việc với Bộ Nông nghiệp Sri Lanka và khảo sát vùng trồng lúa tại Polonnaruwa.",
        ),
        (
            "list_item",
            "2. Chủ trì, phối hợp với Bộ Ngoại giao hoàn tất đàm phán Bản ghi nhớ hợp tác nông nghiệp, phấn đấu ký trong năm 2026.",
        ),
        (
            "list_item",
            "3. Tiếp nhận 20 cán bộ kỹ thuật Sri Lanka sang Việt Nam tập huấn về canh tác lúa và nuôi trồng thủy sản; kinh phí do phía Việt Nam bảo đảm.",
        ),
        (
            "list_item",
            "4. Đề nghị Tổ chức Lương thực và Nông nghiệp Liên hợp quốc (FAO) hỗ trợ kỹ thuật cho mô hình hợp tác ba bên Việt Nam – FAO – Sri Lanka về sản xuất lúa gạo.",
        ),
        (
            "list_item",
            "5. Chưa tổ chức đoàn doanh nghiệp sang Sri Lanka trong năm nay; nội dung này sẽ được xem xét sau khi Bản ghi nhớ được ký.",
        ),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế là đầu mối theo dõi, đôn đốc và tổng hợp kết quả thực hiện Kế hoạch này.",
        ),
    ],
}

VXE_ACCORD = {
    "id": "vxe",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp định Ấn Độ – Sri Lanka (1987)"),
        (
            "paragraph",
            "Hiệp định Ấn Độ – Sri Lanka là văn kiện do Thủ tướng Ấn Độ Rajiv Gandhi và Tổng thống Sri Lanka J. R. Jayewardene ký tại Colombo ngày 29/7/1987, nhằm chấm dứt cuộc xung đột vũ trang giữa chính phủ Sri Lanka và các nhóm vũ trang người Tamil ở miền Bắc và miền Đông đảo quốc.",
        ),
        ("heading", "Bối cảnh", 1),
        (
            "paragraph",
            "Từ năm 1983, nội chiến bùng nổ giữa quân đội Sri Lanka và tổ chức Những con hổ giải phóng Tamil Eelam (LTTE). Tháng 5/1987, quân chính phủ mở chiến dịch lớn nhằm vào các căn cứ của LTTE trên bán đảo Jaffna. Ngày 4/6/1987, máy bay vận tải của Không quân Ấn Độ thả hàng cứu trợ xuống Jaffna mà không được Colombo cho phép; Sri Lanka đã phản đối, coi đây là hành động vi phạm chủ quyền.",
        ),
        ("heading", "Nội dung", 1),
        (
            "paragraph",
            "Theo hiệp định, Colombo cam kết chuyển giao một phần quyền lực cho các hội đồng cấp tỉnh và tạm thời sáp nhập hai tỉnh miền Bắc và miền Đông, còn các nhóm vũ trang Tamil phải giao nộp vũ khí. Ấn Độ cam kết không để lãnh thổ của mình bị sử dụng cho các hoạt động chống lại sự thống nhất của Sri Lanka và đưa Lực lượng gìn giữ hòa bình Ấn Độ (IPKF) sang giám sát việc ngừng bắn; những đơn vị đầu tiên đã đổ bộ lên Jaffna ngay ngày hôm sau.",
        ),
        ("heading", "Thực hiện và hệ quả", 1),
        (
            "paragraph",
            "LTTE từ chối giải giáp và từ tháng 10/1987 giao tranh trực tiếp với IPKF. Tổng thống Ranasinghe Premadasa, lên nắm quyền năm 1989, yêu cầu Ấn Độ rút quân; những binh sĩ Ấn Độ cuối cùng rời Sri Lanka ngày 24/3/1990. Ngày 21/5/1991, Rajiv Gandhi bị một nữ sát thủ của LTTE ám sát tại Sriperumbudur, bang Tamil Nadu. Cuộc nội chiến chỉ kết thúc vào tháng 5/2009, khi quân đội Sri Lanka đánh bại LTTE.",
        ),
    ],
}

DOCS = [VXA_SRILANKA, VXB_BRVT, VXC_IMF, VXD_PLAN, VXE_ACCORD]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on top of every page, front matter by
    heldout_kit.front_matter_lines (title at 46 columns, labels at 74), body at 74 columns with a blank
    line after headings; after ``break_after`` body lines (mid-sentence) the page number centred as
    "- N -", a form feed and the running header; the last page ends with its number."""
    return headed_journal(doc, title=46, label=74, body=74, page_label="- {} -", align="^")


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 72 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 72, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <title>, <meta property="article:published_time">, a nav menu, <article>, <h1>, a date
    line, the lead (with its dateline) in <p class="sapo"><strong>, <h2> subheads, <p> paragraphs, a tag
    list, footer."""
    return news_page(
        doc,
        "Kinh tế thế giới",
        "08:40",
        [("/the-gioi", "Thế giới"), ("/kinh-te", "Kinh tế")],
        [("/tag/sri-lanka", "Sri Lanka"), ("/tag/imf", "IMF"), ("/tag/nợ-công", "Nợ công")],
        lead='<p class="sapo"><strong>{}</strong></p>',
        heading="<h2>{}</h2>",
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
            "- Đại sứ quán Việt Nam tại Sri Lanka;",
            "- Lưu: VT, HTQT.",
        ],
        ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "", "(đã ký)"],
        columns=(48, 48, 0, 51),
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
        prefix="vx",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
