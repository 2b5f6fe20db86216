"""Build the three hundred thirtieth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout330/build_heldout330.py [--check]

Five short documents on Vietnam and the Soviet Union: a journal article on Soviet aid and the 1978 treaty,
a (fictitious) year-end report of a provincial Vietnam–Russia friendship association for 2025, a news page
on the 40th anniversary of Vietsovpetro (June 2021), a (fictitious) university plan for 2027, and an
encyclopedia entry on the Council for Mutual Economic Assistance. Facts are well-established; authors,
journal, page numbers, document numbers, the report's and plan's items and quoted words are invented.
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
    news_page,
    report_word,
)

DGA_JOURNAL = {
    "id": "dga",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU NGA VÀ ĐÔNG ÂU – Số 3 (2026)",
    "first_page": 17,
    "break_after": 4,
    "blocks": [
        ("title", "LIÊN XÔ VÀ VIỆT NAM GIAI ĐOẠN 1950 – 1991: TỪ VIỆN TRỢ ĐẾN LIÊN MINH"),
        ("author", "Đỗ Quang Vinh"),
        ("affiliation", "Viện Nghiên cứu Châu Âu, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết khái quát quan hệ Việt Nam – Liên Xô từ khi thiết lập quan hệ ngoại giao đến khi Liên Xô tan rã, tập trung vào viện trợ và Hiệp ước năm 1978.",
            "vi",
        ),
        ("keywords", "Liên Xô; viện trợ; Hiệp ước hữu nghị và hợp tác 1978; Cam Ranh", "vi"),
        ("heading", "1. Những năm đầu", 1),
        (
            "paragraph",
            "Ngày 30/1/1950, Liên Xô chính thức công nhận và thiết lập quan hệ ngoại giao với Việt Nam Dân chủ Cộng hòa, chỉ ít ngày sau Trung Quốc (Nguyễn Thị Hồng Vân, 2015, tr. 34). Trong cuộc kháng chiến chống Mỹ, Liên Xô viện trợ cho Việt Nam khối lượng lớn vũ khí, tên lửa phòng không, máy bay và lương thực, đồng thời đào tạo hàng nghìn cán bộ, sĩ quan của ta tại các học viện quân sự Xô viết.",
        ),
        ("heading", "2. Đỉnh cao liên minh", 1),
        (
            "paragraph",
            "Ngày 3/11/1978, tại Mát-xcơ-va, Tổng Bí thư Lê Duẩn và Tổng Bí thư Lê-ô-nít Brê-giơ-nép ký Hiệp ước hữu nghị và hợp tác giữa hai nước. Trước đó mấy tháng, ngày 29/6/1978, Việt Nam trở thành thành viên chính thức của Hội đồng Tương trợ Kinh tế (SEV). Từ năm 1979, Hải quân Liên Xô được sử dụng quân cảng Cam Ranh làm điểm bảo đảm hậu cần. Một nhà nghiên cứu gọi đây là thời kỳ “mối quan hệ đặc biệt được thử thách qua chiến tranh” (Trần Văn Lợi, 2008, tr. 112).",
        ),
        ("heading", "3. Kết luận", 1),
        (
            "paragraph",
            "Khi Liên Xô tan rã cuối năm 1991, khoản viện trợ không hoàn lại hầu như chấm dứt và Việt Nam không còn nhận được giá ưu đãi về xăng dầu, phân bón. Tuy vậy, nền tảng quan hệ được Liên bang Nga kế thừa (Phạm Thị Lan Anh, 2020).",
        ),
    ],
}

DGB_WORD = {
    "id": "dgb",
    "shape": "word",
    "head": [
        "LIÊN HIỆP CÁC TỔ CHỨC HỮU NGHỊ TỈNH NGHỆ AN",
        "HỘI HỮU NGHỊ VIỆT – NGA TỈNH",
        "Số: 41/BC-HHN",
        "Nghệ An, ngày 15 tháng 12 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Tổng kết hoạt động năm 2025 và phương hướng năm 2026",
    ],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết hoạt động năm 2025 và phương hướng năm 2026"),
        ("heading", "I. KẾT QUẢ HOẠT ĐỘNG NĂM 2025", 1),
        (
            "list_item",
            "1. Nhân kỷ niệm 75 năm Ngày thiết lập quan hệ ngoại giao Việt Nam – Liên bang Nga (30/1/1950 – 30/1/2025), Hội tổ chức gặp mặt hơn 200 hội viên từng học tập, công tác tại Liên Xô trước đây.",
        ),
        (
            "list_item",
            "2. Tháng 5/2025, Hội đón đoàn Hội Hữu nghị Nga – Việt vùng Xvéc-đlốp sang thăm, hai bên ký biên bản ghi nhớ về giao lưu thanh niên.",
        ),
        (
            "list_item",
            "3. Phối hợp với Trung tâm Khoa học và Văn hóa Nga tại Hà Nội mở hai lớp tiếng Nga miễn phí cho học sinh trung học.",
        ),
        (
            "list_item",
            "4. Tiếp nhận 300 cuốn sách tiếng Nga do Quỹ Thế giới Nga tặng thư viện tỉnh.",
        ),
        (
            "list_item",
            "5. Kế hoạch đưa đoàn hội viên sang thăm thành phố Ê-ca-tê-rin-bua chưa thực hiện được do thiếu kinh phí.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2026", 1),
        (
            "list_item",
            "1. Tổ chức Tuần phim Nga nhân Ngày Chiến thắng 9/5; mời Tổng Lãnh sự Nga tại Đà Nẵng dự khai mạc.",
        ),
        (
            "list_item",
            "2. Cử đoàn sang Liên bang Nga dự Diễn đàn các hội hữu nghị Nga – Việt trong quý III.",
        ),
        (
            "paragraph",
            "Trên đây là báo cáo tổng kết hoạt động năm 2025 của Hội Hữu nghị Việt – Nga tỉnh Nghệ An.",
        ),
    ],
}

DGC_NEWS = {
    "id": "dgc",
    "shape": "news",
    "date": "2021-06-19",
    "stamp": "Thứ Bảy, 19/06/2021 - 16:40",
    "blocks": [
        ("title", "Vietsovpetro kỷ niệm 40 năm thành lập"),
        (
            "paragraph",
            "Bà Rịa – Vũng Tàu (TTXVN) – Ngày 19/6, Liên doanh Việt – Nga Vietsovpetro tổ chức lễ kỷ niệm 40 năm Ngày ký Hiệp định liên Chính phủ về việc thành lập Xí nghiệp liên doanh (19/6/1981 – 19/6/2021).",
        ),
        ("heading", "Biểu tượng của hợp tác dầu khí", 1),
        (
            "paragraph",
            "Hiệp định được Chính phủ Việt Nam và Chính phủ Liên Xô ký tại Mát-xcơ-va ngày 19/6/1981, đặt nền móng cho ngành công nghiệp khai thác dầu khí của nước ta. Năm 1986, Vietsovpetro khai thác tấn dầu đầu tiên tại mỏ Bạch Hổ.",
        ),
        (
            "paragraph",
            "Phát biểu tại buổi lễ, đại diện Tập đoàn Dầu khí Việt Nam cho biết hai phía đang đàm phán mở rộng hoạt động của liên doanh sang các lô mới ngoài khơi. Do tình hình dịch COVID-19, đoàn đại biểu Công ty Zarubezhneft của Nga không sang dự trực tiếp mà tham gia theo hình thức trực tuyến.",
        ),
        (
            "paragraph",
            "Đại sứ Liên bang Nga tại Việt Nam Gien-na-đi Bê-dơ-đét-cô gửi thư chúc mừng, khẳng định Nga sẽ tiếp tục hợp tác với Việt Nam trong lĩnh vực năng lượng.",
        ),
    ],
}

DGD_PLAN = {
    "id": "dgd",
    "shape": "plan",
    "head": [
        f"{'BỘ GIÁO DỤC VÀ ĐÀO TẠO':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'TRƯỜNG ĐẠI HỌC MỎ - ĐỊA CHẤT':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 118/KH-ĐHMĐC':<40}Hà Nội, ngày 20 tháng 11 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với các cơ sở đào tạo của Liên bang Nga năm 2027",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác với các cơ sở đào tạo của Liên bang Nga năm 2027"),
        (
            "paragraph",
            "Tiếp nối truyền thống đào tạo kỹ sư dầu khí, địa chất từ thời Liên Xô, Trường Đại học Mỏ - Địa chất xây dựng Kế hoạch hợp tác với các đối tác Nga năm 2027 như sau:",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2026", 1),
        (
            "paragraph",
            "Năm 2026, Trường cử 20 sinh viên sang học tại Trường Đại học Mỏ Xanh Pê-téc-bua theo học bổng của Chính phủ Nga. Chương trình liên kết đào tạo thạc sĩ với Đại học Dầu khí quốc gia Gúp-kin chưa được Bộ phê duyệt.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2027", 1),
        (
            "list_item",
            "1. Tháng 4/2027, đăng cai Hội thảo quốc tế Việt – Nga về địa chất dầu khí thềm lục địa.",
        ),
        (
            "list_item",
            "2. Ký thỏa thuận hợp tác nghiên cứu với Đại học Liên bang Ca-dan.",
        ),
        (
            "list_item",
            "3. Đề nghị Liên doanh Vietsovpetro tiếp nhận 30 sinh viên thực tập trên giàn khoan.",
        ),
        (
            "list_item",
            "4. Tiếp đón đoàn Trường Đại học Mỏ Xanh Pê-téc-bua sang làm việc vào tháng 10/2027.",
        ),
        (
            "paragraph",
            "Phòng Hợp tác quốc tế chủ trì, theo dõi và báo cáo Hiệu trưởng kết quả thực hiện Kế hoạch.",
        ),
    ],
}

DGE_ENTRY = {
    "id": "dge",
    "shape": "entry",
    "blocks": [
        ("title", "Hội đồng Tương trợ Kinh tế"),
        (
            "paragraph",
            "Hội đồng Tương trợ Kinh tế (SEV, tiếng Anh: Comecon) là tổ chức hợp tác kinh tế của các nước xã hội chủ nghĩa, do Liên Xô, Ba Lan, Tiệp Khắc, Hung-ga-ri, Ru-ma-ni và Bun-ga-ri thành lập tại Mát-xcơ-va tháng 1 năm 1949. Trụ sở của Hội đồng đặt tại Mát-xcơ-va.",
        ),
        ("heading", "Thành viên", 1),
        (
            "paragraph",
            "An-ba-ni gia nhập tháng 2/1949 nhưng ngừng tham gia từ đầu thập niên 1960; Cộng hòa Dân chủ Đức gia nhập năm 1950, Mông Cổ năm 1962, Cu-ba năm 1972. Việt Nam được kết nạp tại khóa họp lần thứ 32 ở Bu-ca-rét ngày 29/6/1978.",
        ),
        (
            "paragraph",
            "Nam Tư không phải là thành viên chính thức nhưng tham gia một số lĩnh vực hợp tác theo hiệp định ký với Hội đồng năm 1964.",
        ),
        ("heading", "Việt Nam trong SEV", 1),
        (
            "paragraph",
            "Trong những năm là thành viên, Việt Nam nhận vốn vay ưu đãi và chuyên gia của các nước SEV, trước hết là Liên Xô, cho nhiều công trình lớn như Nhà máy thủy điện Hòa Bình và cầu Thăng Long.",
        ),
        ("heading", "Giải thể", 1),
        (
            "paragraph",
            "Sau những biến động ở Đông Âu, các nước thành viên ký nghị định thư giải thể Hội đồng tại Bu-đa-pét ngày 28/6/1991.",
        ),
    ],
}

DOCS = [DGA_JOURNAL, DGB_WORD, DGC_NEWS, DGD_PLAN, DGE_ENTRY]


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word, signed "CHỦ TỊCH"."""
    return report_word(doc, ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Kinh tế" section."""
    return news_page(
        doc,
        section="Kinh tế",
        time="16:40",
        menu=[("/kinh-te", "Kinh tế"), ("/the-gioi", "Thế giới")],
        tags=[("/tag/vietsovpetro", "Vietsovpetro"), ("/tag/dau-khi", "Dầu khí")],
    )


def render_plan(doc: dict) -> str:
    """A university plan by heldout_kit.ministry_plan."""
    return ministry_plan(
        doc,
        signature=["HIỆU TRƯỞNG", "(đã ký)"],
        recipients=["- Bộ GD&ĐT (để b/c);", "- Lưu: VT, HTQT."],
    )


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": headed_journal,
            "word": render_word,
            "news": render_news,
            "plan": render_plan,
            "entry": entry_text,
        },
        prefix="dg",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
