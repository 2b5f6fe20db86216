"""Build the three hundred forty-sixth held-out set (a working set: every document in a new shape) and its
structure gold from one source of truth.

    .venv/bin/python tests/data/heldout346/build_heldout346.py [--check]

Five short documents on Vietnam with France, Germany, the United Kingdom and Italy, each in a new shape:

* hga DOCX: a (fictitious) provincial foreign-affairs department's year-end report for 2024 as a real Word file
  (python-docx: issuer table, Heading 1/2, runs, List Number / List Bullet, a delegations table, header/footer,
  a manual page break, "Nơi nhận:");
* hgb PDF: a journal article as a real PDF (fpdf2, DejaVu fonts, two justified columns, running header, page
  numbers, footnotes, three author–year citations, references);
* hgc ICS: a (fictitious) city's foreign-affairs calendar for March 2025 exported as iCalendar;
* hgd RSS: a (fictitious) news site's RSS 2.0 feed on Vietnam and Europe, three items with content:encoded;
* hge ODT: a (fictitious) provincial plan for 2026 saved as a LibreOffice Writer .odt (zipfile, fixed times).

Facts are well-established; authors, document numbers, senders, the journal, cited authors, the local bodies'
activities and every calendar entry are invented (see README.md). Gold is written by hand from the text a reader
reads; ``--check`` verifies it against the files (python-docx, pdfminer, the parsed ICS / RSS / ODT).
"""

from __future__ import annotations

import datetime as dt
import html
import io
import json
import re
import sys
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import _words_in_order, check_gold, gold_structure, norm  # noqa: E402

PREFIX = "hg"
FIXED = dt.datetime(2024, 12, 16, 8, 30, 0)  # the report's date
ZIP_TIME = (2024, 12, 16, 8, 30, 0)  # the .docx entries
ODT_TIME = (2025, 12, 20, 15, 40, 0)  # the .odt entries (meta.xml's dc:date)

# ====================================================================== hga: DOCX (python-docx)
# items: ("p", runs) runs = [(text, fmt)] fmt "" / "b" / "i"; ("h1"/"h2", text); ("num"/"bullet", runs);
# ("table", header, rows) a cell a str or a list of paragraphs; ("break",)
HGA_ITEMS = [
    (
        "p",
        [
            (
                "Thực hiện Chương trình đối ngoại năm 2024 của Ủy ban nhân dân tỉnh, Sở Ngoại vụ báo cáo kết quả quan hệ của tỉnh với các đối tác Pháp, Đức, Vương quốc Anh và I-ta-li-a như sau:",
                "",
            )
        ],
    ),
    ("h1", "I. KẾT QUẢ ĐẠT ĐƯỢC"),
    ("h2", "1. Công tác đón và cử đoàn"),
    (
        "p",
        [
            (
                "Năm 2024, tỉnh đón 11 đoàn khách từ bốn nước và cử 2 đoàn đi công tác châu Âu. Tháng 10/2024, quan hệ Việt Nam – Pháp được nâng lên ",
                "",
            ),
            ("Đối tác chiến lược toàn diện", "i"),
            (" trong chuyến thăm chính thức Pháp của ", ""),
            ("Tổng Bí thư, Chủ tịch nước Tô Lâm", "b"),
            (
                "; Sở đã tham mưu Ủy ban nhân dân tỉnh xây dựng chương trình hợp tác với các địa phương của Pháp trong giai đoạn mới. Các đoàn tiêu biểu được nêu tại bảng dưới đây.",
                "",
            ),
        ],
    ),
    (
        "table",
        ["STT", "Thời gian", "Đoàn", "Nội dung chính"],
        [
            [
                "1",
                "15/3/2024",
                "Đại sứ I-ta-li-a tại Việt Nam",
                "Chào xã giao lãnh đạo tỉnh; trao đổi về hợp tác bảo tồn di sản tại Hội An.",
            ],
            [
                "2",
                "22/4/2024",
                "Đoàn doanh nghiệp Đức do Phòng Thương mại và Công nghiệp Đức tại Việt Nam dẫn đầu",
                "Khảo sát cơ hội đầu tư tại Khu kinh tế mở Chu Lai.",
            ],
            [
                "3",
                "10/6/2024",
                "Tổng Lãnh sự Anh tại Thành phố Hồ Chí Minh",
                ["Trao đổi về việc tận dụng Hiệp định UKVFTA.", "Thăm Trường Đại học Quảng Nam."],
            ],
            [
                "4",
                "16 – 22/9/2024",
                "Đoàn công tác của tỉnh do Phó Chủ tịch UBND tỉnh Lê Văn Dũng dẫn đầu",
                "Thăm và làm việc tại Pháp và I-ta-li-a; ký biên bản ghi nhớ hợp tác với một hiệp hội doanh nghiệp dệt may của I-ta-li-a.",
            ],
            [
                "5",
                "5/11/2024",
                "Đoàn Tổ chức Hợp tác Quốc tế Đức (GIZ)",
                "Tổng kết dự án hỗ trợ đào tạo nghề du lịch tại tỉnh.",
            ],
            ["6", "28/11/2024", "Đại sứ Pháp tại Việt Nam", "Dự khai mạc Tuần lễ văn hóa Pháp tại Hội An."],
        ],
    ),
    ("h2", "2. Hợp tác phát triển, giáo dục và văn hóa"),
    (
        "p",
        [
            (
                "Các đối tác châu Âu tiếp tục hỗ trợ tỉnh qua nguồn vốn ODA và viện trợ phi chính phủ, tập trung vào ba lĩnh vực:",
                "",
            )
        ],
    ),
    (
        "num",
        [
            ("Cơ quan Phát triển Pháp (AFD)", "b"),
            (" giải ngân thêm vốn vay ODA cho dự án cấp nước và thoát nước đô thị Tam Kỳ.", ""),
        ],
    ),
    (
        "num",
        [
            (
                "Trường Đại học Quảng Nam ký thỏa thuận liên kết đào tạo với một trường đại học của Đức; 12 sinh viên của tỉnh nhận học bổng ",
                "",
            ),
            ("DAAD", "i"),
            (" sang Đức học tập.", ""),
        ],
    ),
    (
        "num",
        [
            ("Hội đồng Anh", "b"),
            (" phối hợp tổ chức khóa bồi dưỡng tiếng Anh cho 60 giáo viên trung học của tỉnh.", ""),
        ],
    ),
    (
        "p",
        [
            (
                "Chuyến thăm Vương quốc Anh của đoàn công tác tỉnh dự kiến vào tháng 10/2024 chưa thực hiện được do thay đổi lịch làm việc của phía bạn.",
                "",
            )
        ],
    ),
    ("break",),
    ("h1", "II. PHƯƠNG HƯỚNG NĂM 2025"),
    ("p", [("Năm 2025, Sở Ngoại vụ tập trung thực hiện các nhiệm vụ sau:", "")]),
    (
        "bullet",
        [
            (
                "Tham mưu tổ chức Hội nghị xúc tiến đầu tư châu Âu tại Tam Kỳ trong quý II/2025, mời các cơ quan thương mại của Pháp, Đức, Anh và I-ta-li-a tham dự.",
                "",
            )
        ],
    ),
    (
        "bullet",
        [
            ("Phối hợp tuyên truyền về Hiệp định ", ""),
            ("EVFTA", "i"),
            (" và Hiệp định ", ""),
            ("UKVFTA", "i"),
            (" cho doanh nghiệp của tỉnh.", ""),
        ],
    ),
    ("bullet", [("Đề xuất ký thỏa thuận hợp tác hữu nghị với một địa phương của I-ta-li-a.", "")]),
    ("bullet", [("Tổ chức đoàn của tỉnh thăm Đức và Vương quốc Anh trong quý III/2025.", "")]),
    ("p", [("Trên đây là báo cáo kết quả công tác đối ngoại năm 2024 của Sở Ngoại vụ./.", "")]),
]


def _runs_text(runs: list[tuple[str, str]]) -> str:
    return "".join(t for t, _ in runs)


def _cell_text(cell) -> str:
    return cell if isinstance(cell, str) else " ".join(cell)


def docx_blocks(items: list[tuple], title: str) -> list[tuple]:
    blocks: list[tuple] = [("title", title)]
    for it in items:
        if it[0] == "p":
            blocks.append(("paragraph", _runs_text(it[1])))
        elif it[0] in ("h1", "h2"):
            blocks.append(("heading", it[1], 1 if it[0] == "h1" else 2))
        elif it[0] in ("num", "bullet"):
            blocks.append(("list_item", _runs_text(it[1])))
        elif it[0] == "table":
            for row in [it[1], *it[2]]:
                blocks.append(("list_item", " | ".join(_cell_text(c) for c in row)))
    return blocks


HGA = {
    "id": "hga",
    "shape": "report",
    "ext": "docx",
    "issuer": (
        ["UBND TỈNH QUẢNG NAM", "SỞ NGOẠI VỤ", "Số: 125/BC-SNgV"],
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Quảng Nam, ngày 16 tháng 12 năm 2024",
        ],
    ),
    "title_lines": [
        "BÁO CÁO",
        "Kết quả công tác đối ngoại với Pháp, Đức, Vương quốc Anh và I-ta-li-a năm 2024",
    ],
    "page_header": "Báo cáo công tác đối ngoại năm 2024",
    "page_footer": "Sở Ngoại vụ tỉnh Quảng Nam",
    "recipients": ["Nơi nhận:", "- UBND tỉnh (để b/c);", "- Bộ Ngoại giao (để b/c);", "- Lưu: VT, HTQT."],
    "signature": ["GIÁM ĐỐC", "(Đã ký)", "Trần Thị Hoài Thu"],
    "items": HGA_ITEMS,
}
HGA["blocks"] = docx_blocks(HGA_ITEMS, " ".join(HGA["title_lines"]))


def _fix_zip(data: bytes) -> bytes:
    """The same entries with a fixed time stamp, so a rebuild gives the same file."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def render_docx(doc: dict) -> tuple[bytes, list[str]]:
    """A report saved by Word: the issuer block as a borderless two-column table, the centred bold title lines,
    Heading 1/2, body paragraphs with mixed runs, List Number / List Bullet, the delegations table (header
    row), a page header and footer, a manual page break, the "Nơi nhận:" and signature block at the end."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = Document()
    cp = d.core_properties
    cp.title = " ".join(doc["title_lines"])
    cp.author = "Sở Ngoại vụ tỉnh Quảng Nam"
    cp.last_modified_by = "Trần Thị Hoài Thu"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 3
    sec = d.sections[0]
    sec.header.paragraphs[0].text = doc["page_header"]
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    sec.footer.paragraphs[0].text = doc["page_footer"]
    sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

    def two_cols(left: list[str], right: list[str], bold_first: bool = True) -> None:
        t = d.add_table(rows=1, cols=2)
        for cell, lines in zip(t.rows[0].cells, (left, right), strict=False):
            cell.paragraphs[0].text = ""
            for i, ln in enumerate(lines):
                p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                r = p.add_run(ln)
                r.bold = bold_first and i < 2
                if ln.startswith(("Quảng Nam, ngày", "(Đã ký)")):
                    r.italic = True

    two_cols(*doc["issuer"])
    for i, ln in enumerate(doc["title_lines"]):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(ln)
        r.bold = True
        r.font.size = Pt(14 if i == 0 else 13)
    for it in doc["items"]:
        kind = it[0]
        if kind in ("h1", "h2"):
            d.add_heading(it[1], level=1 if kind == "h1" else 2)
        elif kind in ("p", "num", "bullet"):
            style = {"p": None, "num": "List Number", "bullet": "List Bullet"}[kind]
            p = d.add_paragraph(style=style)
            if kind == "p":
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            for text, fmt in it[1]:
                r = p.add_run(text)
                r.bold = fmt == "b" or None
                r.italic = fmt == "i" or None
        elif kind == "table":
            header, rows = it[1], it[2]
            t = d.add_table(rows=1 + len(rows), cols=len(header))
            t.style = "Table Grid"
            for j, h in enumerate(header):
                c = t.rows[0].cells[j]
                c.paragraphs[0].add_run(h).bold = True
            for i, row in enumerate(rows, start=1):
                for j, cell in enumerate(row):
                    paras = [cell] if isinstance(cell, str) else cell
                    c = t.rows[i].cells[j]
                    c.paragraphs[0].add_run(paras[0])
                    for extra in paras[1:]:
                        c.add_paragraph(extra)
        elif kind == "break":
            d.add_page_break()
    two_cols(doc["recipients"], doc["signature"], bold_first=False)
    buf = io.BytesIO()
    d.save(buf)
    return _fix_zip(buf.getvalue()), [doc["page_header"], doc["page_footer"]]


def docx_reading(data: bytes) -> str:
    """What Word shows: every body paragraph (runs joined) and every table row, cells joined by " | " (a cell's
    paragraphs by a space), in document order."""
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    d = Document(io.BytesIO(data))
    out = []
    for el in d.element.body.iterchildren():
        tag = el.tag.rsplit("}", 1)[1]
        if tag == "p":
            out.append(Paragraph(el, d).text)
        elif tag == "tbl":
            for row in Table(el, d).rows:
                out.append(" | ".join(" ".join(p.text for p in c.paragraphs) for c in row.cells))
    return norm("\n".join(out))


# ====================================================================== hgb: PDF (fpdf2, two columns)
HGB = {
    "id": "hgb",
    "shape": "article",
    "ext": "pdf",
    "journal_line": "Tạp chí Nghiên cứu Quốc tế và Phát triển, Tập 9, Số 2 (2025), tr. 41–42",
    "header": "NGHIÊN CỨU QUỐC TẾ VÀ PHÁT TRIỂN – Tập 9, Số 2 (2025)",
    "first_page": 41,
    "marks": {"ngày 23/9/1975.": "ngày 23/9/1975¹.", "quan hệ song phương. Đức": "quan hệ song phương². Đức"},
    "blocks": [
        ("title", "ĐỐI TÁC CHIẾN LƯỢC CỦA VIỆT NAM Ở TÂY ÂU: TRƯỜNG HỢP VƯƠNG QUỐC ANH, ĐỨC VÀ I-TA-LI-A"),
        ("author", "Phan Thị Minh Thư"),
        ("affiliation", "Khoa Chính trị quốc tế, Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết khái quát quá trình xác lập quan hệ đối tác chiến lược giữa Việt Nam với Vương quốc Anh, Đức và I-ta-li-a, đồng thời đánh giá tác động của các hiệp định thương mại tự do EVFTA và UKVFTA đối với quan hệ song phương.",
            "vi",
        ),
        ("keywords", "đối tác chiến lược; Vương quốc Anh; Đức; I-ta-li-a; EVFTA; UKVFTA", "vi"),
        ("heading", "1. Mở đầu", 1),
        (
            "paragraph",
            "Trong số các nước Tây Âu, Vương quốc Anh, Đức và I-ta-li-a là những đối tác sớm xác lập khuôn khổ đối tác chiến lược với Việt Nam. Việt Nam thiết lập quan hệ ngoại giao với I-ta-li-a ngày 23/3/1973, với Vương quốc Anh ngày 11/9/1973 và với Cộng hòa Liên bang Đức ngày 23/9/1975. Các mốc này gắn với bối cảnh quốc tế mới sau khi Hiệp định Pa-ri về Việt Nam được ký kết năm 1973 (Nguyễn Đức Lâm, 2016, tr. 52).",
        ),
        (
            "paragraph",
            "Sau gần hai thập kỷ quan hệ còn hạn chế, từ những năm 1990 các chuyến thăm cấp cao giữa Việt Nam và ba nước diễn ra ngày càng thường xuyên, tạo nền tảng cho việc nâng cấp quan hệ trong thập niên thứ hai của thế kỷ XXI.",
        ),
        ("heading", "2. Xác lập quan hệ đối tác chiến lược", 1),
        (
            "paragraph",
            "Năm 2010, nhân chuyến thăm Vương quốc Anh của Thủ tướng Nguyễn Tấn Dũng, hai nước ký Tuyên bố chung thiết lập quan hệ đối tác chiến lược. Tháng 10/2011, Thủ tướng Cộng hòa Liên bang Đức An-gê-la Méc-ken thăm chính thức Việt Nam; hai bên ra Tuyên bố chung Hà Nội, xác lập quan hệ đối tác chiến lược Việt Nam – Đức. Với I-ta-li-a, khuôn khổ đối tác chiến lược được xác lập năm 2013, cùng năm với Pháp. Một nhà nghiên cứu gọi ba nước này là “những cánh cửa mở ra châu Âu cho hàng hóa Việt Nam” (Trần Hoài Phương, 2019, tr. 88).",
        ),
        ("heading", "3. Thương mại và hợp tác phát triển", 1),
        (
            "paragraph",
            "Hiệp định Thương mại tự do giữa Việt Nam và Liên minh châu Âu (EVFTA) được ký ngày 30/6/2019 tại Hà Nội và có hiệu lực từ ngày 1/8/2020. Sau khi Vương quốc Anh rời EU, hai nước ký Hiệp định Thương mại tự do Việt Nam – Vương quốc Anh (UKVFTA) ngày 29/12/2020, bảo đảm duy trì các ưu đãi của EVFTA trong quan hệ song phương. Đức và Pháp cũng là những nhà tài trợ ODA quan trọng của Việt Nam, tập trung vào năng lượng, giao thông đô thị và đào tạo nghề (Lê Quang Huy, 2022).",
        ),
        (
            "paragraph",
            "Trong lĩnh vực giáo dục, Trường Đại học Việt – Đức, thành lập năm 2008, là biểu tượng của hợp tác đào tạo giữa hai nước. Hằng năm, hàng nghìn sinh viên Việt Nam theo học tại các trường đại học của Anh, Đức, Pháp và I-ta-li-a, trở thành cầu nối quan trọng cho quan hệ nhân dân.",
        ),
        ("heading", "4. Kết luận", 1),
        (
            "paragraph",
            "Hiệp định Bảo hộ đầu tư giữa Việt Nam và EU (EVIPA), ký cùng ngày với EVFTA, đến nay vẫn chưa có hiệu lực do chưa được tất cả các nước thành viên EU phê chuẩn. Trong khi đó, việc Vương quốc Anh ký Nghị định thư gia nhập Hiệp định CPTPP vào tháng 7/2023 đã mở thêm một khuôn khổ liên kết kinh tế giữa hai nước. Việc thực thi hiệu quả các hiệp định thương mại tự do và duy trì trao đổi đoàn cấp cao sẽ tiếp tục là động lực chính cho quan hệ giữa Việt Nam với ba đối tác này trong thời gian tới.",
        ),
        ("heading", "Tài liệu tham khảo", 1),
        (
            "reference",
            "Lê Quang Huy (2022), Hợp tác phát triển Việt Nam – châu Âu, Nxb. Chính trị quốc gia Sự thật, Hà Nội.",
        ),
        (
            "reference",
            "Nguyễn Đức Lâm (2016), Ngoại giao Việt Nam sau Hiệp định Pa-ri, Nxb. Thế giới, Hà Nội.",
        ),
        (
            "reference",
            "Trần Hoài Phương (2019), Quan hệ Việt Nam – Tây Âu thời kỳ đổi mới, Nxb. Khoa học xã hội, Hà Nội.",
        ),
        (
            "footnote",
            "Quan hệ giữa Việt Nam Dân chủ Cộng hòa và Cộng hòa Dân chủ Đức đã được thiết lập từ những năm 1950.",
        ),
        ("footnote", "UKVFTA được áp dụng tạm thời từ ngày 1/1/2021."),
    ],
}

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def render_pdf(doc: dict) -> tuple[bytes, list[str]]:
    """A journal article as a PDF: page one with the journal line, title, author, affiliation, "Tóm tắt:" and
    "Từ khóa:" in one column, then the body in two justified columns (fpdf2 text_columns) running over a
    column and a page break; a running header after page one, the page number at each page's foot, the two
    footnotes in smaller type at the foot of page one, the references at the end."""
    from fpdf import FPDF

    notes = [b[1] for b in doc["blocks"] if b[0] == "footnote"]
    first = doc["first_page"]

    class Article(FPDF):
        def header(self) -> None:
            if self.page_no() > 1:
                self.set_font("DejaVu", "I", 8)
                self.cell(0, 5, doc["header"], align="C", new_x="LMARGIN", new_y="NEXT")
                self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
                self.ln(6)

        def footer(self) -> None:
            if self.page_no() == 1:
                self.set_y(-42)
                self.line(self.l_margin, self.get_y(), self.l_margin + 50, self.get_y())
                self.ln(2)
                self.set_font("DejaVu", "", 7.5)
                for mark, note in zip("¹²", notes, strict=False):
                    self.multi_cell(0, 3.8, f"{mark} {note}", new_x="LMARGIN", new_y="NEXT")
            self.set_y(-15)
            self.set_font("DejaVu", "", 9)
            self.cell(0, 6, str(first + self.page_no() - 1), align="C")

    pdf = Article(format="A4")
    pdf.set_creation_date(dt.datetime(2025, 6, 20, 9, 0, 0, tzinfo=dt.timezone.utc))
    pdf.set_title(doc["blocks"][0][1])
    pdf.set_author(doc["blocks"][1][1])
    pdf.add_font("DejaVu", "", FONT_DIR + "DejaVuSerif.ttf")
    pdf.add_font("DejaVu", "B", FONT_DIR + "DejaVuSerif-Bold.ttf")
    pdf.add_font("DejaVu", "I", FONT_DIR + "DejaVuSerif-Italic.ttf")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 44)
    pdf.add_page()
    pdf.set_font("DejaVu", "I", 8.5)
    pdf.cell(0, 5, doc["journal_line"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    body = []
    for b in doc["blocks"]:
        kind, text = b[0], b[1]
        if kind == "title":
            pdf.set_font("DejaVu", "B", 14)
            pdf.multi_cell(0, 7.5, text, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        elif kind == "author":
            pdf.set_font("DejaVu", "B", 11)
            pdf.cell(0, 6, text, align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "affiliation":
            pdf.set_font("DejaVu", "I", 10)
            pdf.cell(0, 6, text, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(5)
        elif kind in ("abstract", "keywords"):
            label = "Tóm tắt: " if kind == "abstract" else "Từ khóa: "
            pdf.set_x(28)
            pdf.set_font("DejaVu", "B", 9.5)
            pdf.write(5.2, label)
            pdf.set_font("DejaVu", "I", 9.5)
            pdf.set_right_margin(28)
            pdf.set_left_margin(28)
            pdf.write(5.2, text)
            pdf.set_left_margin(20)
            pdf.set_right_margin(20)
            pdf.ln(8)
        elif kind != "footnote":
            body.append(b)
    pdf.ln(2)
    with pdf.text_columns(ncols=2, gutter=7, text_align="J", line_height=1.25) as cols:
        for b in body:
            kind, text = b[0], b[1]
            if kind == "heading":
                pdf.set_font("DejaVu", "B", 10.5)
                with cols.paragraph(text_align="L", top_margin=3, bottom_margin=1.5) as par:
                    par.write(text)
            elif kind == "reference":
                pdf.set_font("DejaVu", "", 9)
                with cols.paragraph(text_align="L", bottom_margin=1.5) as par:
                    par.write(text)
            else:
                for plain, marked in doc["marks"].items():
                    text = text.replace(plain, marked)
                pdf.set_font("DejaVu", "", 10.5)
                with cols.paragraph(bottom_margin=2) as par:
                    par.write(text)
    removed = [doc["journal_line"], doc["header"], *(str(first + i) for i in range(pdf.page_no())), "¹", "²"]
    return bytes(pdf.output()), removed


def pdf_reading(data: bytes) -> str:
    from pdfminer.high_level import extract_text

    return norm(re.sub("[¹²]", "", extract_text(io.BytesIO(data))))


# ====================================================================== hgc: ICS (iCalendar)
HGC_EVENTS = [
    # (uid, start, end, all_day, summary, location, description lines, category, status)
    (
        "20250303-01",
        "20250303T090000",
        "20250303T100000",
        False,
        "Chủ tịch UBND thành phố tiếp Đại sứ Pháp",
        "Trung tâm Hành chính thành phố Đà Nẵng, 24 Trần Phú",
        [
            "Hai bên trao đổi về việc triển khai quan hệ Đối tác chiến lược toàn diện Việt Nam – Pháp, được xác lập tháng 10/2024, tại địa phương."
        ],
        "Tiếp khách quốc tế",
        "CONFIRMED",
    ),
    (
        "20250305-02",
        "20250305",
        "20250308",
        True,
        "Đoàn thành phố thăm và làm việc tại Đức",
        "Béc-lin; Mu-ních (Đức)",
        [
            "Đoàn do Phó Chủ tịch UBND thành phố Hồ Kỳ Minh dẫn đầu.",
            "Chương trình gồm xúc tiến đầu tư, gặp gỡ cộng đồng người Việt và làm việc với các cơ sở đào tạo nghề.",
        ],
        "Đoàn ra",
        "CONFIRMED",
    ),
    (
        "20250310-03",
        "20250310T140000",
        "20250310T153000",
        False,
        "Tiếp Tổng Lãnh sự Anh tại Thành phố Hồ Chí Minh",
        "Sở Ngoại vụ, 24 Trần Phú",
        ["Trao đổi về tận dụng ưu đãi của Hiệp định UKVFTA, ký ngày 29/12/2020, trong xuất khẩu thủy sản."],
        "Tiếp khách quốc tế",
        "CONFIRMED",
    ),
    (
        "20250312-04",
        "20250312T080000",
        "20250312T113000",
        False,
        "Hội thảo phổ biến Hiệp định EVFTA cho doanh nghiệp",
        "Khách sạn Mường Thanh, Đà Nẵng",
        [
            "Phối hợp với Phái đoàn Liên minh châu Âu tại Việt Nam; khoảng 150 doanh nghiệp tham dự.",
            "Hiệp định EVFTA có hiệu lực từ ngày 1/8/2020.",
        ],
        "Hội nghị - Hội thảo",
        "CONFIRMED",
    ),
    (
        "20250314-05",
        "20250314T150000",
        "20250314T163000",
        False,
        "Ký thỏa thuận hợp tác đào tạo kiến trúc với Đại học Fe-ra-ra (I-ta-li-a)",
        "Trường Đại học Kiến trúc Đà Nẵng",
        ["Thỏa thuận có thời hạn 5 năm, gồm trao đổi giảng viên và sinh viên."],
        "Giáo dục",
        "CONFIRMED",
    ),
    (
        "20250318-06",
        "20250318",
        "20250321",
        True,
        "Tuần phim I-ta-li-a tại Đà Nẵng",
        "Trung tâm Văn hóa – Điện ảnh thành phố",
        ["Nhân kỷ niệm 52 năm thiết lập quan hệ ngoại giao Việt Nam – I-ta-li-a (23/3/1973); vào cửa tự do."],
        "Văn hóa",
        "CONFIRMED",
    ),
    (
        "20250320-07",
        "20250320T090000",
        "20250320T110000",
        False,
        "Làm việc với Tổ chức Hợp tác Quốc tế Đức (GIZ)",
        "Sở Nông nghiệp và Môi trường",
        [
            "GIZ bàn giao thiết bị quan trắc mặn cho dự án thích ứng biến đổi khí hậu do Chính phủ Đức tài trợ."
        ],
        "Hợp tác phát triển",
        "CONFIRMED",
    ),
    (
        "20250321-08",
        "20250321T100000",
        "20250321T110000",
        False,
        "Lãnh đạo thành phố tiếp Đại sứ I-ta-li-a",
        "Trung tâm Hành chính thành phố Đà Nẵng",
        [
            "Lịch dự kiến, chờ phía Đại sứ quán xác nhận.",
            "Nội dung: chuẩn bị đón đoàn doanh nghiệp I-ta-li-a vào tháng 5/2025.",
        ],
        "Tiếp khách quốc tế",
        "TENTATIVE",
    ),
    (
        "20250324-09",
        "20250324",
        "20250328",
        True,
        "Đoàn thành phố thăm Vương quốc Anh",
        "Luân Đôn; Man-chét-xtơ (Anh)",
        [
            "Chuyến thăm bị hủy do trùng lịch kỳ họp Hội đồng nhân dân thành phố.",
            "Sở Ngoại vụ sẽ đề xuất lại thời gian.",
        ],
        "Đoàn ra",
        "CANCELLED",
    ),
    (
        "20250325-10",
        "20250325T140000",
        "20250325T170000",
        False,
        "Ngày hội du học Pháp",
        "Trường Đại học Ngoại ngữ – Đại học Đà Nẵng",
        ["Campus France giới thiệu các chương trình học bổng của Chính phủ Pháp cho sinh viên miền Trung."],
        "Giáo dục",
        "CONFIRMED",
    ),
    (
        "20250327-11",
        "20250327T090000",
        "20250327T100000",
        False,
        "Chủ tịch UBND thành phố tiếp Đại sứ Đức",
        "Trung tâm Hành chính thành phố Đà Nẵng",
        ["Hai bên trao đổi kế hoạch kỷ niệm 50 năm thiết lập quan hệ ngoại giao Việt Nam – Đức (23/9/1975)."],
        "Tiếp khách quốc tế",
        "CONFIRMED",
    ),
    (
        "20250331-12",
        "20250331T140000",
        "20250331T160000",
        False,
        "Họp giao ban công tác đối ngoại tháng 3",
        "Phòng họp Sở Ngoại vụ",
        ["Các phòng báo cáo kết quả tháng 3 và lịch công tác tháng 4."],
        "Nội bộ",
        "CONFIRMED",
    ),
]

HGC = {
    "id": "hgc",
    "shape": "calendar",
    "ext": "ics",
    "calname": "Lịch hoạt động đối ngoại thành phố Đà Nẵng tháng 3/2025",
    "events": HGC_EVENTS,
}
HGC["blocks"] = [("title", HGC["calname"])]
for _e in HGC_EVENTS:
    HGC["blocks"] += [("heading", _e[4], 1), ("paragraph", " ".join(_e[6]))]


def ics_escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> list[str]:
    """RFC 5545 folding: at most 75 octets a line, a continuation line starts with one space; never inside a
    UTF-8 character."""
    out, cur, limit = [], b"", 75
    for ch in line:
        enc = ch.encode("utf-8")
        if len(cur) + len(enc) > limit:
            out.append(cur.decode("utf-8"))
            cur, limit = b"", 74
        cur += enc
    out.append(cur.decode("utf-8"))
    return [out[0], *(" " + s for s in out[1:])]


def render_ics(doc: dict) -> tuple[bytes, list[str]]:
    """An iCalendar export: CRLF, the calendar properties and a VTIMEZONE, one VEVENT per entry (all-day or
    timed in Asia/Ho_Chi_Minh), text escaped and long lines folded at 75 octets."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//So Ngoai vu Da Nang//Lich cong tac 2.3//VI",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:" + ics_escape(doc["calname"]),
        "X-WR-TIMEZONE:Asia/Ho_Chi_Minh",
        "BEGIN:VTIMEZONE",
        "TZID:Asia/Ho_Chi_Minh",
        "BEGIN:STANDARD",
        "DTSTART:19700101T000000",
        "TZOFFSETFROM:+0700",
        "TZOFFSETTO:+0700",
        "TZNAME:+07",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]
    for uid, start, end, allday, summ, loc, desc, cat, status in doc["events"]:
        when = (
            (f"DTSTART;VALUE=DATE:{start}", f"DTEND;VALUE=DATE:{end}")
            if allday
            else (f"DTSTART;TZID=Asia/Ho_Chi_Minh:{start}", f"DTEND;TZID=Asia/Ho_Chi_Minh:{end}")
        )
        lines += [
            "BEGIN:VEVENT",
            f"UID:{uid}@songoaivu.danang.gov.vn",
            "DTSTAMP:20250228T013000Z",
            *when,
            "SUMMARY:" + ics_escape(summ),
            "LOCATION:" + ics_escape(loc),
            "DESCRIPTION:" + ics_escape("\n".join(desc)),
            "CATEGORIES:" + ics_escape(cat),
            f"STATUS:{status}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(f + "\r\n" for ln in lines for f in fold(ln)).encode("utf-8"), []


def ics_reading(data: bytes) -> str:
    text = data.decode("utf-8").replace("\r\n ", "")
    out = []
    for ln in text.split("\r\n"):
        name, _, value = ln.partition(":")
        if name in ("X-WR-CALNAME", "SUMMARY", "DESCRIPTION"):
            v = re.sub(r"\\(.)", lambda m: " " if m.group(1) in "nN" else m.group(1), value)
            out.append(v)
    return norm("\n".join(out))


# ====================================================================== hgd: RSS 2.0 feed
# items: title, link slug, pubDate, creator, category, lead, image (or None), article paragraphs (or None:
# no content:encoded), figure caption
HGD_ITEMS = [
    {
        "title": "Đà Nẵng chưa cử đoàn dự Hội chợ Du lịch Thế giới tại Luân Đôn",
        "slug": "da-nang-chua-cu-doan-du-wtm-luan-don",
        "date": "Wed, 06 Nov 2024 08:40:00 +0700",
        "creator": "Minh Khang",
        "category": "Đối ngoại địa phương",
        "lead": "Năm nay, thành phố không cử đoàn tham dự Hội chợ Du lịch Thế giới (WTM) tại Luân Đôn, Vương quốc Anh, mà tập trung quảng bá tại thị trường Pháp và Đức.",
        "img": None,
        "article": None,
    },
    {
        "title": "Việt Nam và Pháp nâng quan hệ lên Đối tác chiến lược toàn diện",
        "slug": "viet-nam-phap-doi-tac-chien-luoc-toan-dien",
        "date": "Mon, 07 Oct 2024 22:30:00 +0700",
        "creator": "Thanh Hà",
        "category": "Thời sự",
        "lead": "Hôm nay, tại Pa-ri, Tổng Bí thư, Chủ tịch nước Tô Lâm hội đàm với Tổng thống Pháp Emmanuel Macron; hai nhà lãnh đạo quyết định nâng quan hệ Việt Nam – Pháp lên Đối tác chiến lược toàn diện.",
        "img": "https://tindoingoai.vn/anh/2024/10/hoi-dam.jpg",
        "article": [
            "Chuyến thăm chính thức Pháp diễn ra ngay sau khi Tổng Bí thư, Chủ tịch nước dự Hội nghị thượng đỉnh Pháp ngữ lần thứ 19.",
            "Việt Nam và Pháp thiết lập quan hệ ngoại giao ngày 12/4/1973; tháng 9/2013, nhân chuyến thăm Pháp của Thủ tướng Nguyễn Tấn Dũng, hai nước ký Tuyên bố chung về quan hệ đối tác chiến lược.",
            "Theo các chuyên gia, khuôn khổ mới mở ra “một chương mới” cho hợp tác trong các lĩnh vực kinh tế, quốc phòng, giáo dục & đào tạo, văn hóa.",
        ],
        "caption": "Quang cảnh hội đàm. Ảnh: TTXVN",
    },
    {
        "title": "Bốn năm thực thi EVFTA: doanh nghiệp miền Trung tăng xuất khẩu sang châu Âu",
        "slug": "bon-nam-thuc-thi-evfta",
        "date": "Thu, 01 Aug 2024 07:15:00 +0700",
        "creator": "Phương Linh",
        "category": "Kinh tế",
        "lead": "Hôm nay tròn bốn năm Hiệp định Thương mại tự do Việt Nam – EU (EVFTA) có hiệu lực.",
        "img": None,
        "article": [
            "Hiệp định được ký ngày 30/6/2019 tại Hà Nội. Pháp, Đức và I-ta-li-a là những thị trường nhập khẩu thủy sản và cà phê quan trọng của các doanh nghiệp miền Trung.",
            "Theo Sở Công Thương Đà Nẵng, tỷ lệ doanh nghiệp của thành phố sử dụng giấy chứng nhận xuất xứ mẫu EUR.1 tăng đều qua từng năm.",
        ],
        "caption": "Chế biến cá ngừ xuất khẩu sang I-ta-li-a tại Khu công nghiệp Thọ Quang. Ảnh: P.L.",
    },
    {
        "title": "Tuần lễ văn hóa Anh khai mạc tại Đà Nẵng",
        "slug": "tuan-le-van-hoa-anh",
        "date": "Sat, 15 Jun 2024 19:05:00 +0700",
        "creator": "Minh Khang",
        "category": "Văn hóa",
        "lead": "Tối nay, Tuần lễ văn hóa Anh do Hội đồng Anh phối hợp với Sở Văn hóa và Thể thao thành phố tổ chức đã khai mạc tại Công viên Biển Đông.",
        "img": "https://tindoingoai.vn/anh/2024/06/van-hoa-anh.jpg",
        "article": None,
    },
    {
        "title": "Đà Nẵng đón đoàn doanh nghiệp I-ta-li-a",
        "slug": "da-nang-don-doan-doanh-nghiep-italia",
        "date": "Thu, 14 Mar 2024 11:20:00 +0700",
        "creator": "Ngọc Trâm",
        "category": "Đối ngoại địa phương",
        "lead": "Sáng nay, Phó Chủ tịch UBND thành phố Hồ Kỳ Minh tiếp đoàn 20 doanh nghiệp I-ta-li-a do Đại sứ I-ta-li-a tại Việt Nam dẫn đầu.",
        "img": None,
        "article": [
            "Các doanh nghiệp quan tâm tới lĩnh vực cơ khí chính xác, thiết kế thời trang và chế biến thực phẩm.",
            "Việt Nam và I-ta-li-a thiết lập quan hệ ngoại giao ngày 23/3/1973 và nâng quan hệ lên Đối tác chiến lược năm 2013.",
            "Dịp này, Trường Cao đẳng Nghề Đà Nẵng ký biên bản ghi nhớ với một doanh nghiệp I-ta-li-a về đào tạo thợ hàn chất lượng cao.",
        ],
        "caption": "Phó Chủ tịch UBND thành phố tiếp đoàn. Ảnh: N.T.",
    },
    {
        "title": "Tổng thống Đức Frank-Walter Steinmeier thăm cấp Nhà nước Việt Nam",
        "slug": "tong-thong-duc-tham-viet-nam",
        "date": "Tue, 23 Jan 2024 16:45:00 +0700",
        "creator": "Thanh Hà",
        "category": "Thời sự",
        "lead": "Hôm nay, Tổng thống Cộng hòa Liên bang Đức Frank-Walter Steinmeier bắt đầu chuyến thăm cấp Nhà nước Việt Nam theo lời mời của Chủ tịch nước Võ Văn Thưởng.",
        "img": "https://tindoingoai.vn/anh/2024/01/steinmeier.jpg",
        "article": None,
    },
]

HGD = {
    "id": "hgd",
    "shape": "feed",
    "ext": "xml",
    "channel": "Tin Đối ngoại – Việt Nam và châu Âu",
    "items": HGD_ITEMS,
}
HGD["blocks"] = [("title", HGD["channel"])]
for _it in HGD_ITEMS:
    HGD["blocks"] += [("heading", _it["title"], 1), ("paragraph", _it["lead"])]
    if _it["article"]:
        HGD["blocks"] += [("paragraph", p) for p in _it["article"][:1]]
        HGD["blocks"] += [("paragraph", _it["caption"])]
        HGD["blocks"] += [("paragraph", p) for p in _it["article"][1:]]


def _html(s: str) -> str:
    """Text as the site's editor writes it in HTML: & as &amp;, curly quotes as numeric entities."""
    return s.replace("&", "&amp;").replace("“", "&#8220;").replace("”", "&#8221;")


def render_rss(doc: dict) -> tuple[bytes, list[str]]:
    """An RSS 2.0 feed: channel title/link/description/language/lastBuildDate and atom:link, then each item
    with title, link, guid, pubDate, dc:creator, category, the lead as escaped HTML or (with a picture) in
    CDATA after an <img>, and for three items the whole article in content:encoded (CDATA): the lead in
    <strong>, a paragraph, a <figure> with <figcaption>, the other paragraphs."""
    base = "https://tindoingoai.vn"
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
        "<channel>",
        f"<title>{escape(doc['channel'])}</title>",
        f"<link>{base}/viet-nam-chau-au</link>",
        f'<atom:link href="{base}/rss/viet-nam-chau-au.xml" rel="self" type="application/rss+xml" />',
        "<description>Tin tức về quan hệ giữa Việt Nam với Pháp, Đức, Vương quốc Anh, I-ta-li-a và Liên minh châu Âu</description>",
        "<language>vi</language>",
        "<lastBuildDate>Wed, 06 Nov 2024 09:00:00 +0700</lastBuildDate>",
        "<generator>WordPress 6.6.2</generator>",
    ]
    for it in doc["items"]:
        url = f"{base}/{it['slug']}.html"
        if it["img"]:
            desc = f'<description><![CDATA[<img src="{it["img"]}" width="300" alt="" /><p>{_html(it["lead"])}</p>]]></description>'
        else:
            desc = f"<description>{escape('<p>' + _html(it['lead']) + '</p>')}</description>"
        out += [
            "<item>",
            f"<title>{escape(it['title'])}</title>",
            f"<link>{url}</link>",
            f'<guid isPermaLink="true">{url}</guid>',
            f"<pubDate>{it['date']}</pubDate>",
            f"<dc:creator><![CDATA[{it['creator']}]]></dc:creator>",
            f"<category><![CDATA[{it['category']}]]></category>",
            desc,
        ]
        if it["article"]:
            art = it["article"]
            body = [
                f"<p><strong>{_html(it['lead'])}</strong></p>",
                f"<p>{_html(art[0])}</p>",
                f'<figure class="wp-block-image"><img src="{base}/anh/{it["slug"]}.jpg" alt="" />'
                f"<figcaption>{_html(it['caption'])}</figcaption></figure>",
                *(f"<p>{_html(p)}</p>" for p in art[1:]),
            ]
            out.append("<content:encoded><![CDATA[" + "\n".join(body) + "]]></content:encoded>")
        out.append("</item>")
    out += ["</channel>", "</rss>"]
    return ("\n".join(out) + "\n").encode("utf-8"), []


NS = {"content": "http://purl.org/rss/1.0/modules/content/", "dc": "http://purl.org/dc/elements/1.1/"}


def _strip(h: str) -> list[str]:
    parts = re.split(r"</p>|</figcaption>", h)
    return [
        norm(html.unescape(re.sub(r"<[^>]+>", " ", p))) for p in parts if re.sub(r"<[^>]+>", "", p).strip()
    ]


def rss_reading(data: bytes) -> str:
    ch = ET.fromstring(data).find("channel")
    out = [ch.findtext("title")]
    for it in ch.findall("item"):
        out.append(it.findtext("title"))
        out += _strip(it.findtext("description"))
        if it.find("content:encoded", NS) is not None:
            out += _strip(it.findtext("content:encoded", namespaces=NS))
    return norm("\n".join(out))


# ====================================================================== hge: ODT (LibreOffice Writer)
# content items: ("h", level, inline) ("p", style, inline) ("list", [inline…]) ("table", header, rows)
# ("soft",) a text:soft-page-break; inline: a list of str or (tag, value): ("b", s) ("i", s) ("s", n) spaces,
# ("tab",) ("br",) ("note", body)
NOTE_BODY = "Hiệp định Thương mại tự do giữa Việt Nam và Liên minh châu Âu, ký ngày 30/6/2019 tại Hà Nội, có hiệu lực từ ngày 1/8/2020."
HGE_CONTENT = [
    (
        "issuer",
        [
            ["ỦY BAN NHÂN DÂN", ("tab",), ("b", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")],
            [("b", "TỈNH LÂM ĐỒNG"), ("tab",), ("b", "Độc lập - Tự do - Hạnh phúc")],
            ["Số: 48/KH-UBND", ("tab",), ("i", "Lâm Đồng, ngày 20 tháng 12 năm 2025")],
        ],
    ),
    ("titlep", ["KẾ HOẠCH"]),
    ("titlep", ["Hợp tác với Pháp, Đức, Vương quốc Anh và I-ta-li-a năm 2026"]),
    (
        "p",
        "P3",
        [
            "Căn cứ quan hệ ",
            ("i", "Đối tác chiến lược toàn diện"),
            " Việt Nam – Pháp được xác lập tháng 10/2024 và quan hệ đối tác chiến lược của Việt Nam với Vương quốc Anh (2010), Đức (2011) và I-ta-li-a (2013), Ủy ban nhân dân tỉnh ban hành Kế hoạch hợp tác năm 2026 như sau:",
        ],
    ),
    ("h", 1, ["I. MỤC ĐÍCH, YÊU CẦU"]),
    (
        "p",
        "P3",
        [
            "Khai thác hiệu quả các ưu đãi của Hiệp định ",
            ("b", "EVFTA"),
            ("note", NOTE_BODY),
            " và Hiệp định ",
            ("b", "UKVFTA"),
            " để đẩy mạnh xuất khẩu cà phê, rau và hoa của tỉnh sang châu Âu. Năm 2025, tỉnh",
            ("s", 2),
            "đã đón 9 đoàn khách từ bốn nước; riêng hợp tác với Pháp tiếp tục được duy trì qua dự án bảo tồn kiến trúc biệt thự cổ ở Đà Lạt.",
        ],
    ),
    ("soft",),
    ("h", 1, ["II. NHIỆM VỤ CỤ THỂ"]),
    (
        "list",
        [
            [
                "Tháng 4/2026, Chủ tịch UBND tỉnh dẫn đầu đoàn công tác thăm Pháp, làm việc với các đối tác về du lịch và nông nghiệp công nghệ cao."
            ],
            [
                "Đón đoàn Đại sứ quán Đức và Tổ chức Hợp tác Quốc tế Đức (GIZ) khảo sát dự án năng lượng tái tạo tại tỉnh."
            ],
            [
                "Phối hợp với Đại sứ quán I-ta-li-a tổ chức ",
                ("i", "Ngày hội ẩm thực I-ta-li-a"),
                " tại Đà Lạt nhân dịp kỷ niệm 53 năm thiết lập quan hệ ngoại giao (23/3/1973 – 23/3/2026).",
            ],
            ["Đề nghị Đại sứ quán Anh hỗ trợ học bổng Chevening cho cán bộ trẻ của tỉnh."],
        ],
    ),
    (
        "table",
        ["STT", "Hoạt động", "Đối tác", "Thời gian"],
        [
            ["1", "Đoàn lãnh đạo tỉnh thăm Pháp", "Pháp", "Tháng 4/2026"],
            ["2", "Ngày hội ẩm thực I-ta-li-a", "Đại sứ quán I-ta-li-a", "Tháng 3/2026"],
            ["3", "Khảo sát dự án năng lượng tái tạo", "GIZ (Đức)", "Quý II/2026"],
            ["4", "Hội thảo tận dụng UKVFTA", "Tổng Lãnh sự quán Anh", "Quý III/2026"],
        ],
    ),
    (
        "p",
        "P3",
        [
            "Tỉnh không tổ chức Diễn đàn hợp tác địa phương Việt Nam – châu Âu trong năm 2026 như đề xuất ban đầu, do chưa bố trí được kinh phí.",
            ("br",),
            "Kinh phí thực hiện Kế hoạch được bảo đảm từ ngân sách tỉnh và nguồn tài trợ hợp pháp khác.",
        ],
    ),
    ("soft",),
    ("h", 1, ["III. TỔ CHỨC THỰC HIỆN"]),
    (
        "p",
        "P3",
        [
            "Văn phòng Ủy ban nhân dân tỉnh chủ trì, phối hợp với các sở, ngành liên quan triển khai Kế hoạch; định kỳ 6 tháng báo cáo Ủy ban nhân dân tỉnh."
        ],
    ),
    (
        "sign",
        [
            ["Nơi nhận:", ("br",), "- Bộ Ngoại giao;", ("br",), "- Lưu: VT, NV."],
            [
                ("b", "TM. ỦY BAN NHÂN DÂN"),
                ("br",),
                ("b", "KT. CHỦ TỊCH"),
                ("br",),
                ("b", "PHÓ CHỦ TỊCH"),
                ("br",),
                ("i", "(đã ký)"),
            ],
        ],
    ),
]


def _inline_reading(inl: list) -> str:
    """What Writer shows: spans joined, text:s as spaces, a tab or line break as a space, no note mark."""
    out = ""
    for x in inl:
        if isinstance(x, str):
            out += x
        elif x[0] in ("b", "i"):
            out += x[1]
        elif x[0] == "s":
            out += " " * x[1]
        elif x[0] in ("tab", "br"):
            out += " "
    return out


def odt_blocks(content: list) -> list[tuple]:
    blocks: list[tuple] = []
    title = [_inline_reading(c[1]) for c in content if c[0] == "titlep"]
    blocks.append(("title", " ".join(title)))
    for c in content:
        if c[0] == "p":
            blocks.append(("paragraph", norm(_inline_reading(c[2]))))
        elif c[0] == "h":
            blocks.append(("heading", _inline_reading(c[2]), c[1]))
        elif c[0] == "list":
            blocks += [("list_item", _inline_reading(i)) for i in c[1]]
        elif c[0] == "table":
            blocks += [("list_item", " | ".join(r)) for r in [c[1], *c[2]]]
    notes = [x[1] for c in content if c[0] in ("p",) for x in c[2] if isinstance(x, tuple) and x[0] == "note"]
    blocks += [("footnote", n) for n in notes]
    return blocks


HGE = {"id": "hge", "shape": "document", "ext": "odt", "content": HGE_CONTENT}
HGE["blocks"] = odt_blocks(HGE_CONTENT)


def _inline_xml(inl: list, counter: list[int]) -> str:
    out = ""
    for x in inl:
        if isinstance(x, str):
            out += escape(x)
        elif x[0] == "b":
            out += f'<text:span text:style-name="T1">{escape(x[1])}</text:span>'
        elif x[0] == "i":
            out += f'<text:span text:style-name="T2">{escape(x[1])}</text:span>'
        elif x[0] == "s":
            out += " " + (f'<text:s text:c="{x[1] - 1}"/>' if x[1] > 2 else "<text:s/>")
        elif x[0] == "tab":
            out += "<text:tab/>"
        elif x[0] == "br":
            out += "<text:line-break/>"
        elif x[0] == "note":
            counter[0] += 1
            n = counter[0]
            out += (
                f'<text:note text:id="ftn{n}" text:note-class="footnote"><text:note-citation>{n}</text:note-citation>'
                f'<text:note-body><text:p text:style-name="Footnote">{escape(x[1])}</text:p></text:note-body></text:note>'
            )
    return out


ODT_CONTENT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" office:version="1.3"><office:font-face-decls><style:font-face style:name="Times New Roman" svg:font-family="&apos;Times New Roman&apos;" style:font-family-generic="roman" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls><office:automatic-styles><style:style style:name="Table1" style:family="table"><style:table-properties style:width="16.5cm" table:align="margins"/></style:style><style:style style:name="Table1.A" style:family="table-column"><style:table-column-properties style:column-width="4.125cm"/></style:style><style:style style:name="Table1.A1" style:family="table-cell"><style:table-cell-properties fo:padding="0.097cm" fo:border="0.5pt solid #000000"/></style:style><style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="8.5cm"/></style:tab-stops></style:paragraph-properties><style:text-properties style:font-name="Times New Roman" fo:font-size="13pt"/></style:style><style:style style:name="P2" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style><style:style style:name="P3" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties fo:text-align="justify" fo:text-indent="1cm"/><style:text-properties style:font-name="Times New Roman" fo:font-size="13pt"/></style:style><style:style style:name="P4" style:family="paragraph" style:parent-style-name="Table_20_Contents"><style:text-properties fo:font-weight="bold"/></style:style><style:style style:name="P5" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="9cm"/></style:tab-stops></style:paragraph-properties></style:style><style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style><style:style style:name="T2" style:family="text"><style:text-properties fo:font-style="italic"/></style:style><text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" text:bullet-char="-"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" fo:text-indent="-0.635cm" fo:margin-left="1.27cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style></office:automatic-styles><office:body><office:text><text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Table"/></text:sequence-decls>"""


def render_odt(doc: dict) -> tuple[bytes, list[str]]:
    """A LibreOffice Writer .odt: mimetype first and stored, META-INF/manifest.xml, meta.xml, styles.xml,
    content.xml with the issuer lines (tab stops), the centred bold title, text:h headings, P3 body paragraphs
    with T1/T2 spans, text:s, text:line-break, a footnote inside a sentence, a bulleted text:list, a table with
    a header row, text:soft-page-break, the "Nơi nhận" / signature paragraphs."""
    counter = [0]
    body = []
    for c in doc["content"]:
        k = c[0]
        if k == "issuer":
            body += [f'<text:p text:style-name="P1">{_inline_xml(ln, counter)}</text:p>' for ln in c[1]]
        elif k == "titlep":
            body.append(f'<text:p text:style-name="P2">{_inline_xml(c[1], counter)}</text:p>')
        elif k == "p":
            body.append(f'<text:p text:style-name="{c[1]}">{_inline_xml(c[2], counter)}</text:p>')
        elif k == "h":
            body.append(
                f'<text:h text:style-name="Heading_20_{c[1]}" text:outline-level="{c[1]}">{_inline_xml(c[2], counter)}</text:h>'
            )
        elif k == "soft":
            body.append("<text:soft-page-break/>")
        elif k == "list":
            items = "".join(
                f'<text:list-item><text:p text:style-name="P3">{_inline_xml(i, counter)}</text:p></text:list-item>'
                for i in c[1]
            )
            body.append(f'<text:list xml:id="list1" text:style-name="L1">{items}</text:list>')
        elif k == "table":
            header, rows = c[1], c[2]
            cols = f'<table:table-column table:style-name="Table1.A" table:number-columns-repeated="{len(header)}"/>'

            def row(cells: list[str], style: str) -> str:
                return (
                    "<table:table-row>"
                    + "".join(
                        f'<table:table-cell table:style-name="Table1.A1" office:value-type="string"><text:p text:style-name="{style}">{escape(x)}</text:p></table:table-cell>'
                        for x in cells
                    )
                    + "</table:table-row>"
                )

            body.append(
                f'<table:table table:name="Table1" table:style-name="Table1">{cols}'
                f"<table:table-header-rows>{row(header, 'P4')}</table:table-header-rows>"
                + "".join(row(r, "Table_20_Contents") for r in rows)
                + "</table:table>"
            )
        elif k == "sign":
            body += [f'<text:p text:style-name="P5">{_inline_xml(x, counter)}</text:p>' for x in c[1]]
    content = ODT_CONTENT_HEAD + "".join(body) + "</office:text></office:body></office:document-content>"
    manifest = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
 <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"""
    meta = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"><office:meta><meta:creation-date>2025-12-18T08:12:00</meta:creation-date><dc:date>2025-12-20T15:40:00</dc:date><meta:editing-cycles>7</meta:editing-cycles><meta:generator>LibreOffice/7.6.4.1$Windows_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1</meta:generator><dc:title>Kế hoạch hợp tác với Pháp, Đức, Vương quốc Anh và I-ta-li-a năm 2026</dc:title><dc:creator>Văn phòng UBND tỉnh Lâm Đồng</dc:creator><meta:document-statistic meta:table-count="1" meta:paragraph-count="30"/></office:meta></office:document-meta>
"""
    styles = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3"><office:styles><style:default-style style:family="paragraph"><style:text-properties style:font-name="Times New Roman" fo:font-size="13pt" fo:language="vi" fo:country="VN"/></style:default-style><style:style style:name="Standard" style:family="paragraph" style:class="text"/><style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text"><style:paragraph-properties fo:margin-bottom="0.247cm"/></style:style><style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text"><style:text-properties fo:font-weight="bold"/></style:style><style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1" style:class="text"><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style><style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/><style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:text-properties fo:font-size="10pt"/></style:style></office:styles><office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21.001cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="3cm" fo:margin-right="2cm"/></style:page-layout></office:automatic-styles><office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles></office:document-styles>
"""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        zi = zipfile.ZipInfo("mimetype", ODT_TIME)
        zi.compress_type = zipfile.ZIP_STORED
        z.writestr(zi, "application/vnd.oasis.opendocument.text")
        for name, text in (
            ("META-INF/manifest.xml", manifest),
            ("meta.xml", meta),
            ("styles.xml", styles),
            ("content.xml", content),
        ):
            zi = zipfile.ZipInfo(name, ODT_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, text.encode("utf-8"))
    return buf.getvalue(), []


def odt_reading(data: bytes) -> str:
    """Writer's view of content.xml: headings, paragraphs, list items and table rows (cells joined by " | "),
    spans joined, text:s as spaces, tabs and line breaks as spaces, the note's citation left out; the note
    bodies at the end."""
    T = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
    TB = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
    root = ET.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("content.xml"))
    notes: list[str] = []

    def text_of(el) -> str:
        s = el.text or ""
        for ch in el:
            if ch.tag == T + "s":
                s += " " * int(ch.get(T + "c", "1"))
            elif ch.tag in (T + "tab", T + "line-break"):
                s += " "
            elif ch.tag == T + "note":
                notes.append(" ".join(text_of(p) for p in ch.find(T + "note-body")))
            else:
                s += text_of(ch)
            s += ch.tail or ""
        return s

    out = []
    office_text = root.find(".//{urn:oasis:names:tc:opendocument:xmlns:office:1.0}text")
    for el in office_text:
        if el.tag in (T + "p", T + "h"):
            out.append(text_of(el))
        elif el.tag == T + "list":
            out += [text_of(p) for p in el.iter(T + "p")]
        elif el.tag == TB + "table":
            for r in el.iter(TB + "table-row"):
                out.append(
                    " | ".join(
                        " ".join(text_of(p) for p in c.iter(T + "p")) for c in r.iter(TB + "table-cell")
                    )
                )
    return norm("\n".join(out + notes))


# ====================================================================== build and check
DOCS = [HGA, HGB, HGC, HGD, HGE]
RENDER = {
    "report": render_docx,
    "article": render_pdf,
    "calendar": render_ics,
    "feed": render_rss,
    "document": render_odt,
}
READ = {
    "report": docx_reading,
    "article": pdf_reading,
    "calendar": ics_reading,
    "feed": rss_reading,
    "document": odt_reading,
}


def file_name(doc: dict) -> str:
    return f"{doc['id']}_{doc['shape']}.{doc['ext']}"


def build_set() -> None:
    for doc in DOCS:
        data, removed = RENDER[doc["shape"]](doc)
        name = file_name(doc)
        (HERE / name).write_bytes(data)
        gold = gold_structure(doc, name, removed)
        (HERE / "gold" / f"structure.{doc['id']}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )


def check_rendered() -> int:
    """3-4 questions per document; every gold block (the title too) in what a reader reads of the file (for the
    PDF: its words in order, the columns and page break between); the ICS folded at 75 octets, CRLF; the ODT's
    mimetype first and stored."""
    bad = 0
    nq: dict[str, int] = {}
    for line in (HERE / "gold" / "questions.probe.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)["doc"]
            nq[d] = nq.get(d, 0) + 1
    for doc in DOCS:
        if not 3 <= nq.get(doc["id"], 0) <= 4:
            print(f"[{doc['id']}] {nq.get(doc['id'], 0)} questions (3-4 wanted)")
            bad += 1
        data = (HERE / file_name(doc)).read_bytes()
        text = READ[doc["shape"]](data)
        for b in doc["blocks"]:
            t = norm(b[1])
            ok = _words_in_order(t, text) if doc["shape"] == "article" else t in text
            if not ok:
                print(f"[{doc['id']}] gold block not in the file: {b[1][:60]}")
                bad += 1
        if doc["shape"] == "calendar":
            for ln in data.split(b"\r\n"):
                if len(ln) > 75 or b"\n" in ln:
                    print(f"[hgc] bad line: {ln[:40]!r}")
                    bad += 1
        if doc["shape"] == "document":
            first = zipfile.ZipFile(io.BytesIO(data)).infolist()[0]
            if first.filename != "mimetype" or first.compress_type != zipfile.ZIP_STORED:
                print("[hge] mimetype not first / not stored")
                bad += 1
    return bad


def main() -> int:
    build_set()
    if "--check" not in sys.argv[1:]:
        return 0
    bad = check_rendered()
    bad += check_gold(HERE, DOCS, PREFIX, rendered=False)
    print("rendered check:", "ok" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
