"""Build the hundred-and-sixth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout106/build_heldout106.py [--check]

Five short documents written after the rules were tuned on the seeds and the earlier held-out sets, on a
partner those sets do not use as a main topic: Samoa and the Commonwealth (a journal article on Samoa's
foreign policy from independence in 1962 to the Commonwealth summit of 2024, the Bến Tre Department of
Foreign Affairs' year-end report for 2023 with a Samoan delegation and New Zealand and Japanese projects, a
news page on the close of the Commonwealth Heads of Government Meeting in Apia, 26/10/2024, a (fictitious)
Ministry of Education and Training plan for education cooperation with Samoa and the Pacific island
countries in 2026, an encyclopedia entry on the Commonwealth of Nations). Nothing in src/ was changed for
them. Facts are well-established; authors, journal, page numbers, document numbers, the province's own
activities and all quoted words are invented, the ministry plan (number, date, tasks) is fictitious.
Events, citations and questions gold are written by hand; ``--check`` verifies that every gold evidence,
quote and citation occurs in the documents.
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

TRA_SAMOA = {
    "id": "tra",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU ĐÔNG Á VÀ THÁI BÌNH DƯƠNG – Số 3 (2025)",
    "first_page": 47,
    "break_after": 13,
    "blocks": [
        ("title", "SAMOA: NGOẠI GIAO CỦA MỘT QUỐC ĐẢO NHỎ Ở NAM THÁI BÌNH DƯƠNG"),
        ("author", "Trịnh Thị Hải Yến"),
        ("affiliation", "Khoa Chính trị quốc tế và Ngoại giao, Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết khái quát chính sách đối ngoại của Samoa từ khi giành độc lập, vai trò của nước này tại "
            "các diễn đàn khu vực và quốc tế, qua đó gợi ý một số hướng thúc đẩy quan hệ với Việt Nam.",
            "vi",
        ),
        ("keywords", "Samoa; quốc đảo nhỏ đang phát triển; Khối Thịnh vượng chung; Thái Bình Dương", "vi"),
        ("heading", "1. Từ lãnh thổ ủy thác đến quốc gia độc lập", 1),
        (
            "paragraph",
            "Sau gần nửa thế kỷ đặt dưới sự quản lý của Niu Di-lân, Tây Samoa giành độc lập ngày 1/1/1962 và "
            "trở thành quốc đảo đầu tiên ở Thái Bình Dương tự quyết định vận mệnh của mình. Chỉ bảy tháng sau, "
            "ngày 1/8/1962, hai nước ký Hiệp ước Hữu nghị, đặt nền móng cho mối quan hệ đặc biệt kéo dài đến "
            "ngày nay (Phan Đức Thọ, 2017, tr. 34). Tây Samoa gia nhập Khối Thịnh vượng chung năm 1970 và được "
            "kết nạp vào Liên hợp quốc ngày 15/12/1976; năm 1997, nước này chính thức bỏ chữ “Tây” trong quốc hiệu.",
        ),
        ("heading", "2. Tiếng nói của các quốc đảo nhỏ", 1),
        (
            "paragraph",
            "Với dân số chưa đến 250 nghìn người và nền kinh tế dựa nhiều vào kiều hối, du lịch và viện trợ, "
            "Samoa theo đuổi chính sách hội nhập thận trọng nhưng bền bỉ. Sau nhiều năm đàm phán, nước này trở "
            "thành thành viên của Tổ chức Thương mại thế giới (WTO) ngày 10/5/2012. Khi trận sóng thần ngày "
            "29/9/2009 tàn phá bờ biển phía nam đảo Upolu, Niu Di-lân và Ô-xtrây-li-a đã nhanh chóng gửi đội cứu "
            "hộ và hàng cứu trợ. Dù nhỏ bé, Apia vẫn đăng cai nhiều sự kiện lớn: Hội nghị quốc tế lần thứ ba của "
            "Liên hợp quốc về các quốc đảo nhỏ đang phát triển từ ngày 1 đến ngày 4/9/2014, hội nghị cấp cao "
            "Diễn đàn các đảo Thái Bình Dương năm 2017 và Hội nghị những người đứng đầu Chính phủ các nước Khối "
            "Thịnh vượng chung (CHOGM) tháng 10/2024. Theo một nhà nghiên cứu, đó là “cách để một quốc gia nhỏ "
            "bé tự đặt mình vào trung tâm bàn nghị sự toàn cầu” (Lương Thị Mai Anh, 2024, tr. 57).",
        ),
        ("heading", "3. Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam và Samoa đã thiết lập quan hệ ngoại giao và thường xuyên phối hợp tại Liên hợp quốc về các "
            "vấn đề biến đổi khí hậu và phát triển bền vững (Đỗ Quang Vinh, 2020). Tuy vậy, đến nay hai nước chưa "
            "ký hiệp định song phương nào về thương mại hay đầu tư, còn trao đổi đoàn các cấp vẫn thưa thớt. Với "
            "kinh nghiệm ứng phó thiên tai và phát triển nông nghiệp nhiệt đới, ta có thể chia sẻ nhiều điều với "
            "bạn; trước mắt, cần sớm ký với Samoa một bản ghi nhớ về hợp tác nông nghiệp và thủy sản.",
        ),
    ],
}

TRB_BENTRE = {
    "id": "trb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH BẾN TRE",
        "SỞ NGOẠI VỤ",
        "Số: 287/BC-SNgV",
        "Bến Tre, ngày 14 tháng 12 năm 2023",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả công tác đối ngoại năm 2023 và phương hướng, nhiệm vụ năm 2024"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác đối ngoại năm 2023 và phương hướng, nhiệm vụ năm 2024"),
        ("heading", "I. KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI NĂM 2023", 1),
        (
            "list_item",
            "1. Trong năm, tỉnh đã đón 36 đoàn khách quốc tế với 215 lượt người, tăng 11 đoàn so với năm ngoái, "
            "trong đó có đoàn Đại sứ Niu Di-lân và đoàn Tổng Lãnh sự Ô-xtrây-li-a tại Thành phố Hồ Chí Minh.",
        ),
        (
            "list_item",
            "2. Từ ngày 10 đến ngày 12/4/2023, đoàn công tác của Bộ Nông nghiệp và Thủy sản Samoa sang khảo sát "
            "mô hình trồng và chế biến dừa tại các huyện Giồng Trôm, Mỏ Cày Nam; hai bên thống nhất trao đổi "
            "giống dừa và kinh nghiệm phòng trừ sâu hại.",
        ),
        (
            "list_item",
            "3. Dự án nâng cao khả năng chống chịu với xâm nhập mặn cho nông dân trồng dừa, do Chính phủ Niu "
            "Di-lân tài trợ 1,5 triệu USD thông qua Chương trình Phát triển Liên hợp quốc (UNDP), tiếp tục được "
            "triển khai tại 5 huyện ven biển.",
        ),
        (
            "list_item",
            "4. Nhân kỷ niệm 50 năm thiết lập quan hệ ngoại giao Việt Nam – Nhật Bản (21/9/1973 – 21/9/2023) và "
            "việc hai nước nâng cấp quan hệ lên Đối tác chiến lược toàn diện vào tháng trước, tỉnh đã tổ chức "
            "Ngày hội giao lưu văn hóa Việt – Nhật; Cơ quan Hợp tác quốc tế Nhật Bản (JICA) đã bàn giao hệ thống "
            "quan trắc mặn tự động cho Sở Nông nghiệp và Phát triển nông thôn.",
        ),
        (
            "list_item",
            "5. Việc ký kết thỏa thuận hợp tác giữa tỉnh và tỉnh Ehime (Nhật Bản) chưa thực hiện được do phía "
            "bạn đề nghị lùi thời gian; đề xuất đầu tư nhà máy chế biến dừa của một doanh nghiệp Ô-xtrây-li-a "
            "tại huyện Ba Tri chưa được chấp thuận.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024", 1),
        (
            "list_item",
            "1. Tháng 5 năm sau, tổ chức đoàn công tác của tỉnh sang Samoa và Niu Di-lân trao đổi kinh nghiệm "
            "phát triển cây dừa, kết hợp giới thiệu các sản phẩm thạch dừa, kẹo dừa, cơm dừa sấy.",
        ),
        (
            "list_item",
            "2. Phối hợp với UNDP và Đại sứ quán Niu Di-lân chuẩn bị giai đoạn hai của dự án chống chịu xâm "
            "nhập mặn.",
        ),
        (
            "list_item",
            "3. Đề nghị JICA tiếp tục hỗ trợ kỹ thuật cho chương trình chuyển đổi cơ cấu cây trồng thích ứng "
            "với biến đổi khí hậu trong sáu tháng đầu năm 2024.",
        ),
    ],
}

TRC_CHOGM = {
    "id": "trc",
    "shape": "news",
    "date": "2024-10-27",
    "stamp": "Chủ Nhật, 27/10/2024 - 08:30",
    "blocks": [
        ("title", "Hội nghị thượng đỉnh Khối Thịnh vượng chung bế mạc tại Samoa"),
        (
            "paragraph",
            "Apia (TTXVN) – Ngày 26/10 (giờ địa phương), Hội nghị những người đứng đầu Chính phủ các nước Khối "
            "Thịnh vượng chung (CHOGM) 2024 đã bế mạc tại thủ đô Apia của Samoa sau gần một tuần làm việc. Đây là "
            "lần đầu tiên hội nghị được tổ chức tại một quốc đảo nhỏ ở Thái Bình Dương.",
        ),
        ("heading", "Tổng Thư ký mới", 1),
        (
            "paragraph",
            "Các nhà lãnh đạo đã nhất trí chọn Bộ trưởng Ngoại giao Ghana Shirley Ayorkor Botchwey làm Tổng Thư "
            "ký Khối Thịnh vượng chung, thay bà Patricia Scotland. Bà Botchwey, người phụ nữ châu Phi đầu tiên giữ "
            "cương vị này, sẽ nhậm chức từ ngày 1/4/2025.",
        ),
        ("heading", "Ưu tiên cho đại dương và khí hậu", 1),
        (
            "paragraph",
            "Với chủ đề “Một tương lai chung, kiên cường: chuyển đổi Khối Thịnh vượng chung của chúng ta”, hội "
            "nghị đã thông qua Tuyên bố Đại dương Apia, khẳng định các vùng biển của các quốc gia thành viên, một "
            "khi đã được xác lập, sẽ không bị thu hẹp do nước biển dâng. Trong thông cáo chung, các nhà lãnh đạo "
            "cũng cho rằng đã đến lúc tiến hành một cuộc đối thoại về công lý bồi thường liên quan đến nạn buôn "
            "bán nô lệ xuyên Đại Tây Dương, vấn đề được nhiều nước Ca-ri-bê và châu Phi đặt ra.",
        ),
        ("heading", "Lần đầu với tư cách Người đứng đầu", 1),
        (
            "paragraph",
            "Vua Charles III, Người đứng đầu Khối Thịnh vượng chung, đã dự lễ khai mạc hội nghị ngày 25/10 trong "
            "chuyến thăm Samoa ngay sau chuyến công du Ô-xtrây-li-a. Để hỗ trợ nước chủ nhà, Niu Di-lân và "
            "Ô-xtrây-li-a đã cử lực lượng cảnh sát và chuyên gia hậu cần sang Apia.",
        ),
        (
            "paragraph",
            "Thủ tướng Samoa Fiamē Naomi Mata'afa, chủ tọa hội nghị, từ nay đảm nhiệm cương vị Chủ tịch luân "
            "phiên của Khối Thịnh vượng chung cho đến hội nghị tiếp theo, dự kiến diễn ra tại Antigua và Barbuda "
            "năm 2026.",
        ),
    ],
}

TRD_PLAN = {
    "id": "trd",
    "shape": "plan",
    "head": [
        f"{'BỘ GIÁO DỤC VÀ ĐÀO TẠO':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 35/KH-BGDĐT':<40}Hà Nội, ngày 15 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác giáo dục với Samoa và các quốc đảo",
        "Thái Bình Dương năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác giáo dục với Samoa và các quốc đảo Thái Bình Dương năm 2026"),
        (
            "paragraph",
            "Thực hiện chủ trương mở rộng quan hệ với các đối tác ở khu vực Nam Thái Bình Dương, Bộ Giáo dục và "
            "Đào tạo xây dựng Kế hoạch hợp tác giáo dục với Samoa và các quốc đảo Thái Bình Dương năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Samoa là một trong 12 quốc gia và vùng lãnh thổ đồng sở hữu Trường Đại học Nam Thái Bình Dương "
            "(USP), trường có cơ sở đào tạo nông nghiệp tại Alafua, thủ đô Apia. Niu Di-lân hiện là một trong "
            "những nhà tài trợ học bổng lớn cho sinh viên các quốc đảo, đồng thời hằng năm cấp học bổng Manaaki "
            "cho nhiều sinh viên Việt Nam. Năm ngoái, Bộ đã tiếp đoàn Bộ Giáo dục, Thể thao và Văn hóa Samoa sang "
            "tìm hiểu mô hình giáo dục nghề nghiệp, song hai bên chưa ký văn bản hợp tác nào.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 3 năm nay, cử đoàn công tác do một Thứ trưởng dẫn đầu sang Apia làm việc với Bộ Giáo dục, "
            "Thể thao và Văn hóa Samoa và Đại học Quốc gia Samoa.",
        ),
        (
            "list_item",
            "2. Chủ trì đàm phán Bản ghi nhớ hợp tác giáo dục giữa hai Bộ, phấn đấu ký trong tháng 8.",
        ),
        (
            "list_item",
            "3. Cấp 10 suất học bổng Chính phủ Việt Nam cho sinh viên Samoa, Tonga và Phi-gi theo học các ngành "
            "nông nghiệp, thủy sản và quản lý thiên tai.",
        ),
        (
            "list_item",
            "4. Phối hợp với Đại sứ quán Niu Di-lân tại Hà Nội tổ chức hội thảo ba bên Việt Nam – Niu Di-lân – "
            "Samoa về đào tạo nghề thích ứng với biến đổi khí hậu.",
        ),
        (
            "list_item",
            "5. Không tổ chức Tuần lễ giáo dục Việt Nam tại Su-va (Phi-gi) trong năm 2026 do chưa cân đối được "
            "kinh phí.",
        ),
        (
            "paragraph",
            "Cục Hợp tác quốc tế là đầu mối theo dõi, đôn đốc và báo cáo Bộ trưởng kết quả thực hiện Kế hoạch "
            "trước ngày 15/12/2026.",
        ),
    ],
}

TRE_COMMONWEALTH = {
    "id": "tre",
    "shape": "entry",
    "blocks": [
        ("title", "Khối Thịnh vượng chung"),
        (
            "paragraph",
            "Khối Thịnh vượng chung (Commonwealth of Nations) là hiệp hội tự nguyện của 56 quốc gia độc lập, "
            "phần lớn từng là thuộc địa hoặc lãnh thổ phụ thuộc của Anh. Ban Thư ký của tổ chức được thành lập "
            "năm 1965, trụ sở đặt tại Luân Đôn.",
        ),
        ("heading", "Lịch sử", 1),
        (
            "paragraph",
            "Tiền thân của tổ chức là Khối Thịnh vượng chung Anh, hình thành trên cơ sở Tuyên bố Balfour năm 1926 "
            "và Đạo luật Westminster năm 1931. Tuyên bố Luân Đôn tháng 4/1949 cho phép Ấn Độ tiếp tục là thành "
            "viên dù sẽ trở thành nước cộng hòa, mở đường cho Khối Thịnh vượng chung hiện đại. Năm 1991, các nhà "
            "lãnh đạo thông qua Tuyên bố Harare, coi dân chủ, pháp quyền và nhân quyền là những giá trị cốt lõi "
            "của Khối.",
        ),
        ("heading", "Thành viên", 1),
        (
            "paragraph",
            "Năm 1995, Mô-dăm-bích trở thành thành viên đầu tiên không có quan hệ lịch sử với Anh; Ru-an-đa gia "
            "nhập năm 2009, còn Gabon và Togo được kết nạp tại hội nghị cấp cao tháng 6/2022. Nam Phi rút khỏi "
            "Khối năm 1961 và chỉ trở lại năm 1994, sau khi chế độ phân biệt chủng tộc chấm dứt. Zimbabwe tuyên "
            "bố rút khỏi tổ chức năm 2003. Phi-gi từng bị đình chỉ tư cách thành viên năm 2009 và được khôi phục "
            "đầy đủ năm 2014.",
        ),
        ("heading", "Hội nghị cấp cao", 1),
        (
            "paragraph",
            "Hội nghị những người đứng đầu Chính phủ các nước thành viên (CHOGM) thường họp hai năm một lần; hội "
            "nghị năm 2024 do Samoa đăng cai tại Apia, lần đầu tiên ở một quốc đảo Thái Bình Dương.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam không phải là thành viên của Khối Thịnh vượng chung, song có quan hệ ngoại giao với hầu hết "
            "các nước thành viên; nhiều nước trong số đó, như Ấn Độ, Ô-xtrây-li-a, Ma-lai-xi-a và Anh, là đối tác "
            "chiến lược hoặc đối tác chiến lược toàn diện của Việt Nam.",
        ),
    ],
}

DOCS = [TRA_SAMOA, TRB_BENTRE, TRC_CHOGM, TRD_PLAN, TRE_COMMONWEALTH]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on top of every page (the first too), front
    matter by heldout_kit.front_matter_lines (title at 48 columns, labels at 74), body at 74 columns with a
    blank line after headings; after ``break_after`` body lines (mid-sentence) the bare page number centred,
    a form feed and the header; the last page ends with its number."""
    return headed_journal(doc, title=48, label=74, body=74, page_label="{}", align="^")


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 72 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 72, ["GIÁM ĐỐC", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <title>, <meta property="article:published_time">, a nav menu, <article>, <h1>, a date
    line, the lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list,
    footer."""
    return news_page(
        doc,
        "Thế giới",
        "08:30",
        [("/the-gioi", "Thế giới"), ("/the-gioi/chau-dai-duong", "Châu Đại Dương")],
        [
            ("/tag/samoa", "Samoa"),
            ("/tag/chogm", "CHOGM"),
            ("/tag/khoi-thinh-vuong-chung", "Khối Thịnh vượng chung"),
        ],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        76,
        [
            "Nơi nhận:",
            "- Bộ Ngoại giao;",
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
        prefix="tr",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
