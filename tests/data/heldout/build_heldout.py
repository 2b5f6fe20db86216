"""Build the held-out documents and their structure gold from one source of truth.

    .venv/bin/python tests/data/heldout/build_heldout.py

Four short documents written after the rules were tuned, on topics, countries and phrasings that the
seeds, samples/ and tests/data/probe do not use (Vietnam - Republic of Korea, a half-year report of
2017, the UN Human Rights Council, Vietnam - Cuba). Nothing in src/ was changed for them: they
measure, they are not for tuning. The renderers differ on purpose from tests/data/probe's (another
column width, a page number alone on its line, "-" list items, a dated Party header), so the layout
is unseen too. Facts are well-established dates; authors, journals and page numbers are invented.
Events, citations and questions gold are written by hand in gold/.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import build, wrap  # noqa: E402

HA_KOREA = {
    "id": "ha",
    "shape": "journal",
    "header": "NGHIÊN CỨU ĐÔNG BẮC Á, SỐ 5/2024",
    "blocks": [
        (
            "title",
            "QUAN HỆ VIỆT NAM – HÀN QUỐC SAU BA THẬP NIÊN: TỪ THIẾT LẬP QUAN HỆ NGOẠI GIAO ĐẾN ĐỐI TÁC CHIẾN LƯỢC TOÀN DIỆN",
        ),
        ("author", "Nguyễn Minh Tuấn"),
        ("affiliation", "Viện Nghiên cứu Đông Bắc Á, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết khái quát quá trình phát triển quan hệ Việt Nam – Hàn Quốc từ năm 1992 đến năm 2022, tập trung vào các khuôn khổ quan hệ và hợp tác kinh tế, qua đó đánh giá triển vọng của quan hệ song phương trong giai đoạn mới.",
            "vi",
        ),
        ("keywords", "Việt Nam; Hàn Quốc; đối tác chiến lược toàn diện; VKFTA.", "vi"),
        ("heading", "1. Đặt vấn đề", 1),
        (
            "paragraph",
            "Việt Nam và Hàn Quốc chính thức thiết lập quan hệ ngoại giao ngày 22/12/1992. Trong ba thập niên, quan hệ hai nước phát triển nhanh chóng trên hầu hết các lĩnh vực và được đánh giá là “một trong những mối quan hệ song phương phát triển năng động nhất ở châu Á” (Lê Văn Bình, 2019, tr. 42).",
        ),
        ("heading", "2. Các nấc thang phát triển của quan hệ song phương", 1),
        ("heading", "2.1. Khuôn khổ quan hệ", 2),
        (
            "paragraph",
            "Năm 2001, nhân chuyến thăm Hàn Quốc của Chủ tịch nước Trần Đức Lương, hai bên xác lập quan hệ “Đối tác toàn diện trong thế kỷ 21”. Tháng 10/2009, trong chuyến thăm Việt Nam của Tổng thống Lee Myung-bak, hai nước nâng quan hệ lên Đối tác hợp tác chiến lược.",
        ),
        (
            "paragraph",
            "Ngày 5/12/2022, tại Xơ-un, Chủ tịch nước Nguyễn Xuân Phúc và Tổng thống Yoon Suk-yeol ra Tuyên bố chung về việc nâng cấp quan hệ hai nước lên Đối tác chiến lược toàn diện (Bộ Ngoại giao, 2022).",
        ),
        ("heading", "2.2. Hợp tác kinh tế", 2),
        (
            "paragraph",
            "Ngày 5/5/2015, hai nước ký Hiệp định Thương mại tự do Việt Nam – Hàn Quốc (VKFTA); Hiệp định có hiệu lực từ ngày 20/12/2015. Hàn Quốc hiện là nhà đầu tư nước ngoài lớn nhất tại Việt Nam, và theo Trần Thị Lan (2021, tr. 118), các doanh nghiệp Hàn Quốc “đã trở thành một bộ phận không thể tách rời của chuỗi sản xuất tại Việt Nam”. Hàn Quốc cũng là một trong những đối tác cung cấp viện trợ phát triển chính thức (ODA) lớn cho Việt Nam.",
        ),
        ("heading", "3. Kết luận", 1),
        (
            "paragraph",
            "Việc nâng cấp quan hệ lên Đối tác chiến lược toàn diện năm 2022 mở ra giai đoạn phát triển mới. Hai bên đặt mục tiêu nâng kim ngạch thương mại song phương lên 150 tỷ USD vào năm 2030 (Bộ Ngoại giao, 2022).",
        ),
    ],
}

HB_REPORT = {
    "id": "hb",
    "shape": "word",
    "blocks": [
        (
            "title",
            "BÁO CÁO TÌNH HÌNH THỰC HIỆN CÔNG TÁC ĐỐI NGOẠI 6 THÁNG ĐẦU NĂM 2017 VÀ NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2017",
        ),
        ("heading", "I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "paragraph",
            "Trong 6 tháng đầu năm 2017, các hoạt động đối ngoại được triển khai chủ động, tích cực, góp phần giữ vững môi trường hòa bình, ổn định và nâng cao vị thế của đất nước. Cụ thể như sau:",
        ),
        (
            "list_item",
            "- Đối ngoại cấp cao diễn ra sôi động. Tổng Bí thư Nguyễn Phú Trọng thăm chính thức Trung Quốc từ ngày 12 đến 15/1/2017. Nhà vua Nhật Bản Akihito và Hoàng hậu thăm cấp Nhà nước Việt Nam từ ngày 28/2 đến 5/3/2017, lần đầu tiên một Nhà vua Nhật Bản thăm Việt Nam.",
        ),
        (
            "list_item",
            "- Cuối tháng 5/2017, Thủ tướng Nguyễn Xuân Phúc thăm chính thức Hoa Kỳ, là lãnh đạo ASEAN đầu tiên được Tổng thống Donald Trump mời thăm Hoa Kỳ; hai bên ra Tuyên bố chung về tăng cường quan hệ Đối tác toàn diện.",
        ),
        (
            "list_item",
            "- Với vai trò chủ nhà Năm APEC 2017, ta đã tổ chức thành công Hội nghị Quan chức cao cấp APEC lần thứ nhất (SOM 1) tại Nha Trang và nhiều hội nghị cấp bộ trưởng chuyên ngành.",
        ),
        (
            "list_item",
            "- Ta chưa hoàn tất đàm phán Hiệp định Đối tác kinh tế toàn diện khu vực (RCEP); các vòng đàm phán tiếp tục được tổ chức.",
        ),
        ("heading", "II. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2017", 1),
        (
            "list_item",
            "1. Tập trung chuẩn bị và tổ chức thành công Tuần lễ Cấp cao APEC tại thành phố Đà Nẵng vào tháng 11/2017.",
        ),
        (
            "list_item",
            "2. Tổ chức các hoạt động kỷ niệm 55 năm Ngày thiết lập quan hệ ngoại giao Việt Nam – Lào (5/9/1962 – 5/9/2017) và 40 năm Ngày ký Hiệp ước Hữu nghị và Hợp tác Việt Nam – Lào (18/7/1977 – 18/7/2017).",
        ),
        (
            "list_item",
            "3. Tiếp tục thúc đẩy đàm phán RCEP và triển khai các cam kết hội nhập kinh tế quốc tế.",
        ),
        ("source", "(Nguồn: Vụ Tổng hợp, Bộ Ngoại giao)"),
    ],
}

HC_NEWS = {
    "id": "hc",
    "shape": "news",
    "preamble": ["Chính trị | 12/10/2022 06:40 (GMT+7)"],
    "blocks": [
        ("title", "Việt Nam trúng cử Hội đồng Nhân quyền Liên Hợp Quốc nhiệm kỳ 2023 – 2025"),
        (
            "paragraph",
            "New York, 11/10/2022 – Tại phiên họp Khóa 77 Đại hội đồng Liên Hợp Quốc ngày 11/10 (giờ địa phương), Việt Nam đã trúng cử làm thành viên Hội đồng Nhân quyền Liên Hợp Quốc nhiệm kỳ 2023 – 2025 với số phiếu cao.",
        ),
        (
            "paragraph",
            "Đây là lần thứ hai Việt Nam đảm nhận cương vị này. Tháng 11/2013, Việt Nam lần đầu trúng cử vào Hội đồng cho nhiệm kỳ 2014 – 2016; trước đó, Việt Nam chưa từng là thành viên của cơ quan này.",
        ),
        (
            "paragraph",
            "Đại sứ Đặng Hoàng Giang, Trưởng Phái đoàn Đại diện thường trực Việt Nam tại Liên Hợp Quốc, cho biết trong nhiệm kỳ mới Việt Nam sẽ tích cực tham gia công việc chung của Hội đồng, thúc đẩy đối thoại và hợp tác trong lĩnh vực quyền con người.",
        ),
    ],
}

HD_PARTY = {
    "id": "hd",
    "shape": "party",
    "issuer": ["BAN CHẤP HÀNH TRUNG ƯƠNG", "ĐẢNG CỘNG SẢN VIỆT NAM", "BAN TUYÊN GIÁO", "*"],
    "dateline": "Hà Nội, ngày 10 tháng 11 năm 2020",
    "blocks": [
        (
            "title",
            "ĐỀ CƯƠNG TUYÊN TRUYỀN KỶ NIỆM 60 NĂM NGÀY THIẾT LẬP QUAN HỆ NGOẠI GIAO VIỆT NAM – CU-BA (2/12/1960 – 2/12/2020)",
        ),
        ("heading", "I. QUAN HỆ ĐOÀN KẾT ĐẶC BIỆT VIỆT NAM – CU-BA", 1),
        (
            "paragraph",
            "Ngày 2/12/1960, Việt Nam và Cu-ba chính thức thiết lập quan hệ ngoại giao. Cu-ba là nước Mỹ La-tinh đầu tiên thiết lập quan hệ ngoại giao với Việt Nam.",
        ),
        (
            "paragraph",
            "Lời tuyên bố của Chủ tịch Fidel Castro “Vì Việt Nam, Cu-ba sẵn sàng hiến dâng cả máu của mình” đã trở thành biểu tượng của tình đoàn kết giữa hai dân tộc. Tháng 9/1973, Chủ tịch Fidel Castro thăm vùng giải phóng miền Nam Việt Nam tại Quảng Trị, là nguyên thủ nước ngoài đầu tiên đến thăm vùng giải phóng. Cu-ba đã giúp Việt Nam xây dựng Bệnh viện Hữu nghị Việt Nam – Cu-ba Đồng Hới, khách sạn Thắng Lợi ở Hà Nội và nhiều công trình khác.",
        ),
        (
            "paragraph",
            "Quan hệ giữa Đảng Cộng sản Việt Nam và Đảng Cộng sản Cu-ba không ngừng được củng cố. Tháng 11/2018, hai nước ký Hiệp định Thương mại Việt Nam – Cu-ba. Việt Nam hợp tác giúp Cu-ba phát triển sản xuất lúa gạo và kiên định phản đối lệnh cấm vận mà Hoa Kỳ áp đặt đối với Cu-ba.",
        ),
        ("heading", "II. NHIỆM VỤ TRONG THỜI GIAN TỚI", 1),
        (
            "list_item",
            "a) Tiếp tục tăng cường quan hệ đoàn kết đặc biệt giữa hai Đảng, hai Nhà nước và nhân dân hai nước.",
        ),
        (
            "list_item",
            "b) Thúc đẩy hợp tác kinh tế, thương mại và đầu tư với Cu-ba, nhất là trong các lĩnh vực lương thực, năng lượng và công nghệ sinh học.",
        ),
        (
            "list_item",
            "c) Tiếp tục ủng hộ nhân dân Cu-ba trong cuộc đấu tranh đòi Hoa Kỳ chấm dứt chính sách bao vây, cấm vận.",
        ),
    ],
}

DOCS = [HA_KOREA, HB_REPORT, HC_NEWS, HD_PARTY]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """PDF text layer: title in two lines, "Tóm tắt:"/"Từ khóa:" wrapped at 100, body wrapped at 52
    columns, a page break every 25 body lines: page number alone on its line, then the running header."""
    head = doc["header"]
    out: list[str] = []
    removed: list[str] = []
    body = 0
    page = 77
    for b in doc["blocks"]:
        kind, text = b[0], b[1]
        if kind == "title":
            words = text.split(" ")
            half = len(words) // 2
            out += [" ".join(words[:half]), " ".join(words[half:]), ""]
        elif kind in ("author", "affiliation"):
            out.append(text + ("" if kind == "author" else "\n"))
        elif kind in ("abstract", "keywords"):
            label = "Tóm tắt: " if kind == "abstract" else "Từ khóa: "
            out += wrap(label + text, 100) + ([""] if kind == "keywords" else [])
        else:
            lines = wrap(text, 52)
            for i, ln in enumerate(lines):
                out.append(ln)
                body += 1
                if body % 25 == 0 and i < len(lines) - 1:
                    out += ["", str(page), "\f" + head, ""]
                    removed += [head, str(page)]
                    page += 1
            if kind != "heading":
                out.append("")
    out += ["", str(page)]
    removed.append(str(page))
    return "\n".join(out) + "\n", sorted(set(removed))


def render_word(doc: dict) -> str:
    """Word export: every line followed by a blank line, paragraphs wrapped at 90 columns."""
    out: list[str] = []
    for b in doc["blocks"]:
        out += [ln + " " for ln in wrap(b[1], 90 if b[0] != "title" else 70)]
    return "".join(ln + "\n\n" for ln in out)


def render_news(doc: dict) -> str:
    return "\n\n".join([*doc["preamble"], *(b[1] for b in doc["blocks"])]) + "\n"


def render_party(doc: dict) -> str:
    out = [*doc["issuer"], "", doc["dateline"], ""]
    for b in doc["blocks"]:
        if b[0] == "title":
            words = b[1].split(" ")
            out += [" ".join(words[:10]), " ".join(words[10:]), "-----", ""]
        else:
            out.append(b[1])
    return "\n".join(out) + "\n"


def main() -> None:
    build(
        HERE,
        DOCS,
        {"journal": render_journal, "news": render_news, "party": render_party, "word": render_word},
        html_shapes=(),
    )


if __name__ == "__main__":
    main()
