"""Build the thirty-fifth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout35/build_heldout35.py [--check]

Five short documents written after the rules were tuned on the seeds, tests/data/probe and
tests/data/heldout, heldout2 ... heldout34, on topics those sets do not use (Vietnam - Uzbekistan, the
CIS, the SCO and CICA; Thái Nguyên's external affairs in 2023; Belarus admitted to the SCO at Astana on
4/7/2024; a (fictitious) Foreign Ministry notice on 25 years of Vietnam in the Chemical Weapons
Convention; an encyclopedia entry on the Central Asian Nuclear-Weapon-Free Zone Treaty). Nothing in src/
was changed for them. Facts are well-established; authors, journal, page numbers, document numbers, the
provincial report's local items and figures, the notice (number, date, tasks) and all quoted words are
invented. Events, citations and questions gold are written by hand; ``--check`` verifies that every gold
evidence, quote and citation occurs in the documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import (  # noqa: E402
    build_and_check,
    entry_text,
    official_text,
    paged_journal,
    word_text,
)

OA_UZBEKISTAN = {
    "id": "oa",
    "shape": "journal",
    "header": "Thông tin Nghiên cứu Á – Âu, số 2 (2024)",
    "first_page": 117,
    "break_after": 7,
    "blocks": [
        (
            "title",
            "QUAN HỆ VIỆT NAM – U-DƠ-BÊ-KI-XTAN SAU BA THẬP NIÊN: TỪ HỮU NGHỊ TRUYỀN THỐNG ĐẾN HỢP TÁC THỰC CHẤT",
        ),
        ("author", "Đỗ Thị Phương Thảo"),
        ("affiliation", "Viện Nghiên cứu Châu Âu"),
        (
            "abstract",
            "Bài viết khái quát quan hệ Việt Nam – U-dơ-bê-ki-xtan từ năm 1992 và gợi mở một số hướng hợp tác.",
            "vi",
        ),
        ("keywords", "U-dơ-bê-ki-xtan; Trung Á; SNG; SCO", "vi"),
        ("heading", "1. Bối cảnh hình thành quan hệ", 1),
        (
            "paragraph",
            "Tuyên bố độc lập ngày 31/8/1991, U-dơ-bê-ki-xtan cùng mười nước cộng hòa khác của Liên Xô cũ ký Tuyên bố An-ma A-ta ngày 21/12/1991, trở thành thành viên Cộng đồng các quốc gia độc lập (SNG). Ngày 17/1/1992, Việt Nam và U-dơ-bê-ki-xtan thiết lập quan hệ ngoại giao; ngày 2/3/1992, nước này được kết nạp vào Liên hợp quốc. Ta-sken từng là “ngã tư của Con đường tơ lụa” (Phạm Thị Minh Nguyệt, 2017, tr. 52-54).",
        ),
        ("heading", "2. Hợp tác song phương và đa phương", 1),
        (
            "paragraph",
            "Hai nước luôn ủng hộ lẫn nhau tại Liên hợp quốc và Hội nghị về tương tác và các biện pháp xây dựng lòng tin ở châu Á (CICA), diễn đàn mà cả hai cùng là thành viên. Là thành viên sáng lập Tổ chức Hợp tác Thượng Hải (SCO) ra đời ngày 15/6/2001, U-dơ-bê-ki-xtan đăng cai Hội nghị cấp cao SCO tại Xa-mác-can-đơ tháng 9/2022; trong khi đó, Việt Nam chưa tham gia SCO dưới bất kỳ tư cách nào (Trần Quang Huy, 2023).",
        ),
        ("heading", "3. Triển vọng", 1),
        (
            "paragraph",
            "Từ năm 2020, nước này là quan sát viên của Liên minh Kinh tế Á – Âu (EAEU), khối đã ký với Việt Nam Hiệp định thương mại tự do (2015). Theo Nguyễn Đức Toàn (2021, tr. 33), hai bên nên sớm nghiên cứu mở đường bay thẳng Hà Nội – Ta-sken.",
        ),
    ],
}

OB_THAINGUYEN = {
    "id": "ob",
    "shape": "word",
    "head": [
        "UBND TỈNH THÁI NGUYÊN",
        "SỞ NGOẠI VỤ",
        "Số: 287/BC-SNgV",
        "Thái Nguyên, ngày 15 tháng 12 năm 2023",
    ],
    "title_lines": ["BÁO CÁO", "Tổng kết công tác đối ngoại năm 2023, phương hướng nhiệm vụ năm 2024"],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết công tác đối ngoại năm 2023, phương hướng nhiệm vụ năm 2024"),
        ("heading", "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2023", 1),
        (
            "list_item",
            "1. Các doanh nghiệp Hàn Quốc, trong đó có Samsung, tiếp tục hoạt động ổn định tại Khu công nghiệp Yên Bình; quan hệ của tỉnh với các đối tác Hàn Quốc được duy trì tốt.",
        ),
        (
            "list_item",
            "2. Tháng trước, Chủ tịch UBND tỉnh tiếp Đại sứ Bê-la-rút tại Việt Nam; hai bên trao đổi khả năng hợp tác lắp ráp máy nông nghiệp.",
        ),
        (
            "list_item",
            "3. Trong năm nay, Quỹ Nhi đồng Liên hợp quốc (UNICEF) hỗ trợ tỉnh 85.000 USD để cải thiện dinh dưỡng cho trẻ em vùng cao.",
        ),
        (
            "list_item",
            "4. Đoàn công tác của tỉnh thăm, làm việc tại Ta-sken (U-dơ-bê-ki-xtan) từ ngày 9 đến 12/10/2023 theo lời mời của phía bạn; tuy nhiên, Biên bản ghi nhớ hợp tác giữa hai bên chưa được ký kết do còn khác biệt về nội dung.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024", 1),
        ("list_item", "1. Phấn đấu ký kết Biên bản ghi nhớ với thành phố Ta-sken trong năm tới."),
        (
            "list_item",
            "2. Dự kiến tháng 3/2024, phối hợp với Cơ quan Xúc tiến Thương mại – Đầu tư Hàn Quốc (KOTRA) tổ chức hội nghị xúc tiến đầu tư tại Xơ-un.",
        ),
        (
            "list_item",
            "3. Vận động Cơ quan Hợp tác Quốc tế Nhật Bản (JICA) tài trợ dự án cấp nước sạch cho các xã vùng cao.",
        ),
    ],
}

OC_SCO = {
    "id": "oc",
    "shape": "news",
    "date": "2024-07-05",
    "stamp": "05/07/2024 06:40",
    "blocks": [
        ("title", "SCO kết nạp Belarus làm thành viên thứ 10"),
        (
            "paragraph",
            "Astana (TTXVN) – Ngày 4/7, Hội nghị thượng đỉnh Tổ chức Hợp tác Thượng Hải (SCO) tại thủ đô của Kazakhstan đã thông qua quyết định kết nạp Belarus, nâng số thành viên chính thức của tổ chức lên 10 nước.",
        ),
        ("heading", "Từ đối tác đối thoại đến thành viên", 1),
        (
            "paragraph",
            "Belarus trở thành đối tác đối thoại của SCO năm 2009 và quan sát viên năm 2015. Năm ngoái, Iran được kết nạp tại hội nghị thượng đỉnh trực tuyến do Ấn Độ chủ trì. Tổng thống nước chủ nhà Kassym-Jomart Tokayev khẳng định việc mở rộng “phản ánh sức hút ngày càng lớn của SCO”. Kết thúc hội nghị, Trung Quốc tiếp nhận cương vị Chủ tịch luân phiên và sẽ đăng cai hội nghị thượng đỉnh tiếp theo.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam không phải là thành viên, quan sát viên hay đối tác đối thoại của SCO. Việt Nam và Belarus thiết lập quan hệ ngoại giao ngày 24/1/1992; Hiệp định thương mại tự do giữa Việt Nam và Liên minh Kinh tế Á – Âu, mà Belarus là thành viên, có hiệu lực từ ngày 5/10/2016. Trong cuộc bầu chọn ngày 6/6/2023, Slovenia trúng cử ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2024 – 2025 với 153 phiếu, còn Belarus chỉ nhận 38 phiếu và không giành được ghế.",
        ),
    ],
}

OD_CWC = {
    "id": "od",
    "shape": "notice",
    "head": [
        f"{'BỘ NGOẠI GIAO':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 93/TB-BNG':<40}Hà Nội, ngày 20 tháng 11 năm 2023",
    ],
    "title_lines": [
        "THÔNG BÁO",
        "Kết luận của Thứ trưởng tại Hội nghị 25 năm Việt Nam",
        "thực hiện Công ước Cấm vũ khí hóa học",
    ],
    "blocks": [
        (
            "title",
            "THÔNG BÁO Kết luận của Thứ trưởng tại Hội nghị 25 năm Việt Nam thực hiện Công ước Cấm vũ khí hóa học",
        ),
        (
            "paragraph",
            "Ngày 30/10/2023, Bộ Ngoại giao phối hợp với Bộ Quốc phòng tổ chức Hội nghị. Thứ trưởng kết luận như sau:",
        ),
        (
            "list_item",
            "1. Việt Nam ký Công ước tại Pa-ri ngày 13/01/1993, phê chuẩn năm 1998 và là quốc gia thành viên từ ngày 30/10/1998. Ta không sở hữu, không phát triển và không sản xuất vũ khí hóa học.",
        ),
        (
            "list_item",
            "2. Tháng 7 năm nay, Tổ chức Cấm vũ khí hóa học (OPCW) xác nhận toàn bộ kho vũ khí hóa học mà các quốc gia thành viên tuyên bố đã được tiêu hủy; ta hoan nghênh dấu mốc này.",
        ),
        (
            "list_item",
            "3. Phối hợp với Ban Thư ký Kỹ thuật OPCW tổ chức khóa tập huấn về ứng phó sự cố hóa chất cho cán bộ các nước ASEAN vào quý II năm tới.",
        ),
        (
            "list_item",
            "4. Đề nghị OPCW tiếp tục hỗ trợ thiết bị phân tích và đào tạo chuyên gia cho Việt Nam theo Điều XI của Công ước.",
        ),
        (
            "list_item",
            "5. Nghiên cứu khả năng Việt Nam ứng cử vào Hội đồng Chấp hành OPCW nhiệm kỳ 2025 – 2027; chuẩn bị báo cáo quốc gia gửi Ủy ban 1540 của Hội đồng Bảo an.",
        ),
    ],
}

OE_CANWFZ = {
    "id": "oe",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp ước về Khu vực không có vũ khí hạt nhân ở Trung Á"),
        (
            "paragraph",
            "Hiệp ước về Khu vực không có vũ khí hạt nhân ở Trung Á, thường gọi là Hiệp ước Xê-mi-pa-la-tin-xcơ, được Ca-dắc-xtan, Cư-rơ-gư-xtan, Tát-gi-ki-xtan, Tuốc-mê-ni-xtan và U-dơ-bê-ki-xtan ký ngày 8/9/2006 tại Xê-mi-pa-la-tin-xcơ (Ca-dắc-xtan).",
        ),
        ("heading", "Bối cảnh", 1),
        (
            "paragraph",
            "Địa điểm ký được chọn vì tại đây Liên Xô đã tiến hành hơn 450 vụ thử hạt nhân trước khi bãi thử bị đóng cửa ngày 29/8/1991. Hiệp ước có hiệu lực từ ngày 21/3/2009, là khu vực phi vũ khí hạt nhân đầu tiên nằm trọn ở Bắc bán cầu và buộc các bên ký Nghị định thư bổ sung với Cơ quan Năng lượng nguyên tử quốc tế (IAEA).",
        ),
        ("heading", "Nghị định thư về bảo đảm an ninh", 1),
        (
            "paragraph",
            "Ngày 6/5/2014, tại New York, năm nước có vũ khí hạt nhân là Anh, Hoa Kỳ, Nga, Pháp và Trung Quốc ký Nghị định thư cam kết không sử dụng vũ khí hạt nhân chống các nước trong khu vực. Bốn nước đã phê chuẩn văn kiện này; riêng Hoa Kỳ chưa phê chuẩn.",
        ),
        (
            "paragraph",
            "Xem thêm: Hiệp ước Băng Cốc (1995) về Khu vực Đông Nam Á không có vũ khí hạt nhân, mà Việt Nam là thành viên.",
        ),
    ],
}

DOCS = [OA_UZBEKISTAN, OB_THAINGUYEN, OC_SCO, OD_CWC, OE_CANWFZ]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A PDF text layer: no header on the first page, title at 44 and labels at 72 columns, body at 62
    columns; after ``break_after`` body lines (mid-sentence) the page number near the right margin, a
    form feed and the running header; the last page ends with its number."""
    return paged_journal(doc, title=44, label=72, body=62, indent=56)


def render_word(doc: dict) -> str:
    """Word "save as text" with LF line ends: lines wrapped at 78 columns (cut mid-sentence), every
    line followed by an empty line; a deputy's signature at the end."""
    return word_text(doc, 78, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)"], newline="\n")


def render_news(doc: dict) -> str:
    """A news page: <meta> date, breadcrumb, <h1>, a time span, the lead (with its dateline) in
    <p class="lead"><strong>, <h3> subheads, <p> paragraphs, a "Tin liên quan" box, footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    body = [f"<h3>{b[1]}</h3>" if b[0] == "heading" else f"<p>{b[1]}</p>" for b in blocks[2:]]
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="pubdate" content="{doc["date"]}">\n'
        f"<title>{title}</title>\n</head>\n<body>\n"
        '<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/quoc-te">Quốc tế</a></div>\n'
        f'<div class="detail">\n<h1>{title}</h1>\n<span class="time">{doc["stamp"]}</span>\n'
        f'<p class="lead"><strong>{lead}</strong></p>\n' + "\n".join(body) + "\n"
        '<div class="related"><b>Tin liên quan</b><a href="/b1">Iran gia nhập SCO</a></div>\n'
        "</div>\n<footer>© Báo điện tử</footer>\n</body>\n</html>\n"
    )


def render_notice(doc: dict) -> str:
    """A ministry notice: the two-column issuer/motto block, the centred three-line title, body at 80
    columns with no blank line between points, the signature block and "Nơi nhận:"."""
    signature = [" " * 50 + "TL. BỘ TRƯỞNG", " " * 48 + "CHÁNH VĂN PHÒNG", " " * 52 + "(đã ký)"]
    return official_text(
        doc, 80, ["", *signature, "Nơi nhận:", "- Bộ Quốc phòng;", "- Lưu: VT."], blank_between=False
    )


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "word": render_word,
            "news": render_news,
            "notice": render_notice,
            "entry": entry_text,
        },
        prefix="o",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
