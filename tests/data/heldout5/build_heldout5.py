"""Build the fifth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout5/build_heldout5.py [--check]

Five short documents written after the rules were tuned on the seeds, tests/data/probe and
tests/data/heldout, heldout2, heldout3 and heldout4, on topics those sets do not use (Vietnam -
Malaysia 1973-2024, foreign affairs in H1 2019, the Philippine President's state visit of January
2024, the 40th anniversary of Vietnam - Thailand relations in 2016, Vietnam and the WHO). Nothing in
src/ was changed for them: they measure, they are not for tuning. The renderers differ from the
earlier sets' on purpose (a 62-column wrap whose running header carries "số 2/2025", a page number
indented at the foot; a Word export with a tab before each paragraph; a news page whose date is
written "30-01-2024" and whose lead sits in <p><em>; a decision whose issuer, motto and title are
centred with leading spaces, with "1./2./3." sections inside "Điều 1."; lecture notes wrapped at 100
columns with a heading glued to its paragraph). Facts are well-established dates; authors, the
journal's name, page numbers and the decision's number are invented. Events, citations and
questions gold are written by hand; ``--check`` verifies that every gold evidence, quote and
citation occurs in the documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import build_and_check, paged_journal, wrap  # noqa: E402

LA_MALAYSIA = {
    "id": "la",
    "shape": "journal",
    "header": "Diễn đàn Nghiên cứu Quốc tế, số 2/2025",
    "first_page": 41,
    "break_after": 16,
    "blocks": [
        (
            "title",
            "QUAN HỆ VIỆT NAM – MALAYSIA: TỪ ĐỐI TÁC CHIẾN LƯỢC ĐẾN ĐỐI TÁC CHIẾN LƯỢC TOÀN DIỆN",
        ),
        ("author", "Lưu Minh Châu"),
        ("affiliation", "Viện Nghiên cứu Đông Nam Á"),
        (
            "abstract",
            "Bài viết điểm lại quan hệ Việt Nam – Malaysia từ khi hai nước thiết lập quan hệ ngoại giao năm 1973 và nêu triển vọng của khuôn khổ quan hệ mới.",
            "vi",
        ),
        ("keywords", "Việt Nam; Malaysia; ASEAN; Biển Đông; đối tác chiến lược toàn diện.", "vi"),
        ("heading", "1. Khái quát", 1),
        (
            "paragraph",
            "Việt Nam và Malaysia thiết lập quan hệ ngoại giao ngày 30/3/1973. Malaysia là một trong năm nước sáng lập ASEAN năm 1967, cùng với In-đô-nê-xi-a, Phi-líp-pin, Xinh-ga-po và Thái Lan. Trịnh Văn Khoa (2019, tr. 33) nhận định sự ủng hộ của Malaysia đối với việc Việt Nam gia nhập Hiệp hội là “một điểm tựa quan trọng trong những năm đầu hội nhập khu vực”. Tháng 8/2015, hai nước thiết lập quan hệ Đối tác chiến lược.",
        ),
        ("heading", "2. Hợp tác về biển và đa phương", 1),
        (
            "paragraph",
            "Tháng 5/2009, Việt Nam và Malaysia cùng nộp Báo cáo chung về ranh giới ngoài thềm lục địa ở khu vực phía Nam Biển Đông lên Ủy ban Ranh giới thềm lục địa của Liên Hợp Quốc. Đó là “một mô hình hợp tác giữa các nước ven biển trên cơ sở Công ước Luật Biển năm 1982” (Nguyễn Thị Hải Yến, 2021, tr. 58).",
        ),
        (
            "paragraph",
            "Với sự ủng hộ của các nước ASEAN, trong đó có Việt Nam, ngày 16/10/2014 Malaysia trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc nhiệm kỳ 2015 – 2016 với 187/192 phiếu. Hai bên luôn ủng hộ lẫn nhau tại các diễn đàn khu vực (Đặng Quốc Bảo, 2020, tr. 112).",
        ),
        ("heading", "3. Khuôn khổ mới và triển vọng", 1),
        (
            "paragraph",
            "Hai nước cùng tham gia CPTPP và RCEP nhưng vẫn chưa ký hiệp định thương mại tự do song phương. Tháng 11/2024, nhân chuyến thăm chính thức Malaysia của Tổng Bí thư Tô Lâm, hai bên nâng quan hệ lên Đối tác chiến lược toàn diện, khuôn khổ được coi là “nền tảng chính trị cho giai đoạn phát triển mới” (Nguyễn Thị Hải Yến, 2025, tr. 14). Hai bên dự kiến mở rộng hợp tác trong kinh tế số, bán dẫn và công nghiệp Halal.",
        ),
    ],
}

LB_REPORT = {
    "id": "lb",
    "shape": "word",
    "blocks": [
        (
            "title",
            "BÁO CÁO KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI 6 THÁNG ĐẦU NĂM 2019 VÀ NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2019",
        ),
        ("heading", "I. KẾT QUẢ NỔI BẬT", 1),
        (
            "paragraph",
            "Sáu tháng đầu năm 2019, công tác đối ngoại được triển khai chủ động, đồng bộ, góp phần giữ vững môi trường hòa bình và nâng cao vị thế của đất nước.",
        ),
        (
            "list_item",
            "+ Ta đăng cai thành công Hội nghị thượng đỉnh Hoa Kỳ – Triều Tiên lần thứ hai tại Hà Nội ngày 27 – 28/2/2019. Hội nghị kết thúc sớm hơn dự kiến và hai bên không ký được văn kiện chung.",
        ),
        (
            "list_item",
            "+ Ngay sau đó, Chủ tịch Triều Tiên Kim Jong-un thăm hữu nghị chính thức Việt Nam từ ngày 1 đến 2/3/2019, chuyến thăm đầu tiên của lãnh đạo cao nhất Triều Tiên sau 55 năm. Phía bạn bày tỏ mong muốn củng cố quan hệ hữu nghị truyền thống giữa hai Đảng, hai nước.",
        ),
        (
            "list_item",
            "+ Ngày 14/6/2019, Quốc hội thông qua Nghị quyết phê chuẩn việc Việt Nam gia nhập Công ước số 98 của Tổ chức Lao động Quốc tế (ILO) về quyền tổ chức và thương lượng tập thể.",
        ),
        ("heading", "II. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2019", 1),
        (
            "list_item",
            "- Chuẩn bị chu đáo để đảm nhận vai trò Chủ tịch ASEAN năm 2020, trong đó có việc tiếp nhận cương vị Chủ tịch tại Hội nghị Cấp cao ASEAN lần thứ 35 ở Thái Lan.",
        ),
        (
            "list_item",
            "- Tiếp tục củng cố quan hệ hữu nghị truyền thống với Lào, Campuchia và Cu-ba; làm sâu sắc hơn quan hệ với các đối tác chiến lược, đối tác toàn diện.",
        ),
        ("source", "(Nguồn: Tổng hợp từ báo cáo của các đơn vị)"),
    ],
}

LC_NEWS = {
    "id": "lc",
    "shape": "news",
    "stamp": "Cập nhật: 18:40 ngày 30-01-2024",
    "blocks": [
        ("title", "Việt Nam và Philippines ký văn kiện hợp tác về gạo và phòng ngừa sự cố trên biển"),
        (
            "paragraph",
            "Hà Nội – Ngày 30/1, Chủ tịch nước Võ Văn Thưởng đã chủ trì lễ đón chính thức và hội đàm với Tổng thống Philippines Ferdinand Romualdez Marcos Jr., người đang thăm cấp Nhà nước Việt Nam từ ngày 29 đến 30/1/2024.",
        ),
        (
            "paragraph",
            "Sau hội đàm, hai nhà lãnh đạo chứng kiến lễ ký Bản ghi nhớ về hợp tác thương mại gạo và Bản ghi nhớ về phòng ngừa và quản lý sự cố trên Biển Đông, cùng một số văn kiện hợp tác khác.",
        ),
        (
            "paragraph",
            "Việt Nam và Philippines thiết lập quan hệ ngoại giao ngày 12/7/1976 và trở thành Đối tác chiến lược từ tháng 11/2015. Việt Nam hiện là nhà cung cấp gạo lớn nhất cho thị trường Philippines.",
        ),
        (
            "paragraph",
            "Phát biểu tại hội đàm, Tổng thống Marcos Jr. nhấn mạnh Việt Nam là đối tác chiến lược duy nhất của Philippines trong ASEAN và hợp tác biển là trụ cột của quan hệ hai nước.",
        ),
        (
            "paragraph",
            "Theo chương trình, trong chuyến thăm, Tổng thống Philippines sẽ hội kiến Thủ tướng Phạm Minh Chính và Chủ tịch Quốc hội Vương Đình Huệ.",
        ),
    ],
}

LD_DECISION = {
    "id": "ld",
    "shape": "party",
    "head": [
        "                BỘ NGOẠI GIAO",
        "                   --------",
        "              Số: 86/QĐ-BNG",
        "",
        "       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "            Độc lập - Tự do - Hạnh phúc",
        "                ---------------",
        "       Hà Nội, ngày 18 tháng 01 năm 2016",
    ],
    "title_lines": [
        "                   QUYẾT ĐỊNH",
        "Phê duyệt Kế hoạch tổ chức các hoạt động kỷ niệm 40 năm Ngày thiết lập quan hệ ngoại giao Việt Nam – Thái Lan (6/8/1976 – 6/8/2016)",
    ],
    # preamble lines rendered but not gold, see README
    "preamble": [
        "           BỘ TRƯỞNG BỘ NGOẠI GIAO",
        "",
        "Căn cứ Nghị định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Ngoại giao;",
        "Xét đề nghị của Vụ trưởng Vụ Đông Nam Á – Nam Á – Nam Thái Bình Dương,",
        "",
        "                   QUYẾT ĐỊNH:",
    ],
    "tail": [
        "Nơi nhận:",
        "- Như Điều 3;",
        "- Lưu: VT, ĐNA.",
        "",
        "                         BỘ TRƯỞNG",
        "                         (Đã ký)",
    ],
    "blocks": [
        (
            "title",
            "QUYẾT ĐỊNH Phê duyệt Kế hoạch tổ chức các hoạt động kỷ niệm 40 năm Ngày thiết lập quan hệ ngoại giao Việt Nam – Thái Lan (6/8/1976 – 6/8/2016)",
        ),
        ("list_item", "Điều 1. Phê duyệt Kế hoạch với các nội dung chính sau đây:"),
        ("heading", "1. Mục đích, ý nghĩa", 1),
        (
            "paragraph",
            "Việt Nam và Thái Lan thiết lập quan hệ ngoại giao ngày 6/8/1976. Tháng 6/2013, nhân chuyến thăm chính thức Thái Lan của Tổng Bí thư Nguyễn Phú Trọng, hai nước thiết lập quan hệ Đối tác chiến lược. Thái Lan hiện là đối tác thương mại lớn nhất của Việt Nam trong ASEAN. Các hoạt động kỷ niệm nhằm củng cố tin cậy chính trị và tăng cường hiểu biết giữa nhân dân hai nước.",
        ),
        ("heading", "2. Các hoạt động chính", 1),
        (
            "list_item",
            "a) Dự kiến tổ chức chuyến thăm Thái Lan của Lãnh đạo cấp cao Việt Nam trong năm 2016.",
        ),
        (
            "list_item",
            "b) Lãnh đạo hai nước trao đổi điện mừng vào ngày 6/8/2016; báo chí hai nước phối hợp đăng bài về quan hệ Việt Nam – Thái Lan.",
        ),
        (
            "list_item",
            "c) Phối hợp với Đại sứ quán Thái Lan tại Hà Nội tổ chức hội thảo khoa học và tuần lễ văn hóa; không tổ chức lễ mít tinh quy mô lớn.",
        ),
        ("heading", "3. Tổ chức thực hiện", 1),
        (
            "paragraph",
            "Vụ Đông Nam Á – Nam Á – Nam Thái Bình Dương chủ trì, phối hợp với Đại sứ quán Việt Nam tại Thái Lan triển khai Kế hoạch; đề nghị phía bạn cử đại diện tham dự các hoạt động tổ chức tại Việt Nam.",
        ),
        ("list_item", "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."),
        (
            "list_item",
            "Điều 3. Chánh Văn phòng Bộ và Thủ trưởng các đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.",
        ),
    ],
}

LE_NOTES = {
    "id": "le",
    "shape": "textbook",
    "blocks": [
        ("title", "VIỆT NAM VÀ TỔ CHỨC Y TẾ THẾ GIỚI"),
        (
            "paragraph",
            "Y tế là một lĩnh vực hợp tác ngày càng quan trọng trong đối ngoại đa phương của Việt Nam. Tổ chức Y tế Thế giới (WHO) có Văn phòng Đại diện tại Hà Nội và từ nhiều năm nay thường xuyên hỗ trợ ngành y tế nước ta về chuyên môn kỹ thuật, xây dựng chính sách và đào tạo cán bộ.",
        ),
        ("heading", "Hợp tác phòng chống dịch SARS", 1),
        (
            "paragraph",
            "Cuối tháng 2/2003, dịch viêm đường hô hấp cấp (SARS) xuất hiện tại Hà Nội. Bác sĩ Carlo Urbani, chuyên gia của WHO, là người đầu tiên cảnh báo về căn bệnh mới này. Việt Nam không che giấu thông tin mà công khai số ca bệnh và phối hợp chặt chẽ với các chuyên gia của tổ chức này để cách ly người bệnh. Ngày 28/4/2003, WHO công nhận Việt Nam là quốc gia đầu tiên khống chế thành công dịch SARS.",
        ),
        ("heading", "Ứng phó với đại dịch Covid-19", 1),
        (
            "paragraph",
            "Năm 2020, trên cương vị Chủ tịch ASEAN, Việt Nam chủ trì Hội nghị Cấp cao đặc biệt ASEAN về ứng phó với dịch Covid-19, họp trực tuyến ngày 14/4/2020. Các nhà lãnh đạo nhất trí thành lập Quỹ ASEAN ứng phó Covid-19. Cùng năm, Việt Nam trao tặng khẩu trang và vật tư y tế cho Lào, Campuchia và nhiều nước châu Âu.",
        ),
        (
            "paragraph",
            "Năm 2021, khi dịch bùng phát mạnh trong nước, Nhật Bản, Hoa Kỳ và nhiều đối tác khác đã trao tặng Việt Nam hàng triệu liều vắc-xin, một phần qua Cơ chế COVAX do WHO cùng các đối tác điều phối.",
        ),
        ("heading", "Định hướng hợp tác", 1),
        (
            "paragraph",
            "Trong giai đoạn tới, Việt Nam sẽ tiếp tục phối hợp với WHO trong phòng chống bệnh không lây nhiễm, ứng phó với các dịch bệnh mới nổi và nâng cao năng lực y tế cơ sở.",
        ),
    ],
}

DOCS = [LA_MALAYSIA, LB_REPORT, LC_NEWS, LD_DECISION, LE_NOTES]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """PDF text layer: no header on the first page; title in 50-column lines, "Tóm tắt:"/"Từ khóa:"
    wrapped at 96, body wrapped at 62 columns; after ``break_after`` body lines (inside a paragraph,
    mid-sentence) the page number indented at the foot, a form feed and the running header
    "journal, số N/YYYY"; the last page ends with its number."""
    return paged_journal(doc, 50, 96, 62, indent=30, blank_after_heading=False)


def render_word(doc: dict) -> str:
    """Word "Save as plain text": a tab before each paragraph's first line, every line followed by
    an empty line, paragraphs wrapped at 80 columns, the title at 66; headings and items unindented."""
    out: list[str] = []
    for b in doc["blocks"]:
        lines = wrap(b[1], 80 if b[0] != "title" else 66)
        if b[0] == "paragraph":
            lines[0] = "\t" + lines[0]
        out += lines
    return "".join(ln + "\n\n" for ln in out)


def render_news(doc: dict) -> str:
    """A news page saved as HTML: top bar, menu, <h1>, a "Cập nhật: HH:MM ngày DD-MM-YYYY" line, the
    lead in <p><em>, body paragraphs, an editor's note, tags, a "most read" box, footer."""
    blocks = doc["blocks"]
    lead, rest = blocks[1], blocks[2:]
    body = "\n".join(f"<p>{b[1]}</p>" for b in rest)
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{blocks[0][1]} | Tin Đối ngoại</title>\n"
        "</head>\n<body>\n"
        '<div class="topbar">Thứ Ba, 30/01/2024 | Đường dây nóng: 0000 000 000</div>\n'
        '<nav><a href="/">Trang chủ</a> | <a href="/thoi-su">Thời sự</a> | <a href="/the-gioi">Thế giới</a>'
        ' | <a href="/kinh-te">Kinh tế</a></nav>\n'
        '<main>\n<div class="article">\n'
        f"<h1>{blocks[0][1]}</h1>\n"
        f'<p class="meta">{doc["stamp"]}</p>\n'
        f"<p><em>{lead[1]}</em></p>\n"
        f"{body}\n"
        '<p class="author"><strong>Thu Hà</strong></p>\n'
        '<div class="tags">Tags: <a href="/tag/philippines">Philippines</a> <a href="/tag/gao">gạo</a></div>\n'
        "</div>\n"
        '<aside class="most-read"><h3>Đọc nhiều</h3><ul><li><a href="/x1">Giá vàng hôm nay</a></li>'
        '<li><a href="/x2">Thời tiết dịp Tết</a></li></ul></aside>\n'
        "</main>\n<footer><p>Tin Đối ngoại - Cơ quan chủ quản: Công ty Truyền thông. Ghi rõ nguồn khi "
        "phát hành lại.</p></footer>\n</body>\n</html>\n"
    )


def render_party(doc: dict) -> str:
    """A decision copied from a PDF: the issuer, number, motto and dateline centred with leading
    spaces, a two-line title, the preamble, one block a line, the "Nơi nhận" tail."""
    out = [*doc["head"], "", *doc["title_lines"], "", *doc["preamble"], ""]
    for b in doc["blocks"]:
        if b[0] != "title":
            out.append(b[1])
    out += ["", *doc["tail"]]
    return "\n".join(out) + "\n"


def render_textbook(doc: dict) -> str:
    """Lecture notes: the title, a blank line; paragraphs hard-wrapped at 100 columns with a blank
    line between them; each heading after a blank line, its paragraph on the next line (no blank)."""
    out: list[str] = []
    prev = ""
    for b in doc["blocks"]:
        if b[0] == "title":
            out += [b[1], ""]
        elif b[0] == "heading":
            if out and out[-1] != "":
                out.append("")
            out.append(b[1])
        else:
            if prev == "paragraph":
                out.append("")
            out += wrap(b[1], 100)
        prev = b[0]
    return "\n".join(out) + "\n"


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "news": render_news,
            "party": render_party,
            "textbook": render_textbook,
            "word": render_word,
        },
        prefix="l",
    )


if __name__ == "__main__":
    sys.exit(main())
