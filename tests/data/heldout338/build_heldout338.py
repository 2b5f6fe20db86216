"""Build the three hundred thirty-eighth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout338/build_heldout338.py [--check]

Five short documents on Vietnam at the United Nations and its Security Council: a journal article on the
road to UN membership (1975 - 1977) and the two non-permanent terms, a (fictitious) provincial foreign
affairs department's report for 2020, a news page on resolution 2573 (April 2021), a (fictitious) academy
plan for the 50th anniversary of UN membership in 2027, and an encyclopedia entry on the Security Council.
Facts are well-established; authors, journal, page numbers, document numbers, the report's and plan's items
and quoted words are invented. Gold is written by hand; ``--check`` verifies it against the documents.
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
    ministry_plan,
    news_page,
    report_word,
)

FGA = {
    "id": "fga",
    "shape": "journal",
    "header": "TẠP CHÍ LUẬT PHÁP VÀ QUAN HỆ QUỐC TẾ – Số 4 (2023)",
    "first_page": 112,
    "break_after": 4,
    "blocks": [
        ("title", "TỪ GHẾ THÀNH VIÊN ĐẾN BÀN HỘI ĐỒNG BẢO AN: HAI NHIỆM KỲ CỦA VIỆT NAM"),
        ("author", "Đỗ Quang Vinh"),
        ("affiliation", "Viện Nghiên cứu Chiến lược ngoại giao"),
        (
            "abstract",
            "Bài viết điểm lại con đường Việt Nam gia nhập Liên hợp quốc và hai nhiệm kỳ Ủy viên không thường trực Hội đồng Bảo an.",
            "vi",
        ),
        ("keywords", "Liên hợp quốc; Hội đồng Bảo an; Ủy viên không thường trực", "vi"),
        ("heading", "1. Con đường gia nhập", 1),
        (
            "paragraph",
            "Đơn xin gia nhập của ta hai lần bị Mỹ phủ quyết tại Hội đồng Bảo an, vào tháng 8/1975 và tháng 11/1976. Đến ngày 20/7/1977, Hội đồng Bảo an thông qua Nghị quyết 413 khuyến nghị kết nạp Việt Nam; ngày 20/9/1977, Đại hội đồng khóa 32 chính thức công nhận nước ta là thành viên thứ 149 của Liên hợp quốc (Nguyễn Thị Kim Liên, 2017, tr. 41).",
        ),
        ("heading", "2. Nhiệm kỳ 2008 – 2009", 1),
        (
            "paragraph",
            "Ngày 16/10/2007, Việt Nam lần đầu tiên trúng cử Ủy viên không thường trực Hội đồng Bảo an. Trong nhiệm kỳ này, ta đảm nhiệm cương vị Chủ tịch Hội đồng vào tháng 7/2008 và tháng 10/2009. Theo một thành viên phái đoàn, đó là “hai tháng học được nhiều hơn mười năm” (Hoàng Chí Thành, 2012, tr. 9).",
        ),
        ("heading", "3. Nhiệm kỳ 2020 – 2021", 1),
        (
            "paragraph",
            "Ngày 7/6/2019, Đại hội đồng bầu Việt Nam vào Hội đồng Bảo an nhiệm kỳ 2020 – 2021 với 192/193 phiếu thuận. Ta giữ chức Chủ tịch Hội đồng vào tháng 1/2020 và tháng 4/2021. Tuy vậy, Việt Nam chưa đặt vấn đề ứng cử nhiệm kỳ thứ ba trước năm 2030 (Lưu Minh Tuấn, 2022).",
        ),
    ],
}

FGB = {
    "id": "fgb",
    "shape": "word",
    "head": [
        "UBND TỈNH THỪA THIÊN HUẾ",
        "SỞ NGOẠI VỤ",
        "Số: 214/BC-SNgV",
        "Thừa Thiên Huế, ngày 18 tháng 12 năm 2020",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Tình hình hợp tác với các tổ chức của Liên hợp quốc năm 2020",
    ],
    "blocks": [
        ("title", "BÁO CÁO Tình hình hợp tác với các tổ chức của Liên hợp quốc năm 2020"),
        ("heading", "I. KẾT QUẢ", 1),
        (
            "list_item",
            "1. Tháng 1/2020, nhân dịp Việt Nam đảm nhiệm Chủ tịch Hội đồng Bảo an, Sở phối hợp với Đại học Huế tổ chức tọa đàm về Hiến chương Liên hợp quốc cho 200 sinh viên.",
        ),
        (
            "list_item",
            "2. Quỹ Nhi đồng Liên hợp quốc (UNICEF) viện trợ 1,2 tỷ đồng cho các huyện miền núi của tỉnh khắc phục hậu quả lũ lụt tháng 10/2020.",
        ),
        (
            "list_item",
            "3. Tiếp đoàn Chương trình Phát triển Liên hợp quốc (UNDP) đến khảo sát dự án nhà ở chống bão cho phụ nữ nghèo vùng ven biển.",
        ),
        (
            "list_item",
            "4. Do dịch COVID-19, đoàn của tỉnh dự kiến sang Nhật Bản học tập mô hình phòng chống thiên tai không thực hiện được.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2021", 1),
        (
            "list_item",
            "1. Ký biên bản ghi nhớ với UNDP về dự án nhà ở chống bão giai đoạn 2.",
        ),
        (
            "list_item",
            "2. Tháng 4/2021, phối hợp tổ chức triển lãm ảnh về Việt Nam tại Hội đồng Bảo an.",
        ),
        (
            "paragraph",
            "Trên đây là báo cáo tình hình hợp tác với các tổ chức của Liên hợp quốc năm 2020 của Sở Ngoại vụ.",
        ),
    ],
}

FGC = {
    "id": "fgc",
    "shape": "news",
    "date": "2021-04-28",
    "stamp": "Thứ Tư, 28/04/2021 - 08:40",
    "blocks": [
        ("title", "Hội đồng Bảo an thông qua nghị quyết do Việt Nam khởi xướng"),
        (
            "paragraph",
            "Niu Oóc (TTXVN) – Ngày 27/4 (giờ Niu Oóc), Hội đồng Bảo an Liên hợp quốc đã nhất trí thông qua Nghị quyết 2573 về bảo vệ các cơ sở hạ tầng thiết yếu cho cuộc sống của người dân trong xung đột vũ trang, văn kiện do Việt Nam khởi xướng.",
        ),
        ("heading", "Dấu ấn tháng Chủ tịch", 1),
        (
            "paragraph",
            "Nghị quyết được thông qua vào cuối tháng Việt Nam giữ cương vị Chủ tịch Hội đồng Bảo an lần thứ hai trong nhiệm kỳ 2020 – 2021. Trước đó, Chủ tịch nước Nguyễn Xuân Phúc đã chủ trì một phiên thảo luận mở cấp cao theo hình thức trực tuyến.",
        ),
        (
            "paragraph",
            "Phát biểu sau khi bỏ phiếu, Đại sứ Đặng Đình Quý, Trưởng Phái đoàn thường trực Việt Nam tại Liên hợp quốc, cảm ơn các nước thành viên đã ủng hộ và cho biết ta sẽ tiếp tục phối hợp với các nước để thúc đẩy việc thực hiện nghị quyết.",
        ),
        ("heading", "Trao lại chức Chủ tịch", 1),
        (
            "paragraph",
            "Từ ngày 1/5, Việt Nam chuyển giao cương vị Chủ tịch Hội đồng Bảo an cho Trung Quốc.",
        ),
    ],
}

FGD = {
    "id": "fgd",
    "shape": "plan",
    "head": [
        f"{'BỘ NGOẠI GIAO':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'HỌC VIỆN NGOẠI GIAO':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 512/KH-HVNG':<40}Hà Nội, ngày 10 tháng 11 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Tổ chức các hoạt động kỷ niệm 50 năm Việt Nam",
        "gia nhập Liên hợp quốc (20/9/1977 – 20/9/2027)",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Tổ chức các hoạt động kỷ niệm 50 năm Việt Nam gia nhập Liên hợp quốc (20/9/1977 – 20/9/2027)",
        ),
        (
            "paragraph",
            "Thực hiện chỉ đạo của Lãnh đạo Bộ, Học viện Ngoại giao xây dựng Kế hoạch tổ chức các hoạt động kỷ niệm 50 năm Việt Nam gia nhập Liên hợp quốc như sau:",
        ),
        ("heading", "I. CÁC HOẠT ĐỘNG CHÍNH", 1),
        (
            "list_item",
            "1. Tháng 5/2027, phối hợp với Văn phòng Điều phối viên thường trú Liên hợp quốc tại Việt Nam tổ chức Hội thảo quốc tế “Việt Nam và Liên hợp quốc: 50 năm đồng hành”.",
        ),
        (
            "list_item",
            "2. Mời đại diện Phái đoàn thường trực của Pháp và Ấn Độ tại Niu Oóc chia sẻ kinh nghiệm làm Ủy viên Hội đồng Bảo an.",
        ),
        (
            "list_item",
            "3. Ký thỏa thuận hợp tác với Học viện Ngoại giao Ô-xtơ-rây-li-a về đào tạo cán bộ làm công tác đa phương.",
        ),
        (
            "list_item",
            "4. Cử 10 học viên sang Giơ-ne-vơ thực tập tại Phái đoàn thường trực Việt Nam trong tháng 9/2027.",
        ),
        ("heading", "II. TỔ CHỨC THỰC HIỆN", 1),
        (
            "paragraph",
            "Khoa Tổ chức quốc tế chủ trì, phối hợp với các đơn vị liên quan triển khai Kế hoạch; không tổ chức hoạt động mít tinh quy mô lớn nhằm tiết kiệm chi phí.",
        ),
    ],
}

FGE = {
    "id": "fge",
    "shape": "entry",
    "blocks": [
        ("title", "Hội đồng Bảo an Liên hợp quốc"),
        (
            "paragraph",
            "Hội đồng Bảo an Liên hợp quốc là một trong sáu cơ quan chính của Liên hợp quốc, chịu trách nhiệm chính về duy trì hòa bình và an ninh quốc tế. Hội đồng họp phiên đầu tiên ngày 17/1/1946 tại Luân Đôn.",
        ),
        ("heading", "Thành phần", 1),
        (
            "paragraph",
            "Hội đồng gồm 15 thành viên: 5 Ủy viên thường trực có quyền phủ quyết là Trung Quốc, Pháp, Nga, Anh và Mỹ, cùng 10 Ủy viên không thường trực do Đại hội đồng bầu với nhiệm kỳ hai năm. Ủy viên không thường trực không được tái cử ngay khi kết thúc nhiệm kỳ. Chức Chủ tịch Hội đồng luân phiên hằng tháng theo thứ tự chữ cái tên tiếng Anh của các nước thành viên. Khác với nghị quyết của Đại hội đồng, nghị quyết của Hội đồng Bảo an có giá trị ràng buộc đối với mọi thành viên Liên hợp quốc.",
        ),
        ("heading", "Việt Nam tại Hội đồng Bảo an", 1),
        (
            "paragraph",
            "Việt Nam hai lần làm Ủy viên không thường trực, nhiệm kỳ 2008 – 2009 và 2020 – 2021. Năm 2020, Việt Nam đồng thời là Chủ tịch ASEAN và đã thúc đẩy Hội đồng Bảo an tổ chức phiên họp về hợp tác giữa Liên hợp quốc và ASEAN.",
        ),
    ],
}

DOCS = [FGA, FGB, FGC, FGD, FGE]


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word, signed "GIÁM ĐỐC"."""
    return report_word(doc)


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Thế giới" section."""
    return news_page(
        doc,
        section="Thế giới",
        time="08:40",
        menu=[("/the-gioi", "Thế giới"), ("/chinh-tri", "Chính trị")],
        tags=[("/tag/hoi-dong-bao-an", "Hội đồng Bảo an"), ("/tag/nghi-quyet-2573", "Nghị quyết 2573")],
    )


def render_plan(doc: dict) -> str:
    """A plan by heldout_kit.ministry_plan, signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"."""
    return ministry_plan(
        doc,
        signature=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(đã ký)"],
        recipients=["- Vụ Các tổ chức quốc tế (để p/h);", "- Lưu: VT, KTCQT."],
    )


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": headed_journal,
            "word": render_word,
            "news": render_news,
            "plan": render_plan,
            "entry": entry_text,
        },
        prefix="fg",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
