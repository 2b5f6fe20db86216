"""Build the hundred-and-thirtieth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout130/build_heldout130.py [--check]

Five short documents on Vietnam – Angola, a topic no earlier set has as its main topic (fifty years of
relations from 1975, the Vietnamese Embassy in Angola's report on 2024, Angola's exit from OPEC announced
on 21/12/2023, a (fictitious) Ministry of Education and Training plan for cooperation with Angola in 2026,
an encyclopedia entry on the Southern African Development Community). Facts are well-established;
authors, journal, page numbers, document numbers, the embassy report's items, the plan and all quoted
words are invented. Events, citations and questions gold are written by hand; ``--check`` verifies that
every gold evidence, quote and citation occurs in the documents.
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

OQA_ANGOLA = {
    "id": "oqa",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU CHÂU PHI VÀ TRUNG ĐÔNG – Số 4 (2025)",
    "first_page": 37,
    "break_after": 10,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – ANGOLA: NỬA THẾ KỶ ĐOÀN KẾT VÀ HỢP TÁC"),
        ("author", "Nguyễn Thị Thanh Bình"),
        ("affiliation", "Viện Nghiên cứu Châu Phi và Trung Đông, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết khái quát chặng đường 50 năm quan hệ Việt Nam – Angola và đề xuất một số giải pháp thúc đẩy hợp tác kinh tế giữa hai nước.",
            "vi",
        ),
        ("keywords", "Angola; Việt Nam; hợp tác Nam – Nam; ngoại giao kinh tế", "vi"),
        ("heading", "1. Từ tình đoàn kết trong đấu tranh giải phóng", 1),
        (
            "paragraph",
            "Quan hệ giữa hai dân tộc có từ trước khi Angola giành độc lập: tháng 8/1971, Chủ tịch Phong trào Nhân dân Giải phóng Angola (MPLA) Agostinho Neto đã sang thăm Việt Nam. Angola tuyên bố độc lập ngày 11/11/1975 và chỉ một ngày sau, hai nước chính thức thiết lập quan hệ ngoại giao. Năm 1976, Việt Nam mở Đại sứ quán tại Luanda; cũng trong năm đó, ngày 1/12/1976, Angola được kết nạp vào Liên hợp quốc (Hoàng Văn Tiến, 2015, tr. 41). Hiệp định Thương mại giữa hai nước được ký tháng 5/1978, và trong thập niên 1980 nước ta đã cử nhiều chuyên gia giáo dục, y tế sang giúp bạn.",
        ),
        ("heading", "2. Trao đổi đoàn cấp cao", 1),
        (
            "paragraph",
            "Tháng 4/1987, Chủ tịch José Eduardo dos Santos thăm chính thức Việt Nam. Về phía ta, Chủ tịch nước Trần Đức Lương thăm Angola vào tháng 10/2002, vài tháng sau khi cuộc nội chiến ở nước bạn chấm dứt, còn Tổng Bí thư Nông Đức Mạnh sang thăm vào tháng 4/2008. Từ cuối năm 2011, Angola mở Đại sứ quán tại Hà Nội. Dù vậy, theo đánh giá của một chuyên gia, hai nước vẫn “chưa khai thác hết tiềm năng của tình hữu nghị truyền thống” (Lê Quang Huy, 2019, tr. 88).",
        ),
        ("heading", "3. Hợp tác trong bối cảnh mới", 1),
        (
            "paragraph",
            "Trên trường đa phương, tháng 10/2014, Angola được bầu làm Ủy viên không thường trực Hội đồng Bảo an Liên hợp quốc nhiệm kỳ 2015 – 2016. Sau 17 năm là thành viên, nước này rời Tổ chức các nước xuất khẩu dầu mỏ (OPEC) từ ngày 1/1/2024 (Phan Thị Mai, 2024). Đầu tháng 8/2025, nhân dịp kỷ niệm 50 năm quan hệ ngoại giao, Chủ tịch nước Lương Cường thăm cấp Nhà nước Angola. Để tận dụng đà này, ta cần sớm đàm phán với Angola một hiệp định khuyến khích và bảo hộ đầu tư.",
        ),
    ],
}

OQB_EMBASSY = {
    "id": "oqb",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "ĐẠI SỨ QUÁN VIỆT NAM TẠI ANGOLA",
        "Số: 118/BC-ĐSQ",
        "Luanda, ngày 18 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Tình hình công tác năm 2024 và phương hướng nhiệm vụ năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Tình hình công tác năm 2024 và phương hướng nhiệm vụ năm 2025"),
        ("heading", "I. KẾT QUẢ CÔNG TÁC NĂM 2024", 1),
        (
            "list_item",
            "1. Quan hệ chính trị tiếp tục được củng cố. Tháng 4/2024, Đại sứ quán phối hợp tổ chức chuyến thăm và làm việc tại Luanda của đoàn Ban Đối ngoại Trung ương; đoàn đã hội đàm với lãnh đạo Đảng MPLA, hai bên thống nhất tăng cường trao đổi kinh nghiệm xây dựng Đảng.",
        ),
        (
            "list_item",
            "2. Gạo, thép và hàng may mặc của ta tiếp tục được thị trường Angola ưa chuộng. Đại sứ quán đã vận động 8 doanh nghiệp Angola sang dự Hội chợ Thương mại quốc tế Việt Nam tại Hà Nội hồi tháng 4.",
        ),
        (
            "list_item",
            "3. Tháng 9, Đại sứ làm việc với Bộ Nông nghiệp và Lâm nghiệp Angola; phía bạn đề nghị Việt Nam cử chuyên gia giúp phát triển vùng trồng lúa ở tỉnh Malanje.",
        ),
        (
            "list_item",
            "4. Tháng trước, Đại sứ quán cùng Hội người Việt Nam tại Angola trao tặng 500 suất quà cho trẻ em mồ côi ở Luanda.",
        ),
        (
            "list_item",
            "5. Hiệp định miễn thị thực cho người mang hộ chiếu phổ thông vẫn chưa được ký do phía Angola chưa hoàn tất thủ tục nội bộ.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Phối hợp tổ chức các hoạt động kỷ niệm 50 năm Ngày thiết lập quan hệ ngoại giao Việt Nam – Angola (12/11/1975 – 12/11/2025); chuẩn bị chu đáo chuyến thăm Angola của Lãnh đạo cấp cao ta dự kiến trong năm.",
        ),
        (
            "list_item",
            "2. Vận động Angola ủng hộ Việt Nam ứng cử thành viên Hội đồng Nhân quyền Liên hợp quốc nhiệm kỳ 2026 – 2028.",
        ),
        (
            "list_item",
            "3. Tổ chức Tuần hàng Việt Nam tại Luanda vào tháng 6/2025.",
        ),
    ],
}

OQC_OPEC = {
    "id": "oqc",
    "shape": "news",
    "date": "2023-12-22",
    "stamp": "Thứ Sáu, 22/12/2023 - 07:30",
    "blocks": [
        ("title", "Angola tuyên bố rời OPEC"),
        (
            "paragraph",
            "Luanda (TTXVN) – Ngày 21/12, Bộ trưởng Tài nguyên khoáng sản, Dầu mỏ và Khí đốt Angola Diamantino Azevedo thông báo nước này sẽ rời Tổ chức các nước xuất khẩu dầu mỏ (OPEC) kể từ ngày 1/1/2024.",
        ),
        ("heading", "Bất đồng về hạn ngạch", 1),
        (
            "paragraph",
            "Quyết định được đưa ra tại cuộc họp Hội đồng Bộ trưởng do Tổng thống João Lourenço chủ trì. Theo ông Azevedo, việc ở lại OPEC không còn phục vụ lợi ích của Angola. Giới phân tích cho rằng nguyên nhân trực tiếp là hạn ngạch khai thác năm 2024 mà nhóm OPEC+ đưa ra tại cuộc họp trực tuyến ngày 30/11; khi đó, Luanda đã lên tiếng phản đối mức hạn ngạch thấp hơn nhiều so với kỳ vọng của mình.",
        ),
        (
            "paragraph",
            "Cũng tại cuộc họp này, Bra-xin được mời tham gia OPEC+ và tuyên bố sẽ gia nhập nhóm từ tháng 1/2024.",
        ),
        ("heading", "Thành viên thứ ba ra đi trong 5 năm", 1),
        (
            "paragraph",
            "Angola gia nhập OPEC năm 2007 và hiện khai thác hơn 1 triệu thùng dầu mỗi ngày. Trước Angola, Qatar đã rút khỏi tổ chức từ ngày 1/1/2019, còn Ê-cu-a-đo ra đi từ ngày 1/1/2020.",
        ),
    ],
}

OQD_PLAN = {
    "id": "oqd",
    "shape": "plan",
    "head": [
        f"{'BỘ GIÁO DỤC VÀ ĐÀO TẠO':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 57/KH-BGDĐT':<40}Hà Nội, ngày 14 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác giáo dục và đào tạo với Cộng hòa Angola",
        "năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác giáo dục và đào tạo với Cộng hòa Angola năm 2026"),
        (
            "paragraph",
            "Nhằm cụ thể hóa kết quả chuyến thăm cấp Nhà nước tới Angola của Chủ tịch nước Lương Cường tháng 8/2025, Bộ Giáo dục và Đào tạo ban hành Kế hoạch hợp tác với Angola năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Theo Hiệp định về việc cử chuyên gia Việt Nam sang Angola ký năm 1984, nhiều giáo viên của ta đã sang giảng dạy tại nước bạn. Năm ngoái, Bộ tiếp nhận 15 sinh viên Angola sang học đại học theo diện học bổng Chính phủ Việt Nam, song hai bên chưa ký được văn bản hợp tác riêng về giáo dục đại học.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 5/2026, đón Bộ trưởng Giáo dục đại học, Khoa học, Công nghệ và Đổi mới sáng tạo Angola sang thăm và làm việc; nhân dịp này, hai Bộ ký Bản ghi nhớ hợp tác về giáo dục đại học.",
        ),
        (
            "list_item",
            "2. Cấp 20 suất học bổng cho sinh viên Angola theo học các ngành nông nghiệp, y tế và công nghệ thông tin.",
        ),
        (
            "list_item",
            "3. Đề nghị phía Angola cử giảng viên tiếng Bồ Đào Nha sang hỗ trợ Trường Đại học Hà Nội.",
        ),
        (
            "list_item",
            "4. Không tổ chức đoàn tham dự Hội chợ giáo dục quốc tế tại Luanda trong năm 2026 do chưa bố trí được kinh phí.",
        ),
        (
            "paragraph",
            "Cục Hợp tác quốc tế là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch này.",
        ),
    ],
}

OQE_SADC = {
    "id": "oqe",
    "shape": "entry",
    "blocks": [
        ("title", "Cộng đồng Phát triển Nam Phi"),
        (
            "paragraph",
            "Cộng đồng Phát triển Nam Phi (SADC) là tổ chức hợp tác kinh tế, chính trị của các nước miền nam châu Phi, Ban Thư ký đặt tại Gaborone (Botswana). Tiền thân của tổ chức là Hội nghị Điều phối Phát triển miền Nam châu Phi (SADCC), được thành lập tại Lusaka ngày 1/4/1980 nhằm giảm sự phụ thuộc kinh tế vào chế độ phân biệt chủng tộc ở Nam Phi.",
        ),
        ("heading", "Lịch sử", 1),
        (
            "paragraph",
            "Các thành viên sáng lập SADCC gồm Angola, Botswana, Lesotho, Malawi, Mozambique, Swaziland, Tanzania, Zambia và Zimbabwe; Namibia tham gia năm 1990, ngay sau khi giành độc lập. Ngày 17/8/1992, tại Windhoek, nguyên thủ các nước thành viên ký Hiệp ước thành lập SADC thay cho SADCC. Nam Phi gia nhập năm 1994, sau khi chế độ apartheid chấm dứt.",
        ),
        ("heading", "Mở rộng và đình chỉ", 1),
        (
            "paragraph",
            "Mauritius được kết nạp năm 1995, Cộng hòa Dân chủ Congo và Seychelles năm 1997. Madagascar trở thành thành viên năm 2005 nhưng bị đình chỉ tư cách sau cuộc đảo chính năm 2009 và chỉ được khôi phục vào năm 2014. Comoros là thành viên thứ 16, được kết nạp năm 2017. Khu vực thương mại tự do SADC chính thức ra mắt ngày 17/8/2008.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam không phải là đối tác đối thoại của SADC nhưng có quan hệ hữu nghị truyền thống với nhiều nước thành viên như Angola, Mozambique, Tanzania và Nam Phi.",
        ),
    ],
}

DOCS = [OQA_ANGOLA, OQB_EMBASSY, OQC_OPEC, OQD_PLAN, OQE_SADC]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


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
        "07:30",
        [("/the-gioi", "Thế giới"), ("/nang-luong", "Năng lượng")],
        [("/tag/angola", "Angola"), ("/tag/opec", "OPEC")],
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
        prefix="oq",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
