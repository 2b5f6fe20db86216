"""Build the forty-eighth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout48/build_heldout48.py [--check]

Five short documents written after the rules were tuned on the seeds, tests/data/probe and
tests/data/heldout, heldout2 ... heldout46, on topics those sets do not use (Vietnam – DPRK relations
since 1950, chosen instead of Vietnam – Mongolia, which heldout7 used; Bắc Ninh's external affairs in
2023; the Security Council's Resolution 1718 of 14/10/2006; a Foreign Ministry plan for the Asia
Cooperation Dialogue in 2026; an encyclopedia entry on the Korean Armistice Agreement of 1953). Nothing
in src/ was changed for them. Facts are well-established; authors, journal, page numbers, document
numbers, the provincial report's local items and all quoted words are invented, the ministry plan
(number, date, tasks) is fictitious. Events, citations and questions gold are written by hand;
``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
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

ZJA_DPRK = {
    "id": "zja",
    "shape": "journal",
    "header": "Nghiên cứu Bán đảo Triều Tiên – Số 2 (2024)",
    "first_page": 71,
    "break_after": 10,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – CỘNG HÒA DÂN CHỦ NHÂN DÂN TRIỀU TIÊN QUA HƠN BẢY THẬP KỶ"),
        ("author", "Phạm Quang Thiều"),
        ("affiliation", "Khoa Đông phương học, Trường Đại học Khoa học Xã hội và Nhân văn"),
        ("abstract", "Bài viết khái quát quan hệ Việt Nam – Triều Tiên từ năm 1950 đến nay.", "vi"),
        ("keywords", "Triều Tiên; quan hệ song phương; Diễn đàn Khu vực ASEAN", "vi"),
        ("heading", "1. Những năm tháng gian khó", 1),
        (
            "paragraph",
            "Chỉ một ngày sau khi Liên Xô công nhận Việt Nam Dân chủ Cộng hòa, ngày 31/1/1950 Triều Tiên cũng thiết lập quan hệ ngoại giao với nước ta (Lê Hồng Sơn, 2010, tr. 27). Chủ tịch Hồ Chí Minh thăm Bình Nhưỡng năm 1957; một năm sau, Thủ tướng Kim Nhật Thành sang thăm Việt Nam. Trong những năm kháng chiến chống Mỹ, phía bạn đã viện trợ cho ta nhiều hàng hóa và vật tư quý báu.",
        ),
        ("heading", "2. Từ hội nhập khu vực đến tìm kiếm đối thoại", 1),
        (
            "paragraph",
            "Ngày 17/9/1991, Triều Tiên và Hàn Quốc cùng được kết nạp vào Liên hợp quốc. Khi Việt Nam thiết lập quan hệ ngoại giao với Hàn Quốc ngày 22/12/1992, quan hệ với Bình Nhưỡng có phần chững lại, song hai bên vẫn duy trì các kênh trao đổi thường xuyên (Vũ Thị Hạnh, 2016). Năm 2000, nước này tham gia Diễn đàn Khu vực ASEAN (ARF), nhưng chỉ ba năm sau lại tuyên bố rút khỏi Hiệp ước không phổ biến vũ khí hạt nhân.",
        ),
        (
            "paragraph",
            "Được tổ chức tại Hà Nội ngày 27 – 28/2/2019, cuộc gặp thượng đỉnh Hoa Kỳ – Triều Tiên lần thứ hai kết thúc mà không đạt được thỏa thuận nào. Ngay sau đó, Chủ tịch Kim Jong-un ở lại thăm hữu nghị chính thức Việt Nam từ ngày 1 đến 2/3/2019, chuyến thăm được đánh giá là “mở ra một chương mới cho quan hệ hai nước” (Đặng Minh Khôi, 2021, tr. 64). Theo chúng tôi, hai bên cần sớm nối lại các cơ chế hợp tác kinh tế song phương.",
        ),
    ],
}

ZJB_BACNINH = {
    "id": "zjb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH BẮC NINH",
        "SỞ NGOẠI VỤ",
        "Số: 236/BC-SNgV",
        "Bắc Ninh, ngày 15 tháng 12 năm 2023",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả công tác đối ngoại năm 2023, phương hướng nhiệm vụ năm 2024"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác đối ngoại năm 2023, phương hướng nhiệm vụ năm 2024"),
        ("heading", "I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "list_item",
            "1. Quan hệ hợp tác với tỉnh Chung-chơng Bắc (Hàn Quốc) tiếp tục được duy trì; các doanh nghiệp Hàn Quốc, đứng đầu là Samsung, vẫn là nhà đầu tư nước ngoài lớn nhất trên địa bàn.",
        ),
        (
            "list_item",
            "2. Từ ngày 12 đến 15/9/2023, đoàn đại biểu tỉnh do Chủ tịch UBND tỉnh dẫn đầu đã thăm và làm việc tại tỉnh Chung-chơng Bắc; nhân dịp này, hai bên ký Biên bản ghi nhớ về hợp tác đào tạo nghề.",
        ),
        (
            "list_item",
            "3. Tháng trước, Đại sứ Mông Cổ tại Việt Nam đã đến thăm và làm việc với lãnh đạo tỉnh; phía bạn mong muốn hợp tác trong lĩnh vực nông nghiệp và du lịch.",
        ),
        (
            "list_item",
            "4. Được Cơ quan Hợp tác Quốc tế Hàn Quốc (KOICA) tài trợ, Trung tâm đào tạo nghề tại huyện Yên Phong đã hoàn thành giai đoạn một.",
        ),
        (
            "list_item",
            "5. Thỏa thuận hợp tác với thành phố U-lan Ba-to chưa được ký kết vì hai bên chưa thống nhất được nội dung.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2024", 1),
        (
            "list_item",
            "1. Tháng 3 năm sau, tổ chức Hội nghị xúc tiến đầu tư tại Xơ-un, phấn đấu thu hút thêm khoảng 1 tỷ USD vốn của các nhà đầu tư Hàn Quốc.",
        ),
        (
            "list_item",
            "2. Phối hợp với Đại sứ quán Việt Nam tại Mông Cổ tổ chức đoàn công tác của tỉnh sang U-lan Ba-to vào tháng 8/2024.",
        ),
        (
            "list_item",
            "3. Tiếp tục đề nghị KOICA hỗ trợ giai đoạn hai của Trung tâm đào tạo nghề.",
        ),
    ],
}

ZJC_UNSC = {
    "id": "zjc",
    "shape": "news",
    "date": "2006-10-15",
    "stamp": "Chủ nhật, 15/10/2006, 09:12",
    "blocks": [
        ("title", "Hội đồng Bảo an nhất trí trừng phạt Triều Tiên"),
        (
            "paragraph",
            "Niu Oóc (TTXVN) – Ngày 14/10, Hội đồng Bảo an Liên hợp quốc đã nhất trí thông qua Nghị quyết 1718, áp đặt các biện pháp trừng phạt đối với Triều Tiên, năm ngày sau khi nước này tiến hành vụ thử hạt nhân đầu tiên.",
        ),
        ("heading", "Cấm vận vũ khí và hàng xa xỉ", 1),
        (
            "paragraph",
            "Theo nghị quyết, các nước thành viên Liên hợp quốc không được cung cấp cho Bình Nhưỡng vũ khí hạng nặng, hàng xa xỉ cùng các vật liệu có thể dùng cho chương trình hạt nhân và tên lửa. Một ủy ban của Hội đồng được thành lập để giám sát việc thực hiện.",
        ),
        (
            "paragraph",
            "Trung Quốc và Nga, hai ủy viên thường trực, đều bỏ phiếu thuận nhưng nhấn mạnh rằng văn kiện không cho phép sử dụng vũ lực. Ngay sau cuộc bỏ phiếu, Đại sứ Triều Tiên tại Liên hợp quốc Pak Gil Yon đã lên tiếng bác bỏ nghị quyết.",
        ),
        ("heading", "Đối thoại còn bế tắc", 1),
        (
            "paragraph",
            "Hồi tháng 7, Hội đồng cũng đã thông qua Nghị quyết 1695 lên án việc phía Triều Tiên phóng thử tên lửa. Trong khi đó, vòng đàm phán sáu bên do Trung Quốc đăng cai tại Bắc Kinh từ tháng 8/2003 chưa được nối lại kể từ tháng 11 năm ngoái.",
        ),
        (
            "paragraph",
            "Ngoại trưởng Hoa Kỳ Condoleezza Rice dự kiến sẽ công du Nhật Bản, Hàn Quốc, Trung Quốc và Nga trong tuần tới để bàn việc thực thi nghị quyết.",
        ),
    ],
}

ZJD_PLAN = {
    "id": "zjd",
    "shape": "plan",
    "head": [
        f"{'BỘ NGOẠI GIAO':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'-------':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 58/KH-BNG':<40}Hà Nội, ngày 12 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Tham gia Đối thoại Hợp tác châu Á (ACD) năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Tham gia Đối thoại Hợp tác châu Á (ACD) năm 2026"),
        (
            "paragraph",
            "Đối thoại Hợp tác châu Á (ACD) do Thái Lan khởi xướng và chính thức ra đời tại Cha-am tháng 6/2002; Việt Nam là một trong 18 thành viên sáng lập. Hội nghị cấp cao ACD lần thứ nhất được Cô-oét đăng cai năm 2012. Nhằm phát huy vai trò của ta tại diễn đàn này, Bộ Ngoại giao ban hành Kế hoạch như sau:",
        ),
        ("heading", "I. MỤC ĐÍCH, YÊU CẦU", 1),
        (
            "paragraph",
            "Tham gia tích cực, chủ động các hoạt động của ACD, góp phần củng cố quan hệ với các nước châu Á và bảo đảm tiết kiệm, hiệu quả.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Cử đoàn dự Hội nghị Bộ trưởng Ngoại giao ACD, dự kiến họp bên lề khóa họp Đại hội đồng Liên hợp quốc vào tháng 9 năm nay.",
        ),
        (
            "list_item",
            "2. Phối hợp với Thái Lan, nước khởi xướng Đối thoại, và Cô-oét, nơi đặt Ban Thư ký, thúc đẩy hợp tác về an ninh lương thực và năng lượng.",
        ),
        (
            "list_item",
            "3. Cấp 20 suất học bổng ngắn hạn cho cán bộ ngoại giao của Lào và Cam-pu-chia về kỹ năng hội nhập quốc tế.",
        ),
        (
            "list_item",
            "4. Chủ trì tổ chức hội thảo quốc tế của ACD về an ninh nguồn nước tại Hà Nội trong quý IV/2026.",
        ),
        (
            "list_item",
            "5. Không đăng ký đảm nhiệm vai trò điều phối viên luân phiên của ACD trong năm 2026.",
        ),
        ("heading", "III. TỔ CHỨC THỰC HIỆN", 1),
        (
            "paragraph",
            "Vụ Hợp tác đa phương chủ trì, phối hợp với các đơn vị liên quan triển khai Kế hoạch này.",
        ),
    ],
}

ZJE_ARMISTICE = {
    "id": "zje",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp định đình chiến Triều Tiên"),
        (
            "paragraph",
            "Hiệp định đình chiến Triều Tiên là văn kiện chấm dứt chiến sự của Chiến tranh Triều Tiên, được ký tại Bàn Môn Điếm ngày 27/7/1953 giữa Bộ Tư lệnh Liên hợp quốc, do Hoa Kỳ đứng đầu, với Quân đội Nhân dân Triều Tiên và Chí nguyện quân Nhân dân Trung Quốc.",
        ),
        ("heading", "Bối cảnh", 1),
        (
            "paragraph",
            "Chiến tranh bùng nổ ngày 25/6/1950 khi quân đội miền Bắc vượt vĩ tuyến 38 tiến xuống phía Nam. Tháng 10/1950, Trung Quốc đưa Chí nguyện quân sang tham chiến. Các cuộc đàm phán đình chiến, bắt đầu tại Khai Thành ngày 10/7/1951 rồi chuyển về Bàn Môn Điếm, kéo dài hơn hai năm, chủ yếu vì bất đồng về việc hồi hương tù binh.",
        ),
        ("heading", "Nội dung", 1),
        (
            "paragraph",
            "Hiệp định lập Khu phi quân sự rộng khoảng 4 km dọc theo giới tuyến quân sự, cùng Ủy ban Giám sát các nước trung lập gồm Thụy Điển, Thụy Sĩ, Ba Lan và Tiệp Khắc.",
        ),
        ("heading", "Hệ quả", 1),
        (
            "paragraph",
            "Phản đối việc đình chiến, Tổng thống Lý Thừa Vãn đã không để Hàn Quốc ký văn kiện này. Do chưa có hiệp ước hòa bình thay thế, về pháp lý hai miền vẫn ở trong tình trạng chiến tranh. Trong Tuyên bố Bàn Môn Điếm ký ngày 27/4/2018, lãnh đạo hai miền, ông Moon Jae-in và ông Kim Jong-un, cam kết thúc đẩy đàm phán nhằm chuyển hiệp định đình chiến thành hiệp ước hòa bình ngay trong năm đó.",
        ),
    ],
}

DOCS = [ZJA_DPRK, ZJB_BACNINH, ZJC_UNSC, ZJD_PLAN, ZJE_ARMISTICE]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer (heldout_kit.paged_journal): no header on the first page, title
    at 50 columns, "Tóm tắt:"/"Từ khóa:" and body at 76 columns, headings with no blank line after them;
    after ``break_after`` body lines (mid-sentence) the page number right-aligned (72 spaces), a form feed
    and the running header; the last page ends with its number."""
    return paged_journal(doc, 50, 76, 76, indent=72, blank_after_heading=False)


def render_word(doc: dict) -> str:
    """Word "save as text" with LF line ends: the lines wrapped at 74 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 74, ["GIÁM ĐỐC", "(Đã ký)", "Trần Đức Thành"], newline="\n")


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a <ul> nav menu, <article>, <h1>, a date
    paragraph, the lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag
    list, footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    body = [f"<h3>{b[1]}</h3>" if b[0] == "heading" else f"<p>{b[1]}</p>" for b in blocks[2:]]
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f'<meta property="article:published_time" content="{doc["date"]}T09:12:00+07:00">\n'
        f"<title>{title} | Thế giới</title>\n</head>\n<body>\n"
        '<nav class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/the-gioi">Thế giới</a></li>'
        '<li><a href="/chau-a">Châu Á</a></li></ul></nav>\n'
        f'<article class="detail">\n<h1>{title}</h1>\n<p class="date">{doc["stamp"]}</p>\n'
        f'<p class="sapo"><b>{lead}</b></p>\n' + "\n".join(body) + "\n"
        '<ul class="tags"><li><a href="/tag/trieu-tien">Triều Tiên</a></li>'
        '<li><a href="/tag/hdba">Hội đồng Bảo an</a></li></ul>\n'
        "</article>\n<footer><p>© Báo điện tử Tin Quốc tế</p></footer>\n</body>\n</html>\n"
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred two-line title, body at 80 columns
    with a blank line between blocks, then "Nơi nhận" and the signature block at the right."""
    tail = [
        "",
        f"{'Nơi nhận:':<48}KT. BỘ TRƯỞNG",
        f"{'- Lãnh đạo Bộ (để b/c);':<48}THỨ TRƯỞNG",
        f"{'- Các Vụ, đơn vị liên quan;':<50}(đã ký)",
        "- Lưu: VT, HTĐP.",
    ]
    return official_text(doc, 80, tail)


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
        prefix="zj",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
