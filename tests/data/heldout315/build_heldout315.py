"""Build the three hundred fifteenth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout315/build_heldout315.py [--check]

Five short documents on education and aid in Vietnam's relations with Australia, New Zealand and India: a
journal article on educational cooperation (the Colombo Plan, RMIT Vietnam, Australian scholarships, India's
ITEC), a (fictitious) year-end report 2023 of the Quảng Trị external relations department on aid from the three
countries, a TABLE (the new shape, replacing the news page): a (fictitious) province's list of international
agreements with Indian, Australian and New Zealand partners exported from a spreadsheet as CSV, a (fictitious)
Cần Thơ University plan for 2026, and an encyclopedia entry on Australia's development aid (the Cao Lãnh bridge,
the Aus4 programmes, vaccines). Facts are well-established; authors, journal, page numbers, document numbers,
every row of the table, the report's and plan's items and quoted words are invented. Gold is written by hand;
``--check`` verifies that every gold evidence, quote and citation occurs in the documents, and that the CSV
file holds the gold blocks row by row.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import (  # noqa: E402
    _check_rendered,
    build,
    check_gold,
    entry_text,
    headed_journal,
    ministry_plan,
    report_word,
)
from heldout_shapes22 import render_table as csv_table  # noqa: E402 (Excel's CSV: BOM, CRLF, padded rows)

RYA_JOURNAL = {
    "id": "rya",
    "shape": "journal",
    "header": "TẠP CHÍ GIÁO DỤC VÀ HỘI NHẬP QUỐC TẾ – Số 3 (2025)",
    "first_page": 5,
    "break_after": 3,
    "blocks": [
        ("title", "HỢP TÁC GIÁO DỤC GIỮA VIỆT NAM VỚI AUSTRALIA VÀ ẤN ĐỘ: KINH NGHIỆM VÀ TRIỂN VỌNG"),
        ("author", "Cao Thị Phương Thảo"),
        ("affiliation", "Viện Khoa học Giáo dục Việt Nam"),
        (
            "abstract",
            "Bài viết tổng quan hợp tác giáo dục của Việt Nam với Australia và Ấn Độ, từ học bổng, đào tạo ngắn hạn đến đầu tư vào giáo dục đại học.",
            "vi",
        ),
        ("keywords", "hợp tác giáo dục; Kế hoạch Colombo; RMIT; ITEC; học bổng", "vi"),
        ("heading", "1. Những nền móng ban đầu", 1),
        (
            "paragraph",
            "Từ những năm 1950, nhiều sinh viên miền Nam Việt Nam đã sang Australia học tập theo Kế hoạch Colombo (Vương Thị Ngọc, 2015, tr. 41). Năm 2000, Đại học RMIT được cấp phép thành lập cơ sở tại Việt Nam, trở thành trường đại học 100% vốn nước ngoài đầu tiên ở nước ta.",
        ),
        ("heading", "2. Học bổng và đào tạo", 1),
        (
            "paragraph",
            "Hàng nghìn cán bộ, sinh viên Việt Nam đã nhận học bổng Chính phủ Australia. Ấn Độ, qua Chương trình Hợp tác kinh tế và kỹ thuật (ITEC) ra đời ngày 15/9/1964, hằng năm dành cho Việt Nam nhiều suất đào tạo ngắn hạn. Tháng 6/2023, Thủ tướng Anthony Albanese thăm chính thức Việt Nam. Theo một nghiên cứu, giáo dục là “kênh ngoại giao mềm hiệu quả nhất” của Australia tại Việt Nam (Đinh Xuân Lâm, 2024, tr. 9).",
        ),
        ("heading", "3. Kiến nghị", 1),
        (
            "paragraph",
            "Các trường đại học Việt Nam nên chủ động liên kết với đối tác Ấn Độ trong đào tạo công nghệ thông tin (Lương Hồng Quang, 2022).",
        ),
    ],
}

RYB_WORD = {
    "id": "ryb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN",
        "TỈNH QUẢNG TRỊ",
        "SỞ NGOẠI VỤ",
        "Số: 143/BC-SNgV",
        "Quảng Trị, ngày 20 tháng 12 năm 2023",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả vận động viện trợ từ Ô-xtrây-li-a, Niu Di-lân và Ấn Độ năm 2023",
    ],
    "blocks": [
        ("title", "BÁO CÁO Kết quả vận động viện trợ từ Ô-xtrây-li-a, Niu Di-lân và Ấn Độ năm 2023"),
        ("heading", "I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "list_item",
            "1. Quỹ Hỗ trợ của Đại sứ quán Niu Di-lân tài trợ 30.000 đô-la Niu Di-lân xây dựng bể chứa nước sạch cho một trường tiểu học ở huyện Hướng Hóa.",
        ),
        (
            "list_item",
            "2. Tháng 8/2023, đoàn Đại sứ quán Ấn Độ thăm tỉnh và trao tặng 20 máy lọc nước cho các xã vùng lũ.",
        ),
        (
            "list_item",
            "3. Phối hợp với một tổ chức phi chính phủ của Ô-xtrây-li-a tổ chức lớp tập huấn sơ cứu cho 60 giáo viên.",
        ),
        (
            "list_item",
            "4. Dự án rà phá bom mìn tại huyện Đakrông đề xuất với phía Ô-xtrây-li-a chưa được chấp thuận.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2024", 1),
        (
            "list_item",
            "1. Đề nghị Đại sứ quán Ấn Độ xem xét tài trợ một dự án tác động nhanh về nước sạch.",
        ),
        (
            "list_item",
            "2. Trong quý I, tổ chức lễ bàn giao công trình bể nước do Niu Di-lân tài trợ.",
        ),
        (
            "paragraph",
            "Trên đây là báo cáo kết quả vận động viện trợ năm 2023 của Sở Ngoại vụ tỉnh Quảng Trị.",
        ),
    ],
}

# ---------------------------------------------------------------- ryc: TABLE (a spreadsheet exported as CSV)
RYC_TITLE_ROWS = [
    "DANH MỤC THỎA THUẬN QUỐC TẾ CỦA TỈNH BÌNH ĐỊNH VỚI CÁC ĐỐI TÁC ẤN ĐỘ, AUSTRALIA VÀ NEW ZEALAND",
    "(Kèm theo Báo cáo số 221/BC-SNV ngày 16/12/2024 của Sở Ngoại vụ)",
]
RYC_HEADER = [
    "STT",
    "Ngày ký",
    "Tên văn kiện",
    "Đối tác",
    "Nơi ký",
    "Đại diện phía Việt Nam",
    "Hiệu lực",
    "Ghi chú",
]
RYC_ROWS = [
    [
        "1",
        "14/03/2016",
        "Biên bản ghi nhớ về hợp tác nuôi trồng thủy sản",
        "Trường Đại học James Cook (Australia)",
        "Quy Nhơn",
        "Phó Chủ tịch UBND tỉnh",
        "5 năm",
        "Hết hiệu lực ngày 14/03/2021.",
    ],
    [
        "2",
        "09/2016",
        "Thỏa thuận hợp tác đào tạo tiếng Anh cho giáo viên phổ thông",
        "TAFE Queensland (Australia)",
        "Brisbane, Australia",
        "Giám đốc Sở Giáo dục và Đào tạo",
        "3 năm",
        "",
    ],
    [
        "3",
        "2017",
        "Bản ghi nhớ về hợp tác phát triển du lịch",
        "Hội đồng vùng Bay of Plenty\n(New Zealand)",
        "Tauranga",
        "Phó Chủ tịch UBND tỉnh",
        "Không thời hạn",
        "Ký nhân chuyến thăm New Zealand của đoàn lãnh đạo tỉnh.",
    ],
    [
        "4",
        "22/05/2018",
        'Thỏa thuận tài trợ dự án "Nước sạch cho trường học"',
        "Đại sứ quán New Zealand",
        "Quy Nhơn, Bình Định",
        "Giám đốc Sở Ngoại vụ",
        "12 tháng",
        "Đã bàn giao công trình tháng 6/2019.",
    ],
    [
        "5",
        "11/2018",
        "Biên bản ghi nhớ về hợp tác xúc tiến thương mại và đầu tư",
        "Phòng Thương mại và Công nghiệp bang Karnataka (Ấn Độ)",
        "Bengaluru",
        "Phó Chủ tịch UBND tỉnh",
        "3 năm",
        "",
    ],
    [
        "6",
        "03/07/2019",
        "Thỏa thuận hợp tác đào tạo điều dưỡng",
        "Trường Đại học Công nghệ Auckland (New Zealand)",
        "Quy Nhơn",
        "Hiệu trưởng Trường Đại học Quy Nhơn",
        "5 năm",
        "Gia hạn đến năm 2029 theo thỏa thuận ký ngày 03/07/2024.",
    ],
    [
        "7",
        "2020",
        "Bản ghi nhớ về hợp tác năng lượng tái tạo",
        "Chính quyền bang Nam Australia",
        "",
        "Phó Chủ tịch UBND tỉnh",
        "3 năm",
        "Chưa triển khai do ảnh hưởng của dịch COVID-19.",
    ],
    [
        "8",
        "15/12/2021",
        "Thỏa thuận tiếp nhận viện trợ thiết bị y tế phòng, chống COVID-19",
        "Tổng Lãnh sự quán Ấn Độ tại TP. Hồ Chí Minh",
        "Trực tuyến",
        "Giám đốc Sở Y tế",
        "",
        "Ấn Độ trao tặng 2 máy thở và 5.000 bộ xét nghiệm nhanh.",
    ],
    [
        "9",
        "06/2022",
        "Thỏa thuận thiết lập quan hệ hữu nghị và hợp tác",
        "Hội đồng thành phố Nelson (New Zealand)",
        "Nelson",
        "Chủ tịch UBND tỉnh",
        "Không thời hạn",
        "Bộ Ngoại giao có ý kiến đồng ý tại Công văn số 2145/BNG-LPQT ngày 10/05/2022.",
    ],
    [
        "10",
        "19/09/2022",
        "Thỏa thuận hợp tác đào tạo nông nghiệp công nghệ cao",
        "Đại học Massey (New Zealand)",
        "Quy Nhơn",
        "Phó Chủ tịch UBND tỉnh",
        "3 năm",
        "",
    ],
    [
        "11",
        "28/03/2023",
        "Bản ghi nhớ về hợp tác văn hóa, bảo tồn di sản Chăm",
        "Trung tâm Văn hóa Swami Vivekananda (Ấn Độ)",
        "Quy Nhơn",
        "Giám đốc Sở Văn hóa và Thể thao",
        "3 năm",
        'Ký trong khuôn khổ "Những ngày Ấn Độ tại Bình Định".',
    ],
    [
        "12",
        "2023",
        "Thỏa thuận tài trợ học bổng cho sinh viên ngành thủy sản",
        "Trường Đại học James Cook (Australia)",
        "",
        "Hiệu trưởng Trường Đại học Quy Nhơn",
        "",
        "",
    ],
    [
        "13",
        "10/2024",
        "Bản ghi nhớ về hợp tác y tế cộng đồng",
        "Tổ chức Hỗ trợ y tế cộng đồng (Australia)",
        "Quy Nhơn",
        "Giám đốc Sở Y tế",
        "2 năm",
        "Chưa ký do phía bạn đề nghị lùi sang năm 2025.",
    ],
]
RYC_SOURCE = "Nguồn: Sở Ngoại vụ tỉnh Bình Định, số liệu tổng hợp đến ngày 15/12/2024."

RYC_TABLE = {
    "id": "ryc",
    "shape": "table",
    "title_rows": RYC_TITLE_ROWS,
    "header": RYC_HEADER,
    "rows": RYC_ROWS,
    "source": RYC_SOURCE,
    "blocks": [
        ("title", " ".join(RYC_TITLE_ROWS)),
        *[("list_item", " | ".join(r)) for r in RYC_ROWS],
        ("paragraph", RYC_SOURCE),
    ],
}

RYD_PLAN = {
    "id": "ryd",
    "shape": "plan",
    "head": [
        f"{'BỘ GIÁO DỤC VÀ ĐÀO TẠO':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'TRƯỜNG ĐẠI HỌC CẦN THƠ':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 356/KH-ĐHCT':<40}Cần Thơ, ngày 22 tháng 12 năm 2025",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với các đối tác Australia, New Zealand và Ấn Độ năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác với các đối tác Australia, New Zealand và Ấn Độ năm 2026"),
        (
            "paragraph",
            "Thực hiện chiến lược quốc tế hóa, Trường Đại học Cần Thơ xây dựng Kế hoạch hợp tác với các đối tác Australia, New Zealand và Ấn Độ năm 2026 như sau:",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2025", 1),
        (
            "paragraph",
            "Trường tiếp nhận 4 tình nguyện viên của Chương trình Tình nguyện viên Australia giảng dạy tiếng Anh chuyên ngành; ký thỏa thuận nghiên cứu giống lúa chịu mặn với Đại học Adelaide. Đề xuất tài trợ phòng thí nghiệm thủy sản gửi phía New Zealand chưa được chấp thuận.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Tháng 5/2026, đăng cai hội thảo quốc tế về thích ứng biến đổi khí hậu ở đồng bằng sông Cửu Long với các đối tác Australia và New Zealand.",
        ),
        (
            "list_item",
            "2. Cử 5 giảng viên sang Viện Công nghệ Ấn Độ Madras trao đổi học thuật về trí tuệ nhân tạo.",
        ),
        (
            "list_item",
            "3. Đón đoàn Đại học Lincoln (New Zealand) sang khảo sát hợp tác đào tạo sau đại học vào quý III.",
        ),
        (
            "list_item",
            "4. Tạm dừng tuyển sinh chương trình liên kết thạc sĩ với Đại học Adelaide trong năm 2026.",
        ),
        (
            "paragraph",
            "Phòng Hợp tác quốc tế chủ trì, phối hợp với các đơn vị triển khai và báo cáo Hiệu trưởng kết quả thực hiện.",
        ),
    ],
}

RYE_ENTRY = {
    "id": "rye",
    "shape": "entry",
    "blocks": [
        ("title", "Viện trợ phát triển của Australia cho Việt Nam"),
        (
            "paragraph",
            "Australia là một trong những nhà tài trợ song phương lâu năm của Việt Nam, tập trung vào phát triển nguồn nhân lực, hạ tầng, đổi mới sáng tạo và bình đẳng giới. Viện trợ do Bộ Ngoại giao và Thương mại Australia (DFAT) quản lý, sau khi cơ quan này sáp nhập AusAID năm 2013.",
        ),
        ("heading", "Hạ tầng", 1),
        (
            "paragraph",
            "Công trình tiêu biểu là cầu Cao Lãnh bắc qua sông Tiền ở Đồng Tháp, do Australia đồng tài trợ với Ngân hàng Phát triển châu Á (ADB), thông xe tháng 5/2018. Cầu Vàm Cống, cây cầu còn lại của dự án kết nối khu vực trung tâm đồng bằng sông Cửu Long, do Hàn Quốc tài trợ.",
        ),
        ("heading", "Các chương trình Aus4", 1),
        (
            "paragraph",
            "Từ năm 2016, Australia triển khai chương trình Aus4Skills hỗ trợ phát triển nguồn nhân lực. Chương trình Aus4Innovation, khởi động năm 2018, được thực hiện cùng Bộ Khoa học và Công nghệ và Tổ chức Nghiên cứu khoa học và công nghiệp Khối thịnh vượng chung (CSIRO).",
        ),
        ("heading", "Ứng phó đại dịch", 1),
        ("paragraph", "Trong đại dịch COVID-19, Australia trao tặng Việt Nam hàng triệu liều vắc-xin."),
    ],
}

DOCS = [RYA_JOURNAL, RYB_WORD, RYC_TABLE, RYD_PLAN, RYE_ENTRY]


def render_plan(doc: dict) -> str:
    """A university plan by heldout_kit.ministry_plan: signed "KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG"."""
    return ministry_plan(
        doc,
        signature=["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "(đã ký)"],
        recipients=["- Bộ GD&ĐT (để b/c);", "- Lưu: VT, HTQT."],
    )


def check_table(doc: dict) -> int:
    """The CSV file read back: a BOM, CRLF line ends, the title rows, the header, each data row equal to its gold
    list item (cells joined by " | "), the source row; 3-4 questions on the table."""
    bad = 0
    raw = (HERE / f"{doc['id']}_table.csv").read_bytes()
    if not raw.startswith(b"\xef\xbb\xbf"):
        print(f"[{doc['id']}] no BOM")
        bad += 1
    if raw.count(b"\r\n") < len(RYC_ROWS) + 4 or b"\r\n" not in raw:
        print(f"[{doc['id']}] CRLF line ends missing")
        bad += 1
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    s = json.loads((HERE / "gold" / f"structure.{doc['id']}.json").read_text(encoding="utf-8"))
    blocks = s["blocks"]
    n_title = len(RYC_TITLE_ROWS)
    if " ".join(r[0] for r in rows[:n_title]) != blocks[0]["text"] or blocks[0]["type"] != "title":
        print(f"[{doc['id']}] title rows differ from the gold title")
        bad += 1
    if rows[n_title] != RYC_HEADER:
        print(f"[{doc['id']}] header row differs")
        bad += 1
    data = rows[n_title + 1 : -1]
    items = [b for b in blocks if b["type"] == "list_item"]
    if len(data) != len(items) or any(" | ".join(r) != b["text"] for r, b in zip(data, items, strict=True)):
        print(f"[{doc['id']}] data rows differ from the gold list items")
        bad += 1
    if rows[-1][0] != blocks[-1]["text"] or blocks[-1]["type"] != "paragraph":
        print(f"[{doc['id']}] source row differs from the gold paragraph")
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


def main() -> int:
    build(
        HERE,
        DOCS,
        {
            "journal": headed_journal,
            "word": report_word,
            "table": lambda d: csv_table(d)[0].decode("utf-8"),
            "plan": render_plan,
            "entry": entry_text,
        },
        extensions={"table": "csv"},
    )
    if "--check" not in sys.argv[1:]:
        return 0
    bad = check_gold(HERE, DOCS, "ry", rendered=False)
    bad += _check_rendered(HERE, [d for d in DOCS if d["shape"] != "table"])
    bad += check_table(RYC_TABLE)
    print("rendered check:", "ok" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
