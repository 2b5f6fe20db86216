"""Build the three hundred twenty-ninth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout329/build_heldout329.py [--check]

Five short documents on Vietnam and its maritime Southeast Asian neighbours: a journal article on the DOC of 2002
and the Code of Conduct talks, a (fictitious) Cà Mau fisheries sub-department's report for 2025 on fishermen in
the waters of Indonesia and Thailand, a (fictitious) Khánh Hòa foreign affairs department's report for 2025 saved
as a real Word file (the new shape, replacing the news page), a (fictitious) Nha Trang University plan for
cooperation with ASEAN universities in 2027, and an encyclopedia entry on Vietnam – Singapore relations. Facts are
well-established; authors, journal, page numbers, document numbers and the local bodies' activities are invented.
Gold is written by hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the documents,
the Word file's text read back from its XML with the standard library.

The Word file is written with python-docx; under an interpreter without it the script re-runs itself with the
project's .venv interpreter.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sys
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

HERE = Path(__file__).resolve().parent
VENV_PY = HERE.parents[2] / ".venv" / "bin" / "python"
try:
    import docx  # noqa: F401
except ImportError:  # python-docx lives in the project's .venv
    if VENV_PY.exists() and os.environ.get("HELDOUT329_REEXEC") != "1":
        os.environ["HELDOUT329_REEXEC"] = "1"
        os.execv(str(VENV_PY), [str(VENV_PY), __file__, *sys.argv[1:]])
    raise

from docx import Document  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402

sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import (  # noqa: E402
    _check_rendered,
    build,
    check_gold,
    entry_text,
    gold_structure,
    headed_journal,
    norm,
    report_word,
)

CLA = {
    "id": "cla",
    "shape": "journal",
    "header": "TẠP CHÍ LUẬT BIỂN VÀ QUẢN TRỊ ĐẠI DƯƠNG – Số 3 (2025)",
    "first_page": 61,
    "break_after": 3,
    "blocks": [
        ("title", "TỪ DOC ĐẾN COC: HAI THẬP KỶ ĐỐI THOẠI ASEAN – TRUNG QUỐC VỀ BIỂN ĐÔNG"),
        ("author", "Lại Thanh Tùng"),
        ("affiliation", "Khoa Luật quốc tế, Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết điểm lại tiến trình từ Tuyên bố DOC năm 2002 đến các vòng đàm phán Bộ Quy tắc ứng xử ở Biển Đông.",
            "vi",
        ),
        ("keywords", "DOC; COC; Biển Đông; ASEAN; UNCLOS 1982", "vi"),
        ("heading", "1. Tuyên bố DOC", 1),
        (
            "paragraph",
            "Ngày 4/11/2002, tại Phnôm Pênh (Cam-pu-chia), Bộ trưởng Ngoại giao các nước ASEAN và đại diện Trung Quốc ký Tuyên bố về ứng xử của các bên ở Biển Đông (DOC) (Hà Minh Khuê, 2012, tr. 77). Tháng 7/2011, tại Ba-li (In-đô-nê-xi-a), các bên thông qua Bộ Nguyên tắc hướng dẫn thực hiện DOC.",
        ),
        ("heading", "2. Đàm phán COC", 1),
        (
            "paragraph",
            "Tháng 8/2017, tại Ma-ni-la, Hội nghị Bộ trưởng Ngoại giao ASEAN – Trung Quốc thông qua khung Bộ Quy tắc ứng xử ở Biển Đông (COC); một năm sau, tại Xin-ga-po, các bên nhất trí Văn bản dự thảo đàm phán đơn nhất. Tháng 7/2023, tại Gia-các-ta, các bên thông qua Hướng dẫn đẩy nhanh đàm phán, đặt mục tiêu hoàn tất COC trong vòng ba năm. Việt Nam nhất quán ủng hộ một COC “thực chất, hiệu lực, phù hợp với luật pháp quốc tế” (Đinh Thị Hồng Vân, 2021, tr. 15).",
        ),
        ("heading", "3. Kết luận", 1),
        (
            "paragraph",
            "Đến nay, COC vẫn chưa được ký kết. Ngày 12/7/2016, Tòa Trọng tài thành lập theo Phụ lục VII của UNCLOS đã ra phán quyết trong vụ Phi-líp-pin kiện Trung Quốc, tạo thêm cơ sở pháp lý cho các bên (Chu Văn Định, 2024).",
        ),
    ],
}

CLB = {
    "id": "clb",
    "shape": "word",
    "head": [
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH CÀ MAU",
        "CHI CỤC THỦY SẢN",
        "Số: 154/BC-CCTS",
        "Cà Mau, ngày 16 tháng 12 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Tình hình tàu cá, ngư dân hoạt động tại vùng biển các nước lân cận năm 2025",
    ],
    "blocks": [
        ("title", "BÁO CÁO Tình hình tàu cá, ngư dân hoạt động tại vùng biển các nước lân cận năm 2025"),
        ("heading", "I. TÌNH HÌNH", 1),
        (
            "list_item",
            "1. Trong năm, 4 tàu cá với 31 ngư dân của tỉnh bị lực lượng chức năng In-đô-nê-xi-a bắt giữ do vi phạm vùng biển của nước bạn.",
        ),
        (
            "list_item",
            "2. Phối hợp với Đại sứ quán Việt Nam tại Gia-các-ta đưa 25 ngư dân về nước an toàn trong tháng 8/2025.",
        ),
        (
            "list_item",
            "3. Tháng 10/2025, đón đoàn Cục Nghề cá Thái Lan sang làm việc về truy xuất nguồn gốc hải sản và ký biên bản hợp tác.",
        ),
        (
            "list_item",
            "4. Không có tàu cá nào của tỉnh bị Ma-lai-xi-a bắt giữ trong năm 2025.",
        ),
        ("heading", "II. KIẾN NGHỊ", 1),
        (
            "list_item",
            "1. Đề nghị Bộ Ngoại giao tiếp tục trao đổi với phía In-đô-nê-xi-a để sớm thả 6 ngư dân còn bị tạm giữ.",
        ),
        (
            "list_item",
            "2. Tổ chức tập huấn cho ngư dân về Hiệp định phân định vùng đặc quyền kinh tế Việt Nam – In-đô-nê-xi-a.",
        ),
        (
            "paragraph",
            "Chi cục Thủy sản kính báo cáo Sở Nông nghiệp và Môi trường.",
        ),
    ],
}

# The Word report: each body block keeps its runs, (text, format) with format "" / "b" / "i" / "bi", as Word
# saves them; a "table" block holds the rows, a cell a string or a tuple of its paragraphs.
CLC_RUNS = [
    ("title", [("BÁO CÁO", "b")]),
    ("title", [("Kết quả công tác đối ngoại với các nước ASEAN năm 2025", "b")]),
    (
        "paragraph",
        [
            ("Năm 2025, trong bối cảnh Việt Nam nâng quan hệ với ", ""),
            ("In-đô-nê-xi-a", "b"),
            (" và ", ""),
            ("Xin-ga-po", "b"),
            (" lên ", ""),
            ("Đối tác chiến lược toàn diện", "i"),
            (" (tháng 3/2025), Sở Ngoại vụ đã tham mưu Ủy ban nhân dân tỉnh triển khai nhiều hoạt ", ""),
            ("động đối ngoại với các nước ASEAN. Kết quả cụ thể như sau:", ""),
        ],
    ),
    ("heading1", [("I. KẾT QUẢ ĐẠT ĐƯỢC", "")]),
    ("heading2", [("1. Công tác đón, tiếp các đoàn nước ngoài", "")]),
    (
        "paragraph",
        [
            ("Trong năm, tỉnh đã đón 14 đoàn khách quốc tế đến từ các nước ASEAN, trong đó có ", ""),
            ("6 đoàn cấp Bộ trưởng", "b"),
            (" và tương đương. Các đoàn tiêu biểu được nêu tại bảng dưới đây:", ""),
        ],
    ),
    (
        "table",
        [
            ("STT", "Thời gian", "Đoàn", "Nội dung chính"),
            (
                "1",
                "3/2025",
                "Đoàn Bộ Các vấn đề biển và Thủy sản In-đô-nê-xi-a",
                (
                    "Làm việc về hợp tác nuôi trồng thủy sản.",
                    "Thống nhất cơ chế trao đổi thông tin về tàu cá vi phạm.",
                ),
            ),
            (
                "2",
                "5/2025",
                "Đoàn Tổng Lãnh sự quán Xin-ga-po tại Thành phố Hồ Chí Minh",
                "Khảo sát địa điểm cho dự án khu công nghiệp của nhà đầu tư Xin-ga-po.",
            ),
            ("3", "6/2025", "Đoàn tàu Hải quân Hoàng gia Ma-lai-xi-a", "Thăm xã giao cảng quốc tế Cam Ranh."),
            ("4", "8/2025", "Đoàn tỉnh Pa-la-oan (Phi-líp-pin)", "Ký biên bản ghi nhớ hợp tác du lịch biển."),
            (
                "5",
                "10/2025",
                "Đoàn Bộ Ngoại giao Bru-nây",
                "Trao đổi về hợp tác dầu khí và đào tạo nguồn nhân lực.",
            ),
            ("6", "11/2025", "Đoàn Đại sứ quán Thái Lan", "Tổ chức Lễ hội văn hóa Thái Lan tại Nha Trang."),
        ],
    ),
    ("heading2", [("2. Công tác đoàn ra", "")]),
    (
        "paragraph",
        [
            ("Tháng 9/2025, ", ""),
            ("Phó Chủ tịch Ủy ban nhân dân tỉnh", "b"),
            (" dẫn đầu đoàn công tác thăm ", ""),
            ("Xin-ga-po", "i"),
            (" và ", ""),
            ("Ma-lai-xi-a", "i"),
            (", làm việc với ", ""),
            ("Enterprise Singapore", "i"),
            (" về kết nối doanh nghiệp hai bên.", ""),
        ],
    ),
    (
        "number",
        [("Ký kết 2 văn bản thỏa thuận hợp tác với các địa phương của Phi-líp-pin và In-đô-nê-xi-a.", "")],
    ),
    (
        "number",
        [
            ("Tiếp nhận 20 suất học bổng ngắn hạn do Chính phủ ", ""),
            ("Xin-ga-po", "b"),
            (" tài trợ cho cán bộ của tỉnh.", ""),
        ],
    ),
    (
        "number",
        [
            (
                "Phối hợp với Bộ Ngoại giao bảo hộ 12 ngư dân của tỉnh bị nhà chức trách Ma-lai-xi-a tạm giữ.",
                "",
            )
        ],
    ),
    ("heading2", [("3. Hạn chế", "")]),
    (
        "paragraph",
        [
            ("Đề xuất mở ", ""),
            ("đường bay thẳng", "i"),
            (" Cam Ranh – Gia-các-ta chưa được các hãng hàng không chấp thuận.", ""),
        ],
    ),
    ("pagebreak", []),
    ("heading1", [("II. PHƯƠNG HƯỚNG NĂM 2026", "")]),
    (
        "bullet",
        [
            (
                "Tổ chức Hội nghị xúc tiến đầu tư với doanh nghiệp Xin-ga-po tại Nha Trang trong quý II/2026.",
                "",
            )
        ],
    ),
    ("bullet", [("Cử đoàn sang thăm và làm việc với tỉnh Pa-la-oan (Phi-líp-pin) vào tháng 8/2026.", "")]),
    (
        "bullet",
        [
            ("Tiếp tục phối hợp bảo hộ ngư dân, ", ""),
            ("không để", "b"),
            (" tàu cá của tỉnh vi phạm vùng biển nước ngoài.", ""),
        ],
    ),
    (
        "paragraph",
        [("Trên đây là báo cáo kết quả công tác đối ngoại với các nước ASEAN năm 2025 của Sở Ngoại vụ.", "")],
    ),
]
CLC_ISSUER = (
    ["UBND TỈNH KHÁNH HÒA", "SỞ NGOẠI VỤ", "Số: 125/BC-SNgV"],
    [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Khánh Hòa, ngày 20 tháng 12 năm 2025",
    ],
)
CLC_TAIL = (
    ["Nơi nhận:", "- UBND tỉnh (để báo cáo);", "- Bộ Ngoại giao (Vụ ASEAN);", "- Lưu: VT, LS."],
    ["GIÁM ĐỐC", "(Đã ký)", "Nguyễn Hữu Phước"],
)
CLC_HEADER = "Báo cáo công tác đối ngoại với các nước ASEAN năm 2025"
CLC_FOOTER = "Sở Ngoại vụ tỉnh Khánh Hòa"
CLC_TIME = dt.datetime(2025, 12, 20, 8, 30, 0)


def cell_text(cell: str | tuple[str, ...]) -> str:
    """A table cell's text in the gold: its paragraphs joined by a space."""
    return cell if isinstance(cell, str) else " ".join(cell)


def clc_blocks() -> list[tuple]:
    """The gold blocks of the Word report: the title (its two centred paragraphs joined), headings (Heading 1 /
    Heading 2: levels 1 / 2), paragraphs, list items (the "List Number" and "List Bullet" paragraphs, without the
    number or bullet Word draws), then each row of the delegations table (the header row too) as one list item, its
    cells joined by " | "; runs joined as Word shows the paragraph. The issuer block, the "Nơi nhận" and signature
    block are no blocks (as in the plans of heldout257); the page header and footer are removed lines."""
    titles = [b for b in CLC_RUNS if b[0] == "title"]
    out: list[tuple] = [("title", " ".join("".join(t for t, _ in b[1]) for b in titles))]
    for kind, body in CLC_RUNS:
        text = "".join(t for t, _ in body) if kind != "table" else ""
        if kind == "heading1":
            out.append(("heading", text, 1))
        elif kind == "heading2":
            out.append(("heading", text, 2))
        elif kind == "paragraph":
            out.append(("paragraph", text))
        elif kind in ("number", "bullet"):
            out.append(("list_item", text))
        elif kind == "table":
            out += [("list_item", " | ".join(cell_text(c) for c in row)) for row in body]
    return out


CLC = {"id": "clc", "shape": "report", "blocks": clc_blocks()}


def _no_borders(table) -> None:
    """Take every border off a table (the issuer and signature blocks are laid out in borderless tables)."""
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def _lines_cell(cell, lines: list[str], bold_first: int, centred: bool = True) -> None:
    """Fill a cell with one paragraph per line, the first ``bold_first`` lines bold."""
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if centred:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(line)
        r.bold = i < bold_first
        if line.startswith(("Khánh Hòa, ngày", "(Đã ký)")):
            r.italic = True


def _runs(p, runs) -> None:
    for text, fmt in runs:
        r = p.add_run(text)
        r.bold = "b" in fmt or None
        r.italic = "i" in fmt or None


def render_report_docx(path: Path) -> None:
    """The Word report (NEW SHAPE: DOCX): the two-column borderless issuer table, the centred bold title
    paragraphs, Heading 1 / Heading 2 headings, body paragraphs in several runs (bold names, italic terms, a
    sentence split mid-run as Word saves it), "List Number" and "List Bullet" lists, the delegations table (header
    row, one cell of two paragraphs), a manual page break, the section's page header and footer, and the
    "Nơi nhận" / signature block as a borderless table."""
    d = Document()
    cp = d.core_properties
    cp.title = "Báo cáo kết quả công tác đối ngoại với các nước ASEAN năm 2025"
    cp.author = "Sở Ngoại vụ tỉnh Khánh Hòa"
    cp.created = CLC_TIME
    cp.modified = CLC_TIME
    cp.last_modified_by = "Sở Ngoại vụ tỉnh Khánh Hòa"
    cp.revision = 1
    sec = d.sections[0]
    sec.header.paragraphs[0].text = CLC_HEADER
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    sec.footer.paragraphs[0].text = CLC_FOOTER
    sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    issuer = d.add_table(rows=1, cols=2)
    _no_borders(issuer)
    _lines_cell(issuer.cell(0, 0), CLC_ISSUER[0], 2)
    _lines_cell(issuer.cell(0, 1), CLC_ISSUER[1], 2)
    for kind, body in CLC_RUNS:
        if kind == "title":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _runs(p, body)
        elif kind == "heading1":
            _runs(d.add_paragraph(style="Heading 1"), body)
        elif kind == "heading2":
            _runs(d.add_paragraph(style="Heading 2"), body)
        elif kind == "paragraph":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            _runs(p, body)
        elif kind == "number":
            _runs(d.add_paragraph(style="List Number"), body)
        elif kind == "bullet":
            _runs(d.add_paragraph(style="List Bullet"), body)
        elif kind == "pagebreak":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "table":
            t = d.add_table(rows=len(body), cols=len(body[0]))
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for i, row in enumerate(body):
                for j, cell in enumerate(row):
                    paras = (cell,) if isinstance(cell, str) else cell
                    c = t.cell(i, j)
                    for k, para in enumerate(paras):
                        p = c.paragraphs[0] if k == 0 else c.add_paragraph()
                        r = p.add_run(para)
                        r.bold = i == 0 or None
    tail = d.add_table(rows=1, cols=2)
    _no_borders(tail)
    _lines_cell(tail.cell(0, 0), CLC_TAIL[0], 1, centred=False)
    _lines_cell(tail.cell(0, 1), CLC_TAIL[1], 1)
    d.save(str(path))
    _fix_zip_times(path)


def _fix_zip_times(path: Path) -> None:
    """Rewrite the package with every entry dated CLC_TIME, so a rebuild gives the same bytes."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=CLC_TIME.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_texts(path: Path) -> tuple[list[str], list[str]]:
    """The Word file read back with the standard library: the body's paragraph and table-cell texts (runs
    joined, a cell's paragraphs joined by a space, a table row's cells by " | ") and the header/footer texts."""
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        body = ET.fromstring(z.read("word/document.xml")).find(f"{W}body")
        side = [
            "".join(t.text or "" for t in ET.fromstring(z.read(n)).iter(f"{W}t"))
            for n in names
            if re.fullmatch(r"word/(header|footer)\d*\.xml", n)
        ]

    def ptext(p) -> str:
        return "".join(t.text or "" for t in p.iter(f"{W}t"))

    out: list[str] = []
    for el in body:
        if el.tag == f"{W}p":
            out.append(ptext(el))
        elif el.tag == f"{W}tbl":
            for tr in el.iter(f"{W}tr"):
                cells = [" ".join(ptext(p) for p in tc.iter(f"{W}p")) for tc in tr.iter(f"{W}tc")]
                out.append(" | ".join(cells))
                out += cells
    return out, side


def check_docx(doc: dict) -> int:
    """Every gold block of the Word report (the title's parts too) is a paragraph, cell or row text of the file;
    the removed lines are its page header and footer; 3-4 questions on it."""
    s = json.loads((HERE / "gold" / f"structure.{doc['id']}.json").read_text(encoding="utf-8"))
    texts, side = docx_texts(HERE / s["doc"])
    flat = [norm(t) for t in texts]
    bad = 0
    for b in s["blocks"]:
        if b["type"] == "title":
            ok = all(norm(t) in flat for t in ("BÁO CÁO", b["text"][len("BÁO CÁO ") :]))
        else:
            ok = norm(b["text"]) in flat
        if not ok:
            print(f"[{doc['id']}] gold block not in the Word file: {b['text'][:60]}")
            bad += 1
    if sorted(s["removed_lines"]) != sorted(t for t in side if t):
        print(f"[{doc['id']}] removed lines {s['removed_lines']} are not the header/footer {side}")
        bad += 1
    nq = sum(
        1
        for ln in (HERE / "gold" / "questions.probe.jsonl").read_text(encoding="utf-8").splitlines()
        if ln.strip() and json.loads(ln)["doc"] == doc["id"]
    )
    if not 3 <= nq <= 4:
        print(f"[{doc['id']}] {nq} questions (3-4 wanted)")
        bad += 1
    return bad


CLD = {
    "id": "cld",
    "shape": "plan",
    "head": [
        f"{'BỘ GIÁO DỤC VÀ ĐÀO TẠO':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'TRƯỜNG ĐẠI HỌC NHA TRANG':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 58/KH-ĐHNT':<40}Khánh Hòa, ngày 14 tháng 12 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với các trường đại học ASEAN năm 2027",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác với các trường đại học ASEAN năm 2027"),
        (
            "paragraph",
            "Nhằm nâng cao năng lực đào tạo và nghiên cứu về thủy sản và kinh tế biển, Trường Đại học Nha Trang xây dựng Kế hoạch hợp tác với các trường đại học ASEAN năm 2027 như sau:",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2026", 1),
        (
            "paragraph",
            "Năm 2026, Trường đã ký thỏa thuận đào tạo thạc sĩ nuôi trồng thủy sản với Đại học Malaysia Terengganu (Ma-lai-xi-a) và đón đoàn Đại học Nông nghiệp Bogor (In-đô-nê-xi-a) sang trao đổi học thuật. Chương trình trao đổi sinh viên với Đại học Phi-líp-pin Visayas chưa thực hiện được do thiếu kinh phí.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2027", 1),
        (
            "list_item",
            "1. Tháng 6/2027, đăng cai Hội thảo quốc tế “Nghề cá bền vững ở Đông Nam Á” với các trường thành viên Mạng lưới đại học ASEAN.",
        ),
        (
            "list_item",
            "2. Cử 10 giảng viên sang Đại học Quốc gia Xin-ga-po bồi dưỡng ngắn hạn.",
        ),
        (
            "list_item",
            "3. Tiếp nhận thiết bị phòng thí nghiệm do Cơ quan Hợp tác quốc tế Thái Lan (TICA) tài trợ.",
        ),
        (
            "list_item",
            "4. Ký biên bản ghi nhớ với Đại học Brunei Darussalam về nghiên cứu môi trường biển.",
        ),
        (
            "paragraph",
            "Phòng Hợp tác quốc tế chủ trì, phối hợp với các khoa, viện triển khai Kế hoạch và báo cáo Hiệu trưởng trước ngày 15/12/2027.",
        ),
    ],
}

CLE = {
    "id": "cle",
    "shape": "entry",
    "blocks": [
        ("title", "Quan hệ Việt Nam – Xin-ga-po"),
        (
            "paragraph",
            "Việt Nam và Xin-ga-po thiết lập quan hệ ngoại giao ngày 1/8/1973. Năm 1992, Bộ trưởng Cao cấp Lý Quang Diệu thăm Việt Nam lần đầu, mở ra giai đoạn hợp tác kinh tế sâu rộng giữa hai nước.",
        ),
        ("heading", "Hợp tác kinh tế", 1),
        (
            "paragraph",
            "Khu công nghiệp Việt Nam – Xin-ga-po (VSIP) đầu tiên được thành lập tại Bình Dương năm 1996 và đã trở thành biểu tượng của hợp tác song phương. Xin-ga-po thường xuyên là một trong những nhà đầu tư nước ngoài lớn nhất tại Việt Nam.",
        ),
        ("heading", "Khuôn khổ quan hệ", 1),
        (
            "paragraph",
            "Tháng 9/2013, nhân chuyến thăm chính thức Xin-ga-po của Thủ tướng Nguyễn Tấn Dũng, hai nước ký Tuyên bố chung thiết lập quan hệ Đối tác chiến lược. Tháng 3/2025, trong chuyến thăm của Tổng Bí thư Tô Lâm, hai bên nâng quan hệ lên Đối tác chiến lược toàn diện.",
        ),
        (
            "paragraph",
            "Trước đó, tháng 2/2023, nhân chuyến thăm chính thức Xin-ga-po của Thủ tướng Phạm Minh Chính, hai nước ký Bản ghi nhớ thiết lập Quan hệ Đối tác kinh tế số – kinh tế xanh. Hai nước cùng là thành viên Hiệp định CPTPP và Hiệp định RCEP.",
        ),
    ],
}

DOCS = [CLA, CLB, CLC, CLD, CLE]
TEXT_DOCS = [CLA, CLB, CLD, CLE]


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word, signed "CHI CỤC TRƯỞNG"."""
    return report_word(doc, ["CHI CỤC TRƯỞNG", "(Đã ký và đóng dấu)"])


def render_plan(doc: dict) -> str:
    """A university plan by heldout_kit.ministry_plan: signed "HIỆU TRƯỞNG"."""
    from heldout_kit import ministry_plan

    return ministry_plan(
        doc,
        signature=["HIỆU TRƯỞNG", "(đã ký)"],
        recipients=["- Bộ GD&ĐT (để b/c);", "- Lưu: VT, HTQT."],
        columns=(50, 52),
    )


def main() -> int:
    build(
        HERE,
        TEXT_DOCS,
        {"journal": headed_journal, "word": render_word, "plan": render_plan, "entry": entry_text},
    )
    name = f"{CLC['id']}_report.docx"
    render_report_docx(HERE / name)
    gold = gold_structure(CLC, name, [CLC_HEADER, CLC_FOOTER])
    (HERE / "gold" / f"structure.{CLC['id']}.json").write_text(
        json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    if "--check" not in sys.argv[1:]:
        return 0
    bad = check_gold(HERE, DOCS, "cl", rendered=False)
    bad += _check_rendered(HERE, TEXT_DOCS)
    bad += check_docx(CLC)
    print("rendered/Word check:", "ok" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
