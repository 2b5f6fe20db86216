"""Build the three hundred twenty-sixth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout326/build_heldout326.py [--check]

Five short documents on Vietnam and Laos: a journal article on the special relationship (relations
5/9/1962, the Treaty of Friendship and Cooperation and the border treaty of 18/7/1977, the 2016 border
protocol), a (fictitious) Quảng Trị province border guard year-end report for 2025, a news page on a
(fictitious) Lao provincial delegation's visit to Nghệ An in 2025, a (fictitious) provincial plan for
cooperation with Lao provinces in 2027, and an encyclopedia entry on the Mekong River Commission. Facts are
well-established; authors, journal, page numbers, document numbers and the local bodies' activities are
invented. Gold is written by hand; ``--check`` verifies that every gold evidence, quote and citation occurs
in the documents.
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

CIA = {
    "id": "cia",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU ĐÔNG NAM Á – Số 7 (2025)",
    "first_page": 33,
    "break_after": 4,
    "blocks": [
        ("title", "QUAN HỆ ĐẶC BIỆT VIỆT NAM – LÀO: NỀN TẢNG PHÁP LÝ VÀ THỰC TIỄN"),
        ("author", "Phan Văn Khánh"),
        ("affiliation", "Viện Nghiên cứu Đông Nam Á, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết khảo sát các văn kiện nền tảng của quan hệ Việt Nam – Lào và những kết quả hợp tác gần đây.",
            "vi",
        ),
        ("keywords", "Việt Nam; Lào; Hiệp ước Hữu nghị và Hợp tác 1977; biên giới", "vi"),
        ("heading", "1. Những dấu mốc pháp lý", 1),
        (
            "paragraph",
            "Ngày 5/9/1962, Việt Nam Dân chủ Cộng hòa và Vương quốc Lào chính thức thiết lập quan hệ ngoại giao (Vũ Đình Lộc, 2012, tr. 17). Ngày 18/7/1977, tại Viêng Chăn, hai nước ký Hiệp ước Hữu nghị và Hợp tác cùng Hiệp ước hoạch định biên giới quốc gia, đặt nền móng lâu dài cho quan hệ đặc biệt giữa hai dân tộc.",
        ),
        ("heading", "2. Biên giới hòa bình, hữu nghị", 1),
        (
            "paragraph",
            "Tháng 3/2016, hai bên ký Nghị định thư về đường biên giới và mốc quốc giới, khép lại quá trình tăng dày và tôn tạo hệ thống mốc. Một nhà nghiên cứu Lào gọi đây là “đường biên giới của tình anh em” (Bun-thoong Xi-xu-phăn, 2017, tr. 64). Năm 2017 được hai nước chọn là Năm Đoàn kết hữu nghị Việt Nam – Lào, nhân 55 năm thiết lập quan hệ ngoại giao và 40 năm ký Hiệp ước.",
        ),
        ("heading", "3. Một số hạn chế", 1),
        (
            "paragraph",
            "Tuy vậy, nhiều dự án đầu tư của Việt Nam tại Lào chưa được triển khai đúng tiến độ. Hai bên cần sớm tháo gỡ vướng mắc, nâng hiệu quả hợp tác kinh tế lên ngang tầm quan hệ chính trị (Lê Thị Thu Hương, 2022).",
        ),
    ],
}

CIB = {
    "id": "cib",
    "shape": "word",
    "head": [
        "BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG",
        "TỈNH QUẢNG TRỊ",
        "Số: 318/BC-BĐBP",
        "Quảng Trị, ngày 15 tháng 12 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Công tác đối ngoại biên phòng với các tỉnh giáp biên của Lào năm 2025",
    ],
    "blocks": [
        ("title", "BÁO CÁO Công tác đối ngoại biên phòng với các tỉnh giáp biên của Lào năm 2025"),
        ("heading", "I. KẾT QUẢ THỰC HIỆN", 1),
        (
            "list_item",
            "1. Tháng 4/2025, Bộ Chỉ huy tổ chức hội đàm với Bộ Chỉ huy Quân sự tỉnh Sa-vẳn-na-khệt tại Cửa khẩu quốc tế Lao Bảo; hai bên ký biên bản hợp tác quản lý, bảo vệ biên giới năm 2025.",
        ),
        (
            "list_item",
            "2. Phối hợp với lực lượng chức năng tỉnh Sa-la-van tuần tra song phương 12 lần trên tuyến biên giới.",
        ),
        (
            "list_item",
            "3. Trao tặng 200 tấn gạo và 50 bộ máy tính cho các bản biên giới của Lào bị ảnh hưởng bởi lũ lụt tháng 9/2025.",
        ),
        (
            "list_item",
            "4. Đón đoàn cán bộ tỉnh Sa-vẳn-na-khệt sang thăm, trao đổi kinh nghiệm phòng, chống ma túy.",
        ),
        (
            "list_item",
            "5. Dự kiến mở thêm một cặp chợ biên giới tại Hướng Hóa chưa được phía bạn đồng ý.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2026", 1),
        (
            "list_item",
            "1. Tổ chức giao lưu “Biên giới hữu nghị” với lực lượng bảo vệ biên giới tỉnh Sa-la-van vào tháng 7/2026.",
        ),
        (
            "list_item",
            "2. Tiếp tục nhận đỡ đầu 30 học sinh Lào học tập tại các trường của tỉnh.",
        ),
        (
            "paragraph",
            "Trên đây là báo cáo công tác đối ngoại biên phòng năm 2025 của Bộ Chỉ huy Bộ đội Biên phòng tỉnh.",
        ),
    ],
}

CIC = {
    "id": "cic",
    "shape": "news",
    "date": "2025-07-18",
    "stamp": "Thứ Sáu, 18/07/2025 - 16:40",
    "blocks": [
        ("title", "Nghệ An và Xiêng Khoảng ký kế hoạch hợp tác giai đoạn 2025 – 2030"),
        (
            "paragraph",
            "Nghệ An (TTXVN) – Ngày 18/7, nhân kỷ niệm 48 năm ký Hiệp ước Hữu nghị và Hợp tác Việt Nam – Lào, đoàn đại biểu cấp cao tỉnh Xiêng Khoảng (Lào) do Bí thư Tỉnh ủy, Tỉnh trưởng dẫn đầu đã sang thăm và làm việc tại tỉnh Nghệ An.",
        ),
        ("heading", "Mở rộng hợp tác giáo dục và nông nghiệp", 1),
        (
            "paragraph",
            "Tại buổi hội đàm, Chủ tịch UBND tỉnh Nghệ An và lãnh đạo tỉnh Xiêng Khoảng đã ký kế hoạch hợp tác giai đoạn 2025 – 2030, tập trung vào giáo dục, nông nghiệp và kết nối giao thông qua Cửa khẩu quốc tế Nậm Cắn.",
        ),
        (
            "paragraph",
            "Phía Nghệ An cam kết mỗi năm cấp 40 suất học bổng cho sinh viên Xiêng Khoảng và hỗ trợ 2 tỷ đồng xây dựng trường học tại huyện Nọng Hét. Hai tỉnh sẽ đồng tổ chức hội chợ thương mại biên giới vào tháng 11 tới.",
        ),
        (
            "paragraph",
            "Tuy nhiên, dự án nâng cấp tuyến đường nối Nậm Cắn với thị xã Phôn-xa-vẳn vẫn chưa thu xếp được vốn.",
        ),
    ],
}

CID = {
    "id": "cid",
    "shape": "plan",
    "head": [
        f"{'ỦY BAN NHÂN DÂN':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'TỈNH ĐIỆN BIÊN':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 412/KH-UBND':<40}Điện Biên, ngày 20 tháng 12 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với các tỉnh Bắc Lào năm 2027",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác với các tỉnh Bắc Lào năm 2027"),
        (
            "paragraph",
            "Thực hiện thỏa thuận hợp tác đã ký với các tỉnh Luông Pha-bang, Phông-xa-lỳ và U-đôm-xay, Ủy ban nhân dân tỉnh ban hành Kế hoạch hợp tác năm 2027 như sau:",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2026", 1),
        (
            "paragraph",
            "Trong năm, tỉnh đã đón 6 đoàn công tác của các tỉnh Bắc Lào và cử 4 đoàn sang làm việc tại Luông Pha-bang và Phông-xa-lỳ. Tỉnh đào tạo 85 lưu học sinh Lào tại Trường Cao đẳng Sư phạm Điện Biên. Việc nâng cấp cặp cửa khẩu Tây Trang – Pang Hốc chưa hoàn thành do vướng mặt bằng.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2027", 1),
        (
            "list_item",
            "1. Tháng 3/2027, đăng cai Hội nghị thường niên giữa tỉnh Điện Biên và ba tỉnh Bắc Lào.",
        ),
        (
            "list_item",
            "2. Ký biên bản ghi nhớ với tỉnh U-đôm-xay về hợp tác y tế và phòng, chống dịch bệnh.",
        ),
        (
            "list_item",
            "3. Viện trợ tỉnh Phông-xa-lỳ 3 tỷ đồng để xây dựng trạm y tế xã biên giới.",
        ),
        (
            "list_item",
            "4. Cử đoàn lãnh đạo tỉnh sang thăm, chúc Tết Bun-pi-mây tại Luông Pha-bang.",
        ),
        (
            "paragraph",
            "Sở Ngoại vụ chủ trì, phối hợp với các sở, ngành triển khai Kế hoạch và báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2027.",
        ),
    ],
}

CIE = {
    "id": "cie",
    "shape": "entry",
    "blocks": [
        ("title", "Ủy hội sông Mê Công quốc tế"),
        (
            "paragraph",
            "Ủy hội sông Mê Công quốc tế (MRC) là tổ chức liên chính phủ do Cam-pu-chia, Lào, Thái Lan và Việt Nam thành lập theo Hiệp định hợp tác phát triển bền vững lưu vực sông Mê Công, ký tại Chiềng Rai (Thái Lan) ngày 5/4/1995. Ban Thư ký của Ủy hội đặt tại Viêng Chăn và Phnôm Pênh.",
        ),
        ("heading", "Đối tác đối thoại", 1),
        (
            "paragraph",
            "Trung Quốc và Mi-an-ma, hai quốc gia thượng nguồn, không phải là thành viên mà là đối tác đối thoại của Ủy hội từ năm 1996.",
        ),
        ("heading", "Hội nghị cấp cao", 1),
        (
            "paragraph",
            "Hội nghị cấp cao MRC lần thứ nhất họp tại Hủa Hin (Thái Lan) năm 2010. Việt Nam đăng cai Hội nghị cấp cao lần thứ hai tại Thành phố Hồ Chí Minh tháng 4/2014; Cam-pu-chia tổ chức lần thứ ba tại Xiêm Riệp năm 2018 và Lào đăng cai lần thứ tư tại Viêng Chăn năm 2023.",
        ),
        ("heading", "Việt Nam và Ủy hội", 1),
        (
            "paragraph",
            "Việt Nam tham gia Ủy hội qua Ủy ban sông Mê Công Việt Nam, chú trọng nghiên cứu tác động của các công trình thủy điện trên dòng chính tới Đồng bằng sông Cửu Long. Năm 2025, Ủy hội kỷ niệm 30 năm ngày thành lập.",
        ),
    ],
}

DOCS = [CIA, CIB, CIC, CID, CIE]


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word, signed "CHỈ HUY TRƯỞNG"."""
    return report_word(doc, ["CHỈ HUY TRƯỞNG", "(Đã ký và đóng dấu)"])


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Địa phương" section."""
    return news_page(
        doc,
        section="Địa phương",
        time="16:40",
        menu=[("/thoi-su", "Thời sự"), ("/dia-phuong", "Địa phương")],
        tags=[("/tag/nghe-an", "Nghệ An"), ("/tag/lao", "Lào")],
    )


def render_plan(doc: dict) -> str:
    """A provincial plan by heldout_kit.ministry_plan, signed for the People's Committee."""
    return ministry_plan(
        doc,
        signature=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(đã ký)"],
        recipients=["- Bộ Ngoại giao;", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Lưu: VT, NgV."],
        columns=(48, 48, 48, 51),
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
        prefix="ci",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
