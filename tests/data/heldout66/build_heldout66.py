"""Build the sixty-sixth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout66/build_heldout66.py [--check]

Five short documents written after the rules were tuned on the seeds and the earlier held-out sets, on
topics those sets do not use (Vietnam – Vanuatu from the relations of 1982 to the climate advisory
opinion of the International Court of Justice, Cà Mau's external affairs in 2024, the Court's advisory
opinion of 23/7/2025, a (fictitious) Ministry of Agriculture and Environment plan for cooperation with the
Pacific island countries in 2026, an encyclopedia entry on the Pacific Community). Nothing in src/ was
changed for them. Facts are well-established; authors, journal, page numbers, document numbers, the
provincial report's local items and all quoted words are invented, the ministry plan (number, date,
tasks, its past mission) is fictitious. Events, citations and questions gold are written by hand;
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
    paged_body,
    word_text,
)

XRA_VANUATU = {
    "id": "xra",
    "shape": "journal",
    "header": "TẠP CHÍ CHÂU ĐẠI DƯƠNG VÀ THÁI BÌNH DƯƠNG – Số 3 (2025)",
    "first_page": 45,
    "break_after": 12,
    "blocks": [
        ("title", "VIỆT NAM VÀ VANUATU: TỪ QUAN HỆ NGOẠI GIAO ĐẾN NGOẠI GIAO KHÍ HẬU"),
        ("author", "Đỗ Minh Khuê"),
        ("affiliation", "Trường Đại học Khoa học xã hội và nhân văn, Đại học Quốc gia Hà Nội"),
        (
            "abstract",
            "Bài viết điểm lại quan hệ Việt Nam – Vanuatu và sự phối hợp giữa hai nước trong ngoại giao khí hậu.",
            "vi",
        ),
        ("keywords", "Vanuatu; Thái Bình Dương; Tòa án Công lý quốc tế; biến đổi khí hậu", "vi"),
        ("heading", "1. Một quốc đảo trẻ ở Nam Thái Bình Dương", 1),
        (
            "paragraph",
            "Quần đảo Tân Hê-brít, từng đặt dưới chế độ đồng quản lý của Anh và Pháp, giành độc lập ngày 30/7/1980 với tên gọi Cộng hòa Vanuatu. Ngày 15/9/1981, Vanuatu trở thành thành viên Liên hợp quốc, và hai năm sau, nước này gia nhập Phong trào Không liên kết, điều hiếm thấy ở Nam Thái Bình Dương thời đó (Nguyễn Thanh Bình, 2017, tr. 54). Quan hệ ngoại giao Việt Nam – Vanuatu được thiết lập ngày 3/3/1982.",
        ),
        ("heading", "2. Từ những chuyến thăm đầu tiên", 1),
        (
            "paragraph",
            "Năm 1997, Thủ tướng Serge Vohor trở thành người đứng đầu Chính phủ Vanuatu đầu tiên sang thăm nước ta. Gần hai thập kỷ sau, từ ngày 5 đến ngày 9/10/2014, Thủ tướng Joe Natuman thăm chính thức Việt Nam theo lời mời của Thủ tướng Nguyễn Tấn Dũng; hai Thủ tướng đã hội đàm và chứng kiến lễ ký Bản ghi nhớ về hợp tác kỹ thuật và phát triển. Hai nước cũng thường xuyên ủng hộ nhau tại Liên hợp quốc và trong Tổ chức quốc tế Pháp ngữ, dù kim ngạch thương mại song phương vẫn rất khiêm tốn.",
        ),
        ("heading", "3. Đồng hành trong ngoại giao khí hậu", 1),
        (
            "paragraph",
            "Là quốc đảo chịu tác động nặng nề của biến đổi khí hậu, Vanuatu đã khởi xướng việc đề nghị Tòa án Công lý quốc tế (ICJ) đưa ra ý kiến tư vấn về nghĩa vụ của các quốc gia. Việt Nam tham gia nhóm nòng cốt gồm 18 nước do Vanuatu dẫn dắt; ngày 29/3/2023, Đại hội đồng Liên hợp quốc thông qua bằng đồng thuận Nghị quyết 77/276 với 132 nước đồng bảo trợ, một kết quả được đánh giá là “thắng lợi ngoại giao của các quốc đảo nhỏ” (Lê Thị Hồng Nhung, 2024, tr. 18). Tháng 3/2024, Bộ Ngoại giao nước ta phối hợp với Chính phủ Vanuatu tổ chức hội thảo về thủ tục tư vấn tại Quảng Ninh, và ngày 12/12/2024, đoàn Việt Nam trình bày quan điểm trước Tòa ở La Hay (Trịnh Văn Quang, 2025). Sau khi ICJ công bố ý kiến tư vấn ngày 23/7/2025, hai nước cần sớm cụ thể hóa Bản ghi nhớ năm 2014 bằng các dự án về nông nghiệp và thích ứng với biến đổi khí hậu.",
        ),
    ],
}

XRB_CAMAU = {
    "id": "xrb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH CÀ MAU",
        "SỞ NGOẠI VỤ",
        "Số: 231/BC-SNgV",
        "Cà Mau, ngày 18 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Công tác đối ngoại năm 2024 và nhiệm vụ trọng tâm năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Công tác đối ngoại năm 2024 và nhiệm vụ trọng tâm năm 2025"),
        ("heading", "I. KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI NĂM 2024", 1),
        (
            "list_item",
            "1. Trong năm, tỉnh đã tiếp 34 đoàn khách quốc tế với 286 lượt người, chủ yếu đến tìm hiểu cơ hội đầu tư vào điện gió, chế biến thủy sản và bảo tồn rừng ngập mặn; đồng thời cử 7 đoàn cán bộ đi công tác nước ngoài.",
        ),
        (
            "list_item",
            "2. Dự án tăng cường khả năng chống chịu của cộng đồng ven biển, do Quỹ Khí hậu xanh (GCF) tài trợ và Chương trình Phát triển Liên hợp quốc (UNDP) thực hiện, đã hoàn thành việc trồng mới 520 ha rừng ngập mặn tại hai huyện Ngọc Hiển và Đầm Dơi.",
        ),
        (
            "list_item",
            "3. Tháng 8, tỉnh đón đoàn cán bộ Bộ Nông nghiệp Vanuatu đến tìm hiểu mô hình nuôi tôm sinh thái dưới tán rừng. Phía bạn bày tỏ mong muốn được Việt Nam cử kỹ sư sang hướng dẫn nuôi trồng thủy sản.",
        ),
        (
            "list_item",
            "4. Ngày 22/10, Tổng Lãnh sự Nhật Bản tại Thành phố Hồ Chí Minh đến làm việc với lãnh đạo tỉnh; hai bên trao đổi về khả năng hợp tác trong chế biến thủy sản xuất khẩu và đào tạo thực tập sinh.",
        ),
        (
            "list_item",
            "5. Thỏa thuận hợp tác với bang Nam Ô-xtrây-li-a, được hai bên đàm phán từ năm ngoái, vẫn chưa thể ký trong năm nay như dự kiến.",
        ),
        ("heading", "II. NHIỆM VỤ TRỌNG TÂM NĂM 2025", 1),
        (
            "list_item",
            "1. Tổ chức đoàn của tỉnh sang Ô-xtrây-li-a và Niu Di-lân vào tháng 5/2025 để xúc tiến đầu tư và hoàn tất việc ký Thỏa thuận hợp tác với bang Nam Ô-xtrây-li-a.",
        ),
        (
            "list_item",
            "2. Tiếp tục vận động UNDP và GCF hỗ trợ giai đoạn mở rộng của dự án rừng ngập mặn.",
        ),
        (
            "list_item",
            "3. Nghiên cứu, báo cáo Ủy ban nhân dân tỉnh việc cử cán bộ kỹ thuật sang Vanuatu khi phía bạn có đề nghị chính thức.",
        ),
    ],
}

XRC_ICJ = {
    "id": "xrc",
    "shape": "news",
    "date": "2025-07-24",
    "stamp": "Thứ Năm, 24/07/2025 - 06:30",
    "section": "Thế giới",
    "tags": ["ICJ", "Biến đổi khí hậu", "Vanuatu"],
    "blocks": [
        (
            "title",
            "Tòa án Công lý quốc tế ra ý kiến tư vấn về nghĩa vụ của các quốc gia đối với biến đổi khí hậu",
        ),
        (
            "paragraph",
            "La Hay (TTXVN) – Chiều 23/7 (giờ địa phương), Tòa án Công lý quốc tế (ICJ) đã công bố ý kiến tư vấn về nghĩa vụ của các quốc gia đối với biến đổi khí hậu, trả lời yêu cầu mà Đại hội đồng Liên hợp quốc đưa ra theo sáng kiến của Vanuatu.",
        ),
        (
            "paragraph",
            "Chủ tịch Tòa Iwasawa Yuji đọc ý kiến tư vấn tại Cung điện Hòa bình. Theo đó, các quốc gia có nghĩa vụ theo luật pháp quốc tế phải bảo vệ hệ thống khí hậu trước khí thải nhà kính, và việc vi phạm nghĩa vụ này có thể làm phát sinh trách nhiệm pháp lý. Kết luận chung được các thẩm phán thông qua với sự nhất trí hoàn toàn.",
        ),
        ("heading", "Hơn một trăm quốc gia và tổ chức tham gia", 1),
        (
            "paragraph",
            "Nghị quyết 77/276 đề nghị Tòa cho ý kiến đã được Đại hội đồng thông qua bằng đồng thuận ngày 29/3/2023. Tòa nhận được 91 bản trình bày bằng văn bản, con số cao nhất từ trước tới nay trong một thủ tục tư vấn, và trong hai tuần điều trần vào tháng 12 năm ngoái, 96 quốc gia cùng 11 tổ chức quốc tế đã trình bày quan điểm.",
        ),
        ("heading", "Niềm vui của các quốc đảo", 1),
        (
            "paragraph",
            "Chính phủ Vanuatu, nước khởi xướng sáng kiến cùng một nhóm sinh viên luật ở các đảo Thái Bình Dương, đã hoan nghênh ý kiến tư vấn và kêu gọi các nước phát thải lớn thực hiện đầy đủ nghĩa vụ của mình.",
        ),
        (
            "paragraph",
            "Việt Nam, một trong 18 nước thuộc nhóm nòng cốt thúc đẩy nghị quyết, đã nộp bản trình bày bằng văn bản tháng 3/2024 và phát biểu tại phiên điều trần ngày 12/12/2024. Trước đó, ngày 21/5/2024, Tòa án Quốc tế về Luật biển (ITLOS) cũng đã nhất trí đưa ra một ý kiến tư vấn về biến đổi khí hậu theo yêu cầu của Ủy ban các quốc đảo nhỏ về biến đổi khí hậu và luật quốc tế.",
        ),
    ],
}

XRD_PLAN = {
    "id": "xrd",
    "shape": "plan",
    "head": [
        f"{'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 58/KH-BNNMT':<40}Hà Nội, ngày 14 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với các quốc đảo Thái Bình Dương về nông nghiệp",
        "và thích ứng với biến đổi khí hậu năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác với các quốc đảo Thái Bình Dương về nông nghiệp và thích ứng với biến đổi khí hậu năm 2026",
        ),
        (
            "paragraph",
            "Căn cứ Bản ghi nhớ về hợp tác kỹ thuật và phát triển giữa Chính phủ Việt Nam và Chính phủ Vanuatu ký năm 2014 và kết quả chuyến khảo sát của đoàn chuyên gia của Bộ tại Port Vila vào tháng 10 năm ngoái, Bộ Nông nghiệp và Môi trường xây dựng Kế hoạch hợp tác với các quốc đảo Thái Bình Dương năm 2026 như sau:",
        ),
        ("heading", "I. BỐI CẢNH", 1),
        (
            "paragraph",
            "Ý kiến tư vấn do Tòa án Công lý quốc tế công bố ngày 23/7/2025 đã khẳng định nghĩa vụ của các quốc gia trong bảo vệ hệ thống khí hậu, tạo thêm cơ sở cho hợp tác giữa nước ta với các quốc đảo nhỏ. Vanuatu, Fiji và Quần đảo Solomon đều đề nghị Việt Nam chia sẻ kinh nghiệm trồng lúa nước và nuôi trồng thủy sản; tuy nhiên, ta chưa có chương trình hợp tác dài hạn nào với các nước này.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Trong quý I, trình Thủ tướng Chính phủ đề án cử 6 chuyên gia nông nghiệp sang Vanuatu giai đoạn 2026 – 2028.",
        ),
        (
            "list_item",
            "2. Phối hợp với Cộng đồng Thái Bình Dương (SPC) tổ chức khóa tập huấn về giống lúa chịu mặn cho cán bộ kỹ thuật của Vanuatu, Fiji và Quần đảo Solomon tại Cần Thơ vào tháng 6.",
        ),
        (
            "list_item",
            "3. Đàm phán với Bộ Thủy sản Fiji một bản ghi nhớ về hợp tác nuôi trồng thủy sản, dự kiến ký trong nửa cuối năm.",
        ),
        (
            "list_item",
            "4. Chuẩn bị nội dung để Bộ tham gia đoàn Việt Nam dự Hội nghị COP31 của Công ước khung của Liên hợp quốc về biến đổi khí hậu; Bộ không tổ chức sự kiện bên lề riêng tại hội nghị này.",
        ),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế chủ trì, phối hợp với Vụ Kế hoạch – Tài chính bố trí kinh phí và theo dõi, đôn đốc việc thực hiện Kế hoạch này.",
        ),
    ],
}

XRE_SPC = {
    "id": "xre",
    "shape": "entry",
    "blocks": [
        ("title", "Cộng đồng Thái Bình Dương"),
        (
            "paragraph",
            "Cộng đồng Thái Bình Dương (tiếng Anh: Pacific Community, viết tắt là SPC) là tổ chức phát triển khoa học – kỹ thuật lâu đời nhất ở khu vực Thái Bình Dương, có trụ sở tại Nouméa (Niu Ca-lê-đô-ni-a). Tổ chức có 27 thành viên, trong đó có 22 quốc gia và vùng lãnh thổ đảo; ngôn ngữ làm việc là tiếng Anh và tiếng Pháp.",
        ),
        ("heading", "Lịch sử", 1),
        (
            "paragraph",
            "Tiền thân của tổ chức là Ủy ban Nam Thái Bình Dương, do sáu nước có lãnh thổ phụ thuộc trong khu vực là Ô-xtrây-li-a, Pháp, Hà Lan, Niu Di-lân, Anh và Hoa Kỳ thành lập theo Hiệp định Canberra ký ngày 6/2/1947. Hà Lan rút khỏi Ủy ban năm 1962. Vì Ủy ban không được bàn các vấn đề chính trị, kể cả các vụ thử hạt nhân trong khu vực, năm 1971 các quốc đảo độc lập cùng Ô-xtrây-li-a và Niu Di-lân đã lập ra Diễn đàn Nam Thái Bình Dương, nay là Diễn đàn các đảo Thái Bình Dương. Nhân kỷ niệm 50 năm thành lập, năm 1997 tổ chức được đổi tên thành Cộng đồng Thái Bình Dương.",
        ),
        ("heading", "Hoạt động", 1),
        (
            "paragraph",
            "SPC không phải là một khối thương mại và không xử lý các vấn đề quân sự, an ninh. Tổ chức cung cấp tư vấn khoa học, kỹ thuật và làm cầu nối cho các dự án phát triển do các nhà tài trợ cấp vốn trong các lĩnh vực thủy sản, nông nghiệp, y tế, giáo dục và ứng phó với biến đổi khí hậu. Ngoài trụ sở chính, SPC có văn phòng khu vực tại Suva (Fiji), Pohnpei (Liên bang Mi-crô-nê-xi-a) và Port Vila (Vanuatu).",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam không phải là thành viên của SPC, song có quan hệ ngoại giao với phần lớn các quốc đảo thành viên, trong đó có Vanuatu (1982), Papua New Guinea (1989) và Fiji (1993).",
        ),
    ],
}

DOCS = [XRA_VANUATU, XRB_CAMAU, XRC_ICJ, XRD_PLAN, XRE_SPC]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on top of every page, front matter by
    heldout_kit.front_matter_lines (title at 50 columns, labels at 74), body at 74 columns with a blank
    line after headings; after ``break_after`` body lines (mid-sentence) the page number "– N –" centred,
    a form feed and the running header; the last page ends with its number."""
    head = doc["header"]

    def foot(n: int) -> str:
        return f"{f'– {n} –':^74}".rstrip()

    out, last = paged_body(doc, 50, 74, 74, lambda page: ["", foot(page), "\f" + head, ""])
    pages = range(doc["first_page"], last + 1)
    return "\n".join([head, "", *out, foot(last)]) + "\n", [head, *(foot(n).strip() for n in pages)]


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 72 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 72, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <title>, <meta property="article:published_time">, a nav menu, <article>, <h1>, a date
    line, the lead (with its dateline) in <p class="sapo">, <h2> subheads, <p> paragraphs, a tag list, footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    body = [f'<h2 class="sub">{b[1]}</h2>' if b[0] == "heading" else f"<p>{b[1]}</p>" for b in blocks[2:]]
    tags = "".join(f'<li><a href="/tag/{t.lower().replace(" ", "-")}">{t}</a></li>' for t in doc["tags"])
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title} | {doc['section']}</title>\n"
        f'<meta property="article:published_time" content="{doc["date"]}T06:30:00+07:00">\n'
        "</head>\n<body>\n"
        '<nav class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li>'
        '<li><a href="/the-gioi">Thế giới</a></li><li><a href="/moi-truong">Môi trường</a></li></ul></nav>\n'
        f'<article class="detail">\n<h1>{title}</h1>\n<div class="date">{doc["stamp"]}</div>\n'
        f'<p class="sapo">{lead}</p>\n' + "\n".join(body) + "\n"
        f'<ul class="tags">{tags}</ul>\n'
        "</article>\n<footer>© Thông tấn xã Việt Nam. Ghi rõ nguồn khi phát hành lại.</footer>\n</body>\n</html>\n"
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    tail = [
        f"{'Nơi nhận:':<48}KT. BỘ TRƯỞNG",
        f"{'- Bộ Ngoại giao (để phối hợp);':<48}THỨ TRƯỞNG",
        f"{'- Lưu: VT, HTQT.':<51}(đã ký)",
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
        prefix="xr",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
