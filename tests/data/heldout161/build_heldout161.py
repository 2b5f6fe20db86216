"""Build the hundred-and-sixty-first held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout161/build_heldout161.py [--check]

Five short documents on topics the earlier sets do not use as main topics (Tuvalu's climate diplomacy,
the Falepili Union and what it suggests for Vietnam; Thủy lợi University's international cooperation in
2024; a (fictitious) speech by a Vietnamese Deputy Foreign Minister at the University of the South Pacific
in Suva, 9/10/2025; a (fictitious) Foreign Ministry department's plan for relations with the South
Pacific island states in 2026; an encyclopedia entry on the Australia – Tuvalu Falepili Union Treaty). In
this set the news page is replaced by a speech transcript. Facts are well-established; authors, journal,
page numbers, document numbers, the university's items, the speech and its occasion, the plan and all
quoted words are invented. Events, citations and questions gold are written by hand; ``--check`` verifies
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
    plan_text,
    speech_text,
    word_text,
)

LRA_TUVALU = {
    "id": "lra",
    "shape": "journal",
    "header": "TẠP CHÍ MÔI TRƯỜNG VÀ PHÁT TRIỂN QUỐC TẾ – Số 5 (2025)",
    "first_page": 19,
    "break_after": 10,
    "blocks": [
        ("title", "TUVALU: NGOẠI GIAO KHÍ HẬU CỦA MỘT QUỐC ĐẢO NHỎ VÀ GỢI MỞ CHO VIỆT NAM"),
        ("author", "Lương Thị Kim Oanh"),
        ("affiliation", "Trường Đại học Khoa học xã hội và Nhân văn, Đại học Quốc gia Hà Nội"),
        (
            "abstract",
            "Bài viết phân tích cách Tuvalu sử dụng diễn đàn đa phương và quan hệ song phương để ứng phó với nước biển dâng, từ đó rút ra một số gợi mở cho Việt Nam.",
            "vi",
        ),
        ("keywords", "Tuvalu; biến đổi khí hậu; Liên minh Falepili; Tòa án Công lý Quốc tế", "vi"),
        ("heading", "1. Một quốc gia nhỏ trên bản đồ đa phương", 1),
        (
            "paragraph",
            "Giành độc lập từ Anh ngày 1/10/1978, Tuvalu là thành viên Khối Thịnh vượng chung và duy trì quan hệ ngoại giao với Đài Loan từ năm 1979. Phải đến ngày 5/9/2000, nước này mới được kết nạp vào Liên hợp quốc, trở thành thành viên thứ 189 (Nguyễn Thị Hải Yến, 2020, tr. 19).",
        ),
        ("heading", "2. Ngoại giao khí hậu", 1),
        (
            "paragraph",
            "Tháng 11/2021, Bộ trưởng Ngoại giao Simon Kofe gửi thông điệp tới Hội nghị COP26 ở Glasgow bằng đoạn video quay khi ông đứng ngập nước biển đến đầu gối. Cùng Vanuatu và các quốc đảo Thái Bình Dương, Tuvalu vận động Đại hội đồng Liên hợp quốc đề nghị Tòa án Công lý Quốc tế (ICJ) ra ý kiến tư vấn về nghĩa vụ của các quốc gia đối với biến đổi khí hậu; nghị quyết được thông qua bằng đồng thuận ngày 29/3/2023, với Việt Nam là một thành viên của nhóm nòng cốt (Trần Quốc Bảo, 2024).",
        ),
        ("heading", "3. Liên minh Falepili", 1),
        (
            "paragraph",
            "Ngày 9/11/2023, bên lề Hội nghị các nhà lãnh đạo Diễn đàn các đảo Thái Bình Dương tại Quần đảo Cook, Thủ tướng Australia Anthony Albanese và Thủ tướng Tuvalu Kausea Natano ký Hiệp ước Liên minh Falepili; hiệp ước có hiệu lực từ ngày 28/8/2024. Theo đó, mỗi năm Australia mở con đường cư trú cho tối đa 280 công dân Tuvalu.",
        ),
        (
            "paragraph",
            "Với đồng bằng sông Cửu Long “thuộc nhóm dễ bị tổn thương nhất thế giới” (Lê Thị Thu, 2023, tr. 54), kinh nghiệm của Tuvalu rất đáng tham khảo. Quan hệ Việt Nam – Tuvalu còn hạn chế, hai bên chưa có cơ chế hợp tác cụ thể; ta có thể đề xuất với phía bạn chia sẻ dữ liệu quan trắc nước biển dâng.",
        ),
    ],
}

LRB_TLU = {
    "id": "lrb",
    "shape": "word",
    "head": [
        "BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN",
        "TRƯỜNG ĐẠI HỌC THỦY LỢI",
        "Số: 2150/BC-ĐHTL",
        "Hà Nội, ngày 18 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả hợp tác quốc tế năm 2024 và kế hoạch năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả hợp tác quốc tế năm 2024 và kế hoạch năm 2025"),
        ("heading", "I. KẾT QUẢ NĂM 2024", 1),
        (
            "list_item",
            "1. Từ ngày 8 đến ngày 19/7/2024, Trường tổ chức khóa tập huấn về bảo vệ bờ biển cho 15 cán bộ của Tuvalu, Kiribati và Fiji, với kinh phí do Bộ Ngoại giao và Thương mại Australia (DFAT) tài trợ.",
        ),
        (
            "list_item",
            "2. Trường ký thỏa thuận trao đổi giảng viên với Đại học Công nghệ Delft (Hà Lan) và tiếp nhận 3 chuyên gia tình nguyện của Cơ quan Hợp tác quốc tế Nhật Bản (JICA).",
        ),
        (
            "list_item",
            "3. Chương trình học bổng Manaaki của New Zealand cấp 4 suất thạc sĩ cho giảng viên trẻ của Trường.",
        ),
        (
            "list_item",
            "4. Đề xuất liên kết đào tạo thạc sĩ với Đại học Nam Thái Bình Dương chưa được phía bạn chấp thuận do khác biệt về chuẩn đầu ra.",
        ),
        (
            "list_item",
            "5. Tháng 9, tiếp Đại sứ Hà Lan tại Việt Nam, trao đổi về hợp tác trong lĩnh vực quản lý nước vùng đồng bằng.",
        ),
        (
            "list_item",
            "6. Tháng trước, Hiệu trưởng Trường dẫn đoàn sang Australia làm việc với Đại học James Cook về mô hình hóa nước dâng do bão.",
        ),
        ("heading", "II. KẾ HOẠCH NĂM 2025", 1),
        (
            "list_item",
            "1. Quý II năm sau, cử đoàn chuyên gia sang Funafuti (Tuvalu) khảo sát công trình bảo vệ bờ biển.",
        ),
        (
            "list_item",
            "2. Tiếp tục đề nghị phía Australia tài trợ khóa tập huấn thứ hai cho cán bộ các quốc đảo Thái Bình Dương.",
        ),
        (
            "list_item",
            "3. Đón đoàn Đại học Công nghệ Delft sang Hà Nội ký kế hoạch hợp tác giai đoạn 2025 – 2027 vào tháng 10.",
        ),
    ],
}

LRC_SPEECH = {
    "id": "lrc",
    "shape": "speech",
    "speaker": "PHÁT BIỂU CỦA THỨ TRƯỞNG BỘ NGOẠI GIAO VIỆT NAM",
    "place": "Xu-va, ngày 9 tháng 10 năm 2025",
    "blocks": [
        (
            "title",
            "Tại Diễn đàn “Việt Nam – Thái Bình Dương: cùng ứng phó với biến đổi khí hậu”, Trường Đại học Nam Thái Bình Dương",
        ),
        ("paragraph", "Kính thưa Ngài Phó Hiệu trưởng Trường Đại học Nam Thái Bình Dương,"),
        ("paragraph", "Thưa các vị khách quý,"),
        ("paragraph", "Thưa các bạn sinh viên thân mến,"),
        (
            "paragraph",
            "Tôi rất vui được đến thăm ngôi trường mà từ năm 1968 đã trở thành ngôi nhà chung về tri thức của mười hai quốc gia Thái Bình Dương. Việt Nam và các quốc đảo cách nhau hàng nghìn hải lý, nhưng chúng ta cùng chung nỗi lo trước nước biển dâng.",
        ),
        (
            "paragraph",
            "Tại COP26 ở Glasgow, Việt Nam đã cam kết đạt mức phát thải ròng bằng không vào năm 2050. Tháng 12/2022, chúng tôi cùng Nhóm Đối tác quốc tế, gồm các nước G7, Liên minh châu Âu, Đan Mạch và Na Uy, thông qua Tuyên bố chính trị thiết lập Quan hệ Đối tác chuyển đổi năng lượng công bằng (JETP) với cam kết huy động ban đầu 15,5 tỷ USD.",
        ),
        (
            "paragraph",
            "Việt Nam tự hào đã sát cánh cùng Vanuatu và các bạn Thái Bình Dương trong nhóm nòng cốt vận động Đại hội đồng Liên hợp quốc xin ý kiến tư vấn của Tòa án Công lý Quốc tế về biến đổi khí hậu. Tháng 7 vừa qua, Tòa đã nhất trí đưa ra ý kiến tư vấn lịch sử đó.",
        ),
        (
            "paragraph",
            "Năm tới, Việt Nam sẵn sàng đón 20 cán bộ các quốc đảo sang học về dự báo khí tượng thủy văn và phòng chống thiên tai. Chúng tôi cũng mong sớm ký với Fiji một bản ghi nhớ về hợp tác nông nghiệp. Việt Nam sẽ không đứng ngoài những nỗ lực chung của khu vực.",
        ),
        ("paragraph", "Xin trân trọng cảm ơn. Vinaka vakalevu!"),
    ],
}

LRD_PLAN = {
    "id": "lrd",
    "shape": "plan",
    "head": [
        f"{'BỘ NGOẠI GIAO':<47}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'VỤ ĐÔNG NAM Á - NAM Á - NAM THÁI BÌNH DƯƠNG':<47}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 17/KH-ĐNA':<47}Hà Nội, ngày 12 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Triển khai quan hệ với các quốc đảo Nam Thái Bình Dương năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Triển khai quan hệ với các quốc đảo Nam Thái Bình Dương năm 2026"),
        (
            "paragraph",
            "Căn cứ quan hệ Đối tác chiến lược toàn diện với Australia, được xác lập ngày 7/3/2024, và với New Zealand, được nâng cấp vào tháng 2/2025, Vụ xây dựng Kế hoạch triển khai quan hệ với các quốc đảo Nam Thái Bình Dương năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH", 1),
        (
            "paragraph",
            "Các quốc đảo ngày càng được các nước lớn quan tâm. Năm ngoái, ta đã phối hợp với Phi-gi tổ chức tham vấn chính trị cấp Vụ tại Hà Nội và đón đoàn Bộ Ngoại giao Tuvalu sang làm việc, song chưa tổ chức được chuyến thăm cấp Bộ trưởng nào tới khu vực. Nhiều quốc đảo bày tỏ ủng hộ lập trường của ta về giải quyết tranh chấp bằng biện pháp hòa bình trên cơ sở luật pháp quốc tế.",
        ),
        ("heading", "II. NHIỆM VỤ", 1),
        (
            "list_item",
            "1. Quý II, tham mưu để Lãnh đạo Bộ thăm Phi-gi và Tuvalu, kết hợp dự Diễn đàn hợp tác khí hậu tại Xu-va.",
        ),
        (
            "list_item",
            "2. Phối hợp với Bộ Nông nghiệp và Môi trường đàm phán Bản ghi nhớ hợp tác nông nghiệp với Phi-gi, phấn đấu ký trong năm.",
        ),
        (
            "list_item",
            "3. Phối hợp với Bộ Quốc phòng nghiên cứu khả năng hỗ trợ Papua Niu Ghi-nê đào tạo sĩ quan tham gia gìn giữ hòa bình.",
        ),
        (
            "list_item",
            "4. Chưa đề xuất mở cơ quan đại diện mới tại các quốc đảo trong năm 2026.",
        ),
        (
            "paragraph",
            "Các Đại sứ quán tại Australia và New Zealand phối hợp theo dõi, báo cáo tình hình kiêm nhiệm.",
        ),
    ],
}

LRE_FALEPILI = {
    "id": "lre",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp ước Liên minh Falepili"),
        (
            "paragraph",
            "Hiệp ước Liên minh Falepili là hiệp ước song phương giữa Australia và Tuvalu, được Thủ tướng hai nước Anthony Albanese và Kausea Natano ký ngày 9/11/2023 tại Rarotonga, Quần đảo Cook, bên lề Hội nghị các nhà lãnh đạo Diễn đàn các đảo Thái Bình Dương. “Falepili” là từ tiếng Tuvalu chỉ tình láng giềng tốt.",
        ),
        ("heading", "Nội dung", 1),
        (
            "paragraph",
            "Hiệp ước gồm ba trụ cột: hợp tác ứng phó biến đổi khí hậu, di chuyển của con người và an ninh. Australia cam kết cấp thị thực đặc biệt cho tối đa 280 công dân Tuvalu mỗi năm và hỗ trợ Tuvalu khi xảy ra thiên tai lớn, đại dịch hay xâm lược quân sự. Đổi lại, Tuvalu phải thỏa thuận với Australia trước khi ký bất kỳ thỏa thuận an ninh, quốc phòng nào với nước thứ ba.",
        ),
        ("heading", "Phê chuẩn và thực hiện", 1),
        (
            "paragraph",
            "Điều khoản an ninh vấp phải tranh luận trong nước. Sau cuộc tổng tuyển cử tháng 1/2024, tân Thủ tướng Feleti Teo đề nghị phía Australia làm rõ một số cam kết; hai bên thống nhất cách hiểu về một số điều khoản và hiệp ước có hiệu lực từ ngày 28/8/2024. Tuvalu vẫn duy trì quan hệ ngoại giao với Đài Loan.",
        ),
        ("heading", "Ảnh hưởng", 1),
        (
            "paragraph",
            "Hiệp ước được xem là hình mẫu cho quan hệ của Australia với các quốc đảo. Tháng 12/2024, Australia ký với Nauru một hiệp ước có điều khoản an ninh tương tự. Việt Nam không phải là bên liên quan của hiệp ước này.",
        ),
    ],
}

DOCS = [LRA_TUVALU, LRB_TLU, LRC_SPEECH, LRD_PLAN, LRE_FALEPILI]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, the bare page number flush
    right."""
    return headed_journal(doc, title=46, label=72, body=72, page_label="- {} -")


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends, lines wrapped at 72 columns, a blank line after every line."""
    return word_text(doc, 72, ["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "(Đã ký)"])


def render_plan(doc: dict) -> str:
    """A Foreign Ministry department's plan: issuer/motto block, centred title, body at 78 columns,
    "Nơi nhận" and signature."""
    return plan_text(
        doc,
        78,
        ["Nơi nhận:", "- Lãnh đạo Bộ (để b/c);", "- Các ĐSQ tại Australia, New Zealand;", "- Lưu: VT, ĐNA."],
        ["VỤ TRƯỞNG", "", "(đã ký)"],
        (48, 48, 50),
    )


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "word": render_word,
            "speech": speech_text,
            "plan": render_plan,
            "entry": entry_text,
        },
        prefix="lr",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
