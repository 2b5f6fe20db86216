"""Build the 271st held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout271/build_heldout271.py [--check]

Five short documents on the training of Vietnamese students in the Soviet Union and Eastern Europe and
on today's ties with the Baltic states: a journal article on Vietnamese students in Bulgaria and Romania
from the CMEA years to the present, a (fictitious) alumni association's year-end report 2025, a lecture's
SLIDES exported as plain text (the new shape, in place of the news page) on Vietnam in the CMEA and training
in the USSR and Eastern Europe 1950 – 1991, a (fictitious) Hanoi University of Science and Technology plan
for 2026 with Polish and Baltic universities, and an encyclopedia entry on the Baltic Way. Facts are
well-established; authors, lecturer, journal, page numbers, references, document numbers, the report's and
the plan's items and all quoted words are invented. ``--check`` verifies that every gold evidence, quote
and citation occurs in the documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import (  # noqa: E402
    build_and_check,
    entry_text,
    headed_journal,
    ministry_plan,
    report_word,
)

HVA_STUDENTS = {
    "id": "hva",
    "shape": "journal",
    "header": "TẠP CHÍ LỊCH SỬ QUAN HỆ QUỐC TẾ – Số 3 (2025)",
    "first_page": 90,
    "break_after": 4,
    "blocks": [
        ("title", "LƯU HỌC SINH VIỆT NAM Ở BUN-GA-RI VÀ RU-MA-NI: TỪ THỜI SEV ĐẾN NAY"),
        ("author", "Trần Thị Kim Oanh"),
        ("affiliation", "Trường Đại học Khoa học xã hội và Nhân văn, Đại học Quốc gia Hà Nội"),
        (
            "abstract",
            "Bài viết khảo sát việc đào tạo lưu học sinh Việt Nam tại Bun-ga-ri và Ru-ma-ni trong thời kỳ Hội đồng Tương trợ kinh tế (SEV) và vai trò của cựu lưu học sinh trong quan hệ song phương hiện nay.",
            "vi",
        ),
        ("keywords", "lưu học sinh; Bun-ga-ri; Ru-ma-ni; SEV; đào tạo", "vi"),
        ("heading", "1. Bối cảnh", 1),
        (
            "paragraph",
            "Ru-ma-ni và Bun-ga-ri lần lượt thiết lập quan hệ ngoại giao với Việt Nam Dân chủ Cộng hòa ngày 3/2 và ngày 8/2/1950. Tháng 8/1957, Chủ tịch Hồ Chí Minh thăm Bun-ga-ri. Sau khi Việt Nam gia nhập Hội đồng Tương trợ kinh tế (SEV) ngày 29/6/1978, hợp tác đào tạo với các nước thành viên được mở rộng mạnh mẽ (Nguyễn Đình Lộc, 2012, tr. 64).",
        ),
        ("heading", "2. Quy mô đào tạo", 1),
        (
            "paragraph",
            "Theo Hội Hữu nghị Việt Nam – Bun-ga-ri, Bun-ga-ri đã tiếp nhận, đào tạo hơn 5.000 sinh viên Việt Nam và hơn 40.000 thực tập sinh. Ru-ma-ni đào tạo nhiều kỹ sư dầu khí, hóa chất và cơ khí cho Việt Nam (Cao Văn Thịnh, 2018). Một cựu lưu học sinh kể: “Chúng tôi mang về không chỉ tấm bằng mà cả những người bạn suốt đời” (Hồ Thanh Nga, 2020, tr. 131).",
        ),
        ("heading", "3. Cầu nối hôm nay", 1),
        (
            "paragraph",
            "Nhiều cựu lưu học sinh nay là nhà khoa học, doanh nhân. Bun-ga-ri và Ru-ma-ni gia nhập Liên minh châu Âu ngày 1/1/2007; cựu lưu học sinh đang góp phần đưa hàng Việt Nam vào hai thị trường này nhờ Hiệp định EVFTA. Tuy vậy, số sinh viên Việt Nam sang học tại hai nước hiện không nhiều.",
        ),
    ],
}

HVB_ALUMNI = {
    "id": "hvb",
    "shape": "word",
    "head": [
        "HỘI CỰU LƯU HỌC SINH VIỆT NAM TẠI BUN-GA-RI",
        "BAN CHẤP HÀNH",
        "Số: 27/BC-HCLHS",
        "Hà Nội, ngày 10 tháng 12 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Tổng kết hoạt động năm 2025 và phương hướng năm 2026",
    ],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết hoạt động năm 2025 và phương hướng năm 2026"),
        ("heading", "I. KẾT QUẢ NĂM 2025", 1),
        (
            "list_item",
            "1. Ngày 24/5/2025, phối hợp với Đại sứ quán Bun-ga-ri tổ chức Ngày Văn hóa, Giáo dục và chữ viết Slavơ tại Hà Nội, với sự tham gia của hơn 300 hội viên.",
        ),
        (
            "list_item",
            "2. Tháng 8/2025, đoàn 20 hội viên thăm lại Xô-phi-a và Plốp-đi-v, gặp gỡ các thầy cô giáo cũ.",
        ),
        (
            "list_item",
            "3. Tiếp nhận 50 bộ sách tiếng Bun-ga-ri do Trường Đại học Xô-phi-a tặng thư viện Hội.",
        ),
        ("list_item", "4. Việc thành lập quỹ học bổng mang tên Hội chưa được cấp có thẩm quyền phê duyệt."),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2026", 1),
        (
            "list_item",
            "1. Tổ chức gặp mặt hội viên nhân kỷ niệm 76 năm quan hệ ngoại giao Việt Nam – Bun-ga-ri (8/2/1950 – 8/2/2026).",
        ),
        (
            "list_item",
            "2. Đề nghị Đại sứ quán Bun-ga-ri hỗ trợ thủ tục thị thực cho đoàn hội viên sang thăm Bun-ga-ri vào mùa thu.",
        ),
        (
            "list_item",
            "3. Chưa mời được đoàn Hội Hữu nghị Bun-ga-ri – Việt Nam sang thăm do phía bạn chưa bố trí được kinh phí.",
        ),
        (
            "paragraph",
            "Ban Chấp hành kêu gọi hội viên tích cực tham gia các hoạt động, góp phần vun đắp quan hệ hữu nghị Việt Nam – Bun-ga-ri.",
        ),
    ],
}

HVC_SLIDES = {
    "id": "hvc",
    "shape": "slides",
    "blocks": [
        # slide 1: the title slide
        ("title", "VIỆT NAM TRONG SEV VÀ HỢP TÁC ĐÀO TẠO VỚI LIÊN XÔ, ĐÔNG ÂU (1950 – 1991)"),
        ("author", "TS. Lưu Thị Thanh Hằng"),
        ("paragraph", "Học phần: Lịch sử quan hệ quốc tế của Việt Nam"),
        ("affiliation", "Khoa Lịch sử, Trường Đại học Sư phạm Hà Nội"),
        ("paragraph", "Học kỳ II, năm học 2025 – 2026"),
        # slide 2
        ("heading", "Mục tiêu bài giảng", 1),
        ("list_item", "Các mốc quan hệ VN – Liên Xô, Đông Âu 1950 – 1991", 1),
        ("list_item", "Hiểu vai trò của SEV đối với VN", 1),
        # slide 3
        ("heading", "1. Thiết lập quan hệ ngoại giao (1950)", 1),
        ("list_item", "18/1/1950: Trung Quốc công nhận, đặt QHNG với VNDCCH", 1),
        ("list_item", "30/1/1950: Liên Xô đặt QHNG", 1),
        ("list_item", "Tháng 2/1950: các nước Đông Âu", 1),
        ("list_item", "2/2: Tiệp Khắc", 2),
        ("list_item", "3/2: Hung-ga-ri, Ru-ma-ni", 2),
        ("list_item", "4/2: Ba Lan", 2),
        ("list_item", "8/2: Bun-ga-ri", 2),
        # slide 4
        ("heading", "2. Việt Nam và SEV", 1),
        ("list_item", "SEV thành lập tháng 1/1949 tại Mát-xcơ-va", 1),
        ("list_item", "29/6/1978: VN thành viên chính thức SEV (khóa họp 32, Bu-ca-rét)", 1),
        ("list_item", "3/11/1978: ký Hiệp ước Hữu nghị và Hợp tác VN – Liên Xô", 1),
        ("list_item", "Viện trợ, tín dụng của LX: phần lớn nguồn vốn bên ngoài (Phạm Quang Huy, 2017)", 1),
        ("list_item", "28/6/1991: SEV giải thể tại Bu-đa-pét", 1),
        # slide 5
        ("heading", "3. Đào tạo nguồn nhân lực", 1),
        ("list_item", "Hàng vạn lưu học sinh, NCS, thực tập sinh sang LX và Đông Âu", 1),
        ("list_item", "Liên Xô: đông nhất", 2),
        ("list_item", "Bun-ga-ri: > 5.000 SV, > 40.000 thực tập sinh", 2),
        ("list_item", "Đầu thập niên 1980: hợp tác lao động với LX, Tiệp Khắc, CHDC Đức, Bun-ga-ri", 1),
        (
            "list_item",
            "“Một thế hệ cán bộ khoa học – kỹ thuật được đào tạo bài bản” (Đỗ Hải Yến, 2015, tr. 210)",
            1,
        ),
        # slide 6
        ("heading", "Mốc thời gian", 1),
        ("list_item", "1950: đặt QHNG với LX và các nước Đông Âu", 1),
        ("list_item", "1978: gia nhập SEV; ký Hiệp ước với LX", 1),
        ("list_item", "1991: SEV giải thể (6/1991); LX tan rã (12/1991)", 1),
        ("list_item", "2004 – 2007: nhiều đối tác cũ gia nhập EU", 1),
        # slide 7
        ("heading", "Tài liệu tham khảo", 1),
        (
            "list_item",
            "Phạm Quang Huy (2017). Việt Nam trong Hội đồng Tương trợ kinh tế. NXB Chính trị quốc gia.",
            1,
        ),
        (
            "list_item",
            "Đỗ Hải Yến (2015). Đào tạo cán bộ ở nước ngoài 1950 – 1990. NXB Đại học Quốc gia Hà Nội.",
            1,
        ),
        (
            "list_item",
            "Ngô Thị Quỳnh (2021). Lao động hợp tác ở Đông Âu thập niên 1980. Tạp chí Lịch sử, số 5.",
            1,
        ),
        # slide 8
        ("heading", "Câu hỏi thảo luận", 1),
        ("list_item", "1. Vì sao VN gia nhập SEV năm 1978?", 1),
        ("list_item", "2. Đánh giá hiệu quả hợp tác đào tạo với LX và Đông Âu.", 1),
        ("list_item", "3. Cựu lưu học sinh có vai trò gì trong quan hệ VN – EU hiện nay?", 1),
    ],
}

HVD_HUST = {
    "id": "hvd",
    "shape": "plan",
    "head": [
        f"{'BỘ GIÁO DỤC VÀ ĐÀO TẠO':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'ĐẠI HỌC BÁCH KHOA HÀ NỘI':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 215/KH-ĐHBK':<40}Hà Nội, ngày 26 tháng 12 năm 2025",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với các trường đại học Ba Lan",
        "và các nước Ban-tích năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác với các trường đại học Ba Lan và các nước Ban-tích năm 2026"),
        (
            "paragraph",
            "Nhằm phát huy truyền thống hợp tác đào tạo với các nước Trung Đông Âu, Đại học Bách khoa Hà Nội xây dựng Kế hoạch hợp tác với các trường đại học Ba Lan và các nước Ban-tích năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH NĂM 2025", 1),
        (
            "paragraph",
            "Năm 2025, Đại học đã ký thỏa thuận trao đổi sinh viên với Đại học Công nghệ Vác-sa-va (Ba Lan) và đón 3 giảng viên Lít-va sang giảng dạy theo chương trình Erasmus+ của Liên minh châu Âu. Chương trình đào tạo tiến sĩ chung với Đại học Kỹ thuật Ri-ga (Lát-vi-a) chưa được triển khai.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Tháng 5/2026, cử đoàn lãnh đạo sang Ta-lin (E-xtô-ni-a) và Cau-nát (Lít-va) tìm hiểu mô hình đại học số.",
        ),
        ("list_item", "2. Ký biên bản ghi nhớ với Đại học Công nghệ Ta-lin về đào tạo an ninh mạng."),
        (
            "list_item",
            "3. Tháng 10/2026, đăng cai Diễn đàn cựu sinh viên các trường đại học Liên Xô và Đông Âu, mời đại diện các đại sứ quán Ba Lan, E-xtô-ni-a, Lát-vi-a và Lít-va.",
        ),
        (
            "list_item",
            "4. Đề nghị Liên minh châu Âu tiếp tục cấp học bổng Erasmus+ cho sinh viên ngành công nghệ thông tin.",
        ),
        (
            "paragraph",
            "Ban Hợp tác đối ngoại chủ trì, phối hợp với các trường, khoa thành viên thực hiện Kế hoạch; báo cáo Giám đốc Đại học trước ngày 15/12/2026.",
        ),
    ],
}

HVE_BALTIC_WAY = {
    "id": "hve",
    "shape": "entry",
    "blocks": [
        ("title", "Con đường Ban-tích"),
        (
            "paragraph",
            "Con đường Ban-tích là cuộc biểu tình hòa bình diễn ra ngày 23/8/1989, khi khoảng hai triệu người nắm tay nhau thành một chuỗi người dài gần 700 km nối ba thủ đô Ta-lin, Ri-ga và Vin-ni-út. Sự kiện đánh dấu 50 năm ngày ký Hiệp ước Mô-lô-tốp – Ríp-ben-tốp (23/8/1939), mà nghị định thư bí mật kèm theo đã đặt ba nước Ban-tích vào phạm vi ảnh hưởng của Liên Xô.",
        ),
        ("heading", "Hệ quả", 1),
        (
            "paragraph",
            "Ngày 24/12/1989, Đại hội Đại biểu nhân dân Liên Xô lên án các nghị định thư bí mật. Ngày 11/3/1990, Lít-va tuyên bố khôi phục độc lập. Ngày 6/9/1991, Hội đồng Nhà nước Liên Xô công nhận độc lập của cả ba nước; ngày 17/9/1991, E-xtô-ni-a, Lát-vi-a và Lít-va được kết nạp vào Liên hợp quốc. Năm 2009, tư liệu về sự kiện được UNESCO đưa vào danh mục Ký ức thế giới.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam công nhận và thiết lập quan hệ ngoại giao với ba nước Ban-tích vào đầu thập niên 1990. Ngày 29/3/2004, ba nước gia nhập NATO và ngày 1/5/2004 trở thành thành viên Liên minh châu Âu.",
        ),
    ],
}

DOCS = [HVA_STUDENTS, HVB_ALUMNI, HVC_SLIDES, HVD_HUST, HVE_BALTIC_WAY]

BULLETS = {1: "• ", 2: "   – ", 3: "      o "}


def slide_starts(blocks: list[tuple]) -> list[int]:
    """The block indices that open a slide: the title slide, then every heading (one slide title each)."""
    return [0] + [i for i, b in enumerate(blocks) if b[0] == "heading"]


def render_slides(doc: dict) -> tuple[str, list[str]]:
    """A lecture's slides saved from PowerPoint as an outline / text: a "Slide N" marker, a blank line,
    then the slide's lines: the title slide's title, "Giảng viên: …", the course, the faculty and the
    semester one a line; every other slide's title then its bullets, "•" at the first level, "–" indented
    three spaces at the second (a numbered item "1. …" keeps its number and no bullet); a blank line
    between slides. The text and the "Slide N" markers, page furniture (as a journal's page numbers) layout
    repair must remove."""
    blocks = doc["blocks"]
    starts = slide_starts(blocks) + [len(blocks)]
    out: list[str] = []
    for n, (a, b) in enumerate(zip(starts, starts[1:], strict=False), start=1):
        out += [f"Slide {n}", ""]
        for kind, text, *rest in blocks[a:b]:
            if kind == "author":
                out.append(f"Giảng viên: {text}")
            elif kind == "list_item" and text[:1].isdigit() and ". " in text[:4]:
                out.append(text)  # a numbered list keeps its numbers and no bullet
            elif kind == "list_item":
                out.append(BULLETS[rest[0]] + text)
            else:
                out.append(text)
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n", [f"Slide {n}" for n in range(1, len(starts))]


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word at 70 columns, signed "TM. BAN CHẤP HÀNH /
    CHỦ TỊCH"."""
    return report_word(doc, ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "(Đã ký)"], width=70)


def render_plan(doc: dict) -> str:
    """A plan by heldout_kit.ministry_plan: signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC", its own "Nơi nhận" lines."""
    return ministry_plan(
        doc,
        signature=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(đã ký)"],
        recipients=["- Bộ GD&ĐT (để b/c);", "- Các trường, khoa thành viên;", "- Lưu: VT, HTĐN."],
    )


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": headed_journal,
            "word": render_word,
            "slides": render_slides,
            "plan": render_plan,
            "entry": entry_text,
        },
        prefix="hv",
        rendered=True,
        removing_shapes=("journal", "slides"),
    )


if __name__ == "__main__":
    sys.exit(main())
