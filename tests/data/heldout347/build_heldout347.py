"""Build the three hundred forty-seventh held-out set (a working set: every document in a new shape) and its
structure gold from one source of truth.

    /work/main/.venv/bin/python tests/data/heldout347/build_heldout347.py [--check]

Five short documents on Vietnam's defence and maritime diplomacy, each in a new shape:

* hia DOCX: a (fictitious) provincial foreign affairs department's report saved as a real Word file
  (python-docx: issuer table, headings, runs, numbered and bulleted lists, a delegations table, header/footer);
* hib PDF: a (fictitious) journal article as a real PDF (fpdf2, DejaVu fonts, two justified columns, running
  header, page numbers, footnotes, a reference list);
* hic ICS: a (fictitious) naval academy's calendar of foreign-affairs activities exported as iCalendar;
* hid RSS: a (fictitious) site's RSS 2.0 feed of maritime and defence news, three items with content:encoded;
* hie ODT: a (fictitious) Party propaganda board's plan saved by LibreOffice Writer (OpenDocument text).

Facts are well-established; authors, senders, document numbers, the report's, calendar's and plan's items are
invented (see README.md). Gold is written by hand from the blocks below; ``--check`` verifies that every gold
evidence, quote and citation occurs in the documents' blocks and that every gold block can be read in the
rendered file (the text as a reader sees it: Word's paragraphs and cells, the PDF's text, the unfolded iCalendar,
the feed's text without tags, Writer's paragraphs).
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import sys
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import _words_in_order, check_gold, gold_structure, norm  # noqa: E402

PREFIX = "hi"
FIXED = dt.datetime(2024, 6, 1, 8, 0, 0)

# Inline markup in block texts: **bold**, __italic__ (Word runs, Writer spans); {s3} repeated spaces, {tab},
# {br} a line break and {fn} the footnote's citation (Writer only). plain() gives the text a reader reads.
MARK = re.compile(r"(\*\*|__|\{s\d+\}|\{tab\}|\{br\}|\{fn\})")


def plain(s: str) -> str:
    s = s.replace("**", "").replace("__", "").replace("{fn}", "")
    s = re.sub(r"\{s(\d+)\}", lambda m: " " * int(m.group(1)), s)
    return s.replace("{tab}", "\t").replace("{br}", "\n")


# ---------------------------------------------------------------------------------------------- a DOCX
HIA = {
    "id": "hia",
    "shape": "report",
    "ext": "docx",
    "issuer": (
        ["UBND TỈNH KHÁNH HÒA", "SỞ NGOẠI VỤ", "Số: 125/BC-SNgV"],
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Khánh Hòa, ngày 15 tháng 12 năm 2023",
        ],
    ),
    "title_lines": ["BÁO CÁO", "Kết quả phối hợp công tác đối ngoại quốc phòng trên địa bàn tỉnh năm 2023"],
    "header": "Báo cáo công tác đối ngoại năm 2023",
    "footer": "Sở Ngoại vụ tỉnh Khánh Hòa",
    "tail": ["Nơi nhận:", "- UBND tỉnh (để b/c);", "- Bộ Ngoại giao (Cục Ngoại vụ);", "- Lưu: VT, LS."],
    "signature": ["GIÁM ĐỐC", "(Đã ký)", "Nguyễn Thị Thu Hà"],
    "blocks": [
        (
            "paragraph",
            "Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh, Sở Ngoại vụ báo cáo kết quả phối hợp tổ chức các hoạt động đối ngoại quốc phòng trên địa bàn tỉnh năm 2023 như sau:",
        ),
        ("heading", "I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        ("heading", "1. Công tác đón tiếp tàu nước ngoài", 2),
        (
            "paragraph",
            "Năm 2023, Sở phối hợp với **Bộ Chỉ huy Quân sự tỉnh** và __Cảng quốc tế Cam Ranh__ đón 6 lượt tàu hải quân và tàu cảnh sát biển nước ngoài thăm xã giao. Tháng 4/2023, tàu huấn luyện của **Lực lượng Phòng vệ Biển Nhật Bản** cập cảng Cam Ranh; thủy thủ đoàn giao lưu thể thao với cán bộ, chiến sĩ Vùng 4 Hải quân.",
        ),
        (
            "paragraph",
            "Tháng 8/2023, tàu của **Cảnh sát biển Ấn Độ** thăm Khánh Hòa và diễn tập __tìm kiếm cứu nạn__ với lực lượng Cảnh sát biển Việt Nam. Chuyến thăm của tàu hải quân Ô-xtrây-li-a dự kiến vào tháng 10 không thực hiện được do lịch trình của phía bạn thay đổi.",
        ),
        ("heading", "2. Công tác phối hợp hội nghị, hỗ trợ quốc tế", 2),
        (
            "list_item",
            "Phối hợp với Bộ Quốc phòng tổ chức cho đoàn tùy viên quốc phòng các nước tại Hà Nội thăm Cam Ranh vào tháng 5/2023.",
        ),
        (
            "list_item",
            "Cử cán bộ dự hội thảo về Công ước của Liên hợp quốc về Luật Biển năm 1982 do Học viện Ngoại giao tổ chức tại Hà Nội.",
        ),
        (
            "list_item",
            "Tiếp nhận 50.000 đô-la Mỹ do Tổng Lãnh sự quán Hoa Kỳ tại Thành phố Hồ Chí Minh tài trợ cho dự án rà phá bom mìn tại huyện Cam Lâm.",
        ),
        ("heading", "3. Công tác đoàn ra, đoàn vào", 2),
        (
            "paragraph",
            "Trong năm, Sở tham mưu đón 7 đoàn quốc phòng nước ngoài và cử 2 đoàn của tỉnh đi công tác nước ngoài; các đoàn tiêu biểu như sau:",
        ),
    ],
    "table": [
        ["STT", "Thời gian", "Đoàn", "Nội dung chính"],
        [
            "1",
            "02/2023",
            "Tùy viên Quốc phòng Đại sứ quán Hoa Kỳ",
            [
                "Làm việc với Sở về hợp tác khắc phục hậu quả bom mìn.",
                "Khảo sát hiện trường tại huyện Cam Lâm.",
            ],
        ],
        [
            "2",
            "04/2023",
            "Tàu huấn luyện Lực lượng Phòng vệ Biển Nhật Bản",
            "Thăm xã giao Cảng quốc tế Cam Ranh.",
        ],
        [
            "3",
            "06/2023",
            "Đoàn công tác của tỉnh",
            "Thăm Phi-líp-pin, trao đổi kinh nghiệm quản lý cảng biển.",
        ],
        ["4", "08/2023", "Tàu Cảnh sát biển Ấn Độ", "Diễn tập tìm kiếm cứu nạn trên biển."],
        [
            "5",
            "11/2023",
            "Đoàn Bộ Quốc phòng Ô-xtrây-li-a",
            "Trao đổi về đào tạo tiếng Anh cho lực lượng gìn giữ hòa bình.",
        ],
    ],
    "after": [  # after the manual page break
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2024", 1),
        (
            "bullet",
            "Tham mưu tổ chức đón tàu hải quân các nước thăm Cảng quốc tế Cam Ranh theo kế hoạch của Bộ Quốc phòng.",
        ),
        (
            "bullet",
            "Phối hợp tuyên truyền kỷ niệm 30 năm Việt Nam phê chuẩn Công ước của Liên hợp quốc về Luật Biển năm 1982 (23/6/1994 – 23/6/2024).",
        ),
        ("bullet", "Không đưa đoàn nước ngoài vào khu vực quân sự khi chưa có ý kiến của Bộ Quốc phòng."),
        (
            "paragraph",
            "Trên đây là báo cáo kết quả phối hợp công tác đối ngoại quốc phòng năm 2023 của Sở Ngoại vụ./.",
        ),
    ],
}


def _cell_text(c) -> str:
    return " ".join(c) if isinstance(c, list) else c


def hia_blocks(doc: dict) -> list:
    out = [("title", " ".join(doc["title_lines"]))]
    for b in doc["blocks"]:
        out.append((b[0], plain(b[1]), *b[2:]))
    out += [("list_item", " | ".join(_cell_text(c) for c in row)) for row in doc["table"]]
    for b in doc["after"]:
        kind = "list_item" if b[0] == "bullet" else b[0]
        out.append((kind, plain(b[1]), *b[2:]))
    return out


def _runs(par, text: str) -> None:
    """Add ``text`` to a Word paragraph as Word saves it: bold and italic runs, a plain stretch split in two runs."""
    bold = ital = False
    for piece in MARK.split(text):
        if piece == "**":
            bold = not bold
        elif piece == "__":
            ital = not ital
        elif piece:
            parts = [piece]
            if not bold and not ital and len(piece) > 40:  # Word's rsid split in mid-sentence
                cut = piece.index(" ", len(piece) // 2) + 1
                parts = [piece[:cut], piece[cut:]]
            for p in parts:
                r = par.add_run(p)
                r.bold, r.italic = bold or None, ital or None


def render_docx(doc: dict, path: Path) -> list[str]:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = Document()
    d.core_properties.title = "Báo cáo kết quả phối hợp công tác đối ngoại quốc phòng năm 2023"
    d.core_properties.author = "Sở Ngoại vụ"
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.last_modified_by = "Sở Ngoại vụ"
    sec = d.sections[0]
    sec.header.paragraphs[0].text = doc["header"]
    sec.footer.paragraphs[0].text = doc["footer"]
    sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    issuer = d.add_table(rows=1, cols=2)  # "Normal Table": no borders
    for cell, lines in zip(issuer.rows[0].cells, doc["issuer"], strict=False):
        cell.paragraphs[0].text = lines[0]
        for ln in lines[1:]:
            cell.add_paragraph(ln)
        for i, p in enumerate(cell.paragraphs):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for r in p.runs:
                r.bold = i < 2 or None
    d.add_paragraph()
    for ln in doc["title_lines"]:
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(ln).bold = True

    def body(b):
        if b[0] == "heading":
            d.add_paragraph(b[1], style=f"Heading {b[2]}")
        elif b[0] == "list_item":
            _runs(d.add_paragraph(style="List Number"), b[1])
        elif b[0] == "bullet":
            _runs(d.add_paragraph(style="List Bullet"), b[1])
        else:
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            _runs(p, b[1])

    for b in doc["blocks"]:
        body(b)
    rows = doc["table"]
    t = d.add_table(rows=len(rows), cols=4)
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            cell = t.rows[r].cells[c]
            vals = val if isinstance(val, list) else [val]
            cell.paragraphs[0].add_run(vals[0]).bold = r == 0 or None
            for v in vals[1:]:
                cell.add_paragraph(v)
    d.add_page_break()
    for b in doc["after"]:
        body(b)
    tab = d.add_table(rows=1, cols=2)
    left, right = tab.rows[0].cells
    left.paragraphs[0].add_run(doc["tail"][0]).bold = True
    for ln in doc["tail"][1:]:
        left.add_paragraph(ln)
    right.paragraphs[0].add_run(doc["signature"][0]).bold = True
    for ln in doc["signature"][1:]:
        right.add_paragraph(ln)
    for p in right.paragraphs:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.save(path)
    _fix_zip_times(path)
    return [doc["header"], doc["footer"]]


def _fix_zip_times(path: Path) -> None:
    """Rewrite the saved file's entries with one fixed time stamp, so a rebuild gives the same bytes."""
    src = zipfile.ZipFile(path)
    entries = [(info.filename, src.read(info.filename)) for info in src.infolist()]
    src.close()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            z.writestr(zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)


def read_docx(path: Path) -> str:
    """What a reader sees in Word: paragraphs and table cells (runs joined), in order."""
    from docx import Document

    d = Document(path)
    out = []
    body = d.element.body
    for el in body.iterchildren():
        tag = el.tag.rsplit("}", 1)[1]
        if tag == "p":
            out.append("".join(t.text or "" for t in el.iter() if t.tag.endswith("}t")))
        elif tag == "tbl":
            for tr in el.iter():
                if tr.tag.endswith("}tr"):
                    cells = []
                    for tc in tr:
                        if tc.tag.endswith("}tc"):
                            ps = [
                                "".join(t.text or "" for t in p.iter() if t.tag.endswith("}t"))
                                for p in tc
                                if p.tag.endswith("}p")
                            ]
                            cells.append(" ".join(ps))
                    out.append(" | ".join(cells))
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------- b PDF
HIB = {
    "id": "hib",
    "shape": "article",
    "ext": "pdf",
    "journal": "TẠP CHÍ NGHIÊN CỨU QUỐC PHÒNG VÀ AN NINH",
    "running": "Tạp chí Nghiên cứu Quốc phòng và An ninh – Tập 12, Số 3 (2024)",
    "first_page": 87,
    "footnotes": [
        "¹ Từ năm 2017, ADMM+ được tổ chức hằng năm thay vì ba năm một lần.",
        "² Việt Nam và Ô-xtrây-li-a thiết lập quan hệ Đối tác chiến lược vào tháng 3/2018.",
    ],
    "blocks": [
        ("title", "NGOẠI GIAO QUỐC PHÒNG CỦA VIỆT NAM TỪ ADMM+ ĐẾN SÁCH TRẮNG 2019"),
        ("author", "Đỗ Quang Minh"),
        (
            "affiliation",
            "Khoa Quan hệ quốc tế, Trường Đại học Khoa học Xã hội và Nhân văn, Đại học Quốc gia Hà Nội",
        ),
        (
            "abstract",
            "Bài viết khái quát các bước phát triển của ngoại giao quốc phòng Việt Nam từ năm 2010, khi nước ta đăng cai Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng đầu tiên, đến khi công bố Sách trắng Quốc phòng năm 2019.",
            "vi",
        ),
        (
            "keywords",
            "ngoại giao quốc phòng; ADMM+; Đối thoại Shangri-La; Sách trắng Quốc phòng; bốn không",
            "vi",
        ),
        ("heading", "1. Mở đầu", 1),
        (
            "paragraph",
            "Ngoại giao quốc phòng là một bộ phận của hoạt động đối ngoại chung của Đảng và Nhà nước. Trong hơn một thập kỷ qua, Quân đội nhân dân Việt Nam đã mở rộng quan hệ với các nước láng giềng, các nước lớn và các tổ chức quốc tế, đồng thời giữ vững nguyên tắc độc lập, tự chủ (Nguyễn Văn Thành, 2018, tr. 14).",
        ),
        ("heading", "2. Các cơ chế đa phương", 1),
        (
            "paragraph",
            "Năm 2010, trên cương vị Chủ tịch ASEAN, Việt Nam đăng cai Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng (ADMM+) đầu tiên tại Hà Nội ngày 12/10/2010, với sự tham dự của bộ trưởng quốc phòng mười nước ASEAN và tám nước đối tác là Ô-xtrây-li-a, Trung Quốc, Ấn Độ, Nhật Bản, Niu Di-lân, Hàn Quốc, Nga và Hoa Kỳ. Đại tướng Phùng Quang Thanh, Bộ trưởng Bộ Quốc phòng, chủ trì hội nghị.",
        ),
        (
            "paragraph",
            "Tại Đối thoại Shangri-La ở Xin-ga-po ngày 31/5/2013, Thủ tướng Nguyễn Tấn Dũng là lãnh đạo Việt Nam đầu tiên có bài phát biểu đề dẫn, trong đó ông kêu gọi “xây dựng lòng tin chiến lược vì hòa bình, hợp tác và thịnh vượng” ở khu vực châu Á – Thái Bình Dương (Trịnh Thu Hằng, 2015, tr. 62).",
        ),
        ("heading", "3. Hợp tác song phương", 1),
        (
            "paragraph",
            "Tháng 9/2011, Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Hoa Kỳ ký Bản ghi nhớ về thúc đẩy hợp tác quốc phòng song phương, tập trung vào an ninh biển, tìm kiếm cứu nạn, gìn giữ hòa bình và cứu trợ thảm họa. Tháng 10/2011, Việt Nam và Nhật Bản ký Bản ghi nhớ về hợp tác và trao đổi quốc phòng tại Tô-ky-ô. Tháng 6/2022, nhân chuyến thăm Việt Nam của Bộ trưởng Quốc phòng Ấn Độ Rajnath Singh, hai bên ký Tuyên bố tầm nhìn chung về quan hệ đối tác quốc phòng Việt Nam – Ấn Độ đến năm 2030 và Bản ghi nhớ về hỗ trợ hậu cần lẫn nhau. Hợp tác quốc phòng với Ô-xtrây-li-a tập trung vào đào tạo tiếng Anh và gìn giữ hòa bình.",
        ),
        (
            "paragraph",
            "Từ năm 2014, Việt Nam chính thức cử sĩ quan tham gia lực lượng gìn giữ hòa bình của Liên hợp quốc; tháng 10/2018, Bệnh viện dã chiến cấp 2 số 1 lên đường làm nhiệm vụ tại Nam Xu-đăng. Đây là lần đầu tiên nước ta triển khai một đơn vị tham gia hoạt động gìn giữ hòa bình.",
        ),
        ("heading", "4. Chính sách “bốn không”", 1),
        (
            "paragraph",
            "Sách trắng Quốc phòng Việt Nam năm 2019, công bố ngày 25/11/2019, khẳng định chính sách “bốn không”: không tham gia liên minh quân sự; không liên kết với nước này để chống nước kia; không cho nước ngoài đặt căn cứ quân sự hoặc sử dụng lãnh thổ Việt Nam để chống lại nước khác; không sử dụng vũ lực hoặc đe dọa sử dụng vũ lực trong quan hệ quốc tế. Theo một số nhà nghiên cứu, chính sách này giúp Việt Nam giữ thế cân bằng trong quan hệ với các nước lớn (Phan Anh Tuấn, 2021).",
        ),
        (
            "paragraph",
            "Có thể thấy, ngoại giao quốc phòng đã góp phần củng cố môi trường hòa bình, tạo điều kiện để nước ta tham gia ngày càng sâu vào các cơ chế an ninh khu vực.",
        ),
        ("heading", "Tài liệu tham khảo", 1),
        (
            "reference",
            "Nguyễn Văn Thành (2018), Ngoại giao quốc phòng Việt Nam thời kỳ hội nhập, Nxb. Quân đội nhân dân, Hà Nội.",
        ),
        (
            "reference",
            "Phan Anh Tuấn (2021), “Chính sách bốn không và cân bằng chiến lược”, Tạp chí Nghiên cứu Quốc tế, số 2, tr. 33-51.",
        ),
        (
            "reference",
            "Trịnh Thu Hằng (2015), Đối thoại Shangri-La và an ninh châu Á – Thái Bình Dương, Nxb. Chính trị quốc gia Sự thật, Hà Nội.",
        ),
    ],
    # the footnote markers' places: (block index, text after which the marker stands)
    "markers": {8: ("chủ trì hội nghị", "¹"), 11: ("gìn giữ hòa bình.", "²")},
}
FOOTNOTE_PAGE = 1  # the page the two markers fall on (checked by --check)


def hib_blocks(doc: dict) -> list:
    return [*doc["blocks"], *[("footnote", f[2:]) for f in doc["footnotes"]]]


def render_pdf(doc: dict, path: Path) -> list[str]:
    from fpdf import FPDF

    font = "/usr/share/fonts/truetype/dejavu/"
    first = doc["first_page"]

    class Article(FPDF):
        def header(self):
            if self.page_no() > 1:
                self.set_font("Serif", "I", 8)
                self.cell(0, 6, doc["running"], align="C", new_x="LMARGIN", new_y="NEXT")
                self.line(self.l_margin, 16, self.w - self.r_margin, 16)
                self.ln(4)

        def footer(self):
            if self.page_no() == FOOTNOTE_PAGE:
                self.set_y(-34)
                self.line(self.l_margin, self.get_y(), self.l_margin + 50, self.get_y())
                self.set_font("Serif", "", 7.5)
                for f in doc["footnotes"]:
                    self.multi_cell(0, 3.8, f, new_x="LMARGIN", new_y="NEXT")
            self.set_y(-14)
            self.set_font("Serif", "", 8)
            self.cell(0, 6, f"– {first + self.page_no() - 1} –", align="C")

    pdf = Article(format="A4")
    pdf.set_creation_date(dt.datetime(2024, 9, 15, 9, 0, 0, tzinfo=dt.timezone.utc))
    pdf.set_title(doc["blocks"][0][1])
    pdf.set_author(doc["blocks"][1][1])
    pdf.add_font("Serif", "", font + "DejaVuSerif.ttf")
    pdf.add_font("Serif", "B", font + "DejaVuSerif-Bold.ttf")
    pdf.add_font("Serif", "I", font + "DejaVuSerif-Italic.ttf")
    pdf.set_margins(18, 18, 18)
    pdf.set_auto_page_break(True, margin=36)
    pdf.add_page()
    blocks = doc["blocks"]
    pdf.set_font("Serif", "I", 8.5)
    pdf.cell(
        0,
        5,
        f"{doc['journal']} – Tập 12, Số 3 (2024), tr. {first}-{first + 1}",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(6)
    pdf.set_font("Serif", "B", 14)
    pdf.multi_cell(0, 7, blocks[0][1], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Serif", "B", 10.5)
    pdf.cell(0, 6, blocks[1][1], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "I", 9)
    pdf.multi_cell(0, 5, blocks[2][1], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Serif", "", 9)
    pdf.multi_cell(
        0, 4.6, f"**Tóm tắt:** {blocks[3][1]}", align="J", markdown=True, new_x="LMARGIN", new_y="NEXT"
    )
    pdf.multi_cell(
        0, 4.6, f"**Từ khóa:** {blocks[4][1]}", align="L", markdown=True, new_x="LMARGIN", new_y="NEXT"
    )
    pdf.ln(5)
    with pdf.text_columns(ncols=2, gutter=7, text_align="J", line_height=1.35) as cols:
        for i, b in enumerate(blocks[5:], start=5):
            if b[0] == "heading":
                pdf.set_font("Serif", "B", 10)
                cols.write(b[1])
                cols.ln()
                pdf.set_font("Serif", "", 10)
                continue
            pdf.set_font("Serif", "", 9 if b[0] == "reference" else 10)
            text = b[1]
            if i in doc["markers"]:
                after, mark = doc["markers"][i]
                cut = text.index(after) + len(after)
                text = text[:cut] + mark + text[cut:]
            cols.write(text)
            cols.ln()
            cols.ln(2)
    pdf.output(str(path))
    return [doc["running"], f"– {first} –", f"– {first + 1} –", "¹", "²"]


def read_pdf(path: Path) -> str:
    """The PDF's text in reading order: on each page the one-column top, then the left column, then the right
    column (lines sorted by height, pieces of a justified line joined), then the footnotes and the footer."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer, LTTextLine

    out = []
    for page in extract_pages(str(path)):
        mid = page.width / 2
        foot = 36 * 72 / 25.4  # the bottom margin: footnotes and page number below it
        lines = []
        for box in page:
            if isinstance(box, LTTextContainer):
                for ln in box:
                    if isinstance(ln, LTTextLine) and ln.get_text().strip():
                        lines.append(ln)
        rows: dict[tuple, list] = {}
        for ln in lines:
            zone = 2 if ln.y0 < foot else (0 if ln.x0 < mid else 1)
            key = (zone, -round(ln.y0))
            rows.setdefault(key, []).append(ln)
        for key in sorted(rows):
            out.append(" ".join(x.get_text().strip() for x in sorted(rows[key], key=lambda x: x.x0)))
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------- c ICS
HIC = {
    "id": "hic",
    "shape": "calendar",
    "ext": "ics",
    "name": "Lịch hoạt động đối ngoại quý IV/2022 – Học viện Hải quân",
    "events": [
        # (uid, start, end, summary, location, description, category, status)
        (
            "20221010-01",
            "D20221010",
            "D20221013",
            "Đoàn Học viện thăm Học viện Hải quân Ấn Độ",
            "Ezhimala, Kerala, Ấn Độ",
            "Đoàn do Phó Giám đốc Học viện dẫn đầu thăm và làm việc tại Ấn Độ từ ngày 10 đến 12/10.\nHai bên trao đổi kinh nghiệm đào tạo sĩ quan hải quân, trao đổi giảng viên; thống nhất ký kế hoạch hợp tác năm 2023.",
            "Đoàn ra",
            "CONFIRMED",
        ),
        (
            "20221018-02",
            "T20221018T090000",
            "T20221018T100000",
            "Giám đốc Học viện tiếp Tùy viên Quốc phòng Nhật Bản",
            "Phòng khách A1, Học viện Hải quân, Nha Trang",
            "Tùy viên Quốc phòng Đại sứ quán Nhật Bản đến chào xã giao, trao đổi về chương trình đào tạo tiếng Nhật cho học viên.",
            "Tiếp khách",
            "CONFIRMED",
        ),
        (
            "20221025-03",
            "T20221025T140000",
            "T20221025T160000",
            "Ký biên bản ghi nhớ hợp tác đào tạo với Học viện Quốc phòng Ô-xtrây-li-a",
            "Hội trường A1, Học viện Hải quân, Nha Trang",
            "Lễ ký biên bản ghi nhớ về trao đổi giảng viên và học viên giữa hai học viện.\nĐại diện Đại sứ quán Ô-xtrây-li-a tại Hà Nội dự lễ ký.",
            "Ký kết",
            "CONFIRMED",
        ),
        (
            "20221107-04",
            "D20221107",
            "D20221110",
            "Đón tàu Hải quân Hoàng gia Thái Lan thăm Nha Trang",
            "Cảng Nha Trang, Khánh Hòa",
            "Tàu Hải quân Hoàng gia Thái Lan thăm xã giao từ ngày 7 đến 9/11.\nHọc viên năm cuối giao lưu với thủy thủ đoàn; hai bên thi đấu bóng đá hữu nghị.",
            "Đoàn vào",
            "CONFIRMED",
        ),
        (
            "20221115-05",
            "T20221115T080000",
            "T20221115T113000",
            "Hội thảo trực tuyến với Học viện Hải quân Phi-líp-pin",
            "Phòng họp trực tuyến, Nhà B2",
            "Chủ đề hội thảo: thực thi Công ước của Liên hợp quốc về Luật Biển năm 1982 (UNCLOS).\nViệt Nam phê chuẩn Công ước ngày 23/6/1994.",
            "Hội thảo",
            "CONFIRMED",
        ),
        (
            "20221122-06",
            "T20221122T090000",
            "T20221122T113000",
            "Đón đoàn Học viện Hải quân Hoa Kỳ",
            "Học viện Hải quân, Nha Trang",
            "Dự kiến đoàn gồm 12 giảng viên và học viên của Học viện Hải quân Hoa Kỳ (Annapolis). Chương trình sẽ được xác nhận sau.",
            "Đoàn vào",
            "TENTATIVE",
        ),
        (
            "20221201-07",
            "T20221201T090000",
            "T20221201T110000",
            "Tiếp đoàn Lực lượng Bảo vệ bờ biển Nhật Bản",
            "Phòng khách A1, Học viện Hải quân, Nha Trang",
            "Đoàn Lực lượng Bảo vệ bờ biển Nhật Bản trao đổi kinh nghiệm đào tạo về thực thi pháp luật trên biển.",
            "Tiếp khách",
            "CONFIRMED",
        ),
        (
            "20221208-08",
            "D20221208",
            "D20221211",
            "Tham quan Triển lãm Quốc phòng quốc tế Việt Nam 2022",
            "Sân bay Gia Lâm, Hà Nội",
            "Triển lãm do Bộ Quốc phòng tổ chức tại Hà Nội từ ngày 8 đến 10/12/2022.\nHọc viện cử 40 cán bộ, học viên tham quan.",
            "Triển lãm",
            "CONFIRMED",
        ),
        (
            "20221213-09",
            "D20221213",
            "D20221216",
            "Đoàn Học viện thăm Học viện Hải quân Hàn Quốc",
            "Jinhae, Hàn Quốc",
            "Chuyến thăm bị hủy do phía bạn điều chỉnh kế hoạch huấn luyện.",
            "Đoàn ra",
            "CANCELLED",
        ),
        (
            "20221219-10",
            "T20221219T150000",
            "T20221219T163000",
            "Giám đốc Học viện tiếp Đại sứ Ấn Độ",
            "Phòng khách A1, Học viện Hải quân, Nha Trang",
            "Đại sứ Ấn Độ tại Việt Nam trao tặng Học viện một phòng học ngoại ngữ do Chính phủ Ấn Độ tài trợ.",
            "Tiếp khách",
            "CONFIRMED",
        ),
        (
            "20221227-11",
            "T20221227T080000",
            "T20221227T113000",
            "Tổng kết công tác đối ngoại năm 2022",
            "Hội trường A1, Học viện Hải quân, Nha Trang",
            "Giao ban tổng kết; thông qua kế hoạch đối ngoại năm 2023.",
            "Nội bộ",
            "CONFIRMED",
        ),
    ],
}


def hic_blocks(doc: dict) -> list:
    out = [("title", doc["name"])]
    for ev in doc["events"]:
        out += [("heading", ev[3], 1), ("paragraph", ev[5].replace("\n", " "))]
    return out


def _esc(s: str) -> str:
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> list[str]:
    """Fold at 75 octets, never inside a UTF-8 character; continuation lines start with one space."""
    out, cur, limit = [], "", 75
    for ch in line:
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur, limit = " " + ch, 75
        else:
            cur += ch
    out.append(cur)
    return out


def render_ics(doc: dict, path: Path) -> list[str]:
    def dtv(name: str, v: str) -> str:
        if v[0] == "D":
            return f"{name};VALUE=DATE:{v[1:]}"
        return f"{name};TZID=Asia/Ho_Chi_Minh:{v[1:]}"

    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Hoc vien Hai quan//Lich doi ngoai 1.0//VI",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:" + _esc(doc["name"]),
        "X-WR-TIMEZONE:Asia/Ho_Chi_Minh",
        "BEGIN:VTIMEZONE",
        "TZID:Asia/Ho_Chi_Minh",
        "X-LIC-LOCATION:Asia/Ho_Chi_Minh",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0700",
        "TZOFFSETTO:+0700",
        "TZNAME:+07",
        "DTSTART:19700101T000000",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]
    for uid, start, end, summ, loc, desc, cat, status in doc["events"]:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{uid}@hocvienhaiquan.example.vn",
            "DTSTAMP:20221001T020000Z",
            dtv("DTSTART", start),
            dtv("DTEND", end),
            "SUMMARY:" + _esc(summ),
            "LOCATION:" + _esc(loc),
            "DESCRIPTION:" + _esc(desc),
            "CATEGORIES:" + _esc(cat),
            f"STATUS:{status}",
            "TRANSP:OPAQUE",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    folded = [f for ln in lines for f in _fold(ln)]
    path.write_bytes(("\r\n".join(folded) + "\r\n").encode("utf-8"))
    return []


def read_ics(path: Path) -> str:
    raw = path.read_bytes().decode("utf-8").replace("\r\n ", "")
    out = []
    for ln in raw.split("\r\n"):
        name, _, val = ln.partition(":")
        if name.split(";")[0] in ("X-WR-CALNAME", "SUMMARY", "DESCRIPTION"):
            val = re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), val)
            out.append(val.replace("\n", " "))
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------- d RSS
HID = {
    "id": "hid",
    "shape": "feed",
    "ext": "xml",
    "title": "Biển Đảo Quê Hương – Hồ sơ quốc phòng và biển đảo",
    "link": "https://biendaoquehuong.example.vn/ho-so",
    "description": "Tin tức, tư liệu về quốc phòng, biển đảo và đối ngoại của Việt Nam",
    "lastBuildDate": "Fri, 08 Mar 2024 07:30:00 +0700",
    "items": [
        {
            "title": "Việt Nam và Ô-xtrây-li-a nâng quan hệ lên Đối tác chiến lược toàn diện",
            "slug": "viet-nam-o-xtray-li-a-doi-tac-chien-luoc-toan-dien",
            "pub": "Thu, 07 Mar 2024 16:40:00 +0700",
            "by": "Minh Khang",
            "cat": "Đối ngoại",
            "lead": "Chiều nay tại Can-bê-ra, trong chuyến thăm chính thức Ô-xtrây-li-a, Thủ tướng Phạm Minh Chính và Thủ tướng Anthony Albanese tuyên bố nâng quan hệ hai nước lên Đối tác chiến lược toàn diện.",
            "img": "/anh/2024/03/canbera.jpg",
        },
        {
            "title": "Tàu sân bay Ronald Reagan cập cảng Tiên Sa",
            "slug": "tau-san-bay-ronald-reagan-tien-sa",
            "pub": "Sun, 25 Jun 2023 11:20:00 +0700",
            "by": "Hải Đăng",
            "cat": "Quốc phòng",
            "lead": "Sáng nay, tàu sân bay USS Ronald Reagan của Hải quân Hoa Kỳ cập cảng Tiên Sa (Đà Nẵng), bắt đầu chuyến thăm kéo dài đến ngày 30/6.",
        },
        {
            "title": "Khai mạc Triển lãm Quốc phòng quốc tế Việt Nam 2022",
            "slug": "khai-mac-trien-lam-quoc-phong-quoc-te-viet-nam-2022",
            "pub": "Thu, 08 Dec 2022 10:05:00 +0700",
            "by": "Thu Trang",
            "cat": "Quốc phòng",
            "lead": "Triển lãm Quốc phòng quốc tế Việt Nam lần đầu tiên khai mạc sáng nay tại Hà Nội.",
            "img": "/anh/2022/12/trien-lam.jpg",
            "article": [
                (
                    "strong",
                    "Sáng 8/12, tại sân bay Gia Lâm (Hà Nội), Bộ Quốc phòng khai mạc Triển lãm Quốc phòng quốc tế Việt Nam 2022, diễn ra đến hết ngày 10/12.",
                ),
                ("p", "Thủ tướng Phạm Minh Chính dự lễ khai mạc và tham quan các gian trưng bày."),
                ("figure", "Các gian trưng bày vũ khí, trang bị tại sân bay Gia Lâm. Ảnh: Thu Trang"),
                (
                    "p",
                    "Triển lãm quy tụ nhiều doanh nghiệp quốc phòng trong nước và quốc tế; đây là dịp để Việt Nam quảng bá năng lực công nghiệp quốc phòng và tìm kiếm đối tác hợp tác.",
                ),
            ],
        },
        {
            "title": "Tàu sân bay Carl Vinson thăm Đà Nẵng",
            "slug": "tau-san-bay-carl-vinson-tham-da-nang",
            "pub": "Mon, 05 Mar 2018 09:15:00 +0700",
            "by": "Hải Đăng",
            "cat": "Quốc phòng",
            "lead": "Sáng nay, tàu sân bay USS Carl Vinson đến Đà Nẵng, bắt đầu chuyến thăm 5 ngày.",
            "article": [
                ("strong", "Đây là lần đầu tiên một tàu sân bay Mỹ thăm Việt Nam kể từ sau năm 1975."),
                (
                    "p",
                    "Cùng đến Đà Nẵng có tuần dương hạm USS Lake Champlain và khu trục hạm USS Wayne E. Meyer; tàu sân bay neo ở ngoài khơi do kích thước quá lớn.",
                ),
                ("figure", "Tàu sân bay USS Carl Vinson neo ngoài khơi Đà Nẵng. Ảnh: Tư liệu"),
                (
                    "p",
                    "Trong thời gian thăm, thủy thủ đoàn tham gia các hoạt động giao lưu văn hóa, thể thao &amp; từ thiện tại thành phố.",
                ),
            ],
        },
        {
            "title": "Việt Nam hoan nghênh việc Tòa Trọng tài ra phán quyết về vụ kiện Biển Đông",
            "slug": "viet-nam-hoan-nghenh-phan-quyet-toa-trong-tai",
            "pub": "Tue, 12 Jul 2016 21:30:00 +0700",
            "by": "Lan Phương",
            "cat": "Biển Đông",
            "lead": "Tối nay, Người phát ngôn Bộ Ngoại giao Lê Hải Bình ra tuyên bố về phán quyết của Tòa Trọng tài trong vụ Phi-líp-pin kiện Trung Quốc.",
            "img": "/anh/2016/07/nguoi-phat-ngon.jpg",
            "article": [
                (
                    "strong",
                    "Chiều 12/7, Tòa Trọng tài thành lập theo Phụ lục VII của Công ước của Liên hợp quốc về Luật Biển năm 1982 đã ra phán quyết cuối cùng trong vụ kiện do Phi-líp-pin khởi xướng năm 2013.",
                ),
                (
                    "p",
                    "Người phát ngôn cho biết Việt Nam hoan nghênh việc Tòa Trọng tài ra phán quyết cuối cùng và sẽ có tuyên bố về nội dung của phán quyết.",
                ),
                ("figure", "Người phát ngôn Bộ Ngoại giao Lê Hải Bình. Ảnh: Tư liệu"),
                (
                    "p",
                    "Phán quyết kết luận không có cơ sở pháp lý để Trung Quốc yêu sách quyền lịch sử đối với tài nguyên trong vùng biển nằm trong &#8220;đường chín đoạn&#8221;.",
                ),
                ("p", "Trung Quốc tuyên bố không chấp nhận và không công nhận phán quyết."),
            ],
        },
        {
            "title": "Thủ tướng Nguyễn Tấn Dũng phát biểu đề dẫn tại Đối thoại Shangri-La",
            "slug": "thu-tuong-phat-bieu-de-dan-shangri-la",
            "pub": "Fri, 31 May 2013 22:10:00 +0700",
            "by": "Minh Khang",
            "cat": "Đối ngoại",
            "lead": "Tối nay tại Xin-ga-po, Thủ tướng Nguyễn Tấn Dũng có bài phát biểu đề dẫn khai mạc Đối thoại Shangri-La lần thứ 12. Thủ tướng nhấn mạnh việc xây dựng lòng tin chiến lược vì hòa bình, hợp tác và thịnh vượng ở châu Á – Thái Bình Dương.",
        },
        {
            "title": "ASEAN và Trung Quốc ký Tuyên bố về ứng xử của các bên ở Biển Đông",
            "slug": "asean-trung-quoc-ky-doc",
            "pub": "Mon, 04 Nov 2002 18:45:00 +0700",
            "by": "Lan Phương",
            "cat": "Biển Đông",
            "lead": "Chiều 4/11, tại Phnôm Pênh (Cam-pu-chia), đại diện các nước ASEAN và Trung Quốc đã ký Tuyên bố về ứng xử của các bên ở Biển Đông (DOC).",
        },
    ],
}


def _html_text(s: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", s))


def hid_blocks(doc: dict) -> list:
    out = [("title", doc["title"])]
    for it in doc["items"]:
        out += [("heading", it["title"], 1), ("paragraph", it["lead"])]
        out += [("paragraph", _html_text(t)) for _, t in it.get("article", [])]
    return out


def render_rss(doc: dict, path: Path) -> list[str]:
    base = "https://biendaoquehuong.example.vn"
    x = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
        "<channel>",
        f"<title>{html.escape(doc['title'], quote=False)}</title>",
        f"<link>{doc['link']}</link>",
        f'<atom:link href="{base}/ho-so/rss.xml" rel="self" type="application/rss+xml" />',
        f"<description>{html.escape(doc['description'], quote=False)}</description>",
        "<language>vi</language>",
        f"<lastBuildDate>{doc['lastBuildDate']}</lastBuildDate>",
        "<generator>WordPress 6.4.3</generator>",
    ]
    for n, it in enumerate(doc["items"]):
        url = f"{base}/{it['slug']}.html"
        x += [
            "<item>",
            f"\t<title>{html.escape(it['title'], quote=False)}</title>",
            f"\t<link>{url}</link>",
            f'\t<guid isPermaLink="false">{base}/?p={5120 - 37 * n}</guid>',
            f"\t<pubDate>{it['pub']}</pubDate>",
            f"\t<dc:creator><![CDATA[{it['by']}]]></dc:creator>",
            f"\t<category><![CDATA[{it['cat']}]]></category>",
        ]
        if "img" in it:
            x.append(
                f'\t<description><![CDATA[<img src="{base}{it["img"]}" width="300" alt="" /> {it["lead"]}]]></description>'
            )
        else:
            x.append(f"\t<description>{html.escape('<p>' + it['lead'] + '</p>', quote=False)}</description>")
        if "article" in it:
            parts = []
            for kind, t in it["article"]:
                if kind == "strong":
                    parts.append(f"<p><strong>{t}</strong></p>")
                elif kind == "figure":
                    parts.append(
                        f'<figure class="wp-block-image"><img src="{base}{it.get("img", "/anh/tu-lieu.jpg")}" alt="" /><figcaption>{t}</figcaption></figure>'
                    )
                else:
                    parts.append(f"<p>{t}</p>")
            x.append("\t<content:encoded><![CDATA[" + "\n".join(parts) + "]]></content:encoded>")
        x.append("</item>")
    x += ["</channel>", "</rss>"]
    path.write_text("\n".join(x) + "\n", encoding="utf-8")
    return []


def read_rss(path: Path) -> str:
    root = ET.parse(path).getroot()
    ch = root.find("channel")
    out = [ch.findtext("title")]
    for it in ch.findall("item"):
        out.append(it.findtext("title"))
        out.append(_html_text(it.findtext("description")))
        enc = it.findtext("{http://purl.org/rss/1.0/modules/content/}encoded")
        if enc:
            out += [_html_text(p) for p in re.findall(r"<(?:p|figcaption)>(.*?)</(?:p|figcaption)>", enc)]
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------- e ODT
HIE = {
    "id": "hie",
    "shape": "document",
    "ext": "odt",
    "issuer": (
        ["TỈNH ỦY KHÁNH HÒA", "BAN TUYÊN GIÁO", "*", "Số 48-KH/BTGTU"],
        ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "", "Khánh Hòa, ngày 20 tháng 5 năm 2024"],
    ),
    "title": "KẾ HOẠCH{br}tuyên truyền kỷ niệm 30 năm Việt Nam phê chuẩn Công ước của Liên hợp quốc về Luật Biển năm 1982",
    "blocks": [
        ("heading", "I. MỤC ĐÍCH, YÊU CẦU", 1),
        (
            "paragraph",
            "Tuyên truyền sâu rộng ý nghĩa của việc **Quốc hội nước ta** phê chuẩn __Công ước của Liên hợp quốc về Luật Biển năm 1982__ (UNCLOS){fn} ngày 23/6/1994; qua đó khẳng định chủ trương giải quyết các tranh chấp trên biển bằng biện pháp hòa bình, trên cơ sở luật pháp quốc tế.",
        ),
        ("heading", "II. NỘI DUNG TUYÊN TRUYỀN", 1),
        (
            "list_item",
            "Quá trình Việt Nam tham gia và thực thi Công ước, trong đó có việc Quốc hội thông qua __Luật Biển Việt Nam__ năm 2012.",
        ),
        (
            "list_item",
            "Tuyên bố về ứng xử của các bên ở Biển Đông (DOC) do ASEAN và Trung Quốc ký ngày 4/11/2002 tại Phnôm Pênh; tiến trình đàm phán Bộ quy tắc ứng xử ở Biển Đông (COC) đang được thúc đẩy.",
        ),
        (
            "list_item",
            "Phán quyết ngày 12/7/2016 của Tòa Trọng tài trong vụ Phi-líp-pin kiện Trung Quốc và lập trường nhất quán của Việt Nam về phán quyết này.",
        ),
        (
            "list_item",
            "Chính sách quốc phòng “bốn không” nêu trong **Sách trắng Quốc phòng Việt Nam năm 2019**.",
        ),
        ("heading", "III. HÌNH THỨC VÀ THỜI GIAN", 1),
        ("paragraph", "Các hoạt động{s2}chủ yếu được tổ chức trong tháng 6/2024, cụ thể như sau:"),
        ("row", ["TT", "Hoạt động", "Thời gian", "Đơn vị chủ trì"]),
        ("row", ["1", "Hội thảo khoa học “30 năm thực thi UNCLOS”", "18/6/2024", "Ban Tuyên giáo Tỉnh ủy"]),
        (
            "row",
            ["2", "Triển lãm tư liệu về Hoàng Sa, Trường Sa", "20 – 25/6/2024", "Sở Văn hóa và Thể thao"],
        ),
        (
            "row",
            [
                "3",
                "Giao lưu với cán bộ, chiến sĩ Vùng 4 Hải quân tại Cam Ranh",
                "23/6/2024",
                "Bộ Chỉ huy Quân sự tỉnh",
            ],
        ),
        ("row", ["4", "Tọa đàm với Tổng Lãnh sự quán Ấn Độ về hợp tác biển", "Quý III/2024", "Sở Ngoại vụ"]),
        (
            "paragraph",
            "Không tổ chức hoạt động có yếu tố nước ngoài khi chưa được Thường trực Tỉnh ủy cho ý kiến. Chuyến thăm huyện đảo Trường Sa của đoàn nhà báo nước ngoài, dự kiến trong dịp này, đã được hoãn sang năm 2025.",
        ),
        ("heading", "IV. TỔ CHỨC THỰC HIỆN", 1),
        (
            "paragraph",
            "Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Sở Ngoại vụ và Bộ Chỉ huy Quân sự tỉnh triển khai Kế hoạch này; báo cáo kết quả về Thường trực Tỉnh ủy trước ngày 15/7/2024.",
        ),
    ],
    "note": "Công ước được ký ngày 10/12/1982 tại Môn-tê-gô-bay (Gia-mai-ca) và có hiệu lực từ ngày 16/11/1994.",
    "tail": [
        "Nơi nhận:{tab}K/T TRƯỞNG BAN",
        "- Thường trực Tỉnh ủy (b/c),{tab}PHÓ TRƯỞNG BAN",
        "- Lưu Văn phòng Ban.{tab}(đã ký)",
        "{tab}Lê Văn Quang",
    ],
}


def hie_blocks(doc: dict) -> list:
    out = [("title", plain(doc["title"]).replace("\n", " "))]
    for b in doc["blocks"]:
        if b[0] == "row":
            out.append(("list_item", " | ".join(b[1])))
        else:
            out.append((b[0], " ".join(plain(b[1]).split()), *b[2:]))
    out.append(("paragraph", doc["note"]))
    return out


NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
}
XMLNS = " ".join(f'xmlns:{k}="{v}"' for k, v in NS.items())


def _odt_inline(s: str, note: str = "") -> str:
    """Markup to Writer's inline XML: T1 bold, T2 italic spans, text:s, text:tab, text:line-break, the note."""
    out, bold, ital = [], False, False
    for piece in MARK.split(s):
        if piece == "**":
            bold = not bold
            out.append('<text:span text:style-name="T1">' if bold else "</text:span>")
        elif piece == "__":
            ital = not ital
            out.append('<text:span text:style-name="T2">' if ital else "</text:span>")
        elif piece == "{tab}":
            out.append("<text:tab/>")
        elif piece == "{br}":
            out.append("<text:line-break/>")
        elif piece == "{fn}":
            out.append(
                '<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation>'
                f'<text:note-body><text:p text:style-name="Footnote">{html.escape(note, quote=False)}</text:p>'
                "</text:note-body></text:note>"
            )
        elif m := re.fullmatch(r"\{s(\d+)\}", piece):
            n = int(m.group(1))
            out.append(" " + (f'<text:s text:c="{n - 1}"/>' if n > 2 else "<text:s/>"))
        elif piece:
            out.append(html.escape(piece, quote=False))
    return "".join(out)


def render_odt(doc: dict, path: Path) -> list[str]:
    auto = (
        '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>'
        '<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Text_20_body">'
        '<style:paragraph-properties fo:text-align="justify" fo:text-indent="1cm"/></style:style>'
        '<style:style style:name="P3" style:family="paragraph" style:parent-style-name="Table_20_Contents">'
        '<style:text-properties fo:font-weight="bold"/></style:style>'
        '<style:style style:name="P4" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:text-align="center"/></style:style>'
        '<style:style style:name="P5" style:family="paragraph" style:parent-style-name="List_20_Bullet" style:list-style-name="L1"/>'
        '<style:style style:name="P6" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties><style:tab-stops><style:tab-stop style:position="10cm"/></style:tab-stops></style:paragraph-properties></style:style>'
        '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
        '<style:style style:name="T2" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>'
        '<style:style style:name="Table1" style:family="table"><style:table-properties style:width="16cm" table:align="margins"/></style:style>'
        '<style:style style:name="Table2" style:family="table"><style:table-properties style:width="16cm" table:align="margins"/></style:style>'
        '<text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" text:bullet-char="-">'
        '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment"/></text:list-level-style-bullet></text:list-style>'
    )
    body = []

    def table(name: str, rows: list[list[str]], header: bool, pstyle: str) -> str:
        ncol = len(rows[0])
        t = [
            f'<table:table table:name="{name}" table:style-name="{name}"><table:table-column table:number-columns-repeated="{ncol}"/>'
        ]
        for i, row in enumerate(rows):
            tr = "".join(
                f'<table:table-cell office:value-type="string"><text:p text:style-name="{"P3" if header and i == 0 else pstyle}">{_odt_inline(c)}</text:p></table:table-cell>'
                for c in row
            )
            if header and i == 0:
                t.append(
                    f"<table:table-header-rows><table:table-row>{tr}</table:table-row></table:table-header-rows>"
                )
            else:
                t.append(f"<table:table-row>{tr}</table:table-row>")
        t.append("</table:table>")
        return "".join(t)

    left, right = doc["issuer"]
    body.append(table("Table1", [[a, b] for a, b in zip(left, right, strict=False)], False, "P4"))
    body.append(f'<text:p text:style-name="P1">{_odt_inline(doc["title"])}</text:p>')
    blocks = doc["blocks"]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b[0] == "heading":
            if b[1].startswith("IV."):  # the page ends between the paragraph above and this heading
                body.append("<text:soft-page-break/>")
            body.append(
                f'<text:h text:style-name="Heading_20_{b[2]}" text:outline-level="{b[2]}">{_odt_inline(b[1])}</text:h>'
            )
        elif b[0] == "list_item":
            items = []
            while i < len(blocks) and blocks[i][0] == "list_item":
                items.append(
                    f'<text:list-item><text:p text:style-name="P5">{_odt_inline(blocks[i][1])}</text:p></text:list-item>'
                )
                i += 1
            body.append('<text:list xml:id="list1" text:style-name="L1">' + "".join(items) + "</text:list>")
            continue
        elif b[0] == "row":
            rows = []
            while i < len(blocks) and blocks[i][0] == "row":
                rows.append(blocks[i][1])
                i += 1
            body.append(table("Table2", rows, True, "Table_20_Contents"))
            continue
        else:
            body.append(f'<text:p text:style-name="P2">{_odt_inline(b[1], doc["note"])}</text:p>')
        i += 1
    body += [f'<text:p text:style-name="P6">{_odt_inline(t)}</text:p>' for t in doc["tail"]]
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-content {XMLNS} office:version="1.3"><office:font-face-decls/>'
        f"<office:automatic-styles>{auto}</office:automatic-styles><office:body><office:text>"
        '<text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Table"/></text:sequence-decls>'
        + "".join(body)
        + "</office:text></office:body></office:document-content>"
    )
    styles = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-styles {XMLNS} office:version="1.3"><office:styles>'
        '<style:default-style style:family="paragraph"><style:text-properties style:font-name="Times New Roman" fo:font-size="13pt" fo:language="vi" fo:country="VN"/></style:default-style>'
        '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
        '<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text"/>'
        '<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:class="text"/>'
        '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1" style:class="text"><style:text-properties fo:font-weight="bold"/></style:style>'
        '<style:style style:name="List_20_Bullet" style:display-name="List Bullet" style:family="paragraph" style:parent-style-name="Text_20_body" style:class="list"/>'
        '<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>'
        '<style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:text-properties fo:font-size="10pt"/></style:style>'
        "</office:styles><office:automatic-styles>"
        '<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21.001cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="3cm" fo:margin-right="2cm"/></style:page-layout>'
        '</office:automatic-styles><office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles></office:document-styles>'
    )
    meta = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-meta {XMLNS} office:version="1.3"><office:meta>'
        "<meta:generator>LibreOffice/7.6.4.1$Windows_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1</meta:generator>"
        "<dc:title>Kế hoạch tuyên truyền kỷ niệm 30 năm phê chuẩn UNCLOS</dc:title>"
        "<meta:initial-creator>Văn phòng Ban Tuyên giáo</meta:initial-creator>"
        "<meta:creation-date>2024-05-20T08:12:00</meta:creation-date><dc:date>2024-05-20T10:41:00</dc:date>"
        "<dc:language>vi-VN</dc:language></office:meta></office:document-meta>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    stamp = (2024, 5, 20, 10, 41, 0)
    with zipfile.ZipFile(path, "w") as z:
        for name, data, method in [
            ("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED),
            ("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED),
            ("meta.xml", meta, zipfile.ZIP_DEFLATED),
            ("styles.xml", styles, zipfile.ZIP_DEFLATED),
            ("content.xml", content, zipfile.ZIP_DEFLATED),
        ]:
            info = zipfile.ZipInfo(name, stamp)
            info.compress_type = method
            z.writestr(info, data.encode("utf-8"))
    return []


def read_odt(path: Path) -> str:
    """Writer's text: paragraphs and headings (spans joined, text:s as spaces, the note's citation dropped),
    table rows as their cells joined by " | ", the footnote bodies at the end."""
    T = "{{{}}}".format(NS["text"])
    TB = "{{{}}}".format(NS["table"])
    root = ET.fromstring(zipfile.ZipFile(path).read("content.xml"))
    notes: list[str] = []

    def para(el) -> str:
        s = el.text or ""
        for ch in el:
            if ch.tag == T + "s":
                s += " " * int(ch.get(T + "c", "1"))
            elif ch.tag == T + "tab":
                s += "\t"
            elif ch.tag == T + "line-break":
                s += "\n"
            elif ch.tag == T + "note":
                notes.append(" ".join(para(p) for p in ch.find(T + "note-body")))
            else:
                s += para(ch)
            s += ch.tail or ""
        return s

    out = []
    for el in root.iter():
        if el.tag == TB + "table-row":
            out.append(" | ".join(" ".join(para(p) for p in c) for c in el))
        elif el.tag in (T + "p", T + "h"):
            out.append(para(el))
    return "\n".join(out + notes)


# ---------------------------------------------------------------------------------------------- build
DOCS = [HIA, HIB, HIC, HID, HIE]
RENDER = {
    "hia": (render_docx, read_docx, hia_blocks),
    "hib": (render_pdf, read_pdf, hib_blocks),
    "hic": (render_ics, read_ics, hic_blocks),
    "hid": (render_rss, read_rss, hid_blocks),
    "hie": (render_odt, read_odt, hie_blocks),
}


def main() -> int:
    try:
        import docx  # noqa: F401
        import fpdf  # noqa: F401
    except ImportError:  # run by a python without python-docx / fpdf2: use the project's venv
        import os

        venv = HERE.parents[2] / ".venv" / "bin" / "python"
        if venv.exists() and Path(sys.prefix).resolve() != venv.parents[1].resolve():
            os.execv(str(venv), [str(venv), __file__, *sys.argv[1:]])
        raise
    gold_docs = []
    (HERE / "gold").mkdir(exist_ok=True)
    for doc in DOCS:
        render, _, blocks = RENDER[doc["id"]]
        name = f"{doc['id']}_{doc['shape']}.{doc['ext']}"
        removed = render(doc, HERE / name)
        g = {"id": doc["id"], "shape": doc["shape"], "blocks": blocks(doc)}
        gold_docs.append(g)
        st = gold_structure(g, name, removed)
        (HERE / "gold" / f"structure.{doc['id']}.json").write_text(
            json.dumps(st, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    if "--check" not in sys.argv[1:]:
        return 0
    bad = check_gold(HERE, gold_docs, PREFIX, rendered=False)
    # rendered: 3-4 questions per document, every gold block readable in its file
    nq: dict[str, int] = {}
    for line in (HERE / "gold" / "questions.probe.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)["doc"]
            nq[d] = nq.get(d, 0) + 1
    problems = 0
    for doc, g in zip(DOCS, gold_docs, strict=False):
        if not 3 <= nq.get(doc["id"], 0) <= 4:
            print(f"[{doc['id']}] {nq.get(doc['id'], 0)} questions (3-4 wanted)")
            problems += 1
        name = f"{doc['id']}_{doc['shape']}.{doc['ext']}"
        flat = norm(RENDER[doc["id"]][1](HERE / name))
        if doc["id"] == "hib":  # the footnote markers are removed lines, not words of the sentence
            flat = flat.replace("¹", "").replace("²", "")
        for b in g["blocks"]:
            t = norm(b[1])
            ok = t in flat or (doc["id"] == "hib" and _words_in_order(t, flat))
            if not ok:
                print(f"[{doc['id']}] gold block not read in the file: {t[:60]}")
                problems += 1
        if doc["id"] == "hib":  # the footnote markers on the page that prints the footnotes
            from pdfminer.high_level import extract_text

            page = extract_text(str(HERE / name), page_numbers=[FOOTNOTE_PAGE - 1])
            if page.count("¹") < 2 or page.count("²") < 2:
                print(f"[hib] footnote markers not on page {FOOTNOTE_PAGE}")
                problems += 1
    print("rendered check:", "ok" if not problems else f"{problems} problem(s)")
    return 1 if (bad or problems) else 0


if __name__ == "__main__":
    sys.exit(main())
