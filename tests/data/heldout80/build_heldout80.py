"""Build the eightieth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout80/build_heldout80.py [--check]

Five short documents written after the rules were tuned on the seeds and the earlier held-out sets, on a
period of Vietnam's diplomatic history those sets do not use as a main topic: the Cambodian question from
1979 to the Paris Agreements of 23/10/1991 (a journal article on the road to Paris, the Institute of
Southeast Asian Studies' international cooperation in 2024, a news page on the thirtieth anniversary of the
withdrawal of the Vietnamese volunteer troops, a (fictitious) Diplomatic Academy plan for the 35th
anniversary of the Agreements in 2026, an encyclopedia entry on UNTAC). Nothing in src/ was changed for
them. Facts are well-established; authors, journal, page numbers, document numbers, the institute's local
items and all quoted words but the official formula of Vietnam – Cambodia relations are invented, the
Academy's plan (number, date, tasks) is fictitious. Events, citations and questions gold are written by
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
    official_text,
    paged_body,
    word_text,
)

WVA_PARIS = {
    "id": "wva",
    "shape": "journal",
    "header": "TẠP CHÍ KHOA HỌC CHÍNH TRỊ VÀ NGOẠI GIAO – Số 5 (2024)",
    "first_page": 45,
    "break_after": 14,
    "blocks": [
        ("title", "VẤN ĐỀ CAMPUCHIA VÀ CON ĐƯỜNG ĐI ĐẾN HIỆP ĐỊNH PA-RI NĂM 1991"),
        ("author", "Lương Thị Minh Thư"),
        ("affiliation", "Khoa Lịch sử, Trường Đại học Sư phạm Hà Nội"),
        (
            "abstract",
            "Bài viết điểm lại những bước đi chính của Việt Nam và các bên liên quan trong việc tìm kiếm giải pháp chính trị cho vấn đề Campuchia từ năm 1979 đến năm 1991.",
            "vi",
        ),
        ("keywords", "vấn đề Campuchia; Hiệp định Pa-ri; JIM; bình thường hóa quan hệ", "vi"),
        ("heading", "1. Bối cảnh sau năm 1979", 1),
        (
            "paragraph",
            "Ngày 7/1/1979, quân tình nguyện Việt Nam cùng các lực lượng của Mặt trận Đoàn kết dân tộc cứu nước Campuchia giải phóng Phnôm Pênh, lật đổ chế độ diệt chủng Pôn Pốt. Hơn một tháng sau, ngày 18/2/1979, hai nước ký Hiệp ước Hòa bình, Hữu nghị và Hợp tác. Tuy vậy, chiếc ghế của Campuchia tại Liên hợp quốc vẫn do phái Khmer Đỏ nắm giữ, còn Trung Quốc, Mỹ và các nước ASEAN lấy cớ quân đội Việt Nam có mặt ở Campuchia để bao vây, cô lập nước ta suốt gần một thập kỷ (Vương Đình Khải, 2009, tr. 54).",
        ),
        ("heading", "2. Từ đối thoại khu vực đến hội nghị quốc tế", 1),
        (
            "paragraph",
            "Bước ngoặt đến vào nửa cuối những năm 1980. Tháng 12/1987, Chủ tịch Hội đồng Bộ trưởng Cộng hòa Nhân dân Campuchia Hun Xen và Hoàng thân Xi-ha-núc gặp nhau lần đầu tại Fère-en-Tardenois (Pháp). Tháng 7 năm sau, Inđônêxia đứng ra tổ chức cuộc Gặp gỡ không chính thức Giacácta lần thứ nhất (JIM-1) tại Bogor, nơi các phái Campuchia ngồi cùng bàn với Việt Nam, Lào và sáu nước ASEAN. Ngày 26/9/1989, những đơn vị quân tình nguyện cuối cùng của Việt Nam rút khỏi Campuchia, trong khi Hội nghị quốc tế về Campuchia họp ở Pa-ri từ ngày 30/7 đến ngày 30/8 cùng năm vẫn không đi đến được một thỏa thuận nào (Lưu Thị Bích Ngọc, 2015).",
        ),
        ("heading", "3. Hiệp định Pa-ri và những hệ quả", 1),
        (
            "paragraph",
            "Ngày 28/8/1990, năm nước Ủy viên thường trực Hội đồng Bảo an thông qua văn kiện khung về giải pháp chính trị toàn bộ cho Campuchia. Đầu tháng 9/1990, lãnh đạo cấp cao Việt Nam và Trung Quốc gặp nhau tại Thành Đô. Ngày 23/10/1991, Hiệp định về giải pháp chính trị toàn bộ cho cuộc xung đột Campuchia được ký tại Pa-ri giữa 18 nước, trong đó có Việt Nam, và Campuchia do Hội đồng Dân tộc tối cao đại diện, dưới sự đồng chủ trì của Pháp và Inđônêxia. Theo một cựu thành viên đoàn đàm phán, văn kiện này là “lối ra danh dự cho tất cả các bên” (Tạ Quang Huy, 2016, tr. 203). Chỉ vài tuần sau, Việt Nam và Trung Quốc bình thường hóa quan hệ; đến tháng 7/1995, nước ta gia nhập ASEAN.",
        ),
    ],
}

WVB_VIEN = {
    "id": "wvb",
    "shape": "word",
    "head": [
        "VIỆN HÀN LÂM KHOA HỌC XÃ HỘI VIỆT NAM",
        "VIỆN NGHIÊN CỨU ĐÔNG NAM Á",
        "Số: 142/BC-VNCĐNA",
        "Hà Nội, ngày 19 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Tổng kết công tác hợp tác quốc tế năm 2024 và kế hoạch năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết công tác hợp tác quốc tế năm 2024 và kế hoạch năm 2025"),
        ("heading", "I. KẾT QUẢ THỰC HIỆN NĂM 2024", 1),
        (
            "list_item",
            "1. Năm 2024, Viện đã đón 12 đoàn khách quốc tế và cử 19 lượt cán bộ đi công tác, nghiên cứu ở nước ngoài; quan hệ với các đối tác truyền thống tại Campuchia, Lào và Thái Lan tiếp tục được duy trì và củng cố.",
        ),
        (
            "list_item",
            "2. Tháng 3/2024, đoàn cán bộ của Viện do Viện trưởng dẫn đầu đã sang làm việc với Viện Hàn lâm Hoàng gia Campuchia tại Phnôm Pênh. Hai bên ký Biên bản ghi nhớ về hợp tác nghiên cứu lịch sử quan hệ Việt Nam – Campuchia giai đoạn 1979 – 1993, trong đó có việc trao đổi tư liệu về Hiệp định Pa-ri năm 1991.",
        ),
        (
            "list_item",
            "3. Ngày 22 – 23/10/2024, Viện phối hợp với Viện Hợp tác và Hòa bình Campuchia (CICP) tổ chức tại Hà Nội hội thảo quốc tế “Hiệp định Pa-ri năm 1991 và hòa bình ở Đông Nam Á”, thu hút hơn 80 học giả đến từ Campuchia, Pháp, Inđônêxia, Nhật Bản và Ôxtrâylia.",
        ),
        (
            "list_item",
            "4. Dự án số hóa kho tư liệu về quan hệ giữa Việt Nam với các nước láng giềng, do Quỹ Giao lưu quốc tế Nhật Bản tài trợ 40.000 USD, đã hoàn thành giai đoạn một.",
        ),
        (
            "list_item",
            "5. Tháng trước, Đại sứ Campuchia tại Việt Nam đến thăm và làm việc với Viện, đề nghị hai bên phối hợp biên soạn tuyển tập tư liệu nhân kỷ niệm 35 năm ký Hiệp định Pa-ri.",
        ),
        (
            "list_item",
            "6. Đề án nghiên cứu chung với Viện ISEAS – Yusof Ishak (Xin-ga-po) về hợp tác tiểu vùng Mê Công chưa được triển khai do chưa bố trí được kinh phí.",
        ),
        ("heading", "II. KẾ HOẠCH NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 4 năm sau, cử đoàn sang Viêng Chăn làm việc với Viện Khoa học xã hội quốc gia Lào về đề tài hợp tác ba bên Việt Nam – Lào – Campuchia.",
        ),
        (
            "list_item",
            "2. Phối hợp với Viện Hàn lâm Hoàng gia Campuchia tổ chức tọa đàm kỷ niệm 58 năm Ngày thiết lập quan hệ ngoại giao Việt Nam – Campuchia (24/6/1967 – 24/6/2025).",
        ),
        (
            "list_item",
            "3. Tiếp tục đề nghị Quỹ Giao lưu quốc tế Nhật Bản tài trợ giai đoạn hai của dự án số hóa tư liệu.",
        ),
    ],
}

WVC_RUTQUAN = {
    "id": "wvc",
    "shape": "news",
    "date": "2019-09-26",
    "stamp": "Thứ Năm, 26/09/2019 - 07:40",
    "blocks": [
        ("title", "30 năm Quân tình nguyện Việt Nam hoàn thành rút quân khỏi Campuchia"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Cách đây tròn 30 năm, ngày 26/9/1989, những đơn vị cuối cùng của Quân tình nguyện Việt Nam rút khỏi Campuchia, khép lại hơn mười năm giúp nhân dân nước bạn hồi sinh sau thảm họa diệt chủng.",
        ),
        ("heading", "Từ biên giới Tây Nam đến Phnôm Pênh", 1),
        (
            "paragraph",
            "Từ năm 1977 đến cuối năm 1978, quân Khmer Đỏ liên tiếp tiến công nhiều tỉnh biên giới Tây Nam của Việt Nam, sát hại hàng nghìn dân thường. Đáp lời kêu gọi của Mặt trận Đoàn kết dân tộc cứu nước Campuchia, quân tình nguyện Việt Nam đã sát cánh cùng các lực lượng cách mạng nước bạn tiến công và giải phóng thủ đô Phnôm Pênh ngày 7/1/1979.",
        ),
        ("heading", "Rút quân đúng cam kết", 1),
        (
            "paragraph",
            "Ngày 5/4/1989, Việt Nam, Lào và Campuchia ra Tuyên bố chung, theo đó Việt Nam sẽ rút toàn bộ quân tình nguyện về nước trước ngày 30/9/1989. Lời hứa ấy đã được thực hiện đúng hạn.",
        ),
        ("heading", "Láng giềng hữu nghị", 1),
        (
            "paragraph",
            "Hai năm sau, Việt Nam cùng 17 nước khác và Campuchia ký Hiệp định Pa-ri ngày 23/10/1991, mở ra thời kỳ hòa bình, hòa hợp dân tộc ở nước bạn. Ngày 30/4/1999, lễ kết nạp Campuchia làm thành viên thứ mười của ASEAN được tổ chức tại Hà Nội.",
        ),
        (
            "paragraph",
            "Đến nay, hai nước vẫn phối hợp chặt chẽ trong việc tìm kiếm, quy tập hài cốt quân tình nguyện Việt Nam hy sinh trên đất Campuchia và không ngừng vun đắp quan hệ “láng giềng tốt đẹp, hữu nghị truyền thống, hợp tác toàn diện, bền vững lâu dài”.",
        ),
    ],
}

WVD_PLAN = {
    "id": "wvd",
    "shape": "plan",
    "head": [
        f"{'BỘ NGOẠI GIAO':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'HỌC VIỆN NGOẠI GIAO':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 09/KH-HVNG':<40}Hà Nội, ngày 12 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Nghiên cứu, tổng kết nhân 35 năm ký Hiệp định Pa-ri",
        "về Campuchia (23/10/1991 – 23/10/2026)",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Nghiên cứu, tổng kết nhân 35 năm ký Hiệp định Pa-ri về Campuchia (23/10/1991 – 23/10/2026)",
        ),
        (
            "paragraph",
            "Nhằm tổng kết kinh nghiệm của ngoại giao Việt Nam trong quá trình giải quyết vấn đề Campuchia, góp phần vun đắp quan hệ láng giềng tốt đẹp giữa hai nước, Học viện Ngoại giao xây dựng Kế hoạch năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Hiệp định Pa-ri ngày 23/10/1991 đã mở đường cho việc Liên hợp quốc triển khai Cơ quan Quyền lực lâm thời tại Campuchia (UNTAC) từ tháng 3/1992 và tổ chức tổng tuyển cử vào tháng 5/1993. Năm ngoái, Học viện đã phỏng vấn nhiều cán bộ từng tham gia các vòng đàm phán và trao đổi đoàn nghiên cứu với Bộ Ngoại giao và Hợp tác quốc tế Campuchia, song chưa ký được thỏa thuận khai thác tư liệu với Lưu trữ Ngoại giao Pháp.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 5 năm nay, cử đoàn do Giám đốc Học viện dẫn đầu sang Phnôm Pênh trao đổi với phía Campuchia về nội dung và hình thức phối hợp tổ chức hội thảo.",
        ),
        (
            "list_item",
            "2. Chủ trì tổ chức Hội thảo quốc tế “35 năm Hiệp định Pa-ri về Campuchia: ký ức và bài học” tại Hà Nội, dự kiến vào tháng 10, mời học giả của hai nước đồng chủ tịch Hội nghị Pa-ri là Pháp và Inđônêxia cùng các nước ASEAN tham dự.",
        ),
        (
            "list_item",
            "3. Đề nghị Đại sứ quán Pháp tại Việt Nam hỗ trợ kết nối để Học viện ký thỏa thuận khai thác tư liệu với Lưu trữ Ngoại giao Pháp trước tháng 9/2026.",
        ),
        (
            "list_item",
            "4. Không tổ chức đoàn khảo sát tại các tỉnh của Campuchia giáp biên giới Việt Nam trong năm 2026 do không bố trí được kinh phí.",
        ),
        (
            "paragraph",
            "Khoa Chính trị quốc tế và Ngoại giao Việt Nam là đơn vị đầu mối, phối hợp với Văn phòng Học viện triển khai Kế hoạch này.",
        ),
    ],
}

WVE_UNTAC = {
    "id": "wve",
    "shape": "entry",
    "blocks": [
        ("title", "Cơ quan Quyền lực lâm thời của Liên hợp quốc tại Campuchia"),
        (
            "paragraph",
            "Cơ quan Quyền lực lâm thời của Liên hợp quốc tại Campuchia (UNTAC) là phái bộ gìn giữ hòa bình được Hội đồng Bảo an thành lập theo Nghị quyết 745 ngày 28/2/1992 nhằm thực thi Hiệp định Pa-ri về Campuchia ký ngày 23/10/1991. Phái bộ chính thức hoạt động từ ngày 15/3/1992, khi Đại diện đặc biệt của Tổng Thư ký Liên hợp quốc, nhà ngoại giao Nhật Bản Akashi Yasushi, đến Phnôm Pênh.",
        ),
        ("heading", "Nhiệm vụ và lực lượng", 1),
        (
            "paragraph",
            "UNTAC có nhiệm vụ giám sát ngừng bắn, giải giáp các phe, hồi hương người tị nạn và tổ chức tổng tuyển cử tự do. Lúc cao điểm, phái bộ có khoảng 22.000 người, gồm quân nhân, cảnh sát và nhân viên dân sự của nhiều nước. Nhật Bản lần đầu cử Lực lượng Phòng vệ tham gia hoạt động gìn giữ hòa bình của Liên hợp quốc, còn Trung Quốc cử một đơn vị công binh. Phối hợp với Cao ủy Liên hợp quốc về người tị nạn (UNHCR), phái bộ đã đưa hơn 360.000 người tị nạn từ các trại ở Thái Lan về nước.",
        ),
        ("heading", "Kết quả", 1),
        (
            "paragraph",
            "Phái Khmer Đỏ từ chối giải giáp và tẩy chay bầu cử. Dù vậy, cuộc tổng tuyển cử từ ngày 23 đến ngày 28/5/1993 vẫn diễn ra với gần 90% cử tri đi bỏ phiếu. Hiến pháp mới được ban hành ngày 24/9/1993, Xi-ha-núc trở lại ngai vàng và UNTAC kết thúc nhiệm vụ.",
        ),
        ("heading", "Việt Nam và UNTAC", 1),
        (
            "paragraph",
            "Là một bên ký Hiệp định Pa-ri, Việt Nam ủng hộ việc triển khai UNTAC nhưng không cử lực lượng tham gia phái bộ. Phải đến năm 2014, Việt Nam mới lần đầu cử sĩ quan tham gia hoạt động gìn giữ hòa bình của Liên hợp quốc.",
        ),
    ],
}

DOCS = [WVA_PARIS, WVB_VIEN, WVC_RUTQUAN, WVD_PLAN, WVE_UNTAC]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on top of every page, front matter by
    heldout_kit.front_matter_lines (title at 52 columns, labels at 76), body at 76 columns with a blank
    line after headings; after ``break_after`` body lines (mid-sentence) the page number "- N -" centred,
    a form feed and the running header; the last page ends with its number."""
    head = doc["header"]

    def foot(n: int) -> str:
        return f"{f'- {n} -':^76}".rstrip()

    out, last = paged_body(doc, 52, 76, 76, lambda page: ["", foot(page), "\f" + head, ""])
    pages = range(doc["first_page"], last + 1)
    return "\n".join([head, "", *out, foot(last)]) + "\n", [head, *(foot(n).strip() for n in pages)]


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 70 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 70, ["VIỆN TRƯỞNG", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <title>, <meta property="article:published_time">, a nav menu, <article>, <h1>, a date
    line, the lead (with its dateline) in <p class="sapo"><strong>, <h2> subheads, <p> paragraphs, a tag
    list, footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    body = [
        f'<h2 class="subtitle">{b[1]}</h2>' if b[0] == "heading" else f"<p>{b[1]}</p>" for b in blocks[2:]
    ]
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title} | Tư liệu – Sự kiện</title>\n"
        f'<meta property="article:published_time" content="{doc["date"]}T07:40:00+07:00">\n'
        "</head>\n<body>\n"
        '<nav class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/chinh-tri">Chính trị</a></li>'
        '<li><a href="/tu-lieu">Tư liệu</a></li><li><a href="/the-gioi">Thế giới</a></li></ul></nav>\n'
        f'<article class="detail">\n<h1>{title}</h1>\n<div class="date">{doc["stamp"]}</div>\n'
        f'<p class="sapo"><strong>{lead}</strong></p>\n' + "\n".join(body) + "\n"
        '<ul class="tags"><li><a href="/tag/campuchia">Campuchia</a></li>'
        '<li><a href="/tag/quan-tinh-nguyen">Quân tình nguyện</a></li></ul>\n'
        "</article>\n<footer>© Thông tấn xã Việt Nam. Không sao chép khi chưa được phép.</footer>\n</body>\n</html>\n"
    )


def render_plan(doc: dict) -> str:
    """An academy plan: the two-column issuer/motto block, the centred three-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    tail = [
        f"{'Nơi nhận:':<48}GIÁM ĐỐC",
        f"{'- Lãnh đạo Bộ (để báo cáo);':<48}(đã ký)",
        "- Vụ Đông Nam Á – Nam Á – Nam Thái Bình Dương;",
        "- Lưu: VT, KCTQT.",
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
        prefix="wv",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
