"""Build the three hundred thirty-third held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout333/build_heldout333.py [--check]

Five short documents on Vietnam with the former GDR and Eastern Europe: a speech at a meeting marking 75 years
of relations with Hungary (February 2025), a (fictitious) year-end report for 2025 of a friendship association
with Bulgaria, a JOURNAL ARTICLE AS A REAL PDF on Vietnamese students and contract workers in the GDR and
Eastern Europe 1955 – 1990 (the new shape, replacing the news page; built with fpdf2), a (fictitious) plan of
a friendship union for 2027 with Central and Eastern European partners, and a chronology of relations with
Czechoslovakia and the Czech Republic. Facts are well-established; the speaker, authors, journal, page
numbers, document numbers, the report's and plan's items, footnotes and quoted words are invented.

The PDF needs fpdf2 (in the project's .venv); without it the committed PDF is kept and only checked.
The gold of the PDF is written from the text a reader reads (the blocks below: sentences whole, single
spaces, no footnote markers); its structure gold lists the running header, the page numbers and the two
superscript footnote markers as removed lines. ``--check`` verifies the gold against the blocks and, where
pdfminer is installed, that every block's words occur in order in the PDF's text layer.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
import heldout_kit  # noqa: E402
from heldout_kit import (  # noqa: E402
    build,
    check_gold,
    chronology_text,
    gold_structure,
    ministry_plan,
    norm,
    report_word,
    speech_text,
)

DJA_SPEECH = {
    "id": "dja",
    "shape": "speech",
    "speaker": "PHÁT BIỂU CỦA CHỦ TỊCH HỘI CỰU LƯU HỌC SINH VIỆT NAM TẠI HUNG-GA-RI",
    "place": "Hà Nội, ngày 3 tháng 2 năm 2025",
    "blocks": [
        (
            "title",
            "Tại buổi gặp mặt kỷ niệm 75 năm thiết lập quan hệ ngoại giao Việt Nam – Hung-ga-ri (3/2/1950 – 3/2/2025)",
        ),
        ("paragraph", "Kính thưa Ngài Đại sứ Hung-ga-ri tại Việt Nam,"),
        ("paragraph", "Thưa các bạn cựu lưu học sinh,"),
        (
            "paragraph",
            "Ngày 3/2/1950, Hung-ga-ri chính thức công nhận và thiết lập quan hệ ngoại giao với Việt Nam Dân chủ Cộng hòa, trở thành một trong những nước đầu tiên ở châu Âu làm như vậy. Trong những năm kháng chiến, nhân dân Hung-ga-ri đã giúp đỡ chúng ta cả về vật chất lẫn tinh thần.",
        ),
        (
            "paragraph",
            "Từ những năm 1950 đến cuối thập niên 1980, hàng nghìn thanh niên Việt Nam được Hung-ga-ri đào tạo tại các trường đại học ở Bu-đa-pét, Đê-brê-xen, Xê-ghết. Nhiều người trong số chúng tôi đã trở thành giáo sư, kỹ sư, nhà ngoại giao.",
        ),
        (
            "paragraph",
            "Năm 2018, hai nước nâng quan hệ lên Đối tác toàn diện. Hằng năm, Chính phủ Hung-ga-ri vẫn dành học bổng Stipendium Hungaricum cho sinh viên Việt Nam. Tuy vậy, số sinh viên Việt Nam sang Hung-ga-ri học tập chưa tương xứng với tiềm năng.",
        ),
        (
            "paragraph",
            "Năm nay, Hội sẽ phối hợp với Đại sứ quán Hung-ga-ri tổ chức Ngày hội du học Hung-ga-ri tại Hà Nội và Thành phố Hồ Chí Minh. Xin chúc tình hữu nghị Việt Nam – Hung-ga-ri mãi mãi bền vững!",
        ),
    ],
}

DJB_WORD = {
    "id": "djb",
    "shape": "word",
    "head": [
        "LIÊN HIỆP CÁC TỔ CHỨC HỮU NGHỊ VIỆT NAM",
        "HỘI HỮU NGHỊ VIỆT NAM – BUN-GA-RI",
        "Số: 19/BC-HHN",
        "Hà Nội, ngày 26 tháng 12 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Tổng kết công tác năm 2025",
    ],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết công tác năm 2025"),
        ("heading", "I. CÁC HOẠT ĐỘNG CHÍNH", 1),
        (
            "list_item",
            "1. Tháng 2/2025, Hội phối hợp với Đại sứ quán Bun-ga-ri tổ chức mít tinh kỷ niệm 75 năm Ngày thiết lập quan hệ ngoại giao Việt Nam – Bun-ga-ri (8/2/1950 – 8/2/2025).",
        ),
        (
            "list_item",
            "2. Tháng 6/2025, đoàn Hội do Chủ tịch Hội dẫn đầu thăm Xô-phi-a và Plốp-đip, làm việc với Hội Hữu nghị Bun-ga-ri – Việt Nam.",
        ),
        (
            "list_item",
            "3. Hội vận động hội viên là cựu lưu học sinh tại Bun-ga-ri quyên góp 120 triệu đồng ủng hộ đồng bào vùng bão lũ.",
        ),
        (
            "list_item",
            "4. Dự án biên soạn sách ảnh về cựu lưu học sinh Việt Nam tại Bun-ga-ri chưa hoàn thành do thiếu tư liệu.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2026", 1),
        (
            "list_item",
            "1. Tổ chức Tuần văn hóa Bun-ga-ri tại Hà Nội nhân Ngày Quốc khánh Bun-ga-ri 3/3.",
        ),
        (
            "list_item",
            "2. Mời đoàn Hội Hữu nghị Bun-ga-ri – Việt Nam sang thăm Việt Nam trong quý IV/2026.",
        ),
        (
            "paragraph",
            "Trên đây là báo cáo tổng kết công tác năm 2025 của Hội Hữu nghị Việt Nam – Bun-ga-ri.",
        ),
    ],
}

DJC_ARTICLE = {
    "id": "djc",
    "shape": "article",
    "header": "Tạp chí Lịch sử và Quan hệ quốc tế, Tập 8, Số 3 (2025)",
    "first_page": 63,
    "blocks": [
        ("title", "LƯU HỌC SINH VÀ LAO ĐỘNG VIỆT NAM Ở CỘNG HÒA DÂN CHỦ ĐỨC VÀ ĐÔNG ÂU (1955 – 1990)"),
        ("author", "Phan Thị Thu Trang, Nguyễn Đức Khải"),
        ("affiliation", "Viện Sử học, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết khảo sát việc Việt Nam gửi học sinh, sinh viên, thực tập sinh và công nhân sang Cộng hòa Dân chủ Đức và các nước Đông Âu từ giữa thập niên 1950 đến khi nước Đức thống nhất, qua đó đánh giá vai trò cầu nối của lực lượng này trong quan hệ song phương.",
            "vi",
        ),
        ("keywords", "CHDC Đức; Đông Âu; lưu học sinh; hợp tác lao động; cộng đồng người Việt", "vi"),
        ("heading", "1. Mở đầu", 1),
        (
            "paragraph",
            "Từ đầu năm 1950, Ba Lan, Tiệp Khắc, Hung-ga-ri và các nước dân chủ nhân dân Đông Âu khác lần lượt công nhận Việt Nam Dân chủ Cộng hòa. Sau Hiệp định Giơ-ne-vơ năm 1954, đào tạo cán bộ ở nước ngoài trở thành một nhiệm vụ cấp thiết của công cuộc xây dựng miền Bắc (Nguyễn Văn Hùng, 2012, tr. 45).",
        ),
        ("heading", "2. Lưu học sinh", 1),
        (
            "paragraph",
            "Năm 1955, khoảng 350 thiếu nhi Việt Nam được gửi sang học tập tại trường nội trú dành riêng cho học sinh Việt Nam ở Moritzburg, gần Đrét-xđen. Tháng 7/1957, trong chuyến thăm Cộng hòa Dân chủ Đức, Chủ tịch Hồ Chí Minh đã đến thăm các em. Trong những năm 1960 – 1980, hàng nghìn lưu học sinh Việt Nam theo học tại các trường đại học ở Lai-pxích, Đrét-xđen và Béc-lin, cũng như ở Vác-sa-va, Pra-ha và Bu-đa-pét.",
        ),
        ("footnote", "Trường hoạt động đến năm 1959, khi các học sinh trở về nước."),
        ("heading", "3. Hợp tác lao động", 1),
        (
            "paragraph",
            "Ngày 11/4/1980, hai nước ký Hiệp định về việc cử và tiếp nhận công nhân Việt Nam sang làm việc có thời hạn và đào tạo nghề tại các xí nghiệp của Cộng hòa Dân chủ Đức. Đến năm 1989, số lao động Việt Nam tại đây lên tới khoảng 60 nghìn người, làm việc chủ yếu trong các ngành dệt may, cơ khí và hóa chất. Cùng thời gian, Tiệp Khắc, Bun-ga-ri và Liên Xô cũng tiếp nhận hàng chục nghìn lao động Việt Nam. Một cựu công nhân nhớ lại đó là những năm “vừa làm, vừa học, vừa gửi từng chiếc xe đạp, từng bao đường về quê” (Trần Thị Mai, 2018, tr. 19).",
        ),
        (
            "footnote",
            "Các số liệu về lao động trong bài được tổng hợp từ những báo cáo công bố sau năm 1990.",
        ),
        ("heading", "4. Sau năm 1990", 1),
        (
            "paragraph",
            "Sau khi Bức tường Béc-lin sụp đổ tháng 11/1989 và nước Đức thống nhất ngày 3/10/1990, phần lớn hợp đồng lao động bị chấm dứt trước thời hạn. Chính phủ Đức hỗ trợ một khoản tiền cho những người tự nguyện về nước, song nhiều người đã ở lại và trở thành hạt nhân của cộng đồng người Việt ở Đức ngày nay. Các cựu lưu học sinh và lao động trở thành cầu nối quan trọng, góp phần để hai nước thiết lập quan hệ Đối tác chiến lược vào tháng 10/2011 (Lê Văn Định, 2020).",
        ),
        ("heading", "5. Kết luận", 1),
        (
            "paragraph",
            "Đến nay, chưa có công trình nào thống kê đầy đủ số lưu học sinh Việt Nam được đào tạo tại các nước Đông Âu. Việt Nam cần tiếp tục phát huy mạng lưới cựu lưu học sinh này trong quan hệ với Đức và các nước Trung – Đông Âu.",
        ),
        ("heading", "TÀI LIỆU THAM KHẢO", 1),
        (
            "list_item",
            "1. Lê Văn Định (2020), Cộng đồng người Việt ở Đức sau thống nhất, Nxb. Thế giới, Hà Nội.",
        ),
        (
            "list_item",
            "2. Nguyễn Văn Hùng (2012), Đào tạo cán bộ ở nước ngoài thời kỳ 1954 – 1975, Nxb. Chính trị quốc gia, Hà Nội.",
        ),
        (
            "list_item",
            "3. Trần Thị Mai (2018), “Ký ức lao động hợp tác ở Đông Âu”, Tạp chí Ký ức và Lịch sử, số 4, tr. 15-22.",
        ),
    ],
}

DJD_PLAN = {
    "id": "djd",
    "shape": "plan",
    "head": [
        f"{'LIÊN HIỆP CÁC TỔ CHỨC':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'HỮU NGHỊ THÀNH PHỐ HÀ NỘI':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 92/KH-LHHN':<40}Hà Nội, ngày 10 tháng 12 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Công tác đối ngoại nhân dân với các nước Trung và Đông Âu năm 2027",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Công tác đối ngoại nhân dân với các nước Trung và Đông Âu năm 2027"),
        ("heading", "I. MỤC ĐÍCH", 1),
        (
            "paragraph",
            "Phát huy mạng lưới cựu lưu học sinh, cựu lao động từng học tập, làm việc tại Cộng hòa Dân chủ Đức và các nước Đông Âu để tăng cường quan hệ hữu nghị giữa Thủ đô với các địa phương của Đức, Ba Lan, Séc, Xlô-va-ki-a.",
        ),
        ("heading", "II. NHIỆM VỤ", 1),
        (
            "list_item",
            "1. Tháng 4/2027, tổ chức Diễn đàn cựu lưu học sinh Việt Nam tại Đức và Đông Âu tại Hà Nội.",
        ),
        (
            "list_item",
            "2. Ký thỏa thuận hợp tác với Hội Hữu nghị Ba Lan – Việt Nam về trao đổi thanh niên.",
        ),
        (
            "list_item",
            "3. Cử đoàn sang thăm Lai-pxích và Béc-lin, gặp gỡ cộng đồng người Việt tại Đức trong tháng 9/2027.",
        ),
        (
            "list_item",
            "4. Đề nghị Đại sứ quán Xlô-va-ki-a hỗ trợ tổ chức triển lãm ảnh về lưu học sinh Việt Nam ở Bra-ti-xla-va.",
        ),
        (
            "list_item",
            "5. Chưa tổ chức đoàn sang Séc trong năm 2027.",
        ),
        ("heading", "III. TỔ CHỨC THỰC HIỆN", 1),
        (
            "paragraph",
            "Ban Đối ngoại nhân dân chủ trì, phối hợp với các hội hữu nghị thành viên triển khai Kế hoạch, báo cáo kết quả vào cuối năm.",
        ),
    ],
}

DJE_CHRONOLOGY = {
    "id": "dje",
    "shape": "chronology",
    "blocks": [
        ("title", "Niên biểu quan hệ Việt Nam – Tiệp Khắc, Séc"),
        (
            "paragraph",
            "Những mốc chính trong quan hệ giữa Việt Nam với Tiệp Khắc trước đây và Cộng hòa Séc ngày nay, xếp theo năm. Tư liệu tổng hợp từ các nguồn đã công bố.",
        ),
        ("heading", "1950", 1),
        (
            "list_item",
            "Ngày 2/2: Tiệp Khắc công nhận và thiết lập quan hệ ngoại giao với Việt Nam Dân chủ Cộng hòa.",
        ),
        ("heading", "1957", 1),
        ("list_item", "Tháng 7: Chủ tịch Hồ Chí Minh thăm Tiệp Khắc."),
        ("heading", "1954 – 1975", 1),
        (
            "list_item",
            "Tiệp Khắc viện trợ kinh tế, quân sự cho Việt Nam và đào tạo nhiều cán bộ, công nhân kỹ thuật của ta.",
        ),
        ("heading", "1980 – 1989", 1),
        (
            "list_item",
            "Hàng chục nghìn công nhân, thực tập sinh Việt Nam sang làm việc và học nghề tại các nhà máy của Tiệp Khắc.",
        ),
        ("heading", "1993", 1),
        (
            "list_item",
            "Ngày 1/1: Cộng hòa Séc ra đời sau khi Tiệp Khắc giải thể; Việt Nam công nhận và kế thừa quan hệ ngoại giao với Séc.",
        ),
        ("list_item", "Cùng ngày: Việt Nam công nhận Cộng hòa Xlô-va-ki-a và thiết lập quan hệ ngoại giao."),
        ("heading", "2013", 1),
        (
            "list_item",
            "Tháng 7: Chính phủ Séc công nhận cộng đồng người Việt là một dân tộc thiểu số của Séc.",
        ),
    ],
}

DOCS = [DJA_SPEECH, DJB_WORD, DJC_ARTICLE, DJD_PLAN, DJE_CHRONOLOGY]

FONTS = Path("/usr/share/fonts/truetype/dejavu")
MARKS = "¹²"
CREATED = dt.datetime(2025, 9, 15, 8, 0, 0, tzinfo=dt.timezone.utc)


def render_speech(doc: dict) -> str:
    """A speech copied as text (heldout_kit.speech_text) with paragraphs wrapped at 78 columns."""
    return speech_text(doc, 78)


def render_word(doc: dict) -> str:
    """An association's report saved from Word as text by heldout_kit.report_word."""
    return report_word(doc, ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "(Đã ký)"])


def render_plan(doc: dict) -> str:
    """A friendship union's plan by heldout_kit.ministry_plan."""
    return ministry_plan(
        doc,
        signature=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(đã ký)"],
        recipients=["- Thành ủy Hà Nội (để b/c);", "- Lưu: VT, BĐN."],
    )


def render_chronology(doc: dict) -> str:
    """A chronology page by heldout_kit.chronology_text, entries one a line."""
    return chronology_text(doc)


def article_pdf(doc: dict, path: Path) -> list[str]:
    """NEW SHAPE: the journal article as a real PDF (fpdf2, DejaVu Serif, A4). Page one: the journal line, the
    title, the authors, the affiliation, "Tóm tắt:" and "Từ khóa:" in one column; then the body in two justified
    columns (text_columns) flowing across the column and onto the next page, headings in bold, the footnote
    markers ¹ ² glued to the sentences they annotate and the two footnotes in 7.5 pt under a short rule at the
    foot of page one; every page after the first carries the running header (journal, volume, issue) under a
    rule; every page its number centred at the foot; the reference list at the end of the columns. Returns the
    lines layout repair must remove (the running header, the page numbers, the markers)."""
    from fpdf import FPDF

    blocks = doc["blocks"]
    notes = [b[1] for b in blocks if b[0] == "footnote"]
    first = doc["first_page"]
    header = doc["header"]

    class Article(FPDF):
        def header(self) -> None:
            if self.page_no() > 1:
                self.set_font("DejaVu", "I", 8.5)
                self.set_xy(self.l_margin, 10)
                self.cell(0, 5, header, align="C")
                self.line(self.l_margin, 16, self.w - self.r_margin, 16)
                self.set_y(22)

        def footer(self) -> None:
            if self.page_no() == 1:
                self.set_y(-40)
                self.line(self.l_margin, self.get_y(), self.l_margin + 50, self.get_y())
                self.ln(1.5)
                self.set_font("DejaVu", "", 7.5)
                for mark, note in zip(MARKS, notes, strict=False):
                    self.multi_cell(0, 3.6, f"{mark} {note}", new_x="LMARGIN", new_y="NEXT")
            self.set_y(-14)
            self.set_font("DejaVu", "", 9)
            self.cell(0, 5, str(first + self.page_no() - 1), align="C")

    pdf = Article(format="A4")
    pdf.set_creation_date(CREATED)
    pdf.set_title(blocks[0][1])
    pdf.set_author(next(b[1] for b in blocks if b[0] == "author"))
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSerif.ttf"))
    pdf.add_font("DejaVu", "B", str(FONTS / "DejaVuSerif-Bold.ttf"))
    pdf.add_font("DejaVu", "I", str(FONTS / "DejaVuSerif-Italic.ttf"))
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, margin=44)
    pdf.add_page()
    # page one, one column: the journal line, the front matter
    pdf.set_font("DejaVu", "B", 9)
    pdf.cell(0, 5, header, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.line(pdf.l_margin, pdf.get_y() + 1, pdf.w - pdf.r_margin, pdf.get_y() + 1)
    pdf.ln(8)
    body = []
    for b in blocks:
        kind, text = b[0], b[1]
        if kind == "title":
            pdf.set_font("DejaVu", "B", 14)
            pdf.multi_cell(0, 7, text, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        elif kind == "author":
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.multi_cell(0, 5.5, text, align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "affiliation":
            pdf.set_font("DejaVu", "I", 9.5)
            pdf.multi_cell(0, 5, text, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(5)
        elif kind in ("abstract", "keywords"):
            label = "Tóm tắt: " if kind == "abstract" else "Từ khóa: "
            pdf.set_font("DejaVu", "", 9.5)
            pdf.multi_cell(
                0, 4.8, f"**{label}**{text}", markdown=True, align="J", new_x="LMARGIN", new_y="NEXT"
            )
            pdf.ln(2 if kind == "abstract" else 6)
        elif kind != "footnote":
            body.append(b)
    # the body in two justified columns; the markers after the sentences their notes annotate
    marked = {
        "gần Đrét-xđen.": "gần Đrét-xđen." + MARKS[0],
        "dệt may, cơ khí và hóa chất.": "dệt may, cơ khí và hóa chất." + MARKS[1],
    }
    with pdf.text_columns(ncols=2, gutter=8, text_align="J", line_height=1.45) as cols:
        for kind, text, *_ in body:
            if kind == "heading":
                pdf.set_font("DejaVu", "B", 10.5)
                with cols.paragraph(text_align="L", top_margin=2.5, bottom_margin=1.5) as par:
                    par.write(text)
            elif kind == "list_item":
                pdf.set_font("DejaVu", "", 8.5)
                with cols.paragraph(text_align="L", bottom_margin=1) as par:
                    par.write(text)
            else:
                for plain, with_mark in marked.items():
                    text = text.replace(plain, with_mark)
                pdf.set_font("DejaVu", "", 10.5)
                with cols.paragraph(bottom_margin=1.5) as par:
                    par.write(text)
    last = first + pdf.page_no() - 1
    pdf.output(str(path))
    return [header, *(str(n) for n in range(first, last + 1)), *MARKS[: len(notes)]]


def pdf_text(path: Path) -> str | None:
    """The PDF's text layer by pdfminer (None where pdfminer is not installed)."""
    try:
        from pdfminer.high_level import extract_text
    except ImportError:
        return None
    return extract_text(str(path))


def words_in_order(text: str, flat: str) -> bool:
    pos = 0
    for w in norm(text).split(" "):
        pos = flat.find(w, pos)
        if pos < 0:
            return False
        pos += len(w)
    return True


def main() -> int:
    text_docs = [d for d in DOCS if d["shape"] != "article"]
    build(
        HERE,
        text_docs,
        {"speech": render_speech, "word": render_word, "plan": render_plan, "chronology": render_chronology},
    )
    name = f"{DJC_ARTICLE['id']}_article.pdf"
    gold_path = HERE / "gold" / f"structure.{DJC_ARTICLE['id']}.json"
    try:
        removed = article_pdf(DJC_ARTICLE, HERE / name)
        gold_path.write_text(
            json.dumps(gold_structure(DJC_ARTICLE, name, removed), ensure_ascii=False, indent=1) + "\n",
            encoding="utf-8",
        )
    except ImportError:
        print(f"fpdf2 not installed: {name} and its structure gold kept as committed")
    if "--check" not in sys.argv[1:]:
        return 0
    bad = check_gold(HERE, DOCS, "dj", rendered=False)
    bad += heldout_kit._check_rendered(HERE, text_docs)
    # the PDF: 3-4 questions, every block's words in order in the text layer, markers and header seen there
    nq = sum(
        1
        for line in (HERE / "gold" / "questions.probe.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip() and json.loads(line)["doc"] == DJC_ARTICLE["id"]
    )
    if not 3 <= nq <= 4:
        print(f"[djc] {nq} questions (3-4 wanted)")
        bad += 1
    layer = pdf_text(HERE / name)
    if layer is None:
        print("pdfminer not installed: the PDF's text layer is not checked")
    else:
        flat = norm(layer.replace("\f", " "))
        flat_no_marks = flat
        for mark in MARKS:
            flat_no_marks = flat_no_marks.replace(mark, "")
        for b in json.loads(gold_path.read_text(encoding="utf-8"))["blocks"]:
            if not words_in_order(b["text"], flat_no_marks):
                print(f"[djc] gold block not in the PDF's text: {b['text'][:60]}")
                bad += 1
        for ln in json.loads(gold_path.read_text(encoding="utf-8"))["removed_lines"]:
            if ln not in flat:
                print(f"[djc] removed line not in the PDF's text: {ln}")
                bad += 1
    print("PDF check:", "ok" if not bad else f"{bad} problem(s) in all")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
