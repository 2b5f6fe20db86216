"""Build the three hundred forty-fifth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout345/build_heldout345.py [--check]

Five short documents on Party-to-party relations and people's diplomacy: a journal article on the Communist
Party of Vietnam's relations with the Lao People's Revolutionary Party and the Communist Party of China, a
(fictitious) provincial Party external relations board's report for 2025 saved from Word, an ODT document
saved by LibreOffice Writer (the new shape, replacing the news page): a (fictitious) provincial friendship
union's plan for people's diplomacy in 2027, an interview with a (fictitious) friendship association officer on
Vietnam – Russia ties, and an encyclopedia entry on the Vietnam Union of Friendship Organizations. Facts are
well-established; authors, journal, page numbers, document numbers, the local bodies' activities and quoted
words are invented. Gold is written by hand; ``--check`` verifies that every gold evidence, quote and citation
occurs in the documents (for the ODT, in the text a reader sees in Writer, extracted from content.xml).
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import (  # noqa: E402
    _check_rendered,
    build,
    check_gold,
    entry_text,
    headed_journal,
    interview_text,
    norm,
    report_word,
)

GKA_JOURNAL = {
    "id": "gka",
    "shape": "journal",
    "header": "TẠP CHÍ XÂY DỰNG ĐẢNG VÀ ĐỐI NGOẠI – Số 4 (2025)",
    "first_page": 88,
    "break_after": 3,
    "blocks": [
        ("title", "QUAN HỆ ĐỐI NGOẠI ĐẢNG: TRỤ CỘT CỦA NỀN NGOẠI GIAO TOÀN DIỆN"),
        ("author", "Vũ Thị Minh Hòa"),
        ("affiliation", "Học viện Chính trị khu vực I"),
        (
            "abstract",
            "Bài viết khái quát quan hệ của Đảng Cộng sản Việt Nam với Đảng Nhân dân Cách mạng Lào và Đảng Cộng sản Trung Quốc.",
            "vi",
        ),
        ("keywords", "đối ngoại Đảng; quan hệ đặc biệt; Việt Nam – Lào", "vi"),
        ("heading", "1. Với Đảng Nhân dân Cách mạng Lào", 1),
        (
            "paragraph",
            "Việt Nam và Lào lập quan hệ ngoại giao ngày 5/9/1962. Ngày 18/7/1977, tại Viêng Chăn, hai nước ký Hiệp ước Hữu nghị và Hợp tác, đặt nền móng pháp lý cho quan hệ đặc biệt (Phan Văn Lộc, 2017, tr. 54). Năm 2022 được hai Đảng chọn làm Năm Đoàn kết hữu nghị Việt Nam – Lào.",
        ),
        ("heading", "2. Với Đảng Cộng sản Trung Quốc", 1),
        (
            "paragraph",
            "Từ ngày 30/10 đến 1/11/2022, Tổng Bí thư Nguyễn Phú Trọng thăm chính thức Trung Quốc, là lãnh đạo nước ngoài đầu tiên được đón sau Đại hội XX của Đảng Cộng sản Trung Quốc. Ngày 12 – 13/12/2023, Tổng Bí thư, Chủ tịch nước Tập Cận Bình thăm cấp nhà nước Việt Nam; hai bên tuyên bố xây dựng Cộng đồng chia sẻ tương lai có ý nghĩa chiến lược. Theo một nhà nghiên cứu, đây là “bước phát triển mới về chất” (Lương Đức Tâm, 2024, tr. 19).",
        ),
        ("heading", "3. Kết luận", 1),
        (
            "paragraph",
            "Đảng ta chưa ký văn kiện hợp tác mới với Đảng Cộng sản Liên bang Nga trong năm 2025 nhưng vẫn duy trì trao đổi thường xuyên (Bùi Quốc Trung, 2025).",
        ),
    ],
}

GKB_REPORT = {
    "id": "gkb",
    "shape": "word",
    "head": [
        "ĐẢNG BỘ TỈNH NGHỆ AN",
        "TỈNH ỦY",
        "Số: 214-BC/TU",
        "Nghệ An, ngày 15 tháng 12 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả công tác đối ngoại Đảng năm 2025",
    ],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác đối ngoại Đảng năm 2025"),
        ("heading", "I. KẾT QUẢ", 1),
        (
            "list_item",
            "1. Tháng 3/2025, đón đoàn đại biểu Tỉnh ủy Xiêng Khoảng (Lào) do Bí thư Tỉnh ủy dẫn đầu sang thăm và làm việc; hai bên ký kết biên bản hợp tác giai đoạn 2026 – 2030.",
        ),
        (
            "list_item",
            "2. Trường Chính trị tỉnh đào tạo 60 cán bộ của tỉnh Xiêng Khoảng và tỉnh Hủa Phăn theo chương trình trung cấp lý luận chính trị.",
        ),
        (
            "list_item",
            "3. Tỉnh hỗ trợ 5 tỷ đồng xây dựng trường học tại huyện Noọng Hét, tỉnh Xiêng Khoảng.",
        ),
        (
            "list_item",
            "4. Tháng 9/2025, đoàn cán bộ Ban Tổ chức Tỉnh ủy sang học tập kinh nghiệm tại tỉnh Vân Nam (Trung Quốc).",
        ),
        (
            "list_item",
            "5. Đề án kết nghĩa với một tỉnh của Liên bang Nga chưa được triển khai.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Tổ chức đoàn cấp cao của Tỉnh ủy sang thăm tỉnh Hủa Phăn nhân dịp Tết cổ truyền Bun-pi-mày.",
        ),
        (
            "list_item",
            "2. Tăng cường giao lưu giữa các tổ chức đảng, chính quyền và nhân dân hai bên biên giới.",
        ),
    ],
}

# gkc: the ODT. Each block is (type, content.xml fragment, level); its gold text is what Writer shows.
GKC_ODT = {
    "id": "gkc",
    "shape": "document",
    "date": "2026-12-08T09:30:00",
    "head": [
        '<text:p text:style-name="P1">LIÊN HIỆP CÁC TỔ CHỨC HỮU NGHỊ<text:tab/>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</text:p>',
        '<text:p text:style-name="P1">TỈNH LẠNG SƠN<text:tab/>Độc lập - Tự do - Hạnh phúc</text:p>',
        '<text:p text:style-name="P1">Số: 96/KH-LHHN<text:tab/><text:span text:style-name="T2">Lạng Sơn, ngày 08 tháng 12 năm 2026</text:span></text:p>',
    ],
    "xml": [
        (
            "title",
            '<text:p text:style-name="P2"><text:span text:style-name="T1">KẾ HOẠCH</text:span><text:line-break/>Công tác đối ngoại nhân dân năm 2027</text:p>',
        ),
        (
            "paragraph",
            '<text:p text:style-name="P3">Thực hiện Chỉ thị số 12-CT/TW ngày 5/1/2022 của Ban Bí thư<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p text:style-name="Footnote">Chỉ thị về tăng cường và nâng cao hiệu quả hoạt động đối ngoại nhân dân trong tình hình mới.</text:p></text:note-body></text:note>, Liên hiệp các tổ chức hữu nghị tỉnh xây dựng Kế hoạch<text:s text:c="2"/>công tác năm 2027 như sau:</text:p>',
        ),
        (
            "heading",
            '<text:h text:style-name="Heading_20_1" text:outline-level="1">I. KẾT QUẢ NĂM 2026</text:h>',
        ),
        (
            "paragraph",
            '<text:p text:style-name="P3">Năm 2026, Liên hiệp đã phối hợp với Hội Hữu nghị đối ngoại nhân dân Quảng Tây (Trung Quốc) tổ chức <text:span text:style-name="T2">Ngày hội giao lưu hữu nghị</text:span> tại cửa khẩu Hữu Nghị. <text:span text:style-name="T1">Đề nghị kết nghĩa với thành phố Bằng Tường chưa được phía bạn trả lời.</text:span></text:p>',
        ),
        ("soft", "<text:soft-page-break/>"),
        (
            "heading",
            '<text:h text:style-name="Heading_20_1" text:outline-level="1">II. NHIỆM VỤ NĂM 2027</text:h>',
        ),
        (
            "list_item",
            '<text:list-item><text:p text:style-name="P4">Đón đoàn Hội Hữu nghị đối ngoại nhân dân Quảng Tây sang dự Lễ hội Xuân <text:s/>tại thành phố Lạng Sơn.</text:p></text:list-item>',
        ),
        (
            "list_item",
            '<text:list-item><text:p text:style-name="P4">Cử đoàn sang Nam Ninh (Trung Quốc) tham dự Hội chợ Trung Quốc – ASEAN.</text:p></text:list-item>',
        ),
        (
            "list_item",
            '<text:list-item><text:p text:style-name="P4">Vận động các tổ chức phi chính phủ Hàn Quốc viện trợ 30.000 USD cho trường mầm non xã biên giới.</text:p></text:list-item>',
        ),
        (
            "table_head",
            '<table:table-row><table:table-cell office:value-type="string"><text:p text:style-name="P5">TT</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p text:style-name="P5">Hoạt động</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p text:style-name="P5">Thời gian</text:p></table:table-cell></table:table-row>',
        ),
        (
            "row",
            '<table:table-row><table:table-cell office:value-type="string"><text:p text:style-name="P6">1</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p text:style-name="P6">Giao lưu thanh niên Việt Nam – Trung Quốc</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p text:style-name="P6">Tháng 4/2027</text:p></table:table-cell></table:table-row>',
        ),
        (
            "row",
            '<table:table-row><table:table-cell office:value-type="string"><text:p text:style-name="P6">2</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p text:style-name="P6">Tiếp đoàn Đại sứ quán Lào thăm tỉnh</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p text:style-name="P6">Tháng 9/2027</text:p></table:table-cell></table:table-row>',
        ),
        (
            "paragraph",
            '<text:p text:style-name="P3">Văn phòng Liên hiệp chủ trì, phối hợp với Sở Ngoại vụ <text:span text:style-name="T1">theo dõi</text:span>, định kỳ báo cáo Ban Thường vụ Tỉnh ủy.</text:p>',
        ),
    ],
    "tail": [
        '<text:p text:style-name="P7">TM. BAN THƯỜNG VỤ<text:line-break/>CHỦ TỊCH<text:line-break/>(đã ký)</text:p>',
    ],
}

GKD_INTERVIEW = {
    "id": "gkd",
    "shape": "interview",
    "paper": "QUỐC TẾ – Báo Thời Đại",
    "stamp": "20/06/2025 08:15",
    "blocks": [
        ("title", "Ông Trần Hữu Nghĩa: “Tình hữu nghị Việt – Nga được vun đắp từ nhân dân”"),
        (
            "paragraph",
            "Nhân kỷ niệm 75 năm thiết lập quan hệ ngoại giao Việt Nam – Liên bang Nga (30/1/1950 – 30/1/2025), phóng viên trao đổi với ông Trần Hữu Nghĩa, Phó Chủ tịch Hội Hữu nghị Việt – Nga thành phố Hà Nội.",
        ),
        ("paragraph", "Phóng viên: Ông đánh giá thế nào về quan hệ hai nước hiện nay?"),
        (
            "paragraph",
            "Ông Trần Hữu Nghĩa: Hai nước là Đối tác chiến lược toàn diện từ năm 2012. Chuyến thăm cấp nhà nước của Tổng thống Vla-đi-mia Pu-tin tới Hà Nội ngày 19 – 20/6/2024 đã mở ra nhiều hướng hợp tác mới.",
        ),
        ("paragraph", "Phóng viên: Hội đã làm gì trong năm qua?"),
        (
            "paragraph",
            "Ông Trần Hữu Nghĩa: Tháng 5 vừa qua, Hội đón đoàn cựu chiến binh Nga từng giúp Việt Nam trong kháng chiến sang thăm Hà Nội. Hội cũng trao 20 suất học bổng cho sinh viên học tiếng Nga. Tuy vậy, chương trình trao đổi thanh niên với Xanh Pê-téc-bua chưa thực hiện được. Năm tới, Hội sẽ cử đoàn sang Mát-xcơ-va dự Ngày hội văn hóa Việt Nam.",
        ),
    ],
}

GKE_ENTRY = {
    "id": "gke",
    "shape": "entry",
    "blocks": [
        ("title", "Liên hiệp các tổ chức hữu nghị Việt Nam"),
        (
            "paragraph",
            "Liên hiệp các tổ chức hữu nghị Việt Nam (VUFO) là tổ chức chính trị – xã hội, chuyên trách công tác đối ngoại nhân dân, thành viên của Mặt trận Tổ quốc Việt Nam. Ngày truyền thống của Liên hiệp là 17/5/1950. Trụ sở của Liên hiệp đặt tại Hà Nội.",
        ),
        ("heading", "Hoạt động", 1),
        (
            "paragraph",
            "Liên hiệp là đầu mối quan hệ với các tổ chức phi chính phủ nước ngoài; Ban Điều phối viện trợ nhân dân (PACCOM) trực thuộc Liên hiệp giúp các tổ chức này hoạt động tại Việt Nam. Các hội hữu nghị song phương, như Hội Hữu nghị Việt Nam – Lào hay Hội Hữu nghị Việt Nam – Trung Quốc, là thành viên của Liên hiệp; ở các tỉnh, thành phố có liên hiệp các tổ chức hữu nghị địa phương.",
        ),
        ("heading", "Định hướng", 1),
        (
            "paragraph",
            "Chỉ thị số 12-CT/TW ngày 5/1/2022 của Ban Bí thư yêu cầu phát huy vai trò đối ngoại nhân dân cùng với đối ngoại Đảng và ngoại giao Nhà nước, làm nên ba trụ cột của nền đối ngoại Việt Nam. Năm 2025, Liên hiệp kỷ niệm 75 năm Ngày truyền thống.",
        ),
    ],
}

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
    "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
}
XMLNS = " ".join(f'xmlns:{k}="{v}"' for k, v in NS.items() if k != "manifest")
T = "{{{}}}".format(NS["text"])
TB = "{{{}}}".format(NS["table"])


def reader_text(el: ET.Element, notes: list[str]) -> str:
    """The text Writer shows for a paragraph or heading: spans joined, text:s as spaces (text:c of them),
    text:tab as a tab, text:line-break as a new line, a footnote's citation mark left out (its body kept in
    ``notes``), a soft page break as nothing."""
    out = [el.text or ""]
    for ch in el:
        tag = ch.tag
        if tag == T + "span":
            out.append(reader_text(ch, notes))
        elif tag == T + "s":
            out.append(" " * int(ch.get(T + "c", "1")))
        elif tag == T + "tab":
            out.append("\t")
        elif tag == T + "line-break":
            out.append("\n")
        elif tag == T + "note":
            body = ch.find(T + "note-body")
            notes.append(" ".join(reader_text(p, notes) for p in body))
        out.append(ch.tail or "")
    return "".join(out)


def parse_fragment(frag: str) -> ET.Element:
    return ET.fromstring(f"<root {XMLNS}>{frag}</root>")[0]


def gold_blocks(doc: dict) -> list[tuple]:
    """The structure gold from the XML blocks: title, headings (level from text:outline-level), paragraphs, list
    items, table rows (the header row too) as list items with cells joined by " | ", then the footnote bodies as
    paragraphs at the end. A line break inside a block reads as a space."""
    blocks: list[tuple] = []
    notes: list[str] = []
    for kind, frag in doc["xml"]:
        if kind == "soft":
            continue
        el = parse_fragment(frag)
        if kind in ("table_head", "row"):
            cells = [" ".join(reader_text(p, notes) for p in c) for c in el]
            blocks.append(("list_item", norm(" | ".join(cells))))
        elif kind == "list_item":
            blocks.append(("list_item", norm(" ".join(reader_text(p, notes) for p in el))))
        elif kind == "heading":
            blocks.append(("heading", norm(reader_text(el, notes)), int(el.get(T + "outline-level"))))
        else:
            blocks.append((kind, norm(reader_text(el, notes))))
    blocks += [("paragraph", norm(n)) for n in notes]
    return blocks


GKC_ODT["blocks"] = gold_blocks(GKC_ODT)

DOCS = [GKA_JOURNAL, GKB_REPORT, GKC_ODT, GKD_INTERVIEW, GKE_ENTRY]

AUTO_STYLES = (
    "<office:automatic-styles>"
    '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard">'
    '<style:paragraph-properties><style:tab-stops><style:tab-stop style:position="8.5cm"/></style:tab-stops>'
    '</style:paragraph-properties><style:text-properties fo:font-weight="bold"/></style:style>'
    '<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Title">'
    '<style:paragraph-properties fo:text-align="center"/></style:style>'
    '<style:style style:name="P3" style:family="paragraph" style:parent-style-name="Text_20_body">'
    '<style:paragraph-properties fo:text-align="justify" fo:text-indent="1cm"/></style:style>'
    '<style:style style:name="P4" style:family="paragraph" style:parent-style-name="List_20_Paragraph"/>'
    '<style:style style:name="P5" style:family="paragraph" style:parent-style-name="Table_20_Contents">'
    '<style:text-properties fo:font-weight="bold"/></style:style>'
    '<style:style style:name="P6" style:family="paragraph" style:parent-style-name="Table_20_Contents"/>'
    '<style:style style:name="P7" style:family="paragraph" style:parent-style-name="Standard">'
    '<style:paragraph-properties fo:text-align="end"/></style:style>'
    '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
    '<style:style style:name="T2" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>'
    '<style:style style:name="Table1" style:family="table"><style:table-properties style:width="16cm"/></style:style>'
    '<text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" text:bullet-char="-">'
    '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment"/></text:list-level-style-bullet>'
    "</text:list-style>"
    "</office:automatic-styles>"
)


def odt_content(doc: dict) -> str:
    """content.xml as Writer saves it: the issuer block paragraphs, the title, the body (list items inside one
    text:list, table rows inside one table:table with its header rows), the signature paragraph."""
    body: list[str] = list(doc["head"])
    i, xml = 0, doc["xml"]
    while i < len(xml):
        kind, frag = xml[i]
        if kind == "list_item":
            items = []
            while i < len(xml) and xml[i][0] == "list_item":
                items.append(xml[i][1])
                i += 1
            body.append('<text:list xml:id="list1" text:style-name="L1">' + "".join(items) + "</text:list>")
            continue
        if kind == "table_head":
            rows = []
            head = frag
            i += 1
            while i < len(xml) and xml[i][0] == "row":
                rows.append(xml[i][1])
                i += 1
            body.append(
                '<table:table table:name="Table1" table:style-name="Table1">'
                '<table:table-column table:number-columns-repeated="3"/>'
                "<table:table-header-rows>"
                + head
                + "</table:table-header-rows>"
                + "".join(rows)
                + "</table:table>"
            )
            continue
        body.append(frag)
        i += 1
    body += doc["tail"]
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-content {XMLNS} office:version="1.3">'
        "<office:font-face-decls/>" + AUTO_STYLES + "<office:body><office:text>"
        '<text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Table"/></text:sequence-decls>'
        + "".join(body)
        + "</office:text></office:body></office:document-content>"
    )


def odt_bytes(doc: dict) -> bytes:
    """The .odt ZIP: ``mimetype`` first and stored, then the manifest, meta.xml, styles.xml, content.xml, all with
    a fixed timestamp."""
    import io

    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<manifest:manifest xmlns:manifest="{NS["manifest"]}" manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    meta = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-meta {XMLNS} office:version="1.3"><office:meta>'
        "<meta:generator>LibreOffice/7.6.4.1$Windows_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1</meta:generator>"
        f"<meta:creation-date>{doc['date']}</meta:creation-date><dc:date>{doc['date']}</dc:date>"
        "<dc:title>Kế hoạch công tác đối ngoại nhân dân năm 2027</dc:title><dc:language>vi-VN</dc:language>"
        "</office:meta></office:document-meta>"
    )
    styles = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-styles {XMLNS} office:version="1.3"><office:styles>'
        '<style:default-style style:family="paragraph"><style:text-properties style:font-name="Times New Roman" fo:font-size="13pt" fo:language="vi" fo:country="VN"/></style:default-style>'
        '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
        '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1"><style:text-properties fo:font-weight="bold"/></style:style>'
        '<style:style style:name="Title" style:family="paragraph"><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>'
        '<style:style style:name="Footnote" style:family="paragraph"><style:text-properties fo:font-size="10pt"/></style:style>'
        "</office:styles></office:document-styles>"
    )
    stamp = (2026, 12, 8, 9, 30, 0)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data, method in [
            ("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED),
            ("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED),
            ("meta.xml", meta, zipfile.ZIP_DEFLATED),
            ("styles.xml", styles, zipfile.ZIP_DEFLATED),
            ("content.xml", odt_content(doc), zipfile.ZIP_DEFLATED),
        ]:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = method
            z.writestr(info, data.encode("utf-8"))
    return buf.getvalue()


def odt_reader_text(path: Path) -> str:
    """What a reader sees in Writer, one paragraph a line: every text:p / text:h in order (a table row's cells
    joined by " | "), footnote bodies at the end."""
    root = ET.fromstring(zipfile.ZipFile(path).read("content.xml"))
    notes: list[str] = []
    lines: list[str] = []
    office_text = root.find(".//{{{}}}text".format(NS["office"]))
    for el in office_text.iter():
        if el.tag in (T + "p", T + "h") and not _inside(
            el, office_text, (T + "note-body", TB + "table-cell")
        ):
            lines.append(reader_text(el, notes))
        elif el.tag == TB + "table-row":
            lines.append(" | ".join(" ".join(reader_text(p, notes) for p in c) for c in el))
    return "\n".join(lines + notes) + "\n"


def _inside(el: ET.Element, root: ET.Element, tags: tuple) -> bool:
    parents = {c: p for p in root.iter() for c in p}
    p = parents.get(el)
    while p is not None:
        if p.tag in tags:
            return True
        p = parents.get(p)
    return False


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word, signed for the provincial Party committee."""
    return report_word(doc, ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "(Đã ký)"])


def render_interview(doc: dict) -> str:
    return interview_text(doc, "Minh Châu (thực hiện)")


def main() -> int:
    text_docs = [d for d in DOCS if d["shape"] != "document"]
    build(
        HERE,
        text_docs,
        {"journal": headed_journal, "word": render_word, "interview": render_interview, "entry": entry_text},
    )
    odt = HERE / f"{GKC_ODT['id']}_document.odt"
    odt.write_bytes(odt_bytes(GKC_ODT))
    import json

    gold = {
        "doc": odt.name,
        "removed_lines": [],
        "blocks": [
            {"type": b[0], "text": b[1], **({"level": b[2]} if b[0] == "heading" else {})}
            for b in GKC_ODT["blocks"]
        ],
    }
    (HERE / "gold" / "structure.gkc.json").write_text(
        json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    if "--check" not in sys.argv[1:]:
        return 0
    bad = check_gold(HERE, DOCS, "gk", rendered=False)
    bad += _check_rendered(HERE, text_docs)
    # the ODT: 3-4 questions, every gold block but the title in the text Writer shows
    flat = norm(odt_reader_text(odt))
    nq = sum(
        1
        for ln in (HERE / "gold" / "questions.probe.jsonl").read_text(encoding="utf-8").splitlines()
        if '"doc": "gkc"' in ln
    )
    if not 3 <= nq <= 4:
        print(f"[gkc] {nq} questions (3-4 wanted)")
        bad += 1
    for b in GKC_ODT["blocks"]:
        if b[0] != "title" and norm(b[1]) not in flat:
            print(f"[gkc] gold block not in the ODT text: {b[1][:60]}")
            bad += 1
    z = zipfile.ZipFile(odt)
    first = z.infolist()[0]
    if first.filename != "mimetype" or first.compress_type != zipfile.ZIP_STORED:
        print("[gkc] mimetype is not the first, stored entry")
        bad += 1
    print("odt check:", "ok" if not bad else f"{bad} problem(s) in all")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
