"""Build the hundred-and-fifty-sixth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout156/build_heldout156.py [--check]

Five short documents on topics the earlier sets do not use as main topics (Vietnam – Greece from the
relations of 15/4/1975 to the visits of 2021 – 2022, the Vietnam Shipowners' Association's year 2024 with
Greek partners, the euro area's first bailout of Greece on 2/5/2010, a (fictitious) Vietnam Maritime and
Inland Waterways Administration plan for maritime cooperation with Greece in 2026, an encyclopedia entry
on the European Stability Mechanism). Facts are well-established; authors, journal, page numbers,
document numbers, the association report's items and all quoted words are invented, the plan (number,
date, tasks) is fictitious. Events, citations and questions gold are written by hand; ``--check``
verifies that every gold evidence, quote and citation occurs in the documents.
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
    news_page,
    plan_text,
    word_text,
)

MWA_GREECE = {
    "id": "mwa",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU ĐỊA TRUNG HẢI – Số 4 (2025)",
    "first_page": 112,
    "break_after": 10,
    "blocks": [
        ("title", "VIỆT NAM – HY LẠP: NỬA THẾ KỶ QUAN HỆ HỮU NGHỊ"),
        ("author", "Đinh Thị Thu Hương"),
        ("affiliation", "Viện Nghiên cứu Châu Âu, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết điểm lại 50 năm quan hệ Việt Nam – Hy Lạp, làm rõ các dấu mốc chính và triển vọng hợp tác hàng hải.",
            "vi",
        ),
        ("keywords", "Hy Lạp; quan hệ song phương; khủng hoảng nợ công; hàng hải", "vi"),
        ("heading", "1. Những dấu mốc ban đầu", 1),
        (
            "paragraph",
            "Việt Nam và Hy Lạp thiết lập quan hệ ngoại giao ngày 15/4/1975, chỉ hơn hai tuần trước khi miền Nam được hoàn toàn giải phóng. Trong nhiều năm, quan hệ chủ yếu được duy trì qua kênh đảng và các tổ chức nhân dân; Đảng Cộng sản Hy Lạp luôn dành cho nhân dân ta sự ủng hộ mạnh mẽ (Trần Đức Minh, 2015, tr. 19). Tháng 3/2007, Hy Lạp mở Đại sứ quán tại Hà Nội; phía ta mở Đại sứ quán tại A-ten vào tháng 12/2010 và chính thức khai trương ngày 26/3/2012.",
        ),
        ("heading", "2. Hy Lạp trong EU và khủng hoảng nợ công", 1),
        (
            "paragraph",
            "Hy Lạp gia nhập Cộng đồng châu Âu ngày 1/1/1981 và dùng đồng euro từ ngày 1/1/2001. Cuộc khủng hoảng nợ công buộc nước này phải nhận ba gói cứu trợ quốc tế trong giai đoạn 2010 – 2018 (Nguyễn Hải Yến, 2019). Có lẽ vì thế, Hy Lạp đến nay chưa cung cấp viện trợ phát triển cho Việt Nam.",
        ),
        ("heading", "3. Động lực mới", 1),
        (
            "paragraph",
            "Tháng 11/2021, Phó Chủ tịch nước Võ Thị Ánh Xuân thăm chính thức Hy Lạp. Từ ngày 15 đến 19/5/2022, Tổng thống Katerina Sakellaropoulou thăm chính thức Việt Nam theo lời mời của Chủ tịch nước Nguyễn Xuân Phúc. Chưa đầy hai tháng sau, Bộ trưởng Ngoại giao Nikos Dendias sang thăm nước ta; nhân dịp này, Học viện Ngoại giao hai nước ký Bản ghi nhớ về đào tạo cán bộ ngoại giao. Theo một nhà nghiên cứu, hàng hải là lĩnh vực “có thể tạo đột phá cho quan hệ kinh tế song phương” (Lâm Quang Vinh, 2023, tr. 54).",
        ),
    ],
}

MWB_SHIPOWNERS = {
    "id": "mwb",
    "shape": "word",
    "head": [
        "HIỆP HỘI CHỦ TÀU VIỆT NAM",
        "Số: 86/BC-HHCT",
        "Hà Nội, ngày 20 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Tổng kết hoạt động đối ngoại năm 2024 và phương hướng năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết hoạt động đối ngoại năm 2024 và phương hướng năm 2025"),
        ("heading", "I. KẾT QUẢ NĂM 2024", 1),
        (
            "list_item",
            "1. Tháng 6/2024, đoàn Hiệp hội gồm 15 doanh nghiệp tham dự Triển lãm hàng hải quốc tế Posidonia tại A-ten (Hy Lạp); nhân dịp này, Hiệp hội ký Biên bản ghi nhớ với Liên đoàn Chủ tàu Hy Lạp về đào tạo và cung ứng thuyền viên.",
        ),
        (
            "list_item",
            "2. Tháng 9, Đại sứ Hy Lạp tại Việt Nam đến thăm và làm việc với Hiệp hội, bày tỏ mong muốn tuyển dụng thêm sĩ quan Việt Nam cho đội tàu nước này.",
        ),
        (
            "list_item",
            "3. Các hội viên đã bán 3 tàu hàng rời cho đối tác Hy Lạp, tổng trị giá khoảng 42 triệu USD.",
        ),
        (
            "list_item",
            "4. Đề xuất thành lập liên doanh quản lý tàu với một công ty Hy Lạp chưa được hai bên thống nhất.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 3 năm sau, tổ chức đoàn xúc tiến sang A-ten và Pi-rê tìm kiếm đối tác thuê tàu.",
        ),
        (
            "list_item",
            "2. Phối hợp với Tổ chức Hàng hải Quốc tế (IMO) mở lớp tập huấn về giảm phát thải khí nhà kính từ tàu biển.",
        ),
        (
            "list_item",
            "3. Đề nghị Liên đoàn Chủ tàu Hy Lạp hỗ trợ học bổng cho học viên các trường hàng hải Việt Nam.",
        ),
        (
            "paragraph",
            "Năm 2024, hoạt động đối ngoại của Hiệp hội tiếp tục được mở rộng, góp phần nâng cao vị thế của đội tàu biển Việt Nam; tuy vậy, chi phí vận tải tăng cao do căng thẳng tại Biển Đỏ đã ảnh hưởng đến nhiều hội viên.",
        ),
    ],
}

MWC_BAILOUT = {
    "id": "mwc",
    "shape": "news",
    "date": "2010-05-03",
    "stamp": "Thứ Hai, 03/05/2010 - 06:30",
    "blocks": [
        ("title", "Khu vực đồng euro và IMF thông qua gói cứu trợ 110 tỷ euro cho Hy Lạp"),
        (
            "paragraph",
            "Brúc-xen (TTXVN) – Ngày 2/5, Bộ trưởng Tài chính 16 nước khu vực đồng euro đã nhất trí cùng Quỹ Tiền tệ Quốc tế (IMF) cung cấp cho Hy Lạp gói cứu trợ trị giá 110 tỷ euro trong ba năm.",
        ),
        ("heading", "Khoản cứu trợ chưa từng có", 1),
        (
            "paragraph",
            "Theo thỏa thuận, các nước khu vực đồng euro sẽ cho vay 80 tỷ euro, phần còn lại do IMF đảm nhận. Riêng Đức, nền kinh tế lớn nhất khu vực, đóng góp khoảng 22,4 tỷ euro, song khoản này vẫn chưa được Quốc hội Đức thông qua. Hội đồng quản trị IMF dự kiến phê duyệt phần đóng góp của quỹ trong tuần tới. Trước đó, đoàn chuyên gia của Ủy ban châu Âu, Ngân hàng Trung ương châu Âu (ECB) và IMF đã làm việc tại A-ten gần hai tuần để đàm phán các điều kiện của gói cứu trợ.",
        ),
        (
            "paragraph",
            "Đổi lại, Thủ tướng George Papandreou cam kết cắt giảm chi tiêu công thêm 30 tỷ euro trong ba năm. Ngày 23/4 vừa qua, ông đã chính thức đề nghị EU và IMF kích hoạt cơ chế hỗ trợ, sau khi lợi suất trái phiếu Chính phủ tăng vọt.",
        ),
        ("heading", "Lần đầu tiên trong khu vực đồng euro", 1),
        (
            "paragraph",
            "Đây là lần đầu tiên một thành viên khu vực đồng euro phải nhận cứu trợ kể từ khi đồng tiền chung ra đời. Hy Lạp gia nhập khu vực này năm 2001.",
        ),
    ],
}

MWD_PLAN = {
    "id": "mwd",
    "shape": "plan",
    "head": [
        f"{'BỘ XÂY DỰNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'CỤC HÀNG HẢI VÀ ĐƯỜNG THỦY VIỆT NAM':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 19/KH-CHHĐTVN':<40}Hà Nội, ngày 12 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với Cộng hòa Hy Lạp trong lĩnh vực hàng hải năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác với Cộng hòa Hy Lạp trong lĩnh vực hàng hải năm 2026"),
        (
            "paragraph",
            "Nhằm cụ thể hóa kết quả chuyến thăm chính thức Việt Nam của Tổng thống Hy Lạp tháng 5/2022 và các hoạt động kỷ niệm 50 năm quan hệ ngoại giao, Cục Hàng hải và Đường thủy Việt Nam xây dựng Kế hoạch năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Hy Lạp sở hữu một trong những đội tàu biển lớn nhất thế giới và có nhu cầu cao về thuyền viên. Năm ngoái, Cục đã làm việc với Bộ Hàng hải và Chính sách đảo Hy Lạp tại Hà Nội, nhưng Bản ghi nhớ về công nhận chứng chỉ thuyền viên vẫn chưa được ký.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 4 năm nay, cử đoàn công tác sang Pi-rê làm việc với Bộ Hàng hải và Chính sách đảo Hy Lạp.",
        ),
        (
            "list_item",
            "2. Hoàn tất đàm phán và ký Bản ghi nhớ về công nhận chứng chỉ chuyên môn thuyền viên theo Công ước STCW, dự kiến vào tháng 9.",
        ),
        (
            "list_item",
            "3. Đề nghị phía Hy Lạp hỗ trợ đào tạo cán bộ thanh tra nhà nước cảng biển.",
        ),
        (
            "list_item",
            "4. Phối hợp với Tổ chức Hàng hải Quốc tế (IMO) chuẩn bị cho đợt đánh giá bắt buộc đối với Việt Nam.",
        ),
        (
            "list_item",
            "5. Không cử đoàn tham dự Triển lãm Posidonia 2026; giao Hiệp hội Chủ tàu Việt Nam thực hiện.",
        ),
        (
            "paragraph",
            "Phòng Hợp tác quốc tế là đầu mối theo dõi, tổng hợp tình hình thực hiện Kế hoạch này.",
        ),
    ],
}

MWE_ESM = {
    "id": "mwe",
    "shape": "entry",
    "blocks": [
        ("title", "Cơ chế Bình ổn châu Âu"),
        (
            "paragraph",
            "Cơ chế Bình ổn châu Âu (ESM) là tổ chức tài chính liên chính phủ của các nước khu vực đồng euro, có trụ sở tại Lúc-xăm-bua. Hiệp ước thành lập ESM được 17 nước khu vực đồng euro ký ngày 2/2/2012 và có hiệu lực ngày 27/9/2012; tổ chức chính thức hoạt động từ ngày 8/10/2012 với khả năng cho vay tối đa 500 tỷ euro. Tổ chức chỉ cấp vốn khi nước nhận cam kết thực hiện chương trình điều chỉnh kinh tế.",
        ),
        (
            "paragraph",
            "ESM kế thừa Quỹ Bình ổn tài chính châu Âu (EFSF), được lập năm 2010 và đã cho Ai-len, Bồ Đào Nha và Hy Lạp vay vốn.",
        ),
        ("heading", "Các chương trình hỗ trợ", 1),
        (
            "paragraph",
            "Năm 2012, ESM cho Tây Ban Nha vay 41,3 tỷ euro để tái cấp vốn cho hệ thống ngân hàng. Năm 2013, Síp nhận khoản vay tối đa 9 tỷ euro. Tháng 8/2015, ESM phê duyệt chương trình hỗ trợ thứ ba cho Hy Lạp, trị giá tới 86 tỷ euro; Hy Lạp kết thúc chương trình này ngày 20/8/2018.",
        ),
        ("heading", "Thành viên", 1),
        (
            "paragraph",
            "Các nước gia nhập khu vực đồng euro sau năm 2012 đều trở thành thành viên ESM: Lát-vi-a năm 2014, Lít-va năm 2015 và Crô-a-ti-a năm 2023. Tổng Giám đốc đầu tiên của tổ chức là ông Klaus Regling, người Đức. Năm 2021, các nước thành viên ký hiệp định sửa đổi Hiệp ước ESM, song văn kiện này vẫn chưa có hiệu lực vì I-ta-li-a chưa phê chuẩn.",
        ),
    ],
}

DOCS = [MWA_GREECE, MWB_SHIPOWNERS, MWC_BAILOUT, MWD_PLAN, MWE_ESM]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "Trang N" at the left
    (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc, page_label="Trang {}", align="<")


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 72 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 72, ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu, <article>, <h1>, a date line, the
    lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list, footer."""
    return news_page(
        doc,
        "Tài chính quốc tế",
        "06:30",
        [("/tai-chinh", "Tài chính"), ("/quoc-te", "Quốc tế")],
        [("/tag/hy-lap", "Hy Lạp"), ("/tag/no-cong", "Nợ công")],
    )


def render_plan(doc: dict) -> str:
    """An administration's plan: the two-column issuer/motto block, the centred two-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        76,
        ["Nơi nhận:", "- Bộ Xây dựng (để báo cáo);", "- Lưu: VT, HTQT."],
        ["KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "(đã ký)"],
    )


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
        prefix="mw",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
