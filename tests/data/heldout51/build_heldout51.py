"""Build the fifty-first held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout51/build_heldout51.py [--check]

Five short documents written after the rules were tuned on the seeds, tests/data/probe and
tests/data/heldout, heldout2 ... heldout46, on topics those sets do not use as their main subject
(Saudi Arabia and the Gulf in Vietnam's foreign policy, Phú Yên's external affairs in 2024, Riyadh's
election as host of Expo 2030 on 28/11/2023, a Ministry of Industry and Trade plan for trade with the
Gulf in 2025, an encyclopedia entry on the League of Arab States). Nothing in src/ was changed for
them. Facts are well-established; authors, journal, page numbers, document numbers, the provincial
report's local items and all quoted words are invented, the ministry plan (number, date, tasks) is
fictitious. Events, citations and questions gold are written by hand; ``--check`` verifies that every
gold evidence, quote and citation occurs in the documents.
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
    paged_body,
    word_text,
)

ZMA_SAUDI = {
    "id": "zma",
    "shape": "journal",
    "header": "NGHIÊN CỨU TÂY Á – CHÂU PHI  ·  Số 4 (2025)",
    "first_page": 61,
    "break_after": 6,
    "blocks": [
        ("title", "Ả-RẬP XÊ-ÚT VÀ VÙNG VỊNH TRONG CHÍNH SÁCH ĐỐI NGOẠI CỦA VIỆT NAM"),
        ("author", "Phan Minh Khuê"),
        ("affiliation", "Viện Nghiên cứu Nam Á, Tây Á và châu Phi"),
        (
            "abstract",
            "Bài viết phân tích vị thế của Ả-rập Xê-út ở vùng Vịnh và triển vọng quan hệ với Việt Nam.",
            "vi",
        ),
        ("keywords", "Ả-rập Xê-út; Hội đồng Hợp tác vùng Vịnh; OPEC", "vi"),
        ("heading", "1. Vị thế khu vực của Ả-rập Xê-út", 1),
        (
            "paragraph",
            "Là một trong bảy nước sáng lập Liên đoàn Ả-rập tại Cai-rô năm 1945, Ả-rập Xê-út cũng đã ký Hiến chương Liên hợp quốc tại Xan Phran-xi-xcô ngày 26/6/1945. Ngày 14/9/1960, tại Bát-đa, nước này cùng I-rắc, I-ran, Cô-oét và Vê-nê-xu-ê-la thành lập Tổ chức các nước xuất khẩu dầu mỏ (OPEC) (Lê Văn Thịnh, 2018, tr. 33). Hơn hai thập kỷ sau, Ri-át cùng Ba-ranh, Cô-oét, Ô-man, Ca-ta và Các Tiểu vương quốc Ả-rập Thống nhất ký văn kiện thành lập Hội đồng Hợp tác vùng Vịnh (GCC) tại A-bu Đa-bi ngày 25/5/1981.",
        ),
        (
            "paragraph",
            "Ả-rập Xê-út được kết nạp vào Tổ chức Thương mại Thế giới ngày 11/12/2005, sớm hơn Việt Nam khoảng một năm. Tháng 8/2023, nước này được Hội nghị cấp cao BRICS mời gia nhập nhóm, song đến nay Ri-át vẫn chưa chính thức xác nhận tư cách thành viên.",
        ),
        ("heading", "2. Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam và Ả-rập Xê-út thiết lập quan hệ ngoại giao ngày 21/10/1999. Từ đó đến nay, hai bên thường xuyên ủng hộ lẫn nhau tại các diễn đàn đa phương (Hoàng Minh Đức, 2020). Năm ngoái, Thủ tướng Phạm Minh Chính sang Ri-át dự Hội nghị Sáng kiến Đầu tư Tương lai, qua đó khẳng định phía bạn là “đối tác then chốt của Việt Nam tại Tây Á” (Nguyễn Thị Thu Hằng, 2023, tr. 71). Trong thời gian tới, hai nước nên nghiên cứu nâng quan hệ lên tầm đối tác toàn diện.",
        ),
    ],
}

ZMB_PHUYEN = {
    "id": "zmb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN",
        "SỞ NGOẠI VỤ",
        "Số: 214/BC-SNgV",
        "Phú Yên, ngày 19 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả công tác đối ngoại năm 2024, phương hướng nhiệm vụ năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác đối ngoại năm 2024, phương hướng nhiệm vụ năm 2025"),
        ("heading", "I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "list_item",
            "1. Tỉnh tiếp tục duy trì quan hệ hợp tác hữu nghị với tỉnh Xê Kông (Lào); trong năm, 25 lưu học sinh Lào được tỉnh cấp học bổng theo học tại Trường Cao đẳng Phú Yên.",
        ),
        (
            "list_item",
            "2. Từ ngày 16 đến ngày 20/9/2024, đoàn công tác do Chủ tịch UBND tỉnh dẫn đầu sang làm việc với tỉnh Ô-ca-y-a-ma (Nhật Bản); hai bên đã ký Bản ghi nhớ về hợp tác đào tạo nguồn nhân lực.",
        ),
        (
            "list_item",
            "3. Tháng trước, Đại sứ Ả-rập Xê-út tại Việt Nam đến thăm và làm việc với lãnh đạo tỉnh. Phía bạn quan tâm tới cơ hội đầu tư vào chế biến cá ngừ đại dương và năng lượng tái tạo tại Khu kinh tế Nam Phú Yên.",
        ),
        (
            "list_item",
            "4. Công trình cấp nước sạch cho ba xã miền núi huyện Sông Hinh, được Cơ quan Hợp tác Quốc tế Hàn Quốc (KOICA) tài trợ, đã hoàn thành và bàn giao vào tháng 6.",
        ),
        (
            "list_item",
            "5. Chương trình xúc tiến thương mại tại Các Tiểu vương quốc Ả-rập Thống nhất chưa thực hiện được do chưa bố trí được kinh phí.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Trong tháng 4 năm sau, đón đoàn đại biểu tỉnh Xê Kông sang thăm và làm việc; nhân dịp này hai bên sẽ ký Biên bản thỏa thuận hợp tác giai đoạn 2025 – 2029.",
        ),
        (
            "list_item",
            "2. Phối hợp với Đại sứ quán Ả-rập Xê-út tổ chức hội thảo xúc tiến đầu tư tại thành phố Tuy Hòa.",
        ),
        (
            "list_item",
            "3. Tổ chức đoàn lãnh đạo tỉnh đi Ả-rập Xê-út và Ca-ta trong 6 tháng cuối năm sau để giới thiệu tiềm năng hợp tác của tỉnh.",
        ),
    ],
}

ZMC_EXPO = {
    "id": "zmc",
    "shape": "news",
    "date": "2023-11-29",
    "stamp": "Thứ Tư, 29/11/2023 - 06:15",
    "blocks": [
        ("title", "Ri-át giành quyền đăng cai Triển lãm Thế giới Expo 2030"),
        (
            "paragraph",
            "Pa-ri (TTXVN) – Chiều 28/11 (giờ địa phương), các nước thành viên Văn phòng Triển lãm Quốc tế (BIE) đã bỏ phiếu chọn Ri-át, thủ đô của Ả-rập Xê-út, làm nơi tổ chức Triển lãm Thế giới Expo 2030.",
        ),
        ("heading", "Thắng ngay từ vòng đầu", 1),
        (
            "paragraph",
            "Với 119 trên tổng số 165 phiếu, vượt ngưỡng hai phần ba, thành phố này giành chiến thắng mà không cần vòng bỏ phiếu thứ hai. Bu-san của Hàn Quốc, quốc gia từng tổ chức các triển lãm chuyên đề tại Te-jon năm 1993 và Y-ơ-xu năm 2012, chỉ nhận 29 phiếu; Rô-ma của I-ta-li-a, nước chủ nhà Expo 2015 tại Mi-lan, được 17 phiếu. Như vậy, nỗ lực vận động kéo dài nhiều năm của Xơ-un đã không thành công.",
        ),
        (
            "paragraph",
            "Phát biểu sau cuộc bỏ phiếu, Thái tử Mohammed bin Salman cảm ơn các nước đã tín nhiệm và cho rằng đây là “một dấu mốc của Tầm nhìn 2030”.",
        ),
        ("heading", "Từ Đu-bai đến Ri-át", 1),
        (
            "paragraph",
            "Expo 2030 dự kiến diễn ra từ tháng 10/2030 đến tháng 3/2031. Ri-át sẽ là thành phố vùng Vịnh thứ hai tổ chức sự kiện này: hai năm trước, Expo 2020 đã được Các Tiểu vương quốc Ả-rập Thống nhất tổ chức tại Đu-bai với sự tham gia của Việt Nam. Kỳ tiếp theo, Expo 2025, sẽ khai mạc tại Ô-xa-ca (Nhật Bản) vào tháng 4/2025.",
        ),
    ],
}

ZMD_PLAN = {
    "id": "zmd",
    "shape": "plan",
    "head": [
        f"{'BỘ CÔNG THƯƠNG':<38}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':38}   Độc lập - Tự do - Hạnh phúc",
        f"{'':38}   ---------------",
        f"{'Số: 512/KH-BCT':<38}Hà Nội, ngày 10 tháng 02 năm 2025",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Thúc đẩy hợp tác thương mại với các nước",
        "Hội đồng Hợp tác vùng Vịnh năm 2025",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Thúc đẩy hợp tác thương mại với các nước Hội đồng Hợp tác vùng Vịnh năm 2025",
        ),
        (
            "paragraph",
            "Nhằm cụ thể hóa kết quả chuyến công tác của Thủ tướng Chính phủ tới Ả-rập Xê-út, Các Tiểu vương quốc Ả-rập Thống nhất (UAE) và Ca-ta cuối tháng 10 năm ngoái, Bộ Công Thương ban hành Kế hoạch như sau:",
        ),
        ("heading", "I. TÌNH HÌNH", 1),
        (
            "paragraph",
            "Hiệp định Đối tác kinh tế toàn diện (CEPA) giữa Việt Nam và UAE, được hai bên ký ngày 28/10/2024, là hiệp định thương mại tự do đầu tiên của nước ta với một quốc gia Ả-rập. Với Ả-rập Xê-út, nền kinh tế lớn nhất vùng Vịnh, ta hiện chưa có hiệp định tương tự.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Hoàn thiện hồ sơ, trình Chính phủ phê duyệt Hiệp định CEPA Việt Nam – UAE trong tháng 3.",
        ),
        (
            "list_item",
            "2. Cùng Bộ Đầu tư Ả-rập Xê-út tổ chức Diễn đàn doanh nghiệp hai nước tại Ri-át vào tháng 5; đề nghị phía bạn nghiên cứu khởi động đàm phán một hiệp định về thương mại và đầu tư.",
        ),
        (
            "list_item",
            "3. Phối hợp với Ca-ta chuẩn bị phiên họp Ủy ban hỗn hợp liên chính phủ, dự kiến tổ chức tại Đô-ha trong nửa cuối năm.",
        ),
        (
            "list_item",
            "4. Không tổ chức Tuần hàng Việt Nam tại Cô-oét trong năm 2025.",
        ),
        (
            "paragraph",
            "Vụ Thị trường châu Á – châu Phi làm đầu mối, theo dõi và báo cáo kết quả thực hiện Kế hoạch này.",
        ),
    ],
}

ZME_ARABLEAGUE = {
    "id": "zme",
    "shape": "entry",
    "blocks": [
        ("title", "Liên đoàn Ả-rập"),
        (
            "paragraph",
            "Liên đoàn các quốc gia Ả-rập, thường gọi là Liên đoàn Ả-rập, là tổ chức khu vực của các nước Ả-rập ở Tây Á và Bắc Phi, được thành lập tại Cai-rô ngày 22/3/1945; hiện có 22 thành viên.",
        ),
        ("heading", "Thành lập và mở rộng", 1),
        (
            "paragraph",
            "Bảy nước sáng lập là Ai Cập, I-rắc, Ngoại Gioóc-đa-ni (nay là Gioóc-đa-ni), Li-băng, Ả-rập Xê-út, Xy-ri và Y-ê-men. Năm 1950, tổ chức này được Đại hội đồng Liên hợp quốc trao quy chế quan sát viên. Tổ chức Giải phóng Pa-le-xtin được công nhận là thành viên đầy đủ năm 1976, còn Cô-mô-rô, gia nhập năm 1993, là thành viên mới nhất.",
        ),
        ("heading", "Các lần đình chỉ", 1),
        (
            "paragraph",
            "Sau khi Ai Cập ký hiệp ước hòa bình với I-xra-en ngày 26/3/1979, tư cách thành viên của nước này bị đình chỉ và trụ sở Liên đoàn chuyển sang Tuy-ni-xơ. Ai Cập được khôi phục tư cách thành viên năm 1989; một năm sau, trụ sở trở về Cai-rô.",
        ),
        (
            "paragraph",
            "Tháng 11/2011, Liên đoàn đình chỉ tư cách thành viên của Xy-ri. Ngày 7/5/2023, các ngoại trưởng Ả-rập quyết định cho nước này trở lại, và Tổng thống Bashar al-Assad đã dự Hội nghị cấp cao do Ả-rập Xê-út đăng cai tại Gít-đa ngày 19/5/2023.",
        ),
    ],
}

DOCS = [ZMA_SAUDI, ZMB_PHUYEN, ZMC_EXPO, ZMD_PLAN, ZME_ARABLEAGUE]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on top of every page (also the first),
    front matter by heldout_kit.front_matter_lines (title at 50 columns, labels at 70), body at 74
    columns with a blank line after headings; after ``break_after`` body lines (mid-sentence) the page
    number at the right margin, a form feed and the running header; the last page ends with its
    number."""
    head = doc["header"]

    def foot(n: int) -> str:
        return f"{n:>74}"

    out, last = paged_body(doc, 50, 70, 74, lambda page: ["", foot(page), "\f" + head, ""])
    pages = range(doc["first_page"], last + 1)
    return "\n".join([head, "", *out, foot(last)]) + "\n", [head, *(str(n) for n in pages)]


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 64 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 64, ["GIÁM ĐỐC", "(Đã ký và đóng dấu)", "Nguyễn Văn Hòa"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu, <article>, <h1>, a time span, the
    lead (with its dateline) in <p class="sapo">, <h3> subheads, <p> paragraphs, a tag list, footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    body = [f"<h3>{b[1]}</h3>" if b[0] == "heading" else f"<p>{b[1]}</p>" for b in blocks[2:]]
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title} | Báo Tin tức</title>\n"
        f'<meta property="article:published_time" content="{doc["date"]}T06:15:00+07:00">\n'
        "</head>\n<body>\n"
        '<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/the-gioi">Thế giới</a></li>'
        '<li><a href="/kinh-te">Kinh tế</a></li></ul></nav>\n'
        f'<article class="detail">\n<h1>{title}</h1>\n<span class="date">{doc["stamp"]}</span>\n'
        f'<p class="sapo">{lead}</p>\n' + "\n".join(body) + "\n"
        '<ul class="tags"><li><a href="/tag/expo">Expo 2030</a></li><li><a href="/tag/saudi">Ả-rập Xê-út</a></li></ul>\n'
        "</article>\n<footer>© Thông tấn xã Việt Nam</footer>\n</body>\n</html>\n"
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" at the left and the signature block at the right."""
    tail = [
        f"{'Nơi nhận:':<44}KT. BỘ TRƯỞNG",
        f"{'- Văn phòng Chính phủ;':<44}THỨ TRƯỞNG",
        f"{'- Bộ Ngoại giao;':<46}(đã ký)",
        "- Lưu: VT, TTAP.",
    ]
    return official_text(doc, 76, tail)


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
        prefix="zm",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
