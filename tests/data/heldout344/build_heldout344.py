"""Build the three hundred forty-fourth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout344/build_heldout344.py [--check]

Five short documents on the foreign-policy line of the Ninth to Thirteenth Party Congresses and multilateral
diplomacy: a journal article on the Congresses' formulas (2001 – 2021), a (fictitious) city external affairs
department's report for 2025 on Directive 25-CT/TW saved from Word, a news page on the national foreign-affairs
conference of 14/12/2021 ("bamboo diplomacy"), a (fictitious) provincial plan for 2027 under Directive 25-CT/TW,
and an encyclopedia entry on Vietnam in the UN Security Council. Facts are well-established; authors, journal,
page numbers, document numbers, the local bodies' activities and quoted words are invented. Gold is written by
hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
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

GJA_JOURNAL = {
    "id": "gja",
    "shape": "journal",
    "header": "TẠP CHÍ QUAN HỆ QUỐC TẾ – Số 6 (2026)",
    "first_page": 5,
    "break_after": 4,
    "blocks": [
        ("title", "ĐƯỜNG LỐI ĐỐI NGOẠI QUA CÁC KỲ ĐẠI HỘI ĐẢNG TỪ NĂM 2001 ĐẾN NĂM 2021"),
        ("author", "Phạm Hồng Quân"),
        ("affiliation", "Trường Đại học Khoa học Xã hội và Nhân văn, Đại học Quốc gia Hà Nội"),
        ("abstract", "Bài viết so sánh các phương châm đối ngoại từ Đại hội IX đến Đại hội XIII.", "vi"),
        ("keywords", "Đại hội Đảng; hội nhập quốc tế; đối ngoại đa phương", "vi"),
        ("heading", "1. Từ Đại hội IX đến Đại hội XI", 1),
        (
            "paragraph",
            "Tháng 4/2001, Đại hội IX khẳng định Việt Nam “sẵn sàng là bạn, là đối tác tin cậy của các nước trong cộng đồng quốc tế” (Ngô Thanh Tùng, 2011, tr. 27). Ngày 11/1/2007, Việt Nam chính thức trở thành thành viên thứ 150 của Tổ chức Thương mại thế giới; trước đó, tháng 11/2006, Hà Nội đăng cai Hội nghị cấp cao APEC lần thứ 14. Đại hội XI (tháng 1/2011) bổ sung vế “thành viên có trách nhiệm trong cộng đồng quốc tế”.",
        ),
        ("heading", "2. Đại hội XII và XIII", 1),
        (
            "paragraph",
            "Đại hội XII (tháng 1/2016) chủ trương chủ động và tích cực hội nhập quốc tế; tháng 11/2017, Đà Nẵng đăng cai Tuần lễ Cấp cao APEC. Ngày 8/8/2018, Ban Bí thư ban hành Chỉ thị 25-CT/TW về đẩy mạnh và nâng tầm đối ngoại đa phương đến năm 2030. Đại hội XIII, họp từ ngày 25/1 đến 1/2/2021, nhấn mạnh vai trò tiên phong của đối ngoại (Đinh Thị Hương, 2022, tr. 64).",
        ),
        ("heading", "3. Kết luận", 1),
        (
            "paragraph",
            "Văn kiện các kỳ Đại hội không chủ trương liên minh quân sự với bất kỳ nước nào (Tạ Văn Sơn, 2024).",
        ),
    ],
}

GJB_REPORT = {
    "id": "gjb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN",
        "THÀNH PHỐ ĐÀ NẴNG",
        "SỞ NGOẠI VỤ",
        "Số: 302/BC-SNV",
        "Đà Nẵng, ngày 18 tháng 12 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả thực hiện Chỉ thị số 25-CT/TW năm 2025",
    ],
    "blocks": [
        ("title", "BÁO CÁO Kết quả thực hiện Chỉ thị số 25-CT/TW năm 2025"),
        ("heading", "I. KẾT QUẢ", 1),
        (
            "list_item",
            "1. Tháng 5/2025, phối hợp với Bộ Ngoại giao đăng cai Diễn đàn hợp tác địa phương ASEAN với sự tham gia của đại biểu 10 nước thành viên.",
        ),
        (
            "list_item",
            "2. Ký kết thỏa thuận hợp tác với Chương trình Phát triển Liên hợp quốc (UNDP) về ứng phó biến đổi khí hậu vùng ven biển.",
        ),
        (
            "list_item",
            "3. Tiếp nhận 150.000 USD từ Cơ quan Hợp tác quốc tế Hàn Quốc (KOICA) cho dự án cấp nước sạch.",
        ),
        (
            "list_item",
            "4. Tháng 10/2025, đoàn lãnh đạo Sở tham dự Hội nghị các thành phố thuộc mạng lưới APEC tại Hàn Quốc.",
        ),
        (
            "list_item",
            "5. Đề xuất đăng cai một hội nghị cấp quan chức cao cấp APEC năm 2027 chưa được Ủy ban quốc gia APEC chấp thuận.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Chuẩn bị cơ sở vật chất phục vụ Năm APEC Việt Nam 2027.",
        ),
        (
            "list_item",
            "2. Đề nghị UNDP tiếp tục hỗ trợ kỹ thuật cho các xã ven biển.",
        ),
    ],
}

GJC_NEWS = {
    "id": "gjc",
    "shape": "news",
    "date": "2021-12-14",
    "stamp": "Thứ Ba, 14/12/2021 12:20",
    "blocks": [
        ("title", "Hội nghị Đối ngoại toàn quốc: Xây dựng nền ngoại giao mang bản sắc “cây tre Việt Nam”"),
        (
            "lead",
            "Hà Nội (TTXVN) – Sáng 14/12, Hội nghị Đối ngoại toàn quốc triển khai thực hiện Nghị quyết Đại hội XIII của Đảng được tổ chức tại Hà Nội, kết nối trực tuyến với các tỉnh, thành phố và các cơ quan đại diện Việt Nam ở nước ngoài.",
        ),
        (
            "paragraph",
            "Phát biểu chỉ đạo, Tổng Bí thư Nguyễn Phú Trọng nêu hình ảnh cây tre Việt Nam “gốc vững, thân chắc, cành uyển chuyển” để khái quát trường phái đối ngoại, ngoại giao của thời đại Hồ Chí Minh.",
        ),
        ("heading", "Dấu ấn đối ngoại đa phương", 1),
        (
            "paragraph",
            "Các đại biểu đánh giá cao việc Việt Nam hoàn thành vai trò Chủ tịch ASEAN năm 2020 và Ủy viên không thường trực Hội đồng Bảo an Liên hợp quốc nhiệm kỳ 2020 – 2021, trong đó hai lần giữ cương vị Chủ tịch Hội đồng Bảo an vào tháng 1/2020 và tháng 4/2021.",
        ),
        (
            "paragraph",
            "Trong thời gian tới, Việt Nam sẽ tiếp tục tham gia lực lượng gìn giữ hòa bình Liên hợp quốc và chủ động đóng góp xây dựng các cơ chế đa phương.",
        ),
    ],
}

GJD_PLAN = {
    "id": "gjd",
    "shape": "plan",
    "head": [
        f"{'ỦY BAN NHÂN DÂN':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'TỈNH KHÁNH HÒA':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 118/KH-UBND':<40}Khánh Hòa, ngày 25 tháng 11 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Thực hiện Chỉ thị số 25-CT/TW của Ban Bí thư năm 2027",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Thực hiện Chỉ thị số 25-CT/TW của Ban Bí thư năm 2027"),
        (
            "paragraph",
            "Để đẩy mạnh và nâng tầm đối ngoại đa phương trên địa bàn tỉnh, Ủy ban nhân dân tỉnh ban hành Kế hoạch năm 2027 như sau:",
        ),
        ("heading", "I. NHIỆM VỤ", 1),
        (
            "list_item",
            "1. Tháng 6/2027, đăng cai Hội thảo quốc tế về kinh tế biển với sự tham gia của các nước ASEAN và Nhật Bản.",
        ),
        (
            "list_item",
            "2. Phối hợp với Tổ chức Giáo dục, Khoa học và Văn hóa Liên hợp quốc (UNESCO) lập hồ sơ đề cử Khu dự trữ sinh quyển.",
        ),
        (
            "list_item",
            "3. Mời đoàn Cơ quan Hợp tác quốc tế Nhật Bản (JICA) khảo sát dự án xử lý nước thải tại thành phố Nha Trang.",
        ),
        (
            "list_item",
            "4. Không đề xuất đăng cai sự kiện quốc tế mới trong Năm APEC 2027 để tập trung nguồn lực.",
        ),
        (
            "paragraph",
            "Sở Ngoại vụ là cơ quan thường trực, theo dõi và tổng hợp tình hình, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2027.",
        ),
    ],
}

GJE_ENTRY = {
    "id": "gje",
    "shape": "entry",
    "blocks": [
        ("title", "Việt Nam tại Hội đồng Bảo an Liên hợp quốc"),
        (
            "paragraph",
            "Việt Nam hai lần là Ủy viên không thường trực Hội đồng Bảo an Liên hợp quốc, nhiệm kỳ 2008 – 2009 và 2020 – 2021. Cả hai lần, ứng cử của Việt Nam đều được ASEAN ủng hộ. Trong các nhiệm kỳ, Việt Nam chủ trì nhiều phiên thảo luận mở của Hội đồng.",
        ),
        ("heading", "Nhiệm kỳ 2008 – 2009", 1),
        (
            "paragraph",
            "Ngày 16/10/2007, Đại hội đồng Liên hợp quốc bầu Việt Nam vào Hội đồng Bảo an với 183 phiếu thuận. Việt Nam giữ cương vị Chủ tịch Hội đồng vào tháng 7/2008 và tháng 10/2009.",
        ),
        ("heading", "Nhiệm kỳ 2020 – 2021", 1),
        (
            "paragraph",
            "Ngày 7/6/2019, Việt Nam trúng cử với 192 trên 193 phiếu. Trước đó, từ năm 2014, Việt Nam bắt đầu cử sĩ quan tham gia lực lượng gìn giữ hòa bình Liên hợp quốc; năm 2018, bệnh viện dã chiến cấp 2 đầu tiên được triển khai tại Nam Xu-đăng.",
        ),
        ("heading", "Các cơ chế khác", 1),
        (
            "paragraph",
            "Việt Nam còn là thành viên Hội đồng Nhân quyền Liên hợp quốc nhiệm kỳ 2014 – 2016 và 2023 – 2025, nhưng chưa từng đảm nhiệm chức Chủ tịch Đại hội đồng Liên hợp quốc.",
        ),
    ],
}

DOCS = [GJA_JOURNAL, GJB_REPORT, GJC_NEWS, GJD_PLAN, GJE_ENTRY]


def render_news(doc: dict) -> str:
    """The agency's detail page by heldout_kit.news_page."""
    return news_page(
        doc,
        section="Chính trị",
        time="12:20",
        menu=[("/chinh-tri", "Chính trị"), ("/the-gioi", "Thế giới")],
        tags=[("/tag/hoi-nghi-doi-ngoai-toan-quoc", "Hội nghị Đối ngoại toàn quốc")],
    )


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word, signed "GIÁM ĐỐC"."""
    return report_word(doc, ["GIÁM ĐỐC", "(Đã ký và đóng dấu)"])


def render_plan(doc: dict) -> str:
    """A provincial plan by heldout_kit.ministry_plan with the four-line signature of a People's Committee."""
    return ministry_plan(
        doc,
        signature=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(đã ký)"],
        recipients=["- Bộ Ngoại giao (để b/c);", "- Các sở, ban, ngành;", "- Lưu: VT, NV."],
        columns=[48, 48, 48, 51],
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
        prefix="gj",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
