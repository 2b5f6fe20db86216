"""Build the third held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout3/build_heldout3.py

Five short documents written after the rules were tuned on the seeds, tests/data/probe,
tests/data/heldout and tests/data/heldout2, on topics those sets do not use (Vietnam - Cambodia
1967-2017, the H1 2006 APEC/WTO year, the Vietnam - EU PCA of 2012, the 2007 Security Council
election, the 1973 Paris Peace Accords). Nothing in src/ was changed for them: they measure, they
are not for tuning. The renderers differ from the earlier sets' on purpose (a 64-column wrap with an
upper-case running header and a page number at the foot, a Word export wrapped at 78 columns with
"+" results and "-" difficulties/tasks, an HTML page with the date and place inside the lead, a
notice whose issuer and motto sit side by side as a flattened table, lecture notes with headings
after a blank line and paragraphs one a line). Facts are well-established dates; authors, journal
names, page numbers and the notice's number and date are invented. Events, citations and questions
gold are written by hand.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import build, wrap  # noqa: E402

JA_CAMBODIA = {
    "id": "ja",
    "shape": "journal",
    "header": "NGHIÊN CỨU LÁNG GIỀNG VÀ KHU VỰC – Số 6 (2017)",
    "blocks": [
        (
            "title",
            "QUAN HỆ VIỆT NAM – CAMPUCHIA NỬA THẾ KỶ (1967 – 2017): TỪ ĐOÀN KẾT CHIẾN ĐẤU ĐẾN HỢP TÁC TOÀN DIỆN",
        ),
        ("author", "Trịnh Quang Vinh"),
        ("affiliation", "Khoa Quốc tế học, Trường Đại học Khoa học Xã hội và Nhân văn"),
        (
            "abstract",
            "Bài viết khái quát quan hệ Việt Nam – Campuchia trong 50 năm kể từ khi hai nước thiết lập quan hệ ngoại giao ngày 24/6/1967 và đánh giá những vấn đề còn tồn tại, nhất là phân giới cắm mốc biên giới.",
            "vi",
        ),
        ("keywords", "Việt Nam; Campuchia; quan hệ láng giềng; biên giới; ASEAN.", "vi"),
        ("heading", "1. Đặt vấn đề", 1),
        (
            "paragraph",
            "Việt Nam và Campuchia là hai nước láng giềng gần gũi. Ngày 24/6/1967, hai nước chính thức thiết lập quan hệ ngoại giao. Theo Đỗ Minh Châu (2016, tr. 88), sự kiện này là “mốc son mở ra thời kỳ hợp tác mới giữa hai dân tộc cùng chống kẻ thù chung”.",
        ),
        ("heading", "2. Những dấu mốc chính", 1),
        (
            "paragraph",
            "Trong các năm 1977 – 1978, tập đoàn Khmer Đỏ liên tục tấn công các tỉnh biên giới Tây Nam của Việt Nam. Quân tình nguyện Việt Nam đã cùng quân và dân Campuchia giải phóng Phnôm Pênh ngày 7/1/1979, lật đổ chế độ diệt chủng. Ngày 18/2/1979, hai nước ký Hiệp ước Hòa bình, Hữu nghị và Hợp tác.",
        ),
        (
            "paragraph",
            "Sau mười năm giúp bạn, tháng 9/1989, Việt Nam rút toàn bộ quân tình nguyện khỏi Campuchia. Việt Nam cũng là một trong các bên ký Hiệp định Pa-ri về Campuchia ngày 23/10/1991 (Lâm Thị Hạnh, 2015, tr. 121).",
        ),
        (
            "paragraph",
            "Việt Nam luôn ủng hộ Campuchia hội nhập khu vực. Ngày 30/4/1999, Campuchia trở thành thành viên thứ mười của ASEAN. Từ đó đến nay, quan hệ hai nước phát triển theo phương châm “láng giềng tốt đẹp, hữu nghị truyền thống, hợp tác toàn diện, bền vững lâu dài” (Lâm Thị Hạnh, 2015, tr. 130).",
        ),
        ("heading", "3. Hợp tác biên giới và những vấn đề đặt ra", 1),
        (
            "paragraph",
            "Ngày 27/12/1985, hai nước ký Hiệp ước hoạch định biên giới quốc gia. Ngày 10/10/2005, hai bên ký Hiệp ước bổ sung Hiệp ước năm 1985; văn kiện này sau đó đã được Quốc hội hai nước phê chuẩn. Tuy vậy, đến nay hai nước vẫn chưa hoàn thành phân giới cắm mốc trên toàn tuyến biên giới (Lâm Thị Hạnh, 2015, tr. 134).",
        ),
        (
            "paragraph",
            "Phía bạn đánh giá cao sự giúp đỡ của Việt Nam trong đào tạo nguồn nhân lực; Việt Nam thường xuyên dành cho Campuchia các suất học bổng đại học và sau đại học.",
        ),
        ("heading", "4. Kết luận", 1),
        (
            "paragraph",
            "Năm 2017 được hai nước chọn là Năm Hữu nghị Việt Nam – Campuchia nhân kỷ niệm 50 năm thiết lập quan hệ ngoại giao. Thời gian tới, hai bên sẽ phối hợp đẩy nhanh việc phân giới cắm mốc phần còn lại, góp phần xây dựng “đường biên giới hòa bình, hữu nghị, hợp tác và phát triển” (Đỗ Minh Châu, 2016, tr. 95).",
        ),
    ],
}

JB_REPORT = {
    "id": "jb",
    "shape": "word",
    "blocks": [
        (
            "title",
            "BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ ĐỐI NGOẠI 6 THÁNG ĐẦU NĂM 2006 VÀ KẾ HOẠCH 6 THÁNG CUỐI NĂM 2006",
        ),
        ("heading", "I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "paragraph",
            "Sáu tháng đầu năm 2006, công tác đối ngoại được triển khai trong bối cảnh cả nước tổ chức thành công Đại hội đại biểu toàn quốc lần thứ X của Đảng và ta đảm nhiệm vai trò chủ nhà Năm APEC 2006. Các hoạt động đối ngoại tập trung phục vụ hội nhập kinh tế quốc tế.",
        ),
        (
            "list_item",
            "+ Ngày 31/5/2006, tại Thành phố Hồ Chí Minh, ta và Hoa Kỳ đã ký văn bản kết thúc đàm phán song phương về việc Việt Nam gia nhập Tổ chức Thương mại Thế giới (WTO); Hoa Kỳ là đối tác cuối cùng hoàn tất đàm phán song phương với ta.",
        ),
        (
            "list_item",
            "+ Ta đã tổ chức thành công Hội nghị Bộ trưởng phụ trách Thương mại APEC tại Thành phố Hồ Chí Minh ngày 1 – 2/6/2006.",
        ),
        (
            "list_item",
            "+ Quan hệ với các nước láng giềng và các nước lớn tiếp tục được củng cố; hợp tác với Lào và Campuchia được đẩy mạnh trên nhiều lĩnh vực.",
        ),
        (
            "list_item",
            "+ Ta tiếp tục vận động các nước ủng hộ Việt Nam ứng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc nhiệm kỳ 2008 – 2009.",
        ),
        (
            "list_item",
            "- Tồn tại: Quốc hội Hoa Kỳ chưa thông qua việc dành Quy chế Quan hệ thương mại bình thường vĩnh viễn (PNTR) cho Việt Nam.",
        ),
        ("heading", "II. KẾ HOẠCH 6 THÁNG CUỐI NĂM 2006", 1),
        (
            "list_item",
            "- Đăng cai Hội nghị các Nhà Lãnh đạo Kinh tế APEC lần thứ 14 tại Hà Nội ngày 18 – 19/11/2006, bảo đảm an ninh, an toàn tuyệt đối.",
        ),
        (
            "list_item",
            "- Chuẩn bị đón Tổng thống Hoa Kỳ, Chủ tịch nước Trung Quốc và Tổng thống Nga sang dự Hội nghị, kết hợp thăm song phương Việt Nam.",
        ),
        (
            "list_item",
            "- Phối hợp với các thành viên WTO hoàn tất thủ tục để Việt Nam sớm trở thành thành viên chính thức của Tổ chức Thương mại Thế giới.",
        ),
        (
            "list_item",
            "- Phối hợp với Lào và Campuchia thúc đẩy hợp tác trong khuôn khổ Tam giác phát triển Campuchia – Lào – Việt Nam.",
        ),
        ("source", "(Nguồn: Vụ Tổng hợp Kinh tế, Bộ Ngoại giao)"),
    ],
}

JC_NEWS = {
    "id": "jc",
    "shape": "news",
    "stamp": "Thứ Tư, 27/06/2012 - 22:10",
    "blocks": [
        ("title", "Việt Nam và EU ký Hiệp định Đối tác và Hợp tác toàn diện"),
        (
            "paragraph",
            "Brúc-xen, 27/6/2012 – Hôm nay, Bộ trưởng Ngoại giao Phạm Bình Minh và Đại diện cấp cao về chính sách đối ngoại và an ninh của Liên minh châu Âu Catherine Ashton đã ký Hiệp định khung về Đối tác và Hợp tác toàn diện Việt Nam – EU (PCA).",
        ),
        (
            "paragraph",
            "Hiệp định mở rộng hợp tác giữa hai bên trên nhiều lĩnh vực, từ chính trị, thương mại, đầu tư đến môi trường, giáo dục và khoa học – công nghệ, thay cho Hiệp định khung về hợp tác ký năm 1995.",
        ),
        (
            "paragraph",
            "Việt Nam và Cộng đồng châu Âu thiết lập quan hệ ngoại giao ngày 22/10/1990. Hiện nay, EU là một trong những đối tác thương mại lớn nhất của Việt Nam và là nhà tài trợ viện trợ không hoàn lại hàng đầu cho Việt Nam.",
        ),
        (
            "paragraph",
            "Hiệp định sẽ có hiệu lực sau khi được Việt Nam và tất cả các nước thành viên EU phê chuẩn. Hiện hai bên chưa có hiệp định thương mại tự do song phương; đàm phán Hiệp định Thương mại tự do Việt Nam – EU đang được hai bên thúc đẩy.",
        ),
    ],
}

JD_NOTICE = {
    "id": "jd",
    "shape": "party",
    "head": [
        "BỘ NGOẠI GIAO                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "-------                       Độc lập - Tự do - Hạnh phúc",
        "                              ---------------",
        "Số: 215/TB-BNG                Hà Nội, ngày 25 tháng 10 năm 2007",
    ],
    "title_lines": [
        "THÔNG BÁO",
        "Về kết quả bầu cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc nhiệm kỳ 2008 – 2009",
    ],
    "tail": [
        "Nơi nhận:",
        "- Các đơn vị trong Bộ;",
        "- Lưu: VT, Vụ TCQT.",
        "",
        "TL. BỘ TRƯỞNG",
        "CHÁNH VĂN PHÒNG",
    ],
    "blocks": [
        (
            "title",
            "THÔNG BÁO Về kết quả bầu cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc nhiệm kỳ 2008 – 2009",
        ),
        ("heading", "I. KẾT QUẢ BẦU CỬ", 1),
        (
            "paragraph",
            "Ngày 16/10/2007, tại phiên họp Khóa 62 Đại hội đồng Liên Hợp Quốc ở New York, Việt Nam đã được bầu làm Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc nhiệm kỳ 2008 – 2009 với 183/190 phiếu thuận. Đây là lần đầu tiên nước ta đảm nhiệm cương vị này kể từ khi trở thành thành viên Liên Hợp Quốc ngày 20/9/1977.",
        ),
        (
            "paragraph",
            "Kết quả trên thể hiện sự tín nhiệm rộng rãi của cộng đồng quốc tế, trước hết là các nước ASEAN, vốn đã sớm ủng hộ Việt Nam ứng cử. Việt Nam sẽ chính thức tham gia Hội đồng Bảo an từ ngày 1/1/2008 và dự kiến đảm nhiệm cương vị Chủ tịch Hội đồng Bảo an vào tháng 7/2008.",
        ),
        ("heading", "II. NHIỆM VỤ TRIỂN KHAI", 1),
        (
            "list_item",
            "1. Các đơn vị chủ động xây dựng kế hoạch tham gia Hội đồng Bảo an, phối hợp chặt chẽ với Phái đoàn Đại diện thường trực Việt Nam tại Liên Hợp Quốc ở New York.",
        ),
        (
            "list_item",
            "2. Phối hợp với các nước ASEAN và các nước thành viên Phong trào Không liên kết trong các vấn đề Hội đồng Bảo an xem xét.",
        ),
        (
            "list_item",
            "3. Nghiên cứu khả năng tham gia hoạt động gìn giữ hòa bình của Liên Hợp Quốc; đến nay nước ta chưa cử lực lượng tham gia các hoạt động này.",
        ),
    ],
}

JE_LECTURE = {
    "id": "je",
    "shape": "textbook",
    "blocks": [
        ("title", "Hiệp định Pa-ri về chấm dứt chiến tranh, lập lại hòa bình ở Việt Nam"),
        ("heading", "Bối cảnh và quá trình đàm phán", 1),
        (
            "paragraph",
            "Sau Tết Mậu Thân năm 1968, Mỹ buộc phải chấp nhận đàm phán với Việt Nam Dân chủ Cộng hòa. Ngày 13/5/1968, cuộc đàm phán chính thức giữa hai bên khai mạc tại Pa-ri. Từ ngày 25/1/1969, hội nghị được mở rộng thành Hội nghị bốn bên, gồm Việt Nam Dân chủ Cộng hòa, Mặt trận Dân tộc Giải phóng miền Nam Việt Nam, Hoa Kỳ và Việt Nam Cộng hòa. Bên cạnh các phiên họp công khai, hai bên còn có nhiều cuộc gặp riêng giữa cố vấn đặc biệt Lê Đức Thọ và cố vấn Henry Kissinger.",
        ),
        (
            "paragraph",
            "Tháng 12/1972, Mỹ dùng máy bay B-52 ném bom hủy diệt Hà Nội, Hải Phòng trong 12 ngày đêm (18 – 29/12/1972) nhưng thất bại và buộc phải trở lại bàn đàm phán. Trong suốt cuộc kháng chiến, Liên Xô, Trung Quốc và các nước xã hội chủ nghĩa khác đã viện trợ to lớn cho Việt Nam, còn nhân dân tiến bộ trên thế giới, kể cả nhân dân Mỹ, ủng hộ cuộc đấu tranh chính nghĩa của nhân dân ta.",
        ),
        ("heading", "Ký kết và nội dung cơ bản", 1),
        (
            "paragraph",
            "Ngày 27/1/1973, Hiệp định về chấm dứt chiến tranh, lập lại hòa bình ở Việt Nam được ký chính thức tại Pa-ri. Bộ trưởng Ngoại giao Nguyễn Duy Trinh ký thay mặt Chính phủ Việt Nam Dân chủ Cộng hòa, Bộ trưởng Ngoại giao Nguyễn Thị Bình ký thay mặt Chính phủ Cách mạng lâm thời Cộng hòa miền Nam Việt Nam, cùng đại diện Hoa Kỳ và Việt Nam Cộng hòa. Theo Hiệp định, Hoa Kỳ tôn trọng độc lập, chủ quyền, thống nhất và toàn vẹn lãnh thổ của Việt Nam, rút hết quân Mỹ và quân đồng minh trong 60 ngày và sẽ đóng góp vào việc hàn gắn vết thương chiến tranh ở Việt Nam.",
        ),
        (
            "paragraph",
            "Ngày 2/3/1973, tại Hội nghị quốc tế về Việt Nam họp ở Pa-ri, mười hai bên gồm bốn bên ký Hiệp định, Liên Xô, Trung Quốc, Anh, Pháp và bốn nước thành viên Ủy ban Quốc tế kiểm soát và giám sát (Ca-na-đa, Hung-ga-ri, Ba Lan, In-đô-nê-xi-a) đã ký Định ước bảo đảm việc thi hành Hiệp định. Ngày 29/3/1973, toán quân Mỹ cuối cùng rút khỏi miền Nam Việt Nam.",
        ),
        ("heading", "Ý nghĩa lịch sử", 1),
        (
            "paragraph",
            "Hiệp định Pa-ri là thắng lợi của đấu tranh quân sự, chính trị và ngoại giao, tạo thời cơ để nhân dân ta tiến lên giải phóng hoàn toàn miền Nam vào mùa xuân năm 1975. Tuy nhiên, Hoa Kỳ đã không thực hiện cam kết đóng góp vào việc hàn gắn vết thương chiến tranh ở Việt Nam.",
        ),
    ],
}

DOCS = [JA_CAMBODIA, JB_REPORT, JC_NEWS, JD_NOTICE, JE_LECTURE]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """PDF text layer: title in 44-column lines, "Tóm tắt:"/"Từ khóa:" wrapped at 90, body wrapped at
    64 columns; every 16 body lines a page break: page number alone at the foot, form feed, the
    upper-case running header (journal and issue) at the head of the next page."""
    head = doc["header"]
    out: list[str] = [head]
    removed: list[str] = [head]
    body = 0
    page = 57
    for b in doc["blocks"]:
        kind, text = b[0], b[1]
        if kind == "title":
            out += [""] + wrap(text, 44) + [""]
        elif kind == "author":
            out.append(text)
        elif kind == "affiliation":
            out += [text, ""]
        elif kind in ("abstract", "keywords"):
            label = "Tóm tắt: " if kind == "abstract" else "Từ khóa: "
            out += wrap(label + text, 90) + ([""] if kind == "keywords" else [])
        else:
            lines = wrap(text, 64)
            for i, ln in enumerate(lines):
                out.append(ln)
                body += 1
                if body % 16 == 0 and i < len(lines) - 1:
                    out += ["", str(page), "\f" + head]
                    removed.append(str(page))
                    page += 1
            out.append("")
    out += [str(page)]
    removed.append(str(page))
    return "\n".join(out) + "\n", sorted(set(removed))


def render_word(doc: dict) -> str:
    """Word export: every line followed by a blank line, paragraphs wrapped at 78 columns."""
    out: list[str] = []
    for b in doc["blocks"]:
        out += [ln + " " for ln in wrap(b[1], 78 if b[0] != "title" else 60)]
    return "".join(ln + "\n\n" for ln in out)


def render_news(doc: dict) -> str:
    """A news page saved as HTML: nav, headline in <h1>, date line, lead in <h2 class="sapo">, body,
    related links, footer."""
    blocks = doc["blocks"]
    lead, rest = blocks[1], blocks[2:]
    body = "\n".join(f"<p>{b[1]}</p>" for b in rest)
    return (
        '<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8">'
        f"<title>{blocks[0][1]} | Tin Thế giới</title></head>\n<body>\n"
        '<nav class="top"><a href="/">Trang chủ</a> | <a href="/thoi-su">Thời sự</a> | '
        '<a href="/the-gioi">Thế giới</a> | <a href="/kinh-te">Kinh tế</a></nav>\n'
        "<main><article>\n"
        f"<h1>{blocks[0][1]}</h1>\n"
        f'<div class="meta"><span class="time">{doc["stamp"]}</span> (GMT+7)</div>\n'
        f'<h2 class="sapo">{lead[1]}</h2>\n<div class="content">\n{body}\n</div>\n'
        '<p class="author">Phóng viên thường trú tại châu Âu</p>\n'
        "</article>\n"
        '<aside class="related"><h3>Tin liên quan</h3><ul>'
        '<li><a href="/a1">Thúc đẩy quan hệ Việt Nam – Bỉ</a></li>'
        '<li><a href="/a2">Doanh nghiệp châu Âu quan tâm thị trường Việt Nam</a></li></ul></aside></main>\n'
        "<footer>Bản quyền thuộc Tin Thế giới. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</footer>\n"
        "</body></html>\n"
    )


def render_party(doc: dict) -> str:
    """A notice typed as a two-column table flattened to text: issuer and motto side by side."""
    out = [*doc["head"], "", *doc["title_lines"], ""]
    for b in doc["blocks"]:
        if b[0] != "title":
            out.append(b[1])
    out += ["", *doc["tail"]]
    return "\n".join(out) + "\n"


def render_textbook(doc: dict) -> str:
    """Lecture notes: title, then each heading after a blank line; paragraphs one a line with no
    blank line between them."""
    out: list[str] = []
    for b in doc["blocks"]:
        if b[0] == "title":
            out += [b[1].upper()]
        elif b[0] == "heading":
            out += ["", b[1]]
        else:
            out.append(b[1])
    return "\n".join(out) + "\n"


def main() -> None:
    build(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "news": render_news,
            "party": render_party,
            "textbook": render_textbook,
            "word": render_word,
        },
        upper_title_shapes=("textbook",),
    )


if __name__ == "__main__":
    main()
